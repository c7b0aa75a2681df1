"""Privacy operations (GDPR): retention purge, erasure of a customer or a session, a data-subject
export, and the audit that proves each one happened.

Deleting rows is not enough for the bytes to go. SQLite leaves deleted content in free space and
in the write-ahead log; FTS5 keeps a deleted line's words in its index segments until they are
merged; and earlier updates (a CRM context replaced, a card restated) may have left old copies in
free space on SQLite builds that do not zero it (python.org's Windows and macOS builds do not). So
every deletion here runs with ``secure_delete``, merges the full-text index, rewrites the file
(VACUUM) and truncates the write-ahead log. Erasure also rewrites the log lines that mention the
session or the customer. An audit row holds counts and a keyed hash of the subject, never the
subject: the key lives in the OS keychain, so whoever knows a customer id can check that it was
erased, while the database alone says nobody's name. No Qt here.
"""

from __future__ import annotations

import dataclasses
import getpass
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from copilot import __version__
from copilot.config import paths
from copilot.errors import InputError, KnownError
from copilot.record.archive import session_payload
from copilot.record.storage import CHILD_TABLES, CONTEXT_CUSTOMER_ID, Store
from copilot.text.documents import json_loads
from copilot.text.i18n import translate

log = logging.getLogger("copilot.privacy")

DAY_S = 86_400.0
RETENTION_CHECK_MS = 3_600_000  # the app asks ``due`` hourly: a laptop asleep at the 24-hour mark still purges
EXPORT_FORMAT = "agent-copilot-subject-access"
REDACTED = "[removed by a privacy erasure]"
AUDIT_KEY_NAME = "audit-subject-key"  # the keychain entry that keys the audit's subject hashes
# Customer fields that identify the person: their values are searched for in the logs.
_IDENTIFYING = re.compile(r"name|mail|phone|mobile|(?:^|_)id$|number|address|street|postcode|zip|iban|account|"
                          r"birth|passport|ssn|bsn", re.IGNORECASE)
_LOG_PREFIX = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ [\w.]+: ")
DISTINCTIVE_LENGTH = 12  # an id without a digit must be at least this long to be searched for in the logs
MIN_DETAIL, MIN_LINE = 3, 12  # shorter details ("nl") or lines ("Thanks!") would blank unrelated log lines
NOTHING_ELSE = (
    "Agent Copilot keeps nothing else about customers. Settings, window state and the knowledge base (articles "
    "the organisation imported) hold no customer data; the OS keychain holds only the app's own keys; what is sent "
    "to a language model for AI drafts is kept in memory for the running session only. Log lines that mention the "
    "customer, if any, are listed here. Session files or reports a trainer exported are outside this database.")


class PrivacyError(KnownError):
    """A privacy operation could not finish; the message says what was done and what to do."""


class SubjectNotFound(InputError):
    """No recorded session belongs to that customer or has that id: nothing was changed."""


@dataclasses.dataclass(frozen=True, slots=True)
class Erasure:
    sessions: int
    rows: dict[str, int]  # deleted rows per table
    log_lines: int  # log lines rewritten with the redaction marker
    session_ids: tuple[str, ...] = ()  # the sessions erased: the central record erases them too


# -- the audit --------------------------------------------------------------------------------------


def _audit_key() -> bytes | None:
    """The keychain's audit key, made on first use; None without a usable keychain."""
    import keyring

    from copilot.config.keychain import SERVICE

    try:
        key = keyring.get_password(SERVICE, AUDIT_KEY_NAME)
        if not key:
            key = secrets.token_hex(32)
            keyring.set_password(SERVICE, AUDIT_KEY_NAME, key)
    except Exception:  # no keychain (KeyringError) or a broken one (D-Bus): the hash becomes unlinkable
        return None
    return key.encode("ascii")


def subject_ref(scope: str, subject: str) -> str:
    """What the audit keeps instead of the subject: HMAC-SHA256 under the keychain's audit key. Without
    a keychain the salt is random and thrown away: the row proves the operation, and links to nobody."""
    return _ref(_audit_key(), scope, subject)


def _ref(key: bytes | None, scope: str, subject: str) -> str:
    digest = hmac.new(key or secrets.token_bytes(32), f"{scope}:{subject}".encode(), hashlib.sha256).hexdigest()
    return f"{'hmac-sha256' if key else 'unlinkable'}:{digest}"


def _actor() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (a service account, a container)
        return None


def _audit(conn: sqlite3.Connection, operation: str, scope: str, ref: str | None, sessions: int,
           detail: Mapping[str, int]) -> None:
    conn.execute("INSERT INTO audit (at, operation, scope, subject_ref, sessions_affected, actor, detail) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)",
                 [time.time(), operation, scope, ref, sessions, _actor(), json.dumps(dict(detail))])


def _audit_rows(conn: sqlite3.Connection, where: str = "1", params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    rows = [dict(r) for r in cursor.execute(f"SELECT * FROM audit WHERE {where} ORDER BY id", list(params))]
    for row in rows:
        row["detail"] = json_loads(row["detail"] or "{}")
    return rows


def audit_log(db_path: str | Path) -> list[dict[str, Any]]:
    """Every purge, erasure and export, oldest first; ``detail`` holds counts only."""
    if not Path(db_path).exists():
        return []
    with _opened(db_path) as conn:
        return _audit_rows(conn)


# -- deleting so that it is gone ----------------------------------------------------------------------


@contextmanager
def _opened(db_path: str | Path) -> Iterator[sqlite3.Connection]:
    store = Store(db_path)  # migrated: an older database gets its audit table here
    try:
        yield store.db.conn
    finally:
        store.close()


def _delete(conn: sqlite3.Connection, where: str, params: list[Any]) -> dict[str, int]:
    """Delete the sessions matching ``where`` and every row that belongs to them (FTS by trigger)."""
    counts = {}
    for table in CHILD_TABLES:
        cursor = conn.execute(f"DELETE FROM {table} WHERE session_id IN (SELECT id FROM sessions WHERE {where})",
                              params)
        counts[table] = cursor.rowcount
    counts["sessions"] = conn.execute(f"DELETE FROM sessions WHERE {where}", params).rowcount
    return counts


def _rewrite(conn: sqlite3.Connection) -> bool:
    """Leave no copy behind: merge the full-text index (its old segments still hold deleted words),
    rewrite the file without free space (VACUUM), and empty the write-ahead log. False if another
    program is reading the database and the log could not be emptied."""
    with conn:
        conn.execute("INSERT INTO utterances_fts(utterances_fts) VALUES('optimize')")
    conn.execute("VACUUM")
    for _attempt in range(3):
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]  # waits busy_timeout for readers
        if not busy:
            return True
        time.sleep(0.2)
    return False


def purge_older_than(db_path: str | Path, days: int, now: float | None = None) -> int:
    """Delete the sessions that started more than ``days`` days before ``now``, with everything that
    belongs to them; returns how many. 0 days keeps everything. Each run is audited, so the audit
    shows that retention works even on days with nothing to delete."""
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InputError(f"retention days must be a whole number from 0 (0 keeps everything), not {days!r}")
    if days == 0 or not Path(db_path).exists():
        return 0
    cutoff = (time.time() if now is None else now) - days * DAY_S
    with _opened(db_path) as conn:
        conn.execute("PRAGMA secure_delete=ON")  # before deleting: freed pages and cells are zeroed
        with conn:
            counts = _delete(conn, "started_at < ?", [cutoff])
            _audit(conn, "purge", "retention", None, counts["sessions"], {"days": days, **counts})
        if counts["sessions"] and not _rewrite(conn):
            log.warning("retention: old copies stay in the write-ahead log until the database is closed")
    log.info("retention: %d sessions older than %d days deleted", counts["sessions"], days)
    return counts["sessions"]


def _customer_sessions(conn: sqlite3.Connection, customer_id: str) -> list[str]:
    """The customer's sessions: the CRM context's customer id (the column, or the context itself for
    sessions imported from a file). Not the CRM's call ids: one customer's id could be another's call id."""
    return [row[0] for row in conn.execute(
        f"SELECT id FROM sessions WHERE customer_id = ? OR {CONTEXT_CUSTOMER_ID} = ? "
        "ORDER BY started_at, id", [customer_id, customer_id])]


def _subject(value: Any, what: str) -> str:
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if not text:
        raise InputError(f"the {what} is empty")
    return text


def erase_customer(db_path: str | Path, customer_id: str, log_dir: str | Path | None = None) -> Erasure:
    """Erase every session of the customer: their details, what they and the agent said, the cards,
    decisions, notes and scorecards, from the database, its write-ahead log and the log files
    (``log_dir``, by default the app's). ``SubjectNotFound`` changes nothing."""
    customer_id = _subject(customer_id, "customer id")
    return _erase(db_path, "customer", customer_id, lambda conn: _customer_sessions(conn, customer_id), log_dir)


def erase_session(db_path: str | Path, session_id: str, log_dir: str | Path | None = None) -> Erasure:
    """Erase one session (by its id, or the id the CRM gave the call) as ``erase_customer`` erases all of
    a customer's."""
    session_id = _subject(session_id, "session id")
    return _erase(db_path, "session", session_id, lambda conn: [row[0] for row in conn.execute(
        "SELECT id FROM sessions WHERE id = ? OR external_id = ?", [session_id, session_id])], log_dir)


def _erase(db_path: str | Path, scope: str, subject: str, find: Callable[[sqlite3.Connection], list[str]],
           log_dir: str | Path | None) -> Erasure:
    nothing = SubjectNotFound((translate("Record", "no recorded session for customer {id}; nothing was erased")
                               if scope == "customer" else
                               translate("Record", "no recorded session for session {id}; nothing was erased"))
                              .format(id=repr(subject)))
    if not Path(db_path).exists():
        raise nothing
    try:
        with _opened(db_path) as conn:
            ids = find(conn)
            if not ids:
                raise nothing
            needles = _identifiers(conn, ids, subject)
            marks = ", ".join("?" * len(ids))
            conn.execute("PRAGMA secure_delete=ON")
            ref = subject_ref(scope, subject)
            with conn:  # the database first: logs are rewritten only once the rows are really gone
                rows = _delete(conn, f"id IN ({marks})", ids)
                _audit(conn, "erase", scope, ref, rows["sessions"], dict(rows))
            log_lines = scrub_logs(paths.log_dir() if log_dir is None else Path(log_dir), needles)
            with conn:
                conn.execute("UPDATE audit SET detail = json_set(detail, '$.log_lines', ?) "
                             "WHERE id = (SELECT max(id) FROM audit)", [log_lines])
            cleared = _rewrite(conn)
    except sqlite3.Error as exc:
        raise PrivacyError(f"{db_path}: the database could not be changed ({exc}); if another program holds it, "
                           "close that program and run the erase again") from exc
    log.info("privacy: erased %d sessions, %d log lines", rows["sessions"], log_lines)
    if not cleared:
        raise PrivacyError("erased from the database, but another program (a running Agent Copilot?) is reading it, "
                           "so old copies stay in its write-ahead log until that program closes")
    return Erasure(rows["sessions"], rows, log_lines, tuple(ids))


# -- the log files ---------------------------------------------------------------------------------------


def _personal_values(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _personal_values(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _personal_values(v, key)
    elif isinstance(value, str | int) and not isinstance(value, bool) and _IDENTIFYING.search(key):
        yield str(value)


def _identifiers(conn: sqlite3.Connection, ids: list[str], subject: str) -> list[str]:
    """What would give the customer away in a log line: the ids, the customer's details in the CRM
    context, and whole lines they or the agent said."""
    ids_found = {subject}
    details: list[str] = []
    for sid in ids:
        row = conn.execute("SELECT id, external_id, customer_id, context FROM sessions WHERE id = ?", [sid]).fetchone()
        ids_found.update(str(v) for v in row[:3] if v)
        try:
            context = json_loads(row[3] or "{}")
        except ValueError:
            context = {}
        if isinstance(context, Mapping):
            details += _personal_values(context.get("customer") or {})
        said = conn.execute("SELECT text FROM utterances WHERE session_id = ?", [sid])
        details += [r[0] for r in said if r[0] and len(r[0].strip()) >= MIN_LINE]
    # A source's own name for a session ("stdin", "replay") is no identifier: searching the logs for it would
    # blank every line about that source. Ids count when they could only name this session.
    ids_found = {v for v in ids_found if _distinctive(v.strip())}
    found = {v.strip() for v in ids_found} | {v.strip() for v in details if len(v.strip()) >= MIN_DETAIL}
    return sorted({v for v in found if any(c.isalnum() for c in v)}, key=len, reverse=True)


def _distinctive(identifier: str) -> bool:
    """An id that names one session or customer ("call-8812", a uuid), not a word any log line may hold."""
    return any(c.isdigit() for c in identifier) or len(identifier) >= DISTINCTIVE_LENGTH


def _log_files(log_dir: Path) -> list[Path]:
    """Every file in the log folder: the log, its rotated copies, crash reports, self-test output."""
    return sorted(p for p in log_dir.iterdir() if p.is_file()) if log_dir.is_dir() else []


def _matching(path: Path, needles: list[str]) -> tuple[list[str], re.Pattern[str] | None]:
    """The file's lines, and a pattern for the needles it holds (None: none). A plain search picks them
    first: one regular expression of the thousands of lines a customer may have said would crawl."""
    text = path.read_bytes().decode("utf-8", "surrogateescape")
    folded = text.lower()
    present = [n for n in needles if n.lower() in folded]
    pattern = "|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in present)
    return text.split("\n"), re.compile(pattern, re.IGNORECASE) if present else None


def log_mentions(log_dir: Path, needles: list[str]) -> list[dict[str, str]]:
    """The log lines that mention any of ``needles``, with their file: part of a subject access export."""
    found = []
    for path in _log_files(log_dir):
        lines, pattern = _matching(path, needles)
        if pattern is not None:
            found += [{"file": path.name, "line": line.rstrip("\r").encode("utf-8", "surrogateescape").decode(
                "utf-8", "replace")} for line in lines if pattern.search(line)]
    return found


def scrub_logs(log_dir: Path, needles: list[str]) -> int:
    """Rewrite, in place, every log line that mentions one of ``needles`` as its time, level and logger
    followed by ``REDACTED``; returns how many lines. In place, so a running app's log handler keeps
    writing to the same file."""
    rewritten = 0
    for path in _log_files(log_dir):
        try:
            lines, pattern = _matching(path, needles)
            if pattern is None:
                continue
            hits = [n for n, line in enumerate(lines) if pattern.search(line)]
            for n in hits:
                prefix = _LOG_PREFIX.match(lines[n])
                lines[n] = (prefix.group() if prefix else "") + REDACTED + ("\r" if lines[n].endswith("\r") else "")
            rewritten += len(hits)
            if not hits:
                continue
            with open(path, "r+b") as handle:
                handle.write("\n".join(lines).encode("utf-8", "surrogateescape"))
                handle.truncate()
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise PrivacyError(f"{path}: the log file could not be rewritten ({exc.strerror or exc}); nothing was "
                               "erased from the database: close what holds the file and try again") from exc
    return rewritten


# -- the data-subject access export --------------------------------------------------------------------


def export_customer(db_path: str | Path, customer_id: str, out_path: str | Path,
                    log_dir: str | Path | None = None, *, elsewhere: Iterable[Mapping[str, Any]] = ()) -> int:
    """Write everything stored about the customer to ``out_path`` as one JSON file; returns the number
    of sessions. A customer with none gets a file that says so: that is an answer to a request too.
    ``elsewhere`` are the customer's sessions from the central record; those this computer also holds are
    written once."""
    customer_id = _subject(customer_id, "customer id")
    logs = paths.log_dir() if log_dir is None else Path(log_dir)
    sessions: list[dict[str, Any]] = []
    audit: list[dict[str, Any]] = []
    needles = [customer_id]
    if Path(db_path).exists():
        with _opened(db_path) as conn:
            ids = _customer_sessions(conn, customer_id)
            sessions = [session_payload(conn, sid) for sid in ids]
            sessions += [dict(p) for p in elsewhere if p["session"]["id"] not in set(ids)]
            needles = _identifiers(conn, ids, customer_id)
            key = _audit_key()  # once: a keychain may ask the user to unlock it
            refs = [_ref(key, "customer", customer_id), *(_ref(key, "session", sid) for sid in ids)]
            audit = [{k: row[k] for k in ("at", "operation", "scope", "sessions_affected")}
                     for row in _audit_rows(conn, f"subject_ref IN ({', '.join('?' * len(refs))})", refs)]
            document = _document(customer_id, sessions, log_mentions(logs, needles), audit)
            _write_json(Path(out_path), document)
            with conn:
                counts = {part: sum(len(s[part]) for s in sessions)
                          for part in ("utterances", "suggestions", "decisions", "boards", "notes", "held")}
                _audit(conn, "export", "customer", refs[0], len(sessions), counts)
    else:
        sessions = [dict(p) for p in elsewhere]
        _write_json(Path(out_path), _document(customer_id, sessions, log_mentions(logs, needles), []))
    log.info("privacy: exported %d sessions for a subject access request", len(sessions))
    return len(sessions)


def _document(customer_id: str, sessions: list[dict[str, Any]], log_lines: list[dict[str, str]],
              audit: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT, "format_version": 1, "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "customer_id": customer_id,
        "matched_on": "the customer id in the CRM details of a session, or the CRM's id for the call",
        "sessions": sessions,
        "elsewhere": {"log_lines": log_lines, "privacy_operations": audit, "statement": NOTHING_ELSE},
    }


def _write_json(path: Path, document: Mapping[str, Any]) -> None:
    """The file appears complete or not at all."""
    body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        fd, temporary = tempfile.mkstemp(prefix=".copilot-export-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PrivacyError(f"{path}: cannot write the export ({exc.strerror or exc})") from exc


# -- scheduling ------------------------------------------------------------------------------------------


def due(last_run: float | None, now: float, interval_s: float = DAY_S) -> bool:
    """Whether retention should run: at start (never run yet), then once ``interval_s`` has passed,
    or when the clock went back (a run in the "future" would otherwise block it for as long)."""
    return last_run is None or now - last_run >= interval_s or now < last_run
