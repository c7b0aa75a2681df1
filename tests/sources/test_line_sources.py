"""stdin and followed files: every message the API takes, bad lines skipped, files that rotate."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from copilot.live.protocol import ContextMessage, EndMessage, UtteranceMessage
from copilot.sources.lines import FollowSource, StreamSource


class Collector:
    def __init__(self):
        self.messages, self.problems, self.lock = [], [], threading.Lock()

    def deliver(self, message):
        with self.lock:
            self.messages.append(message)

    def report(self, problem):
        with self.lock:
            self.problems.append(problem)

    def texts(self):
        with self.lock:
            return [m.text for m in self.messages if isinstance(m, UtteranceMessage)]

    def wait_for(self, predicate, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.02)
        return predicate()


@pytest.fixture
def collector():
    return Collector()


def pipe_in(collector, *lines):
    """``lines`` piped to a stdin source, until the pipe closes and the source says the input ended."""
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, encoding="utf-8") as stream:
        source = StreamSource(stream, "stdin", "piped", collector.deliver, collector.report)
        source.start()
        with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
            for line in lines:
                pipe.write(line + "\n")
        assert collector.wait_for(lambda: any("ended" in p for p in collector.problems))
        source.stop()


def test_piped_lines_of_every_kind_reach_the_panel_and_bad_ones_are_named(collector):
    pipe_in(collector, json.dumps({"type": "context", "context": {"customer": {"first_name": "Eva"}}}),
            '{"speaker": "customer", "text": "too expensive"}', "this line has no speaker",
            '{"speaker": "robot", "text": "x"}', "Klant: het is te duur", '{"type": "end", "session": "other"}')
    kinds = [type(m) for m in collector.messages]
    assert kinds == [ContextMessage, UtteranceMessage, UtteranceMessage, EndMessage]
    assert collector.texts() == ["too expensive", "het is te duur"]
    assert collector.messages[0].session == "piped" and collector.messages[-1].session == "other"
    assert collector.problems[0].startswith("stdin:3:") and "skipped" in collector.problems[0]
    assert collector.problems[1].startswith("stdin:4:") and "'speaker'" in collector.problems[1]


def test_a_runaway_labelled_line_is_named_like_a_runaway_json_line(follow, collector):
    """A transcription tool stuck in a loop wrote one 'Speaker: text' line of megabytes: the JSON form of the same
    line was refused (longer than 20,000 characters) but the labelled form went to every engine and the record.
    (A hundred kilobytes here: a line longer than a source holds is skipped before it is read, see below.)"""
    append(follow, "Customer: " + "la " * 40_000, "Customer: and the next line arrives")
    assert collector.wait_for(lambda: collector.texts() == ["and the next line arrives"])
    assert len(collector.problems) == 1
    assert "transcript.jsonl:1:" in collector.problems[0] and "longer than 20000 characters" in collector.problems[0]


@pytest.fixture
def follow(tmp_path, collector):
    path = tmp_path / "transcript.jsonl"
    path.write_text("", encoding="utf-8")
    source = FollowSource(path, "transcript.jsonl", "file", collector.deliver, collector.report)
    source.start()
    yield path
    source.stop()


def append(path, *lines):
    with open(path, "a", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
        handle.flush()


def test_a_followed_file_is_read_as_it_grows_even_mid_line(follow, collector):
    append(follow, "Customer: one")
    assert collector.wait_for(lambda: collector.texts() == ["one"])
    with open(follow, "a", encoding="utf-8") as handle:
        handle.write("Customer: tw")
        handle.flush()
        time.sleep(0.3)
        assert collector.texts() == ["one"]  # half a line is not a line
        handle.write("o\n")
    assert collector.wait_for(lambda: collector.texts() == ["one", "two"])


def test_truncation_starts_over_from_the_top(follow, collector):
    append(follow, "Customer: before")
    assert collector.wait_for(lambda: collector.texts() == ["before"])
    with open(follow, "w", encoding="utf-8") as handle:
        handle.write("Customer: after\n")
    assert collector.wait_for(lambda: collector.texts() == ["before", "after"])


def test_rotation_finishes_the_old_file_then_reads_the_new_one(follow, collector):
    append(follow, "Customer: old one")
    assert collector.wait_for(lambda: collector.texts() == ["old one"])
    append(follow, "Customer: old two")
    os.replace(follow, follow.with_suffix(".1"))
    append(follow, "Customer: new one")
    assert collector.wait_for(lambda: collector.texts() == ["old one", "old two", "new one"])


def test_a_file_that_does_not_exist_yet_is_waited_for(tmp_path, collector):
    path = tmp_path / "later.txt"
    source = FollowSource(path, "later.txt", "file", collector.deliver, collector.report)
    source.start()
    try:
        assert collector.wait_for(lambda: collector.problems != [])
        assert "waiting for" in collector.problems[0]
        append(path, "Agent: hello")
        assert collector.wait_for(lambda: collector.texts() == ["hello"])
    finally:
        source.stop()


@pytest.mark.slow
def test_copilot_listen_stdin_records_what_was_piped(tmp_path):
    import subprocess
    import sys

    from copilot.record.storage import Store

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COPILOT_DATA_DIR": str(tmp_path / "data")}
    # The customer's line last: a later line may rightly supersede its card while the engine is busy (a loaded
    # machine), and this test is about what is recorded, not about timing.
    lines = 'Agent: how can I help?\n{"speaker": "customer", "text": "this is too expensive"}\n'
    result = subprocess.run([sys.executable, "-m", "copilot", "--quit-after", "2.5", "listen", "--stdin",
                             "--session", "cti-4"], input=lines, capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    store = Store(tmp_path / "data" / "copilot.db")
    try:
        [session] = [s for s in store.rows("sessions") if s["external_id"] == "cti-4"]
        texts = [u["text"] for u in store.rows("utterances", "session_id = ?", [session["id"]])]
        assert texts == ["how can I help?", "this is too expensive"]
        assert "objection.price" in {s["entry_id"] for s in store.rows("suggestions")}
    finally:
        store.close()


def test_a_file_written_on_and_on_without_a_line_break_holds_up_no_later_line(follow, collector):
    """Sixty megabytes with no line break (a binary file, a tool stuck in a loop) were gathered whole and searched
    again for each new piece: the next line came 51 s late. The line is skipped once it is longer than any message
    the API takes, and the lines after it arrive at once."""
    with open(follow, "ab") as handle:
        for _ in range(40):  # 5 MB in pieces, as a tool writes them
            handle.write(b"x" * 131_072)
            handle.flush()
        handle.write(b"still the same line\nCustomer: the next line\n")
    assert collector.wait_for(lambda: collector.texts() == ["the next line"], timeout=10)
    assert len(collector.problems) == 1
    assert "transcript.jsonl:1:" in collector.problems[0] and "longer than 256 KB" in collector.problems[0]
    append(follow, "Customer: and the one after")
    assert collector.wait_for(lambda: collector.texts() == ["the next line", "and the one after"])


def test_a_piped_line_longer_than_a_source_holds_is_skipped_by_its_number(collector):
    pipe_in(collector, "Customer: first", "Customer: " + "blah " * 200_000, "Customer: third")  # a megabyte on line 2
    assert collector.texts() == ["first", "third"]
    assert collector.problems[0].startswith("stdin:2:") and "longer than 256 KB" in collector.problems[0]
