"""The one serialised lane for SQLite writes, on a thread of its own.

The UI thread only puts small records on a queue; the writer thread commits each one as soon as
it arrives (WAL mode makes a commit cheap), so a crash or a kill loses at most the records still in
the queue, and a slow disk never freezes the panel. ``after_writes`` tells a caller once what it
queued so far is committed (or not): the local API answers only then.

Failing in plain sight: a database that SQLite finds damaged when it opens is moved aside untouched and
a new one started (``notice`` says so); a write that fails (a read-only folder, a full disk) sets
``problem`` until a write succeeds again, and is logged once, not once per line. What could not be written
meanwhile is kept in memory, in order, and written first once the database takes writes again, so a full disk
that is cleared loses nothing (a session's later lines no longer fail for want of its first record). The memory
is bounded (``KEEP_AT_MOST`` records); beyond it newer records are dropped, counted and logged.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from copilot.model import Decision, Suggestion, Utterance
from copilot.record.storage import Store, damage, set_aside

log = logging.getLogger("copilot.storage")
_STOP = object()
REOPEN_S = 0.5  # while writes fail, a new connection is tried at most this often
KEEP_AT_MOST = 50_000  # records kept in memory while the database takes no writes


class BackgroundRecorder:
    """Implements the session ``Recorder`` protocol by queueing writes for the writer thread."""

    def __init__(self, path: str | Path, on_error: Callable[[Exception], None] | None = None, *,
                 check: bool = True) -> None:
        self.path = Path(path)
        self._queue: queue.Queue[Any] = queue.Queue()
        self._on_error = on_error
        self._check = check
        self._opened = threading.Event()
        self._open_error: Exception | None = None
        self.failures = 0
        self.notice: str | None = None  # something the agent should know about the record since it opened
        self.problem: str | None = None  # why writes fail now (None: recording)
        self._failed_since_asked = False
        self._reopened = 0.0  # when a failing connection was last replaced
        self._kept: deque[tuple[str, tuple[Any, ...]]] = deque()  # not written yet, oldest first
        self._retried = 0.0  # when the kept records were last tried
        self.dropped = 0  # kept records given up for want of memory
        self._thread = threading.Thread(target=self._run, name="copilot-recorder", daemon=True)
        self._thread.start()
        self._opened.wait()
        if self._open_error is not None:
            raise self._open_error

    # -- the Recorder protocol (called on any thread, returns at once) ----------------------------

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None:
        self._queue.put(("session_started", (session_id, dict(info))))

    def utterance_added(self, session_id: str, utterance: Utterance) -> None:
        self._queue.put(("utterance_added", (session_id, utterance)))

    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None:
        self._queue.put(("suggestion_shown", (session_id, suggestion)))

    def suggestion_restated(self, session_id: str, suggestion: Suggestion) -> None:
        self._queue.put(("suggestion_restated", (session_id, suggestion)))

    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None:
        self._queue.put(("suggestion_painted", (session_id, suggestion_id, card_ms)))

    def decision_made(self, session_id: str, decision: Decision) -> None:
        self._queue.put(("decision_made", (session_id, decision)))

    def context_changed(self, session_id: str, context: Mapping[str, Any]) -> None:
        self._queue.put(("context_changed", (session_id, dict(context))))

    def ai_tokens_used(self, session_id: str, tokens: int) -> None:
        self._queue.put(("ai_tokens_used", (session_id, tokens)))

    def session_ended(self, session_id: str, ended_at: float) -> None:
        self._queue.put(("session_ended", (session_id, ended_at)))

    def session_described(self, session_id: str, fields: Mapping[str, Any]) -> None:
        self._queue.put(("session_described", (session_id, dict(fields))))

    def board_changed(self, session_id: str, at: float, card_ids: list[str]) -> None:
        self._queue.put(("board_changed", (session_id, at, list(card_ids))))

    def draft_held(self, session_id: str, suggestion: Suggestion, reason: str) -> None:
        self._queue.put(("draft_held", (session_id, suggestion, reason)))

    def wrapup_drafted(self, session_id: str, draft: Mapping[str, Any]) -> None:
        self._queue.put(("wrapup_drafted", (session_id, dict(draft))))

    def wrapup_approved(self, session_id: str, approved: Mapping[str, Any]) -> None:
        self._queue.put(("wrapup_approved", (session_id, dict(approved))))

    # -- lifecycle -------------------------------------------------------------------------------

    def after_writes(self, done: Callable[[bool, str | None], None]) -> None:
        """Call ``done(stored, problem)`` on the writer thread once everything queued before this is committed:
        ``stored`` is False when any of it could not be written (``problem`` says why)."""
        self._queue.put(("_after", done))

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far is committed (for tests and shutdown)."""
        done = threading.Event()
        self._queue.put(("_barrier", done))
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            if self._check:
                self._set_aside_if_damaged()
            self._store: Store | None = Store(self.path)
        except Exception as exc:  # reported to the constructor's caller
            self._open_error = exc
            self._opened.set()
            return
        self._opened.set()
        try:
            running = True
            while running:
                try:
                    batch = [self._queue.get(timeout=REOPEN_S if self._kept else None)]
                except queue.Empty:  # nothing new: try the kept records again
                    self._write_kept()
                    continue
                try:
                    while len(batch) < 500:
                        batch.append(self._queue.get_nowait())
                except queue.Empty:
                    pass
                running = self._write(batch)
        finally:
            if self._kept:
                self._write_kept(now=True)
            if self._kept:
                log.error("%d records could not be written to %s before closing: %s", len(self._kept), self.path,
                          self.problem)
            if self._store is not None:
                self._store.close()

    def _connection(self) -> Store | None:
        """The open store; after a failed write, a fresh connection (SQLite keeps one that hit an I/O error
        unusable even once the disk is writable again)."""
        if self.problem is not None and time.monotonic() - self._reopened >= REOPEN_S:
            self._reopened = time.monotonic()
            try:
                if self._store is not None:
                    self._store.close()
            except Exception:  # closing a broken connection may fail too; a new one follows
                pass
            try:
                self._store = Store(self.path)
            except Exception:  # still not writable: the write fails and says why
                self._store = None
        return self._store

    def _write(self, batch: list[Any]) -> bool:
        """Commit the batch. Runs of lines go in one transaction; everything else commits on its
        own (cheap in WAL mode), and a record that fails costs only itself."""
        running = True
        lines: list[tuple[str, Utterance]] = []
        for item in batch:
            if item is not _STOP and item[0] == "utterance_added":
                lines.append(item[1])
                continue
            self._write_lines(lines)
            lines = []
            if item is _STOP:
                running = False
            elif item[0] == "_barrier":
                item[1].set()
            elif item[0] == "_after":
                stored, self._failed_since_asked = not self._failed_since_asked and self.problem is None, False
                try:
                    item[1](stored, self.problem)
                except Exception:  # a caller's bug must not stop the recording
                    log.exception("after_writes callback failed")
            else:
                self._write_one(item[0], item[1])
        self._write_lines(lines)
        return running

    def _write_lines(self, lines: list[tuple[str, Utterance]]) -> None:
        if not lines:
            return
        if not self._write_kept():  # the older records first: while they wait, these wait behind them
            for line in lines:
                self._keep("utterance_added", line)
            return
        try:
            self._apply("utterances_added", (lines,))
        except Exception:  # find the culprit: one by one, the good ones still land
            for line in lines:
                self._write_one("utterance_added", line)
        else:
            self._succeeded()

    def _write_one(self, name: str, payload: tuple[Any, ...]) -> None:
        if not self._write_kept():
            self._keep(name, payload)
            return
        try:
            self._apply(name, payload)
        except Exception as exc:
            self._failed(exc, name)
            if _cannot_write(exc):
                self._keep(name, payload)
        else:
            self._succeeded()

    def _apply(self, name: str, payload: tuple[Any, ...]) -> None:
        """Write one record through the store's method of that name (raises what the write raised)."""
        store = self._connection()
        if store is None:
            raise OSError("the session database cannot be opened")
        getattr(store, name)(*payload)

    def _keep(self, name: str, payload: tuple[Any, ...]) -> None:
        """Hold a record the database would not take, to write it once it does."""
        self._failed_since_asked = True
        if len(self._kept) < KEEP_AT_MOST:
            self._kept.append((name, payload))
            return
        if not self.dropped:  # the newest go: what is kept stays whole (a session's start before its lines)
            log.error("%d records wait for %s: newer ones are dropped until it takes writes", KEEP_AT_MOST, self.path)
        self.dropped += 1

    def _write_kept(self, now: bool = False) -> bool:
        """Write the kept records, oldest first (tried at most every ``REOPEN_S``); True when none is left."""
        if not self._kept:
            return True
        if not now and time.monotonic() - self._retried < REOPEN_S:
            return False
        self._retried = time.monotonic()
        while self._kept:
            name, payload = self._kept[0]
            try:
                self._apply(name, payload)
            except Exception as exc:
                if _cannot_write(exc):
                    self._failed(exc, name)
                    return False
                self._kept.popleft()  # this record is wrong: only it is lost
                self._failed(exc, name)
                continue
            self._kept.popleft()
        self._succeeded()
        return True

    def _succeeded(self) -> None:
        if self.problem is not None:
            dropped = f"; {self.dropped} records were dropped meanwhile" if self.dropped else ""
            log.warning("recording again in %s after %d failed writes%s", self.path, self.failures, dropped)
            self.problem = None

    def _failed(self, exc: Exception, name: str) -> None:
        self.failures += 1
        self._failed_since_asked = True
        if not _cannot_write(exc):  # this record is wrong (a repeat, a session never recorded): only it is lost
            log.error("could not record %s in %s", name, self.path, exc_info=exc)
        else:
            problem = _problem_of(exc)
            if self.problem is None:  # logged when it starts (and when it ends), not for every line after
                log.error("not recording in %s: %s (while writing %s)", self.path, problem, name,
                          exc_info=not isinstance(exc, sqlite3.Error))
            elif problem != self.problem:
                log.warning("still no record in %s: now %s", self.path, problem)
            self.problem = problem
        if self._on_error is not None:
            self._on_error(exc)

    def _set_aside_if_damaged(self) -> None:
        found = damage(self.path)
        if found is None:
            return
        kept = set_aside(self.path, time.time())
        self.notice = (f"The session database was damaged ({found}); it is kept unchanged as {kept.name} and a "
                       "new one was started. Earlier sessions are in the damaged file.")
        log.error("session database %s damaged (%s): moved aside as %s", self.path, found, kept.name)


def _cannot_write(exc: Exception) -> bool:
    """Whether the database cannot be written at all (the disk, the folder, a lock), not just this record."""
    return isinstance(exc, OSError | sqlite3.OperationalError) or (
        isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError))


def _problem_of(exc: Exception) -> str:
    """Why writing failed, in words for the agent and for IT: never customer text."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return "the data folder or the database is read-only"
    if "disk is full" in text or "no space" in text:
        return "the disk is full"
    if "disk i/o error" in text or isinstance(exc, OSError):
        return "the database file cannot be written (disk I/O error)"
    if "locked" in text or "busy" in text:
        return "another program holds the database"
    if "malformed" in text or "not a database" in text:
        return "the database is damaged"
    return f"{type(exc).__name__} while writing"
