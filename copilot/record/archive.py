"""One recorded session as one file, so a trainer can receive calls from the agents' machines.

The file is a ZIP (any archive tool opens it) with ``manifest.json`` (format name and version, app version,
export time, whether personal data was redacted, the SHA-256 of the payload) and ``session.json`` (the
session, its utterances, cards, decisions, board snapshots, notes, scorecard and the AI drafts held back
from the agent; a file from before those were kept has none). A redacted export replaces personal data with
the placeholders of ``copilot.privacy.redaction``, one vault for the whole session so "[NAME_1]" is the same
person in every turn and card; the turns are read as a conversation, as for AI drafts, so a bare date of birth
answering the agent's question goes too.

Import checks everything before it writes, and writes in one transaction: a damaged, changed,
foreign or newer file is refused with a message naming the file and the problem, and the database
stays as it was. A session already present is never overwritten silently. No Qt here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import math
import os
import re
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from copilot import __version__
from copilot.errors import InputError, KnownError
from copilot.privacy.scrubber import Scrubber
from copilot.record.session_record import DECISIONS, RecordNotFound, SessionRecord, has_table, json_or, load_record
from copilot.record.storage import CHILD_TABLES, MIGRATIONS
from copilot.text.documents import ARCHIVE_LIMIT, LAST_MOMENT, MAX_TEXT, json_loads, read_bytes
from copilot.text.i18n import translate

FORMAT = "agent-copilot-session"
FORMAT_VERSION = 1
MANIFEST, PAYLOAD = "manifest.json", "session.json"
MAX_MEMBER = 256 * 1024 * 1024  # far above any real call: refuses a "zip bomb" before inflating it

# What format version 1 holds: each field's kind ("?" = may be null or absent).
SPEC: dict[str, dict[str, str]] = {
    "session": {"id": "str", "started_at": "num", "ended_at": "num?", "source": "str?", "engine": "str?",
                "context": "obj", "channel": "str?", "external_id": "str?", "ai_tokens": "int?", "agent": "str?",
                "team": "str?", "language": "str?", "outcome": "str?", "tags": "strs"},
    "utterances": {"idx": "int", "speaker": "str", "text": "str", "lang": "str?", "ts": "num?",
                   "received_at": "num?"},
    "suggestions": {"id": "str", "utterance_idx": "int?", "engine": "str?", "kind": "str?", "entry_id": "str?",
                    "title": "str?", "text": "str?", "rationale": "str?", "lang": "str?", "ai_generated": "bool",
                    "score": "num?", "created_at": "num?", "shown_at": "num?", "latency_ms": "num?",
                    "card_ms": "num?", "experiment": "str?", "arm": "str?"},
    "decisions": {"suggestion_id": "str", "action": "str", "final_text": "str?", "edit_distance": "int?",
                  "reason": "str?", "decided_at": "num?", "time_to_decision_ms": "num?"},
    "boards": {"at": "num", "cards": "strs"},
    "notes": {"id": "int?", "at": "num", "utterance_idx": "int?", "text": "str", "tags": "strs", "author": "str?",
              "created_at": "num?"},
    "scorecard": {"template": "obj", "answers": "obj", "trainer": "str?", "updated_at": "num?"},
    "held": {"id": "str", "utterance_idx": "int?", "kind": "str?", "title": "str?", "text": "str?", "rationale": "str?",
             "lang": "str?", "reason": "str", "held_at": "num", "latency_ms": "num?"},
    "wrapup": {"lang": "str?", "drafted_by": "str?", "draft": "obj", "draft_text": "str?", "drafted_at": "num?",
               "ended_at": "num?", "final": "obj", "final_text": "str?", "edit_distance": "int?", "approved_at": "num?",
               "after_call_ms": "num?", "delivered": "str?", "note": "str?"},
}
LISTS = ("utterances", "suggestions", "decisions", "boards", "notes", "held")
# Where the table is not named like the part.
TABLES = {"session": "sessions", "scorecard": "scorecards", "held": "held_drafts", "wrapup": "wrapups"}
_OPTIONAL = {"held", "wrapup"}  # parts a file of format version 1 may lack: they came later
_JSON_COLUMNS = {"context", "tags", "cards", "template", "answers", "draft", "final"}  # stored as JSON text in SQLite
_KINDS = {
    "str": lambda v: isinstance(v, str), "obj": lambda v: isinstance(v, dict),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "num": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v),
    "bool": lambda v: isinstance(v, bool) or v in (0, 1) and isinstance(v, int),
    "strs": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
}
_KIND_NAMES = {"str": "text", "obj": "an object", "int": "a whole number", "num": "a number", "bool": "true or false",
               "strs": "a list of texts"}
class ArchiveError(InputError):
    """A session file that cannot be imported or written; the message names the file and the problem."""


class SessionConflict(ArchiveError):
    """The session is already in the database with different content."""


@dataclasses.dataclass(frozen=True, slots=True)
class ImportResult:
    session_id: str
    status: str  # "imported", "already present" or "replaced"
    redacted: bool
    utterances: int
    cards: int
    app_version: str


# -- export ----------------------------------------------------------------------------------------


def _select(conn: sqlite3.Connection, part: str, where: str, key: str, order: str = "rowid") -> list[dict[str, Any]]:
    table = TABLES.get(part, part)
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row  # per cursor: the caller's connection is left as it was
    rows = [dict(r) for r in cursor.execute(
        f"SELECT {', '.join(SPEC[part])} FROM {table} WHERE {where} = ? ORDER BY {order}", [key])]
    for row in rows:
        for column in _JSON_COLUMNS.intersection(row):
            kind = dict if column in ("context", "template", "answers", "draft", "final") else list
            loaded = json_or(row[column], kind())
            row[column] = loaded if isinstance(loaded, kind) else kind()
        if "ai_generated" in row:
            row["ai_generated"] = bool(row["ai_generated"])
    return rows


def session_payload(conn: sqlite3.Connection, session_id: str) -> dict[str, Any]:
    """Everything recorded about one session, as plain data: what ``session.json`` holds."""
    session = _select(conn, "session", "id", session_id)
    if not session:
        raise RecordNotFound(translate("Record", "no recorded session with id {id}").format(id=repr(session_id)))
    scorecard = _select(conn, "scorecard", "session_id", session_id)
    wrapup = _select(conn, "wrapup", "session_id", session_id) if has_table(conn, "wrapups") else []
    return {
        "session": session[0],
        "utterances": _select(conn, "utterances", "session_id", session_id, "idx"),
        "suggestions": _select(conn, "suggestions", "session_id", session_id, "coalesce(shown_at, created_at), id"),
        "decisions": _select(conn, "decisions", "session_id", session_id, "decided_at, id"),
        "boards": _select(conn, "boards", "session_id", session_id, "at, id"),
        "notes": _select(conn, "notes", "session_id", session_id, "at, id"),
        "scorecard": scorecard[0] if scorecard else None,
        "held": _select(conn, "held", "session_id", session_id, "held_at, id"),
        "wrapup": wrapup[0] if wrapup else None,
    }



def redact_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """Personal data in what was said, written and noted, and in the customer's context, as placeholders."""
    context = dict(payload["session"].get("context") or {})
    scrub = Scrubber(context)
    scrub.learn(context)
    context = scrub.context(context)

    def rows(part: str, *fields: str) -> list[dict[str, Any]]:
        return [{**row, **{f: scrub.text(row.get(f)) for f in fields}} for row in payload[part]]

    utterances = scrub.turns(payload["utterances"])  # the turns next: placeholders number in the order said
    scorecard = payload["scorecard"]
    wrapup = payload.get("wrapup")
    session = payload["session"]
    external = session.get("external_id")  # the CRM's call or case id points straight back at the customer
    session = {**session, "context": context, "tags": scrub.text(session.get("tags") or []),
               "external_id": "[EXTERNAL_ID]" if external else external}
    return {**payload, "session": session, "utterances": utterances,
            "suggestions": rows("suggestions", "title", "text", "rationale"),
            "decisions": rows("decisions", "final_text", "reason"), "notes": rows("notes", "text", "tags"),
            "held": rows("held", "title", "text", "rationale"),
            "scorecard": None if scorecard is None else {**scorecard, "answers": scrub.text(scorecard["answers"])},
            "wrapup": None if wrapup is None else {**wrapup, **{f: scrub.text(wrapup.get(f)) for f in
                                                               ("draft", "draft_text", "final", "final_text")}}}


def export_session(conn: sqlite3.Connection, session_id: str, path: str | Path, *, redact: bool = False) -> Path:
    """Write one session to ``path``; the file appears complete or not at all."""
    return write_archive(session_payload(conn, session_id), path, redact=redact)


def write_archive(payload: dict[str, Any], path: str | Path, *, redact: bool = False) -> Path:
    """Write a session's payload (from this database or the central store) to ``path``, complete or not at all."""
    session_id = payload["session"]["id"]
    if redact:
        payload = redact_payload(payload)
    body = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                "exported_at": datetime.now(UTC).isoformat(timespec="seconds"), "redacted": redact,
                "session_id": session_id, "sha256": hashlib.sha256(body).hexdigest()}
    path = Path(path)
    try:
        fd, temporary = tempfile.mkstemp(prefix=".copilot-export-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                archive.writestr(PAYLOAD, body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ArchiveError(f"cannot write the session file ({exc.strerror or exc})", source=str(path)) from exc
    return path


# -- reading a file --------------------------------------------------------------------------------


def _check_row(row: Any, part: str, where: str) -> str | None:
    if not isinstance(row, dict):
        return f"{where} must be an object"
    for name, kind in SPEC[part].items():
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if row.get(name) is None:
            if not optional:
                return f"{where}.{name} is missing"
        elif not _KINDS[kind](row[name]):
            return f"{where}.{name} must be {_KIND_NAMES[kind]}, not {json.dumps(row[name], ensure_ascii=False)[:40]}"
    return None


# An id as the app makes them (a uuid) or another copy's, never a path ("../x"), a control character or a NUL.
_SESSION_ID = re.compile(r"[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,127}")


def _check_times(payload: Mapping[str, Any]) -> str | None:
    """Moments (``*_at``) between 1970 and 9999, every other number no larger than that, and a call that does not
    end before it starts: a file saying otherwise is damaged or forged, and once stored it broke every listing."""
    parts = [("session", payload["session"]), *((f"{part}[{n}]", row) for part in LISTS
                                                 for n, row in enumerate(payload.get(part) or [])),
             *((part, payload[part]) for part in ("scorecard", "wrapup") if payload.get(part) is not None)]
    for where, row in parts:
        for name, value in row.items():
            if not isinstance(value, int | float) or isinstance(value, bool):
                continue
            if name.endswith("_at") and not 0 <= value <= LAST_MOMENT:
                return f"{where}.{name} is not a moment between 1970 and 9999 ({value!r})"
            if abs(value) > LAST_MOMENT:
                return f"{where}.{name} is out of range ({value!r})"
    session = payload["session"]
    if session.get("ended_at") is not None and session["ended_at"] < session["started_at"]:
        return "session.ended_at is before session.started_at"
    return None


def check_payload(payload: Any) -> str | None:
    """What is wrong with a ``session.json`` (the first problem found), or None."""
    if not isinstance(payload, dict):
        return "must be an object"
    problems = [_check_row(payload.get("session"), "session", "session")]
    for part in LISTS:
        rows = payload.get(part, [] if part in _OPTIONAL else None)
        if not isinstance(rows, list):
            return f"{part} is missing or not a list"
        problems += [_check_row(row, part, f"{part}[{n}]") for n, row in enumerate(rows)]
    for part in ("scorecard", "wrapup"):
        if payload.get(part) is not None:
            problems.append(_check_row(payload[part], part, part))
    problem = next((p for p in problems if p), None)
    if problem:
        return problem
    session = payload["session"]
    if not session["id"].strip():
        return "session.id is empty"
    if not _SESSION_ID.fullmatch(session["id"]):
        return (f"session.id {session['id'][:40]!r} is not an id (letters, digits, '.', '_', ':' or '-', at most "
                "128, not starting with '.')")
    problem = _check_times(payload)
    if problem:
        return problem
    long_line = next((n for n, u in enumerate(payload["utterances"]) if len(u["text"]) > MAX_TEXT), None)
    if long_line is not None:  # no line the app records is longer; one of megabytes hung the replay and its report
        return f"utterances[{long_line}].text is longer than any line the panel records ({MAX_TEXT} characters)"
    indexes = [u["idx"] for u in payload["utterances"]]
    cards = [s["id"] for s in payload["suggestions"]]
    decided = [d["suggestion_id"] for d in payload["decisions"]]
    for what, values in (("utterance index", indexes), ("card id", cards), ("decision for card", decided)):
        if len(set(values)) != len(values):
            return f"{what} {next(v for v in values if values.count(v) > 1)!r} occurs twice"
    unknown = next((d for d in payload["decisions"] if d["suggestion_id"] not in set(cards)), None)
    if unknown:
        return f"a decision refers to card {unknown['suggestion_id']!r}, which is not in the file"
    wrong = next((d["action"] for d in payload["decisions"] if d["action"] not in DECISIONS), None)
    return f"unknown decision {wrong!r} (one of {', '.join(DECISIONS)})" if wrong else None


def read_archive(path: str | Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The manifest and the checked payload of a session file; ``ArchiveError`` for anything wrong."""
    def fail(problem: str) -> ArchiveError:
        return ArchiveError(problem, source=str(path))

    try:
        data = read_bytes(path, ARCHIVE_LIMIT)
    except OSError as exc:
        raise fail(f"cannot read the file ({exc.strerror or exc})") from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            for name in (MANIFEST, PAYLOAD):
                if name not in names:
                    raise fail(f"not an Agent Copilot session file ({name} is missing)")
                if archive.getinfo(name).file_size > MAX_MEMBER:
                    raise fail(f"{name} is larger than any session ({archive.getinfo(name).file_size:,} bytes)")
            manifest_bytes, body = archive.read(MANIFEST), archive.read(PAYLOAD)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        kind = "damaged or truncated" if data[:2] == b"PK" else "not a session file (not a ZIP archive)"
        raise fail(f"{kind}: {exc}") from exc
    try:
        manifest = json_loads(manifest_bytes.decode("utf-8"))
    except ValueError as exc:
        raise fail(f"{MANIFEST} is not valid JSON ({exc})") from exc
    found = manifest.get("format") if isinstance(manifest, dict) else None
    if found != FORMAT:
        raise fail(f"not an Agent Copilot session file (format {found!r}, expected {FORMAT!r})")
    version = manifest.get("format_version")
    if not _KINDS["int"](version) or version < 1:
        raise fail(f"{MANIFEST}: format_version must be a whole number from 1, not {version!r}")
    if version > FORMAT_VERSION:
        raise fail(f"written by a newer Agent Copilot ({manifest.get('app_version', '?')}, format version "
                   f"{version}; this version reads up to {FORMAT_VERSION}): update Agent Copilot to import it")
    if hashlib.sha256(body).hexdigest() != manifest.get("sha256"):
        raise fail(f"checksum mismatch: {PAYLOAD} was changed or damaged after export")
    try:
        payload = json_loads(body.decode("utf-8"))
    except ValueError as exc:
        raise fail(f"{PAYLOAD} is not valid JSON ({exc})") from exc
    problem = check_payload(payload)
    if problem:
        raise fail(f"{PAYLOAD}: {problem}")
    return manifest, payload


# -- import ----------------------------------------------------------------------------------------


def _canonical(payload: Mapping[str, Any]) -> str:
    """A session's content whatever the row order, number spelling or local note ids: what "identical" means."""
    def row(part: str, values: Mapping[str, Any]) -> dict[str, Any]:
        out = {}
        for name, kind in SPEC[part].items():
            value = values.get(name)
            out[name] = float(value) if value is not None and kind.startswith("num") else (
                bool(value) if kind == "bool" else value)
        return out

    rows = {part: sorted((row(part, r) for r in payload.get(part, [])), key=lambda r: json.dumps(r, sort_keys=True))
            for part in LISTS}
    for note in rows["notes"]:
        note.pop("id")
    scorecard, wrapup = payload.get("scorecard"), payload.get("wrapup")
    return json.dumps({"session": row("session", payload["session"]), **rows,
                       "scorecard": None if scorecard is None else row("scorecard", scorecard),
                       "wrapup": None if wrapup is None else row("wrapup", wrapup)},
                      sort_keys=True, ensure_ascii=False)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """All or nothing; inside the caller's transaction if one is open."""
    nested = conn.in_transaction
    conn.execute("SAVEPOINT session_import" if nested else "BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if nested:
            conn.execute("ROLLBACK TO session_import")
            conn.execute("RELEASE session_import")
        else:
            conn.rollback()
        raise
    if nested:
        conn.execute("RELEASE session_import")
    else:
        conn.commit()


def _insert(conn: sqlite3.Connection, part: str, rows: list[Mapping[str, Any]], session_id: str) -> None:
    table = TABLES.get(part, part)
    columns = [c for c in SPEC[part] if not (part == "notes" and c == "id")]
    columns = columns if part == "session" else ["session_id", *columns]

    def value(row: Mapping[str, Any], column: str) -> Any:
        if column == "session_id":
            return session_id
        v = row.get(column)
        if column in _JSON_COLUMNS:
            return json.dumps(v, ensure_ascii=False)
        return int(bool(v)) if column == "ai_generated" else v

    extra = ", id" if part == "notes" else ""  # a note keeps its id where that is free, else gets a new one
    marks = ", ".join("?" * len(columns)) + (
        ", (SELECT CASE WHEN EXISTS (SELECT 1 FROM notes WHERE id = ?) THEN NULL ELSE ? END)" if extra else "")
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}{extra}) VALUES ({marks})",
                     [[value(r, c) for c in columns] + ([r.get("id"), r.get("id")] if extra else []) for r in rows])


def _check_cards_free(conn: sqlite3.Connection, payload: Mapping[str, Any], path: str | Path) -> None:
    """Card ids are global: a renamed copy of a session must not take over another session's cards."""
    sid, cards = payload["session"]["id"], [s["id"] for s in payload["suggestions"]]
    for start in range(0, len(cards), 500):
        chunk = cards[start:start + 500]
        taken = conn.execute(f"SELECT id, session_id FROM suggestions WHERE id IN ({','.join('?' * len(chunk))}) "
                             "AND session_id != ?", [*chunk, sid]).fetchone()
        if taken:
            raise ArchiveError(f"card {taken[0]} already belongs to session {taken[1]} in this database",
                               source=str(path))


def import_session(conn: sqlite3.Connection, path: str | Path, *, replace: bool = False) -> ImportResult:
    """Add the session in ``path`` to the database; refuse, changing nothing, if anything is wrong."""
    manifest, payload = read_archive(path)
    sid = payload["session"]["id"]
    result = ImportResult(sid, "imported", bool(manifest.get("redacted")), len(payload["utterances"]),
                          len(payload["suggestions"]), str(manifest.get("app_version", "?")))
    try:
        with _transaction(conn):  # the checks too: no other writer can slip in between check and write
            exists = conn.execute("SELECT 1 FROM sessions WHERE id = ?", [sid]).fetchone() is not None
            if exists and _canonical(session_payload(conn, sid)) == _canonical(payload):
                return dataclasses.replace(result, status="already present")
            if exists and not replace:
                raise SessionConflict(f"session {sid} is already in the database with different content; import "
                                      "it with replace to overwrite what is there", source=str(path))
            _check_cards_free(conn, payload, path)
            if exists:
                for table in CHILD_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE session_id = ?", [sid])
                conn.execute("DELETE FROM sessions WHERE id = ?", [sid])
            _insert(conn, "session", [payload["session"]], sid)
            for part in LISTS:
                _insert(conn, part, payload.get(part, []), sid)
            for part in ("scorecard", "wrapup"):
                if payload.get(part) is not None:
                    _insert(conn, part, [payload[part]], sid)
    except sqlite3.IntegrityError as exc:
        raise ArchiveError(f"does not fit this database ({exc})", source=str(path)) from exc
    except sqlite3.OperationalError as exc:
        raise KnownError(f"{path}: the session database could not be written ({exc})") from exc
    return dataclasses.replace(result, status="replaced" if exists else "imported")


def payload_record(payload: Mapping[str, Any]) -> SessionRecord:
    """A payload from elsewhere (the central store) as the replay reads a session: through a database in memory
    built by the same migrations and inserts as an import, so it opens exactly as an imported file would."""
    import sqlite_utils

    db = sqlite_utils.Database(memory=True)
    try:
        for migration in MIGRATIONS:
            migration(db)
        sid = payload["session"]["id"]
        _insert(db.conn, "session", [payload["session"]], sid)
        for part in LISTS:
            _insert(db.conn, part, payload.get(part) or [], sid)
        for part in ("scorecard", "wrapup"):
            if payload.get(part) is not None:
                _insert(db.conn, part, [payload[part]], sid)
        return load_record(db.conn, sid)
    finally:
        db.close()
