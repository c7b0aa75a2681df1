"""A conversation session: the agent's cards, their fates, and the record of both.

Qt-free and synchronous, so the CLI, the tests and the panel share one implementation. It never calls
anyone back: every change to the board is returned (``offer``) and gathered until the owner takes it
(``take_change``), so whoever shows the board draws it once per change. The recorder it is given writes
in the background. Not thread-safe on its own: the live desk serialises access to it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from copilot.engines.base import Engine
from copilot.model import Action, Conversation, Decision, Kind, Speaker, Suggestion, Utterance
from copilot.ranking import board_rank
from copilot.text.words import levenshtein

MAX_CARDS = 4
CARD_TTL = 6  # utterances a card stays up unanswered before it expires


class Recorder(Protocol):
    """Where a session writes its history (the background SQLite lane, or nothing)."""

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None: ...
    def utterance_added(self, session_id: str, utterance: Utterance) -> None: ...
    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None: ...
    def suggestion_restated(self, session_id: str, suggestion: Suggestion) -> None: ...
    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None: ...
    def decision_made(self, session_id: str, decision: Decision) -> None: ...
    def context_changed(self, session_id: str, context: Mapping[str, Any]) -> None: ...
    def ai_tokens_used(self, session_id: str, tokens: int) -> None: ...
    def session_ended(self, session_id: str, ended_at: float) -> None: ...
    def session_described(self, session_id: str, fields: Mapping[str, Any]) -> None: ...
    def board_changed(self, session_id: str, at: float, card_ids: list[str]) -> None: ...
    def draft_held(self, session_id: str, suggestion: Suggestion, reason: str) -> None: ...
    def wrapup_drafted(self, session_id: str, draft: Mapping[str, Any]) -> None: ...
    def wrapup_approved(self, session_id: str, approved: Mapping[str, Any]) -> None: ...


class NullRecorder:
    """Records nothing: for the headless CLI, which prints instead."""

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None:
        pass

    def utterance_added(self, session_id: str, utterance: Utterance) -> None:
        pass

    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None:
        pass

    def suggestion_restated(self, session_id: str, suggestion: Suggestion) -> None:
        pass

    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None:
        pass

    def decision_made(self, session_id: str, decision: Decision) -> None:
        pass

    def context_changed(self, session_id: str, context: Mapping[str, Any]) -> None:
        pass

    def ai_tokens_used(self, session_id: str, tokens: int) -> None:
        pass

    def session_ended(self, session_id: str, ended_at: float) -> None:
        pass

    def session_described(self, session_id: str, fields: Mapping[str, Any]) -> None:
        pass

    def board_changed(self, session_id: str, at: float, card_ids: list[str]) -> None:
        pass

    def draft_held(self, session_id: str, suggestion: Suggestion, reason: str) -> None:
        pass

    def wrapup_drafted(self, session_id: str, draft: Mapping[str, Any]) -> None:
        pass

    def wrapup_approved(self, session_id: str, approved: Mapping[str, Any]) -> None:
        pass


class HeldUntilSpoken:
    """A session's records, held back until someone speaks or the agent acts on a card.

    The panel opens a conversation as it starts and shows its opening cards (a recording notice) before
    anyone speaks; a conversation that ends like that (the panel closed again, a demo stopped before its
    first line) leaves no empty session in the library. Once released, records pass straight through.
    """

    def __init__(self, recorder: Recorder) -> None:
        self._recorder = recorder
        self._held: list[tuple[str, tuple[Any, ...]]] | None = []

    @property
    def released(self) -> bool:
        return self._held is None

    def release(self) -> None:
        held, self._held = self._held, None
        for name, args in held or ():
            getattr(self._recorder, name)(*args)

    def drop(self) -> None:
        """Forget what is held: the conversation never began."""
        if self._held is not None:
            self._held.clear()

    def _pass(self, name: str, *args: Any) -> None:
        if self._held is None:
            getattr(self._recorder, name)(*args)
        else:
            self._held.append((name, args))

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None:
        self._pass("session_started", session_id, info)

    def utterance_added(self, session_id: str, utterance: Utterance) -> None:
        self._pass("utterance_added", session_id, utterance)

    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None:
        self._pass("suggestion_shown", session_id, suggestion)

    def suggestion_restated(self, session_id: str, suggestion: Suggestion) -> None:
        self._pass("suggestion_restated", session_id, suggestion)

    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None:
        self._pass("suggestion_painted", session_id, suggestion_id, card_ms)

    def decision_made(self, session_id: str, decision: Decision) -> None:
        self._pass("decision_made", session_id, decision)

    def context_changed(self, session_id: str, context: Mapping[str, Any]) -> None:
        self._pass("context_changed", session_id, context)

    def ai_tokens_used(self, session_id: str, tokens: int) -> None:
        self._pass("ai_tokens_used", session_id, tokens)

    def session_ended(self, session_id: str, ended_at: float) -> None:
        self._pass("session_ended", session_id, ended_at)

    def session_described(self, session_id: str, fields: Mapping[str, Any]) -> None:
        self._pass("session_described", session_id, fields)

    def board_changed(self, session_id: str, at: float, card_ids: list[str]) -> None:
        self._pass("board_changed", session_id, at, card_ids)

    def draft_held(self, session_id: str, suggestion: Suggestion, reason: str) -> None:
        self._pass("draft_held", session_id, suggestion, reason)

    def wrapup_drafted(self, session_id: str, draft: Mapping[str, Any]) -> None:
        self._pass("wrapup_drafted", session_id, draft)

    def wrapup_approved(self, session_id: str, approved: Mapping[str, Any]) -> None:
        self._pass("wrapup_approved", session_id, approved)


@dataclass(slots=True)
class BoardChange:
    shown: list[Suggestion] = field(default_factory=list)
    expired: list[Suggestion] = field(default_factory=list)
    restated: list[Suggestion] = field(default_factory=list)  # same card, now in another language
    moved: bool = False  # the cards on the board or their order changed (a card used, discarded, reordered)

    def __bool__(self) -> bool:
        return bool(self.shown or self.expired or self.restated or self.moved)

    def merge(self, other: BoardChange) -> None:
        self.shown += other.shown
        self.expired += other.expired
        if other.restated:  # a card restated twice is listed once; by identity, not by comparing every field
            listed = {id(card) for card in self.restated}
            self.restated += [card for card in other.restated if id(card) not in listed]
        self.moved = self.moved or other.moved


class UnknownSuggestion(LookupError):
    """The card was already decided or expired (a late click or a repeated shortcut)."""


class EmptyText(ValueError):
    """The agent emptied the text of a card and asked to insert it; nothing is recorded."""


class Session:
    def __init__(
        self,
        engine: Engine,
        recorder: Recorder | None = None,
        *,
        context: Mapping[str, Any] | None = None,
        default_language: str = "en",
        source: str = "manual",
        channel: str | None = None,
        external_id: str | None = None,
        agent: str | None = None,
        team: str | None = None,
        max_cards: int = MAX_CARDS,
        card_ttl: int = CARD_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.id = uuid.uuid4().hex
        self.channel = channel  # phone, chat, whatsapp or email, when the source said
        self.team = team  # the agent's team, which supervisors see the call under
        self.engine = engine
        self.recorder = HeldUntilSpoken(recorder or NullRecorder())
        self.conversation = Conversation(context=dict(context or {}), default_language=default_language,
                                         channel=channel, agent=agent, call=self.id)
        self.max_cards = max_cards
        self.card_ttl = card_ttl
        self.clock = clock
        self.cards: list[Suggestion] = []  # visible, top first
        self.editing: set[str] = set()  # ids of cards the agent is editing
        self._seen_at: dict[str, int] = {}  # card id -> utterance where it was last relevant
        self._untaken = BoardChange()  # what changed since the owner last looked (take_change)
        self.ended = False
        self._board_ids: list[str] = []  # the board as last recorded, for replay
        self.recorder.session_started(
            self.id,
            {"started_at": clock(), "source": source, "engine": engine.name, "context": dict(context or {}),
             "channel": channel, "external_id": external_id, "agent": agent, "team": team},
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
        self.recorder.release()
        utterance = self.conversation.add(Utterance(Speaker(speaker), text.strip(), lang=lang, ts=ts,
                                                     received_at=self.clock()))
        self.recorder.utterance_added(self.id, utterance)
        if self.conversation.customer_language != language_before:
            change = BoardChange(restated=[c for c in self.cards if self._restate(c)])
            if change:
                self._changed(change)
        return utterance

    def set_context(self, context: Mapping[str, Any]) -> None:
        """What the CRM knows changed (a name, a plan); the next suggestions use it."""
        self.conversation.context = dict(context)
        self.recorder.context_changed(self.id, dict(context))

    def _restate(self, card: Suggestion) -> bool:
        """Put a card in the customer's current language; not while the agent is editing it."""
        if card.lang == self.conversation.customer_language or card.id in self.editing:
            return False
        restated = self.engine.restate(card, self.conversation)
        if restated is None:
            return False
        card.text, card.title, card.lang = restated
        self.recorder.suggestion_restated(self.id, card)
        return True

    def suggest(self, utterance: Utterance) -> list[Suggestion]:
        """Run the engine; safe on a worker thread while the UI thread waits for nothing."""
        return self.engine.suggest(self.conversation, utterance)

    def observe(self, utterance: Utterance) -> None:
        """Let the engine note a superseded line without suggesting on it."""
        self.engine.observe(self.conversation, utterance)

    # -- the board of visible cards ------------------------------------------------------------

    def offer(self, suggestions: list[Suggestion], utterance_index: int | None = None) -> BoardChange:
        """Rank fresh suggestions with the cards already up, expire stale ones, record the changes.

        A card whose trigger comes again stays up (its age starts over) instead of expiring while
        the customer is still on the subject. Older cards lose rank with age, so the board favours
        what is relevant now without letting four new replies push out an escalation. Cards the
        agent is editing are never taken away.
        """
        now = self.conversation.current_index if utterance_index is None else utterance_index
        change = BoardChange()
        order_before = [card.id for card in self.cards]
        done = self.conversation.done
        by_entry = {card.entry_id: card for card in self.cards}
        fresh = []
        for suggestion in suggestions:
            visible = by_entry.get(suggestion.entry_id)
            if visible is not None:
                self._seen_at[visible.id] = now
            elif suggestion.entry_id not in done:
                self._restate(suggestion)
                fresh.append(suggestion)
        kept = []
        for card in self.cards:
            if card.id in self.editing:
                kept.append(card)
            elif card.entry_id in done:
                change.expired.append(card)
                self._record(card, Action.EXPIRED, reason="done")
            elif card.kind is not Kind.SUPERVISOR and now - self._seen_at.get(card.id, card.utterance_index) \
                    >= self.card_ttl:
                change.expired.append(card)
                self._record(card, Action.EXPIRED)
            else:
                kept.append(card)

        def rank(card: Suggestion) -> tuple[bool, bool, float]:
            age = now - self._seen_at.get(card.id, card.utterance_index)
            return board_rank(card, age, editing=card.id in self.editing)

        ordered = sorted(fresh + kept, key=rank, reverse=True)
        self.cards = ordered[: self.max_cards]
        for card in ordered[self.max_cards :]:
            if card.shown_at is not None:  # was up, pushed out now; fresh ones never showed
                change.expired.append(card)
                self._record(card, Action.EXPIRED)
        shown_now = self.clock()
        for suggestion in fresh:
            if suggestion in self.cards:
                suggestion.shown_at = shown_now
                self._seen_at[suggestion.id] = max(now, -1)
                self.conversation.mark_shown(suggestion.entry_id, max(now, -1))
                self.recorder.suggestion_shown(self.id, suggestion)
                change.shown.append(suggestion)
        self.conversation.visible = {card.entry_id for card in self.cards}
        change.moved = [card.id for card in self.cards] != order_before
        if change:
            self._changed(change, at=shown_now)
        return change

    def start_editing(self, suggestion_id: str) -> None:
        """The agent is changing this card: keep it up and in its language until they finish."""
        self.card(suggestion_id)
        self.editing.add(suggestion_id)

    def stop_editing(self, suggestion_id: str) -> None:
        self.editing.discard(suggestion_id)

    def note_ai_tokens(self, tokens: int) -> None:
        """What an AI request cost, as the API reported it."""
        self.recorder.ai_tokens_used(self.id, tokens)

    def note_held(self, suggestion: Suggestion, reason: str) -> None:
        """An AI draft held back before it could become a card: kept for trainers, never on the board."""
        self.recorder.draft_held(self.id, suggestion, reason)

    def note_wrapup(self, drafted: Mapping[str, Any] | None = None, approved: Mapping[str, Any] | None = None) -> None:
        """The call's wrap-up as drafted (a later draft replaces it) or as the agent approved it."""
        if drafted is not None:
            self.recorder.wrapup_drafted(self.id, drafted)
        if approved is not None:
            self.recorder.wrapup_approved(self.id, approved)

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
        if not final:
            raise EmptyText(suggestion_id)
        edited = final != card.text
        return self._close(card, Action.EDITED if edited else Action.INSERTED, final_text=final,
                           edit_distance=levenshtein(card.text, final) if edited else 0)

    def discard(self, suggestion_id: str, reason: str | None = None) -> Decision:
        return self._close(self.card(suggestion_id), Action.DISCARDED, reason=reason)

    def describe(self, **fields: Any) -> None:
        """Record what is learned about the call as a whole: its outcome, tags, agent."""
        self.recorder.session_described(self.id, fields)

    def end(self, *, outcome: str | None = None, tags: list[str] | None = None) -> None:
        if self.ended:
            return
        self.ended = True
        if not self.recorder.released:
            self.recorder.drop()  # nobody spoke and the agent did nothing: no empty session in the library
        described: dict[str, Any] = {"language": self.conversation.customer_language}
        if outcome:
            described["outcome"] = outcome
        if tags:
            described["tags"] = tags
        self.recorder.session_described(self.id, described)
        change = BoardChange(expired=list(self.cards), moved=bool(self.cards))
        now = self.clock()
        for card in self.cards:
            self._record(card, Action.EXPIRED, at=now)
        self.cards = []
        self.editing.clear()
        if change:
            self._changed(change, at=now)
        self.recorder.session_ended(self.id, now)

    def take_change(self) -> BoardChange:
        """Everything that changed on the board since the last call (empty: nothing to redraw)."""
        change, self._untaken = self._untaken, BoardChange()
        return change

    # -- internals -----------------------------------------------------------------------------

    def _close(self, card: Suggestion, action: Action, **details: Any) -> Decision:
        self.recorder.release()  # the agent acted: the conversation began, even before anyone spoke
        self.cards.remove(card)
        self.editing.discard(card.id)
        self.conversation.visible.discard(card.entry_id)
        decision = self._record(card, action, **details)
        self._changed(BoardChange(moved=True), at=decision.decided_at)
        return decision

    def _record(self, card: Suggestion, action: Action, at: float | None = None, **details: Any) -> Decision:
        now = self.clock() if at is None else at
        waited = (now - card.shown_at) * 1000 if card.shown_at is not None else None
        decision = Decision(card.id, action, decided_at=now, time_to_decision_ms=waited, **details)
        self.recorder.decision_made(self.id, decision)
        return decision

    def _changed(self, change: BoardChange, at: float | None = None) -> None:
        ids = [card.id for card in self.cards]
        if ids != self._board_ids:
            self._board_ids = ids
            self.recorder.board_changed(self.id, self.clock() if at is None else at, ids)
        self._untaken.merge(change)
