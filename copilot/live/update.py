"""What one call to the desk changed, for the panel to draw once: tabs, lines, boards, moods, wrap-ups, events,
and the work to start. The desk returns one; the panel's controller renders it; updates that pile up while the
UI thread is busy merge into one, the later winning where two disagree."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from copilot.live.conversation import AiRequest, Board, EngineJob, LiveConversation
from copilot.live.mood import Mood

if TYPE_CHECKING:
    from copilot.model import Decision, Utterance


@dataclass(slots=True)
class Update:
    """What changed, for the panel to draw once: tabs, lines, boards, moods, events, and work to start."""

    opened: list[LiveConversation] = field(default_factory=list)
    ended: list[LiveConversation] = field(default_factory=list)
    closed: list[LiveConversation] = field(default_factory=list)
    show: LiveConversation | None = None  # the panel now shows this conversation: redraw all of it
    lines: list[tuple[LiveConversation, Utterance]] = field(default_factory=list)
    provisional: list[LiveConversation] = field(default_factory=list)  # their provisional lines changed
    boards: dict[str, Board] = field(default_factory=dict)  # conversation id -> its board now
    moods: dict[str, Mood] = field(default_factory=dict)  # conversation id -> the customer's mood now
    wrapups: list[LiveConversation] = field(default_factory=list)  # their wrap-up draft changed: draw it
    wrapup_ai: list[LiveConversation] = field(default_factory=list)  # ask the model for their wrap-up, on a worker
    news: list[LiveConversation] = field(default_factory=list)  # something new where the agent is not looking
    events: list[dict[str, Any]] = field(default_factory=list)  # for integrated CRMs (the WebSocket)
    jobs: list[EngineJob] = field(default_factory=list)  # engine work to start now
    gather: list[LiveConversation] = field(default_factory=list)  # lines keep coming: next job after a pause
    ai: list[AiRequest] = field(default_factory=list)  # AI requests to start (each knows its pause)
    applied: list[int] = field(default_factory=list)  # lines whose suggestions reached a board
    decision: Decision | None = None
    toast: str | None = None
    error: str | None = None  # suggestions paused: why
    clear_error: bool = False
    ai_problem: tuple[str, str] | None = None  # AI drafts unavailable: (calm message, reason)
    ai_recovered: bool = False
    stats: bool = False  # the counts or the AI tokens changed

    def merge(self, other: Update) -> Update:
        """``other`` happened after this: where the two disagree, ``other`` wins (suggestions flowing again clear
        an earlier failure, a recovered model an earlier problem)."""
        for name in ("opened", "ended", "closed", "lines", "provisional", "news", "events", "jobs", "gather",
                     "ai", "applied", "wrapups", "wrapup_ai"):
            items = getattr(other, name)
            if items:
                getattr(self, name).extend(items)
        if other.boards:
            self.boards.update(other.boards)
        if other.moods:
            self.moods.update(other.moods)
        if other.clear_error:
            self.error = None
        if other.ai_recovered:
            self.ai_problem = None
        for name in ("show", "decision", "toast", "error", "ai_problem"):
            if getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))
        self.clear_error = self.clear_error or other.clear_error
        self.ai_recovered = self.ai_recovered or other.ai_recovered
        self.stats = self.stats or other.stats
        return self
