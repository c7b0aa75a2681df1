"""Recording failures in plain sight: a damaged database is set aside and named, a read-only folder or file
is a clear message and a lasting problem, and nothing is written into a damaged file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time

import pytest
from readonly import read_only

from copilot.model import Speaker, Utterance
from copilot.record.recorder import REOPEN_S, BackgroundRecorder
from copilot.record.storage import StorageError, Store, damage


def filled(path, sessions: int = 200):
    with Store(path) as store:
        for number in range(sessions):
            store.session_started(f"s{number}", {"started_at": 1.0, "context": {"note": "x" * 300}})
    return path


def garble(path) -> bytes:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = bytes(range(256)) * 32
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_is_set_aside_untouched_and_a_new_one_started(tmp_path, caplog):
    path = filled(tmp_path / "copilot.db")
    damaged = garble(path)
    recorder = BackgroundRecorder(path)
    try:
        recorder.session_started("fresh", {"started_at": 2.0})
        assert recorder.flush()
        assert recorder.notice is not None and "damaged" in recorder.notice
        [kept] = [p for p in tmp_path.iterdir() if p.name.startswith("copilot.damaged-") and p.suffix == ".db"]
        assert kept.name in recorder.notice and kept.read_bytes() == damaged  # kept, not written into
    finally:
        recorder.close()
    assert damage(path) is None
    with Store(path) as store:
        assert [row["id"] for row in store.rows("sessions")] == ["fresh"]
    assert any("damaged" in record.getMessage() for record in caplog.records)


def test_a_sound_database_opens_as_it_is(tmp_path):
    path = filled(tmp_path / "copilot.db", sessions=3)
    recorder = BackgroundRecorder(path)
    recorder.close()
    assert recorder.notice is None and sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [
        "copilot.db"]


def test_a_read_only_folder_is_a_clear_storage_error(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    filled(folder / "copilot.db", sessions=1)
    with read_only(folder / "copilot.db", folder), pytest.raises(StorageError) as caught:
        BackgroundRecorder(folder / "copilot.db")
    assert str(folder / "copilot.db") in str(caught.value)


def test_a_folder_that_cannot_be_made_is_a_storage_error_not_an_os_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    with pytest.raises(StorageError):
        Store(blocker / "data" / "copilot.db")


def test_writes_that_fail_set_a_problem_logged_once_and_answered_as_not_stored(tmp_path, caplog):
    folder = tmp_path / "data"
    folder.mkdir()
    path = filled(folder / "copilot.db", sessions=1)
    recorder = BackgroundRecorder(path)
    answers = []
    try:
        recorder.session_started("live", {"started_at": 1.0})
        recorder.after_writes(lambda stored, problem: answers.append((stored, problem)))
        assert recorder.flush() and answers == [(True, None)] and recorder.problem is None
        # The file and its write-ahead log (not the shared-memory index, which SQLite would wait on).
        with read_only(path, folder / "copilot.db-wal", folder), caplog.at_level(logging.ERROR, "copilot.storage"):
            for index in range(20):
                recorder.utterance_added("live", Utterance(Speaker.CUSTOMER, f"line {index}", index=index))
            recorder.after_writes(lambda stored, problem: answers.append((stored, problem)))
            assert recorder.flush()
            assert recorder.problem is not None and answers[-1] == (False, recorder.problem)
            assert len([r for r in caplog.records if "not recording" in r.getMessage()]) == 1
        time.sleep(REOPEN_S + 0.1)  # a failing connection is replaced at most this often
        recorder.utterance_added("live", Utterance(Speaker.CUSTOMER, "back again", index=99))
        recorder.after_writes(lambda stored, problem: answers.append((stored, problem)))
        assert recorder.flush() and recorder.problem is None and answers[-1] == (True, None)
    finally:
        recorder.close()


def test_the_panel_starts_in_an_empty_read_only_data_folder_and_says_so(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shot = tmp_path / "panel.png"
    with read_only(folder):
        result = subprocess.run([sys.executable, "-m", "copilot", "--quit-after", "1", "--no-crash-dialog",
                                 "--screenshot", str(shot)],
                                env={**os.environ, "COPILOT_DATA_DIR": str(folder),
                                     "QT_QPA_PLATFORM": "offscreen"},
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and shot.stat().st_size > 0


def _until(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _recording(tmp_path):
    """A data folder with a recorded database, and a recorder writing to it."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = filled(folder / "copilot.db", sessions=1)
    return folder, path, BackgroundRecorder(path)


def test_what_arrives_while_writes_fail_is_written_in_order_once_they_work_again(tmp_path):
    """A full disk or a read-only folder for a while: the lines said meanwhile, and a call that started
    meanwhile, land once the database takes writes again (they used to be lost, and a session whose start was
    lost then lost every later record as well)."""
    folder, path, recorder = _recording(tmp_path)
    try:
        recorder.session_started("first", {"started_at": 1.0})
        recorder.utterance_added("first", Utterance(Speaker.CUSTOMER, "before", index=0))
        assert recorder.flush() and recorder.problem is None
        with read_only(path, folder / "copilot.db-wal", folder):
            for index in range(1, 6):
                recorder.utterance_added("first", Utterance(Speaker.CUSTOMER, f"during {index}", index=index))
            recorder.session_ended("first", 5.0)
            recorder.session_started("second", {"started_at": 6.0})
            for index in range(4):
                recorder.utterance_added("second", Utterance(Speaker.AGENT, f"second {index}", index=index))
            assert recorder.flush() and recorder.problem is not None
        # Nothing new arrives: the kept records are tried again on their own.
        assert _until(lambda: recorder.problem is None)
        recorder.utterance_added("second", Utterance(Speaker.CUSTOMER, "after", index=4))
        assert recorder.flush() and recorder.dropped == 0
    finally:
        recorder.close()
    with Store(path) as store:
        first = [row["text"] for row in store.rows("utterances", "session_id = ?", ["first"])]
        second = [row["text"] for row in store.rows("utterances", "session_id = ?", ["second"])]
        ended = {row["id"]: row["ended_at"] for row in store.rows("sessions")}
    assert first == ["before", *(f"during {n}" for n in range(1, 6))]
    assert second == [*(f"second {n}" for n in range(4)), "after"]
    assert ended["first"] == 5.0


def test_kept_records_are_bounded_and_the_count_dropped_is_said(tmp_path, monkeypatch, caplog):
    from copilot.record import recorder as module

    monkeypatch.setattr(module, "KEEP_AT_MOST", 3)
    folder, path, recorder = _recording(tmp_path)
    try:
        recorder.session_started("live", {"started_at": 1.0})
        assert recorder.flush()
        with read_only(path, folder / "copilot.db-wal", folder), caplog.at_level(logging.WARNING, "copilot.storage"):
            for index in range(7):
                recorder.utterance_added("live", Utterance(Speaker.CUSTOMER, f"line {index}", index=index))
            assert recorder.flush()
            assert recorder.dropped == 4
        assert _until(lambda: recorder.problem is None)
        assert any("4 records were dropped" in record.getMessage() for record in caplog.records)
    finally:
        recorder.close()
    with Store(path) as store:  # the oldest are kept whole: a session's start before its lines
        assert [row["text"] for row in store.rows("utterances")] == ["line 0", "line 1", "line 2"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device that is always full")
def test_a_log_file_on_a_full_disk_is_said_once_not_a_traceback_per_line(capfd):
    from copilot.config.logs import LogFile

    handler = LogFile("/dev/full", maxBytes=1_000_000, encoding="utf-8")
    logger = logging.getLogger("copilot.test-full-disk")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for index in range(30):
            logger.error("line %d", index)
    finally:
        logger.removeHandler(handler)
        handler.close()
    err = capfd.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("cannot be written") == 1 and "/dev/full" in err and handler.failing
