"""The markup of the redaction tuning conversations (``tests/redaction_conversations_tuning.py``): a dialogue
as "A: ..." and "C: ..." lines with ``{KIND:surface}``, ``{KIND#category:surface}`` and ``{keep:surface}``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

TODAY = date(2025, 9, 1)  # dates of birth are judged against a fixed day, so the figures never age
LANGS = ("nl", "en", "fr", "he")
CATEGORIES = ("bare-answer", "split", "spoken", "transposed", "address", "cue-name", "crm", "controls")
ALIASES = {"DOB": "DATE_OF_BIRTH", "PC": "POSTCODE", "ADDR": "ADDRESS", "IL": "IL_ID"}
_MARK = re.compile(r"\{([A-Za-z_]+)(?:#([a-z+-]+))?:([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class Gold:
    turn: int
    kind: str
    start: int
    end: int
    surface: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dialogue:
    name: str
    lang: str
    category: str
    turns: tuple[tuple[str, str], ...]  # (speaker, text): "agent" or "customer"
    gold: tuple[Gold, ...]
    keep: tuple[tuple[int, str], ...]  # (turn, look-alike)
    crm: dict[str, Any] = field(default_factory=dict)
    secret: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()


def dialogue(name: str, lang: str, category: str, *lines: str, crm: dict[str, Any] | None = None,
              secret: tuple[str, ...] = (), shown: tuple[str, ...] = ()) -> Dialogue:
    turns, gold, keep = [], [], []
    for index, line in enumerate(lines):
        who, _, marked = line.partition(": ")
        speaker = {"A": "agent", "C": "customer"}[who]
        text, last = "", 0
        for match in _MARK.finditer(marked):
            text += marked[last:match.start()]
            kind, cats, surface = match.group(1), match.group(2), match.group(3)
            if kind == "keep":
                keep.append((index, surface))
            else:
                categories = tuple(cats.split("+")) if cats else (category,)
                gold.append(Gold(index, ALIASES.get(kind, kind), len(text), len(text) + len(surface), surface,
                                 categories))
            text += surface
            last = match.end()
        turns.append((speaker, text + marked[last:]))
    return Dialogue(name, lang, category, tuple(turns), tuple(gold), tuple(keep), crm or {}, secret, shown)


B, S, SP, T, AD, CN, CR, K = CATEGORIES
