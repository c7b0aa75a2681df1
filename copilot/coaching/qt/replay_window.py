"""The replay room: a recorded session moment by moment, for trainers and team leads.

The transcript advances in real time or up to eight times faster; the timeline under the controls shows
every turn, card, decision and note, with the customer's mood beneath, and a click moves the replay there.
Beside the transcript, the cards exactly as the agent saw them at that moment, each with what the agent then
did with it, and under them the AI drafts held back from the agent so far, with why. Notes, the scorecard
and "what would the copilot say now" sit in tabs. The session is read and the trainer's notes, outcome and
scorecard written through the coaching service, on a worker; a service on a session opened from a file
refuses changes, and the window says so up front.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from copilot.coaching.qt.replay_panes import HeldPane, NotesPane, WhatIfPane
from copilot.coaching.qt.replay_scorecard import ScorecardPane
from copilot.coaching.qt.replay_transcript import ReplayTranscript
from copilot.coaching.qt.timeline import Timeline
from copilot.coaching.report import fate as fate_html
from copilot.coaching.report import wrapup_html
from copilot.coaching.service import CoachingService
from copilot.engines.base import Engine
from copilot.model import Kind, Suggestion
from copilot.panel.cards import CardPanel
from copilot.record.session_record import Card, SessionRecord, clock
from copilot.shell.tasks import TaskRunner

SPEEDS = (1, 2, 4, 8)
TICK_MS = 50


def as_suggestion(card: Card) -> Suggestion:
    """The card as the agent had it; one that counted for a guidance experiment names it and its arm, so the
    trainer sees which wording the agent was given."""
    kind = Kind(card.kind) if card.kind in Kind.__members__.values() else Kind.REPLY
    label = f"{card.source_label} · {card.experiment}: {card.arm}" if card.experiment else card.source_label
    return Suggestion(kind, card.text, card.title, card.rationale, card.entry_id, card.lang, card.score,
                      engine=card.engine, source_label=label, ai_generated=card.ai_generated,
                      utterance_index=card.utterance_idx, id=card.id, arm=card.arm, experiment=card.experiment)


class ReplayWindow(QWidget):
    position_changed = Signal(float)
    loaded = Signal()
    described = Signal()  # the trainer saved the call's outcome and tags

    def __init__(self, service: CoachingService, palette: dict[str, str], *,
                 engine_factory: Callable[[], Engine] | None = None, parent: QWidget | None = None,
                 card_ttl: int = 6) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("replayWindow")
        self.setWindowTitle(self.tr("Replay"))
        self.resize(1180, 760)
        self.palette_tokens = palette
        self.service = service
        self.engine_factory = engine_factory
        self.record: SessionRecord | None = None
        self.position = 0.0
        self.speed = 1
        self.report_status = ""
        self._board_ids: list[str] | None = None
        self._suggestions: dict[str, Suggestion] = {}
        self._ticked_at = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

        self.heading = QLabel(objectName="replayHeading")
        self.outcome_edit = QLineEdit(objectName="outcomeEdit")
        self.outcome_edit.setPlaceholderText(self.tr("outcome (resolved, escalated, sale…)"))
        self.tags_edit = QLineEdit(objectName="tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("tags, comma separated"))
        self.describe_button = QPushButton(self.tr("Save outcome and tags"))
        self.describe_button.setToolTip(self.tr("The library lists, searches and filters by these"))
        self.describe_button.clicked.connect(self.save_description)
        for edit in (self.outcome_edit, self.tags_edit):  # Space and the arrows stay the replay's keys
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        describe = QHBoxLayout()
        describe.addWidget(self.outcome_edit, 1)
        describe.addWidget(self.tags_edit, 2)
        describe.addWidget(self.describe_button)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.play_button = QPushButton(self.tr("Play"), objectName="playButton")
        self.play_button.setProperty("primary", True)
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(self.toggle_play)
        self.speed_box = QComboBox(objectName="speed")
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed}×", speed)
        self.speed_box.setToolTip(self.tr("Replay speed"))
        self.speed_box.currentIndexChanged.connect(lambda _i: self.set_speed(self.speed_box.currentData()))
        self.time_label = QLabel("0:00 / 0:00", objectName="replayTime")
        self.status_label = QLabel(objectName="replayStatus")  # what the Report button did
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.speed_box)
        controls.addWidget(self.time_label)
        controls.addStretch(1)
        controls.addWidget(self.status_label)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setToolTip(self.tr("Save a coaching report of this session (PDF or HTML)"))
        self.report_button.clicked.connect(lambda: self.export_report())
        controls.addWidget(self.report_button)
        self.jump_buttons: dict[str, QPushButton] = {}
        for what, label, tip, key in (
                ("decision", self.tr("Next decision"),
                 self.tr("Jump to the next decision ({key}; Shift+{key} for the previous one)"), "D"),
                ("objection", self.tr("Next objection"),
                 self.tr("Jump to the next objection ({key}; Shift+{key} for the previous one)"), "O"),
                ("escalation", self.tr("Next escalation"),
                 self.tr("Jump to the next escalation ({key}; Shift+{key} for the previous one)"), "E")):
            button = QPushButton(label)
            button.setToolTip(tip.format(key=key))
            button.clicked.connect(lambda _=False, w=what: self.jump(w))
            controls.addWidget(button)
            self.jump_buttons[what] = button
            QShortcut(QKeySequence(key), self, lambda w=what: self.jump(w))
            QShortcut(QKeySequence(f"Shift+{key}"), self, lambda w=what: self.jump(w, backwards=True))
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_play)
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.seek(self.position + 5))
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.seek(self.position - 5))

        self.timeline = Timeline(palette)
        self.timeline.seek_requested.connect(self.seek)
        self.transcript = ReplayTranscript(palette)
        self.cards = CardPanel()
        self.cards.empty_label.setText(self.tr("No cards were up at this moment."))
        self.tabs = QTabWidget(objectName="replayTabs")
        cards_page = QWidget()
        cards_layout = QVBoxLayout(cards_page)
        self.board_caption = QLabel(self.tr("What the agent saw"), objectName="boardCaption")
        cards_layout.addWidget(self.board_caption)
        scroll = QScrollArea(objectName="cardScroll")  # long cards in a short window scroll, not squeeze
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.cards)
        cards_layout.addWidget(scroll, 1)
        self.held = HeldPane()
        self.held.seek_requested.connect(self.seek)
        cards_layout.addWidget(self.held)
        self.tabs.addTab(cards_page, self.tr("Cards"))
        self.wrapup = QTextBrowser(objectName="wrapupView")  # the call's wrap-up as drafted and approved
        self.tabs.addTab(self.wrapup, self.tr("Wrap-up"))
        self.ops = TaskRunner(self)
        self.notes = NotesPane(service, self.ops)
        self.notes.seek_requested.connect(self.seek)
        self.notes.changed.connect(self._on_notes_changed)
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.scorecard = ScorecardPane(service, self.ops)
        self.tabs.addTab(self.scorecard, self.tr("Scorecard"))
        self.what_if = WhatIfPane(engine_factory, TaskRunner(self), card_ttl=card_ttl)
        read_only = service.read_only
        if read_only:  # a session opened from a file lives in a scratch database: nothing written there stays
            for widget in (self.notes.text, self.notes.tags, self.notes.pin_button, self.notes.delete_button,
                           self.scorecard.save_button, self.outcome_edit, self.tags_edit, self.describe_button):
                widget.setEnabled(False)
                widget.setToolTip(read_only)
            self.notes.status.setText(read_only)
            self.scorecard.status.setText(read_only)
        self.what_if.seek_requested.connect(self.seek)
        self.tabs.addTab(self.what_if, self.tr("What if"))
        QShortcut(QKeySequence("Ctrl+N"), self, self._on_new_note_shortcut)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.transcript)
        split.addWidget(self.tabs)
        split.setSizes([560, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(describe)
        layout.addLayout(controls)
        layout.addWidget(self.timeline)
        layout.addWidget(split, 1)

    # -- a session ------------------------------------------------------------------------------

    def load(self, session_id: str) -> None:
        """Open a recorded session from the database, read on a worker."""
        service = self.service
        self.heading.setText(self.tr("Loading…"))
        self.ops.run(lambda: service.load_replay(session_id), on_done=lambda result: self.show_record(*result),
                     on_error=self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("Could not open the session: {problem}").format(problem=exc))

    def save_description(self) -> None:
        """The trainer's outcome and tags for the call, kept with it for the library."""
        if self.record is None:
            return
        record, service = self.record, self.service
        outcome, tags = self.outcome_edit.text(), self.tags_edit.text().split(",")

        def done(kept: tuple[str | None, list[str]]) -> None:
            record.outcome, record.tags = kept
            self.status_label.setText(self.tr("Outcome and tags saved."))
            self.described.emit()

        self.ops.run(lambda: service.set_outcome_and_tags(record.id, outcome, tags), on_done=done,
                     on_error=lambda exc: self.status_label.setText(
                         self.tr("Not saved: {problem}").format(problem=exc)))

    def _on_notes_changed(self) -> None:
        if self.record is not None:
            self.timeline.events = self.record.events()
            self.timeline.invalidate()

    def _on_new_note_shortcut(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.text.setFocus()

    def show_record(self, record: SessionRecord, sentiment: list[tuple[float, float]] | None = None) -> None:
        """Lay the session out and put the playhead at its start."""
        self.pause()
        self.record = record
        self._suggestions = {}  # made as cards come up on the board: most of a long session's never do
        self._board_ids = None
        started = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(record.started_at)),
                                     QLocale.FormatType.ShortFormat)
        parts = [record.agent or self.tr("Unknown agent"), record.channel or "", started, clock(record.duration),
                 record.outcome or "", ", ".join(record.tags)]
        # In the window's direction whatever the agent's name is written in; each part keeps its own direction.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        self.heading.setText(mark + " · ".join(f"\u2068{p}\u2069" for p in parts if p))
        self.setWindowTitle(self.tr("Replay · {agent} · {started}").format(agent=record.agent or record.id,
                                                                            started=started))
        self.timeline.set_record(record, sentiment or [])
        self.outcome_edit.setText(record.outcome or "")
        self.tags_edit.setText(", ".join(record.tags))
        self.transcript.set_turns(record.turns)
        self.notes.set_record(record)
        self.held.set_record(record)
        self.wrapup.setHtml("\n".join(wrapup_html(record)) or "<p>No wrap-up was recorded for this call.</p>")
        self.scorecard.set_record(record)
        self.what_if.set_record(record)
        self.position = -1.0
        self.seek(0.0)
        self.play_button.setFocus()
        self.loaded.emit()

    def seek(self, offset: float) -> None:
        if self.record is None:
            return
        offset = min(max(offset, 0.0), self.record.duration)
        self.position = offset
        self.transcript.show_until(offset)
        self.timeline.set_position(offset)
        self._show_board(offset)
        self.held.set_position(offset)
        self.time_label.setText(f"{clock(offset)} / {clock(self.record.duration)}")
        self.notes.set_position(offset)
        self.position_changed.emit(offset)

    def _show_board(self, offset: float) -> None:
        assert self.record is not None
        board = self.record.board_at(offset)
        ids = [card.id for card in board]
        if ids == self._board_ids:
            return
        self._board_ids = ids
        for card in board:
            if card.id not in self._suggestions:
                self._suggestions[card.id] = as_suggestion(card)
        self.cards.show_suggestions([self._suggestions[i] for i in ids])
        for widget, card in zip(self.cards.cards, board, strict=True):
            widget.set_fate(fate_html(card))

    def export_report(self, path: str | None = None) -> Path | None:
        """Write the coaching report (transcript, decisions, notes, scorecard, charts) as PDF or HTML."""
        from PySide6.QtWidgets import QFileDialog

        from copilot.coaching.qt.report_writer import write_record_report
        from copilot.errors import KnownError

        if self.record is None:
            return None
        if path is None:
            name = f"coaching-{(self.record.agent or 'session').replace(' ', '-')}-{self.record.id[:8]}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save coaching report"), name,
                                                  self.tr("PDF (*.pdf);;Web page (*.html)"))
            if not path:
                return None
        try:
            written = write_record_report(self.record, Path(path))
        except KnownError as exc:
            self.report_status = str(exc)
            self.status_label.setText(self.tr("Report not saved: {problem}").format(problem=exc))
            return None
        self.report_status = self.tr("Report saved to {path}").format(path=written)
        self.status_label.setText(self.report_status)
        return written

    def jump(self, what: str, *, backwards: bool = False) -> None:
        if self.record is None:
            return
        event = (self.record.previous_event(self.position, what) if backwards
                 else self.record.next_event(self.position, what))
        if event is not None:
            self.seek(event.offset)

    # -- playback -------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.record is None:
            return
        if self.position >= self.record.duration:
            self.seek(0.0)
        self._ticked_at = time.monotonic()
        self._timer.start()
        self.play_button.setText(self.tr("Pause"))

    def pause(self) -> None:
        self._timer.stop()
        self.play_button.setText(self.tr("Play"))

    def set_speed(self, speed: int) -> None:
        self.speed = speed if speed in SPEEDS else 1
        self.speed_box.setCurrentIndex(SPEEDS.index(self.speed))

    def _on_timer_timeout(self) -> None:
        now = time.monotonic()
        elapsed, self._ticked_at = now - self._ticked_at, now
        assert self.record is not None
        self.seek(self.position + elapsed * self.speed)
        if self.position >= self.record.duration:
            self.pause()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.pause()
        self.what_if.stop()
        super().closeEvent(event)
