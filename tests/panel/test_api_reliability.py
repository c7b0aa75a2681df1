"""The local API as integrations rely on it: a 202 means the line is in the session record, health means the
whole way is open, and an API process that dies is noticed and replaced. The real panel, its real API process,
real HTTP, a real SQLite file."""

from __future__ import annotations

import http.client
import json
import os
import signal
import sqlite3
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readonly import read_only

from copilot.config import keychain, paths
from copilot.text.clean import clean_text

RELIABLE = settings(deadline=None, derandomize=True, database=None, max_examples=40,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def call(app, method, path, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", app.api.port, timeout=15)
    headers = {"Authorization": f"Bearer {keychain.api_token()}", "Content-Type": "application/json"}
    connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, json.loads(data or b"{}")


def recorded_texts() -> list[str]:
    """What the session database holds now, read as another program would (no flush, no help from the app)."""
    with sqlite3.connect(paths.database_path()) as conn:
        return [row[0] for row in conn.execute("SELECT text FROM utterances ORDER BY id")]


@pytest.fixture
def app(make_panel):
    return make_panel(api=True)


@RELIABLE
@given(texts=st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=5))
def test_an_acknowledged_utterance_is_already_in_the_record(app, texts):
    for number, text in enumerate(texts):
        status, answer = call(app, "POST", "/v1/sessions/prop-call/utterances",
                              {"speaker": "customer", "text": text, "utterance_id": f"{time.monotonic_ns()}-{number}"})
        assert status == 202 and answer["stored"] is True, answer
        if clean_text(text):
            assert clean_text(text) in recorded_texts()  # at the moment of the 202, before anything else


def test_health_is_ready_end_to_end(app):
    status, answer = call(app, "GET", "/v1/health")
    assert status == 200 and answer["status"] == "ok"
    assert answer["api"] and answer["pipe"] and answer["panel"] and answer["recording"]


def test_while_the_record_fails_health_says_so_and_a_line_is_shown_but_not_acknowledged(qtbot, app):
    call(app, "POST", "/v1/sessions/ro-call/utterances", {"speaker": "customer", "text": "first line"})
    folder = paths.database_path().parent
    with read_only(paths.database_path(), folder / "copilot.db-wal", folder):
        status, answer = call(app, "POST", "/v1/sessions/ro-call/utterances",
                              {"speaker": "customer", "text": "too expensive, while nothing is recorded"})
        assert status == 507 and answer["delivered"] is True and "not recorded" in answer["error"]
        qtbot.waitUntil(lambda: "Not recording" in app.window.notices.details, timeout=3000)
        assert app.window.notices.isVisible()
        deadline = time.monotonic() + 5
        while (health := call(app, "GET", "/v1/health"))[0] == 200 and time.monotonic() < deadline:
            time.sleep(0.2)  # the heartbeat carries the record's state to the API process
        assert health[0] == 503 and health[1]["recording"] is False and health[1]["problem"]
        assert "too expensive, while nothing is recorded" in app.window.conversation.line_texts()
    # Held in memory meanwhile: written once the folder takes writes again, and the notice goes.
    qtbot.waitUntil(lambda: "too expensive, while nothing is recorded" in recorded_texts(), timeout=5000)
    qtbot.waitUntil(lambda: "Not recording" not in app.window.notices.details, timeout=5000)


def test_an_api_process_that_dies_is_noticed_within_a_second_and_replaced(qtbot, app):
    port = app.api.port
    os.kill(app.api._process.pid, signal.SIGKILL)
    started = time.monotonic()
    qtbot.waitUntil(lambda: "restarting" in app.window.toast.text(), timeout=1000)
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(lambda: "back" in app.window.toast.text(), timeout=20000)
    assert app.api.port == port  # integrations keep their address
    status, answer = call(app, "POST", "/v1/sessions/after/utterances", {"speaker": "customer", "text": "hello again"})
    assert status == 202 and "hello again" in recorded_texts()
