"""A session sent as one file from an agent's machine to a trainer's: complete, private when asked,
and refused whole, with a reason, when the file is damaged, changed or not ours."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile

import pytest
from recorded import record_call, recorded_db

from copilot import __version__
from copilot.record.archive import ArchiveError, SessionConflict, export_session, import_session
from copilot.record.library import LibraryQuery, list_sessions
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import RecordNotFound, load_record
from copilot.record.storage import Store

PRIVATE_CALL = [
    ("customer", "Hello, this is Sanne de Vries, I have a question about my bill"),
    ("agent", "Good morning Sanne, thank you for calling. How can I help?"),
    ("customer", "This is way too expensive, I want to cancel. Mail me at sanne.devries@example.nl"),
    ("agent", "I understand, let me see what I can do for you"),
    ("customer", "I want to speak to a manager right now, call me back on +31 6 12345678"),
    ("agent", "Of course, I will transfer you to my supervisor"),
    ("customer", "Thanks, that is great"),
]
CONTEXT = {"customer": {"first_name": "Sanne", "last_name": "de Vries", "email": "sanne.devries@example.nl",
                        "phone": "+31 6 12345678", "customer_id": "C-99812", "address": "Keizersgracht 12",
                        "plan": "basic", "tenure_months": 40},
           "offer": {"name": "Fibre 500", "price": "£35"}}
PERSONAL = ("Sanne", "Vries", "sanne.devries", "example.nl", "12345678", "C-99812", "Keizersgracht")


@pytest.fixture
def source(tmp_path):
    """An agent's database: the private call (with a trainer's note and scorecard) and two more calls."""
    path, _ = recorded_db(tmp_path / "agent.db", calls=2)
    recorder = BackgroundRecorder(path)
    try:
        sid = record_call(recorder, PRIVATE_CALL, context=CONTEXT, start=1_700_100_000.0, tags=["billing"]).id
        recorder.flush()
    finally:
        recorder.close()
    store = Store(path)
    store.add_note(sid, 4.0, "Sanne gave her address, Keizersgracht 12; well handled", utterance_idx=2,
                   tags=["empathy"], author="tia", created_at=1_700_200_000.0)
    store.save_scorecard(sid, {"criteria": [{"id": "greeting"}, {"id": "comment"}]},
                         {"greeting": True, "comment": "Greeted Sanne by name"}, "tia", 1_700_200_100.0)
    yield store, sid
    store.close()


@pytest.fixture
def target(tmp_path):
    """The trainer's database, already holding a call of its own."""
    path, _ = recorded_db(tmp_path / "trainer.db", calls=1)
    store = Store(path)
    yield store
    store.close()


def state(store: Store) -> tuple[bytes, list[str]]:
    """The database file's bytes and every row of every table (the full-text index included)."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.path.read_bytes(), list(store.db.conn.iterdump())


def rewrite(src, dst, *, manifest=None, payload=None, checksum=True, drop=()):
    """A copy of a session file with its manifest or payload changed (and the checksum made to fit)."""
    with zipfile.ZipFile(src) as archive:
        meta, body = json.loads(archive.read("manifest.json")), archive.read("session.json")
    if payload:
        data = json.loads(body)
        payload(data)
        body = json.dumps(data).encode()
    if checksum:
        meta["sha256"] = hashlib.sha256(body).hexdigest()
    if manifest:
        manifest(meta)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("manifest.json", json.dumps(meta).encode()), ("session.json", body)):
            if name not in drop:
                archive.writestr(name, data)
    return dst


def test_a_session_read_back_after_export_and_import_is_the_same_session(source, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.copilot")
    empty = Store(tmp_path / "empty.db")
    try:
        result = import_session(empty.db.conn, path)
        assert (result.session_id, result.status, result.redacted) == (sid, "imported", False)
        assert result.utterances == len(PRIVATE_CALL)
        original, copy = load_record(store.db.conn, sid), load_record(empty.db.conn, sid)
        assert copy == original
        assert copy.notes[0].text.startswith("Sanne gave") and copy.scorecard["answers"]["greeting"] is True
        assert copy.boards and copy.context == CONTEXT
        assert [r.id for r in list_sessions(empty.db.conn, LibraryQuery(text="keizers manager"))] == []
        assert [r.id for r in list_sessions(empty.db.conn, LibraryQuery(text="cancel manager"))] == [sid]
        assert list_sessions(empty.db.conn) == [r for r in list_sessions(store.db.conn) if r.id == sid]
    finally:
        empty.close()


def test_the_file_is_a_plain_zip_that_says_what_it_is(source, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.zip")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "session.json"]
        manifest, body = json.loads(archive.read("manifest.json")), archive.read("session.json")
    assert manifest["format"] == "agent-copilot-session" and manifest["format_version"] == 1
    assert manifest["app_version"] == __version__ and manifest["redacted"] is False
    assert manifest["exported_at"].startswith("20") and manifest["sha256"] == hashlib.sha256(body).hexdigest()
    assert json.loads(body)["session"]["id"] == sid


def test_a_redacted_export_holds_no_name_email_phone_or_address_of_the_customer(source, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.zip", redact=True)
    with zipfile.ZipFile(path) as archive:
        text = (archive.read("session.json") + archive.read("manifest.json")).decode("utf-8")
        assert json.loads(archive.read("manifest.json"))["redacted"] is True
    assert [word for word in PERSONAL if word.casefold() in text.casefold()] == []
    empty = Store(tmp_path / "trainer.db")
    try:
        assert import_session(empty.db.conn, path).redacted
        record = load_record(empty.db.conn, sid)
    finally:
        empty.close()
    customer = record.context["customer"]
    assert customer["first_name"] == "[NAME_1]" and record.turns[1].text.startswith("Good morning [NAME_1],")
    assert customer["email"] in record.turns[2].text  # one placeholder for one address, everywhere
    assert customer["phone"] in record.turns[4].text and customer["phone"].startswith("[PHONE_")
    assert customer["customer_id"] == "[CUSTOMER_ID]"  # no detector knows it: the field's name says what it is
    assert customer["address"] == "[ADDRESS_1]"  # a street the detectors know, under the same placeholder everywhere
    assert (customer["plan"], customer["tenure_months"], record.context["offer"]["name"]) == ("basic", 40, "Fibre 500")
    assert record.agent == "ann" and "manager" in record.turns[4].text  # the rest of the call is intact
    assert record.notes[0].text == "[NAME_1] gave her address, [ADDRESS_1]; well handled"
    assert record.scorecard["answers"]["comment"] == "Greeted [NAME_1] by name"


def test_importing_the_same_file_twice_changes_nothing(source, target, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.zip")
    assert import_session(target.db.conn, path).status == "imported"
    before = state(target)
    assert import_session(target.db.conn, path).status == "already present"
    assert state(target) == before


def test_a_different_session_under_the_same_id_is_not_overwritten_unless_asked(source, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.zip")
    exported = load_record(store.db.conn, sid)
    store.add_note(sid, 6.0, "A later note the file does not have")
    before = state(store)
    with pytest.raises(SessionConflict, match=rf"call\.zip.*{sid}.*different content"):
        import_session(store.db.conn, path)
    assert state(store) == before
    assert import_session(store.db.conn, path, replace=True).status == "replaced"
    assert load_record(store.db.conn, sid) == exported


def test_a_renamed_copy_cannot_take_over_another_sessions_cards(source, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.zip")
    copy = rewrite(path, tmp_path / "copy.zip", payload=lambda p: p["session"].update(id="someone-else"))
    before = state(store)
    with pytest.raises(ArchiveError, match=rf"copy\.zip: card .* already belongs to session {sid}"):
        import_session(store.db.conn, copy)
    assert state(store) == before


def _flip_middle_of_payload(data: bytes, path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("session.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    return data[:middle] + bytes(b ^ 0x5A for b in data[middle:middle + 16]) + data[middle + 16:]


def _nested(depth):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


def _drop_field(part, index, field):
    def change(payload):
        row = payload[part] if index is None else payload[part][index]
        del row[field]
    return change


BROKEN = {
    "not a zip": (lambda good, bad: bad.write_bytes(b"Hello, this is a shopping list"), "not a ZIP archive"),
    "truncated": (lambda good, bad: bad.write_bytes(good.read_bytes()[:good.stat().st_size // 2]),
                  "damaged or truncated"),
    "corrupt": (lambda good, bad: bad.write_bytes(_flip_middle_of_payload(good.read_bytes(), good)), "damaged"),
    "empty": (lambda good, bad: bad.write_bytes(b""), "not a ZIP archive"),
    "tampered": (lambda good, bad: rewrite(good, bad, checksum=False, payload=lambda p: p["utterances"][0].update(
        text="I never said this")), "checksum mismatch: session.json was changed or damaged after export"),
    "wrong format": (lambda good, bad: rewrite(good, bad, manifest=lambda m: m.update(format="crm-ticket-export")),
                     r"not an Agent Copilot session file \(format 'crm-ticket-export'"),
    "future version": (lambda good, bad: rewrite(good, bad, manifest=lambda m: m.update(format_version=2)),
                       "newer Agent Copilot .*format version 2; this version reads up to 1"),
    "no manifest": (lambda good, bad: rewrite(good, bad, drop=("manifest.json",)), "manifest.json is missing"),
    "missing start": (lambda good, bad: rewrite(good, bad, payload=_drop_field("session", None, "started_at")),
                      r"session\.json: session\.started_at is missing"),
    "missing text": (lambda good, bad: rewrite(good, bad, payload=_drop_field("utterances", 3, "text")),
                     r"utterances\[3\]\.text is missing"),
    "missing turns": (lambda good, bad: rewrite(good, bad, payload=lambda p: p.pop("utterances")),
                      "utterances is missing or not a list"),
    "wrong type": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["utterances"][0].update(text=42)),
                   r"utterances\[0\]\.text must be text, not 42"),
    "tags not a list": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(tags="vip")),
                        r"session\.tags must be a list of texts"),
    "nested far too deep": (lambda good, bad: rewrite(good, bad, manifest=lambda m: m.update(
        app_version=_nested(200))), r"manifest\.json is not valid JSON \(nested deeper than 64 levels\)"),
    "payload nested far too deep": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        context={"customer": _nested(200)})), r"session\.json is not valid JSON \(nested deeper than 64 levels\)"),
    "unknown card": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["decisions"][0].update(
        suggestion_id="nope")), "refers to card 'nope', which is not in the file"),
    # Forged files that went in and then broke every listing of sessions ("copilot sessions list" and the library
    # ended in OverflowError), or named a session like a path.
    "start not a number": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        started_at=float("nan"))), r"session\.started_at must be a number, not NaN"),
    "end at infinity": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        ended_at=float("inf"))), r"session\.ended_at must be a number, not Infinity"),
    "start beyond any date": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        started_at=1e308)), r"session\.started_at is not a moment between 1970 and 9999"),
    "start before 1970": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        started_at=-5e10)), r"session\.started_at is not a moment between 1970 and 9999"),
    "ends before it starts": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        ended_at=p["session"]["started_at"] - 60)), r"session\.ended_at is before session\.started_at"),
    "decided at no date": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["decisions"][0].update(
        decided_at=1e300)), r"decisions\[0\]\.decided_at is not a moment between 1970 and 9999"),
    "a line's time out of range": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["utterances"][0].update(
        ts=-1e300)), r"utterances\[0\]\.ts is out of range"),
    "a line of megabytes": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["utterances"][0].update(
        text="la " * 2_000_000)), r"utterances\[0\]\.text is longer than any line the panel records"),
    "id like a path": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(
        id="../../../tmp/evil")), r"session\.id '\.\./\.\./\.\./tmp/evil' is not an id"),
    "id with a NUL": (lambda good, bad: rewrite(good, bad, payload=lambda p: p["session"].update(id="call\x00x")),
                      r"session\.id 'call\\x00x' is not an id"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_damaged_or_foreign_file_is_refused_by_name_and_the_database_is_untouched(source, target, tmp_path, case):
    store, sid = source
    good = export_session(store.db.conn, sid, tmp_path / "call.zip")
    bad = tmp_path / f"{case.replace(' ', '-')}.zip"
    make, message = BROKEN[case]
    make(good, bad)
    before = state(target)
    with pytest.raises(ArchiveError, match=message) as refused:
        import_session(target.db.conn, bad)
    assert str(refused.value).startswith(f"{bad}: ") and "\n" not in str(refused.value)
    assert state(target) == before
    assert import_session(target.db.conn, good).status == "imported"  # the good file still goes in after


def test_a_missing_file_is_named(target, tmp_path):
    with pytest.raises(ArchiveError, match=r"nowhere\.zip: cannot read the file"):
        import_session(target.db.conn, tmp_path / "nowhere.zip")


def test_an_import_inside_an_open_transaction_is_undone_with_it(source, target, tmp_path):
    store, sid = source
    path = export_session(store.db.conn, sid, tmp_path / "call.zip")
    before = state(target)
    conn = target.db.conn
    conn.execute("UPDATE sessions SET outcome = 'pending'")  # the caller's own transaction is open
    assert import_session(conn, path).status == "imported"
    conn.rollback()
    assert state(target) == before


def test_a_failed_export_leaves_no_file_behind(source, tmp_path):
    store, sid = source
    with pytest.raises(RecordNotFound, match="no-such-call"):
        export_session(store.db.conn, "no-such-call", tmp_path / "call.zip")
    with pytest.raises(ArchiveError, match=r"missing-folder/call\.zip: cannot write"):
        export_session(store.db.conn, sid, tmp_path / "missing-folder" / "call.zip")
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".copilot-export-*")) == []


def test_an_export_replaces_an_older_file_whole(source, tmp_path):
    store, sid = source
    path = tmp_path / "call.zip"
    path.write_bytes(b"an older, longer file " * 10_000)
    export_session(store.db.conn, sid, path)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None


def test_a_plain_sqlite_connection_can_export(source, tmp_path):
    store, sid = source
    conn = sqlite3.connect(store.path)
    try:
        path = export_session(conn, sid, tmp_path / "call.zip")
    finally:
        conn.close()
    assert json.loads(zipfile.ZipFile(path).read("session.json"))["utterances"][0]["text"] == PRIVATE_CALL[0][1]


def test_redaction_learns_every_personal_field_first_whatever_its_spelling_or_place(tmp_path):
    path = tmp_path / "agent.db"
    recorder = BackgroundRecorder(path)
    context = {"customer": {"notes": "Lives at Prinsengracht 263, customer 77123",
                            "customerId": "CUST-99812", "customerNo": "77123", "homeAddress": "Prinsengracht 263",
                            "fullName": "Pieter Post"},
               "caseId": "CASE-4411", "offer": {"name": "Fibre 500"}}
    turns = [("customer", "My id is CUST-99812 and my case is CASE-4411"), ("agent", "Thank you Pieter")]
    try:
        sid = record_call(recorder, turns, context=context, tags=["pieter-post"]).id
        recorder.flush()
    finally:
        recorder.close()
    store = Store(path)
    store.db.execute("UPDATE sessions SET external_id = 'CALL-555-PIETER' WHERE id = ?", [sid])
    store.db.conn.commit()
    store.add_note(sid, 1.0, "Check the bill", tags=["Pieter"])
    exported = export_session(store.db.conn, sid, tmp_path / "call.zip", redact=True)
    store.close()
    with zipfile.ZipFile(exported) as archive:
        text = archive.read("session.json").decode("utf-8")
    leaks = [w for w in ("CUST-99812", "77123", "Prinsengracht", "Pieter", "Post", "CASE-4411", "CALL-555")
             if w.casefold() in text.casefold()]
    assert leaks == [] and "Fibre 500" in text  # the offer's name is not the customer's
