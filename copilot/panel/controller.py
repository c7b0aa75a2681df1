"""Connects the panel to its sessions: utterances in, engine on a worker, cards out, decisions recorded.

The only place where an agent's click becomes a decision. Several sessions can be open (a chat
agent's two or three chats); one is shown, the others keep listening, and their tabs light up when
something new arrives. Widgets stay dumb; sessions stay Qt-free; background work goes through the
task runner.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from copilot.errors import KnownError
from copilot.live.session import BoardChange, EmptyText, Session, UnknownSuggestion
from copilot.model import Action, Decision, Speaker, Suggestion, Utterance
from copilot.panel.cards import card_shortcuts
from copilot.panel.window import PanelWindow
from copilot.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from copilot.panel.ai_drafts import AiDrafts

log = logging.getLogger("copilot.panel")
ENGINE_GATHER_MS = 50  # while a conversation floods in, at most one engine job per session this often
BOARD_INTERVAL_S = 0.033  # at most one redraw of the cards per frame while lines pour in
REPEAT_GUARD_S = 0.35  # a second press of the same card shortcut this soon is a bounce, not a wish
MAX_ENDED_TABS = 5  # ended conversations kept as tabs for a look back; older ones close by themselves


class PanelController(QObject):
    suggestions_applied = Signal(int)  # utterance index whose suggestions reached a board
    decision_recorded = Signal(object)  # Decision
    engine_failed = Signal(str)
    suggestion_event = Signal(dict)  # shown / inserted / discarded, for integrated CRMs
    session_closed = Signal(object)  # Session: its tab is gone

    def __init__(self, window: PanelWindow, session: Session, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.sessions: list[Session] = []
        self.labels: dict[str, str] = {}  # session id -> what its tab says
        self.interim: dict[str, dict[str, tuple[str, str]]] = {}  # session id -> provisional lines
        self._latest_applied: dict[str, int] = {}
        self._waiting: dict[str, list[Utterance]] = {}  # lines not yet handed to the engine
        self._in_flight: set[str] = set()  # sessions with an engine job running
        self._pending_paint: dict[str, int] = {}  # cards waiting to be drawn -> their line's arrival
        self._last_board = 0.0
        self._board_timer = QTimer(self, singleShot=True)
        self._board_timer.timeout.connect(self._render_board)
        self._received_ns: dict[str, int] = {}
        self.latencies_ms: list[float] = []
        self.counts = {"shown": 0, "used": 0, "discarded": 0}
        self._last_shortcut: tuple[str, int, float] = ("", 0, 0.0)
        self.own_clipboard_texts: list[str] = []
        # Set by the composition root when pasting into the CRM is on; told whether the agent
        # used a global hotkey (the CRM still has focus) or the panel (focus must go back).
        self.paste_into_crm: Callable[[bool], None] | None = None
        self.ai: AiDrafts | None = None  # AI drafts, when a model is configured
        self.ai_status = ""
        self.ai_tokens: dict[str, int] = {}  # session id -> tokens its AI drafts took

        window.input.utterance_entered.connect(self._on_input_utterance_entered)
        window.cards.insert_requested.connect(self.insert)
        window.cards.discard_requested.connect(self.discard)
        window.cards.card_painted.connect(self._on_cards_card_painted)
        window.cards.edit_started.connect(self._on_cards_edit_started)
        window.cards.edit_cancelled.connect(self._on_cards_edit_cancelled)
        window.session_tabs.session_selected.connect(self._on_tabs_session_selected)
        window.session_tabs.session_closed.connect(self._on_tabs_session_closed)
        window.closing.connect(self.shutdown)
        self._shortcuts = card_shortcuts(window, window.cards, self.insert_card, self.discard_card, self.edit_card)
        self.session = session
        self.open_session(session, "Conversation", activate=True)

    # -- sessions ------------------------------------------------------------------------------

    def open_session(self, session: Session, label: str, *, activate: bool = False) -> None:
        """Give ``session`` a tab; show it if asked, or if nothing else is shown."""
        if session in self.sessions:
            return
        self.sessions.append(session)
        self.labels[session.id] = label
        self.interim[session.id] = {}
        self.window.session_tabs.add(session.id, label)
        session.listeners.append(lambda change, s=session: self._on_session_changed(s, change))
        if activate or self.session not in self.sessions or self.session.ended:
            self.show_session(session)
        self._on_session_changed(session, session.start())
        ended = [s for s in self.sessions if s.ended and s is not self.session]
        for old in ended[: max(len(ended) - MAX_ENDED_TABS, 0)]:
            self.close_session(old)

    def show_session(self, session: Session) -> None:
        self.session = session
        self.window.session_tabs.select(session.id)
        self.window.conversation.show_lines(session.conversation.utterances, self._interim_lines(session))
        self.window.set_language(session.conversation.language)
        self._pending_paint = {}
        self._render_board()
        self.window.cards.show_error(None)

    def bind(self, session: Session) -> None:
        """Replace the shown session with ``session`` (a new call in a one-call-at-a-time desk)."""
        previous = self.session
        self.open_session(session, "Conversation", activate=True)
        if previous is not session:
            self.close_session(previous)

    def end_session(self, session: Session) -> None:
        """The call or chat is over: its cards expire, its tab stays until the agent closes it."""
        if self.ai is not None:
            self.ai.cancel(session)
        if not session.ended:
            session.end()
            self.interim[session.id] = {}
            self.window.session_tabs.set_ended(session.id)
            if session is self.session:
                self.show_session(session)

    def close_session(self, session: Session) -> None:
        self.end_session(session)
        if session in self.sessions:
            self.sessions.remove(session)
            self.window.session_tabs.remove(session.id)
            self.interim.pop(session.id, None)
            self._latest_applied.pop(session.id, None)
            self.session_closed.emit(session)
        if session is self.session and self.sessions:
            self.show_session(self.sessions[-1])

    def _on_tabs_session_selected(self, session_id: str) -> None:
        for session in self.sessions:
            if session.id == session_id and session is not self.session:
                self.show_session(session)

    def _on_tabs_session_closed(self, session_id: str) -> None:
        for session in list(self.sessions):
            if session.id == session_id and len(self.sessions) > 1:
                self.close_session(session)

    # -- conversation in -----------------------------------------------------------------------

    def add_utterance(self, speaker: str, text: str, *, lang: str | None = None) -> None:
        """A line typed or pasted by the agent, or played by the demo, for the shown session."""
        if not text.strip() or self.session.ended:
            return
        self.utterance_added(self.session, self.session.add_utterance(Speaker(speaker), text, lang=lang))

    def attach_ai(self, ai: AiDrafts) -> None:
        """Drafts from a language model join the board below the local cards, labelled as AI."""
        self.ai = ai
        ai.draft_ready.connect(self._on_ai_draft_ready, Qt.ConnectionType.QueuedConnection)
        ai.unavailable.connect(self._on_ai_unavailable, Qt.ConnectionType.QueuedConnection)
        ai.recovered.connect(self._on_ai_recovered, Qt.ConnectionType.QueuedConnection)
        ai.used.connect(self._on_ai_used, Qt.ConnectionType.QueuedConnection)

    def _on_ai_used(self, session: Session, tokens: int) -> None:
        self.ai_tokens[session.id] = self.ai_tokens.get(session.id, 0) + tokens
        session.note_ai_tokens(tokens)
        self._update_stats()

    def _on_ai_draft_ready(self, session: Session, utterance: Utterance, draft: Suggestion) -> None:
        customer_lines = [u for u in session.conversation.utterances if u.speaker is Speaker.CUSTOMER]
        if session.ended or not customer_lines or customer_lines[-1] is not utterance:
            return  # a newer customer line superseded this request
        self._received_ns[draft.id] = utterance.received_ns
        session.offer([draft], session.conversation.current_index)
        self._received_ns.pop(draft.id, None)

    def _on_ai_unavailable(self, message: str, reason: str) -> None:
        if not self.ai_status:
            self.window.show_toast(message)
        self.ai_status = message
        self.window.stats.setToolTip(f"AI drafts: {reason}")
        self._update_stats()

    def _on_ai_recovered(self) -> None:
        if self.ai_status:
            self.ai_status = ""
            self.window.stats.setToolTip("")
            self._update_stats()

    def utterance_added(self, session: Session, utterance: Utterance) -> None:
        """Show the line and ask the engine; the job belongs to this session whatever is shown next."""
        if self.ai is not None and utterance.speaker is Speaker.CUSTOMER and not session.ended:
            self.ai.start(session, utterance)
        if session is self.session:
            self.window.conversation.add_utterance(utterance)
            self.window.set_language(session.conversation.language)
        else:
            self.window.session_tabs.mark_activity(session.id)
        self._waiting.setdefault(session.id, []).append(utterance)
        if session.id not in self._in_flight:
            self._ask_engine(session)

    def _ask_engine(self, session: Session) -> None:
        """One engine job per session at a time, for every line that came in meanwhile.

        Only the newest line of each speaker gets suggestions: older ones are superseded, and the
        engine only takes note of them (an agent's line may settle a reminder). A burst from a
        live source thus costs one hand-over to the worker, not one per line.
        """
        waiting = self._waiting.pop(session.id, [])
        if not waiting or session.ended:
            return
        newest = {utterance.speaker: utterance for utterance in waiting}

        def job() -> list[tuple[Utterance, list[Suggestion]]]:
            results = []
            for utterance in waiting:
                if newest[utterance.speaker] is utterance:
                    results.append((utterance, session.suggest(utterance)))
                else:
                    session.observe(utterance)
            return results

        self._in_flight.add(session.id)
        self.runner.submit(job, lambda results: self._on_engine_done(session, results),
                           lambda exc: self._on_engine_error(session, exc))

    def _on_engine_done(self, session: Session, results: list[tuple[Utterance, list[Suggestion]]]) -> None:
        if not session.ended:
            for utterance, found in results:
                self._offer(session, utterance, found)
        if self._waiting.get(session.id):
            # Lines kept coming while the engine worked: gather a few more before the next job,
            # so a flooded conversation costs the panel a handful of jobs a second, not hundreds.
            QTimer.singleShot(ENGINE_GATHER_MS, self, lambda: self._next_job(session))
        else:
            self._in_flight.discard(session.id)

    def _next_job(self, session: Session) -> None:
        self._in_flight.discard(session.id)
        self._ask_engine(session)

    def _offer(self, session: Session, utterance: Utterance, found: list[Suggestion]) -> None:
        if utterance.index < self._latest_applied.get(session.id, -1):
            return
        self._latest_applied[session.id] = utterance.index
        if session is self.session:
            self.window.cards.show_error(None)
        for suggestion in found:
            self._received_ns[suggestion.id] = utterance.received_ns
        session.offer(found, utterance.index)
        for suggestion in found:  # those not put on the board are never painted
            self._received_ns.pop(suggestion.id, None)
        self.suggestions_applied.emit(utterance.index)

    def _on_engine_error(self, session: Session, exc: BaseException) -> None:
        self._in_flight.discard(session.id)  # a failed job is not retried: the next line tries anew
        if isinstance(exc, KnownError):
            message = f"Suggestions paused: {exc}"
            log.warning("engine: %s", exc)
        else:
            message = "Suggestions paused: the playbook engine failed on that line. The details are in the log."
            log.error("engine failed", exc_info=exc)
        self.window.cards.show_error(message)
        self.engine_failed.emit(message)
        self._ask_engine(session)

    def interim_changed(self, session: Session, utterance_id: str, speaker: str, text: str | None) -> None:
        """A provisional transcript line, updated until its final text arrives (``text`` None)."""
        lines = self.interim.setdefault(session.id, {})
        if text is None:
            lines.pop(utterance_id, None)
        else:
            lines[utterance_id] = (speaker, text)
        if session is self.session:
            self.window.conversation.show_provisional(self._interim_lines(session))

    def _interim_lines(self, session: Session) -> list[tuple[str, str]]:
        return list(self.interim.get(session.id, {}).values())

    def _on_input_utterance_entered(self, speaker: str, text: str) -> None:
        self.add_utterance(speaker, text)

    # -- cards out -----------------------------------------------------------------------------

    def _on_session_changed(self, session: Session, change: BoardChange) -> None:
        self.counts["shown"] += len(change.shown)
        for suggestion in change.shown:
            self._publish("suggestion.shown", session, suggestion)
        if session is self.session:
            self._pending_paint.update(
                {s.id: self._received_ns.pop(s.id) for s in change.shown if s.id in self._received_ns})
            self._request_board()
        elif change.shown:
            self.window.session_tabs.mark_activity(session.id)
        self._update_stats()

    def _request_board(self) -> None:
        """Redraw the cards now; while more lines for this conversation wait for the engine (a live
        source flooding it), at most once a frame. An agent's click always redraws at once."""
        if self._board_timer.isActive():
            return
        wait = self._last_board + BOARD_INTERVAL_S - time.monotonic()
        if wait <= 0 or not self._waiting.get(self.session.id):
            self._render_board()
        else:
            self._board_timer.start(int(wait * 1000) + 1)

    def _render_board(self) -> None:
        self._board_timer.stop()
        self._last_board = time.monotonic()
        received, self._pending_paint = self._pending_paint, {}
        self.window.cards.show_suggestions(self.session.cards, received)

    def _publish(self, kind: str, session: Session, suggestion: Suggestion, **extra: Any) -> None:
        self.suggestion_event.emit({
            "type": kind, "session": self.labels.get(session.id, session.id), "suggestion_id": suggestion.id,
            "kind": str(suggestion.kind), "entry_id": suggestion.entry_id, "text": suggestion.text,
            "ai_generated": suggestion.ai_generated, **extra,
        })

    def _on_cards_card_painted(self, suggestion_id: str, latency_ms: float) -> None:
        self.latencies_ms.append(latency_ms)
        self.session.note_painted(suggestion_id, latency_ms)
        self._update_stats()

    def _update_stats(self) -> None:
        parts = [f"{self.counts['shown']} shown", f"{self.counts['used']} used",
                 f"{self.counts['discarded']} discarded"]
        if self.latencies_ms:
            parts.append(f"cards in {statistics.median(self.latencies_ms[-200:]):.0f} ms")
        if self.ai_tokens.get(self.session.id):
            parts.append(f"AI {self.ai_tokens[self.session.id]:,} tokens")
        if self.ai_status:
            parts.append(self.ai_status)
        self.window.stats.setText(" · ".join(parts))

    # -- the agent decides ---------------------------------------------------------------------

    def _on_cards_edit_started(self, suggestion_id: str) -> None:
        try:
            self.session.start_editing(suggestion_id)
        except UnknownSuggestion:
            pass

    def _on_cards_edit_cancelled(self, suggestion_id: str) -> None:
        self.session.stop_editing(suggestion_id)

    def insert(self, suggestion_id: str, final_text: str | None = None, *,
               from_hotkey: bool = False) -> Decision | None:
        try:
            card = self.session.card(suggestion_id)
            decision = self.session.insert(suggestion_id, final_text)
        except UnknownSuggestion:
            return None
        except EmptyText:
            self.window.show_toast("Nothing to insert: the text is empty. Esc keeps the card as it was.")
            return None
        self.own_clipboard_texts.append(decision.final_text or "")  # never captured back as a customer line
        del self.own_clipboard_texts[:-20]
        QGuiApplication.clipboard().setText(decision.final_text or "")
        self.counts["used"] += 1
        self._render_board()
        if self.paste_into_crm is not None:
            self.paste_into_crm(from_hotkey)
        else:
            verb = "Edited text copied" if decision.action is Action.EDITED else "Copied"
            self.window.show_toast(f"{verb}: paste it into the CRM with Ctrl+V")
        self._update_stats()
        self._publish("suggestion.inserted", self.session, card, final_text=decision.final_text,
                      edited=decision.action is Action.EDITED)
        self.decision_recorded.emit(decision)
        return decision

    def discard(self, suggestion_id: str, reason: str | None = None) -> Decision | None:
        try:
            card = self.session.card(suggestion_id)
            decision = self.session.discard(suggestion_id, reason)
        except UnknownSuggestion:
            return None
        self.counts["discarded"] += 1
        self._render_board()
        self._update_stats()
        self._publish("suggestion.discarded", self.session, card, reason=reason)
        self.decision_recorded.emit(decision)
        return decision

    def _bounced(self, action: str, number: int) -> bool:
        """After a card goes, the next one moves up under the same number: a key bounce or an
        auto-repeat must not use or drop that one too."""
        now = time.monotonic()
        last_action, last_number, last_time = self._last_shortcut
        self._last_shortcut = (action, number, now)
        return (action, number) == (last_action, last_number) and now - last_time < REPEAT_GUARD_S

    def insert_card(self, number: int, *, from_hotkey: bool = False) -> None:
        if self._bounced("insert", number):
            return
        card = self.window.cards.card(number)
        if card is not None:
            self.insert(card.suggestion.id, card.editor.toPlainText() if card.editing else None,
                        from_hotkey=from_hotkey)

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
        for session in self.sessions:
            if not session.ended:
                session.end()
