"""Many conversations at once, fed by live sources: which message goes to which session.

A chat agent handles two or three chats; a phone agent's CTI posts one call after another. The hub
keeps a session per external id, turns interim transcripts into a provisional line that final text
replaces, ignores repeats, and tells the panel what changed. Qt-free: the panel calls ``handle`` on
its own thread and reacts to the events it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from copilot.live.protocol import ContextMessage, EndMessage, Message, UtteranceMessage
from copilot.live.session import Session
from copilot.model import Speaker, Utterance


@dataclass(slots=True)
class LiveSession:
    key: str
    session: Session
    channel: str | None = None
    interim: dict[str, tuple[str, str]] = field(default_factory=dict)  # utterance id -> (speaker, text)
    finals: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Opened:
    live: LiveSession


@dataclass(frozen=True, slots=True)
class InterimChanged:
    live: LiveSession
    utterance_id: str
    speaker: str
    text: str | None  # None: the provisional line is gone (it became final)


@dataclass(frozen=True, slots=True)
class Said:
    live: LiveSession
    utterance: Utterance


@dataclass(frozen=True, slots=True)
class ContextChanged:
    live: LiveSession


@dataclass(frozen=True, slots=True)
class Ended:
    live: LiveSession


Event = Opened | InterimChanged | Said | ContextChanged | Ended
SessionFactory = Callable[[str, dict[str, Any], str | None], Session]


class SessionHub:
    def __init__(self, factory: SessionFactory) -> None:
        self._factory = factory
        self.sessions: dict[str, LiveSession] = {}

    def open(self, key: str, context: dict[str, Any] | None = None, channel: str | None = None,
             session: Session | None = None) -> tuple[LiveSession, list[Event]]:
        live = self.sessions.get(key)
        if live is not None and not live.session.ended:
            return live, []
        live = LiveSession(key, session or self._factory(key, dict(context or {}), channel), channel)
        self.sessions[key] = live
        return live, [Opened(live)]

    def forget(self, key: str) -> None:
        self.sessions.pop(key, None)

    def handle(self, message: Message) -> list[Event]:
        if isinstance(message, EndMessage):
            live = self.sessions.get(message.session)
            if live is None or live.session.ended:
                return []
            live.session.end(outcome=message.outcome, tags=list(message.tags))
            return [Ended(live)]
        if isinstance(message, ContextMessage):
            live, events = self.open(message.session, message.context)
            if not events:
                live.session.set_context(message.context)
            return [*events, ContextChanged(live)]
        return self._utterance(message)

    def _utterance(self, message: UtteranceMessage) -> list[Event]:
        live, events = self.open(message.session, channel=message.channel)
        uid = message.utterance_id
        if uid is not None and uid in live.finals:
            return events  # a repeat, or an interim arriving after its final: the line is settled
        if not message.final:
            if uid is None:
                return events  # an interim without an id cannot be updated later; wait for final
            live.interim[uid] = (message.speaker, message.text)
            return [*events, InterimChanged(live, uid, message.speaker, message.text)]
        if uid is not None:
            live.finals.add(uid)
            if live.interim.pop(uid, None) is not None:
                events.append(InterimChanged(live, uid, message.speaker, None))
        if not message.text:
            return events
        utterance = live.session.add_utterance(Speaker(message.speaker), message.text, ts=message.ts,
                                               lang=message.lang)
        return [*events, Said(live, utterance)]
