"""The knowledge threshold in the settings says what it means: cards shown when at least N% likely right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from copilot.admin.qt.settings_dialog import SettingsDialog
from copilot.config.settings import Settings
from copilot.knowledge.engine import DEFAULT_THRESHOLD


def test_the_threshold_reads_as_a_chance_of_being_right_and_is_saved(qtbot):
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.knowledge_threshold
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]

    assert spin.value() == round(100 * DEFAULT_THRESHOLD) and spin.suffix() == "%"
    assert "Show a card when at least" in texts and "likely right" in texts
    assert "chance that the article is right" in spin.toolTip()

    spin.setValue(60)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    assert Settings()["knowledge_threshold"] == 0.6


def test_an_endpoint_with_a_password_is_named_and_nothing_of_the_ai_settings_is_saved(qtbot):
    """The dialog keeps itself open and says what is wrong; enabling AI drafts is not saved without its endpoint."""
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ai.enabled.setChecked(True)
    dialog.ai.base_url.setText("https://bob:hunter2@llm.example.com/v1")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.save_problem.isVisible() and "must not contain a user name or password" in dialog.save_problem.text()
    saved = Settings()
    assert saved["ai_enabled"] is False and "hunter2" not in saved["ai_base_url"]
