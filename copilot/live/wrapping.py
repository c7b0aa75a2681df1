"""A live conversation's wrap-up: drafted while the call runs, ready when it ends, approved by the agent.

The conversation owns one ``CallWrapup``. It reads the call's lines as the engine lane takes them (never on the
source's thread), catches up with whatever is left when the call ends, and hands the desk a draft at once: the
local, extractive one. A model's version may follow; it replaces the draft only while the agent has not
touched it. Approval turns the draft into the record's final text, with the edit distance and the time from the
end of the call (the after-call work). Qt-free, like the rest of the live layer; the desk holds the lock.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from copilot.model import Utterance
from copilot.text.words import levenshtein

if TYPE_CHECKING:  # the wrap-up's modules load with the first conversation, after the panel's first paint
    from copilot.wrapup import DispositionIndex, WrapupBuilder, WrapupDraft


@dataclass(eq=False)
class CallWrapup:
    builder: WrapupBuilder
    fed: int = 0  # the call's lines read so far
    draft: WrapupDraft | None = None  # set when the call ended
    ended_at: float | None = None  # wall clock
    edited_text: str | None = None  # the agent's unfinished edit: a late AI draft leaves it alone
    approved: dict[str, Any] | None = None  # what was recorded on approval
    ai_asked: bool = False

    @classmethod
    def new(cls, index: DispositionIndex, default_language: str = "en") -> CallWrapup:
        from copilot.wrapup import WrapupBuilder

        return cls(WrapupBuilder(index, call_date=date.today(), default_language=default_language))

    def read(self, utterances: Sequence[Utterance]) -> None:
        """Take the call's lines not read yet (``utterances`` is the whole call so far)."""
        for utterance in utterances[self.fed:]:
            self.builder.add(utterance)
        self.fed = max(self.fed, len(utterances))

    def note_ai_text_reached_customer(self) -> None:
        self.builder.note_ai_text_reached_customer()

    def finish(self, utterances: Sequence[Utterance], ended_at: float | None = None) -> WrapupDraft | None:
        """The call ended: the draft from every line, or None when nobody said anything."""
        self.read(utterances)
        if self.draft is None and self.fed:
            self.ended_at = ended_at if ended_at is not None else time.time()
            self.draft = self.builder.draft()
        return self.draft

    def offer_ai(self, draft: WrapupDraft) -> bool:
        """A model's draft arrived: it replaces the local one unless the agent already edited or approved it."""
        if self.draft is None or self.edited_text is not None or self.approved is not None:
            return False
        self.draft = draft  # a local draft that failed over says why the model's was not used
        return True

    def approve(self, text: str, codes: Sequence[str] | None, delivered: str, now: float | None = None
                ) -> dict[str, Any]:
        """What the agent approved, as the record keeps it."""
        assert self.draft is not None, "nothing to approve before the call ends"
        now = now if now is not None else time.time()
        fields = self.draft.as_fields()
        chosen = fields.get("dispositions") or []
        if codes is not None:
            chosen = [item for item in chosen if item.get("code") in set(codes)]
        drafted_text = self.draft.as_text()
        self.approved = {
            "final": {**fields, "dispositions": chosen, "text": text},
            "final_text": text, "edit_distance": levenshtein(drafted_text, text),
            "approved_at": now, "after_call_ms": max(0.0, (now - (self.ended_at or now)) * 1000),
            "delivered": delivered,
        }
        return self.approved

    def drafted_row(self) -> dict[str, Any]:
        """The draft as the record keeps it."""
        assert self.draft is not None
        return {"lang": self.draft.language, "drafted_by": self.draft.drafted_by, "draft": self.draft.as_fields(),
                "draft_text": self.draft.as_text(), "drafted_at": time.time(), "ended_at": self.ended_at,
                "note": self.draft.fallback_reason}
