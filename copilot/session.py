"""A conversation session: the agent's cards, their fates, and the record of both.

Qt-free and synchronous, so the CLI, the tests and the panel share one implementation. The panel
calls ``suggest`` on a worker thread and everything else on the UI thread; the recorder it is given
writes in the background.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from copilot.conversation import Conversation
from copilot.engines.base import Engine
from copilot.model import Action, Decision, Speaker, Suggestion, Utterance
from copilot.text import levenshtein

MAX_CARDS = 4
CARD_TTL = 6  # utterances a card stays up unanswered before it expires


class Recorder(Protocol):
    """Where a session writes its history (the background SQLite lane, or nothing)."""

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None: ...
    def utterance_added(self, session_id: str, utterance: Utterance) -> None: ...
    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None: ...
    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None: ...
    def decision_made(self, session_id: str, decision: Decision) -> None: ...
    def session_ended(self, session_id: str, ended_at: float) -> None: ...


class NullRecorder:
    """Records nothing: for the headless CLI, which prints instead."""

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None:
        pass

    def utterance_added(self, session_id: str, utterance: Utterance) -> None:
        pass

    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None:
        pass

    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None:
        pass

    def decision_made(self, session_id: str, decision: Decision) -> None:
        pass

    def session_ended(self, session_id: str, ended_at: float) -> None:
        pass


@dataclass(slots=True)
class BoardChange:
    shown: list[Suggestion] = field(default_factory=list)
    expired: list[Suggestion] = field(default_factory=list)
    restated: list[Suggestion] = field(default_factory=list)  # same card, now in another language

    def __bool__(self) -> bool:
        return bool(self.shown or self.expired or self.restated)


class UnknownSuggestion(LookupError):
    """The card was already decided or expired (a late click or a repeated shortcut)."""


class Session:
    def __init__(
        self,
        engine: Engine,
        recorder: Recorder | None = None,
        *,
        context: Mapping[str, Any] | None = None,
        default_language: str = "en",
        source: str = "manual",
        max_cards: int = MAX_CARDS,
        card_ttl: int = CARD_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.id = uuid.uuid4().hex
        self.engine = engine
        self.recorder: Recorder = recorder or NullRecorder()
        self.conversation = Conversation(context=dict(context or {}), default_language=default_language)
        self.max_cards = max_cards
        self.card_ttl = card_ttl
        self.clock = clock
        self.cards: list[Suggestion] = []  # visible, top first
        self.listeners: list[Callable[[BoardChange], None]] = []
        self.ended = False
        self.recorder.session_started(
            self.id,
            {"started_at": clock(), "source": source, "engine": engine.name, "context": dict(context or {})},
        )

    # -- conversation --------------------------------------------------------------------------

    def start(self) -> BoardChange:
        """Show the opening cards (recording notice, disclosure) once, before anyone speaks."""
        if self.conversation.started:
            return BoardChange()
        self.conversation.started = True
        return self.offer(self.engine.opening(self.conversation))

    def add_utterance(self, speaker: Speaker | str, text: str, *, ts: float | None = None,
                      lang: str | None = None) -> Utterance:
        if not self.conversation.started:
            self.start()
        language_before = self.conversation.customer_language
        utterance = self.conversation.add(Utterance(Speaker(speaker), text.strip(), lang=lang, ts=ts))
        self.recorder.utterance_added(self.id, utterance)
        if self.conversation.customer_language != language_before:
            self._follow_language()
        return utterance

    def _follow_language(self) -> None:
        """Cards still up switch to the customer's new language (an opening notice, say)."""
        change = BoardChange()
        for card in self.cards:
            restated = self.engine.restate(card, self.conversation)
            if restated is not None:
                card.text, card.title, card.lang = restated
                self.recorder.suggestion_shown(self.id, card)
                change.restated.append(card)
        if change:
            self._notify(change)

    def suggest(self, utterance: Utterance) -> list[Suggestion]:
        """Run the engine; safe on a worker thread while the UI thread waits for nothing."""
        return self.engine.suggest(self.conversation, utterance)

    # -- the board of visible cards ------------------------------------------------------------

    def offer(self, suggestions: list[Suggestion], utterance_index: int | None = None) -> BoardChange:
        """Put fresh suggestions on top, expire stale and pushed-out cards, record what changed."""
        now_index = self.conversation.current_index if utterance_index is None else utterance_index
        change = BoardChange()
        for card in list(self.cards):
            if card.utterance_index >= 0 and now_index - card.utterance_index >= self.card_ttl:
                change.expired.append(card)
        visible_entries = {c.entry_id for c in self.cards if c not in change.expired}
        fresh = [s for s in suggestions if s.entry_id not in visible_entries]
        kept = [c for c in self.cards if c not in change.expired]
        ordered = fresh + kept
        change.expired.extend(ordered[self.max_cards :])
        shown_now = self.clock()
        self.cards = ordered[: self.max_cards]
        for suggestion in fresh:
            if suggestion in self.cards:
                suggestion.shown_at = shown_now
                self.conversation.mark_shown(suggestion.entry_id, max(now_index, -1))
                self.recorder.suggestion_shown(self.id, suggestion)
                change.shown.append(suggestion)
        for card in change.expired:
            if card.shown_at is not None:
                self._record(card, Action.EXPIRED)
        if change:
            self._notify(change)
        return change

    def note_painted(self, suggestion_id: str, card_ms: float) -> None:
        """The panel drew the card ``card_ms`` after its utterance arrived: the latency agents feel."""
        self.recorder.suggestion_painted(self.id, suggestion_id, card_ms)

    def card(self, suggestion_id: str) -> Suggestion:
        for card in self.cards:
            if card.id == suggestion_id:
                return card
        raise UnknownSuggestion(suggestion_id)

    def insert(self, suggestion_id: str, final_text: str | None = None) -> Decision:
        """The agent uses the card, verbatim or edited. The caller puts the text where it goes."""
        card = self.card(suggestion_id)
        final = card.text if final_text is None else final_text.strip()
        edited = final != card.text
        return self._close(card, Action.EDITED if edited else Action.INSERTED, final_text=final,
                           edit_distance=levenshtein(card.text, final) if edited else 0)

    def discard(self, suggestion_id: str, reason: str | None = None) -> Decision:
        return self._close(self.card(suggestion_id), Action.DISCARDED, reason=reason)

    def end(self) -> None:
        if self.ended:
            return
        self.ended = True
        change = BoardChange(expired=list(self.cards))
        for card in self.cards:
            self._record(card, Action.EXPIRED)
        self.cards = []
        if change:
            self._notify(change)
        self.recorder.session_ended(self.id, self.clock())

    # -- internals -----------------------------------------------------------------------------

    def _close(self, card: Suggestion, action: Action, **details: Any) -> Decision:
        self.cards.remove(card)
        decision = self._record(card, action, **details)
        self._notify(BoardChange())
        return decision

    def _record(self, card: Suggestion, action: Action, **details: Any) -> Decision:
        now = self.clock()
        waited = (now - card.shown_at) * 1000 if card.shown_at is not None else None
        decision = Decision(card.id, action, decided_at=now, time_to_decision_ms=waited, **details)
        self.recorder.decision_made(self.id, decision)
        return decision

    def _notify(self, change: BoardChange) -> None:
        for listener in list(self.listeners):
            listener(change)
