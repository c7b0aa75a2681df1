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
