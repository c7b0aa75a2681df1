"""Importing articles from the window: pick a folder, watch the progress, read what was skipped.

The import runs on a worker with a knowledge-base connection of its own; the panel's searches go
on meanwhile and see the new articles when it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from copilot.config import paths
from copilot.knowledge import ImportResult
from copilot.knowledge.store import open_for_import
from copilot.shell.tasks import TaskRunner


class KnowledgeImport(QObject):
    progressed = Signal(int, int, str)  # done, in all, "files" read or "articles" indexed (emitted on the worker)
    finished = Signal(object)  # ImportResult, or the KnownError that stopped it

    def __init__(self, parent: QWidget, knowledge_path: Path | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.knowledge_path = knowledge_path or paths.knowledge_path()
        self.runner = TaskRunner(self)
        self.dialog: QProgressDialog | None = None
        self.report: QMessageBox | None = None
        self.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)

    def choose_and_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Import knowledge articles"))
        if folder:
            self.start(Path(folder))

    def start(self, folder: Path) -> None:
        self.dialog = QProgressDialog(self.tr("Importing articles…"), "", 0, 0, self.parent_widget)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(self.tr("Knowledge base"))
        self.dialog.setMinimumDuration(0)
        self.dialog.show()

        def job() -> ImportResult:
            kb, rebuilt = open_for_import(self.knowledge_path)
            try:
                result = kb.import_path(folder, progress=self.progressed.emit)
            finally:
                kb.close()
            result.rebuilt = rebuilt
            return result

        self.runner.submit(job, self._on_done, self._on_done)

    def _on_progressed(self, done: int, total: int, what: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            label = (self.tr("Importing articles… {done} of {total} files") if what == "files"
                     else self.tr("Indexing articles… {done} of {total} articles"))
            self.dialog.setLabelText(label.format(done=QLocale().toString(done), total=QLocale().toString(total)))

    def _on_done(self, result: object) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.finished.emit(result)
        if isinstance(result, ImportResult):
            text = self.tr("{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.").format(
                added=result.added, updated=result.updated, removed=result.removed, unchanged=result.unchanged)
            if result.rebuilt:
                text = result.rebuilt + "\n\n" + text
            if result.errors:
                text += "\n\n" + self.tr("Skipped:") + "\n" + "\n".join(result.errors[:20])
        else:
            text = self.tr("The import stopped: {problem}").format(problem=result)
        self.report = QMessageBox(QMessageBox.Icon.Information, self.tr("Knowledge base"), text,
                                  parent=self.parent_widget)
        self.report.open()  # not exec(): the panel keeps running while the agent reads it
