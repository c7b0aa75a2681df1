"""The settings dialog under a policy: locked controls are greyed out and say who manages them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from copilot.admin.qt.ai_settings import AiSettings
from copilot.admin.qt.settings_dialog import SettingsDialog
from copilot.config import paths
from copilot.config.settings import Settings

pytestmark = pytest.mark.usefixtures("policy")  # every test here reads its own policy file (conftest.py)

MANAGED = "managed by your organisation"

LOCKED_AI = """
version = 1
[settings]
ai_enabled = true
ai_provider = "azure"
ai_base_url = "https://corp.openai.azure.com"
ai_model = "drafts"
ai_api_version = "2024-10-21"
ai_local_only = false
"""


@pytest.fixture
def open_dialog(qtbot):
    def build() -> SettingsDialog:
        dialog = SettingsDialog(Settings(), None)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return build


def note_beside(widget: QWidget) -> QLabel | None:
    """The visible 'managed by your organisation' remark on the control's own row, if any."""
    parent = widget.parentWidget()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    note = parent.findChild(QLabel, "managedNote", direct) if parent is not None else None
    return note if note is not None and note.isVisible() else None


def assert_managed(widget: QWidget) -> None:
    assert not widget.isEnabled()
    assert MANAGED in widget.toolTip()
    note = note_beside(widget)
    assert note is not None and note.text() == MANAGED


def test_locked_ai_settings_are_greyed_out_with_the_note(policy, open_dialog):
    policy.write_text(LOCKED_AI, encoding="utf-8")
    dialog = open_dialog()
    ai = dialog.ai
    for control in (ai.enabled, ai.provider, ai.base_url, ai.model, ai.api_version, ai.local_only):
        assert_managed(control)
    assert str(policy) in ai.model.toolTip()  # the agent can tell the IT desk where it comes from
    assert ai.base_url.text() == "https://corp.openai.azure.com" and ai.api_version.isVisible()
    assert ai.key.isEnabled() and ai.test_button.isEnabled()  # the key is a secret, not a managed setting


def test_locked_panel_settings_are_greyed_out_and_the_rest_stay_free(policy, open_dialog, tmp_path):
    policy.write_text(f'version = 1\n[settings]\npaste_into_crm = false\nglobal_hotkeys = true\n'
                      f'knowledge_path = {json.dumps(str(tmp_path))}\n', encoding="utf-8")
    dialog = open_dialog()
    for control in (dialog.paste, dialog.hotkeys, dialog.import_button):
        assert_managed(control)
    assert dialog.hotkeys.isChecked() and not dialog.paste.isChecked()
    for control in (dialog.theme, dialog.on_top, dialog.ai.enabled, dialog.ai.model):
        assert control.isEnabled() and note_beside(control) is None


def test_saving_the_dialog_keeps_locked_values_out_of_the_users_file(policy, open_dialog):
    policy.write_text(LOCKED_AI + "global_hotkeys = true\n", encoding="utf-8")
    dialog = open_dialog()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.on_top.setChecked(False)
    dialog._on_buttons_accepted()
    assert json.loads(paths.settings_path().read_text(encoding="utf-8")) == {
        "version": 1, "theme": "dark", "stay_on_top": False}
    settings = Settings()
    assert settings["theme"] == "dark" and settings["ai_model"] == "drafts" and settings["global_hotkeys"] is True


def test_an_invalid_policy_is_shown_and_the_risky_switches_are_held_off(policy, open_dialog):
    policy.write_text("version = 1\n[settings]\nai_base_url = 42\n", encoding="utf-8")
    dialog = open_dialog()
    problem = dialog.findChild(QLabel, "policyProblem")
    assert problem is not None and problem.isVisible()
    assert str(policy) in problem.text() and "'ai_base_url' must be text" in problem.text()
    for control in (dialog.ai.enabled, dialog.ai.local_only, dialog.paste, dialog.hotkeys):
        assert_managed(control)
        assert "safest" in control.toolTip()
    assert not dialog.ai.enabled.isChecked() and dialog.ai.local_only.isChecked() and not dialog.paste.isChecked()
    assert dialog.ai.base_url.isEnabled() and dialog.theme.isEnabled()


def test_without_a_policy_nothing_is_marked_managed(open_dialog):
    dialog = open_dialog()
    assert dialog.findChildren(QLabel, "managedNote") == [] and dialog.findChild(QLabel, "policyProblem") is None
    assert all(c.isEnabled() for c in (dialog.paste, dialog.hotkeys, dialog.import_button, dialog.ai.model))


def test_a_locked_api_version_still_follows_the_provider_choice(policy, qtbot):
    policy.write_text('version = 1\n[settings]\nai_api_version = "2024-10-21"\n', encoding="utf-8")
    form = AiSettings(Settings())
    qtbot.addWidget(form)
    form.show()
    assert not form.api_version.isVisible() and not form.api_version_field.isVisible()  # OpenAI asks for none
    form.provider.setCurrentIndex(form.provider.findData("azure"))
    assert_managed(form.api_version)
    form.model.setText("drafts")
    form.save()
    saved = Settings()
    assert saved["ai_provider"] == "azure" and saved["ai_model"] == "drafts"
