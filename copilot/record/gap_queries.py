"""The record's side of knowledge gaps: customer lines after which no knowledge card came up.

Which of those lines are questions, and how they group, is ``copilot.coaching.gaps``'s business; this module only
knows the schema. The lines are read newest first, one at a time, and at most ``limit`` of them, so a year of
calls never sits in memory. Like the statistics, it never creates or upgrades a database. No Qt here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from copilot.record.stats_queries import Filters, StatsError, _check, _where

LIMIT = 20_000  # customer lines read for one look at the gaps, newest first


@dataclass(frozen=True, slots=True)
class UnansweredLine:
    text: str
    lang: str | None
    at: float  # when it was said (epoch seconds)
    session_id: str


# A knowledge card shown for the line itself; a card for the line before (the agent's) does not count.
_UNANSWERED = (
    "SELECT u.text, u.lang, coalesce(u.received_at, ss.started_at), u.session_id "
    "FROM utterances u JOIN sessions ss ON ss.id = u.session_id "
    "WHERE u.speaker = 'customer' AND {where} AND NOT EXISTS ("
    "SELECT 1 FROM suggestions s WHERE s.session_id = u.session_id AND s.utterance_idx = u.idx "
    "AND s.entry_id LIKE 'kb:%' AND s.shown_at IS NOT NULL) "
    "ORDER BY coalesce(u.received_at, ss.started_at) DESC LIMIT ?"
)


def unanswered_lines(conn: sqlite3.Connection, filters: Filters, limit: int = LIMIT) -> Iterator[UnansweredLine]:
    """Customer lines of the sessions ``filters`` select with no knowledge card shown for them, newest first."""
    try:
        _check(conn)
        where, params = _where(filters)
        cursor = conn.execute(_UNANSWERED.format(where=where), [*params, limit])
        for text, lang, at, session_id in cursor:
            if text:
                yield UnansweredLine(text, lang, float(at or 0.0), session_id)
    except sqlite3.DatabaseError as exc:
        raise StatsError(f"cannot read the session database ({exc})") from exc
