"""A recorded session read back for replay: what was said, shown and decided, moment by moment."""

from __future__ import annotations

import sqlite3

import pytest
from recorded import CALL_EN, recorded_db

from copilot.record.session_record import RecordNotFound, load_record
from copilot.record.storage import Store


@pytest.fixture
def db(tmp_path):
    path, ids = recorded_db(tmp_path / "copilot.db", calls=2)
    store = Store(path)
    yield store, ids
    store.close()


def test_a_recorded_call_reads_back_with_its_agent_outcome_and_language(db):
    store, ids = db
    english, dutch = (load_record(store.db.conn, i) for i in ids)
    assert (english.agent, english.team, english.outcome, english.channel) == ("ann", "blue", "resolved", "phone")
    assert english.language == "en" and dutch.language == "nl"
    assert [t.text for t in english.turns] == [text for _, text in CALL_EN]
    assert all(b.offset >= a.offset for a, b in zip(english.turns, english.turns[1:], strict=False))
    assert english.duration >= english.turns[-1].offset


def test_every_card_shown_has_exactly_one_decision(db):
    store, ids = db
    record = load_record(store.db.conn, ids[0])
    actions = [c.decision.action for c in record.cards.values()]
    assert len(actions) == len(record.cards) and {"inserted", "edited", "discarded"} <= set(actions)
    edited = next(c for c in record.cards.values() if c.decision.action == "edited")
    assert edited.decision.final_text.endswith("Anything else?") and edited.decision.edit_distance > 0
    discarded = next(c for c in record.cards.values() if c.decision.action == "discarded")
    assert discarded.decision.reason == "wrong"


def test_the_board_at_a_moment_is_what_the_agent_saw_then(db):
    store, ids = db
    record = load_record(store.db.conn, ids[0])
    escalation = next(c for c in record.cards.values() if c.kind == "escalation")
    before, during = escalation.offset - 0.01, escalation.offset + 0.01
    assert escalation not in record.board_at(before)
    assert escalation in record.board_at(during)
    assert escalation not in record.board_at(escalation.decision.offset + 0.01)
    assert record.board_at(record.duration + 1) == []  # the call ended: nothing left up
    assert record.board_at(-1) == []


def test_jumps_find_the_next_escalation_and_decision(db):
    store, ids = db
    record = load_record(store.db.conn, ids[0])
    escalation = record.next_event(0.0, "escalation")
    assert escalation is not None and escalation.card_kind == "escalation"
    assert record.next_event(escalation.offset, "escalation") is None
    decision = record.next_event(0.0, "decision")
    assert decision.kind in ("inserted", "edited", "discarded", "expired")
    assert record.previous_event(decision.offset + 0.5, "decision") == decision


def test_an_unknown_session_id_is_a_clear_error(db):
    store, _ = db
    with pytest.raises(RecordNotFound, match="nope"):
        load_record(store.db.conn, "nope")


def test_notes_and_scorecard_are_kept_with_the_session(db):
    store, ids = db
    note = store.add_note(ids[0], 3.5, "Good empathy here", utterance_idx=2, tags=["empathy"], author="tia")
    store.save_scorecard(ids[0], {"criteria": [{"id": "greeting"}]}, {"greeting": True}, "tia", 1.0)
    record = load_record(store.db.conn, ids[0])
    assert [(n.id, n.offset, n.tags) for n in record.notes] == [(note, 3.5, ["empathy"])]
    assert record.scorecard["answers"] == {"greeting": True}
    assert "note" in {e.kind for e in record.events()}
    store.delete_note(note)
    assert load_record(store.db.conn, ids[0]).notes == []


def test_transcript_text_is_searchable(db):
    store, ids = db
    hits = {r[0] for r in store.db.execute(
        "SELECT session_id FROM utterances WHERE rowid IN "
        "(SELECT rowid FROM utterances_fts WHERE utterances_fts MATCH ?)", ["opzeggen"])}
    assert hits == {ids[1]}


def test_a_version_3_database_upgrades_and_keeps_its_sessions(tmp_path):
    from copilot.record import storage

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for migrate in storage.MIGRATIONS[:3]:
        migrate(db)
    conn.execute("PRAGMA user_version=3")
    conn.execute("INSERT INTO sessions (id, started_at) VALUES ('old', 1.0)")
    conn.execute("INSERT INTO utterances (session_id, idx, speaker, text, ts, received_at) "
                 "VALUES ('old', 0, 'customer', 'too expensive', NULL, 2.0)")
    conn.commit()
    conn.close()
    store = Store(path)
    record = load_record(store.db.conn, "old")
    assert [t.text for t in record.turns] == ["too expensive"] and record.turns[0].offset == 1.0
    found = store.db.execute("SELECT count(*) FROM utterances_fts WHERE utterances_fts MATCH 'expensive'")
    assert found.fetchone()[0] == 1
    store.close()


def test_an_upgrade_cut_short_runs_again_cleanly_on_the_next_start(tmp_path):
    """A kill in the middle of the v4 migration left columns added but the version unchanged."""
    import sqlite_utils

    from copilot.record import storage

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for migrate in storage.MIGRATIONS[:3]:
        migrate(db)
    conn.execute("PRAGMA user_version=3")
    conn.execute("INSERT INTO sessions (id, started_at) VALUES ('old', 1.0)")
    conn.execute("INSERT INTO utterances (session_id, idx, speaker, text, received_at) "
                 "VALUES ('old', 0, 'customer', 'too expensive', 2.0)")
    conn.commit()
    db.table("sessions").add_column("agent", str)  # the first steps of v4, as a cut-short run did them
    db.table("boards").create({"id": int, "session_id": str, "at": float, "cards": str}, pk="id")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.schema_version == storage.SCHEMA_VERSION
    assert [t.text for t in load_record(store.db.conn, "old").turns] == ["too expensive"]
    found = store.db.execute("SELECT count(*) FROM utterances_fts WHERE utterances_fts MATCH 'expensive'")
    assert found.fetchone()[0] == 1
    store.close()
