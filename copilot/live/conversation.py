"""One live conversation and everything about it, in one object.

A call or chat the agent has open owns its session (cards and record), its tab label, the provisional lines
of a transcriber, the customer's mood as heard so far, the lines waiting for the engine, whether an engine job
is running, the AI request in flight with its cancel, and the placeholder vault of what was sent to a model.
Closing the conversation drops all of it at once, and no other conversation can reach any of it: nothing here
is keyed by ``id()``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from copilot.live.mood import MoodTrend
from copilot.live.session import Session
from copilot.model import Suggestion, Utterance

if TYPE_CHECKING:
    from copilot.engines.generative import GenerativeEngine, SuggestionStream
    from copilot.live.wrapping import CallWrapup
    from copilot.privacy.redaction import Vault


@dataclass(eq=False)
class LiveConversation:
    session: Session
    label: str  # what its tab says
    key: str | None = None  # the source's id for it (a CTI call id, a chat id); None when typed or a demo
    interim: dict[str, tuple[str, str]] = field(default_factory=dict)  # utterance id -> (speaker, text)
    finals: set[str] = field(default_factory=set)  # utterance ids whose final text arrived
    waiting: list[Utterance] = field(default_factory=list)  # lines not yet handed to the engine
    busy: bool = False  # an engine job runs (or is about to) for this conversation
    latest_applied: int = -1  # the newest line whose suggestions reached the board
    revision: int = 0  # counts board changes, so a late snapshot never overwrites a newer one
    _vault: Vault | None = field(default=None, repr=False)  # made when something first leaves the machine
    ai: AiRequest | None = None  # the AI request in flight, or waiting for a pause in a burst
    ai_asked_at: float | None = None  # monotonic time of the last AI request (for the debounce)
    ai_tokens: int = 0
    ai_sent: list[dict[str, str]] | None = None  # the last request exactly as sent (redacted): the audit view
    counts: dict[str, int] = field(default_factory=lambda: {"shown": 0, "used": 0, "discarded": 0})  # as the
    # library counts this call: cards shown, used (inserted or edited), discarded
    mood: MoodTrend = field(default_factory=MoodTrend, repr=False)  # the customer's mood, fed by engine jobs
    wrapup: CallWrapup | None = field(default=None, repr=False)  # drafted as the call runs, when wrap-ups are on
    opened_at: float = field(default_factory=time.time)
    active_at: float = field(default_factory=time.monotonic)  # its latest line (or its opening), for the tab cap
    published: bool = False  # announced to supervisors' live view (on its first line)
    closed: bool = False

    @property
    def id(self) -> str:
        return self.session.id

    @property
    def ended(self) -> bool:
        return self.session.ended

    @property
    def provisional(self) -> list[tuple[str, str]]:
        return list(self.interim.values())

    @property
    def vault(self) -> Vault:
        """Placeholders for what leaves the machine, the same from request to request of this conversation.
        Made on first use: the redaction patterns load only when AI drafts are on, not at the panel's start."""
        if self._vault is None:
            from copilot.privacy.redaction import Vault

            self._vault = Vault()
        return self._vault


@dataclass(frozen=True, slots=True)
class Board:
    """A conversation's cards as they are now, top first: what the panel draws."""

    conversation: LiveConversation
    cards: tuple[Suggestion, ...]
    arrivals: dict[str, int]  # cards new on the board -> when their line arrived (perf_counter_ns)
    revision: int


@dataclass(eq=False)
class EngineJob:
    """Engine work for one conversation: when it runs, it takes every line waiting by then, suggests on the
    newest of each speaker and only notes the older ones."""

    conversation: LiveConversation


class AiRequest:
    """One streaming request for drafts about one customer line. A newer line, or the end of the call,
    cancels it; cancelling shuts the stream so a worker blocked in a read wakes at once."""

    def __init__(self, conversation: LiveConversation, utterance: Utterance, delay_s: float) -> None:
        self.conversation = conversation
        self.utterance = utterance
        self.delay_s = delay_s  # 0: ask now; otherwise wait this long for the burst of lines to pause
        self.cancelled = threading.Event()
        self._stream: SuggestionStream | None = None
        self._lock = threading.Lock()

    def open(self, engine: GenerativeEngine) -> SuggestionStream:
        conversation = self.conversation
        stream = engine.stream(conversation.session.conversation, self.utterance, cancel=self.cancelled,
                               channel=conversation.session.channel, vault=conversation.vault)
        with self._lock:
            self._stream = stream
        if self.cancelled.is_set():
            stream.cancel()
        return stream

    def cancel(self) -> None:
        self.cancelled.set()
        with self._lock:
            stream = self._stream
        if stream is not None:
            stream.cancel()
