"""The session record on disk: schema, migrations, background writes, and surviving a kill."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from copilot.live.session import Session
from copilot.model import Action, Speaker
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook, parse_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import SCHEMA_VERSION, StorageError, Store


@pytest.fixture
def recorder(tmp_path):
    rec = BackgroundRecorder(tmp_path / "copilot.db")
    yield rec
    rec.close()


def test_new_database_is_wal_and_at_the_current_schema(tmp_path):
    store = Store(tmp_path / "c.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version == SCHEMA_VERSION
    assert {"sessions", "utterances", "suggestions", "decisions"} <= set(store.db.table_names())
    store.close()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "c.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE keep (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "c.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="c.db"):
        Store(path)
    assert path.read_bytes().startswith(b"this is not sqlite")


def test_a_whole_session_is_recorded_with_every_fate(tmp_path, recorder, playbook_file):
    clock = iter(range(1000, 2000)).__next__
    book = load_playbook(playbook_file())
    session = Session(PlaybookEngine(book), recorder, clock=lambda: float(clock()), card_ttl=2)
    for text in ("too expensive", "get me a manager"):
        utterance = session.add_utterance(Speaker.CUSTOMER, text)
        session.offer(session.suggest(utterance), utterance.index)
    price, human = sorted(session.cards, key=lambda c: c.entry_id, reverse=True)
    session.insert(price.id, "I hear you, the price matters.")
    session.discard(human.id, "tone")
    utterance = session.add_utterance(Speaker.CUSTOMER, "too expensive, again")
    session.offer(session.suggest(utterance), utterance.index)
    session.end()
    assert recorder.flush()

    store = Store(tmp_path / "copilot.db")
    [row] = store.rows("sessions")
    assert row["ended_at"] is not None
    texts = [u["text"] for u in store.rows("utterances")]
    assert texts == ["too expensive", "get me a manager", "too expensive, again"]
    suggestions = {s["id"]: s for s in store.rows("suggestions")}
    assert suggestions[price.id]["rationale"] == "Customer said “too expensive”"
    assert suggestions[price.id]["latency_ms"] >= 0
    decisions = {d["suggestion_id"]: d for d in store.rows("decisions")}
    assert decisions[price.id]["action"] == Action.EDITED
    assert decisions[price.id]["final_text"] == "I hear you, the price matters."
    assert decisions[price.id]["edit_distance"] > 0
    assert decisions[price.id]["time_to_decision_ms"] > 0
    assert decisions[human.id]["action"] == Action.DISCARDED
    assert decisions[human.id]["reason"] == "tone"
    assert len(decisions) == len(suggestions)  # every card shown has exactly one fate
    store.close()


def test_a_bad_record_is_skipped_and_the_rest_are_kept(tmp_path, recorder, playbook_file):
    session = Session(PlaybookEngine(load_playbook(playbook_file())), recorder)
    session.add_utterance(Speaker.CUSTOMER, "first")
    recorder.decision_made("no-such-session", None)  # type: ignore[arg-type]  (a programming error)
    session.add_utterance(Speaker.CUSTOMER, "second")
    assert recorder.flush()
    assert recorder.failures == 1
    store = Store(tmp_path / "copilot.db")
    assert [u["text"] for u in store.rows("utterances")] == ["first", "second"]
    store.close()


WRITER = textwrap.dedent(
    """
    import sys, time
    from copilot.record.recorder import BackgroundRecorder
    from copilot.model import Utterance, Speaker
    rec = BackgroundRecorder(sys.argv[1])
    rec.session_started("s1", {"started_at": time.time(), "source": "test"})
    for i in range(50):
        rec.utterance_added("s1", Utterance(Speaker.CUSTOMER, f"line {i}", index=i))
    time.sleep(1.2)
    print("written", flush=True)
    i = 50
    while True:
        rec.utterance_added("s1", Utterance(Speaker.CUSTOMER, f"line {i}", index=i))
        i += 1
        time.sleep(0.001)
    """
)


@pytest.mark.slow
def test_a_killed_app_loses_at_most_the_last_second(tmp_path):
    path = tmp_path / "copilot.db"
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "written"
        subprocess.run([sys.executable, "-c", "import time; time.sleep(0.5)"], check=True)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        process.stdout.close()
    store = Store(path)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    texts = [u["text"] for u in store.rows("utterances")]
    assert texts[:50] == [f"line {i}" for i in range(50)]
    assert len(texts) > 50  # lines from the last half second before the kill were kept too
    store.close()


def test_a_card_restated_in_another_language_keeps_its_record(tmp_path, recorder):
    book = parse_playbook({"playbook": {}, "entry": [
        {"id": "compliance.recording", "kind": "compliance", "title": {"en": "Recording", "nl": "Opname"},
         "text": {"en": "This call is recorded.", "nl": "Dit gesprek wordt opgenomen."}, "on_start": True},
    ]})
    session = Session(PlaybookEngine(book), recorder)
    [card] = session.start().shown
    session.note_painted(card.id, 12.5)
    session.add_utterance(Speaker.CUSTOMER, "Goedemiddag, ik bel over mijn rekening")
    assert recorder.flush()
    store = Store(tmp_path / "copilot.db")
    [row] = store.rows("suggestions")
    assert (row["text"], row["lang"], row["card_ms"]) == ("Dit gesprek wordt opgenomen.", "nl", 12.5)
    assert row["shown_at"] is not None
    store.close()
