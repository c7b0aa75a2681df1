"""One conversation as the engines see it: what was said, in which language, and what was shown.

The session records utterances and shown cards into it; engines read it (the playbook engine also
notes which reminders the agent already took care of), so the same engine gives the same answers in
the panel, the headless CLI and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from copilot.language import detect
from copilot.model import Speaker, Utterance


@dataclass(slots=True)
class Conversation:
    context: Mapping[str, Any] = field(default_factory=dict)
    language: str | None = None  # the customer's language as last detected
    default_language: str = "en"
    utterances: list[Utterance] = field(default_factory=list)
    last_shown: dict[str, int] = field(default_factory=dict)  # entry id -> utterance index
    done: set[str] = field(default_factory=set)  # entries the agent already took care of
    started: bool = False

    @property
    def customer_language(self) -> str:
        return self.language or self.default_language

    def add(self, utterance: Utterance) -> Utterance:
        """Number the utterance, detect its language, and follow the customer's language."""
        utterance.index = len(self.utterances)
        if utterance.lang is None:
            utterance.lang = detect(utterance.text)
        if utterance.speaker is Speaker.CUSTOMER and utterance.lang:
            self.language = utterance.lang
        elif self.language is None and utterance.lang:
            # Until the customer speaks, the agent's greeting tells the likely language.
            self.default_language = utterance.lang
        self.utterances.append(utterance)
        return utterance

    def mark_shown(self, entry_id: str, utterance_index: int) -> None:
        self.last_shown[entry_id] = utterance_index

    @property
    def current_index(self) -> int:
        return len(self.utterances) - 1
