"""``copilot send`` carries the local API's bearer token: it goes to the address given and nowhere else."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from copilot.cli.main import main


@contextmanager
def _server(answer) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A local HTTP server calling ``answer(handler)`` for each request; yields its URL and the headers it got."""
    seen: list[dict[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append({k.lower(): v for k, v in self.headers.items()})
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            answer(self)

        do_GET = do_POST = _any  # noqa: N815 (http.server's names)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _accepted(handler) -> None:
    handler.send_response(202)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "2")
    handler.end_headers()
    handler.wfile.write(b"{}")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_never_carries_the_token_to_another_server(tmp_path, capsys, monkeypatch, status):
    """Whatever answers on the API's address (another program on the port, a misconfigured proxy) could send the
    client elsewhere: urllib followed a 301/302/303 with the Authorization header, handing the panel's token to
    any host the answer named."""
    monkeypatch.setenv("COPILOT_API_TOKEN", "tok-secret-1")
    transcript = tmp_path / "call.txt"
    transcript.write_text("Customer: hello\nAgent: hi\n", encoding="utf-8")
    with _server(_accepted) as (elsewhere, stolen):
        def redirect(handler) -> None:
            handler.send_response(status)
            handler.send_header("Location", f"{elsewhere}/v1/sessions/x/utterances")
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        with _server(redirect) as (panel, _):
            code = main(["send", str(transcript), "--url", panel])
    assert stolen == []
    assert code == 1
    err = capsys.readouterr().err
    assert f"answered {status}" in err and "redirect" in err and "tok-secret-1" not in err


def test_the_token_can_come_from_the_environment_so_it_is_not_in_the_process_list(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COPILOT_API_TOKEN", "tok-from-env")
    transcript = tmp_path / "call.txt"
    transcript.write_text("Customer: hello\n", encoding="utf-8")
    with _server(_accepted) as (panel, seen):
        assert main(["send", str(transcript), "--url", panel, "--end"]) == 0
    assert [h["authorization"] for h in seen] == ["Bearer tok-from-env"] * 2
    assert "sent 1 lines" in capsys.readouterr().out


def test_a_proxy_in_the_environment_never_sees_the_token(tmp_path, monkeypatch):
    """The API is on this computer: an http_proxy set for the browser must not receive the panel's token."""
    transcript = tmp_path / "call.txt"
    transcript.write_text("Customer: hello\n", encoding="utf-8")
    monkeypatch.setenv("COPILOT_API_TOKEN", "tok-secret-2")
    with _server(_accepted) as (proxy, proxied), _server(_accepted) as (panel, seen):
        monkeypatch.setenv("http_proxy", proxy)
        monkeypatch.setenv("HTTP_PROXY", proxy)
        monkeypatch.setenv("no_proxy", "")
        monkeypatch.setenv("NO_PROXY", "")
        assert main(["send", str(transcript), "--url", panel]) == 0
    assert proxied == [] and len(seen) == 1
