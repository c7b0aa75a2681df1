"""Connects the panel to a session: utterances in, engine on a worker, cards out, decisions recorded.

The only place where an agent's click becomes a decision. Widgets stay dumb; the session stays
Qt-free; background work goes through the task runner.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from copilot.errors import KnownError
from copilot.model import Action, Decision, Speaker, Suggestion
from copilot.session import BoardChange, EmptyText, Session, UnknownSuggestion
from copilot.ui.cards import card_shortcuts
from copilot.ui.main_window import PanelWindow
from copilot.ui.tasks import TaskRunner

log = logging.getLogger("copilot.panel")
REPEAT_GUARD_S = 0.35  # a second press of the same card shortcut this soon is a bounce, not a wish


class PanelController(QObject):
    suggestions_applied = Signal(int)  # utterance index whose suggestions reached the board
    decision_recorded = Signal(object)  # Decision
    engine_failed = Signal(str)

    def __init__(self, window: PanelWindow, session: Session, runner: TaskRunner,
                 on_session_end: Callable[[Session], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self._received_ns: dict[str, int] = {}
        self.latencies_ms: list[float] = []
        self.counts = {"shown": 0, "used": 0, "discarded": 0}
        self._on_session_end = on_session_end
        self._last_shortcut: tuple[str, int, float] = ("", 0, 0.0)

        window.input.utterance_entered.connect(self._on_input_utterance_entered)
        window.cards.insert_requested.connect(self.insert)
        window.cards.discard_requested.connect(self.discard)
        window.cards.card_painted.connect(self._on_cards_card_painted)
        window.cards.edit_started.connect(self._on_cards_edit_started)
        window.cards.edit_cancelled.connect(self._on_cards_edit_cancelled)
        window.closing.connect(self.shutdown)
        self._shortcuts = card_shortcuts(window, window.cards, self.insert_card, self.discard_card, self.edit_card)
        self.session = session
        self.bind(session)

    def bind(self, session: Session) -> None:
        """Show ``session`` in the panel, ending the one shown before (a new call or chat)."""
        if session is not self.session:
            self.shutdown()
            self.session = session
        self._latest_applied = -1
        self.window.conversation.clear_lines()
        self.window.set_language(None)
        session.listeners.append(self._on_session_changed)
        self._on_session_changed(session.start())

    # -- conversation in -----------------------------------------------------------------------

    def add_utterance(self, speaker: str, text: str, *, lang: str | None = None) -> None:
        if not text.strip():
            return
        session = self.session  # the job belongs to this call, even if the panel moves on
        utterance = session.add_utterance(Speaker(speaker), text, lang=lang)
        self.window.conversation.add_utterance(utterance)
        self.window.set_language(session.conversation.language)

        def job() -> list[Suggestion] | None:
            newer = session.conversation.utterances[utterance.index + 1 :]
            if any(later.speaker is utterance.speaker for later in newer):
                return None  # superseded: the same speaker said more while this waited
            return session.suggest(utterance)

        self.runner.submit(
            job,
            lambda found: self._on_engine_done(session, utterance.index, utterance.received_ns, found),
            self._on_engine_error,
        )

    def _on_input_utterance_entered(self, speaker: str, text: str) -> None:
        self.add_utterance(speaker, text)

    def _on_engine_done(self, session: Session, index: int, received_ns: int,
                        found: list[Suggestion] | None) -> None:
        if found is None or session is not self.session or session.ended or index < self._latest_applied:
            return  # superseded, from a call that has ended, or older than what is up
        self._latest_applied = index
        self.window.cards.show_error(None)
        for suggestion in found:
            self._received_ns[suggestion.id] = received_ns
        self.session.offer(found, index)
        for suggestion in found:  # those not put on the board are never painted
            self._received_ns.pop(suggestion.id, None)
        self.suggestions_applied.emit(index)

    def _on_engine_error(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            message = f"Suggestions paused: {exc}"
            log.warning("engine: %s", exc)
        else:
            message = "Suggestions paused: the playbook engine failed on that line. The details are in the log."
            log.error("engine failed", exc_info=exc)
        self.window.cards.show_error(message)
        self.engine_failed.emit(message)

    # -- cards out -----------------------------------------------------------------------------

    def _on_session_changed(self, change: BoardChange) -> None:
        self.counts["shown"] += len(change.shown)
        received = {s.id: self._received_ns.pop(s.id) for s in change.shown if s.id in self._received_ns}
        self.window.cards.show_suggestions(self.session.cards, received)
        self._update_stats()

    def _on_cards_card_painted(self, suggestion_id: str, latency_ms: float) -> None:
        self.latencies_ms.append(latency_ms)
        self.session.note_painted(suggestion_id, latency_ms)
        self._update_stats()

    def _update_stats(self) -> None:
        parts = [f"{self.counts['shown']} shown", f"{self.counts['used']} used",
                 f"{self.counts['discarded']} discarded"]
        if self.latencies_ms:
            parts.append(f"cards in {statistics.median(self.latencies_ms[-200:]):.0f} ms")
        self.window.stats.setText(" · ".join(parts))

    # -- the agent decides ---------------------------------------------------------------------

    def _on_cards_edit_started(self, suggestion_id: str) -> None:
        try:
            self.session.start_editing(suggestion_id)
        except UnknownSuggestion:
            pass

    def _on_cards_edit_cancelled(self, suggestion_id: str) -> None:
        self.session.stop_editing(suggestion_id)

    def insert(self, suggestion_id: str, final_text: str | None = None) -> Decision | None:
        try:
            decision = self.session.insert(suggestion_id, final_text)
        except UnknownSuggestion:
            return None
        except EmptyText:
            self.window.show_toast("Nothing to insert: the text is empty. Esc keeps the card as it was.")
            return None
        QGuiApplication.clipboard().setText(decision.final_text or "")
        self.counts["used"] += 1
        verb = "Edited text copied" if decision.action is Action.EDITED else "Copied"
        self.window.show_toast(f"{verb}: paste it into the CRM with Ctrl+V")
        self._update_stats()
        self.decision_recorded.emit(decision)
        return decision

    def discard(self, suggestion_id: str, reason: str | None = None) -> Decision | None:
        try:
            decision = self.session.discard(suggestion_id, reason)
        except UnknownSuggestion:
            return None
        self.counts["discarded"] += 1
        self._update_stats()
        self.decision_recorded.emit(decision)
        return decision

    def _bounced(self, action: str, number: int) -> bool:
        """After a card goes, the next one moves up under the same number: a key bounce or an
        auto-repeat must not use or drop that one too."""
        now = time.monotonic()
        last_action, last_number, last_time = self._last_shortcut
        self._last_shortcut = (action, number, now)
        return (action, number) == (last_action, last_number) and now - last_time < REPEAT_GUARD_S

    def insert_card(self, number: int) -> None:
        if self._bounced("insert", number):
            return
        card = self.window.cards.card(number)
        if card is not None:
            self.insert(card.suggestion.id, card.editor.toPlainText() if card.editing else None)

    def discard_card(self, number: int) -> None:
        if self._bounced("discard", number):
            return
        card = self.window.cards.card(number)
        if card is not None:
            self.discard(card.suggestion.id, None)

    def edit_card(self, number: int) -> None:
        card = self.window.cards.card(number)
        if card is not None:
            card.start_edit()

    # -- end -----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        if not self.session.ended:
            self.session.end()
            if self._on_session_end is not None:
                self._on_session_end(self.session)
