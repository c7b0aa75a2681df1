"""The conversation model: what was said, what was suggested, what the agent decided.

Plain dataclasses with no behaviour beyond bookkeeping, shared by the engine, the store, the CLI
and the panel. Times are epoch seconds (``time.time()``) unless a name says otherwise.
"""

from __future__ import annotations

import enum
import itertools
import time
import uuid
from dataclasses import dataclass, field
from typing import Any


class Speaker(enum.StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"


class Kind(enum.StrEnum):
    """What a suggestion is for; the order here is the default ranking weight, highest first."""

    ESCALATION = "escalation"
    COMPLIANCE = "compliance"
    OBJECTION = "objection"
    KNOWLEDGE = "knowledge"
    UPSELL = "upsell"
    REPLY = "reply"


class Action(enum.StrEnum):
    """The fate of a suggestion. Every suggestion shown ends with exactly one of these."""

    INSERTED = "inserted"
    EDITED = "edited"  # inserted after the agent changed the text
    DISCARDED = "discarded"
    EXPIRED = "expired"  # left unanswered until it went stale


DISCARD_REASONS: dict[str, str] = {
    "wrong": "Wrong",
    "irrelevant": "Not relevant",
    "tone": "Wrong tone",
    "done": "Already done",
}


@dataclass(slots=True)
class Utterance:
    speaker: Speaker
    text: str
    index: int = -1
    lang: str | None = None
    ts: float | None = None  # when it was said, if the source knows
    received_at: float = field(default_factory=time.time)
    received_ns: int = field(default_factory=time.perf_counter_ns)


_suggestion_ids = itertools.count(1)


def new_suggestion_id() -> str:
    return f"{uuid.uuid4().hex[:12]}-{next(_suggestion_ids)}"


@dataclass(slots=True)
class Suggestion:
    kind: Kind
    text: str
    title: str
    rationale: str  # why the card is shown, in words an agent understands
    entry_id: str
    lang: str
    score: float
    engine: str = "playbook"
    source_label: str = "Playbook"  # shown on the card; generative engines say "AI draft"
    ai_generated: bool = False
    utterance_index: int = -1
    latency_ms: float = 0.0  # utterance received -> suggestion ready
    id: str = field(default_factory=new_suggestion_id)
    created_at: float = field(default_factory=time.time)
    shown_at: float | None = None
    matched: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "utterance": self.utterance_index,
            "kind": str(self.kind),
            "entry_id": self.entry_id,
            "engine": self.engine,
            "lang": self.lang,
            "title": self.title,
            "text": self.text,
            "rationale": self.rationale,
            "latency_ms": round(self.latency_ms, 3),
        }


@dataclass(slots=True)
class Decision:
    suggestion_id: str
    action: Action
    final_text: str | None = None
    edit_distance: int | None = None
    reason: str | None = None
    decided_at: float = field(default_factory=time.time)
    time_to_decision_ms: float | None = None
