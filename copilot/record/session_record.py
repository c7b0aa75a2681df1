"""One recorded session as a trainer replays it: turns, cards, decisions, boards, notes, scorecard, and
the AI drafts held back before they could become cards.

Times on the timeline are seconds from the session's start (``offset``). ``board_at`` answers "which
cards did the agent see at this moment, in which order", from the board snapshots the session
recorded each time its cards changed. Sessions recorded before snapshots existed fall back to the
cards that were up (shown and not yet decided), newest first. No Qt here.
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from copilot.errors import KnownError
from copilot.text.documents import json_loads
from copilot.text.i18n import translate

DECISIONS = ("inserted", "edited", "discarded", "expired")


def clock(seconds: float) -> str:
    """Seconds into the call as the replay, reports and scorecards show them: 0:04, 12:30, 1:02:03."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class RecordNotFound(KnownError):
    """No session with that id in the database."""


@dataclass(slots=True)
class Turn:
    index: int
    speaker: str  # customer or agent
    text: str
    lang: str | None
    offset: float  # seconds from the session's start


@dataclass(slots=True)
class CardDecision:
    action: str  # inserted, edited, discarded, expired
    offset: float
    final_text: str | None = None
    edit_distance: int | None = None
    reason: str | None = None
    time_to_decision_ms: float | None = None


@dataclass(slots=True)
class Card:
    id: str
    utterance_idx: int
    kind: str
    entry_id: str
    title: str
    text: str
    rationale: str
    lang: str
    engine: str
    ai_generated: bool
    score: float
    offset: float | None  # when it was shown, None if it never was
    latency_ms: float | None
    card_ms: float | None
    decision: CardDecision | None = None
    experiment: str | None = None  # the guidance experiment the card counted for, and the arm whose wording it had
    arm: str | None = None

    @property
    def source_label(self) -> str:
        if self.ai_generated:
            return "AI draft"
        return "Knowledge" if self.engine == "knowledge" else "Playbook"


@dataclass(slots=True)
class WrapupRecord:
    """The call's wrap-up: the draft the panel had ready at the end, and what the agent approved of it."""

    lang: str
    drafted_by: str  # "local" or "ai"
    draft: dict[str, Any]  # the draft's fields (reason, actions, follow-ups, dispositions, mood ...)
    draft_text: str
    final: dict[str, Any] | None = None  # None until the agent approved it
    final_text: str | None = None
    edit_distance: int | None = None
    after_call_ms: float | None = None  # from the end of the call to the approval: the after-call work
    delivered: str | None = None  # "clipboard" or "crm"
    note: str | None = None  # why the AI draft was not used, when it was asked for and failed

    @property
    def approved(self) -> bool:
        return self.final_text is not None

    @property
    def dispositions(self) -> list[str]:
        """The disposition codes as approved, else as drafted."""
        chosen = (self.final if self.final is not None else self.draft).get("dispositions") or []
        return [str(d.get("code")) for d in chosen if isinstance(d, dict) and d.get("code")]


@dataclass(slots=True)
class HeldBack:
    """An AI draft the guard kept from the agent, and why: never a card, shown to trainers at its moment."""

    id: str
    utterance_idx: int | None
    kind: str
    title: str
    text: str
    rationale: str
    reason: str
    offset: float

    @property
    def label(self) -> str:
        return f"Held back: {self.reason}"


@dataclass(slots=True)
class Note:
    id: int | None
    offset: float
    utterance_idx: int | None
    text: str
    tags: list[str] = field(default_factory=list)
    author: str | None = None
    created_at: float | None = None


@dataclass(slots=True)
class Event:
    """A mark on the timeline."""

    offset: float
    kind: str  # customer, agent, shown, inserted, edited, discarded, expired, note, held
    label: str
    card_id: str | None = None
    card_kind: str | None = None  # the card's kind for shown and decision events
    utterance_idx: int | None = None


@dataclass(slots=True)
class SessionRecord:
    id: str
    started_at: float
    ended_at: float | None
    source: str | None = None
    engine: str | None = None
    channel: str | None = None
    external_id: str | None = None
    agent: str | None = None
    team: str | None = None
    language: str | None = None
    outcome: str | None = None
    tags: list[str] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    ai_tokens: int | None = None
    turns: list[Turn] = field(default_factory=list)
    cards: dict[str, Card] = field(default_factory=dict)
    boards: list[tuple[float, list[str]]] = field(default_factory=list)  # (offset, card ids top first)
    notes: list[Note] = field(default_factory=list)
    held: list[HeldBack] = field(default_factory=list)  # AI drafts no agent saw, in time order
    scorecard: dict[str, Any] | None = None  # {"template": {...}, "answers": {...}, "trainer": ...}
    wrapup: WrapupRecord | None = None
    _board_offsets: list[float] = field(default_factory=list, repr=False, compare=False)
    _turn_offsets: list[float] = field(default_factory=list, repr=False, compare=False)
    _duration: float | None = field(default=None, repr=False, compare=False)

    # -- time ----------------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        """Seconds from start to end (or to the last thing recorded, for a session never ended)."""
        if self._duration is None:
            self._duration = self._measure()
        return self._duration

    def _measure(self) -> float:
        ends = [self.ended_at - self.started_at] if self.ended_at else []
        ends += [t.offset for t in self.turns[-1:]] + [b[0] for b in self.boards[-1:]]
        ends += [c.decision.offset for c in self.cards.values() if c.decision is not None]
        ends += [c.offset for c in self.cards.values() if c.offset is not None] + [n.offset for n in self.notes]
        ends += [h.offset for h in self.held[-1:]]
        return max([0.0, *ends])

    def index(self) -> None:
        """Build the lookup tables; ``load_record`` calls it, and so must anyone who edits the lists."""
        self.turns.sort(key=lambda t: t.index)
        self.boards.sort(key=lambda b: b[0])
        self.held.sort(key=lambda h: h.offset)
        self._board_offsets = [b[0] for b in self.boards]
        self._turn_offsets = [t.offset for t in self.turns]
        self._duration = None

    def turns_until(self, offset: float) -> int:
        """How many turns had been said by ``offset``."""
        return bisect.bisect_right(self._turn_offsets, offset)

    def held_until(self, offset: float) -> list[HeldBack]:
        """The drafts held back by ``offset``, newest first: what the agent was spared up to this moment."""
        return [h for h in reversed(self.held) if h.offset <= offset]

    def board_at(self, offset: float) -> list[Card]:
        """The cards on the agent's board at ``offset``, top first, as they were shown."""
        if self.boards:
            at = bisect.bisect_right(self._board_offsets, offset) - 1
            return [self.cards[i] for i in self.boards[at][1] if i in self.cards] if at >= 0 else []
        up = [c for c in self.cards.values() if c.offset is not None and c.offset <= offset
              and (c.decision is None or c.decision.offset > offset)]
        return sorted(up, key=lambda c: c.offset or 0.0, reverse=True)[:4]

    # -- the timeline --------------------------------------------------------------------------

    def events(self) -> list[Event]:
        """Turns, cards shown, decisions, drafts held back and notes, in time order."""
        events = [Event(t.offset, t.speaker, t.text, utterance_idx=t.index) for t in self.turns]
        for card in self.cards.values():
            if card.offset is not None:
                events.append(Event(card.offset, "shown", card.title, card.id, card.kind, card.utterance_idx))
            if card.decision is not None:
                events.append(Event(card.decision.offset, card.decision.action, card.title, card.id, card.kind,
                                    card.utterance_idx))
        events += [Event(h.offset, "held", h.label, h.id, h.kind, h.utterance_idx) for h in self.held]
        events += [Event(n.offset, "note", n.text, utterance_idx=n.utterance_idx) for n in self.notes]
        order = {"customer": 0, "agent": 0, "shown": 1, "held": 1, "note": 3}
        return sorted(events, key=lambda e: (e.offset, order.get(e.kind, 2)))

    def next_event(self, offset: float, what: str) -> Event | None:
        """The first event after ``offset`` that is a decision, an objection or an escalation."""
        for event in self.events():
            if event.offset <= offset + 1e-6:
                continue
            if what == "decision" and event.kind in DECISIONS:
                return event
            if what in ("objection", "escalation") and event.kind == "shown" and event.card_kind == what:
                return event
        return None

    def previous_event(self, offset: float, what: str) -> Event | None:
        found = None
        for event in self.events():
            if event.offset >= offset - 1e-6:
                break
            if (what == "decision" and event.kind in DECISIONS) or (
                    event.kind == "shown" and event.card_kind == what):
                found = event
        return found


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the database has ``name``: one written by an older version lacks the tables that came later."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def json_or(text: Any, default: Any) -> Any:
    """A JSON column's value, or ``default`` when it is empty or not JSON (the record still opens)."""
    try:
        return json_loads(text) if text else default
    except (TypeError, ValueError):
        return default


def load_record(conn: sqlite3.Connection, session_id: str) -> SessionRecord:
    """Read one session from an open database (a ``Store``'s connection or a plain one)."""
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        raise RecordNotFound(translate("Record", "no recorded session with id {id}").format(id=repr(session_id)))
    s = dict(row)
    start = float(s["started_at"] or 0.0)
    record = SessionRecord(
        id=s["id"], started_at=start, ended_at=s.get("ended_at"), source=s.get("source"),
        engine=s.get("engine"), channel=s.get("channel"), external_id=s.get("external_id"),
        agent=s.get("agent"), team=s.get("team"), language=s.get("language"), outcome=s.get("outcome"),
        tags=json_or(s.get("tags"), []), context=json_or(s.get("context"), {}), ai_tokens=s.get("ai_tokens"),
    )
    record.turns = [
        Turn(r["idx"], r["speaker"], r["text"], r["lang"], (r["received_at"] or start) - start)
        for r in conn.execute("SELECT idx, speaker, text, lang, received_at FROM utterances "
                              "WHERE session_id = ? ORDER BY idx", [session_id])
    ]
    for r in conn.execute("SELECT * FROM suggestions WHERE session_id = ?", [session_id]):
        record.cards[r["id"]] = Card(
            r["id"], r["utterance_idx"], r["kind"], r["entry_id"], r["title"] or "", r["text"] or "",
            r["rationale"] or "", r["lang"] or "", r["engine"] or "", bool(r["ai_generated"]), r["score"] or 0.0,
            None if r["shown_at"] is None else r["shown_at"] - start, r["latency_ms"], r["card_ms"],
            experiment=r["experiment"] if "experiment" in r.keys() else None,  # noqa: SIM118 (a Row has no "in")
            arm=r["arm"] if "arm" in r.keys() else None)  # noqa: SIM118
    for r in conn.execute("SELECT * FROM decisions WHERE session_id = ?", [session_id]):
        card = record.cards.get(r["suggestion_id"])
        if card is not None:
            card.decision = CardDecision(r["action"], (r["decided_at"] or start) - start, r["final_text"],
                                         r["edit_distance"], r["reason"], r["time_to_decision_ms"])
    record.boards = [(r["at"] - start, json_or(r["cards"], []))
                     for r in conn.execute("SELECT at, cards FROM boards WHERE session_id = ? ORDER BY at, id",
                                           [session_id])]
    record.notes = [
        Note(r["id"], r["at"], r["utterance_idx"], r["text"], json_or(r["tags"], []), r["author"], r["created_at"])
        for r in conn.execute("SELECT * FROM notes WHERE session_id = ? ORDER BY at, id", [session_id])
    ]
    if has_table(conn, "held_drafts"):
        record.held = [  # a database from before held drafts were kept has none
            HeldBack(r["id"], r["utterance_idx"], r["kind"] or "", r["title"] or "", r["text"] or "",
                     r["rationale"] or "", r["reason"] or "", (r["held_at"] or start) - start)
            for r in conn.execute("SELECT * FROM held_drafts WHERE session_id = ? ORDER BY held_at, id", [session_id])]
    if has_table(conn, "wrapups"):
        w = conn.execute("SELECT * FROM wrapups WHERE session_id = ?", [session_id]).fetchone()
        if w is not None:  # a database from before wrap-ups were kept has none
            final = json_or(w["final"], None) if w["final_text"] is not None else None
            draft = json_or(w["draft"], {})
            record.wrapup = WrapupRecord(
                w["lang"] or "", w["drafted_by"] or "local", draft if isinstance(draft, dict) else {},
                w["draft_text"] or "",
                final if isinstance(final, dict) else ({} if w["final_text"] is not None else None), w["final_text"],
                w["edit_distance"], w["after_call_ms"], w["delivered"], w["note"])
    sc = conn.execute("SELECT * FROM scorecards WHERE session_id = ?", [session_id]).fetchone()
    if sc is not None:
        record.scorecard = {"template": json_or(sc["template"], {}), "answers": json_or(sc["answers"], {}),
                            "trainer": sc["trainer"], "updated_at": sc["updated_at"]}
    record.index()
    return record
