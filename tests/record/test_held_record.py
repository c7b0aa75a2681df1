"""Held-back AI drafts in the session record: written by the real session and recorder, read back for replay,
carried by session files (also redacted), erased with the customer, and no trouble for older databases."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import zipfile

import sqlite_utils

from copilot.live.session import Session
from copilot.model import Kind, Suggestion
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook
from copilot.record import privacy, storage
from copilot.record.archive import export_session, import_session
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

BOOK = parse_playbook({"playbook": {}, "entry": [
    {"id": "reply.later", "kind": "reply", "title": {"nl": "Later"}, "text": {"nl": "Ik bel u terug."},
     "triggers": {"nl": ["terugbellen"]}}]})
CONTEXT = {"customer": {"id": "CUST-4242", "first_name": "Sanne", "last_name": "de Vries"}}
DRAFTS = [("Omdat u het bent: vijftig procent korting, Sanne.", "discount above 10%"),
          ("Bel mevrouw Jansen maar op 06-87654321.", "someone else's personal data")]


def record_held(path, start=1_700_000_000.0) -> str:
    """A chat in which the model's two drafts were held back, recorded as the panel records it."""
    ticks = itertools.count(start, 1.0)
    recorder = BackgroundRecorder(path)
    try:
        session = Session(PlaybookEngine(BOOK), recorder, context=CONTEXT, clock=lambda: next(ticks))
        line = session.add_utterance("customer", "Met Sanne de Vries, mijn internet valt steeds weg.")
        for n, (text, reason) in enumerate(DRAFTS):
            draft = Suggestion(Kind.REPLY, text, "Suggested reply", "Helps", f"ai:{n}", "nl", 0.5, engine="generative",
                               source_label="AI draft", ai_generated=True, utterance_index=line.index,
                               created_at=start + 2 + n)
            session.note_held(draft, reason)
        session.add_utterance("agent", "Ik kijk het voor u na.")
        session.end()
        assert recorder.flush()
        return session.id
    finally:
        recorder.close()


def test_held_drafts_are_read_back_at_their_moment_and_are_never_cards(tmp_path):
    sid = record_held(tmp_path / "copilot.db")
    with Store(tmp_path / "copilot.db") as store:
        record = load_record(store.db.conn, sid)
        summary = store.session_summary(sid)
    assert [(h.text, h.reason, h.offset) for h in record.held] == [(t, r, 2.0 + n) for n, (t, r) in enumerate(DRAFTS)]
    assert record.cards == {} and summary["shown"] == 0  # the library's counts see no card
    assert [h.text for h in record.held_until(2.5)] == [DRAFTS[0][0]]
    assert [e.label for e in record.events() if e.kind == "held"] == [f"Held back: {r}" for _, r in DRAFTS]
    assert record.next_event(0.0, "decision") is None  # a held draft is no decision of the agent's


def test_an_older_database_gets_the_table_and_its_sessions_open_as_before(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for migrate in storage.MIGRATIONS[:5]:
        migrate(db)
    conn.execute("PRAGMA user_version=5")
    conn.execute("INSERT INTO sessions (id, started_at) VALUES ('old', 1.0)")
    conn.commit()
    assert load_record(conn, "old").held == []  # a plain connection to a database from before: nothing held
    conn.close()
    with Store(path) as store:
        assert store.schema_version == storage.SCHEMA_VERSION >= 6
        storage.MIGRATIONS[5](store.db)  # a migration cut short runs again cleanly
        assert load_record(store.db.conn, "old").held == []
        assert "held_drafts" in store.db.table_names()


def test_a_session_file_carries_its_held_drafts_and_redacts_them_when_asked(tmp_path):
    sid = record_held(tmp_path / "agent.db")
    with Store(tmp_path / "agent.db") as store:
        plain = export_session(store.db.conn, sid, tmp_path / "plain.zip")
        private = export_session(store.db.conn, sid, tmp_path / "private.zip", redact=True)
    with Store(tmp_path / "trainer.db") as trainer:
        assert import_session(trainer.db.conn, plain).status == "imported"
        assert [(h.text, h.reason) for h in load_record(trainer.db.conn, sid).held] == DRAFTS
        assert import_session(trainer.db.conn, plain).status == "already present"
    with zipfile.ZipFile(private) as archive:
        held = json.loads(archive.read("session.json"))["held"]
    assert [row["reason"] for row in held] == [r for _, r in DRAFTS]
    assert not any(value in row["text"] for row in held for value in ("Sanne", "06-87654321"))


def test_a_session_file_from_before_held_drafts_still_imports(tmp_path):
    sid = record_held(tmp_path / "agent.db")
    with Store(tmp_path / "agent.db") as store:
        exported = export_session(store.db.conn, sid, tmp_path / "session.zip")
    with zipfile.ZipFile(exported) as archive:
        manifest, payload = json.loads(archive.read("manifest.json")), json.loads(archive.read("session.json"))
    del payload["held"]
    body = json.dumps(payload).encode()
    manifest["sha256"] = hashlib.sha256(body).hexdigest()
    older = tmp_path / "older.zip"
    with zipfile.ZipFile(older, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("session.json", body)
    with Store(tmp_path / "trainer.db") as trainer:
        assert import_session(trainer.db.conn, older).status == "imported"
        assert load_record(trainer.db.conn, sid).held == []


def test_erasing_the_customer_erases_their_held_drafts_and_an_export_lists_them(tmp_path):
    path = tmp_path / "copilot.db"
    sid = record_held(path)
    out = tmp_path / "subject.json"
    assert privacy.export_customer(path, "CUST-4242", out, log_dir=tmp_path / "logs") == 1
    [session] = json.loads(out.read_text(encoding="utf-8"))["sessions"]
    assert [row["text"] for row in session["held"]] == [t for t, _ in DRAFTS]
    result = privacy.erase_customer(path, "CUST-4242", log_dir=tmp_path / "logs")
    assert result.sessions == 1 and result.rows["held_drafts"] == len(DRAFTS)
    with Store(path) as store:
        assert store.rows("held_drafts") == []
        assert not store.has_session(sid)
    assert b"vijftig procent" not in path.read_bytes()
