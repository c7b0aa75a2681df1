"""A desk's live calls, as they happen, to its supervisors, through PostgreSQL's own LISTEN/NOTIFY: no server of
our own to run, and the same logins, TLS and row-level security as the central record.

The desk hands every event (a call started or ended, a line, a card shown or decided, the customer's mood, a
silence) to ``LivePublisher.publish``, which only appends to a small queue and returns: the UI thread and the
desk's lock never wait for the network. A thread of the publisher's own writes what is queued, one transaction
per wake-up, into ``copilot.live_calls`` and ``copilot.live_events`` and sends ``NOTIFY copilot_live, '<call
id>'`` (delivered at commit; the payload is only the call's id, since any login may listen on any channel: what
happened is read through row-level security). With the server away the queue keeps the newest ``QUEUE_MAX``
events and counts the ones it dropped; the thread reconnects with the central sync's backoff.

The same thread listens on the desk's own channel (``note_channel``) for supervisors' notes, claims them and
hands them to ``on_note``; the desk turns each into a card (``Desk.receive_supervisor_note``).

With ``central_redacted_only`` the texts (lines and card titles) are redacted as the sync redacts a session
(``copilot.privacy.scrubber``: the CRM's values learnt first, each line with the turns before it), on this
thread, before they are queued for the server. The CRM context itself never leaves the desk. No Qt here.
"""

from __future__ import annotations

import hashlib
import logging
import selectors
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from copilot.central import schema
from copilot.central.connect import CentralConfig, CentralError, connect, explain
from copilot.central.sync import backoff

log = logging.getLogger("copilot.central")

LIVE_CHANNEL = "copilot_live"
LIVE_SCHEMA = 4  # the first schema version with the live tables
QUEUE_MAX = 2000  # events kept while the server is away; older ones are dropped (and counted)
PURGE_EVERY_S = 3600.0
IDLE_WAKE_S = 30.0


def note_channel(role: str) -> str:
    """The channel a desk listens on for notes: one per login, so a note wakes only its desk."""
    return "copilot_note_" + hashlib.md5(role.encode(), usedforsecurity=False).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SupervisorNote:
    """A supervisor's note to the agent of a call, as the desk receives it."""

    id: int
    call_id: str
    author: str  # the supervisor's login
    author_name: str  # as the supervisor signs it
    text: str


@dataclass(slots=True)
class _Call:
    """What the publisher keeps about a call while it runs: its row in ``live_calls`` and its redaction state."""

    agent: str | None
    team: str | None
    channel: str | None
    started_at: float
    context: Mapping[str, Any]
    ended_at: float | None = None
    seq: int = 0
    redactor: Any = None


@dataclass(slots=True)
class _Event:
    call_id: str
    seq: int
    kind: str
    at: float
    data: dict[str, Any]
    ready: bool = False  # redacted (when asked) and ready to write


class LiveRedactor:
    """One call's redaction, line by line: the sync's scrubber, each turn knowing the turns before it."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        from copilot.privacy.scrubber import Scrubber

        self.scrub = Scrubber(context)
        self.scrub.learn(dict(context))
        self._turns: list[Any] = []
        self._found: list[frozenset[str]] = []

    def line(self, speaker: str, text: str) -> str:
        return self.scrub.next_turn(self._turns, self._found, speaker, text)

    def text(self, value: str) -> str:
        return str(self.scrub.text(value))


class LivePublisher:
    """The desk's side of the live view: ``publish`` from any thread, written by a thread of its own."""

    def __init__(self, config: CentralConfig, *, on_note: Callable[[SupervisorNote], None] | None = None,
                 queue_max: int = QUEUE_MAX) -> None:
        self.config = config
        self.on_note = on_note
        self.problem: str | None = None  # why the server cannot be written now; None while it can
        self.dropped = 0  # events dropped because the queue was full while the server was away
        self.written = 0
        self.failures = 0
        self._queue: deque[_Event] = deque()
        self._queue_max = queue_max
        self._calls: dict[str, _Call] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._woken = False
        self._notes_due = True
        self._writing = False  # a batch is on its way to the server
        self._thread = threading.Thread(target=self._run, name="copilot-central-live", daemon=True)

    # -- any thread ------------------------------------------------------------------------------------

    def start(self) -> LivePublisher:
        self._thread.start()
        return self

    def call_started(self, call_id: str, *, agent: str | None, team: str | None, channel: str | None,
                     started_at: float, context: Mapping[str, Any] | None = None) -> None:
        with self._lock:
            self._calls[call_id] = _Call(agent, team, channel, started_at, dict(context or {}))
        self.publish(call_id, "started", {"agent": agent, "team": team, "channel": channel})

    def call_ended(self, call_id: str, ended_at: float | None = None) -> None:
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                return
            call.ended_at = ended_at or time.time()
        self.publish(call_id, "ended", {})

    def publish(self, call_id: str, kind: str, data: dict[str, Any]) -> None:
        """Queue one event of a started call; never blocks (a full queue drops its oldest event)."""
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                return
            call.seq += 1
            self._queue.append(_Event(call_id, call.seq, kind, time.time(), data))
            while len(self._queue) > self._queue_max:
                self._queue.popleft()
                self.dropped += 1
            wake, self._woken = not self._woken, True
        if wake:
            self._wake()

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def wait_idle(self, timeout: float) -> bool:
        """Block until everything queued so far is written (tests, benchmarks, shutdown)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._queue and not self._writing:
                    return True
            time.sleep(0.01)
        return False

    def close(self, timeout: float = 3.0) -> None:
        """Write what is queued if the server is there (within ``timeout``), then stop."""
        if self._thread.is_alive():
            self.wait_idle(timeout if self._connected.is_set() else 0.0)
        self._stop.set()
        self._wake()
        if self._thread.is_alive():
            self._thread.join(timeout)
        for sock in (self._wake_r, self._wake_w):
            sock.close()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"\0")
        except OSError:  # the pipe is full (the thread is awake anyway) or closed (stopping)
            pass

    # -- the publisher's thread ------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._open()
                self._serve(conn)
            except Exception as exc:  # the server went away, refused us, or a bug: the panel runs on regardless
                self._connected.clear()
                self._failed(exc)
            finally:
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:  # a dropped connection may fail to close; it is gone either way
                        pass
            if not self._stop.is_set():
                self._stop.wait(backoff(self.failures))

    def _failed(self, exc: Exception) -> None:
        import psycopg

        if isinstance(exc, CentralError):
            problem = str(exc)
        elif isinstance(exc, psycopg.Error):
            problem = str(explain(exc, self.config))
        else:
            log.error("live view: publishing failed", exc_info=exc)
            problem = f"{type(exc).__name__} while sending live calls to the central store"
        if problem != self.problem:
            log.warning("live view: %s", problem)
        self.problem = problem
        self.failures += 1

    def _open(self) -> Any:
        conn: Any = connect(self.config, application="agent-copilot-live")
        try:
            if schema.require(conn) < LIVE_SCHEMA:
                raise CentralError("the central store has no live tables yet: run 'copilot central migrate'")
            role = str(conn.execute("SELECT current_user").fetchone()[0])
            conn.execute(f"LISTEN {note_channel(role)}")
            conn.execute("DELETE FROM copilot.live_calls WHERE published_by = current_user AND updated_at < now() - "
                         f"interval '{schema.LIVE_RETENTION_HOURS} hours'")
        except Exception:
            conn.close()
            raise
        if self.problem is not None:
            log.warning("live view: publishing again after %d failed attempts", self.failures)
        self.problem, self.failures = None, 0
        self._notes_due = True  # notes sent while this desk was away
        self._connected.set()
        return conn

    def _serve(self, conn: Any) -> None:
        selector = selectors.DefaultSelector()
        selector.register(self._wake_r, selectors.EVENT_READ)
        selector.register(conn.fileno(), selectors.EVENT_READ)
        purged = time.monotonic()
        try:
            while not self._stop.is_set():
                self._flush(conn)
                for _notify in conn.notifies(timeout=0):  # those that came during a write wait in psycopg's backlog
                    self._notes_due = True
                if self._notes_due:
                    self._notes_due = False
                    self._take_notes(conn)
                if time.monotonic() - purged > PURGE_EVERY_S:
                    purged = time.monotonic()
                    conn.execute("DELETE FROM copilot.live_calls WHERE published_by = current_user AND updated_at < "
                                 f"now() - interval '{schema.LIVE_RETENTION_HOURS} hours'")
                with self._lock:
                    idle = not self._queue
                if not idle:
                    continue
                for key, _mask in selector.select(IDLE_WAKE_S):
                    if key.fileobj is self._wake_r:
                        self._drain_wake()
                if conn.closed or conn.broken:
                    raise CentralError("the connection to the central store closed")
        finally:
            selector.close()

    def _drain_wake(self) -> None:
        with self._lock:
            self._woken = False
        try:
            while self._wake_r.recv(4096):
                pass
        except OSError:  # nothing more to read
            pass

    def _flush(self, conn: Any) -> None:
        """Write every queued event in one transaction; on failure they go back to the front of the queue."""
        from psycopg.types.json import Jsonb

        with self._lock:
            batch = list(self._queue)
            self._queue.clear()
            self._writing = bool(batch)
            calls = {e.call_id: self._calls[e.call_id] for e in batch if e.call_id in self._calls}
        if not batch:
            return
        try:
            for event in batch:
                self._prepare(event, calls.get(event.call_id))
            call_rows = [[cid, c.agent, c.team, c.channel, c.started_at, c.ended_at,
                          max(e.seq for e in batch if e.call_id == cid)] for cid, c in calls.items()]
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO copilot.live_calls (id, agent, team, channel, started_at, ended_at, last_seq) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET "
                    "ended_at = coalesce(EXCLUDED.ended_at, copilot.live_calls.ended_at), "
                    "last_seq = greatest(EXCLUDED.last_seq, copilot.live_calls.last_seq), updated_at = now()",
                    call_rows)
                cursor.executemany(
                    "INSERT INTO copilot.live_events (call_id, seq, kind, at, data) VALUES (%s, %s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING", [[e.call_id, e.seq, e.kind, e.at, Jsonb(e.data)] for e in batch])
                cursor.execute("SELECT pg_notify(%s, c) FROM unnest(%s::text[]) AS c", [LIVE_CHANNEL, list(calls)])
        except BaseException:
            with self._lock:
                self._queue.extendleft(reversed(batch))
                while len(self._queue) > self._queue_max:
                    self._queue.popleft()
                    self.dropped += 1
                self._writing = False
            raise
        with self._lock:
            self.written += len(batch)
            self._writing = False
            for cid, call in calls.items():
                if call.ended_at is not None and not any(e.call_id == cid for e in self._queue):
                    self._calls.pop(cid, None)

    def _prepare(self, event: _Event, call: _Call | None) -> None:
        """Redact an event's texts once (an event written again after a failure is not redacted twice)."""
        if event.ready:
            return
        event.ready = True
        if not self.config.redacted_only or call is None:
            return
        if call.redactor is None:
            call.redactor = LiveRedactor(call.context)
        if event.kind == "line":
            event.data = {**event.data, "text": call.redactor.line(str(event.data.get("speaker") or "customer"),
                                                                   str(event.data.get("text") or ""))}
        elif event.kind == "card" and event.data.get("title"):
            event.data = {**event.data, "title": call.redactor.text(str(event.data["title"]))}
        if event.kind == "started":
            event.data = {**event.data, "redacted": True}

    def _take_notes(self, conn: Any) -> None:
        """Claim the notes sent to this desk's calls and hand them over; each is delivered once."""
        rows = conn.execute(
            "UPDATE copilot.live_notes SET delivered_at = now() WHERE desk = current_user AND delivered_at IS NULL "
            "RETURNING id, call_id, author, coalesce(author_name, author::text), text").fetchall()
        for row in sorted(rows):
            note = SupervisorNote(int(row[0]), row[1], row[2], row[3], row[4])
            if self.on_note is not None:
                try:
                    self.on_note(note)
                except Exception:  # the receiver's bug must not stop the live view
                    log.exception("live view: a supervisor's note could not be handed over")


def start_from_settings(settings: Any, notices: list[str],
                        on_note: Callable[[SupervisorNote], None] | None = None) -> LivePublisher | None:
    """The publisher the settings ask for (``central_url`` set and ``central_live`` on), started; None otherwise."""
    from copilot.central.connect import from_settings

    if not settings["central_live"]:
        return None
    try:
        config = from_settings(settings)
    except CentralError:
        return None  # the sync already said why in a notice
    return None if config is None else LivePublisher(config, on_note=on_note).start()


__all__ = ["LIVE_CHANNEL", "LivePublisher", "LiveRedactor", "SupervisorNote", "note_channel",
           "start_from_settings"]
