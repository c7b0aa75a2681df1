"""A live call as a supervisor follows it, folded from the events its desk publishes, and the alerts it raises.

Everything a supervisor's screen shows about a call is derived here from the ordered events
(``copilot.central.live``), so the window only draws: who takes it and for how long, the customer's mood and its
trend, the escalation cards raised and whether the agent acted on them, the silence now and the long ones before,
the transcript and cards as they came. Alerts are the few things worth a supervisor's attention *now*, each with
a calm sentence: an escalation unhandled for ``escalation_s``, a sharp fall of the mood, a silence longer than
``silence_s``. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from copilot.text.i18n import translate

HANDLED = frozenset({"inserted", "edited", "discarded"})


@dataclass(frozen=True, slots=True)
class AlertRules:
    escalation_s: float = 30.0  # an escalation card up this long without the agent acting on it
    mood_drop: float = 0.4  # the mood's level falling this much within the last two readings
    silence_s: float = 30.0  # nobody has said anything on a running call for this long


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # "escalation", "mood" or "silence"
    text: str  # for the supervisor, in their language


@dataclass(slots=True)
class LiveCall:
    id: str
    agent: str | None
    team: str | None
    channel: str | None
    started_at: float
    desk: str = ""
    ended_at: float | None = None
    last_seq: int = 0
    redacted: bool = False
    lines: list[dict[str, Any]] = field(default_factory=list)  # {"speaker", "text", "at"}
    cards: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> {"kind", "title", "state", ...}
    feed: list[dict[str, Any]] = field(default_factory=list)  # lines, cards and notes in the order they came
    moods: list[dict[str, Any]] = field(default_factory=list)  # {"level", "trend", "tone", "at"}
    silences: list[float] = field(default_factory=list)  # long pauses the call had, in seconds
    last_line_at: float | None = None

    @property
    def ended(self) -> bool:
        return self.ended_at is not None

    def fold(self, seq: int, kind: str, at: float, data: dict[str, Any]) -> None:
        """One event, in order; an event already folded (a repeated fetch) changes nothing."""
        if seq <= self.last_seq:
            return
        self.last_seq = seq
        if kind == "started":
            self.agent = data.get("agent") or self.agent
            self.team = data.get("team") or self.team
            self.channel = data.get("channel") or self.channel
            self.redacted = bool(data.get("redacted"))
        elif kind == "line":
            line = {"speaker": data.get("speaker"), "text": data.get("text") or "", "at": at}
            self.lines.append(line)
            self.feed.append({"type": "line", **line})
            self.last_line_at = at
        elif kind == "card":
            card = self.cards.setdefault(str(data.get("id")), {"shown_at": at})
            card.update(kind=data.get("kind"), title=data.get("title") or "", state=data.get("state"),
                        escalation=bool(data.get("escalation")))
            if data.get("state") != "shown":
                card["decided_at"] = at
            self.feed.append({"type": "card", "at": at, **card})
        elif kind == "mood":
            self.moods.append({**data, "at": at})
        elif kind == "silence":
            self.silences.append(float(data.get("seconds") or 0))
        elif kind == "ended":
            self.ended_at = at

    def duration(self, now: float) -> float:
        return max(0.0, (self.ended_at or now) - self.started_at)

    @property
    def mood(self) -> dict[str, Any] | None:
        return self.moods[-1] if self.moods else None

    def mood_fall(self) -> float:
        """How far the mood's level fell between the last two readings (0 when it did not fall)."""
        if len(self.moods) < 2:
            return 0.0
        return max(0.0, float(self.moods[-2]["level"]) - float(self.moods[-1]["level"]))

    @property
    def escalations(self) -> list[dict[str, Any]]:
        return [c for c in self.cards.values() if c.get("escalation")]

    def escalation_counts(self) -> tuple[int, int]:
        """(raised, handled): handled means the agent used or discarded the card, not that it expired."""
        raised = self.escalations
        return len(raised), sum(1 for c in raised if c.get("state") in HANDLED)

    def waiting_escalations(self, now: float) -> list[tuple[str, float]]:
        """Escalation cards still up, with how long they have been: (title, seconds)."""
        return [(str(c.get("title") or ""), now - float(c["shown_at"])) for c in self.escalations
                if c.get("state") == "shown"]

    def silent_for(self, now: float) -> float:
        if self.ended or self.last_line_at is None:
            return 0.0
        return max(0.0, now - self.last_line_at)

    def alerts(self, now: float, rules: AlertRules) -> list[Alert]:
        if self.ended:
            return []
        found = []
        waited = [(t, s) for t, s in self.waiting_escalations(now) if s >= rules.escalation_s]
        if waited:
            title, seconds = max(waited, key=lambda w: w[1])
            found.append(Alert("escalation", translate("Supervise", "Escalation “{title}” waiting for {s} s").format(
                title=title, s=int(seconds))))
        if self.mood_fall() >= rules.mood_drop:
            found.append(Alert("mood", translate("Supervise", "The customer's mood dropped sharply")))
        silent = self.silent_for(now)
        if silent >= rules.silence_s:
            found.append(Alert("silence", translate("Supervise", "Silent for {s} s").format(s=int(silent))))
        return found
