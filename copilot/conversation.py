"""One conversation as the engines see it: what was said, in which language, and what was shown.

The session records utterances and shown cards into it; engines read it (the playbook engine also
notes which reminders the agent already took care of), so the same engine gives the same answers in
the panel, the headless CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from copilot.language import detect_with_confidence
from copilot.model import Speaker, Utterance


@dataclass(slots=True)
class Conversation:
    context: Mapping[str, Any] = field(default_factory=dict)
    language: str | None = None  # the customer's language as last detected
    default_language: str = "en"
    utterances: list[Utterance] = field(default_factory=list)
    last_shown: dict[str, int] = field(default_factory=dict)  # entry id -> utterance index
    done: set[str] = field(default_factory=set)  # entries the agent already took care of
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
