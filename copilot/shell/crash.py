"""Unhandled errors: reported calmly, never with customer text, and offered again at the next start.

An exception that reaches the top of the UI thread or of any worker thread is written to the log and
to ``crash.log`` (diagnostics only: versions, exception types, files and lines; no messages, which can
quote the conversation). Unless the app runs unattended (``--no-crash-dialog``), a non-modal dialog says
what happened, that the session is kept, and offers "Copy diagnostics". A repeating error shows one
dialog, not one per repetition. At the next start the report left behind is offered once.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from copilot.config import logs, paths

log = logging.getLogger("copilot.crash")
_open: list[QMessageBox] = []  # a dialog without a parent lives only while referenced


class CrashHandler(QObject):
    _from_thread = Signal(object)  # an exception raised on a worker, handled on the UI thread

    def __init__(self, app: QApplication, *, dialogs: bool = True) -> None:
        super().__init__(app)
        self.app = app
        self.dialogs = dialogs
        self.dialog: QMessageBox | None = None
        self.repeats = 0
        self.reports: list[str] = []
        self._from_thread.connect(self.report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def _excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.app.quit()
            return
        self.report(exc.with_traceback(tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            self._from_thread.emit(args.exc_value)

    def report(self, exc: BaseException) -> None:
        text = logs.write_crash_report(exc)
        self.reports.append(text)
        if not self.dialogs:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.repeats += 1
            self.dialog.setInformativeText(
                self.tr("It happened {n} times; the details are of the first.").format(n=self.repeats + 1))
            return
        self.repeats = 0
        self.dialog = crash_dialog(
            self.tr("Something went wrong inside Agent Copilot. Your session is kept and the panel keeps running. "
                    "The details below help us fix it; they contain no customer data."), text)
        self.dialog.show()


def crash_dialog(message: str, report: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "Agent Copilot", message, parent=parent)  # not translated: name
    box.setDetailedText(report)
    copy = box.addButton(QCoreApplication.translate("CrashHandler", "Copy diagnostics"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    folder = box.addButton(QCoreApplication.translate("CrashHandler", "Open log folder"),
                           QMessageBox.ButtonRole.ActionRole)
    folder.clicked.disconnect()
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir()))))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    _open.append(box)
    box.finished.connect(lambda _result: _open.remove(box) if box in _open else None)
    return box


def offer_previous_crash(parent: QWidget | None, *, dialogs: bool = True) -> str | None:
    """The report a crash left last time, offered once; returns the notice for the panel."""
    report = logs.take_previous_crash()
    if report is None:
        return None
    log.info("the previous run stopped unexpectedly; its report was offered")
    notice = QCoreApplication.translate(
        "CrashHandler", "Agent Copilot stopped unexpectedly last time; the report is in {folder}.").format(
        folder=paths.log_dir())
    if dialogs:
        box = crash_dialog(QCoreApplication.translate(
            "CrashHandler", "Agent Copilot stopped unexpectedly last time. The report below contains no customer "
            "data; copy it for your IT team if the problem comes back."), report, parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.show()
    return notice
