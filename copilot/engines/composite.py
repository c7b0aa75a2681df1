"""Several local engines as one: the playbook and the knowledge base answer the same utterance.

Their suggestions are pooled and ranked together, so one board shows objections and knowledge
answers side by side. Each engine's own failure stays its own: a broken knowledge base does not
silence the playbook.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from copilot.engines.base import Engine
from copilot.model import Conversation, Suggestion, Utterance
from copilot.ranking import ordered

log = logging.getLogger("copilot.engines")


class CompositeEngine:
    def __init__(self, engines: Sequence[Engine]) -> None:
        self.engines = list(engines)
        self.name = "+".join(engine.name for engine in self.engines)
        self.failures: dict[str, int] = {}

    def _each(self, call: str, *args: object) -> list[Suggestion]:
        found: list[Suggestion] = []
        errors = []
        for engine in self.engines:
            try:
                found.extend(getattr(engine, call)(*args) or [])
            except Exception as exc:  # one engine's fault must not take the others down
                self.failures[engine.name] = self.failures.get(engine.name, 0) + 1
                log.exception("engine %s failed", engine.name)
                errors.append(exc)
        if errors and len(errors) == len(self.engines):
            raise errors[0]
        return ordered(found)

    def opening(self, conversation: Conversation) -> list[Suggestion]:
        return self._each("opening", conversation)

    def suggest(self, conversation: Conversation, utterance: Utterance) -> list[Suggestion]:
        return self._each("suggest", conversation, utterance)

    def observe(self, conversation: Conversation, utterance: Utterance) -> None:
        for engine in self.engines:
            engine.observe(conversation, utterance)

    def restate(self, suggestion: Suggestion, conversation: Conversation) -> tuple[str, str, str] | None:
        for engine in self.engines:
            if suggestion.engine == engine.name:
                return engine.restate(suggestion, conversation)
        return None
