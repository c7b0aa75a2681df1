"""The messages every live source speaks: the local API, its WebSocket, stdin and followed files.

One validator for all of them, so anything an integration can post it can also pipe, and every
mistake is answered the same way: a ``ProtocolError`` that names the field.

    {"type": "utterance", "session": "call-1", "speaker": "customer", "text": "...",
     "final": true, "utterance_id": "u7", "ts": 12.5, "channel": "phone", "lang": "nl"}
    {"type": "context", "session": "call-1", "context": {"customer": {...}, "offer": {...}}}
    {"type": "end", "session": "call-1"}
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from copilot.errors import InputError
from copilot.text.clean import clean_text
from copilot.text.documents import LAST_MOMENT, MAX_TEXT

CHANNELS = ("phone", "chat", "whatsapp", "email")
SPEAKERS = ("customer", "agent")
# A CRM context is a few levels of objects (customer, offer, products); anything far deeper or bigger is a
# mistake or an attack, and a structure nested hundreds deep breaks whatever walks it later (pickling,
# printing), so it is refused here, at the door, with the limit named.
MAX_DEPTH = 12  # levels of objects and lists inside a context
MAX_ITEMS = 2_000  # values in a whole context, every level counted
MAX_VALUE = 4_000  # characters in one text value of a context (a field, not an utterance)
MAX_KEY = 128  # characters in one field name
_SESSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}")
_LANG = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2,4})?")
_UTTERANCE_FIELDS = {"type", "session", "speaker", "text", "final", "utterance_id", "ts", "channel", "lang"}


class ProtocolError(InputError):
    """A message that cannot be used; ``field`` names the culprit for the client."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"'{field_name}': {message}")
        self.field = field_name


@dataclass(frozen=True, slots=True)
class UtteranceMessage:
    session: str
    speaker: str
    text: str
    final: bool = True
    utterance_id: str | None = None
    ts: float | None = None
    channel: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class ContextMessage:
    session: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EndMessage:
    session: str
    outcome: str | None = None  # resolved, escalated, sale, callback, ... as the CRM names it
    tags: tuple[str, ...] = ()


Message = UtteranceMessage | ContextMessage | EndMessage


def parse_message(data: Any, *, kind: str | None = None, session: str | None = None) -> Message:
    """Validate one decoded JSON message; ``kind`` and ``session`` come from the URL when posted."""
    if not isinstance(data, Mapping):
        raise ProtocolError("body", "must be a JSON object")
    kind = kind or data.get("type", "utterance")
    if kind not in ("utterance", "context", "end"):
        raise ProtocolError("type", "must be utterance, context or end")  # the value is not echoed: it may be text
    session_id = session if session is not None else data.get("session")
    if not isinstance(session_id, str) or not _SESSION.fullmatch(session_id):
        raise ProtocolError("session", "required: 1-128 letters, digits or . _ : @ - (starting with a letter or digit)")
    if kind == "end":
        return _end(data, session_id)
    if kind == "context":
        context = data.get("context", {k: v for k, v in data.items() if k not in ("type", "session")})
        if not isinstance(context, Mapping):
            raise ProtocolError("context", "must be an object such as {\"customer\": {...}}")
        check_context_size(context, "context")
        customer = context.get("customer", {})
        if not isinstance(customer, Mapping):
            raise ProtocolError("context.customer", "must be an object")
        return ContextMessage(session_id, dict(context))
    return _utterance(data, session_id)


def check_context_size(value: Any, where: str) -> None:
    """Walk the context without recursion (so no depth can overflow the walk itself) and refuse what is
    nested too deep, holds too many values, or carries a field or text too long, naming the place."""
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    items = 0
    while stack:
        node, path, depth = stack.pop()
        items += 1
        if items > MAX_ITEMS:
            raise ProtocolError(where, f"holds more than {MAX_ITEMS} values")
        if isinstance(node, Mapping):
            if depth >= MAX_DEPTH:
                raise ProtocolError(path, f"is nested deeper than {MAX_DEPTH} levels")
            for key, child in node.items():
                if len(str(key)) > MAX_KEY:
                    raise ProtocolError(path, f"has a field name longer than {MAX_KEY} characters")
                stack.append((child, f"{path}.{key}", depth + 1))
        elif isinstance(node, list):
            if depth >= MAX_DEPTH:
                raise ProtocolError(path, f"is nested deeper than {MAX_DEPTH} levels")
            stack.extend((child, f"{path}[{n}]", depth + 1) for n, child in enumerate(node))
        elif isinstance(node, str) and len(node) > MAX_VALUE:
            raise ProtocolError(path, f"is longer than {MAX_VALUE} characters")


def _end(data: Mapping[str, Any], session_id: str) -> EndMessage:
    outcome = data.get("outcome")
    if outcome is not None and (not isinstance(outcome, str) or not 0 < len(outcome) <= 64):
        raise ProtocolError("outcome", "must be a short text such as \"resolved\" (1-64 characters)")
    tags = data.get("tags", [])
    if not isinstance(tags, list) or len(tags) > 20 or not all(isinstance(t, str) and 0 < len(t) <= 64 for t in tags):
        raise ProtocolError("tags", "must be a list of up to 20 short texts")
    return EndMessage(session_id, outcome, tuple(tags))


def _seconds(value: Any) -> float | None:
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ProtocolError("ts", "must be a number of seconds")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds):
        raise ProtocolError("ts", "must be a finite number of seconds")
    if abs(seconds) > LAST_MOMENT:  # stored with the line, it made the session's export refused on import
        raise ProtocolError("ts", f"must be a number of seconds no larger than {LAST_MOMENT:.0f} (the year 9999)")
    return seconds


def _utterance(data: Mapping[str, Any], session_id: str) -> UtteranceMessage:
    unknown = sorted(set(data) - _UTTERANCE_FIELDS)
    if unknown:
        raise ProtocolError(unknown[0], f"unknown field (known: {', '.join(sorted(_UTTERANCE_FIELDS))})")
    speaker = data.get("speaker")
    if speaker not in SPEAKERS:
        raise ProtocolError("speaker", "must be \"customer\" or \"agent\"")  # not echoed, as above
    text = data.get("text")
    if not isinstance(text, str):
        raise ProtocolError("text", f"must be a string, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise ProtocolError("text", f"longer than {MAX_TEXT} characters")
    final = data.get("final", True)
    if not isinstance(final, bool):
        raise ProtocolError("final", "must be true or false")
    utterance_id = data.get("utterance_id")
    if utterance_id is not None and (not isinstance(utterance_id, str | int) or isinstance(utterance_id, bool)
                                     or not str(utterance_id) or len(str(utterance_id)) > 128):
        raise ProtocolError("utterance_id", "must be a string or number of at most 128 characters")
    ts = _seconds(data.get("ts"))
    channel = data.get("channel")
    if channel is not None and channel not in CHANNELS:
        raise ProtocolError("channel", f"must be one of {', '.join(CHANNELS)}")
    lang = data.get("lang")
    if lang is not None and (not isinstance(lang, str) or not _LANG.fullmatch(lang)):
        raise ProtocolError("lang", "must be a language code such as \"nl\" or \"he\"")
    return UtteranceMessage(
        session=session_id,
        speaker=speaker,
        text=clean_text(text),
        final=final,
        utterance_id=None if utterance_id is None else str(utterance_id),
        ts=ts,
        channel=channel,
        lang=lang,
    )
