"""Coaching figures for an agent, a team and a period, read from the session database.

What a team lead asks: how often are the cards used, which ones, which playbook entries never help,
how much do agents change a card before using it, how long do they take to decide, how fast do
cards appear, and are objections answered. A card counts as accepted when it was inserted or
edited; the rate is over every decided card, expired ones included (a card left to expire did not
help). Everything is aggregated in SQL, percentiles too (the two values around the rank, read through an
index and interpolated like ``statistics.quantiles(method="inclusive")``), so a year of calls never
travels into Python.
``write_csv`` gives the same figures as one long table a spreadsheet opens. No Qt here.
"""

from __future__ import annotations

import csv
import math
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from copilot.errors import KnownError
from copilot.playbook.file import Playbook
from copilot.record.session_record import DECISIONS

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
class Acceptance:
    """What became of the cards of one kind or one playbook entry."""

    key: str
    title: str = ""
    shown: int = 0
    inserted: int = 0
    edited: int = 0
    discarded: int = 0
    expired: int = 0

    @property
    def decided(self) -> int:
        return self.inserted + self.edited + self.discarded + self.expired

    @property
    def accepted(self) -> int:
        return self.inserted + self.edited

    @property
    def rate(self) -> float | None:
        """Accepted over decided; ``None`` while nothing is decided."""
        return self.accepted / self.decided if self.decided else None


@dataclass(slots=True)
class Distribution:
    count: int = 0
    mean: float | None = None
    median: float | None = None
    p90: float | None = None
    p95: float | None = None


@dataclass(slots=True)
class Stats:
    filters: Filters
    sessions: int = 0
    first_started: float | None = None
    last_started: float | None = None
    overall: Acceptance = field(default_factory=lambda: Acceptance("all"))
    by_kind: dict[str, Acceptance] = field(default_factory=dict)
    by_entry: dict[str, Acceptance] = field(default_factory=dict)  # entries shown in the period
    never_accepted: list[str] = field(default_factory=list)  # shown in the period, never used
    never_shown: list[str] = field(default_factory=list)  # in the playbook, never shown (needs the playbook)
    titles: dict[str, str] = field(default_factory=dict)  # entry id -> title, for labels
    edit_distance: Distribution = field(default_factory=Distribution)  # characters changed in edited cards
    time_to_decision: dict[str, Distribution] = field(default_factory=dict)  # per action, milliseconds
    latency_ms: Distribution = field(default_factory=Distribution)  # utterance -> suggestion ready
    card_ms: Distribution = field(default_factory=Distribution)  # utterance -> card painted

    @property
    def objections_met(self) -> int:
        return self.by_kind["objection"].shown if "objection" in self.by_kind else 0

    @property
    def objections_handled(self) -> int:
        return self.by_kind["objection"].accepted if "objection" in self.by_kind else 0

    @property
    def empty(self) -> bool:
        return self.sessions == 0


@dataclass(slots=True)
class Choices:
    """What the filters can offer: the agents and teams on record and the span of the sessions."""

    agents: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    first_started: float | None = None
    last_started: float | None = None


# -- reading ------------------------------------------------------------------------------------


def connect(path: str | Path) -> sqlite3.Connection:
    """Open an existing session database for reading statistics (never creates an empty one)."""
    path = Path(path)
    if not path.is_file():
        raise StatsError(f"{path}: no session database here")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
        conn.execute("PRAGMA busy_timeout=5000")
        _check(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StatsError(f"{path}: cannot read the session database ({exc})") from exc
    return conn


def _check(conn: sqlite3.Connection, where: Any = "the database") -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"sessions", "suggestions", "decisions"} <= tables:
        raise StatsError(f"{where}: not an Agent Copilot session database")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    if not {"agent", "team"} <= columns:
        raise StatsError(f"{where}: written by an older Agent Copilot; open it once in the app to upgrade it")


def choices(conn: sqlite3.Connection) -> Choices:
    try:
        _check(conn)
        agents = [r[0] for r in conn.execute(
            "SELECT DISTINCT agent FROM sessions WHERE agent IS NOT NULL AND agent != '' ORDER BY agent")]
        teams = [r[0] for r in conn.execute(
            "SELECT DISTINCT team FROM sessions WHERE team IS NOT NULL AND team != '' ORDER BY team")]
        first, last = conn.execute("SELECT min(started_at), max(started_at) FROM sessions").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StatsError(f"cannot read the session database ({exc})") from exc
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


def compute(conn: sqlite3.Connection, filters: Filters | None = None, playbook: Playbook | None = None) -> Stats:
    """The figures for the sessions ``filters`` select; with the playbook, also its unused entries."""
    filters = filters or Filters()
    try:
        _check(conn)
        where, params = _where(filters)
        conn.execute("DROP TABLE IF EXISTS temp.coaching_cards")
        conn.execute(_SELECTED + where, params)
        try:
            for number, columns in enumerate(_INDEXES):
                conn.execute(f"CREATE INDEX temp.coaching_cards_{number} ON coaching_cards ({columns})")
            return _compute(conn, filters, where, params, playbook)
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.coaching_cards")
    except sqlite3.DatabaseError as exc:
        raise StatsError(f"cannot read the session database ({exc})") from exc


def _compute(conn: sqlite3.Connection, filters: Filters, where: str, params: list[Any],
             playbook: Playbook | None) -> Stats:
    stats = Stats(filters)
    stats.sessions, stats.first_started, stats.last_started = conn.execute(
        f"SELECT count(*), min(started_at), max(started_at) FROM sessions ss WHERE {where}", params).fetchone()
    for kind, entry, title, *counts in conn.execute(
            f"SELECT kind, entry, max(title), count(*), {_COUNTS} FROM coaching_cards GROUP BY kind, entry"):
        stats.by_entry[entry] = Acceptance(entry, title or entry, *counts)
        for total in (stats.by_kind.setdefault(kind, Acceptance(kind, kind)), stats.overall):
            for name, value in zip(("shown", *DECISIONS), counts, strict=True):
                setattr(total, name, getattr(total, name) + value)

    stats.titles = {key: a.title for key, a in stats.by_entry.items()}
    in_book = None
    if playbook is not None:
        in_book = [e.id for e in playbook.entries]
        for e in playbook.entries:  # one language for every label: the playbook's own
            stats.titles[e.id] = e.title.get(playbook.default_language) or next(iter(e.title.values()))
            if e.id in stats.by_entry:
                stats.by_entry[e.id].title = stats.titles[e.id]
        stats.never_shown = [e for e in in_book if e not in stats.by_entry]
    stats.never_accepted = sorted(key for key, a in stats.by_entry.items()
                                  if a.accepted == 0 and (in_book is None or key in in_book))

    stats.edit_distance = _spread(conn, "edit_distance", "action = 'edited'")
    for action in DECISIONS:
        spread = _spread(conn, "waited_ms", "action = ?", [action])
        if spread.count:
            stats.time_to_decision[action] = spread
    stats.latency_ms = _spread(conn, "latency_ms")
    stats.card_ms = _spread(conn, "card_ms")
    return stats


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
    return near[0] + (h - low) * (near[1] - near[0])


def compute_file(path: str | Path, filters: Filters | None = None,
                 playbook: Playbook | None = None) -> tuple[Stats, Choices]:
    """Open, read and close: what a background job runs (a connection belongs to its thread)."""
    conn = connect(path)
    try:
        return compute(conn, filters, playbook), choices(conn)
    finally:
        conn.close()


# -- the CSV export -----------------------------------------------------------------------------


def _day(ts: float | None) -> str:
    return "" if ts is None else datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")  # the team lead's own clock


def _number(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def rows(stats: Stats) -> Iterator[tuple[str, str, str, str]]:
    """(section, key, metric, value): every figure once, as text a spreadsheet reads as numbers."""
    f = stats.filters
    for name, value in (("agent", f.agent or "all"), ("team", f.team or "all"),
                        ("since", _day(f.since) or "any"), ("until", _day(f.until) or "any")):
        yield "filter", name, "equals", value
    yield "overview", "all", "sessions", str(stats.sessions)
    yield "overview", "all", "first_session", _day(stats.first_started)
    yield "overview", "all", "last_session", _day(stats.last_started)
    for section, items in (("overall", [stats.overall]), ("kind", stats.by_kind.values()),
                           ("entry", stats.by_entry.values())):
        for a in items:
            if section == "entry":
                yield section, a.key, "title", a.title
            for metric in ("shown", *DECISIONS, "decided", "accepted"):
                yield section, a.key, metric, str(getattr(a, metric))
            yield section, a.key, "acceptance_rate", _number(a.rate)
    for entry in stats.never_accepted:
        yield "unused", entry, "never_accepted", stats.titles.get(entry, "")
    for entry in stats.never_shown:
        yield "unused", entry, "never_shown", stats.titles.get(entry, "")
    yield "objections", "all", "met", str(stats.objections_met)
    yield "objections", "all", "handled", str(stats.objections_handled)
    spreads: list[tuple[str, str, Distribution, Sequence[str]]] = [
        ("edits", "edit_distance", stats.edit_distance, ("count", "mean", "median"))]
    spreads += [("time_to_decision_ms", action, stats.time_to_decision[action], ("count", "median", "p90"))
                for action in DECISIONS if action in stats.time_to_decision]
    spreads += [("latency", "latency_ms", stats.latency_ms, ("count", "median", "p95")),
                ("latency", "card_ms", stats.card_ms, ("count", "median", "p95"))]
    for section, key, spread, metrics in spreads:
        for metric in metrics:
            yield section, key, metric, _number(getattr(spread, metric))


def write_csv(stats: Stats, target: str | Path | IO[str]) -> None:
    """One table, columns section,key,metric,value; a file path gets a BOM so Excel reads the accents."""
    if isinstance(target, str | Path):
        try:
            with open(target, "w", newline="", encoding="utf-8-sig") as handle:
                write_csv(stats, handle)
        except OSError as exc:
            raise StatsError(f"{target}: cannot write the CSV file ({exc.strerror or exc})") from exc
        return
    writer = csv.writer(target)
    writer.writerow(("section", "key", "metric", "value"))
    writer.writerows(rows(stats))
