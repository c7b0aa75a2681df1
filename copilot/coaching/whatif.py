""""What would the copilot say now?": a recorded session re-run through today's playbook and knowledge.

Each recorded line goes, in order, through a fresh ``Session`` with the current local engine and the panel's
own turn loop (``copilot.live.turns``), exactly as if the call were live (the same board rules: cooldowns,
cards already up, entries already done). The result pairs, per line, the cards the agent was shown then with
the cards the copilot would show now, so a team lead can check a playbook change against real past
conversations before rolling it out.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from copilot.engines.base import Engine
from copilot.live.session import CARD_TTL, Session
from copilot.live.turns import take_turn
from copilot.record.session_record import SessionRecord

OPENING = -1  # the utterance index of cards shown before anyone spoke


class WhatIfCancelled(Exception):
    """The trainer stopped the re-run."""


@dataclass(frozen=True, slots=True)
class CardBrief:
    kind: str
    entry_id: str
    title: str
    text: str
    source: str  # Playbook, Knowledge or AI draft
    fate: str | None = None  # the recorded decision, for cards that were shown then

    def as_dict(self) -> dict[str, Any]:
        out = {"kind": self.kind, "entry_id": self.entry_id, "title": self.title, "text": self.text,
               "source": self.source}
        if self.fate is not None:
            out["fate"] = self.fate
        return out


@dataclass(slots=True)
class WhatIfRow:
    utterance_idx: int  # OPENING for the cards shown at the start
    speaker: str
    text: str
    old: list[CardBrief] = field(default_factory=list)
    new: list[CardBrief] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return {c.entry_id for c in self.old} != {c.entry_id for c in self.new}

    def as_dict(self) -> dict[str, Any]:
        return {"utterance": self.utterance_idx, "speaker": self.speaker, "text": self.text,
                "old": [c.as_dict() for c in self.old], "new": [c.as_dict() for c in self.new],
                "changed": self.changed}


@dataclass(slots=True)
class WhatIfResult:
    rows: list[WhatIfRow]
    engine: str

    @property
    def changed_rows(self) -> int:
        return sum(1 for row in self.rows if row.changed)

    def entries(self, which: str) -> set[str]:
        return {c.entry_id for row in self.rows for c in getattr(row, which)}


def _brief_old(record: SessionRecord, card_id: str) -> CardBrief:
    card = record.cards[card_id]
    fate = card.decision.action if card.decision is not None else None
    if card.decision is not None and card.decision.reason:
        fate = f"{fate} ({card.decision.reason})"
    return CardBrief(card.kind, card.entry_id, card.title, card.text, card.source_label, fate)


def rerun(record: SessionRecord, engine: Engine, *, progress: Callable[[int, int], None] | None = None,
          cancel: threading.Event | None = None, include_ai: bool = False, card_ttl: int = CARD_TTL) -> WhatIfResult:
    """Re-run ``record`` through ``engine``; ``progress(done, total)`` is called as lines go by.

    AI drafts are left out of the old side unless ``include_ai``: the local engine cannot reproduce them,
    and counting them as "gone" would hide the playbook's own changes."""
    old_by_line: dict[int, list[CardBrief]] = {}
    for card in sorted(record.cards.values(), key=lambda c: (c.offset or 0.0, c.id)):
        if card.offset is None or (card.ai_generated and not include_ai):
            continue
        old_by_line.setdefault(card.utterance_idx, []).append(_brief_old(record, card.id))
    ticks = itertools.count(record.started_at)
    context = dict(record.context)
    session = Session(engine, context=context, default_language=record.language or "en",
                      channel=record.channel, card_ttl=card_ttl, clock=lambda: float(next(ticks)))
    rows = [WhatIfRow(OPENING, "", "", old_by_line.get(OPENING, []),
                      [_brief_new(s) for s in session.start().shown])]
    total = len(record.turns)
    for done, turn in enumerate(record.turns, 1):
        if cancel is not None and cancel.is_set():
            raise WhatIfCancelled()
        _, change = take_turn(session, turn.speaker, turn.text, lang=turn.lang)
        rows.append(WhatIfRow(turn.index, turn.speaker, turn.text, old_by_line.get(turn.index, []),
                              [_brief_new(s) for s in change.shown]))
        if progress is not None and (done % 25 == 0 or done == total):
            progress(done, total)
    session.end()
    return WhatIfResult(rows, engine.name)


def _brief_new(suggestion: Any) -> CardBrief:
    return CardBrief(str(suggestion.kind), suggestion.entry_id, suggestion.title, suggestion.text,
                     suggestion.source_label)


def iter_jsonl(result: WhatIfResult) -> Iterator[dict[str, Any]]:
    """One object per line for ``copilot replay --what-if --format jsonl``."""
    for row in result.rows:
        if row.old or row.new or row.utterance_idx != OPENING:
            yield row.as_dict()
