"""``copilot sessions``: a trainer lists and searches recorded calls, and moves one between machines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import datetime

import pytest
from recorded import CALL_EN, CALL_NL, record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

MONDAY = datetime(2024, 3, 4, 10, 0).timestamp()
TUESDAY = datetime(2024, 3, 5, 16, 30).timestamp()


@pytest.fixture
def recorded():
    """This machine's database (under COPILOT_DATA_DIR) with an English call on Monday, a Dutch one on Tuesday."""
    recorder = BackgroundRecorder(paths.database_path())
    try:
        english = record_call(recorder, CALL_EN, start=MONDAY, agent_name="ann", team="blue", tags=["billing"],
                              context={"customer": {"first_name": "Mark", "email": "mark@example.com"}})
        dutch = record_call(recorder, CALL_NL, start=TUESDAY, agent_name="bob", team="red", channel="chat")
        recorder.flush()
    finally:
        recorder.close()
    return {"en": english.id, "nl": dutch.id}


def run(capsys, *args):
    code = main(["sessions", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed(capsys, *args):
    code, out, err = run(capsys, "list", "--format", "jsonl", *args)
    assert (code, err) == (0, "")
    return [json.loads(line) for line in out.splitlines()]


def test_list_shows_each_call_newest_first_with_agent_length_and_acceptance(recorded, capsys):
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    header, first, second = out.splitlines()
    assert header.split()[:3] == ["started", "length", "agent"]
    assert first.startswith("2024-03-05 16:30") and " bob " in first and first.endswith(recorded["nl"])
    assert second.startswith("2024-03-04 10:00") and " ann " in second and second.endswith(recorded["en"])
    assert "0:10" in second and "67%" in second  # ten seconds long; two of three decided cards taken


def test_jsonl_gives_one_object_per_call_with_its_counts(recorded, capsys):
    rows = listed(capsys)
    assert [r["id"] for r in rows] == [recorded["nl"], recorded["en"]]
    english = rows[1]
    assert [english[k] for k in ("agent", "team", "channel", "language")] == ["ann", "blue", "phone", "en"]
    assert english["tags"] == ["billing"] and english["utterances"] == len(CALL_EN)
    assert english["accepted"] == 2 and english["decided"] == 3 and english["shown"] >= 3


def test_search_and_filters_pick_the_calls(recorded, capsys):
    assert [r["id"] for r in listed(capsys, "--search", "opzeg")] == [recorded["nl"]]
    assert [r["id"] for r in listed(capsys, "--search", '"manager" (*')] == [recorded["en"]]
    assert [r["id"] for r in listed(capsys, "--agent", "ann")] == [recorded["en"]]
    assert [r["id"] for r in listed(capsys, "--channel", "chat", "--team", "red")] == [recorded["nl"]]
    assert [r["id"] for r in listed(capsys, "--tag", "billing")] == [recorded["en"]]
    assert [r["id"] for r in listed(capsys, "--since", "2024-03-05")] == [recorded["nl"]]
    assert [r["id"] for r in listed(capsys, "--until", "2024-03-04")] == [recorded["en"]]  # the whole day counts
    assert [r["id"] for r in listed(capsys, "--limit", "1")] == [recorded["nl"]]
    assert listed(capsys, "--search", "manager", "--agent", "bob") == []


def test_nothing_matching_says_so(recorded, capsys):
    assert run(capsys, "list", "--search", "zebra") == (0, "no recorded session matches\n", "")


def test_listing_without_any_recorded_call_creates_no_database(capsys):
    assert run(capsys, "list") == (0, "no recorded session matches\n", "")
    assert not paths.database_path().exists()


@pytest.mark.parametrize(("args", "named"), [
    (["list", "--since", "2024-02-30"], "--since: '2024-02-30' is not a date (YYYY-MM-DD)"),
    (["list", "--until", "yesterday"], "--until: 'yesterday' is not a date"),
    (["list", "--limit", "0"], "--limit: '0' is not a positive whole number"),
    (["list", "--limit", "many"], "--limit: 'many'"),
    (["export", "no-such-call", "-o", "out.zip"], "no-such-call: no recorded session with that id"),
    # Typed characters are the id's own, never wildcards: '%' once matched every session, '_' any character.
    (["export", "%", "-o", "out.zip"], "%: no recorded session with that id"),
    (["export", "_", "-o", "out.zip"], "_: no recorded session with that id"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(recorded, capsys, tmp_path, monkeypatch, args, named):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith(f"copilot sessions {args[0]}: ") and named in err and err.count("\n") == 1
    assert not (tmp_path / "out.zip").exists()


@pytest.mark.slow
def test_without_an_action_the_library_window_opens(recorded, qtbot, tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    shot = tmp_path / "library.png"  # its own process: the window runs the application's event loop
    done = subprocess.run([sys.executable, "-m", "copilot", "--quit-after", "1.5", "--screenshot", str(shot),
                           "sessions"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 600  # the library window was on screen


def test_a_call_exported_on_one_machine_imports_on_another(recorded, capsys, tmp_path, monkeypatch):
    file = tmp_path / "call.zip"
    code, out, err = run(capsys, "export", recorded["en"], "-o", file)
    assert (code, err) == (0, "") and out == f"session {recorded['en']} written to {file}\n"
    original = _record(recorded["en"])
    monkeypatch.setenv("COPILOT_DATA_DIR", str(tmp_path / "trainer"))  # the trainer's machine
    code, out, err = run(capsys, "import", file)
    assert (code, err) == (0, "")
    assert out == f"session {recorded['en']} imported from {file}: {len(CALL_EN)} utterances, {original[1]} cards\n"
    assert _record(recorded["en"]) == original
    assert run(capsys, "import", file) == (0, f"session {recorded['en']} is already in the database; "
                                              "nothing changed\n", "")


def test_a_redacted_export_leaves_out_the_customers_name_and_address(recorded, capsys, tmp_path):
    file = tmp_path / "call.zip"
    code, out, _ = run(capsys, "export", recorded["en"], "-o", file, "--redact")
    assert code == 0 and out.endswith("(personal data redacted)\n")
    body = zipfile.ZipFile(file).read("session.json").decode("utf-8")
    assert "Mark" not in body and "mark@example.com" not in body and "[NAME_1]" in body


def test_a_changed_call_is_only_overwritten_with_replace(recorded, capsys, tmp_path):
    file = tmp_path / "call.zip"
    run(capsys, "export", recorded["en"], "-o", file)
    store = Store(paths.database_path())
    store.add_note(recorded["en"], 2.0, "Added after the export")
    store.close()
    code, out, err = run(capsys, "import", file)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert str(file) in err and "different content" in err and "replace" in err
    assert [n.text for n in _record_full(recorded["en"]).notes] == ["Added after the export"]
    code, out, _ = run(capsys, "import", file, "--replace")
    assert code == 0 and out.startswith(f"session {recorded['en']} replaced from")
    assert _record_full(recorded["en"]).notes == []


def test_a_damaged_file_is_refused_by_name(recorded, capsys, tmp_path):
    file = tmp_path / "call.zip"
    run(capsys, "export", recorded["en"], "-o", file)
    file.write_bytes(file.read_bytes()[:200])
    code, out, err = run(capsys, "import", file)
    assert code == 2 and out == ""
    assert err.startswith(f"copilot sessions import: {file}: damaged or truncated") and err.count("\n") == 1


@pytest.mark.slow
def test_the_installed_command_lists_sessions(recorded):
    env = dict(os.environ, COPILOT_DATA_DIR=str(paths.data_dir()))
    done = subprocess.run([sys.executable, "-m", "copilot", "sessions", "list", "--format", "jsonl",
                           "--search", "factuur"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == [recorded["nl"]]


def _record_full(session_id):
    store = Store(paths.database_path())
    try:
        return load_record(store.db.conn, session_id)
    finally:
        store.close()


def _record(session_id):
    record = _record_full(session_id)
    return record, len(record.cards)


def test_a_refused_file_does_not_even_create_the_database(capsys, tmp_path):
    from copilot.config import paths

    bad = tmp_path / "broken.copilot-session"
    bad.write_bytes(b"not a zip at all")
    code, out, err = run(capsys, "import", bad)
    assert code == 2 and "broken.copilot-session" in err
    assert not paths.database_path().exists()


def test_the_start_of_an_id_finds_its_session_as_written(recorded, capsys, tmp_path):
    start = recorded["en"][:10]
    code, out, err = run(capsys, "export", start, "-o", tmp_path / "call.zip")
    assert (code, err) == (0, "") and recorded["en"] in out
    if start.upper() != start:  # the id as written: another case is another id
        code, _, err = run(capsys, "export", start.upper(), "-o", tmp_path / "other.zip")
        assert code == 2 and "no recorded session with that id" in err

