"""The outbox in the desk's SQLite file: which sessions the central record still lacks. A call is pending once it
ends and again after anything written about it later, whoever writes it; an erased call leaves nothing behind;
calls recorded before the outbox existed are pending after the upgrade."""

from __future__ import annotations

import sqlite3
import time

from recorded import recorded_db

from copilot.record import outbox, privacy
from copilot.record.storage import Store


def pending_ids(db) -> list[str]:
    with Store(db) as store:
        return sorted(p.session_id for p in outbox.pending(store.db.conn, settle_s=0))


def ship_all(db) -> None:
    with Store(db) as store:
        for p in outbox.pending(store.db.conn, settle_s=0):
            outbox.mark_shipped(store.db.conn, p.session_id, p.changes)


def test_a_call_is_pending_once_it_ends_not_while_it_runs(tmp_path):
    db = tmp_path / "c.db"
    with Store(db) as store:
        store.session_started("s1", {"started_at": time.time()})
        store.db.execute("INSERT INTO utterances (session_id, idx, speaker, text) VALUES ('s1', 0, 'customer', 'hi')")
        store.db.conn.commit()
    assert pending_ids(db) == []
    with Store(db) as store:
        store.session_ended("s1", time.time())
    assert pending_ids(db) == ["s1"]


def test_what_a_trainer_writes_after_shipping_makes_the_call_pending_again(tmp_path):
    db, ids = recorded_db(tmp_path / "c.db", calls=3)
    assert pending_ids(db) == sorted(ids)
    ship_all(db)
    assert pending_ids(db) == []
    with Store(db) as store:
        note = store.add_note(ids[0], 1.0, "well handled")
        store.save_scorecard(ids[1], {}, {"ok": True}, "tess", time.time())
    assert pending_ids(db) == sorted(ids[:2])
    ship_all(db)
    with Store(db) as store:
        store.delete_note(note)
    assert pending_ids(db) == [ids[0]]


def test_a_change_while_the_payload_travels_keeps_the_call_pending(tmp_path):
    db, [sid] = recorded_db(tmp_path / "c.db", calls=1)
    with Store(db) as store:
        changes, _version, _payload = outbox.snapshot(store.db.conn, sid)
        store.add_note(sid, 2.0, "written while the sync was sending")
        outbox.mark_shipped(store.db.conn, sid, changes)
    assert pending_ids(db) == [sid]


def test_an_erased_call_leaves_nothing_in_the_outbox(tmp_path):
    db, ids = recorded_db(tmp_path / "c.db", calls=2)
    privacy.erase_session(db, ids[0], tmp_path / "logs")
    with Store(db) as store:
        assert [r["session_id"] for r in store.rows("outbox")] == [ids[1]]


def test_calls_recorded_before_the_outbox_are_pending_after_the_upgrade(tmp_path):
    db, ids = recorded_db(tmp_path / "c.db", calls=2)
    conn = sqlite3.connect(db)
    conn.executescript("DROP TABLE outbox; PRAGMA user_version=7;")
    conn.close()
    assert pending_ids(db) == sorted(ids)
    with Store(db) as store:  # and the migration, run again, changes nothing
        assert store.schema_version >= 8
