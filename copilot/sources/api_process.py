"""The local API in a process of its own, so serving HTTP never competes with the panel for the GIL.

The child process runs ``LocalApi`` and hands accepted messages to the panel in batches through a pipe, each
with a ticket; the panel answers per ticket once what the message changed is committed to the session
record, and only then does the child answer 202 (an acknowledgement means stored: an utterance a client
saw acknowledged survives a SIGKILL of the panel). Events for WebSocket clients, a new token and a
heartbeat go the other way, written by a thread of their own so the UI thread never writes to the pipe.

Nothing dies quietly. A thread of the child that ends ends the child; the panel sees its pipe close at once,
or its heartbeat answers stop within ``STALL_S``, says so, and starts a new one (``on_gone``). While no
panel answers, the child answers 503; its ``/v1/health`` says which part is not ready (the pipe, the panel,
the record).
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from multiprocessing.connection import Connection
from typing import Any

from copilot.live.protocol import Message
from copilot.sources.api import MAX_BODY, ApiError, Receipt

log = logging.getLogger("copilot.api")
BATCH_S = 0.002  # the child gathers accepted messages this long before sending them over
HEARTBEAT_S = 0.5  # the panel tells the child it is there (and whether it records) this often
STALL_S = 2.0  # no answer to heartbeats this long: the child is stuck, and replaced
PANEL_GONE_S = 1.5  # the child counts the panel as gone after this long without a heartbeat
EXIT_THREAD_DIED = 70
Stored = Callable[[Callable[[bool, "str | None"], None]], None]  # call back once what was handed over is stored


def _child(inbound: Connection, outbound: Connection, token: str, host: str, port: int,
           origins: list[str], max_body: int) -> None:
    """The API process: serve, forward accepted messages, answer each once the panel says it is stored."""
    import asyncio

    from copilot.sources.api import LocalApi

    pending: list[tuple[int, Message]] = []
    waiting: dict[int, asyncio.Future[Receipt]] = {}
    tickets = itertools.count(1)
    lock = threading.Lock()
    wake = threading.Event()
    stop = threading.Event()
    panel = {"seen": time.monotonic(), "recording": True, "problem": None}
    broken: list[str] = []  # why the pipe to the panel cannot be used

    def deliver(message: Message) -> asyncio.Future[Receipt]:
        """On the server's loop: queue the message for the panel, return what the request waits on."""
        future: asyncio.Future[Receipt] = asyncio.get_running_loop().create_future()
        if broken or not forwarder.is_alive():
            future.set_result(Receipt(False, False, "the panel cannot take messages now"))
            return future
        with lock:
            ticket = next(tickets)
            waiting[ticket] = future
            pending.append((ticket, message))
        wake.set()
        return future

    def readiness() -> Mapping[str, Any]:
        fresh = time.monotonic() - panel["seen"] < PANEL_GONE_S  # type: ignore[operator]
        return {"pipe": not broken and forwarder.is_alive(), "panel": fresh,
                "recording": bool(panel["recording"]) and fresh, **({"problem": panel["problem"]}
                                                                     if panel["problem"] else {})}

    api = LocalApi(deliver, token, host=host, port=port, allowed_origins=origins, max_body=max_body,
                   readiness=readiness)

    def settle(receipts: list[tuple[int, bool, bool, str | None]]) -> None:
        """On the server's loop: answer the requests whose tickets the panel settled."""
        for ticket, delivered, stored, problem in receipts:
            with lock:
                future = waiting.pop(ticket, None)
            if future is not None and not future.done():
                future.set_result(Receipt(delivered, stored, problem))

    def forward() -> None:
        try:
            while not stop.is_set():
                wake.wait(0.2)
                wake.clear()
                time.sleep(BATCH_S)
                with lock:
                    batch, pending[:] = pending[:], []
                if batch:
                    inbound.send(("messages", batch))
        except Exception as exc:  # the pipe is gone, or a message could not be sent: say so, then end the child
            broken.append(type(exc).__name__)
            os.write(2, f"copilot API process: cannot pass messages to the panel ({type(exc).__name__})\n".encode())
            stop.set()

    forwarder = threading.Thread(target=forward, name="api-forward", daemon=True)
    forwarder.start()  # before the server: a request may come in the moment it listens
    try:
        api.start()
    except ApiError as exc:
        inbound.send(("error", str(exc)))
        stop.set()
        wake.set()
        return
    inbound.send(("started", api.port))
    loop = api.loop
    try:
        while not stop.is_set():
            if not outbound.poll(HEARTBEAT_S):
                if not forwarder.is_alive() or not api.serving:
                    break  # a thread of ours ended: end with it, so the panel starts a new one
                continue
            command, *args = outbound.recv()
            if command == "publish":
                for event in args[0]:
                    api.publish(event)
            elif command == "receipts" and loop is not None:
                loop.call_soon_threadsafe(settle, args[0])
            elif command == "heartbeat":
                panel.update(seen=time.monotonic(), recording=args[0].get("recording", True),
                             problem=args[0].get("problem"))
                inbound.send(("alive", None))
            elif command == "token":
                api.token = args[0]
                inbound.send(("token-set", None))
            elif command == "stop":
                stop.set()
                break
    except (EOFError, OSError):
        pass  # the panel is gone
    ended_by_panel = stop.is_set() and not broken
    stop.set()
    wake.set()
    forwarder.join(2)
    api.stop()
    if not ended_by_panel and (broken or not forwarder.is_alive()):
        os._exit(EXIT_THREAD_DIED)


class ApiProcess:
    """Same face as ``LocalApi`` (``start``, ``stop``, ``publish``, ``port``, ``url``, ``token``).

    ``deliver`` takes each message (on the reader thread); ``stored`` is then asked to call back once what
    the messages changed is committed; ``status`` tells the heartbeat whether the panel records;
    ``on_gone`` hears, on a thread of this object's, that the process ended or stalled without being asked."""

    def __init__(self, deliver: Callable[[Message], None], token: str, *, host: str = "127.0.0.1",
                 port: int = 8765, allowed_origins: Iterable[str] = (), max_body: int = MAX_BODY,
                 stored: Stored | None = None, status: Callable[[], Mapping[str, Any]] | None = None,
                 on_gone: Callable[[str], None] | None = None) -> None:
        self.deliver = deliver
        self.stored = stored
        self.status = status
        self.on_gone = on_gone
        self._token = token
        self.host = host
        self.port = port
        self.allowed_origins = list(allowed_origins)
        self.max_body = max_body
        self._send_lock = threading.Lock()
        self._process: Any = None
        self._reader: threading.Thread | None = None
        self._events: list[dict[str, Any]] = []  # published, not yet handed to the child
        self._receipts: list[tuple[int, bool, bool, str | None]] = []
        self._events_lock = threading.Lock()
        self._events_waiting = threading.Event()
        self._publisher: threading.Thread | None = None
        self._token_set = threading.Event()
        self._alive_at = time.monotonic()
        self._stopping = False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def token(self) -> str:
        return self._token

    @token.setter
    def token(self, value: str) -> None:
        """A new token: from the moment this returns, the old one is refused."""
        self._token = value
        self._token_set.clear()
        self._send(("token", value))
        if self._process is not None and not self._token_set.wait(2.0):
            log.warning("the local API process did not confirm the new token")

    def start(self, timeout: float = 20.0) -> None:
        """Spawn the server and wait until it listens (the panel calls this off its UI thread)."""
        context = multiprocessing.get_context("spawn")
        inbound_here, inbound_there = context.Pipe(duplex=False)
        outbound_there, outbound_here = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_child, name="copilot-api",
            args=(inbound_there, outbound_there, self._token, self.host, self.port, self.allowed_origins,
                  self.max_body),
            daemon=True,
        )
        self._process.start()
        inbound_there.close()  # so that the reader sees the end when the child goes
        outbound_there.close()
        self._inbound, self._outbound = inbound_here, outbound_here
        self._stopping = False
        self._await_start(timeout)

    def _await_start(self, timeout: float) -> None:
        try:
            ready = self._inbound.poll(timeout)
            status, value = self._inbound.recv() if ready else ("error", "the local API did not start in time")
        except (EOFError, OSError):
            status, value = "error", "the local API process ended as it started"
        if status != "started":
            self._stop_child()
            self._process = None
            raise ApiError(value)
        self.port = int(value)
        self._alive_at = time.monotonic()
        log.info("local API process listening on %s", self.url)
        self._reader = threading.Thread(target=self._read, name="copilot-api-reader", daemon=True)
        self._reader.start()
        self._publisher = threading.Thread(target=self._publish_events, name="copilot-api-publisher", daemon=True)
        self._publisher.start()

    def restart(self, timeout: float = 20.0) -> None:
        """A new process on the same port and token, after the last one ended or stalled."""
        self._stopping = True
        self._events_waiting.set()
        if self._publisher is not None and self._publisher is not threading.current_thread():
            self._publisher.join(5)
        process = self._process
        if process is not None and process.is_alive():
            process.kill()
            process.join(5)
        for connection in (getattr(self, "_inbound", None), getattr(self, "_outbound", None)):
            if connection is not None:
                connection.close()
        self._process = None
        self.start(timeout)

    # -- the panel's side of the pipe --------------------------------------------------------------

    def _read(self) -> None:
        while True:
            try:
                kind, payload = self._inbound.recv()
            except (EOFError, OSError):
                if not self._stopping:
                    self._gone("the local API process ended")
                return
            if kind == "messages":
                self._take(payload)
            elif kind == "alive":
                self._alive_at = time.monotonic()
            elif kind == "token-set":
                self._token_set.set()

    def _take(self, batch: list[tuple[int, Message]]) -> None:
        """Deliver a batch; answer its tickets once the record holds what it changed."""
        taken: list[int] = []
        refused: list[tuple[int, bool, bool, str | None]] = []
        for ticket, message in batch:
            try:
                self.deliver(message)
            except Exception:  # a bug of ours: the client hears it was not delivered, the log has the rest
                log.exception("a message from the local API could not be taken")
                refused.append((ticket, False, False, "the panel could not take it"))
            else:
                taken.append(ticket)
        if refused:
            self._answer(refused)
        if not taken:
            return

        def settled(stored: bool, problem: str | None) -> None:
            self._answer([(ticket, True, stored, problem) for ticket in taken])

        if self.stored is None:
            settled(True, None)
        else:
            self.stored(settled)

    def _answer(self, receipts: list[tuple[int, bool, bool, str | None]]) -> None:
        with self._events_lock:
            self._receipts.extend(receipts)
        self._events_waiting.set()

    def _gone(self, why: str) -> None:
        log.error("%s; starting a new one", why)
        if self.on_gone is not None:
            self.on_gone(why)

    def _stop_child(self, timeout: float = 5.0) -> None:
        process = self._process
        if process is None:
            return
        self._send(("stop",))
        process.join(timeout)
        if process.is_alive():
            process.terminate()
            process.join(timeout)

    def _send(self, command: tuple[Any, ...]) -> None:
        if self._process is None:
            return
        with self._send_lock:
            try:
                self._outbound.send(command)
            except (OSError, ValueError):
                log.warning("the local API process is gone")

    def publish(self, event: dict[str, Any]) -> None:
        """Hand ``event`` to the WebSocket clients: queued here, sent with the others that came meanwhile."""
        self.publish_many([event])

    def publish_many(self, events: list[dict[str, Any]]) -> None:
        with self._events_lock:
            self._events.extend(events)
        self._events_waiting.set()

    def _publish_events(self) -> None:
        """The one writer of the pipe's commands: events, receipts and, every ``HEARTBEAT_S``, the heartbeat,
        whose answers tell a stuck child from a slow one."""
        beat = 0.0
        while True:
            self._events_waiting.wait(HEARTBEAT_S)
            self._events_waiting.clear()
            with self._events_lock:
                events, self._events = self._events, []
                receipts, self._receipts = self._receipts, []
            if receipts:
                self._send(("receipts", receipts))
            if events:
                self._send(("publish", events))
            if self._stopping:
                return
            now = time.monotonic()
            if now - beat >= HEARTBEAT_S:
                beat = now
                self._send(("heartbeat", dict(self.status()) if self.status is not None else {}))
            if now - self._alive_at > STALL_S and self._process is not None and self._process.is_alive():
                self._alive_at = now  # once: the restart takes over
                self._gone(f"the local API process stopped answering for {STALL_S:.0f} s")

    def stop(self, timeout: float = 5.0) -> None:
        if self._process is None:
            return
        self._stopping = True  # the publisher sends what is queued, then ends
        self._events_waiting.set()
        if self._publisher is not None:
            self._publisher.join(timeout)
        self._stop_child(timeout)
        if self._reader is not None:
            self._reader.join(timeout)
        for connection in (getattr(self, "_inbound", None), getattr(self, "_outbound", None)):
            if connection is not None:
                connection.close()
        self._process = None
