"""The statistics queries over the session record: counts and spreads of the cards a team lead's filters select.

Everything is aggregated in SQL, percentiles too (the two values around the rank, read through an index and
interpolated like ``statistics.quantiles(method="inclusive")``), so a year of calls never travels into
Python. What the counts mean (acceptance, unused playbook entries, the CSV) is ``copilot.coaching.stats``'s
business; this module only knows the schema. Statistics never create or upgrade a database: a missing or
older file is explained instead. No Qt here.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copilot.errors import KnownError
from copilot.record.session_record import DECISIONS, has_table, json_or
from copilot.text.i18n import translate

QUANTILES = (0.5, 0.9, 0.95)


class StatsError(KnownError):
    """The database cannot be read for statistics; the message says which file and what to do."""


@dataclass(frozen=True, slots=True)
class Filters:
    agent: str | None = None
    team: str | None = None
    since: float | None = None  # epoch seconds, sessions started at or after
    until: float | None = None  # epoch seconds, sessions started before


@dataclass(slots=True)
class Distribution:
    count: int = 0
    mean: float | None = None
    median: float | None = None
    p90: float | None = None
    p95: float | None = None


@dataclass(slots=True)
class Choices:
    """What the filters can offer: the agents and teams on record and the span of the sessions."""

    agents: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    first_started: float | None = None
    last_started: float | None = None


@dataclass(frozen=True, slots=True)
class CardCount:
    """The cards of one playbook entry (or engine answer) shown in the period, and what became of them."""

    kind: str
    entry: str
    title: str | None
    shown: int
    decided: tuple[int, ...]  # one count per ``DECISIONS``, in that order


@dataclass(slots=True)
class Tallies:
    """What the session record says about the sessions the filters select, before anyone interprets it."""

    sessions: int = 0
    first_started: float | None = None
    last_started: float | None = None
    cards: list[CardCount] = field(default_factory=list)
    edit_distance: Distribution = field(default_factory=Distribution)  # characters changed in edited cards
    time_to_decision: dict[str, Distribution] = field(default_factory=dict)  # per action with any, milliseconds
    latency_ms: Distribution = field(default_factory=Distribution)  # utterance -> suggestion ready
    card_ms: Distribution = field(default_factory=Distribution)  # utterance -> card painted
    wrapups: WrapupTally = field(default_factory=lambda: WrapupTally())


@dataclass(slots=True)
class WrapupTally:
    """The wrap-ups of the selected calls: how many were approved, how long the after-call work took, how much
    agents changed the drafts, and the disposition codes approved."""

    drafted: int = 0
    approved: int = 0
    drafted_by_ai: int = 0
    after_call_ms: Distribution = field(default_factory=Distribution)
    edit_distance: Distribution = field(default_factory=Distribution)
    dispositions: dict[str, int] = field(default_factory=dict)  # code -> approved calls with it, most first


def _distribution(values: list[float]) -> Distribution:
    if not values:
        return Distribution()
    ordered = sorted(values)

    def at(q: float) -> float:
        h = (len(ordered) - 1) * q
        low = math.floor(h)
        high = min(low + 1, len(ordered) - 1)
        return float(ordered[low] + (h - low) * (ordered[high] - ordered[low]))

    return Distribution(len(ordered), sum(ordered) / len(ordered), *(at(q) for q in QUANTILES))


def _wrapups(conn: sqlite3.Connection, where: str, params: list[Any]) -> WrapupTally:
    if not has_table(conn, "wrapups"):
        return WrapupTally()  # a database from before wrap-ups were kept
    return wrapup_tally(conn.execute(
        f"SELECT w.drafted_by, w.final_text IS NOT NULL, w.after_call_ms, w.edit_distance, w.final, "
        f"w.draft FROM wrapups w JOIN sessions ss ON ss.id = w.session_id WHERE {where}", params))


def wrapup_tally(rows: Iterable[Sequence[Any]]) -> WrapupTally:
    """The tally of wrap-up rows (drafted_by, approved, after_call_ms, edit_distance, final, draft), the JSON
    columns as text (SQLite) or already read (the central store)."""
    found = WrapupTally()
    after, edits, codes = [], [], Counter[str]()
    for drafted_by, approved, after_ms, distance, final, draft in rows:
        found.drafted += 1
        found.drafted_by_ai += drafted_by == "ai"
        if not approved:
            continue
        found.approved += 1
        if after_ms is not None:
            after.append(float(after_ms))
        if distance is not None:
            edits.append(float(distance))
        chosen = _json(final) or _json(draft)
        for item in chosen.get("dispositions", []) if isinstance(chosen, dict) else []:
            if isinstance(item, dict) and item.get("code"):
                codes[str(item["code"])] += 1
    found.after_call_ms, found.edit_distance = _distribution(after), _distribution(edits)
    found.dispositions = dict(codes.most_common())
    return found


def _json(value: Any) -> Any:
    return value if isinstance(value, dict) else json_or(value, {})


def connect(path: str | Path) -> sqlite3.Connection:
    """Open an existing session database for reading statistics (never creates an empty one)."""
    path = Path(path)
    if not path.is_file():
        raise StatsError(translate("Storage", "{path}: no session database here").format(path=path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
        conn.execute("PRAGMA busy_timeout=5000")
        _check(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StatsError(translate("Storage", "{path}: cannot read the session database ({reason})").format(
            path=path, reason=exc)) from exc
    return conn


def _check(conn: sqlite3.Connection, where: Any = "the database") -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"sessions", "suggestions", "decisions"} <= tables:
        raise StatsError(translate("Storage", "{path}: not an Agent Copilot session database").format(path=where))
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    if not {"agent", "team"} <= columns:
        raise StatsError(translate("Storage", "{path}: written by an older Agent Copilot; open it once in the app to "
                                              "upgrade it").format(path=where))


def choices(conn: sqlite3.Connection) -> Choices:
    try:
        _check(conn)
        agents = [r[0] for r in conn.execute(
            "SELECT DISTINCT agent FROM sessions WHERE agent IS NOT NULL AND agent != '' ORDER BY agent")]
        teams = [r[0] for r in conn.execute(
            "SELECT DISTINCT team FROM sessions WHERE team IS NOT NULL AND team != '' ORDER BY team")]
        first, last = conn.execute("SELECT min(started_at), max(started_at) FROM sessions").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StatsError(translate("Storage", "cannot read the session database ({reason})").format(
            reason=exc)) from exc
    return Choices(agents, teams, first, last)


def _where(filters: Filters) -> tuple[str, list[Any]]:
    parts, params = ["1"], []
    for column, value, test in (("agent", filters.agent, "="), ("team", filters.team, "="),
                                ("started_at", filters.since, ">="), ("started_at", filters.until, "<")):
        if value is not None:
            parts.append(f"ss.{column} {test} ?")
            params.append(value)
    return " AND ".join(parts), params


_CARDS = ("suggestions s JOIN sessions ss ON ss.id = s.session_id "
          "LEFT JOIN decisions d ON d.suggestion_id = s.id")
# The cards the filters select, joined once into a temporary table that every figure then reads.
_SELECTED = ("CREATE TEMP TABLE coaching_cards AS SELECT s.kind AS kind, s.entry_id AS entry, s.title AS title, "
             "s.latency_ms AS latency_ms, s.card_ms AS card_ms, d.action AS action, d.edit_distance AS edit_distance, "
             "d.time_to_decision_ms AS waited_ms FROM " + _CARDS + " WHERE s.shown_at IS NOT NULL AND ")
_INDEXES = ("latency_ms", "card_ms", "action, waited_ms", "action, edit_distance")  # each quantile is then a seek
_COUNTS = ", ".join(f"count(CASE WHEN action = '{a}' THEN 1 END)" for a in DECISIONS)


def tally(conn: sqlite3.Connection, filters: Filters) -> Tallies:
    """Counts and spreads for the sessions ``filters`` select."""
    try:
        _check(conn)
        where, params = _where(filters)
        conn.execute("DROP TABLE IF EXISTS temp.coaching_cards")
        conn.execute(_SELECTED + where, params)
        try:
            for number, columns in enumerate(_INDEXES):
                conn.execute(f"CREATE INDEX temp.coaching_cards_{number} ON coaching_cards ({columns})")
            return _tally(conn, where, params)
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.coaching_cards")
    except sqlite3.DatabaseError as exc:
        raise StatsError(translate("Storage", "cannot read the session database ({reason})").format(
            reason=exc)) from exc


def _tally(conn: sqlite3.Connection, where: str, params: list[Any]) -> Tallies:
    found = Tallies()
    found.sessions, found.first_started, found.last_started = conn.execute(
        f"SELECT count(*), min(started_at), max(started_at) FROM sessions ss WHERE {where}", params).fetchone()
    found.cards = [CardCount(kind, entry, title, shown, tuple(decided)) for kind, entry, title, shown, *decided
                   in conn.execute(f"SELECT kind, entry, max(title), count(*), {_COUNTS} FROM coaching_cards "
                                   "GROUP BY kind, entry")]
    found.edit_distance = _spread(conn, "edit_distance", "action = 'edited'")
    for action in DECISIONS:
        spread = _spread(conn, "waited_ms", "action = ?", [action])
        if spread.count:
            found.time_to_decision[action] = spread
    found.latency_ms = _spread(conn, "latency_ms")
    found.card_ms = _spread(conn, "card_ms")
    found.wrapups = _wrapups(conn, where, params)
    return found


def _spread(conn: sqlite3.Connection, column: str, where: str = "1", params: Sequence[Any] = ()) -> Distribution:
    """Count, mean and quantiles of a column of the selected cards; cards without a value do not count."""
    where = f"{where} AND {column} IS NOT NULL"
    count, mean = conn.execute(f"SELECT count(*), avg({column}) FROM coaching_cards WHERE {where}", params).fetchone()
    spread = Distribution(count, mean)
    if count:
        spread.median, spread.p90, spread.p95 = (_quantile(conn, column, where, params, count, q) for q in QUANTILES)
    return spread


def _quantile(conn: sqlite3.Connection, column: str, where: str, params: Sequence[Any], n: int, q: float) -> float:
    """The q-quantile interpolated between the two values around rank (n - 1) * q, read through the index."""
    h = (n - 1) * q
    low = math.floor(h)
    near = [r[0] for r in conn.execute(
        f"SELECT {column} FROM coaching_cards WHERE {where} ORDER BY {column} LIMIT 2 OFFSET ?", [*params, low])]
    if len(near) == 1:
        return float(near[0])
    return float(near[0] + (h - low) * (near[1] - near[0]))


@dataclass(frozen=True, slots=True)
class ExperimentCard:
    """A card that counted for a guidance experiment, what the agent did with it and how its call ended."""

    experiment: str
    arm: str
    session_id: str
    agent: str | None
    shown_at: float
    action: str | None  # None while undecided
    edit_distance: int | None
    waited_ms: float | None
    outcome: str | None


def experiment_cards(conn: sqlite3.Connection, filters: Filters, name: str | None = None) -> list[ExperimentCard]:
    """Every shown card of the experiment ``name`` (of every experiment when None) in the sessions ``filters``
    select; none from a database older than experiments."""
    try:
        _check(conn)
        if "experiment" not in {r[1] for r in conn.execute("PRAGMA table_info(suggestions)")}:
            return []
        where, params = _where(filters)
        if name is not None:
            where, params = f"{where} AND s.experiment = ?", [*params, name]
        return [ExperimentCard(*row) for row in conn.execute(
            "SELECT s.experiment, s.arm, s.session_id, ss.agent, s.shown_at, d.action, d.edit_distance, "
            f"d.time_to_decision_ms, ss.outcome FROM {_CARDS} WHERE s.experiment IS NOT NULL AND s.arm IS NOT NULL "
            f"AND s.shown_at IS NOT NULL AND {where} ORDER BY s.shown_at", params)]
    except sqlite3.DatabaseError as exc:
        raise StatsError(translate("Storage", "cannot read the session database ({reason})").format(
            reason=exc)) from exc
