"""What every suggestion engine offers the session: a name and a ``suggest`` call."""

from __future__ import annotations

from typing import Protocol

from copilot.errors import KnownError
from copilot.model import Conversation, Suggestion, Utterance


class EngineError(KnownError):
    """An engine could not produce suggestions; the conversation goes on without them."""


class Engine(Protocol):
    name: str

    def opening(self, conversation: Conversation) -> list[Suggestion]:
        """Suggestions for the start of a conversation, before anyone spoke."""
        ...

    def observe(self, conversation: Conversation, utterance: Utterance) -> None:
        """Take note of a line that gets no suggestions of its own (a newer one superseded it),
        such as an agent's question that settles a reminder."""
        ...

    def suggest(self, conversation: Conversation, utterance: Utterance) -> list[Suggestion]:
        """Ranked suggestions after ``utterance`` (already added to ``conversation``)."""
        ...

    def restate(self, suggestion: Suggestion, conversation: Conversation) -> tuple[str, str, str] | None:
        """(text, title, lang) of a shown card in the customer's current language, or ``None``."""
        ...
