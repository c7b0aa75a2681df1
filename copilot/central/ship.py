"""One session into the central store, in one transaction, replacing whatever an earlier delivery left.

Replace-by-session is what makes delivery idempotent: the session row is upserted by its id and every row that
belongs to it is deleted and written again, so a session delivered twice (a crash after the server's commit but
before the desktop noted it, a retry after a cut connection whose commit did land) is there once, as it is now.
``version`` is the desktop's time of the session's last change: an older snapshot arriving after a newer one
(two syncs of one desktop racing) changes nothing. The columns come from the session file's format
(``copilot.record.archive.SPEC``), the one description of what a session holds. No Qt here.
"""

from __future__ import annotations

from typing import Any

from copilot.central.schema import CHILD_TABLES
from copilot.record.archive import SPEC

_JSON = ("obj", "strs")
# The parts written per session: (part of the payload, table, key columns the payload does not carry).
PARTS = (("utterances", "utterances", ()), ("suggestions", "suggestions", ()), ("decisions", "decisions", ()),
         ("boards", "boards", ("n",)), ("notes", "notes", ("n",)), ("held", "held_drafts", ()))
SINGLE = (("scorecard", "scorecards"), ("wrapup", "wrapups"))
SESSION_COLUMNS = (*SPEC["session"], "customer_id", "redacted", "version")


def _value(part: str, column: str, value: Any) -> Any:
    from psycopg.types.json import Jsonb  # here: the panel imports this module at start, psycopg only when it ships

    kind = SPEC[part].get(column, "").rstrip("?")
    if kind in _JSON:
        return Jsonb(value if value is not None else ({} if kind == "obj" else []))
    if kind == "bool":
        return bool(value)
    return value


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO copilot.{table} (session_id, {', '.join(columns)}) "
            f"VALUES (%s, {', '.join(['%s'] * len(columns))})")


def ship(conn: Any, payload: dict[str, Any], *, version: float, redacted: bool, customer_id: str | None) -> bool:
    """Write the session in ``payload`` (``archive.session_payload``'s shape); False when the store already holds
    a newer delivery of it (nothing changed)."""
    session = payload["session"]
    sid = session["id"]
    values = [_value("session", c, session.get(c)) for c in SPEC["session"]] + [customer_id, redacted, version]
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in SESSION_COLUMNS if c != "id")
    with conn.transaction():
        row = conn.execute(
            f"INSERT INTO copilot.sessions ({', '.join(SESSION_COLUMNS)}) "
            f"VALUES ({', '.join(['%s'] * len(SESSION_COLUMNS))}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}, shipped_at = now() "
            "WHERE copilot.sessions.version <= EXCLUDED.version RETURNING 1", values).fetchone()
        if row is None:
            return False
        for table in CHILD_TABLES:
            conn.execute(f"DELETE FROM copilot.{table} WHERE session_id = %s", [sid])
        with conn.cursor() as cursor:
            for part, table, keys in PARTS:
                rows = payload.get(part) or []
                if not rows:
                    continue
                columns = (*keys, *SPEC[part])
                cursor.executemany(_insert_sql(table, columns), [
                    [sid, *([n] if keys else []), *(_value(part, c, r.get(c)) for c in SPEC[part])]
                    for n, r in enumerate(rows)])
            for part, table in SINGLE:
                one = payload.get(part)
                if one is not None:
                    cursor.execute(_insert_sql(table, tuple(SPEC[part])),
                                   [sid, *(_value(part, c, one.get(c)) for c in SPEC[part])])
    return True

