"""Reading transcripts: JSON lines or plain ``Speaker: text`` lines, in four languages.

Used by ``copilot suggest``, the demo and (later) the live sources. A malformed line is an
``InputError`` naming the file and the line, never a silently skipped turn.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copilot.errors import InputError
from copilot.live.protocol import ProtocolError, check_context_size
from copilot.model import Speaker
from copilot.text.clean import clean_text
from copilot.text.documents import MAX_TEXT, TRANSCRIPT_LIMIT, json_loads, read_text

SPEAKER_LABELS: dict[str, Speaker] = {
    label.casefold(): speaker
    for speaker, labels in {
        Speaker.CUSTOMER: ["customer", "caller", "client", "klant", "beller", "cliente", "לקוח", "לקוחה",
                           "user", "u"],
        Speaker.AGENT: ["agent", "medewerker", "conseiller", "conseillère", "conseillere", "נציג",
                        "נציגה", "operator", "s", "support"],
    }.items()
    for label in labels
}
_PLAIN = re.compile(r"^\s*([^:：]{1,40}?)\s*[:：]\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Line:
    speaker: Speaker
    text: str
    ts: float | None = None
    lang: str | None = None


def speaker_from_label(label: str) -> Speaker | None:
    return SPEAKER_LABELS.get(label.strip().casefold())


def split_labelled(text: str) -> tuple[Speaker, str] | None:
    """``"Klant: te duur"`` -> (customer, "te duur"); ``None`` when there is no known label."""
    match = _PLAIN.match(text)
    if match:
        speaker = speaker_from_label(match.group(1))
        if speaker is not None:
            return speaker, match.group(2).strip()
    return None


def parse_json_line(raw: str, source: str, number: int) -> Line:
    try:
        record = json_loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", source=source, line=number) from None
    if not isinstance(record, dict):
        raise InputError("each JSON line must be an object with speaker and text", source=source, line=number)
    speaker = record.get("speaker")
    resolved = speaker_from_label(speaker) if isinstance(speaker, str) else None
    if resolved is None:
        raise InputError(f"'speaker' must be \"customer\" or \"agent\", got {speaker!r}", source=source,
                         line=number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {type(text).__name__}", source=source, line=number)
    ts = record.get("ts")
    if ts is not None and (not isinstance(ts, int | float) or isinstance(ts, bool)):
        raise InputError("'ts' must be a number of seconds", source=source, line=number)
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise InputError("'lang' must be a language code such as \"nl\"", source=source, line=number)
    return Line(resolved, clean_text(_held(text, source, number)), float(ts) if ts is not None else None, lang)


def _held(text: str, source: str, number: int) -> str:
    """A line's text, held to the limit every live source holds one line to: a runaway line of megabytes would
    keep the engine busy for seconds (it reads each line whole) where the panel cuts and the local API refuses it."""
    if len(text) > MAX_TEXT:
        raise InputError(f"the text is longer than {MAX_TEXT} characters, the most one line may hold",
                         source=source, line=number)
    return text


def parse_lines(lines: Iterable[str], source: str = "<input>") -> Iterator[Line]:
    """Each non-empty line as JSON (when it starts with ``{``) or as ``Speaker: text``."""
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip().lstrip("\ufeff")
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("{"):
            yield parse_json_line(stripped, source, number)
            continue
        labelled = split_labelled(stripped)
        if labelled is None:
            raise InputError(
                "expected 'Speaker: text' (Customer/Klant/Client/לקוח or Agent/Medewerker/Conseiller/נציג) "
                "or a JSON object",
                source=source, line=number,
            )
        yield Line(labelled[0], clean_text(_held(labelled[1], source, number)))


def split_lines(content: str) -> list[str]:
    """Lines at newlines only: ``str.splitlines`` also breaks at U+2028 and U+0085, which JSON
    allows unescaped inside a string."""
    return [line.removesuffix("\r") for line in content.split("\n")]


def read_stdin_transcript() -> list[Line]:
    """A transcript piped in (``copilot suggest -``), held to the same size limit as a file."""
    content = sys.stdin.read(TRANSCRIPT_LIMIT + 1)
    if len(content) > TRANSCRIPT_LIMIT:
        raise InputError(f"more than {TRANSCRIPT_LIMIT // (1024 * 1024)} MB, the most a transcript may hold",
                         source="<stdin>")
    return list(parse_lines(split_lines(content), "<stdin>"))


def read_transcript(path: str | Path) -> list[Line]:
    path = Path(path)
    try:
        content = read_text(path, TRANSCRIPT_LIMIT)
    except UnicodeDecodeError:
        raise InputError("the file is not UTF-8 text", source=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the transcript ({exc.strerror or exc})", source=str(path)) from None
    return list(parse_lines(split_lines(content), str(path)))


def read_context(path: str | Path) -> dict[str, Any]:
    """A customer context JSON file (``{"customer": {...}, "offer": {...}}``)."""
    path = Path(path)
    try:
        data = json_loads(read_text(path, TRANSCRIPT_LIMIT))
    except OSError as exc:
        raise InputError(f"cannot read the context ({exc.strerror or exc})", source=str(path)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid JSON ({exc})", source=str(path)) from None
    if not isinstance(data, dict):
        raise InputError("the context must be a JSON object such as {\"customer\": {...}}", source=str(path))
    try:
        check_context_size(data, "context")  # the limits a context sent to the local API is held to
    except ProtocolError as exc:
        raise InputError(str(exc), source=str(path)) from None
    return data
