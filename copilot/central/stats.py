"""The statistics, guidance experiments and knowledge gaps counted in the central store, for a trainer's teams.

The same counts as ``copilot.record.stats_queries`` and ``gap_queries`` give from a computer's own record, in
PostgreSQL's SQL, so the statistics window, ``copilot stats``, ``copilot experiments`` and ``copilot gaps`` show
every desk's calls of the trainer's teams once ``central_library`` is on. What a login counts is the server's
decision: row-level security leaves out every session of another team before anything is counted. Percentiles
are PostgreSQL's ``percentile_cont``, the same interpolation as the local figures. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from copilot.record.gap_queries import LIMIT, UnansweredLine
from copilot.record.session_record import DECISIONS
from copilot.record.stats_queries import (
    CardCount,
    Choices,
    Distribution,
    ExperimentCard,
    Filters,
    Tallies,
    wrapup_tally,
)

_SPREADS = ("edit_distance", "waited_ms", "latency_ms", "card_ms")
_COUNTS = ", ".join(f"count(*) FILTER (WHERE d.action = '{a}')" for a in DECISIONS)
_CARDS = ("FROM copilot.suggestions s JOIN copilot.sessions ss ON ss.id = s.session_id "
          "LEFT JOIN copilot.decisions d ON d.session_id = s.session_id AND d.suggestion_id = s.id ")


def _where(filters: Filters) -> tuple[str, list[Any]]:
    parts, params = ["true"], []
    for column, wanted, test in (("agent", filters.agent, "="), ("team", filters.team, "="),
                                 ("started_at", filters.since, ">="), ("started_at", filters.until, "<")):
        if wanted is not None:
            parts.append(f"ss.{column} {test} %s")
            params.append(wanted)
    return " AND ".join(parts), params


def _spread(column: str, condition: str = "true") -> str:
    cond = f"{column} IS NOT NULL AND {condition}"
    return (f"count({column}) FILTER (WHERE {cond}), avg({column}) FILTER (WHERE {cond}), "
            f"percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY {column}) FILTER (WHERE {cond})")


def _distribution(count: int, mean: float | None, quantiles: list[float] | None) -> Distribution:
    if not count or not quantiles:
        return Distribution()
    median, p90, p95 = (float(q) for q in quantiles)
    return Distribution(int(count), float(mean) if mean is not None else None, median, p90, p95)


def tally(conn: Any, filters: Filters) -> Tallies:
    """Counts and spreads for the sessions ``filters`` select, of those this login may see."""
    where, params = _where(filters)
    found = Tallies()
    count, first, last = conn.execute(
        f"SELECT count(*), min(started_at), max(started_at) FROM copilot.sessions ss WHERE {where}", params).fetchone()
    found.sessions, found.first_started, found.last_started = int(count), first, last
    shown = f"{_CARDS} WHERE s.shown_at IS NOT NULL AND {where}"
    found.cards = [CardCount(kind, entry, title, int(n), tuple(int(x) for x in decided))
                   for kind, entry, title, n, *decided in conn.execute(
                       f"SELECT s.kind, s.entry_id, max(s.title), count(*), {_COUNTS} {shown} "
                       "GROUP BY s.kind, s.entry_id", params)]
    spreads = [_spread("d.edit_distance", "d.action = 'edited'")]
    spreads += [_spread("d.time_to_decision_ms", f"d.action = '{action}'") for action in DECISIONS]
    spreads += [_spread("s.latency_ms"), _spread("s.card_ms")]
    row = conn.execute(f"SELECT {', '.join(spreads)} {shown}", params).fetchone()
    values = [_distribution(*row[k:k + 3]) for k in range(0, len(row), 3)]
    found.edit_distance = values[0]
    found.time_to_decision = {a: v for a, v in zip(DECISIONS, values[1:1 + len(DECISIONS)], strict=True) if v.count}
    found.latency_ms, found.card_ms = values[-2], values[-1]
    found.wrapups = wrapup_tally(conn.execute(
        "SELECT w.drafted_by, w.final_text IS NOT NULL, w.after_call_ms, w.edit_distance, w.final, w.draft "
        f"FROM copilot.wrapups w JOIN copilot.sessions ss ON ss.id = w.session_id WHERE {where}", params))
    return found


def choices(conn: Any) -> Choices:
    """The agents and teams this login may see, and the span of their sessions."""
    agents = [r[0] for r in conn.execute("SELECT DISTINCT agent FROM copilot.sessions "
                                         "WHERE agent IS NOT NULL AND agent != '' ORDER BY agent")]
    teams = [r[0] for r in conn.execute("SELECT DISTINCT team FROM copilot.sessions "
                                        "WHERE team IS NOT NULL AND team != '' ORDER BY team")]
    first, last = conn.execute("SELECT min(started_at), max(started_at) FROM copilot.sessions").fetchone()
    return Choices(agents, teams, first, last)


def experiment_cards(conn: Any, filters: Filters, name: str | None = None) -> list[ExperimentCard]:
    """Every shown card of the experiment ``name`` (of every experiment when None) in the sessions selected."""
    where, params = _where(filters)
    if name is not None:
        where, params = f"{where} AND s.experiment = %s", [*params, name]
    return [ExperimentCard(*row) for row in conn.execute(
        "SELECT s.experiment, s.arm, s.session_id, ss.agent, s.shown_at, d.action, d.edit_distance, "
        f"d.time_to_decision_ms, ss.outcome {_CARDS} WHERE s.experiment IS NOT NULL AND s.arm IS NOT NULL "
        f"AND s.shown_at IS NOT NULL AND {where} ORDER BY s.shown_at", params)]


def unanswered_lines(conn: Any, filters: Filters, limit: int = LIMIT) -> Iterator[UnansweredLine]:
    """Customer lines of the sessions selected with no knowledge card shown for them, newest first."""
    where, params = _where(filters)
    for text, lang, at, session_id in conn.execute(
            "SELECT u.text, u.lang, coalesce(u.received_at, ss.started_at) AS at, u.session_id "
            "FROM copilot.utterances u JOIN copilot.sessions ss ON ss.id = u.session_id "
            f"WHERE u.speaker = 'customer' AND {where} AND NOT EXISTS (SELECT 1 FROM copilot.suggestions s "
            "WHERE s.session_id = u.session_id AND s.utterance_idx = u.idx AND s.entry_id LIKE 'kb:%%' "
            "AND s.shown_at IS NOT NULL) ORDER BY at DESC LIMIT %s", [*params, limit]):
        if text:
            yield UnansweredLine(text, lang, float(at or 0.0), session_id)
