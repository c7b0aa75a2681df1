"""The conversation model: what was said, what was suggested, what the agent decided.

Plain dataclasses with no behaviour beyond bookkeeping, shared by the engine, the store, the CLI
and the panel. Times are epoch seconds (``time.time()``) unless a name says otherwise.
"""

from __future__ import annotations

import enum
import itertools
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from copilot.text.i18n import QT_TRANSLATE_NOOP, translate
from copilot.text.language import detect_with_confidence


class Speaker(enum.StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"


class Kind(enum.StrEnum):
    """What a suggestion is for; the order here is the default ranking weight, highest first."""

    SUPERVISOR = "supervisor"  # a note a supervisor sent during the call (copilot.central.live)
    ESCALATION = "escalation"
    COMPLIANCE = "compliance"
    OBJECTION = "objection"
    KNOWLEDGE = "knowledge"
    UPSELL = "upsell"
    REPLY = "reply"


# The one word for each kind wherever a person reads it: the panel's cards, replay, statistics and reports.
KIND_LABELS: dict[str, str] = {
    Kind.SUPERVISOR: QT_TRANSLATE_NOOP("Kind", "Supervisor"),
    Kind.ESCALATION: QT_TRANSLATE_NOOP("Kind", "Escalation"),
    Kind.COMPLIANCE: QT_TRANSLATE_NOOP("Kind", "Compliance"),
    Kind.OBJECTION: QT_TRANSLATE_NOOP("Kind", "Objection"),
    Kind.KNOWLEDGE: QT_TRANSLATE_NOOP("Kind", "Knowledge"),
    Kind.UPSELL: QT_TRANSLATE_NOOP("Kind", "Upsell"),
    Kind.REPLY: QT_TRANSLATE_NOOP("Kind", "Reply"),
}


def kind_label(kind: str) -> str:
    """The kind's name in the agent's language (``KIND_LABELS`` holds the English ones that files keep)."""
    label = KIND_LABELS.get(kind)
    return translate("Kind", label) if label else kind


class Action(enum.StrEnum):
    """The fate of a suggestion. Every suggestion shown ends with exactly one of these."""

    INSERTED = "inserted"
    EDITED = "edited"  # inserted after the agent changed the text
    DISCARDED = "discarded"
    EXPIRED = "expired"  # left unanswered until it went stale


DISCARD_REASONS: dict[str, str] = {
    "wrong": QT_TRANSLATE_NOOP("DiscardReason", "Wrong"),
    "irrelevant": QT_TRANSLATE_NOOP("DiscardReason", "Not relevant"),
    "tone": QT_TRANSLATE_NOOP("DiscardReason", "Wrong tone"),
    "done": QT_TRANSLATE_NOOP("DiscardReason", "Already done"),
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
    source_label: str = QT_TRANSLATE_NOOP("Source", "Playbook")  # shown on the card; generative engines say "AI draft"
    ai_generated: bool = False
    utterance_index: int = -1
    latency_ms: float = 0.0  # utterance received -> suggestion ready
    id: str = field(default_factory=new_suggestion_id)
    created_at: float = field(default_factory=time.time)
    shown_at: float | None = None
    matched: tuple[str, ...] = ()
    arm: str | None = None  # whose wording of an entry under experiment the card shows: "A" or "B"
    experiment: str | None = None  # the experiment the card counts for, while it runs; None: none

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
            **({"arm": self.arm} if self.arm else {}),
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

@dataclass(slots=True)
class Conversation:
    """One conversation as the engines see it: what was said, in which language, and what was shown.

    The session records utterances and shown cards into it; engines read it (the playbook engine also
    notes which reminders the agent already took care of), so the same engine gives the same answers in
    the panel, the headless CLI and the tests.
    """

    context: Mapping[str, Any] = field(default_factory=dict)
    language: str | None = None  # the customer's language as last detected
    default_language: str = "en"
    channel: str | None = None  # phone, chat, whatsapp or email, when the source said
    agent: str | None = None  # who takes the call, and the call's own id: what guidance experiments assign
    call: str | None = None
    utterances: list[Utterance] = field(default_factory=list)
    last_shown: dict[str, int] = field(default_factory=dict)  # entry id -> utterance index
    done: set[str] = field(default_factory=set)  # entries the agent already took care of
    prompted: set[str] = field(default_factory=set)  # entries the agent's words have called for (an offer made)
    visible: set[str] = field(default_factory=set)  # entries on the board now
    started: bool = False
    _pending_language: str | None = None  # a different language heard once, not yet followed

    @property
    def customer_language(self) -> str:
        return self.language or self.default_language

    def add(self, utterance: Utterance) -> Utterance:
        """Number the utterance, detect its language, and follow the customer's language."""
        utterance.index = len(self.utterances)
        sure = utterance.lang is not None  # a language given by the source is taken as said
        if utterance.lang is None:
            utterance.lang, sure = detect_with_confidence(utterance.text)
        if utterance.speaker is Speaker.CUSTOMER and utterance.lang:
            self._follow(utterance.lang, sure)
        elif self.language is None and utterance.lang:
            # Until the customer speaks, the agent's greeting tells the likely language.
            self.default_language = utterance.lang
        self.utterances.append(utterance)
        return utterance

    def _follow(self, lang: str, sure: bool) -> None:
        """Switch on a clear line, or on two short lines in a row that agree; not on one "Thanks"."""
        if self.language is None or lang == self.language or sure or lang == self._pending_language:
            self.language = lang
            self._pending_language = None
        else:
            self._pending_language = lang

    def mark_shown(self, entry_id: str, utterance_index: int) -> None:
        self.last_shown[entry_id] = utterance_index

    @property
    def current_index(self) -> int:
        return len(self.utterances) - 1
