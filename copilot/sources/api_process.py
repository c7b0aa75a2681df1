"""The local API in a process of its own, so serving HTTP never competes with the panel for the GIL.

The panel's process holds one GIL for its UI thread, engine, recorder and, before this, the HTTP
server; under a busy CTI the UI thread waited for it. The child process runs ``LocalApi`` as it
is and hands accepted messages back in batches through a pipe; a reader thread here passes them
to ``deliver``. Events for WebSocket clients go the other way, also in batches, sent by a thread of
their own so that the UI thread, which publishes them, never writes to the pipe; so does a new token.
The child ends when asked, or when the panel's process is gone (its end of the pipe closes).
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from typing import Any

from copilot.live.protocol import Message
from copilot.sources.api import MAX_BODY, ApiError

log = logging.getLogger("copilot.api")
BATCH_S = 0.002  # the child gathers accepted messages this long before sending them over


def _child(inbound: Connection, outbound: Connection, token: str, host: str, port: int,
           origins: list[str], max_body: int) -> None:
    """The API process: serve, forward accepted messages, obey the panel's commands."""
    import time

    from copilot.sources.api import LocalApi

    pending: list[Message] = []
    lock = threading.Lock()
    wake = threading.Event()

    def deliver(message: Message) -> None:
        with lock:
            pending.append(message)
        wake.set()

    api = LocalApi(deliver, token, host=host, port=port, allowed_origins=origins, max_body=max_body)
    try:
        api.start()
    except ApiError as exc:
        inbound.send(("error", str(exc)))
        return
    inbound.send(("started", api.port))
    stop = threading.Event()

    def forward() -> None:
        while not stop.is_set():
            wake.wait(0.2)
            wake.clear()
            time.sleep(BATCH_S)
            with lock:
                batch = pending[:]
                pending.clear()
            if batch:
                try:
                    inbound.send(("messages", batch))
                except OSError:
                    stop.set()

    forwarder = threading.Thread(target=forward, name="api-forward", daemon=True)
    forwarder.start()
    try:
        while True:
            command, *args = outbound.recv()
            if command == "publish":
                for event in args[0]:
                    api.publish(event)
            elif command == "token":
                api.token = args[0]
            elif command == "stop":
                break
    except (EOFError, OSError):
        pass  # the panel is gone
    stop.set()
    wake.set()
    forwarder.join(2)
    api.stop()


class ApiProcess:
    """Same face as ``LocalApi`` (``start``, ``stop``, ``publish``, ``port``, ``url``, ``token``)."""

    def __init__(self, deliver: Callable[[Message], None], token: str, *, host: str = "127.0.0.1",
                 port: int = 8765, allowed_origins: Iterable[str] = (), max_body: int = MAX_BODY) -> None:
        self.deliver = deliver
        self._token = token
        self.host = host
        self.port = port
        self.allowed_origins = list(allowed_origins)
        self.max_body = max_body
        self._send_lock = threading.Lock()
        self._process: Any = None
        self._reader: threading.Thread | None = None
        self._events: list[dict[str, Any]] = []  # published, not yet handed to the child
        self._events_lock = threading.Lock()
        self._events_waiting = threading.Event()
        self._publisher: threading.Thread | None = None
        self._stopping = False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def token(self) -> str:
        return self._token

    @token.setter
    def token(self, value: str) -> None:
        self._token = value
        self._send(("token", value))

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
        log.info("local API process listening on %s", self.url)
        self._reader = threading.Thread(target=self._read, name="copilot-api-reader", daemon=True)
        self._reader.start()
        self._publisher = threading.Thread(target=self._publish_events, name="copilot-api-publisher", daemon=True)
        self._publisher.start()

    def _read(self) -> None:
        while True:
            try:
                kind, payload = self._inbound.recv()
            except (EOFError, OSError):
                return
            if kind == "messages":
                for message in payload:
                    self.deliver(message)

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
        while True:
            self._events_waiting.wait()
            self._events_waiting.clear()
            with self._events_lock:
                batch, self._events = self._events, []
            if batch:
                self._send(("publish", batch))
            if self._stopping:
                return

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
