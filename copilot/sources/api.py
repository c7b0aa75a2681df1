"""The local API: HTTP and WebSocket on loopback, for CRM, CTI and transcription integrations.

aiohttp runs on a thread of its own with its own event loop; accepted messages are handed to
``deliver`` (the panel passes a queued Qt signal), and events for integrated CRMs go back out over
the WebSocket through ``publish``. Any web page in the agent's browser can reach loopback, so every
request must carry the bearer token, name a loopback Host (against DNS rebinding) and come from no
browser origin unless it is allow-listed. Nothing a client sends reaches the session unvalidated.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hmac
import json
import logging
import re
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from copilot import __version__
from copilot.errors import KnownError
from copilot.live.protocol import Message, ProtocolError, parse_message

log = logging.getLogger("copilot.api")
DEFAULT_PORT = 8765
MAX_BODY = 256 * 1024  # an utterance of MAX_TEXT characters fits even as \uXXXX-escaped emoji
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
# A connection must bring a whole request within IDLE_S of opening or of its last answer, idle or trickling
# (aiohttp closes it then, partial headers or not); a body must arrive within BODY_S once its headers have.
IDLE_S = 15.0
BODY_S = 10.0
PREFLIGHT_MAX_AGE_S = 600
# A WebSocket listener gets its events through its own queue, so one that stops reading (a frozen browser tab, a
# hung integration) never holds up the others: once one frame has waited SEND_S for it to read, or (a bound on
# memory) LISTENER_BACKLOG events wait for it, it is disconnected with a close frame that says why.
LISTENER_BACKLOG = 10_000
SEND_S = 10.0
_PORT = re.compile(r":[0-9]{1,5}")


class ApiError(KnownError):
    """The API could not start (port taken, no keychain); the panel runs without it."""


@dataclass(frozen=True, slots=True)
class Receipt:
    """What became of an accepted message: ``stored`` in the session record (the 202 an integration relies
    on), or only ``delivered`` to the panel (not recorded: ``problem`` says why), or neither."""

    delivered: bool
    stored: bool
    problem: str | None = None


Deliver = Callable[[Message], "Awaitable[Receipt] | None"]  # None: delivered, nothing more to wait for
ACK_TIMEOUT_S = 10.0  # how long a request waits for the panel to confirm its message is stored


def _error(status: int, message: str, field: str | None = None) -> web.Response:
    body: dict[str, Any] = {"error": message}
    if field is not None:
        body["field"] = field
    return web.json_response(body, status=status)


def _host_name(host_header: str) -> str:
    """The name in a Host header, without its port; "" when anything else follows the name
    (``[::1]evil.example`` names no host of ours)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        close = host.find("]")
        if close < 0:
            return ""
        name, rest = host[: close + 1], host[close + 1:]
    elif host.count(":") == 1:
        name, rest = host.split(":")
        rest = ":" + rest
    else:
        name, rest = host, ""
    return name if not rest or _PORT.fullmatch(rest) else ""


class _QuietParserErrors(logging.Filter):
    """aiohttp logs a malformed request (a NUL in a header, garbage for a request line) with a traceback
    at ERROR; the client already got its 400. Keep it as one debug line, without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()}: {type(record.exc_info[1]).__name__}"
            record.args = ()
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return logging.getLogger("copilot.api").isEnabledFor(logging.DEBUG)


def quiet_parser_errors() -> None:
    server_log = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, _QuietParserErrors) for f in server_log.filters):
        server_log.addFilter(_QuietParserErrors())


class LocalApi:
    def __init__(
        self,
        deliver: Deliver,
        token: str,
        *,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        allowed_origins: Iterable[str] = (),
        max_body: int = MAX_BODY,
        readiness: Callable[[], Mapping[str, Any]] | None = None,
    ) -> None:
        self.deliver = deliver
        self.readiness = readiness  # end to end: can a message now reach the panel and its record?
        self.token = token
        self.host = host
        self.port = port
        self.allowed_origins = frozenset(o.rstrip("/") for o in allowed_origins)
        self.max_body = max_body
        self.allowed_hosts = LOOPBACK_NAMES | {host.lower()}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._listeners: set[_Listener] = set()
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._stop: asyncio.Event | None = None
        self._start_error: BaseException | None = None

    # -- lifecycle (called from the UI thread) -----------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        quiet_parser_errors()
        self._thread = threading.Thread(target=self._run, name="copilot-api", daemon=True)
        self._thread.start()
        if not self._started.wait(timeout):
            raise ApiError("the local API did not start in time")
        if self._start_error is not None:
            if isinstance(self._start_error, OSError) and self._start_error.errno == errno.EADDRINUSE:
                raise ApiError(f"the local API could not listen on {self.host}:{self.port}: the port is taken, most "
                               "likely by Agent Copilot already running (another copy, or another program on that "
                               "port; IT can set api_port)")
            raise ApiError(f"the local API could not listen on {self.host}:{self.port} ({self._start_error})")

    def stop(self, timeout: float = 5.0) -> None:
        if self._loop is not None and self._stop is not None and self._thread and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout)

    def publish(self, event: dict[str, Any]) -> None:
        """Send an event to every connected WebSocket client; safe from any thread."""
        if self._loop is not None and self._listeners:
            self._loop.call_soon_threadsafe(lambda: self._loop.create_task(self._broadcast(event)))  # type: ignore[union-attr]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The server's event loop, for answering requests from another thread (``call_soon_threadsafe``)."""
        return self._loop

    @property
    def serving(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the server thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=self.max_body, middlewares=[self._guard])
        app.router.add_get("/v1/health", self._health)
        app.router.add_post("/v1/messages", self._post_message)
        app.router.add_post("/v1/sessions/{session}/utterances", self._post_kind("utterance"))
        app.router.add_post("/v1/sessions/{session}/context", self._post_kind("context"))
        app.router.add_post("/v1/sessions/{session}/end", self._post_kind("end"))
        app.router.add_get("/v1/ws", self._websocket)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, keepalive_timeout=IDLE_S)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)  # asyncio: SO_REUSEADDR on POSIX only
        try:
            await site.start()
        except OSError as exc:
            self._start_error = exc
            await self._runner.cleanup()
            self._started.set()
            return
        server: Any = site._server  # the bound socket tells the port when 0 was asked for
        if server is not None and server.sockets:
            self.port = server.sockets[0].getsockname()[1]
        log.info("local API listening on %s", self.url)
        self._started.set()
        await self._stop.wait()
        for listener in list(self._listeners):
            await listener.close()
        await self._runner.cleanup()

    # -- security ------------------------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        if not request.raw_path.startswith("/"):  # "GET http://evil.example/ HTTP/1.1": never for this server
            return _error(400, "the request target must be a path such as /v1/health, not a whole URL", "path")
        if _host_name(request.headers.get("Host", "")) not in self.allowed_hosts:
            return _error(403, "the Host header must name this computer (localhost or 127.0.0.1)", "Host")
        origin = request.headers.get("Origin")
        if origin is not None and origin.rstrip("/") not in self.allowed_origins:
            return _error(403, f"browser origin {origin!r} is not allowed; ask IT to allow-list it", "Origin")
        response = await self._answer(request, handler, origin)
        if origin is not None:  # an allow-listed page may read the answer, errors included
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response

    async def _answer(self, request: web.Request, handler: Callable[..., Any],
                      origin: str | None) -> web.StreamResponse:
        if origin is not None and request.method == "OPTIONS":  # a browser's preflight carries no token
            return web.Response(status=204, headers={
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Authorization, Content-Type",
                "Access-Control-Max-Age": str(PREFLIGHT_MAX_AGE_S)})
        if request.path != "/v1/health" and not self._authorised(request):
            return _error(401, "missing or wrong token: send 'Authorization: Bearer <token>' "
                               "(the token is shown in the panel's settings)", "Authorization")
        try:
            response: web.StreamResponse = await handler(request)
            return response
        except web.HTTPException as exc:
            if exc.status == 413:
                return _error(413, f"request body larger than {self.max_body} bytes")
            return _error(exc.status, exc.reason)

    def _authorised(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        supplied = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if not supplied and request.path == "/v1/ws":
            supplied = request.query.get("token", "")  # browsers cannot set headers on a WebSocket
        try:  # header bytes that are not ASCII arrive surrogate-escaped: a wrong token, not a crash
            given = supplied.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return False
        return bool(given) and hmac.compare_digest(given, self.token.encode())

    # -- handlers ------------------------------------------------------------------------------------

    async def _health(self, request: web.Request) -> web.Response:
        """Ready end to end: this server, the pipe to the panel, the panel itself, and its record."""
        state = dict(self.readiness()) if self.readiness is not None else {}
        ready = all(state.get(part, True) for part in ("pipe", "panel", "recording"))
        body = {"status": "ok" if ready else "unavailable", "version": __version__, "api": True, **state}
        return web.json_response(body, status=200 if ready else 503)

    async def _post_message(self, request: web.Request) -> web.Response:
        return await self._accept(request, None, None)

    def _post_kind(self, kind: str) -> Callable[[web.Request], Any]:
        async def handler(request: web.Request) -> web.Response:
            return await self._accept(request, kind, request.match_info["session"])

        return handler

    async def _accept(self, request: web.Request, kind: str | None, session: str | None) -> web.Response:
        if request.content_length is not None and request.content_length > self.max_body:
            return _error(413, f"request body larger than {self.max_body} bytes")
        try:
            raw = await asyncio.wait_for(request.read(), BODY_S)
        except TimeoutError:
            response = _error(408, f"the request body did not arrive within {BODY_S:.0f} seconds", "body")
            response.force_close()
            return response
        except web.HTTPException:
            raise
        except Exception:  # a Content-Encoding that does not decode, a connection cut short
            response = _error(400, "the request body could not be read (is its Content-Encoding right?)", "body")
            response.force_close()  # the rest of the stream cannot be trusted: the client reconnects
            return response
        if kind == "end" and not raw.strip():
            raw = b"{}"
        try:
            message = self._decode(raw, kind, session)
        except ProtocolError as exc:
            return _error(400, str(exc), exc.field)
        receipt = await self._handed_over(message)
        if receipt.stored:
            return web.json_response({"accepted": True, "stored": True, **_describe(message)}, status=202)
        if receipt.delivered:  # the agent sees it, but it is not in the record: not an acknowledgement
            return web.json_response({"error": f"shown in the panel but not recorded yet (held in memory until the "
                                               f"record can be written; do not send it again): {receipt.problem}",
                                      "delivered": True, **_describe(message)}, status=507)
        return web.json_response({"error": f"not delivered: {receipt.problem}; try again shortly",
                                  "delivered": False, **_describe(message)}, status=503)

    async def _handed_over(self, message: Message) -> Receipt:
        """Hand the message over; with a panel that confirms (the API process), wait until it says stored."""
        try:
            pending = self.deliver(message)
        except Exception as exc:  # the hand-over itself failed (the pipe to the panel is gone)
            log.warning("message not handed over: %s", type(exc).__name__)
            return Receipt(False, False, "the panel cannot take messages now")
        if pending is None:
            return Receipt(True, True)
        try:
            return await asyncio.wait_for(pending, ACK_TIMEOUT_S)
        except TimeoutError:
            return Receipt(False, False, f"the panel did not confirm within {ACK_TIMEOUT_S:.0f} seconds")

    @staticmethod
    def _decode(raw: bytes, kind: str | None, session: str | None) -> Message:
        try:
            text = raw.decode("utf-8-sig")  # a leading byte-order mark is not an error
        except UnicodeDecodeError:
            raise ProtocolError("body", "is not UTF-8 text") from None
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise ProtocolError("body", f"is not valid JSON ({getattr(exc, 'msg', 'nested too deep')})") from None
        except ValueError:  # a number of thousands of digits (Python's int limit)
            raise ProtocolError("body", "holds a number too long to read") from None
        return parse_message(data, kind=kind, session=session)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        socket = web.WebSocketResponse(heartbeat=30, max_msg_size=self.max_body)
        await socket.prepare(request)
        listener = _Listener(socket, request)
        self._listeners.add(listener)
        try:
            async for frame in socket:
                if frame.type == WSMsgType.TEXT:
                    await listener.answer(await self._ws_message(frame.data.encode("utf-8", "surrogatepass")))
                elif frame.type == WSMsgType.BINARY:
                    await listener.answer(await self._ws_message(frame.data))
                elif frame.type == WSMsgType.ERROR:
                    break
        finally:
            self._listeners.discard(listener)
            listener.writer.cancel()
        return socket

    async def _ws_message(self, raw: bytes) -> dict[str, Any]:
        try:
            message = self._decode(raw, None, None)
        except ProtocolError as exc:
            return {"type": "error", "error": str(exc), "field": exc.field}
        receipt = await self._handed_over(message)
        if receipt.stored:
            return {"type": "ack", "stored": True, **_describe(message)}
        why = "shown in the panel but not recorded" if receipt.delivered else "not delivered"
        return {"type": "error", "error": f"{why}: {receipt.problem}", "delivered": receipt.delivered,
                **_describe(message)}

    async def _broadcast(self, event: dict[str, Any]) -> None:
        for listener in list(self._listeners):
            if not listener.offer(event):
                self._listeners.discard(listener)


class _Listener:
    """One WebSocket client's outgoing frames, in order: the answers to its own messages (which wait for room, so a
    client that sends without reading is slowed down) and the panel's events (which never wait: a client that has
    fallen LISTENER_BACKLOG events behind, or has not read one frame for SEND_S, is disconnected)."""

    def __init__(self, socket: web.WebSocketResponse, request: web.Request) -> None:
        self.socket = socket
        self.request = request
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=LISTENER_BACKLOG)
        self.writer = asyncio.get_running_loop().create_task(self._write())
        self.dropped = False
        self.closing: asyncio.Task[None] | None = None

    async def answer(self, reply: dict[str, Any]) -> None:
        if not self.dropped:
            await self.queue.put(reply)

    def offer(self, event: dict[str, Any]) -> bool:
        if self.dropped:
            return False
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self._drop(f"{LISTENER_BACKLOG} events were not read")
            return False
        return True

    async def _write(self) -> None:
        while True:
            frame = await self.queue.get()
            try:
                await asyncio.wait_for(self.socket.send_json(frame), SEND_S)
            except TimeoutError:
                self._drop(f"an event was not read within {SEND_S:g} s")
                return
            except (ConnectionError, RuntimeError):  # gone
                self._stop_sending()
                return

    def _stop_sending(self) -> None:
        """Nothing more is queued or sent; a handler waiting for room to answer goes on (and sees it closed)."""
        self.dropped = True
        while not self.queue.empty():
            self.queue.get_nowait()

    def _drop(self, why: str) -> None:
        """Disconnect a listener that does not read, saying why in the log and in the close frame."""
        if self.dropped:
            return
        self._stop_sending()
        log.warning("a WebSocket client was disconnected: %s", why)
        self.closing = asyncio.get_running_loop().create_task(
            self.close(WSCloseCode.TRY_AGAIN_LATER, f"too slow: {why}"))  # held: a task nobody holds may vanish

    async def close(self, code: int = WSCloseCode.OK, message: str = "") -> None:
        """End the connection with a close frame; one that does not read cannot take it, so the connection is cut
        a second later (which also ends its handler)."""
        self._stop_sending()
        self.writer.cancel()
        transport = self.request.transport
        if transport is None or transport.is_closing():
            return
        # Cut in a second in any case: a closed transport still holding what the client never read stays open
        # until it is cut, and a close waiting for room is ended by it.
        asyncio.get_running_loop().call_later(1.0, transport.abort)
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await self.socket.close(code=code, message=message.encode()[:120])


def _describe(message: Message) -> dict[str, Any]:
    kind = type(message).__name__.removesuffix("Message").lower()
    described: dict[str, Any] = {"session": message.session, "kind": kind}
    utterance_id = getattr(message, "utterance_id", None)
    if utterance_id is not None:
        described["utterance_id"] = utterance_id
    return described
