"""GDPR erase and export in the central store, so a customer's request reaches every copy of their sessions.

The desk that erases a customer locally names the sessions it erased (their ids) and the customer's id; the
central store deletes those sessions and every other session whose CRM context named that customer, with all
their rows (the foreign keys cascade), and the supervisors' live rows of those calls. Which rows a login may
erase is the server's rule: a desktop login erases what it shipped, the data protection officer's
(``copilot_privacy``) erases everywhere. A session shipped redacted carries no customer id, so only the desk that
recorded it can name it: that is fine, since it holds no personal data. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from copilot.central.library import load_payload
from copilot.central.schema import CHILD_TABLES

_MATCH = "id = ANY(%s) OR customer_id = %s OR (%s::text IS NOT NULL AND (id = %s OR external_id = %s))"


def erase(conn: Any, *, session_ids: Sequence[str] = (), customer_id: str | None = None,
          session: str | None = None) -> dict[str, int]:
    """Delete the sessions named (by id, by a customer, or one session by its id or the CRM's id for it), in one
    transaction; returns the rows deleted per table, ``sessions`` included."""
    params = [list(session_ids), customer_id, session, session, session]
    counts: dict[str, int] = {}
    with conn.transaction():
        ids = [r[0] for r in conn.execute(f"SELECT id FROM copilot.sessions WHERE {_MATCH} FOR UPDATE", params)]
        for table in CHILD_TABLES:
            counts[table] = int(conn.execute(f"SELECT count(*) FROM copilot.{table} WHERE session_id = ANY(%s)",
                                             [ids]).fetchone()[0])
        counts["sessions"] = conn.execute("DELETE FROM copilot.sessions WHERE id = ANY(%s)", [ids]).rowcount
        # The supervisors' live view of the same calls (a live call's id is its session's), kept for hours: a
        # call still running, or shipped but not yet purged, goes too, with its lines and notes (they cascade).
        live = sorted(set(ids) | set(session_ids) | ({session} if session else set()))
        if _has_live(conn):
            counts["live_calls"] = conn.execute("DELETE FROM copilot.live_calls WHERE id = ANY(%s)", [live]).rowcount
    return counts


def _has_live(conn: Any) -> bool:
    """Whether the server has the live view (schema 4 on)."""
    return conn.execute("SELECT to_regclass('copilot.live_calls') IS NOT NULL").fetchone()[0] is True


def customer_sessions(conn: Any, customer_id: str) -> list[dict[str, Any]]:
    """Every session of the customer this login may see, as payloads, oldest first: for a subject access export."""
    ids = [r[0] for r in conn.execute("SELECT id FROM copilot.sessions WHERE customer_id = %s ORDER BY started_at, id",
                                      [customer_id])]
    return [p for p in (load_payload(conn, sid) for sid in ids) if p is not None]
