"""The supervisor's reads and writes in the live tables (``copilot.central.live`` is the desk's side): every SQL
statement of the live view that a supervisor's login runs, so the schema's SQL stays in this package.

Row-level security decides what each statement sees: the calls of the supervisor's teams, and notes only to those
calls while they run. No Qt here.
"""

from __future__ import annotations

from typing import Any

CALL_COLUMNS = "id, agent, team, channel, started_at, ended_at, published_by"


def recent_calls(conn: Any, *, keep_ended_s: float, stale_s: float) -> list[tuple[Any, ...]]:
    """The calls running now (with news within ``stale_s``), and those that ended within ``keep_ended_s``."""
    return list(conn.execute(
        f"SELECT {CALL_COLUMNS} FROM copilot.live_calls "
        "WHERE (ended_at IS NULL OR ended_at > extract(epoch FROM now()) - %s) "
        "AND updated_at > now() - make_interval(secs => %s)", [keep_ended_s, stale_s]).fetchall())


def calls_by_id(conn: Any, ids: list[str]) -> list[tuple[Any, ...]]:
    """Those of ``ids`` this login may see."""
    return list(conn.execute(f"SELECT {CALL_COLUMNS} FROM copilot.live_calls WHERE id = ANY(%s)", [ids]).fetchall())


def events_after(conn: Any, after: dict[str, int]) -> list[tuple[Any, ...]]:
    """(call id, seq, kind, at, data) of every event after the numbered one given per call, in order."""
    return list(conn.execute(
        "SELECT e.call_id, e.seq, e.kind, e.at, e.data FROM copilot.live_events e "
        "JOIN unnest(%s::text[], %s::int[]) AS w(call_id, after) ON e.call_id = w.call_id AND e.seq > w.after "
        "ORDER BY e.call_id, e.seq", [list(after), list(after.values())]).fetchall())


def send_note(conn: Any, call_id: str, author_name: str, text: str) -> bool:
    """Write a note to the agent of a running call and wake that desk; False when the call has ended (or is not
    this login's to note: the server refuses that with ``InsufficientPrivilege``)."""
    row = conn.execute(
        "WITH c AS (SELECT id, published_by FROM copilot.live_calls WHERE id = %s AND ended_at IS NULL), "
        "n AS (INSERT INTO copilot.live_notes (call_id, desk, author_name, text) "
        "SELECT id, published_by, %s, %s FROM c RETURNING id, desk) "
        "SELECT n.id, pg_notify('copilot_note_' || substr(md5(n.desk::text), 1, 16), n.id::text) FROM n",
        [call_id, author_name, text]).fetchone()
    return row is not None


def listen(conn: Any) -> None:
    """Be told (``NOTIFY copilot_live``) whenever a call moves."""
    from copilot.central.live import LIVE_CHANNEL

    conn.execute(f"LISTEN {LIVE_CHANNEL}")
