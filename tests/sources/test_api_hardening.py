"""The local API against what a hostile page or a broken client does at the connection level: browser
preflights, forged Host headers, absolute-form request lines, idle and trickling connections, malformed
requests. Real sockets against a real ``LocalApi``."""

from __future__ import annotations

import asyncio
import base64
import http.client
import json
import os
import socket
import threading
import time

import aiohttp
import pytest

from copilot.sources import api as api_module
from copilot.sources.api import LocalApi

TOKEN = "hardening-token"
VALID = json.dumps({"session": "call-1", "speaker": "customer", "text": "too expensive"}).encode()


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setattr(api_module, "IDLE_S", 1.0)  # seconds, so the timeouts are seen within a test
    monkeypatch.setattr(api_module, "BODY_S", 1.0)
    delivered: list = []
    local = LocalApi(delivered.append, TOKEN, port=0, allowed_origins=("https://crm.example.com",))
    local.start()
    local.delivered = delivered
    yield local
    local.stop()


def raw_exchange(port: int, request: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), data


def test_an_allow_listed_page_can_preflight_and_then_read_the_answer(server):
    origin = "https://crm.example.com"
    status, headers, _ = request(server.port, "OPTIONS", "/v1/messages", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == origin
    assert "Authorization" in headers["Access-Control-Allow-Headers"]
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = request(server.port, "POST", "/v1/messages", VALID, {
        "Origin": origin, "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert status == 202 and headers["Access-Control-Allow-Origin"] == origin
    status, headers, _ = request(server.port, "POST", "/v1/messages", VALID, {"Origin": origin})
    assert status == 401 and headers["Access-Control-Allow-Origin"] == origin  # the page may read why
    status, headers, _ = request(server.port, "OPTIONS", "/v1/messages", headers={"Origin": "https://evil.example"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    assert len(server.delivered) == 1


@pytest.mark.parametrize("host", ["[::1]evil.example", "[::1]:8765evil", "localhost:80:80", "[::1", "127.0.0.1 x"])
def test_a_host_header_with_anything_after_our_name_is_refused(server, host):
    answer = raw_exchange(server.port, f"GET /v1/health HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
                          .encode())
    assert status_of(answer) in (400, 403), answer
    assert server.delivered == []


def test_an_absolute_form_request_line_is_refused(server):
    answer = raw_exchange(server.port, (f"POST http://evil.example/v1/messages HTTP/1.1\r\nHost: localhost\r\n"
                                        f"Authorization: Bearer {TOKEN}\r\nContent-Length: {len(VALID)}\r\n"
                                        "Connection: close\r\n\r\n").encode() + VALID)
    assert status_of(answer) == 400 and b"not a whole URL" in answer
    assert server.delivered == []


def test_an_idle_connection_is_closed(server):
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        assert sock.recv(10) == b""  # closed by the server, not by our timeout
    assert time.monotonic() - started < 5


def test_headers_trickled_byte_by_byte_do_not_hold_a_connection(server):
    started = time.monotonic()
    closed = False
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        try:
            for byte in b"GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 40:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            closed = True
        if not closed:
            closed = sock.recv(10) == b""
    assert closed and time.monotonic() - started < 5


def test_a_body_that_does_not_arrive_gets_a_408(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall((f"POST /v1/messages HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TOKEN}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(VALID)}\r\n\r\n").encode() + VALID[:5])
        answer = sock.recv(65536)
    assert status_of(answer) == 408 and b"did not arrive" in answer
    assert server.delivered == []


def test_a_malformed_request_prints_no_traceback(server, capfd):
    answer = raw_exchange(server.port, b"GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX: \x00bad\r\n\r\n")
    assert status_of(answer) == 400
    raw_exchange(server.port, b"GARBAGE\x01\x02 / HTTP/9.9\r\n\r\n")
    time.sleep(0.2)
    out, err = capfd.readouterr()
    assert "Traceback" not in err + out and "Error handling request" not in err + out


def _listener_that_never_reads(port: int) -> socket.socket:
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.settimeout(10)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /v1/ws?token={TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    assert sock.recv(12) == b"HTTP/1.1 101"
    return sock


def test_a_websocket_listener_that_stops_reading_holds_up_no_other_and_is_let_go(server, monkeypatch):
    """A frozen browser tab on the WebSocket: the CRM window beside it still gets every suggestion event at once
    (events used to go to one listener after the other, so every other listener waited for the stuck one until
    the heartbeat gave up on it, half a minute or more), and the stuck one is disconnected."""
    monkeypatch.setattr(api_module, "SEND_S", 1.0)
    stuck = _listener_that_never_reads(server.port)
    events = 5000
    received: list[int] = []
    connected = threading.Event()

    async def listen() -> None:
        url = f"http://127.0.0.1:{server.port}/v1/ws?token={TOKEN}"
        async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
            connected.set()
            while len(received) < events:
                try:
                    message = await ws.receive(timeout=5)  # far below the heartbeat
                except TimeoutError:
                    return
                if message.type != aiohttp.WSMsgType.TEXT:
                    return
                received.append(json.loads(message.data)["n"])

    reader = threading.Thread(target=lambda: asyncio.run(listen()))
    reader.start()
    assert connected.wait(10)
    deadline = time.monotonic() + 5
    while len(server._listeners) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    for n in range(events):
        server.publish({"type": "suggestion.shown", "n": n, "text": "x" * 8000})
    reader.join(30)
    assert received == list(range(events))
    deadline = time.monotonic() + 20
    while server._listeners and time.monotonic() < deadline:  # the reader has hung up; the stuck one is let go
        time.sleep(0.05)
    assert not server._listeners
    ended = False
    try:
        while stuck.recv(1 << 20):  # what it had not read, then the end of the connection
            pass
        ended = True
    except ConnectionResetError:
        ended = True
    finally:
        stuck.close()
    assert ended


def test_stopping_with_a_listener_that_stopped_reading_ends_cleanly(server, monkeypatch):
    """Closing the app while a frozen tab is still connected (not yet let go): the close frame cannot reach it, the
    connection is cut, and the API's thread ends normally rather than with an error."""
    failures: list = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    stuck = _listener_that_never_reads(server.port)
    deadline = time.monotonic() + 5
    while not server._listeners and time.monotonic() < deadline:
        time.sleep(0.01)
    for n in range(2000):
        server.publish({"type": "suggestion.shown", "n": n, "text": "x" * 8000})
    time.sleep(0.5)  # its buffers fill; far less than the SEND_S after which it would be let go
    server.stop()
    stuck.close()
    assert not server._thread.is_alive()
    assert failures == []
