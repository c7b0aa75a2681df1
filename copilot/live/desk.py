"""The desk: every conversation the agent has open, and the one place a suggestion is born, ranked, shown,
decided and stored.

Messages from live sources (the local API, stdin, a followed file), lines typed in the panel, the agent's
decisions and the engines' results all come here, and every call returns an ``Update``: what the panel must
draw and what work must start. The desk never calls the panel back; the panel renders each update once.

A line's way from a source to a painted card: ``receive`` adds it to its conversation and hands back an engine
job; the panel runs ``work(job)`` on its engine lane, which suggests (``copilot.live.turns``), ranks on the
board (``Session.offer``, on the one scale of ``copilot.ranking``) and records, then hands back the board to
draw. The agent's click comes back as ``insert`` or ``discard``, which records the decision. So a line
crosses from the panel into the core twice and back twice.

Thread-safe: the engine lane and AI threads apply their results under the desk's lock. Engines run outside
it, so the panel never waits for a search.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from threading import RLock
from typing import TYPE_CHECKING, Any

from copilot.errors import KnownError
from copilot.live.conversation import AiRequest, Board, EngineJob, LiveConversation
from copilot.live.protocol import ContextMessage, EndMessage, Message, UtteranceMessage
from copilot.live.session import EmptyText, Session, UnknownSuggestion
from copilot.live.supervision import card_event, mood_event, note_card, publish_line
from copilot.live.turns import suggest_on
from copilot.live.update import Update
from copilot.live.wrapping import CallWrapup
from copilot.model import Action, Speaker, Suggestion, Utterance
from copilot.text.i18n import translate

if TYPE_CHECKING:
    from copilot.central.live import LivePublisher, SupervisorNote
    from copilot.engines.base import Engine
    from copilot.engines.generative import GenerativeEngine
    from copilot.engines.guard import HeldDraft
    from copilot.wrapup import DispositionIndex

log = logging.getLogger("copilot.panel")
SILENCE_S = 20.0  # a line after a pause at least this long tells supervisors how long the call was silent
MAX_ENDED = 5  # ended conversations kept as tabs for a look back; older ones close by themselves
# Conversations open at once. No agent handles more; an integration that never ends its sessions (or floods the
# API with new ones) would otherwise add a tab per call for ever, each costing the panel time on every line. Past
# it, the conversation quiet the longest (never the one shown) is ended, tagged so a trainer sees why.
MAX_OPEN = 30
LEFT_OPEN_TAG = "ended: too many open"
AI_DEBOUNCE_S = 0.3
SessionFactory = Callable[[str, dict[str, Any], str | None], Session]  # (key, context, channel)
__all__ = ["AI_DEBOUNCE_S", "LEFT_OPEN_TAG", "MAX_ENDED", "MAX_OPEN", "Desk", "SessionFactory", "Update"]


class Desk:
    def __init__(self, new_session: SessionFactory, *, ai: GenerativeEngine | None = None,
                 ai_debounce_s: float = AI_DEBOUNCE_S, max_ended: int = MAX_ENDED, max_open: int = MAX_OPEN,
                 dispositions: DispositionIndex | None = None) -> None:
        self._new_session = new_session
        self.ai = ai
        self.dispositions = dispositions  # the team's codes: a wrap-up is drafted for every call; None: none is
        self.ai_debounce_s = ai_debounce_s
        self.max_ended = max_ended
        self.max_open = max_open
        self.conversations: dict[str, LiveConversation] = {}  # by session id, in tab order
        self.by_key: dict[str, LiveConversation] = {}  # by the source's id, the newest with that id
        self.shown: LiveConversation | None = None
        self.counts = {"shown": 0, "used": 0, "discarded": 0}  # over every conversation since the panel started
        self._closing = False
        self.live: LivePublisher | None = None  # supervisors' live view, when the central record has one
        self._lock = RLock()

    # -- conversations ---------------------------------------------------------------------------------

    def open(self, session: Session, label: str, *, key: str | None = None, activate: bool = False) -> Update:
        """A conversation gets a tab; it is shown if asked, or if nothing else is. Its opening cards go up."""
        with self._lock:
            conversation = LiveConversation(session, label, key)
            if self.dispositions is not None:
                conversation.wrapup = CallWrapup.new(self.dispositions, session.conversation.default_language)
            self.conversations[conversation.id] = conversation
            if key is not None:
                self.by_key[key] = conversation
            update = Update(opened=[conversation])
            shown = self.shown
            if activate or shown is None or shown.closed or shown.ended:
                update.merge(self._show(conversation))
            session.start()
            self._collect(conversation, update)
            update.merge(self._end_quietest(conversation))
            ended = [c for c in self.conversations.values() if c.ended and c is not self.shown]
            for old in ended[: max(len(ended) - self.max_ended, 0)]:
                update.merge(self._close(old))
            return update

    def _end_quietest(self, opened: LiveConversation) -> Update:
        """Past ``max_open`` conversations, end the ones quiet the longest (not the shown one, not ``opened``)."""
        update = Update()
        running = [c for c in self.conversations.values() if not c.ended]
        if len(running) <= self.max_open:
            return update
        quiet = sorted((c for c in running if c is not opened and c is not self.shown), key=lambda c: c.active_at)
        for old in quiet[: len(running) - self.max_open]:
            log.warning("More than %d conversations open: %s, quiet the longest, ended", self.max_open, old.id)
            update.merge(self._end(old, None, [LEFT_OPEN_TAG]))
        return update

    def find(self, key: str) -> LiveConversation | None:
        """The newest conversation a source opened under ``key``."""
        return self.by_key.get(key)

    def show(self, conversation_id: str) -> Update:
        with self._lock:
            conversation = self.conversations.get(conversation_id)
            if conversation is None or conversation is self.shown:
                return Update()
            return self._show(conversation)

    def end(self, conversation_id: str, *, outcome: str | None = None, tags: list[str] | None = None) -> Update:
        """The call or chat is over: its cards expire, its AI request stops, its tab stays, marked ended."""
        with self._lock:
            conversation = self.conversations.get(conversation_id)
            return Update() if conversation is None else self._end(conversation, outcome, tags)

    def close(self, conversation_id: str, *, asked: bool = False) -> Update:
        """Close a tab (``asked``: by the agent, who cannot close the last one). Everything about it goes."""
        with self._lock:
            conversation = self.conversations.get(conversation_id)
            if conversation is None or (asked and len(self.conversations) < 2):
                return Update()
            return self._close(conversation)

    def replace_shown(self, session: Session, label: str) -> Update:
        """A new conversation takes the place of the shown one (a demo's next call on a one-call desk)."""
        with self._lock:
            previous = self.shown
            update = self.open(session, label, activate=True)
            if previous is not None and previous is not self.shown:
                update.merge(self._close(previous))
            return update

    # -- the wrap-up -----------------------------------------------------------------------------------

    def _draft_wrapup(self, conversation: LiveConversation, update: Update) -> None:
        """The call ended: its wrap-up, drafted locally from every line, goes on the panel and into the record;
        with a model configured, its version is asked for next."""
        wrapup = conversation.wrapup
        if wrapup is None or wrapup.finish(conversation.session.conversation.utterances) is None:
            return
        conversation.session.note_wrapup(drafted=wrapup.drafted_row())
        update.wrapups.append(conversation)
        update.events.append(self._wrapup_event(conversation, "drafted"))
        if self.ai is not None and not self._closing:
            wrapup.ai_asked = True
            update.wrapup_ai.append(conversation)

    def ai_wrapup(self, conversation: LiveConversation) -> Update:
        """Run on a worker: the model's wrap-up of an ended call (redacted, guarded, labelled AI), or the local one
        with the reason when the model fails. It replaces the draft only if the agent has not touched it."""
        from copilot.wrapup.generative import ai_draft

        with self._lock:
            wrapup, engine = conversation.wrapup, self.ai
            if wrapup is None or engine is None or conversation.closed:
                return Update()
            context = dict(conversation.session.conversation.context or {})
        draft = ai_draft(wrapup.builder, engine.client, context=context, vault=conversation.vault)
        with self._lock:
            if conversation.closed or not wrapup.offer_ai(draft):
                return Update()
            conversation.session.note_wrapup(drafted=wrapup.drafted_row())
            return Update(wrapups=[conversation], events=[self._wrapup_event(conversation, "drafted")])

    def wrapup_edited(self, conversation_id: str, text: str) -> None:
        """The agent is changing the draft: keep the edit (a tab switch shows it again), and no late draft
        replaces it."""
        with self._lock:
            conversation = self.conversations.get(conversation_id)
            if conversation is not None and conversation.wrapup is not None:
                conversation.wrapup.edited_text = text

    def approve_wrapup(self, conversation_id: str, text: str, codes: list[str] | None = None, *,
                       delivered: str = "clipboard") -> Update:
        """The agent approved the wrap-up: recorded with its distance from the draft and the after-call time, and
        sent to integrated CRMs as a ``wrapup`` event. Approving twice records once."""
        with self._lock:
            conversation = self.conversations.get(conversation_id)
            wrapup = conversation.wrapup if conversation is not None else None
            if conversation is None or wrapup is None or wrapup.draft is None or wrapup.approved is not None:
                return Update()
            if not text.strip():
                return Update(toast=translate("Desk", "The wrap-up is empty: write a line or two before approving it."))
            approved = wrapup.approve(text, codes, delivered)
            conversation.session.note_wrapup(approved=approved)
            return Update(wrapups=[conversation], events=[self._wrapup_event(conversation, "approved")])

    @staticmethod
    def _wrapup_event(conversation: LiveConversation, status: str) -> dict[str, Any]:
        wrapup = conversation.wrapup
        assert wrapup is not None and wrapup.draft is not None
        if status == "approved" and wrapup.approved is not None:
            fields = dict(wrapup.approved["final"])
            extra = {"edit_distance": wrapup.approved["edit_distance"],
                     "after_call_ms": round(wrapup.approved["after_call_ms"])}
        else:
            fields, extra = {**wrapup.draft.as_fields(), "text": wrapup.draft.as_text()}, {}
        return {"type": "wrapup", "status": status, "session": conversation.label, **fields, **extra}

    def use_engine(self, engine: Engine) -> None:
        """A new local engine (the first knowledge articles arrived): open conversations answer from it too."""
        with self._lock:
            for conversation in self.conversations.values():
                conversation.session.engine = engine

    def shutdown(self) -> None:
        with self._lock:
            self._closing = True  # drafts are still recorded, but no model is asked as the panel closes
            for conversation in list(self.conversations.values()):
                self._end(conversation, None, None)

    # -- lines in --------------------------------------------------------------------------------------

    def receive(self, message: Message) -> Update:
        """A message from a live source (the API, stdin, a followed file), already checked by the protocol."""
        with self._lock:
            if isinstance(message, EndMessage):
                conversation = self.by_key.get(message.session)
                if conversation is None or conversation.ended:
                    return Update()
                return self._end(conversation, message.outcome, list(message.tags))
            if isinstance(message, ContextMessage):
                conversation, update = self._live(message.session, context=message.context)
                if not update.opened:
                    conversation.session.set_context(message.context)
                if conversation is self.shown:
                    update.toast = translate("Desk", "Customer details updated from the CRM")
                return update
            return self._utterance(message)

    def say(self, speaker: Speaker | str, text: str, *, lang: str | None = None) -> Update:
        """A line typed or pasted by the agent (or played by the demo) in the shown conversation."""
        with self._lock:
            conversation = self.shown
            if conversation is None or conversation.ended or not text.strip():
                return Update()
            return self._said(conversation, Speaker(speaker), text, None, lang)

    def _utterance(self, message: UtteranceMessage) -> Update:
        conversation, update = self._live(message.session, channel=message.channel)
        uid = message.utterance_id
        if uid is not None and uid in conversation.finals:
            return update  # a repeat, or an interim arriving after its final: the line is settled
        # A speaker says one thing at a time: their newer interim, or their final, settles their other provisional
        # lines. (A transcription engine that gives every partial hypothesis an id of its own left each one on the
        # panel until the call ended: a thousand provisional lines after two hundred finals.)
        stale = [key for key, (speaker, _) in conversation.interim.items() if speaker == message.speaker and key != uid]
        for key in stale:
            del conversation.interim[key]
        if not message.final:
            if uid is not None:  # an interim without an id cannot be updated later: wait for the final
                conversation.interim[uid] = (message.speaker, message.text)
            if uid is not None or stale:
                update.provisional.append(conversation)
            return update
        if uid is not None:
            conversation.finals.add(uid)
            if conversation.interim.pop(uid, None) is not None:
                stale.append(uid)
        if stale:
            update.provisional.append(conversation)
        if message.text:
            update.merge(self._said(conversation, Speaker(message.speaker), message.text, message.ts, message.lang))
        return update

    def _live(self, key: str, *, context: dict[str, Any] | None = None,
              channel: str | None = None) -> tuple[LiveConversation, Update]:
        """The open conversation a source calls ``key``, or a new one: shown at once if the panel is idle (the
        shown call is over, or it is the empty conversation the panel starts with), else its tab lights up."""
        conversation = self.by_key.get(key)
        if conversation is not None and not conversation.ended:
            return conversation, Update()
        shown = self.shown
        idle = shown is None or shown.ended or (shown.key is None and not shown.session.conversation.utterances)
        session = self._new_session(key, dict(context or {}), channel)
        update = self.open(session, key, key=key, activate=idle)
        conversation = self.conversations[session.id]
        if idle and shown is not None and not shown.closed and not shown.session.conversation.utterances:
            update.merge(self._close(shown))
        return conversation, update

    def _said(self, conversation: LiveConversation, speaker: Speaker, text: str, ts: float | None,
              lang: str | None) -> Update:
        utterance = conversation.session.add_utterance(speaker, text, ts=ts, lang=lang)
        conversation.active_at = time.monotonic()
        if self.live is not None:
            self._publish_line(conversation, utterance)
        update = Update(lines=[(conversation, utterance)])
        if conversation is not self.shown:
            update.news.append(conversation)
        self._collect(conversation, update)  # cards restated in a new language
        if self.ai is not None and speaker is Speaker.CUSTOMER:
            update.ai.append(self._ask_ai(conversation, utterance))
        conversation.waiting.append(utterance)
        if not conversation.busy:
            update.jobs.append(self._job(conversation))
        return update

    # -- the engine lane -------------------------------------------------------------------------------

    def work(self, job: EngineJob) -> Update:
        """Run on the engine lane (a worker thread): suggest on the job's lines, put the suggestions on the
        board, record what was shown. Only the engines run outside the lock."""
        conversation = job.conversation
        with self._lock:
            lines, conversation.waiting = conversation.waiting, []
        try:
            found = [] if conversation.ended or not lines else suggest_on(conversation.session, lines,
                                                                          conversation.mood)
        except Exception as exc:  # the conversation goes on without suggestions for these lines
            return self._failed(conversation, exc)
        with self._lock:
            update = Update()
            if not conversation.ended:
                for utterance, suggestions in found:
                    self._offer(conversation, utterance, suggestions, update)
                if any(line.speaker is Speaker.CUSTOMER for line in lines):
                    update.moods[conversation.id] = conversation.mood.mood
                    self._publish_mood(conversation)
                if conversation.wrapup is not None:
                    conversation.wrapup.read(conversation.session.conversation.utterances)
            if conversation.waiting and not conversation.ended:
                update.gather.append(conversation)  # it stays busy: the next job starts after a short pause
            else:
                conversation.busy = False
            return update

    def next_job(self, conversation: LiveConversation) -> Update:
        """After a gathering pause: one job for every line that came in meanwhile."""
        with self._lock:
            conversation.busy = False
            if not conversation.waiting or conversation.ended:
                return Update()
            return Update(jobs=[self._job(conversation)])

    def _job(self, conversation: LiveConversation) -> EngineJob:
        conversation.busy = True  # the job takes the lines waiting when it starts: those of a whole burst
        return EngineJob(conversation)

    def _failed(self, conversation: LiveConversation, exc: Exception) -> Update:
        if isinstance(exc, KnownError):
            message = translate("Desk", "Suggestions paused: {problem}").format(problem=exc)
            log.warning("engine: %s", exc)
        else:
            message = translate("Desk", "Suggestions paused: the playbook engine failed on that line. "
                                "The details are in the log.")
            log.error("engine failed", exc_info=exc)
        with self._lock:
            conversation.busy = False  # a failed job is not retried: the next line tries anew
            update = Update(error=message)
            if conversation.waiting and not conversation.ended:
                update.jobs.append(self._job(conversation))
            return update

    def _offer(self, conversation: LiveConversation, utterance: Utterance, suggestions: list[Suggestion],
               update: Update) -> None:
        if utterance.index < conversation.latest_applied:
            return  # an older line's answer arriving after a newer one's
        conversation.latest_applied = utterance.index
        if conversation is self.shown:
            update.clear_error = True
        change = conversation.session.offer(suggestions, utterance.index)
        self._collect(conversation, update, {card.id: utterance.received_ns for card in change.shown})
        update.applied.append(utterance.index)

    def _collect(self, conversation: LiveConversation, update: Update, arrivals: dict[str, int] | None = None) -> None:
        """Take what changed on the conversation's board into ``update``: the board to draw, the events."""
        change = conversation.session.take_change()
        if not change:
            return
        conversation.revision += 1
        self.counts["shown"] += len(change.shown)
        conversation.counts["shown"] += len(change.shown)
        for card in change.shown:
            update.events.append(self._event("suggestion.shown", conversation, card))
        if self.live is not None and conversation.published:
            for card in change.shown:
                self.live.publish(conversation.id, "card", card_event(card, "shown"))
            for card in change.expired:
                self.live.publish(conversation.id, "card", card_event(card, "expired"))
        previous = update.boards.get(conversation.id)
        carried = {**(previous.arrivals if previous else {}), **(arrivals or {})}
        update.boards[conversation.id] = Board(conversation, tuple(conversation.session.cards), carried,
                                               conversation.revision)
        if change.shown and conversation is not self.shown:
            update.news.append(conversation)
        update.stats = update.stats or bool(change.shown)

    # -- the agent decides -----------------------------------------------------------------------------

    def insert(self, card_id: str, final_text: str | None = None) -> Update:
        """The agent uses a card of the shown conversation, verbatim or edited; the panel puts the text where
        it goes. A card already gone (a late click) changes nothing."""
        with self._lock:
            conversation = self.shown
            if conversation is None:
                return Update()
            try:
                card = conversation.session.card(card_id)
                decision = conversation.session.insert(card_id, final_text)
            except UnknownSuggestion:
                return Update()
            except EmptyText:
                return Update(toast=translate("Desk", "Nothing to insert: the text is empty. "
                                                      "Esc keeps the card as it was."))
            self.counts["used"] += 1
            conversation.counts["used"] += 1
            if card.ai_generated and conversation.wrapup is not None:
                conversation.wrapup.note_ai_text_reached_customer()
            update = Update(decision=decision, stats=True)
            self._publish_decision(conversation, card, str(decision.action))
            self._collect(conversation, update)
            update.events.append(self._event("suggestion.inserted", conversation, card,
                                             final_text=decision.final_text, edited=decision.action is Action.EDITED))
            return update

    def discard(self, card_id: str, reason: str | None = None) -> Update:
        with self._lock:
            conversation = self.shown
            if conversation is None:
                return Update()
            try:
                card = conversation.session.card(card_id)
                decision = conversation.session.discard(card_id, reason)
            except UnknownSuggestion:
                return Update()
            self.counts["discarded"] += 1
            conversation.counts["discarded"] += 1
            update = Update(decision=decision, stats=True)
            self._publish_decision(conversation, card, str(decision.action))
            self._collect(conversation, update)
            update.events.append(self._event("suggestion.discarded", conversation, card, reason=reason))
            return update

    def editing(self, card_id: str, editing: bool) -> None:
        """The agent started (or cancelled) editing a card: it stays up and in its language meanwhile."""
        with self._lock:
            if self.shown is None:
                return
            if not editing:
                self.shown.session.stop_editing(card_id)
                return
            try:
                self.shown.session.start_editing(card_id)
            except UnknownSuggestion:
                pass

    def painted(self, card_id: str, card_ms: float) -> None:
        """The panel drew a card ``card_ms`` after its line arrived: the latency agents feel, recorded. Only the
        recorder's queue is touched, so the UI thread does not wait for the desk's lock (held while a flood's lines
        come in) on every paint."""
        shown = self.shown
        if shown is not None:
            shown.session.note_painted(card_id, card_ms)

    # -- supervisors -----------------------------------------------------------------------------------

    def receive_supervisor_note(self, note: SupervisorNote) -> Update:
        """A supervisor's note to the agent of a running call: a card of its own kind, labelled with the
        supervisor's name, never inserted by itself, recorded like any suggestion (engine ``supervisor``)."""
        with self._lock:
            conversation = self.conversations.get(note.call_id)
            if conversation is None or conversation.closed or conversation.ended:
                log.info("a supervisor's note arrived for a call no longer open")
                return Update()
            session = conversation.session
            card = note_card(note, session.conversation.customer_language, session.conversation.current_index)
            update = Update()
            change = session.offer([card], session.conversation.current_index)
            self._collect(conversation, update, {c.id: time.perf_counter_ns() for c in change.shown})
            if conversation is not self.shown and change.shown:
                update.toast = translate("Desk", "{name} sent a note on another call: {label}").format(
                    name=note.author_name, label=conversation.label)
            return update

    def _publish_line(self, conversation: LiveConversation, utterance: Utterance) -> None:
        assert self.live is not None
        publish_line(self.live, conversation, utterance, silence_s=SILENCE_S)

    def _publish_mood(self, conversation: LiveConversation) -> None:
        if self.live is not None and conversation.published:
            self.live.publish(conversation.id, "mood", mood_event(conversation.mood.mood))

    def _publish_decision(self, conversation: LiveConversation, card: Suggestion, action: str) -> None:
        if self.live is not None and conversation.published:
            self.live.publish(conversation.id, "card", card_event(card, action))

    # -- AI drafts -------------------------------------------------------------------------------------

    def _ask_ai(self, conversation: LiveConversation, utterance: Utterance) -> AiRequest:
        """Ask about this line now, or, in a burst of lines, once the customer pauses; the request for the
        previous line stops either way."""
        if conversation.ai is not None:
            conversation.ai.cancel()
        now = time.monotonic()
        last, conversation.ai_asked_at = conversation.ai_asked_at, now
        delay = 0.0 if last is None or now - last >= self.ai_debounce_s else self.ai_debounce_s
        conversation.ai = AiRequest(conversation, utterance, delay)
        return conversation.ai

    def ai_updates(self, request: AiRequest) -> Iterator[Update]:
        """Run on the request's own thread: each draft, as the stream completes it, put on the board."""
        from copilot.engines.prompt import CALM_MESSAGE, GenerativeUnavailable

        conversation = request.conversation
        with self._lock:
            if request.cancelled.is_set() or conversation.ai is not request or conversation.ended or self.ai is None:
                return
            if request.delay_s:
                conversation.ai_asked_at = time.monotonic()
            engine = self.ai
        try:
            stream = request.open(engine)
            stream.on_held = lambda held: self._held(request, held)
            with self._lock:
                conversation.ai_sent = stream.prompt.messages
            for draft in stream:
                if request.cancelled.is_set():
                    return
                with self._lock:
                    update = self._draft(request, draft)
                if update is not None:
                    yield update
            with self._lock:
                update = Update(ai_recovered=not request.cancelled.is_set())
                if stream.usage is not None:
                    conversation.ai_tokens += stream.usage.total_tokens
                    conversation.session.note_ai_tokens(stream.usage.total_tokens)
                    update.stats = True
            yield update
        except GenerativeUnavailable as exc:
            if not request.cancelled.is_set():
                yield Update(ai_problem=(str(exc), exc.reason))
        except Exception as exc:  # a bug here must not take the panel down
            log.exception("AI drafts failed")
            yield Update(ai_problem=(translate("Desk", CALM_MESSAGE),  # not translated: marked in prompt.py
                                     exc.__class__.__name__))

    def _held(self, request: AiRequest, held: HeldDraft) -> None:
        """A draft the guard held back: recorded with its reason for trainers, never put on the board."""
        with self._lock:
            request.conversation.session.note_held(held.suggestion, held.reason)

    def _draft(self, request: AiRequest, draft: Suggestion) -> Update | None:
        conversation = request.conversation
        customer = [u for u in conversation.session.conversation.utterances if u.speaker is Speaker.CUSTOMER]
        if conversation.ended or request.cancelled.is_set() or not customer or customer[-1] is not request.utterance:
            return None  # a newer customer line superseded this request
        update = Update()
        change = conversation.session.offer([draft], conversation.session.conversation.current_index)
        self._collect(conversation, update, {card.id: request.utterance.received_ns for card in change.shown})
        return update

    # -- internals -------------------------------------------------------------------------------------

    def _show(self, conversation: LiveConversation) -> Update:
        self.shown = conversation
        board = Board(conversation, tuple(conversation.session.cards), {}, conversation.revision)
        return Update(show=conversation, clear_error=True, boards={conversation.id: board},
                      moods={conversation.id: conversation.mood.mood})

    def _end(self, conversation: LiveConversation, outcome: str | None, tags: list[str] | None) -> Update:
        if conversation.ai is not None:
            conversation.ai.cancel()
            conversation.ai = None
        update = Update()
        if conversation.ended:
            return update
        conversation.session.end(outcome=outcome, tags=tags)
        conversation.waiting.clear()
        if conversation.interim:
            conversation.interim.clear()
            update.provisional.append(conversation)
        update.ended.append(conversation)
        self._collect(conversation, update)
        if self.live is not None and conversation.published:
            self.live.call_ended(conversation.id)
        self._draft_wrapup(conversation, update)
        return update

    def _close(self, conversation: LiveConversation) -> Update:
        update = self._end(conversation, None, None)
        conversation.closed = True
        self.conversations.pop(conversation.id, None)
        if conversation.key is not None and self.by_key.get(conversation.key) is conversation:
            del self.by_key[conversation.key]
        update.closed.append(conversation)
        update.boards.pop(conversation.id, None)
        update.moods.pop(conversation.id, None)
        if conversation is self.shown:
            self.shown = None
            if self.conversations:
                update.merge(self._show(list(self.conversations.values())[-1]))
        return update

    @staticmethod
    def _event(kind: str, conversation: LiveConversation, card: Suggestion, **extra: Any) -> dict[str, Any]:
        return {"type": kind, "session": conversation.label, "suggestion_id": card.id, "kind": str(card.kind),
                "entry_id": card.entry_id, "text": card.text, "ai_generated": card.ai_generated, **extra}

