"""The panel's side of the desk: hands the agent's intents to the desk and draws the updates it returns.

The desk (``copilot.live.desk``, Qt-free) owns every conversation and decides everything about them; this
controller only renders an ``Update`` once (tabs, lines, the board, the status line) and starts the work it
asks for on the right thread: engine jobs on the engine lane, AI requests on their own threads, results
back on the UI thread. Widgets stay dumb: they emit what the agent wants and the controller passes it on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from copilot.live.conversation import Board, LiveConversation
from copilot.live.desk import Desk, Update
from copilot.live.protocol import Message
from copilot.live.session import Session
from copilot.model import Action, Decision
from copilot.panel.cards import SuggestionCard, card_shortcuts
from copilot.panel.engine_lane import EngineLane
from copilot.panel.window import PanelWindow
from copilot.shell.tasks import TaskRunner

if TYPE_CHECKING:
    from copilot.panel.ai_drafts import AiDrafts

log = logging.getLogger("copilot.panel")
BOARD_INTERVAL_S = 0.2  # while lines pour into the shown conversation, the cards are redrawn five times a second
STATS_INTERVAL_S = 0.25  # while the engine is busy, the status line changes at most four times a second
REPEAT_GUARD_S = 0.35  # a second press of the same card shortcut this soon is a bounce, not a wish


class PanelController(QObject):
    suggestions_applied = Signal(list)  # utterance indices whose suggestions reached a board, an update's at once
    decision_recorded = Signal(object)  # Decision
    engine_failed = Signal(str)
    suggestion_events = Signal(list)  # shown / inserted / discarded, for integrated CRMs: each update's, in order
    update_ready = Signal(object)  # an Update from another thread (AI drafts), drawn on the UI thread
    note_arrived = Signal(object)  # a supervisor's note (SupervisorNote), from the live view's thread

    def __init__(self, window: PanelWindow, desk: Desk, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.runner = runner
        self.ai: AiDrafts | None = None  # AI drafts, when a model is configured
        self.ai_status = ""
        self.latencies_ms: list[float] = []
        self.own_clipboard_texts: list[str] = []
        # Set by the composition root when pasting into the CRM is on; told whether the agent
        # used a global hotkey (the CRM still has focus) or the panel (focus must go back).
        self.paste_into_crm: Callable[[bool], None] | None = None
        self._board: Board | None = None  # the newest board of the shown conversation
        self._arrivals: dict[str, int] = {}  # its new cards -> when their line arrived, until drawn
        self._last_board = 0.0
        self._board_timer = QTimer(self, singleShot=True)
        self._board_timer.timeout.connect(self._draw_frame)
        self._last_stats = 0.0
        self._stats_timer = QTimer(self, singleShot=True)
        self._stats_timer.timeout.connect(self._draw_stats)
        self._last_shortcut: tuple[str, int, float] = ("", 0, 0.0)
        self.lane = EngineLane(desk, runner, self.apply, self)

        self.update_ready.connect(self.apply, Qt.ConnectionType.QueuedConnection)
        self.note_arrived.connect(lambda note: self.apply(self.desk.receive_supervisor_note(note)),
                                  Qt.ConnectionType.QueuedConnection)
        window.input.utterance_entered.connect(self._on_input_utterance_entered)
        window.cards.insert_requested.connect(self.insert)
        window.cards.discard_requested.connect(self.discard)
        window.cards.card_painted.connect(self._on_cards_card_painted)
        window.cards.edit_started.connect(lambda card_id: self.desk.editing(card_id, True))
        window.cards.edit_cancelled.connect(lambda card_id: self.desk.editing(card_id, False))
        window.session_tabs.session_selected.connect(lambda conversation_id: self.apply(desk.show(conversation_id)))
        window.session_tabs.session_closed.connect(
            lambda conversation_id: self.apply(desk.close(conversation_id, asked=True)))
        window.wrapup.approve_requested.connect(self.approve_wrapup)
        window.wrapup.edited.connect(
            lambda conversation_id: self.desk.wrapup_edited(conversation_id, window.wrapup.editor.toPlainText()))
        window.closing.connect(self.shutdown)
        self._shortcuts = card_shortcuts(window, window.cards, self.insert_card, self.discard_card, self.edit_card)

    # -- what tests, the demo and the composition root ask for ----------------------------------------

    @property
    def conversation(self) -> LiveConversation | None:
        return self.desk.shown

    @property
    def session(self) -> Session:
        """The session of the conversation the agent is looking at."""
        assert self.desk.shown is not None, "the panel shows no conversation"
        return self.desk.shown.session

    @property
    def sessions(self) -> list[Session]:
        return [conversation.session for conversation in self.desk.conversations.values()]

    @property
    def labels(self) -> dict[str, str]:
        return {conversation.id: conversation.label for conversation in self.desk.conversations.values()}

    @property
    def counts(self) -> dict[str, int]:
        return self.desk.counts

    def open_session(self, session: Session, label: str, *, activate: bool = False) -> None:
        self.apply(self.desk.open(session, label, activate=activate))

    def bind(self, session: Session) -> None:
        """Replace the shown conversation with ``session`` (a new call in a one-call-at-a-time desk)."""
        self.apply(self.desk.replace_shown(session, self.tr("Conversation")))

    def end_session(self, session: Session) -> None:
        self.apply(self.desk.end(session.id))

    def close_session(self, session: Session) -> None:
        self.apply(self.desk.close(session.id))

    def add_utterance(self, speaker: str, text: str, *, lang: str | None = None) -> None:
        """A line typed or pasted by the agent, or played by the demo, for the shown conversation."""
        self.apply(self.desk.say(speaker, text, lang=lang))

    def receive(self, message: Message) -> Update:
        """A message from a live source; the caller applies the update (after gathering a few, perhaps)."""
        return self.desk.receive(message)

    def attach_ai(self, ai: AiDrafts) -> None:
        """Drafts from a language model join the board, labelled as AI."""
        self.ai = ai
        ai.update_ready.connect(self.apply, Qt.ConnectionType.QueuedConnection)

    # -- drawing an update -------------------------------------------------------------------------

    def apply(self, update: Update) -> None:
        """Draw what ``update`` says changed, once, and start the work it asks for."""
        tabs, view = self.window.session_tabs, self.window.conversation
        for conversation in update.opened:
            if not conversation.closed:
                tabs.add(conversation.id, conversation.label)
        for conversation in update.ended:
            if not conversation.closed:
                tabs.set_ended(conversation.id)
        for conversation in update.closed:
            tabs.remove(conversation.id)
        shown = self.desk.shown
        if update.show is not None and update.show is shown:
            tabs.select(shown.id)
            view.show_lines(shown.session.conversation.utterances, shown.provisional)
            self.window.set_language(shown.session.conversation.language)
            self._board, self._arrivals = None, {}
        elif shown is not None:
            mine = [utterance for conversation, utterance in update.lines if conversation is shown]
            for utterance in mine:
                view.add_utterance(utterance)
            if mine:
                self.window.set_language(shown.session.conversation.language)
            if shown in update.provisional:
                view.show_provisional(shown.provisional)
        for conversation in dict.fromkeys(update.news):  # a burst of lines for a tab lights it once
            if conversation is not shown and not conversation.closed:
                tabs.mark_activity(conversation.id)
        if update.error:
            self.window.notices.show_error(update.error)
            self.engine_failed.emit(update.error)
        elif update.clear_error:
            self.window.notices.show_error(None)
        self._take_board(update, shown)
        if shown is None:
            self.window.mood.show_mood(None)
        elif shown.id in update.moods:
            self.window.mood.show_mood(update.moods[shown.id])
        if update.show is not None or (shown is not None and shown in update.wrapups):
            self._draw_wrapup(shown)
        if self.ai is not None:
            for conversation in update.wrapup_ai:  # it may take seconds: beside the lane
                self.ai.start_wrapup(conversation)
        if update.jobs:
            self.lane.start(update.jobs)
        if update.gather:
            self.lane.gather(list(update.gather))
        if self.ai is not None:
            for request in update.ai:
                self.ai.start(request)
        if update.toast:
            self.window.show_toast(update.toast)
        if update.ai_problem is not None:
            self._on_ai_problem(*update.ai_problem)
        elif update.ai_recovered and self.ai_status:
            self.ai_status = ""
            self.window.stats.setToolTip("")
            update.stats = True
        if update.events:
            self.suggestion_events.emit(update.events)
        if update.stats or update.show is not None or update.decision is not None:
            self._update_stats()
        if update.applied:
            self.suggestions_applied.emit(update.applied)
        if update.decision is not None:
            self.decision_recorded.emit(update.decision)

    def _take_board(self, update: Update, shown: LiveConversation | None) -> None:
        board = update.boards.get(shown.id) if shown is not None else None
        if board is None or board.conversation.closed:
            return
        if self._board is not None and self._board.conversation is shown and board.revision < self._board.revision:
            return  # a snapshot overtaken by a newer one already drawn
        self._board = board
        self._arrivals.update(board.arrivals)
        if update.show is not None or update.decision is not None:
            self._render_board()  # a tab switch or the agent's click redraws at once
        else:
            self._request_board()

    def _request_board(self) -> None:
        """Redraw the cards now; while newer lines of this conversation than the one drawn are in (a live source
        flooding it), at most five times a second: each redraw lays out and paints every card."""
        if not self._shown_floods():
            self._render_board()
            return
        if self._board_timer.isActive():
            return
        wait = self._last_board + BOARD_INTERVAL_S - time.monotonic()
        if wait <= 0:
            self._draw_frame()
        else:
            self._board_timer.start(int(wait * 1000) + 1)

    def _shown_floods(self) -> bool:
        """Lines newer than the ones drawn have come into the shown conversation: more drawing is on its way."""
        shown = self.desk.shown
        return shown is not None and (bool(shown.waiting) or shown.busy
                                      or shown.session.conversation.current_index > shown.latest_applied)

    def _render_board(self) -> None:
        self._board_timer.stop()
        self._last_board = time.monotonic()
        arrivals, self._arrivals = self._arrivals, {}
        cards = list(self._board.cards) if self._board is not None else []
        self.window.cards.show_suggestions(cards, arrivals)

    def _draw_frame(self) -> None:
        """A frame while the shown conversation floods: the cards, and the lines and counts waiting for their own
        frames, drawn together in one layout and paint instead of three."""
        self._render_board()
        self.window.conversation.flush()
        if self._stats_timer.isActive():
            self._draw_stats()

    def _on_ai_problem(self, message: str, reason: str) -> None:
        if not self.ai_status:
            log.warning("AI drafts unavailable: %s", reason)
            self.window.show_toast(message)
        self.ai_status = message
        self.window.stats.setToolTip(self.tr("AI drafts: {reason}").format(reason=reason))
        self._update_stats()

    def _on_cards_card_painted(self, suggestion_id: str, latency_ms: float) -> None:
        self.latencies_ms.append(latency_ms)
        del self.latencies_ms[:-1000]
        self.desk.painted(suggestion_id, latency_ms)
        self._update_stats()

    def _update_stats(self) -> None:
        """Redraw the status line now; while engine jobs are running (a live source flooding the panel, whose
        counts change with every result) at most four times a second: each new text lays out the window."""
        if not (self.lane.busy or self._shown_floods()):
            self._draw_stats()
            return
        if self._stats_timer.isActive():
            return
        wait = self._last_stats + STATS_INTERVAL_S - time.monotonic()
        if wait > 0:
            self._stats_timer.start(int(wait * 1000) + 1)
        else:
            self._draw_stats()

    def _draw_stats(self) -> None:
        self._stats_timer.stop()
        self._last_stats = time.monotonic()
        shown = self.desk.shown  # its cards counted as the library counts them, the latency agents feel, AI use
        counts = shown.counts if shown is not None else {"shown": 0, "used": 0, "discarded": 0}
        number = QLocale().toString  # the agent's digits and separators
        parts = [self.tr("{n} shown").format(n=number(counts["shown"])),
                 self.tr("{n} used").format(n=number(counts["used"])),
                 self.tr("{n} discarded").format(n=number(counts["discarded"]))]
        if self.latencies_ms:
            parts.append(self.tr("cards in {ms} ms").format(ms=number(round(_median(self.latencies_ms[-200:])))))
        if shown is not None and shown.ai_tokens:
            parts.append(self.tr("AI {n} tokens").format(n=number(shown.ai_tokens)))
        if self.ai_status:
            parts.append(self.ai_status)
        self.window.stats.setText(" · ".join(parts))

    def _draw_wrapup(self, shown: LiveConversation | None) -> None:
        card = self.window.wrapup
        wrapup = shown.wrapup if shown is not None else None
        if shown is None or wrapup is None or wrapup.draft is None:
            card.clear()
            return
        approved = wrapup.approved["final_text"] if wrapup.approved is not None else None
        card.show_draft(shown.id, wrapup.draft, approved_text=approved, edited_text=wrapup.edited_text)

    # -- the agent decides -------------------------------------------------------------------------

    def approve_wrapup(self, conversation_id: str, text: str, codes: list[str], *, from_hotkey: bool = False) -> None:
        """The agent approved the wrap-up: it goes where a card's text goes (the clipboard, or pasted into the
        CRM), is recorded, and integrated CRMs get its fields as a ``wrapup`` event."""
        delivered = "crm" if self.paste_into_crm is not None else "clipboard"
        update = self.desk.approve_wrapup(conversation_id, text, codes, delivered=delivered)
        if update.wrapups and not self._deliver(text, from_hotkey):
            update.toast = self.tr("Wrap-up copied: paste it into the CRM with Ctrl+V")
        self.apply(update)

    def _deliver(self, text: str, from_hotkey: bool) -> bool:
        """Put text the agent chose where it goes: the clipboard, and pasted into the CRM when that is on (then
        True). Our own copies are never captured back as a customer line."""
        self.own_clipboard_texts.append(text)
        del self.own_clipboard_texts[:-20]
        QGuiApplication.clipboard().setText(text)
        if self.paste_into_crm is None:
            return False
        self.paste_into_crm(from_hotkey)
        return True

    def _on_input_utterance_entered(self, speaker: str, text: str) -> None:
        self.add_utterance(speaker, text)

    def insert(self, suggestion_id: str, final_text: str | None = None, *,
               from_hotkey: bool = False) -> Decision | None:
        update = self.desk.insert(suggestion_id, final_text)
        decision = update.decision
        if decision is not None and not self._deliver(decision.final_text or "", from_hotkey):
            update.toast = (self.tr("Edited text copied: paste it into the CRM with Ctrl+V")
                            if decision.action is Action.EDITED
                            else self.tr("Copied: paste it into the CRM with Ctrl+V"))
        self.apply(update)
        return decision

    def discard(self, suggestion_id: str, reason: str | None = None) -> Decision | None:
        update = self.desk.discard(suggestion_id, reason)
        self.apply(update)
        return update.decision

    def _bounced(self, action: str, number: int) -> bool:
        """After a card goes, the next one moves up under the same number: a key bounce or an
        auto-repeat must not use or drop that one too."""
        now = time.monotonic()
        last_action, last_number, last_time = self._last_shortcut
        self._last_shortcut = (action, number, now)
        return (action, number) == (last_action, last_number) and now - last_time < REPEAT_GUARD_S

    def _card_in_sight(self, number: int, verb: str) -> SuggestionCard | None:
        """Card ``number`` if the agent can see it. One scrolled out of sight is brought into view and not used:
        the agent presses the key again once they have read it."""
        card = self.window.cards.card(number)
        if card is None or self.window.card_in_view(card):
            return card
        self.window.bring_into_view(card)
        self._last_shortcut = ("", 0, 0.0)  # nothing moved: the next press is meant, not a bounce
        said = {"insert": self.tr("Card {n} was out of sight; here it is. Press again to insert it."),
                "discard": self.tr("Card {n} was out of sight; here it is. Press again to discard it."),
                "edit": self.tr("Card {n} was out of sight; here it is. Press again to edit it.")}[verb]
        self.window.show_toast(said.format(n=number))
        return None

    def insert_card(self, number: int, *, from_hotkey: bool = False) -> None:
        if self._bounced("insert", number):
            return
        card = self._card_in_sight(number, "insert")
        if card is not None:
            self.insert(card.suggestion.id, card.editor.toPlainText() if card.editing else None,
                        from_hotkey=from_hotkey)

    def discard_card(self, number: int) -> None:
        if self._bounced("discard", number):
            return
        card = self._card_in_sight(number, "discard")
        if card is not None:
            self.discard(card.suggestion.id, None)

    def edit_card(self, number: int) -> None:
        card = self._card_in_sight(number, "edit")
        if card is not None:
            card.start_edit()

    def shutdown(self) -> None:
        self.desk.shutdown()


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
