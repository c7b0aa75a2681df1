"""The supervisor's one door to the live view: a thread that LISTENs for the team's calls and reads what happened.

``NOTIFY copilot_live`` tells which call moved (the payload is only its id); the thread gathers the ids of every
notification waiting and reads their new events in one query, after the last event it already has of each call
(events are numbered per call by the desk, so an event committed late is never skipped). Row-level security
decides what that query returns: a supervisor of team A never reads a line of team B's calls, however the
notifications reach it. Calls the server will not show are remembered, so their notifications cost nothing
more. ``on_change`` is called on the thread with the ids of the calls that changed; the window hands it to Qt
with a signal. Notes go the other way: ``send_note`` queues one and the thread writes it and notifies the desk.
No Qt here.
"""

from __future__ import annotations

import logging
import selectors
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from copilot.central import schema, supervision
from copilot.central.connect import CentralConfig, CentralError, connect, explain
from copilot.central.live import LIVE_SCHEMA
from copilot.central.sync import backoff
from copilot.supervise.calls import AlertRules, LiveCall

log = logging.getLogger("copilot.supervise")

KEEP_ENDED_S = 120.0  # an ended call stays on the list this long
STALE_S = 3600.0  # a call without news this long (its desk went away mid-call) leaves the list
IDLE_WAKE_S = 5.0

ChangeHandler = Callable[[list[str]], None]
NoteHandler = Callable[[str, str | None], None]  # (call id, problem or None when delivered)


class SupervisorService:
    def __init__(self, config: CentralConfig, *, on_change: ChangeHandler | None = None,
                 on_note_sent: NoteHandler | None = None, rules: AlertRules | None = None) -> None:
        self.config = config
        self.on_change = on_change
        self.on_note_sent = on_note_sent
        self.rules = rules or AlertRules()
        self.calls: dict[str, LiveCall] = {}  # read under ``lock``: the thread changes them
        self.lock = threading.Lock()
        self.problem: str | None = None
        self.failures = 0
        self.received: deque[tuple[str, int, str, float, float]] = deque(maxlen=100_000)  # call, seq, kind, at, got
        self._hidden: set[str] = set()  # calls this login may not see
        self._moved: set[str] = set()
        self._notes: deque[tuple[str, str, str]] = deque()
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._thread = threading.Thread(target=self._run, name="copilot-supervise", daemon=True)

    # -- any thread ------------------------------------------------------------------------------------

    def start(self) -> SupervisorService:
        self._thread.start()
        return self

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def snapshot(self) -> list[LiveCall]:
        """The calls on the list now, the longest running first."""
        with self.lock:
            return sorted(self.calls.values(), key=lambda c: c.started_at)

    def send_note(self, call_id: str, text: str, author_name: str) -> None:
        """Queue a note to the agent of ``call_id``; ``on_note_sent`` says whether it reached the server."""
        if text.strip():
            self._notes.append((call_id, text.strip(), author_name))
            self._wake()

    def close(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._wake()
        if self._thread.is_alive():
            self._thread.join(timeout)
        for sock in (self._wake_r, self._wake_w):
            sock.close()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"\0")
        except OSError:  # full (the thread is awake anyway) or closed (stopping)
            pass

    # -- the thread ------------------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._open()
                self._serve(conn)
            except Exception as exc:  # the server went away or refused us: say so, try again later
                self._connected.clear()
                self._failed(exc)
            finally:
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:  # already dropped by the server
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
            log.error("live view failed", exc_info=exc)
            problem = f"{type(exc).__name__} while following the live calls"
        if problem != self.problem:
            log.warning("live view: %s", problem)
        self.problem = problem
        self.failures += 1
        self._changed([])

    def _open(self) -> Any:
        conn: Any = connect(self.config, application="agent-copilot-supervise")
        try:
            if schema.server_version(conn) < LIVE_SCHEMA:
                raise CentralError("the central store has no live calls yet: an administrator runs "
                                   "'copilot central migrate'")
            supervision.listen(conn)
            self._load(conn)
        except Exception:
            conn.close()
            raise
        self.problem, self.failures = None, 0
        self._connected.set()
        return conn

    def _load(self, conn: Any) -> None:
        """Every call of the team running now (or just ended), with all its events so far."""
        rows = supervision.recent_calls(conn, keep_ended_s=KEEP_ENDED_S, stale_s=STALE_S)
        with self.lock:
            known = {c.id: c.last_seq for c in self.calls.values()}
            for row in rows:
                if row[0] not in self.calls:
                    self.calls[row[0]] = LiveCall(row[0], row[1], row[2], row[3], float(row[4]), desk=str(row[6]))
        self._fetch(conn, {row[0] for row in rows} | set(known))

    def _serve(self, conn: Any) -> None:
        selector = selectors.DefaultSelector()
        selector.register(self._wake_r, selectors.EVENT_READ)
        selector.register(conn.fileno(), selectors.EVENT_READ)
        try:
            while not self._stop.is_set():
                self._send_notes(conn)
                for notify in conn.notifies(timeout=0):  # those that came during a query wait in psycopg's backlog
                    self._moved.add(notify.payload)
                if self._moved:
                    moved, self._moved = self._moved, set()
                    self._fetch(conn, moved)
                self._prune()
                for key, _mask in selector.select(IDLE_WAKE_S):
                    if key.fileobj is self._wake_r:
                        try:
                            while self._wake_r.recv(4096):
                                pass
                        except OSError:  # nothing more to read
                            pass
                if conn.closed or conn.broken:
                    raise CentralError("the connection to the central store closed")
        finally:
            selector.close()

    def _fetch(self, conn: Any, ids: set[str]) -> None:
        """The new events of the calls in ``ids``, in one query after the last one held of each."""
        ids -= self._hidden
        if not ids:
            return
        with self.lock:
            unknown = [i for i in ids if i not in self.calls]
        if unknown:
            rows = supervision.calls_by_id(conn, unknown)
            seen = {row[0] for row in rows}
            self._hidden.update(i for i in unknown if i not in seen)
            with self.lock:
                for row in rows:
                    self.calls[row[0]] = LiveCall(row[0], row[1], row[2], row[3], float(row[4]), desk=str(row[6]))
        with self.lock:
            after = {i: self.calls[i].last_seq for i in ids if i in self.calls}
        if not after:
            return
        rows = supervision.events_after(conn, after)
        received = time.time()
        with self.lock:
            for call_id, seq, kind, at, data in rows:
                call = self.calls.get(call_id)
                if call is not None:
                    call.fold(int(seq), str(kind), float(at), dict(data or {}))
                    self.received.append((call_id, int(seq), str(kind), float(at), received))
        if rows:
            self._changed(sorted({row[0] for row in rows}))

    def _prune(self) -> None:
        now = time.time()
        with self.lock:
            gone = [c.id for c in self.calls.values()
                    if (c.ended_at is not None and now - c.ended_at > KEEP_ENDED_S)
                    or now - max(c.last_line_at or c.started_at, c.started_at) > STALE_S]
            for call_id in gone:
                del self.calls[call_id]
        if gone:
            self._changed(gone)

    def _send_notes(self, conn: Any) -> None:
        import psycopg

        while self._notes:
            call_id, text, author = self._notes[0]
            problem: str | None = None
            try:
                if not supervision.send_note(conn, call_id, author, text):
                    problem = "the call has ended"
            except psycopg.errors.InsufficientPrivilege:
                problem = "this login may not send notes to that call"
            except (psycopg.OperationalError, psycopg.InterfaceError):
                raise  # the note stays queued: it goes once the server is back
            self._notes.popleft()
            if problem is None:
                with self.lock:
                    call = self.calls.get(call_id)
                    if call is not None:
                        call.feed.append({"type": "note", "text": text, "author": author, "at": time.time()})
            if self.on_note_sent is not None:
                self.on_note_sent(call_id, problem)
            self._changed([call_id])

    def _changed(self, ids: list[str]) -> None:
        if self.on_change is not None:
            try:
                self.on_change(ids)
            except Exception:  # the receiver's bug must not stop the live view
                log.exception("live view: a change could not be handed over")


def from_settings(settings: Any, **kwargs: Any) -> SupervisorService:
    """The service for the central store the settings name; ``CentralError`` when there is none."""
    from copilot.central.connect import from_settings as central

    config = central(settings)
    if config is None:
        raise CentralError("no central record is configured (setting central_url): the live calls are there")
    return SupervisorService(config, **kwargs)
