"""Text the agent copies in another app becomes a customer line (off unless switched on).

The copilot's own inserts are never captured back: the clipboard is ours then, and the text is one the
controller just put there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

from copilot.panel.controller import PanelController
from copilot.text.clean import clean_text
from copilot.text.documents import MAX_TEXT


class ClipboardCapture(QObject):
    def __init__(self, controller: PanelController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.enabled = False
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on

    def _on_clipboard_data_changed(self) -> None:
        if not self.enabled or self.clipboard.ownsClipboard():
            return
        text = clean_text(self.clipboard.text()[:2 * MAX_TEXT])[:MAX_TEXT]  # a copied log file is cut, not cleaned
        if text and text not in self.controller.own_clipboard_texts:
            self.controller.add_utterance("customer", text)
