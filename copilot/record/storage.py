"""The session record: one SQLite file (WAL), schema versioned with migrations.

Tables: sessions, utterances, suggestions, decisions, boards, notes, scorecards, ``held_drafts`` (AI drafts
the guard kept from the agent, with the reason), ``wrapups`` (each call's wrap-up, drafted and approved), the
``outbox`` (which sessions the central record still lacks, kept by triggers), and the privacy ``audit`` (what
was purged, erased or exported, when and by whom, never about whom in clear). A suggestion's ``latency_ms``
runs from the utterance's arrival to the engine's answer; ``card_ms`` to the card's first paint in the panel.
``Store`` is synchronous and owned by one thread; the panel reaches it only through
``copilot.record.recorder.BackgroundRecorder``, the trainer's windows and commands through
``copilot.coaching.service.CoachingService``, which opens one with ``opened`` per operation.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from copilot.errors import KnownError
from copilot.model import Decision, Suggestion, Utterance
from copilot.text.i18n import translate


class StorageError(KnownError):
    """The database cannot be opened or written; the message says which file and why."""


def _v1(db: sqlite_utils.Database) -> None:
    db.table("sessions").create(
        {"id": str, "started_at": float, "ended_at": float, "source": str, "engine": str,
         "context": str},
        pk="id",
    )
    db.table("utterances").create(
        {"id": int, "session_id": str, "idx": int, "speaker": str, "text": str, "lang": str,
         "ts": float, "received_at": float},
        pk="id", foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("utterances").create_index(["session_id", "idx"], unique=True)
    db.table("suggestions").create(
        {"id": str, "session_id": str, "utterance_idx": int, "engine": str, "kind": str,
         "entry_id": str, "title": str, "text": str, "rationale": str, "lang": str,
         "ai_generated": int, "score": float, "created_at": float, "shown_at": float,
         "latency_ms": float, "card_ms": float},
        pk="id", foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("suggestions").create_index(["session_id"])
    db.table("decisions").create(
        {"id": int, "suggestion_id": str, "session_id": str, "action": str, "final_text": str,
         "edit_distance": int, "reason": str, "decided_at": float, "time_to_decision_ms": float},
        pk="id", foreign_keys=[("suggestion_id", "suggestions", "id"), ("session_id", "sessions", "id")],
    )
    db.table("decisions").create_index(["suggestion_id"], unique=True)
    db.table("decisions").create_index(["session_id"])


def _v2(db: sqlite_utils.Database) -> None:
    """Live sources: the channel (phone, chat, ...) and the id the CRM or CTI gave the session."""
    db.table("sessions").add_column("channel", str)
    db.table("sessions").add_column("external_id", str)


def _v3(db: sqlite_utils.Database) -> None:
    """AI drafts: the tokens each session's requests took, from the API's usage fields."""
    db.table("sessions").add_column("ai_tokens", int)


def _add_columns(db: sqlite_utils.Database, table: str, columns: Mapping[str, type]) -> None:
    """Add what is missing: a migration cut short (a kill, a full disk) runs again cleanly on the next start."""
    have = set(db.table(table).columns_dict)
    for name, kind in columns.items():
        if name not in have:
            db.table(table).add_column(name, kind)


def _v4(db: sqlite_utils.Database) -> None:
    """Replay and coaching: who took the call and how it ended, what the board showed when, trainers'
    notes and scorecards, and full-text search over what was said. Every step may run twice."""
    _add_columns(db, "sessions", dict.fromkeys(("agent", "team", "language", "outcome", "tags"), str))
    db.table("sessions").create_index(["started_at"], if_not_exists=True)
    db.table("boards").create(
        {"id": int, "session_id": str, "at": float, "cards": str},
        pk="id", foreign_keys=[("session_id", "sessions", "id")], if_not_exists=True,
    )
    db.table("boards").create_index(["session_id", "at"], if_not_exists=True)
    db.table("notes").create(
        {"id": int, "session_id": str, "at": float, "utterance_idx": int, "text": str, "tags": str,
         "author": str, "created_at": float},
        pk="id", foreign_keys=[("session_id", "sessions", "id")], if_not_exists=True,
    )
    db.table("notes").create_index(["session_id"], if_not_exists=True)
    db.table("scorecards").create(
        {"session_id": str, "template": str, "answers": str, "trainer": str, "updated_at": float},
        pk="session_id", foreign_keys=[("session_id", "sessions", "id")], if_not_exists=True,
    )
    # replace=True: an index half-filled by an interrupted run is built again from the lines.
    db.table("utterances").enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2",
                                      replace=True)


# The customer's CRM id in a context ({"customer": {"id": ...}}), as text: what ``sessions.customer_id`` holds.
_ID, _OTHER_ID = "'$.customer.id'", "'$.customer.customer_id'"
CONTEXT_CUSTOMER_ID = (
    "nullif(CASE WHEN NOT json_valid(context) THEN NULL "
    f"WHEN json_type(context, {_ID}) IN ('text', 'integer') THEN CAST(json_extract(context, {_ID}) AS TEXT) "
    f"WHEN coalesce(json_type(context, {_ID}), 'null') = 'null' AND json_type(context, {_OTHER_ID}) "
    f"IN ('text', 'integer') THEN CAST(json_extract(context, {_OTHER_ID}) AS TEXT) END, '')")


def customer_id_of(context: Mapping[str, Any] | None) -> str | None:
    """The customer's id in a CRM context, as ``CONTEXT_CUSTOMER_ID`` reads it in SQL."""
    customer = (context or {}).get("customer")
    if not isinstance(customer, Mapping):
        return None
    value = customer.get("id")
    if value is None:
        value = customer.get("customer_id")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value) or None


def _v5(db: sqlite_utils.Database) -> None:
    """Privacy operations: whose sessions these are (to erase or export a customer's), and an audit of
    purges, erasures and exports that proves they happened without naming whom they concerned."""
    _add_columns(db, "sessions", {"customer_id": str})
    db.execute(f"UPDATE sessions SET customer_id = {CONTEXT_CUSTOMER_ID}")
    db.table("sessions").create_index(["customer_id"], if_not_exists=True)
    db.table("sessions").create_index(["external_id"], if_not_exists=True)
    db.table("audit").create(
        {"id": int, "at": float, "operation": str, "scope": str, "subject_ref": str, "sessions_affected": int,
         "actor": str, "detail": str},
        pk="id", if_not_exists=True,
    )


def _v6(db: sqlite_utils.Database) -> None:
    """AI drafts held back before they could become cards: what the model wrote, why no agent saw it, and
    when, for trainers. Every step may run twice."""
    db.table("held_drafts").create(
        {"id": str, "session_id": str, "utterance_idx": int, "kind": str, "title": str, "text": str,
         "rationale": str, "lang": str, "reason": str, "held_at": float, "latency_ms": float},
        pk="id", foreign_keys=[("session_id", "sessions", "id")], if_not_exists=True,
    )
    db.table("held_drafts").create_index(["session_id", "held_at"], if_not_exists=True)


def _v7(db: sqlite_utils.Database) -> None:
    """The wrap-up of each call: the draft the panel had ready when the call ended, what the agent approved,
    how far apart they were and how long the after-call work took. Every step may run twice."""
    db.table("wrapups").create(
        {"session_id": str, "lang": str, "drafted_by": str, "draft": str, "draft_text": str, "drafted_at": float,
         "ended_at": float, "final": str, "final_text": str, "edit_distance": int, "approved_at": float,
         "after_call_ms": float, "delivered": str, "note": str},
        pk="session_id", foreign_keys=[("session_id", "sessions", "id")], if_not_exists=True,
    )


# Changes that make an ended session worth shipping again to the central record: anything written about it once
# the call is over (its end, a wrap-up approval, a trainer's note or scorecard, an outcome, a late decision).
_OUTBOX_WATCHED = {"utterances": "INSERT", "suggestions": "INSERT OR UPDATE", "decisions": "INSERT OR UPDATE",
                   "boards": "INSERT", "held_drafts": "INSERT", "wrapups": "INSERT OR UPDATE",
                   "notes": "INSERT OR UPDATE OR DELETE", "scorecards": "INSERT OR UPDATE OR DELETE"}
_NOW = "((julianday('now') - 2440587.5) * 86400.0)"


def _outbox_mark(session_id: str) -> str:
    return (f"INSERT INTO outbox (session_id, changes, changed_at) VALUES ({session_id}, 1, {_NOW}) "
            "ON CONFLICT(session_id) DO UPDATE SET changes = changes + 1, changed_at = excluded.changed_at, "
            "attempts = 0, next_try_at = NULL, last_error = NULL;")


def _v8(db: sqlite_utils.Database) -> None:
    """The outbox of the central record: one row per session that counts its changes (``changes``) and how many
    of them the central store has committed (``shipped``). Triggers mark a session when it ends and whenever
    something is written about it afterwards, whoever writes it (the recorder, a trainer, an import), so no
    write path can forget to. Sessions ended before this migration are marked too. Every step may run twice."""
    db.table("outbox").create(
        {"session_id": str, "changes": int, "shipped": int, "changed_at": float, "shipped_at": float,
         "attempts": int, "next_try_at": float, "last_error": str},
        pk="session_id", foreign_keys=[("session_id", "sessions", "id")], if_not_exists=True,
        defaults={"changes": 0, "shipped": 0, "attempts": 0},
    )
    ended = "(SELECT 1 FROM sessions WHERE id = {row}.session_id AND ended_at IS NOT NULL)"
    db.execute("CREATE TRIGGER IF NOT EXISTS outbox_session_added AFTER INSERT ON sessions "
               f"WHEN NEW.ended_at IS NOT NULL BEGIN {_outbox_mark('NEW.id')} END")
    db.execute("CREATE TRIGGER IF NOT EXISTS outbox_session_changed AFTER UPDATE ON sessions "
               f"WHEN NEW.ended_at IS NOT NULL BEGIN {_outbox_mark('NEW.id')} END")
    for table, events in _OUTBOX_WATCHED.items():
        for event in events.split(" OR "):
            row = "OLD" if event == "DELETE" else "NEW"
            db.execute(f"CREATE TRIGGER IF NOT EXISTS outbox_{table}_{event.lower()} AFTER {event} ON {table} "
                       f"WHEN EXISTS {ended.format(row=row)} BEGIN {_outbox_mark(f'{row}.session_id')} END")
    db.execute(f"INSERT INTO outbox (session_id, changes, changed_at) SELECT id, 1, {_NOW} FROM sessions "
               "WHERE ended_at IS NOT NULL ON CONFLICT(session_id) DO NOTHING")


def _v9(db: sqlite_utils.Database) -> None:
    """Guidance experiments: the experiment a card counted for while it ran, and the arm whose wording it showed,
    so statistics compare the arms and the replay shows a trainer which wording the agent saw. Columns, not a
    table: a card has at most one. Guarded, so it may run twice, and in any order with the other migrations of
    its time (numbered after the outbox's ``_v8``)."""
    _add_columns(db, "suggestions", {"experiment": str, "arm": str})
    db.table("suggestions").create_index(["experiment"], if_not_exists=True)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
_WRAPUP_DRAFT = ("lang", "drafted_by", "draft", "draft_text", "drafted_at", "ended_at", "note")
_WRAPUP_FINAL = ("final", "final_text", "edit_distance", "approved_at", "after_call_ms", "delivered")
SESSION_FIELDS = ("agent", "team", "language", "outcome", "tags")  # what ``session_described`` may set
SCHEMA_VERSION = len(MIGRATIONS)
# Every table with a row per session, deleted before the session the rows point to.
# The outbox comes last: deleting the others may mark the session again, and it goes with them.
CHILD_TABLES = ("decisions", "suggestions", "boards", "notes", "scorecards", "held_drafts", "wrapups", "utterances",
                "outbox")


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=5000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StorageError(translate("Storage", "{path}: cannot open the session database ({reason})").format(
                path=self.path, reason=exc)) from exc
        except OSError as exc:  # its folder cannot be made (read-only, a file in the way)
            raise StorageError(translate("Storage", "{path}: cannot open the session database ({reason})").format(
                path=self.path, reason=exc.strerror or exc)) from exc

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StorageError(translate(
                "Storage", "{path}: written by a newer Agent Copilot (schema {version}, this version knows {known}); "
                           "update the app or point COPILOT_DATA_DIR elsewhere").format(
                path=self.path, version=version, known=SCHEMA_VERSION))
        for number in range(version, SCHEMA_VERSION):
            with self.db.conn:
                MIGRATIONS[number](self.db)
                self.db.execute(f"PRAGMA user_version={number + 1}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes (one thread) -------------------------------------------------------------------

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None:
        self.db.table("sessions").insert(
            {"id": session_id, "started_at": info.get("started_at"), "source": info.get("source"),
             "engine": info.get("engine"), "context": json.dumps(info.get("context") or {}, ensure_ascii=False),
             "channel": info.get("channel"), "external_id": info.get("external_id"),
             "agent": info.get("agent"), "team": info.get("team"),
             "customer_id": customer_id_of(info.get("context"))},
            replace=True,
        )

    def session_described(self, session_id: str, fields: Mapping[str, Any]) -> None:
        """Agent, team, language, outcome or tags (a list) learned during or after the call."""
        values = {k: (json.dumps(list(v), ensure_ascii=False) if k == "tags" else v)
                  for k, v in fields.items() if k in SESSION_FIELDS}
        if values:
            self.db.table("sessions").update(session_id, values)

    def board_changed(self, session_id: str, at: float, card_ids: list[str]) -> None:
        """The cards on the board, top first, from ``at`` on: what replay shows at each moment."""
        self.db.execute("INSERT INTO boards (session_id, at, cards) VALUES (?, ?, ?)",
                        [session_id, at, json.dumps(card_ids)])

    def context_changed(self, session_id: str, context: Mapping[str, Any]) -> None:
        """New CRM details; a context without a customer id keeps the one the session already had."""
        customer_id = customer_id_of(context)
        self.db.table("sessions").update(session_id, {"context": json.dumps(dict(context), ensure_ascii=False),
                                                      **({"customer_id": customer_id} if customer_id else {})})

    def ai_tokens_used(self, session_id: str, tokens: int) -> None:
        self.db.execute("UPDATE sessions SET ai_tokens = coalesce(ai_tokens, 0) + ? WHERE id = ?", [tokens, session_id])

    def session_ended(self, session_id: str, ended_at: float) -> None:
        self.db.table("sessions").update(session_id, {"ended_at": ended_at})

    def utterance_added(self, session_id: str, utterance: Utterance) -> None:
        self.utterances_added([(session_id, utterance)])

    def utterances_added(self, items: list[tuple[str, Utterance]]) -> None:
        """Many lines in one transaction: a live source can send hundreds a second."""
        with self.db.conn:
            self.db.conn.executemany(
                "INSERT INTO utterances (session_id, idx, speaker, text, lang, ts, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(sid, u.index, str(u.speaker), u.text, u.lang, u.ts, u.received_at) for sid, u in items],
            )

    def suggestion_shown(self, session_id: str, s: Suggestion) -> None:
        self.db.table("suggestions").insert(
            {"id": s.id, "session_id": session_id, "utterance_idx": s.utterance_index, "engine": s.engine,
             "kind": str(s.kind), "entry_id": s.entry_id, "title": s.title, "text": s.text,
             "rationale": s.rationale, "lang": s.lang, "ai_generated": int(s.ai_generated),
             "score": s.score, "created_at": s.created_at, "shown_at": s.shown_at,
             "latency_ms": s.latency_ms, "experiment": s.experiment, "arm": s.arm},
            replace=True,
        )

    def suggestion_restated(self, session_id: str, s: Suggestion) -> None:
        """The card now speaks the customer's new language; what else was recorded stays."""
        self.db.execute("UPDATE suggestions SET text = ?, title = ?, lang = ? WHERE id = ?",
                        [s.text, s.title, s.lang, s.id])

    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None:
        self.db.execute("UPDATE suggestions SET card_ms = ? WHERE id = ?", [card_ms, suggestion_id])

    def draft_held(self, session_id: str, s: Suggestion, reason: str) -> None:
        """An AI draft that never became a card, and why; replay shows it at its moment."""
        self.db.table("held_drafts").insert(
            {"id": s.id, "session_id": session_id, "utterance_idx": s.utterance_index, "kind": str(s.kind),
             "title": s.title, "text": s.text, "rationale": s.rationale, "lang": s.lang, "reason": reason,
             "held_at": s.created_at, "latency_ms": s.latency_ms},
            replace=True,
        )

    def wrapup_drafted(self, session_id: str, draft: Mapping[str, Any]) -> None:
        """The wrap-up draft as the panel shows it (a later, AI-written one replaces it); what the agent approved,
        if anything yet, stays."""
        row = {"session_id": session_id, **{k: draft.get(k) for k in _WRAPUP_DRAFT}}
        row["draft"] = json.dumps(draft.get("draft") or {}, ensure_ascii=False)
        with self.db.conn:
            self.db.execute(
                f"INSERT INTO wrapups ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) "
                f"ON CONFLICT(session_id) DO UPDATE SET {', '.join(f'{k} = excluded.{k}' for k in _WRAPUP_DRAFT)}",
                list(row.values()))

    def wrapup_approved(self, session_id: str, approved: Mapping[str, Any]) -> None:
        """What the agent approved: the final fields and text, the edit distance and the after-call time."""
        values = {k: approved.get(k) for k in _WRAPUP_FINAL}
        values["final"] = json.dumps(approved.get("final") or {}, ensure_ascii=False)
        with self.db.conn:
            self.db.execute(f"UPDATE wrapups SET {', '.join(f'{k} = ?' for k in values)} WHERE session_id = ?",
                            [*values.values(), session_id])

    def decision_made(self, session_id: str, d: Decision) -> None:
        self.db.table("decisions").insert(
            {"suggestion_id": d.suggestion_id, "session_id": session_id, "action": str(d.action),
             "final_text": d.final_text, "edit_distance": d.edit_distance, "reason": d.reason,
             "decided_at": d.decided_at, "time_to_decision_ms": d.time_to_decision_ms},
            replace=True,
        )

    # -- coaching (trainers' writes) -------------------------------------------------------------

    def add_note(self, session_id: str, at: float, text: str, *, utterance_idx: int | None = None,
                 tags: list[str] | None = None, author: str | None = None, created_at: float | None = None) -> int:
        """Pin a note ``at`` seconds into the session; returns its id."""
        cursor = self.db.execute(
            "INSERT INTO notes (session_id, at, utterance_idx, text, tags, author, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [session_id, at, utterance_idx, text, json.dumps(tags or [], ensure_ascii=False), author, created_at])
        self.db.conn.commit()
        return int(cursor.lastrowid or 0)

    def delete_note(self, note_id: int) -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    def save_scorecard(self, session_id: str, template: Mapping[str, Any], answers: Mapping[str, Any],
                       trainer: str | None, updated_at: float) -> None:
        self.db.table("scorecards").insert(
            {"session_id": session_id, "template": json.dumps(template, ensure_ascii=False),
             "answers": json.dumps(answers, ensure_ascii=False), "trainer": trainer, "updated_at": updated_at},
            replace=True)

    # -- reads ---------------------------------------------------------------------------------

    def rows(self, table: str, where: str | None = None, params: Any = None) -> list[dict[str, Any]]:
        return list(self.db.table(table).rows_where(where, params or []))

    def has_session(self, session_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone() is not None

    def session_summary(self, session_id: str) -> dict[str, Any]:
        """Counts a trainer or the panel's status line wants: shown, per action, median latency."""
        shown = self.db.execute("SELECT count(*) FROM suggestions WHERE session_id = ?", [session_id]).fetchone()[0]
        actions = dict(self.db.execute(
            "SELECT action, count(*) FROM decisions WHERE session_id = ? GROUP BY action", [session_id]
        ).fetchall())
        return {"shown": shown, **actions}


@contextlib.contextmanager
def opened(path: str | Path) -> Iterator[Store]:
    """A ``Store`` for one operation, closed after it. A file that cannot be opened, read or written is a
    ``StorageError`` naming it, whichever step found out (a folder in the way, a full disk, a locked file)."""
    try:
        store = Store(path)
    except OSError as exc:
        raise StorageError(translate("Storage", "{path}: cannot open the session database ({reason})").format(
            path=path, reason=exc.strerror or exc)) from exc
    try:
        yield store
    except sqlite3.Error as exc:
        raise StorageError(translate("Storage", "{path}: the session database could not be read or written "
                                                "({reason})").format(path=path, reason=exc)) from exc
    finally:
        store.close()


def damage(path: str | Path) -> str | None:
    """What SQLite finds wrong with the file at ``path`` (``PRAGMA quick_check``), or None when it is sound or
    absent. Read-only: a damaged file is never written to by looking at it."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.OperationalError as exc:  # cannot be opened or read (permissions, a lock): not damage
        raise StorageError(translate("Storage", "{path}: cannot read the session database ({reason})").format(
            path=path, reason=exc)) from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        return str(exc)
    found = [str(row[0]) for row in rows]
    if found == ["ok"]:
        return None
    said = " ".join(" ".join(found).replace("*** in database main ***", "").split())
    return said if len(said) <= 160 else said[:159] + "…"


def set_aside(path: str | Path, now: float) -> Path:
    """Move a damaged database (with its -wal and -shm) out of the way under a dated name, unchanged, so a
    new one can start where it was and the damaged one can still be rescued. Returns its new name."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target
