"""The way back into the CRM: paste after Insert, and global hotkeys while the CRM has focus.

Both are off by default and detected at start (see ``copilot.panel.desktop``). Pasting runs on a worker:
the UI thread must stay free to hand the clipboard's text to the CRM when it asks for it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal

from copilot.config.settings import Settings
from copilot.panel.controller import PanelController
from copilot.panel.desktop import Paster, detect_paster
from copilot.panel.hotkeys import GlobalHotkeys
from copilot.shell.tasks import TaskRunner

log = logging.getLogger("copilot.desktop")


class CrmBridge(QObject):
    hotkey_pressed = Signal(int)  # from pynput's thread, handled on the UI thread
    pasted = Signal(bool)

    def __init__(self, controller: PanelController, settings: Settings, paster: Paster | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.settings = settings
        self.paster = paster or detect_paster()
        self.hotkeys: GlobalHotkeys | None = None
        self.runner = TaskRunner(self)
        self.notices: list[str] = []
        self.hotkey_pressed.connect(self._on_hotkey_pressed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self.settings["paste_into_crm"]:
            if self.paster.available:
                self.paster.start_tracking(str(int(self.controller.window.winId())))
                self.controller.paste_into_crm = self.paste
            else:
                self.notices.append(self.tr("Pasting into the CRM is off: {reason}. Insert copies to the "
                                            "clipboard; paste with Ctrl+V.").format(reason=self.paster.reason))
        if self.settings["global_hotkeys"]:
            self.hotkeys = GlobalHotkeys(self.settings["hotkey"], self.hotkey_pressed.emit)
            if not self.hotkeys.start():
                self.notices.append(self.tr("Global hotkeys are off: {reason}.").format(reason=self.hotkeys.reason))
                self.hotkeys = None

    def stop(self) -> None:
        if self.hotkeys is not None:
            self.hotkeys.stop()
        self.paster.stop()
        self.runner.wait(3000)

    def paste(self, from_hotkey: bool) -> None:
        """The text is on the clipboard; press paste in the CRM without blocking the panel."""
        self.runner.submit(lambda: self.paster.paste(refocus=not from_hotkey), self._on_paste_done,
                           self._on_paste_failed)

    def _on_paste_done(self, ok: bool) -> None:
        self.controller.window.show_toast(
            self.tr("Pasted into the CRM") if ok
            else self.tr("Copied: paste it into the CRM with Ctrl+V (no window to paste into)"))
        self.pasted.emit(ok)

    def _on_paste_failed(self, exc: BaseException) -> None:
        log.warning("paste into the CRM failed: %s", exc)
        self.controller.window.show_toast(self.tr("Copied: paste it into the CRM with Ctrl+V (pasting failed)"))
        self.pasted.emit(False)

    def _on_hotkey_pressed(self, number: int) -> None:
        self.controller.insert_card(number, from_hotkey=True)
