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
