"""A local stand-in for an OpenAI-compatible chat server: real HTTP, real Server-Sent Events, scripted faults.

The real ``openai`` SDK talks to it exactly as it would to a hosted model, so the generative engine is
tested through its true wire path: retries, timeouts, stream parsing. Every request body is recorded, so a
test can check what would have left the machine (no personal data, customer text only inside its data
delimiters). Each request takes the next scripted ``Script`` from the queue; an empty queue answers with
``default``.

The server runs on its own asyncio loop in a thread named ``fake-openai`` (not ``copilot-*``: it is test
equipment, started and stopped by a fixture, not a thread the app leaves behind).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

CONTROL_DELAY = 0.0  # yield to the loop between SSE events; scripts slow down with token_delay


@dataclass(slots=True)
class Script:
    """How the server answers one request."""

    reply: str = ""  # the assistant's whole content, sent as chunks
    respond: Callable[[dict[str, Any]], str] | None = None  # or the content made from the request body
    chunks: list[str] | None = None  # explicit chunking; default: one chunk per word (token-like)
    ttft: float = 0.0  # headers at once, then this long before the first content chunk
    token_delay: float = 0.0  # between content chunks
    status: int = 200
    retry_after: str | None = None  # Retry-After header on an error status
    hang: float = 0.0  # sleep before answering at all (set it beyond the client timeout)
    stall_after: int | None = None  # after this many content chunks, stall for ``hang`` seconds
    cut_after: int | None = None  # after this many content chunks, drop the connection
    invalid_json_after: int | None = None  # after this many content chunks, send a data line that is not JSON
    prompt_tokens: int | None = None  # usage to report; default: a count of the request's words
    completion_tokens: int | None = None

    @classmethod
    def rate_limited(cls, retry_after: str = "1") -> Script:
        return cls(status=429, retry_after=retry_after)

    @classmethod
    def server_error(cls) -> Script:
        return cls(status=500)

    def content(self, body: dict[str, Any]) -> str:
        return self.respond(body) if self.respond is not None else self.reply

    def pieces(self, content: str) -> list[str]:
        if self.chunks is not None:
            return list(self.chunks)
        words = content.split(" ")
        return [word + (" " if i < len(words) - 1 else "") for i, word in enumerate(words) if word or i == 0]


@dataclass(slots=True)
class Recorded:
    """One request as the server saw it."""

    body: dict[str, Any]
    headers: dict[str, str]
    received_at: float  # time.monotonic(), comparable with the test's own clock
    path: str = "/v1/chat/completions"
    query: dict[str, str] = field(default_factory=dict)
    chunks_sent: int = 0
    client_gone: bool = False  # the client closed the connection before the answer was complete
    finished: threading.Event = field(default_factory=threading.Event)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def text(self) -> str:
        """Everything the request carried, as one string, for "is this value anywhere in it" checks."""
        return json.dumps(self.body, ensure_ascii=False)


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.default = Script(reply="")
        self._queue: deque[Script] = deque()
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._handlers: set[asyncio.Task[Any]] = set()
        self.port = 0

    # -- control from the test ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *scripts: Script) -> None:
        with self._lock:
            self._queue.extend(scripts)

    def start(self) -> FakeOpenAI:
        self._thread = threading.Thread(target=self._run, name="fake-openai", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake OpenAI server did not start")
        if self._error is not None:
            raise self._error
        return self

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        future.result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def wait_finished(self, count: int | None = None, timeout: float = 5.0) -> None:
        """Until the server is done answering (or was hung up on) the first ``count`` requests."""
        deadline = time.monotonic() + timeout
        while count is not None and len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        for recorded in list(self.requests)[:count]:
            recorded.finished.wait(max(0.0, deadline - time.monotonic()))

    # -- the server ----------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._startup())
        except BaseException as exc:  # reported to start(), which raises it in the test
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _startup(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        # Azure OpenAI's shape: the deployment in the path, ?api-version=..., and an api-key header.
        app.router.add_post("/openai/deployments/{deployment}/chat/completions", self._completions)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _shutdown(self) -> None:
        for task in list(self._handlers):  # a scripted hang must not outlive the test
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()

    def _next_script(self) -> Script:
        with self._lock:
            return self._queue.popleft() if self._queue else self.default

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            body = json.loads(raw)
        except ValueError:
            body = {"unparsed": raw.decode("utf-8", "replace")}
        recorded = Recorded(body, dict(request.headers), time.monotonic(), request.path, dict(request.query))
        self.requests.append(recorded)
        script = self._next_script()
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            if script.hang and script.stall_after is None:
                await asyncio.sleep(script.hang)
            if script.status != 200:
                headers = {"Retry-After": script.retry_after} if script.retry_after else {}
                error = {"error": {"message": f"scripted status {script.status}", "type": "scripted", "code": None}}
                return web.json_response(error, status=script.status, headers=headers)
            if body.get("stream"):
                return await self._stream(request, body, script, recorded)
            return web.json_response(self._completion(body, script))
        finally:
            self._handlers.discard(task)  # type: ignore[arg-type]
            recorded.finished.set()

    async def _stream(self, request: web.Request, body: dict[str, Any], script: Script,
                      recorded: Recorded) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        ident, created, model = f"chatcmpl-{uuid.uuid4().hex[:12]}", int(time.time()), body.get("model", "fake")

        def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
            data = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
            return f"data: {json.dumps(data, ensure_ascii=False)}\n\n".encode()

        try:  # a client that hung up makes a write fail; aiohttp then quietly drops the response
            await response.prepare(request)
            await response.write(chunk({"role": "assistant", "content": ""}))
            if script.ttft:
                await asyncio.sleep(script.ttft)
            pieces = script.pieces(script.content(body))
            for number, piece in enumerate(pieces):
                if number == script.cut_after:
                    if request.transport is not None:
                        request.transport.close()  # mid-stream: the chunked body never ends
                    return response
                if number == script.invalid_json_after:
                    await response.write(b'data: {"id": "broken", "choices": [{"delta": {"content": "\n\n')
                if number == script.stall_after:
                    await asyncio.sleep(script.hang)
                if number and script.token_delay:
                    await asyncio.sleep(script.token_delay)
                await response.write(chunk({"content": piece}))
                recorded.chunks_sent += 1
                await asyncio.sleep(CONTROL_DELAY if not script.token_delay else 0)
            await response.write(chunk({}, "stop"))
            if (body.get("stream_options") or {}).get("include_usage"):
                usage = _usage(body, script, len(pieces))
                data = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
                        "choices": [], "usage": usage}
                await response.write(f"data: {json.dumps(data)}\n\n".encode())
            await response.write(b"data: [DONE]\n\n")
            await response.write_eof()
        except ConnectionError:  # reset, a broken pipe, or the plain "Connection lost" a waiting write gets
            recorded.client_gone = True
        return response

    def _completion(self, body: dict[str, Any], script: Script) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": script.content(body)},
                         "finish_reason": "stop"}],
            "usage": _usage(body, script, 1),
        }


def _usage(body: dict[str, Any], script: Script, chunks: int) -> dict[str, int]:
    prompt = script.prompt_tokens
    if prompt is None:
        prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion = script.completion_tokens if script.completion_tokens is not None else chunks
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def serve() -> Iterator[FakeOpenAI]:
    """Generator body for a pytest fixture: a started server, stopped after the test."""
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.stop()
