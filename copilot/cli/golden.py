"""A team lead's golden set: transcripts with the cards expected at given turns (format in docs/evaluation.md).

One JSON object per line, one transcript each::

    {"id": "refund-1", "channel": "chat", "language": "en", "context": {"customer": {"first_name": "Anna"}},
     "opening": [],
     "turns": [{"speaker": "customer", "text": "I don't want it anymore, can I send it back?",
                "expect": ["reply.return_refund", "kb:returns-policy"]},
               {"speaker": "agent", "text": "Of course."}]}

``expect`` lists playbook entry ids and ``kb:<article id>``; a turn without it expects no card, and so does the
start of the conversation unless ``opening`` says otherwise. Every mistake is named with the file, the line and
the field, and all of them are reported at once, so a team lead fixes the file in one go. No Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copilot.errors import InputError
from copilot.model import Speaker
from copilot.playbook.file import CHANNELS
from copilot.sources.transcript import speaker_from_label
from copilot.text.documents import MAX_TEXT, TRANSCRIPT_LIMIT, json_loads, read_text

FIELDS = frozenset({"id", "channel", "language", "context", "opening", "turns"})
TURN_FIELDS = frozenset({"speaker", "text", "expect", "lang"})
_EXPECTED = re.compile(r"^(kb:.+|[A-Za-z0-9][A-Za-z0-9._-]*)$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
MAX_REPORTED = 20  # bad lines named before the rest are summed up


class GoldenError(InputError):
    """A golden set that cannot be scored; the message names every bad line (file, line, field)."""


@dataclass(frozen=True, slots=True)
class GoldenTurn:
    speaker: Speaker
    text: str
    expect: frozenset[str] = frozenset()
    lang: str | None = None


@dataclass(slots=True)
class Transcript:
    id: str
    line: int  # where it is in the file, for messages
    turns: list[GoldenTurn]
    channel: str | None = None
    language: str | None = None
    context: Mapping[str, Any] = field(default_factory=dict)
    opening: frozenset[str] = frozenset()

    def expected(self) -> set[str]:
        return set(self.opening).union(*(turn.expect for turn in self.turns))


def read_golden(path: str | Path) -> list[Transcript]:
    """Every transcript of the file; ``GoldenError`` naming each bad line when there is any."""
    path = Path(path)
    try:
        text = read_text(path, TRANSCRIPT_LIMIT, "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldenError("the file is not UTF-8 text", source=str(path)) from exc
    except OSError as exc:
        raise GoldenError(f"cannot read the golden set ({exc.strerror or exc})", source=str(path)) from exc
    transcripts: list[Transcript] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            transcript = parse_transcript(raw, number)
            if transcript.id in seen:
                raise _Bad("id", f"{transcript.id!r} is used twice (first on line {seen[transcript.id]})")
            seen[transcript.id] = number
            transcripts.append(transcript)
        except _Bad as bad:
            problems.append(f"{path}:{number}: {bad}")
    if problems:
        shown = problems[:MAX_REPORTED]
        if len(problems) > MAX_REPORTED:
            shown.append(f"... and {len(problems) - MAX_REPORTED} more bad lines")
        raise GoldenError("\n".join(shown))
    if not transcripts:
        raise GoldenError("no transcripts: write one JSON object per line (see docs/evaluation.md)", source=str(path))
    return transcripts


class _Bad(Exception):
    """One mistake in one line: the field and what is wrong with it."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"field '{where}': {message}" if where else message)


def parse_transcript(raw: str, number: int) -> Transcript:
    try:
        data = json_loads(raw)
    except json.JSONDecodeError as exc:
        raise _Bad("", f"not valid JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(data, dict):
        raise _Bad("", "each line must be a JSON object with 'turns'")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise _Bad(unknown[0], f"unknown field (known: {', '.join(sorted(FIELDS))})")
    ident = data.get("id", f"line {number}")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or not str(ident).strip():
        raise _Bad("id", "must be a name or a number")
    channel = data.get("channel")
    if channel is not None and channel not in CHANNELS:
        raise _Bad("channel", f"{channel!r} is not one of {', '.join(CHANNELS)}")
    language = data.get("language")
    if language is not None and (not isinstance(language, str) or not _LANG.match(language)):
        raise _Bad("language", "must be a language code such as \"nl\"")
    context = data.get("context", {})
    if not isinstance(context, dict):
        raise _Bad("context", "must be an object (the customer context, as the CRM gives it)")
    turns = data.get("turns")
    if not isinstance(turns, list) or not turns:
        raise _Bad("turns", "required: a list of turns, each with speaker and text")
    return Transcript(str(ident).strip(), number, [_turn(turn, i) for i, turn in enumerate(turns)],
                      channel, language, context, _expect(data.get("opening", []), "opening"))


def _turn(raw: Any, index: int) -> GoldenTurn:
    where = f"turns[{index}]"
    if not isinstance(raw, dict):
        raise _Bad(where, "must be an object with speaker and text")
    unknown = sorted(set(raw) - TURN_FIELDS)
    if unknown:
        raise _Bad(f"{where}.{unknown[0]}", f"unknown field (known: {', '.join(sorted(TURN_FIELDS))})")
    speaker = speaker_from_label(raw["speaker"]) if isinstance(raw.get("speaker"), str) else None
    if speaker is None:
        raise _Bad(f"{where}.speaker", f"must be \"customer\" or \"agent\", got {raw.get('speaker')!r}")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Bad(f"{where}.text", "must be the words said, as text")
    if len(text) > MAX_TEXT:
        raise _Bad(f"{where}.text", f"is longer than {MAX_TEXT} characters, the most one line may hold")
    lang = raw.get("lang")
    if lang is not None and (not isinstance(lang, str) or not _LANG.match(lang)):
        raise _Bad(f"{where}.lang", "must be a language code such as \"nl\"")
    return GoldenTurn(speaker, text.strip(), _expect(raw.get("expect", []), f"{where}.expect"), lang)


def _expect(raw: Any, where: str) -> frozenset[str]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise _Bad(where, "must be a list of entry ids and kb:<article id>, e.g. [\"objection.price\"]")
    for item in raw:
        if not _EXPECTED.match(item.strip()):
            raise _Bad(where, f"{item!r} is neither an entry id nor kb:<article id>")
    return frozenset(item.strip() for item in raw)
