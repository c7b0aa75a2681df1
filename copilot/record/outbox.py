"""The desktop's side of the central record: which sessions the central store still lacks, and marking them
shipped once it has committed them.

Triggers (``storage._v8``) count each session's changes once it has ended; ``shipped`` is the count the
central store last committed. A sync reads a session's count and its payload in one read transaction (one
snapshot), ships it, and records that count as shipped only after the server's commit: a note added while the
payload travelled leaves the session pending, and a crash between the server's commit and this mark merely
ships it again (the server replaces by session, so a second delivery changes nothing). A session never ended
(the app was killed mid-call) is shipped once it is ``STALE_S`` old, as it is. No Qt here.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from copilot.record.archive import session_payload

STALE_S = 6 * 3600.0  # a session still open after this long was left by a crash: ship what it has
SETTLE_S = 2.0  # the last writes of an ending call (final board, expired cards) come in a burst: wait it out


@dataclass(frozen=True, slots=True)
class Pending:
    session_id: str
    changes: int
    attempts: int


def _pending_where(now: float, settle_s: float, *, due_only: bool) -> tuple[str, list[Any]]:
    where = ("(o.changes > o.shipped AND coalesce(o.changed_at, 0) <= ?"
             " OR o.shipped_at IS NULL AND s.ended_at IS NULL AND s.started_at < ?)")
    params = [now - settle_s, now - STALE_S]
    if due_only:  # not backing off after a refusal
        where += " AND coalesce(o.next_try_at, 0) <= ?"
        params.append(now)
    return where, params


def stale_sessions(conn: sqlite3.Connection, now: float) -> None:
    """Give sessions left open by a crash an outbox row, so they are found like ended ones."""
    with conn:
        conn.execute("INSERT INTO outbox (session_id, changes, changed_at) "
                     "SELECT s.id, 0, s.started_at FROM sessions s WHERE s.ended_at IS NULL AND s.started_at < ? "
                     "ON CONFLICT(session_id) DO NOTHING",
                     [now - STALE_S])


def pending(conn: sqlite3.Connection, *, now: float | None = None, limit: int = 100,
            settle_s: float = SETTLE_S, due_only: bool = True) -> list[Pending]:
    """The sessions to ship next, oldest change first; ``due_only`` False includes those backing off."""
    where, params = _pending_where(time.time() if now is None else now, settle_s, due_only=due_only)
    rows = conn.execute("SELECT o.session_id, o.changes, o.attempts FROM outbox o "
                        f"JOIN sessions s ON s.id = o.session_id WHERE {where} ORDER BY o.changed_at, o.session_id "
                        "LIMIT ?", [*params, limit]).fetchall()
    return [Pending(r[0], int(r[1]), int(r[2] or 0)) for r in rows]


def count_pending(conn: sqlite3.Connection, *, now: float | None = None, settle_s: float = 0.0) -> int:
    """How many sessions the central store lacks, backing off or not."""
    where, params = _pending_where(time.time() if now is None else now, settle_s, due_only=False)
    return int(conn.execute(f"SELECT count(*) FROM outbox o JOIN sessions s ON s.id = o.session_id WHERE {where}",
                            params).fetchone()[0])


def snapshot(conn: sqlite3.Connection, session_id: str) -> tuple[int, float, dict[str, Any]] | None:
    """The session's change count, the time of its last change (the version the central store keeps) and its
    payload, read together; None when it is gone (erased, purged)."""
    conn.execute("BEGIN")  # one read transaction: WAL gives it one snapshot of every table
    try:
        row = conn.execute("SELECT changes, changed_at FROM outbox WHERE session_id = ?", [session_id]).fetchone()
        if row is None or conn.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone() is None:
            return None
        return int(row[0]), float(row[1] or 0.0), session_payload(conn, session_id)
    finally:
        conn.rollback()


def mark_shipped(conn: sqlite3.Connection, session_id: str, changes: int, now: float | None = None) -> None:
    """The central store committed the session as it was at ``changes``; later changes stay pending."""
    with conn:
        conn.execute("UPDATE outbox SET shipped = max(shipped, ?), shipped_at = ?, attempts = 0, next_try_at = NULL, "
                     "last_error = NULL WHERE session_id = ?", [changes, time.time() if now is None else now,
                                                                 session_id])


def mark_failed(conn: sqlite3.Connection, session_id: str, problem: str, retry_at: float) -> None:
    """This session could not be shipped (the server refused it): try it again at ``retry_at``, the others now."""
    with conn:
        conn.execute("UPDATE outbox SET attempts = attempts + 1, next_try_at = ?, last_error = ? WHERE session_id = ?",
                     [retry_at, problem[:500], session_id])
