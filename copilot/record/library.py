"""The trainer's session library: which recorded calls match, newest first, with their card counts.

A page of sessions is chosen first (filters, search and order on the ``sessions`` table alone, along
its ``started_at`` index), and only then are the cards and decisions of those sessions counted, so
listing costs the same whether the library holds a hundred calls or ten thousand. Search goes through
the ``utterances_fts`` table: what a trainer types is split into words that are quoted before FTS5
sees them (no query syntax, so no syntax error), each word matches as a prefix ("cancel" finds
"cancellation"), and every word must occur somewhere in the same session. No Qt here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from copilot.text.documents import json_loads

FILTER_COLUMNS = ("agent", "team", "channel", "language", "outcome")
ORDERS = {
    "newest": "s.started_at DESC, s.id DESC",
    "oldest": "s.started_at ASC, s.id ASC",
    "longest": "(coalesce(s.ended_at, s.started_at) - s.started_at) DESC, s.started_at DESC",
}
ACCEPTED = ("inserted", "edited")
DECIDED = ("inserted", "edited", "discarded")  # a card left to expire was never decided by the agent
_CHUNK = 500  # ids per IN (...) list, well under SQLite's oldest variable limit (999)


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """What the trainer asked for; every field left empty matches everything."""

    text: str = ""
    agent: str | None = None
    team: str | None = None
    channel: str | None = None
    language: str | None = None
    outcome: str | None = None
    tag: str | None = None
    since: float | None = None  # epoch seconds, inclusive
    until: float | None = None  # epoch seconds, exclusive
    order: str = "newest"
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of the library."""

    id: str
    started_at: float
    duration: float | None  # seconds; for a call never ended, up to its last utterance
    agent: str | None
    team: str | None
    channel: str | None
    language: str | None
    tags: list[str]
    outcome: str | None
    shown: int  # suggestions shown
    accepted: int  # inserted as they were or edited first
    decided: int  # inserted, edited or discarded by the agent
    acceptance: float | None  # accepted / decided; None when the agent decided nothing
    utterances: int
    external_id: str | None


def fts_expression(text: str) -> list[str]:
    """One FTS5 expression per word the user typed: the word as a quoted string, matched as a prefix.

    Inside quotes AND, OR, NEAR, ``:``, ``(`` and ``*`` are plain text, and a double quote is written
    twice; FTS5 then splits the word exactly as it split the utterances ("don't" is the phrase
    "don t"). A word without a letter or digit would be an empty phrase that matches nothing, so it
    is dropped rather than emptying the result.
    """
    words = (w for w in text.replace("\0", " ").split() if any(c.isalnum() for c in w))  # NUL ends C strings
    return list(dict.fromkeys('"' + w.replace('"', '""') + '"*' for w in words))


def _where(query: LibraryQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column in FILTER_COLUMNS:
        wanted = getattr(query, column)
        if wanted:
            clauses.append(f"s.{column} = ?")
            params.append(wanted)
    if query.tag:
        clauses.append("CASE WHEN json_valid(s.tags) THEN EXISTS "
                       "(SELECT 1 FROM json_each(s.tags) WHERE json_each.value = ?) ELSE 0 END")
        params.append(query.tag)
    if query.since is not None:
        clauses.append("s.started_at >= ?")
        params.append(query.since)
    if query.until is not None:
        clauses.append("s.started_at < ?")
        params.append(query.until)
    phrases = fts_expression(query.text)
    if phrases:
        # Sessions holding the word, per word, intersected: the words may be said in different turns.
        per_word = " INTERSECT ".join(
            "SELECT u.session_id FROM utterances u WHERE u.id IN "
            "(SELECT rowid FROM utterances_fts WHERE utterances_fts MATCH ?)" for _ in phrases)
        clauses.append(f"s.id IN ({per_word})")
        params += phrases
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _fetch(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
    """Rows by column name, without changing the caller's connection (``row_factory`` is per cursor)."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, params).fetchall()


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _tags(text: str | None) -> list[str]:
    try:
        tags = json_loads(text) if text else []
    except ValueError:
        return []
    return [str(t) for t in tags] if isinstance(tags, list) else []


def list_sessions(conn: sqlite3.Connection, query: LibraryQuery | None = None) -> list[SessionRow]:
    """One page of sessions matching ``query``, in its order, each with its counts."""
    query = query or LibraryQuery()
    if query.order not in ORDERS:
        raise ValueError(f"unknown order {query.order!r}; one of {', '.join(ORDERS)}")
    where, params = _where(query)
    page = _fetch(conn, "SELECT s.id, s.started_at, s.ended_at, s.agent, s.team, s.channel, s.language, s.tags, "
                        f"s.outcome, s.external_id FROM sessions s{where} ORDER BY {ORDERS[query.order]} "
                        "LIMIT ? OFFSET ?", [*params, max(0, query.limit), max(0, query.offset)])
    ids = [row["id"] for row in page]
    shown: dict[str, int] = {}
    actions: dict[tuple[str, str], int] = {}
    spoken: dict[str, tuple[int, float | None]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        shown.update((r[0], r[1]) for r in conn.execute(
            f"SELECT session_id, count(*) FROM suggestions WHERE session_id IN ({marks}) GROUP BY session_id",
            chunk))
        actions.update(((r[0], r[1]), r[2]) for r in conn.execute(
            f"SELECT session_id, action, count(*) FROM decisions WHERE session_id IN ({marks}) "
            "GROUP BY session_id, action", chunk))
        spoken.update((r[0], (r[1], r[2])) for r in conn.execute(
            f"SELECT session_id, count(*), max(received_at) FROM utterances WHERE session_id IN ({marks}) "
            "GROUP BY session_id", chunk))
    rows = []
    for r in page:
        sid, start = r["id"], float(r["started_at"] or 0.0)
        accepted = sum(actions.get((sid, a), 0) for a in ACCEPTED)
        decided = sum(actions.get((sid, a), 0) for a in DECIDED)
        utterances, last_said = spoken.get(sid, (0, None))
        end = r["ended_at"] if r["ended_at"] is not None else last_said
        rows.append(SessionRow(
            id=sid, started_at=start, duration=None if end is None else max(0.0, end - start),
            agent=r["agent"], team=r["team"], channel=r["channel"], language=r["language"],
            tags=_tags(r["tags"]), outcome=r["outcome"], shown=shown.get(sid, 0), accepted=accepted,
            decided=decided, acceptance=accepted / decided if decided else None, utterances=utterances,
            external_id=r["external_id"]))
    return rows


def count_sessions(conn: sqlite3.Connection, query: LibraryQuery | None = None) -> int:
    """How many sessions match, whatever the page: for "120 of 10,000 sessions"."""
    where, params = _where(query or LibraryQuery())
    return int(conn.execute(f"SELECT count(*) FROM sessions s{where}", params).fetchone()[0])


def distinct_values(conn: sqlite3.Connection, column: str) -> list[str]:
    """The values a filter can take (agents, teams, ... or ``tag``), sorted, without blanks."""
    if column in ("tag", "tags"):
        # json_each fails on malformed JSON: only lists reach it.
        sql = ("SELECT DISTINCT j.value FROM sessions s, json_each(s.tags) j WHERE "
               "CASE WHEN json_valid(s.tags) THEN json_type(s.tags) = 'array' ELSE 0 END AND j.type = 'text'")
    elif column in FILTER_COLUMNS:
        sql = f"SELECT DISTINCT {column} FROM sessions WHERE {column} IS NOT NULL AND {column} != ''"
    else:
        raise ValueError(f"no filter on {column!r}; one of {', '.join((*FILTER_COLUMNS, 'tag'))}")
    return sorted((str(r[0]) for r in conn.execute(sql) if str(r[0]).strip()), key=str.casefold)


def find_session_ids(conn: sqlite3.Connection, given: str) -> list[str]:
    """Sessions a trainer may mean by ``given``: its id, the CRM's id for it, or the start of its id.

    An exact id comes first; two results tell the caller the prefix is ambiguous (there may be more).
    """
    return [r[0] for r in conn.execute(  # the start compared as text: a '%' or '_' typed is no wildcard
        "SELECT id FROM sessions WHERE id = ? OR external_id = ? OR substr(id, 1, ?) = ? ORDER BY id = ? DESC LIMIT 2",
        [given, given, len(given), given, given])]
