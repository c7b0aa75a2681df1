"""The replay room's coaching tabs: notes pinned to moments, and "what would the copilot say now"; and,
under the cards, the AI drafts held back from the agent.

Both do their disk and engine work on a worker (notes through the coaching service); the replay keeps
playing meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copilot.coaching.service import CoachingService
from copilot.coaching.whatif import OPENING, WhatIfCancelled, WhatIfResult, rerun
from copilot.engines.base import Engine
from copilot.record.session_record import HeldBack, Note, SessionRecord, clock
from copilot.shell.plain import plain_tip
from copilot.shell.tasks import TaskRunner


class NotesPane(QWidget):
    """Notes with tags, each pinned to a moment; clicking one moves the replay there."""

    seek_requested = Signal(float)
    changed = Signal()  # a note was added or removed: the timeline draws its pins again

    def __init__(self, service: CoachingService, ops: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.ops = service, ops
        self.record: SessionRecord | None = None
        self.position = 0.0
        self.list = QListWidget(objectName="notesList")
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        self.text = QLineEdit(objectName="noteText")
        self.text.setPlaceholderText(self.tr("Write a note for this moment, then press Enter"))
        self.text.returnPressed.connect(self.add_note)
        self.tags = QLineEdit(objectName="noteTags")
        self.tags.setPlaceholderText(self.tr("tags, comma separated (empathy, upsell)"))
        self.tags.returnPressed.connect(self.add_note)
        self.pin_button = QPushButton(self.tr("Pin at 0:00"))
        self.pin_button.setProperty("primary", True)
        self.pin_button.clicked.connect(self.add_note)
        self.delete_button = QPushButton(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.status = QLabel(objectName="notesStatus")
        row = QHBoxLayout()
        row.addWidget(self.tags, 1)
        row.addWidget(self.pin_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)

    def set_record(self, record: SessionRecord) -> None:
        self.record = record
        self._refill()

    def set_position(self, offset: float) -> None:
        self.position = offset
        self.pin_button.setText(self.tr("Pin at {time}").format(time=clock(offset)))

    def _refill(self) -> None:
        self.list.clear()
        for note in self.record.notes if self.record else []:
            tags = f"  [{', '.join(note.tags)}]" if note.tags else ""
            item = QListWidgetItem(f"{clock(note.offset)}  {note.text}{tags}")
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.list.addItem(item)

    def add_note(self) -> None:
        text = self.text.text().strip()
        if self.record is None or not text:
            self.status.setText(self.tr("Write the note first."))
            return
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        said = self.record.turns_until(self.position) - 1
        note = Note(None, self.position, self.record.turns[said].index if said >= 0 else None, text, tags,
                    created_at=time.time())
        self.text.clear()
        self.status.setText(self.tr("Saving…"))
        service, session_id = self.service, self.record.id
        self.ops.run(lambda: service.add_note(session_id, note), on_done=lambda ident: self._on_saved(note, ident),
                     on_error=self._on_failed)

    def _on_saved(self, note: Note, ident: int) -> None:
        note.id = ident
        assert self.record is not None
        self.record.notes.append(note)
        self.record.notes.sort(key=lambda n: n.offset)
        self.status.setText(self.tr("Note pinned at {time}.").format(time=clock(note.offset)))
        self._refill()
        self.changed.emit()

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self.record is None:
            return
        note: Note = item.data(Qt.ItemDataRole.UserRole)
        self.record.notes = [n for n in self.record.notes if n is not note]
        self._refill()
        self.changed.emit()
        if note.id is not None:
            service, ident = self.service, note.id
            self.ops.run(lambda: service.delete_note(ident),
                         on_done=lambda _r: self.status.setText(self.tr("Note deleted.")), on_error=self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not save the note: {problem}").format(problem=exc))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.seek_requested.emit(item.data(Qt.ItemDataRole.UserRole).offset)


class HeldPane(QWidget):
    """The AI drafts held back up to the playhead, newest first, each with its reason: what the model wrote and
    the agent never saw. Not cards: a list beside them. Hidden for a session that held nothing back."""

    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: SessionRecord | None = None
        self._shown = -1
        self.caption = QLabel(self.tr("Held back, not shown to the agent"), objectName="heldCaption")
        self.list = QListWidget(objectName="heldList")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(150)
        self.list.setSpacing(3)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.itemActivated.connect(self._on_list_item_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.setVisible(False)

    def set_record(self, record: SessionRecord) -> None:
        self.record, self._shown = record, -1
        self.list.clear()
        self.setVisible(bool(record.held))

    def set_position(self, offset: float) -> None:
        held = self.record.held_until(offset) if self.record else []
        if len(held) == self._shown:
            return
        self._shown = len(held)
        self.list.clear()
        for draft in held:
            item = QListWidgetItem(f"{clock(draft.offset)}  {draft.label}\n\u201c{draft.text}\u201d")
            item.setToolTip(plain_tip(f"{draft.title}\n\n{draft.text}\n\n{draft.rationale}"))
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        if not held:
            self.list.addItem(QListWidgetItem(self.tr("None so far.")))

    def lines(self) -> list[str]:
        """What the list says, top first: for tests."""
        return [self.list.item(n).text() for n in range(self.list.count())]

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        draft: HeldBack | None = item.data(Qt.ItemDataRole.UserRole)
        if draft is not None:
            self.seek_requested.emit(draft.offset)


class _Progress(QObject):
    moved = Signal(int, int)


class WhatIfPane(QWidget):
    """Old and new suggestions side by side, per line, after a re-run with today's engine."""

    seek_requested = Signal(float)
    finished = Signal()

    def __init__(self, engine_factory: Callable[[], Engine] | None, runner: TaskRunner,
                 parent: QWidget | None = None, *, card_ttl: int = 6) -> None:
        super().__init__(parent)
        self.engine_factory, self.runner, self.card_ttl = engine_factory, runner, card_ttl
        self.record: SessionRecord | None = None
        self.result: WhatIfResult | None = None
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.moved.connect(self._on_progress_moved, Qt.ConnectionType.QueuedConnection)
        self.run_button = QPushButton(self.tr("Re-run with the current playbook"), objectName="whatIfRun")
        self.run_button.setProperty("primary", True)
        self.run_button.setToolTip(self.tr("Play this session's lines through today's playbook and knowledge base"))
        self.run_button.clicked.connect(self.run)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.summary = QLabel(self.tr("See what the copilot would suggest now, next to what it suggested then."),
                              objectName="whatIfSummary")
        self.summary.setWordWrap(True)
        self.only_changes = QCheckBox(self.tr("Only lines where the suggestions differ"))
        self.only_changes.toggled.connect(lambda _on: self._fill())
        self.table = QTableWidget(0, 4, objectName="whatIfTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Line"), self.tr("Then"), self.tr("Now")])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._on_table_cell_clicked)
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_changes)
        layout.addWidget(self.table, 1)

    def set_record(self, record: SessionRecord) -> None:
        self.stop()
        self.record, self.result = record, None
        self.table.setRowCount(0)

    def run(self) -> None:
        if self.record is None or self.engine_factory is None:
            self.summary.setText(self.tr("No engine is available to re-run with."))
            return
        self.stop()
        record, factory, cancel, ttl = self.record, self.engine_factory, threading.Event(), self.card_ttl
        self._cancel = cancel
        self.bar.setRange(0, max(len(record.turns), 1))
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Re-running…"))
        self.runner.submit(lambda: rerun(record, factory(), progress=self._progress.moved.emit, cancel=cancel,
                                         card_ttl=ttl),
                           self._on_done, self._on_failed)

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def _on_progress_moved(self, done: int, total: int) -> None:
        self.bar.setValue(done)

    def _on_done(self, result: WhatIfResult) -> None:
        self._cancel = None
        self.result = result
        self.bar.setVisible(False)
        self.run_button.setEnabled(True)
        gone = len(result.entries("old") - result.entries("new"))
        new = len(result.entries("new") - result.entries("old"))
        number = QLocale().toString
        self.summary.setText(self.tr("{changed} of {total} lines would get other suggestions: {new} entries new, "
                                     "{gone} no longer suggested.").format(
            changed=number(result.changed_rows), total=number(len(result.rows) - 1), new=number(new),
            gone=number(gone)))
        self._fill()
        self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.bar.setVisible(False)
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("Re-run stopped.") if isinstance(exc, WhatIfCancelled)
                             else self.tr("Re-run failed: {problem}").format(problem=exc))

    def _fill(self) -> None:
        rows = [r for r in (self.result.rows if self.result else [])
                if (r.old or r.new) and (r.changed or not self.only_changes.isChecked())]
        offsets = {t.index: t.offset for t in self.record.turns} if self.record else {}
        self.table.setRowCount(len(rows))
        changed = QBrush(QColor(255, 196, 0, 48))
        for n, row in enumerate(rows):
            at = offsets.get(row.utterance_idx, 0.0)
            cells = [clock(at), self.tr("(start of the call)") if row.utterance_idx == OPENING else row.text,
                     "\n".join(f"{c.title} — {c.fate}" if c.fate else c.title for c in row.old) or "—",
                     "\n".join(c.title for c in row.new) or "—"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, at)
                item.setToolTip(plain_tip("\n\n".join(c.text for c in (row.old if column == 2 else row.new))
                                          if column > 1 else text))
                if row.changed and column > 1:
                    item.setBackground(changed)
                self.table.setItem(n, column, item)
        self.table.resizeRowsToContents()

    def _on_table_cell_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.seek_requested.emit(item.data(Qt.ItemDataRole.UserRole))
