"""Privacy operations a data protection officer relies on: what is purged or erased is gone from
every file (searched byte by byte, as a forensic look would), other customers keep their data, a
subject access export holds everything, and the audit proves it all without naming anyone."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import sqlite_utils
from recorded import CALL_EN, default_playbook, insert_top, record_call

from copilot.config import paths
from copilot.errors import InputError
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.record import privacy, storage
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import RecordNotFound, load_record
from copilot.record.storage import Store

NOW = 1_750_000_000.0
DAY = 86_400.0
ZEB = {"customer": {"id": "CUST-7731", "name": "Zebulon Quartzfeather", "email": "zebulon.q@quartz-mail.example",
                    "phone": "+31 6 99887766", "address": "Brontosaurusweg 17"}, "plan": "fibre"}
ZEB_CALL = [
    ("customer", "Hello, Zebulon Quartzfeather here, my xylophonic router keeps blinking"),
    ("agent", "Sorry to hear that Zebulon, is the flibbertigibbet light on?"),
    ("customer", "This is way too expensive, mail me at zebulon.q@quartz-mail.example"),
    ("agent", "I understand, let me see what I can do for you"),
    ("customer", "I want to speak to a manager, call me on +31 6 99887766"),
    ("agent", "Of course, I will transfer you to my supervisor"),
]
ZEB_CHAT = [("customer", "It is Zebulon again, the quokkaesque modem is too expensive"),
            ("agent", "Thank you, let me check the snickersnee tariff for you")]
OTHER = {"customer": {"id": "CUST-1002", "name": "Marguerite Oyelaran", "email": "m.oyelaran@example.org"}}
OTHER_CALL = [("customer", "Hi, Marguerite here, my marmalade subscription is too expensive"),
              ("agent", "I understand, let me see what I can do for you")]
# What must not survive an erasure of CUST-7731, in any file, in any case, in UTF-8 or UTF-16.
ZEB_TRACES = ("Zebulon", "Quartzfeather", "quartz-mail", "99887766", "CUST-7731", "Brontosaurusweg", "xylophonic",
              "flibbertigibbet", "quokkaesque", "snickersnee")
OTHER_TRACES = ("Marguerite", "Oyelaran", "marmalade", "CUST-1002")


def record(recorder: BackgroundRecorder, turns, *, context: dict, start: float, external_id: str | None = None,
           channel: str = "phone") -> str:
    """A real session (playbook engine, an agent taking the top card) recorded as the panel records it."""
    ticks = itertools.count(start, 0.5)
    session = Session(PlaybookEngine(default_playbook()), recorder, context=context, channel=channel,
                      external_id=external_id, agent="ann", clock=lambda: next(ticks))
    session.start()
    for step, (speaker, text) in enumerate(turns):
        session.offer(session.suggest(session.add_utterance(speaker, text)))
        if speaker == "agent":
            insert_top(session, step)
    session.end(outcome="resolved")
    return session.id


def files_of(db: Path) -> list[Path]:
    """The database, its write-ahead log and shared memory, and every file in the log folder."""
    return [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()] + sorted(
        p for p in paths.log_dir().iterdir() if p.is_file())


def traces(files: list[Path], words) -> set[tuple[str, str]]:
    """(file, word) for every word found in the raw bytes, as typed or lower case, in UTF-8 or UTF-16."""
    found = set()
    for path in files:
        data = path.read_bytes()
        for word in words:
            for form in {word, word.lower()}:
                if any(form.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be")):
                    found.add((path.name, word))
    return found


@pytest.fixture
def shop(tmp_path):
    """A running app's database: two calls from Zebulon (one matched by the CRM's call id), one from
    another customer, a trainer's note and scorecard, and log files an older version filled carelessly.
    The recorder stays open: the write-ahead log holds the latest writes, as it does while the panel runs."""
    db = paths.database_path()
    recorder = BackgroundRecorder(db)
    zeb_call = record(recorder, ZEB_CALL, context=ZEB, start=NOW - 3 * DAY)
    other = record(recorder, OTHER_CALL, context=OTHER, start=NOW - 2 * DAY)
    recorder.flush()
    store = Store(db)
    store.db.execute("PRAGMA secure_delete=OFF")  # as SQLite builds without SECURE_DELETE (Windows, macOS) write
    history = {**ZEB, "history": "Brontosaurusweg 17 moved from Zebulon's old address. " * 200}  # overflow pages
    store.context_changed(zeb_call, history)
    store.context_changed(zeb_call, {"customer": {"id": "CUST-7731", "name": "Zebulon Quartzfeather"}})
    store.add_note(zeb_call, 3.0, "Zebulon was upset about the xylophonic router", author="tess")
    store.save_scorecard(zeb_call, {"questions": ["Greeting"]}, {"Greeting": "Zebulon was greeted"}, "tess", NOW)
    store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # into the file: old copies now sit in its free space
    store.close()
    zeb_chat = record(recorder, ZEB_CHAT, context={"customer": {"id": "CUST-7731"}}, start=NOW - DAY,
                      external_id="CHAT-5531", channel="chat")
    recorder.flush()
    logs = paths.log_dir()
    (logs / "copilot.log.1").write_text(
        "2025-06-01 10:00:00,000 INFO copilot.app: window shown in 312 ms\n"
        f"2025-06-01 10:01:00,000 WARNING copilot.sources: session {zeb_chat} from CUST-7731 skipped\n"
        "2025-06-01 10:02:00,000 ERROR copilot.crash: unexpected error\nValueError: Zebulon Quartzfeather\n"
        "2025-06-01 10:03:00,000 WARNING copilot.sources: Marguerite Oyelaran said marmalade\n", encoding="utf-8")
    (logs / "copilot.log").write_text(
        f"2025-06-02 09:00:00,000 INFO copilot.storage: recorded {zeb_call}\n"
        "2025-06-02 09:00:01,000 INFO copilot.panel: 'Hello, Zebulon Quartzfeather here, my xylophonic router "
        "keeps blinking'\n2025-06-02 09:00:02,000 INFO copilot.app: window shown in 298 ms\n", encoding="utf-8")
    yield {"db": db, "zeb": [zeb_call, zeb_chat], "other": other, "recorder": recorder}
    recorder.close()


def test_the_fixture_really_spreads_the_customer_over_every_file(shop):
    found = traces(files_of(shop["db"]), ZEB_TRACES)
    assert {name for name, _ in found} >= {"copilot.db", "copilot.db-wal", "copilot.log", "copilot.log.1"}
    assert {word for _, word in found} == set(ZEB_TRACES)


def test_erasing_a_customer_leaves_no_byte_of_them_in_the_database_its_wal_or_the_logs(shop):
    result = privacy.erase_customer(shop["db"], "CUST-7731")

    assert result.sessions == 2 and result.rows["utterances"] == len(ZEB_CALL) + len(ZEB_CHAT)
    assert result.rows["notes"] == 1 and result.rows["scorecards"] == 1 and result.rows["suggestions"] > 0
    assert result.log_lines == 4
    assert traces(files_of(shop["db"]), (*ZEB_TRACES, *shop["zeb"])) == set()  # while the panel still runs
    shop["recorder"].close()
    assert traces(files_of(shop["db"]), (*ZEB_TRACES, *shop["zeb"])) == set()  # and after it closed
    store = Store(shop["db"])
    assert store.rows("sessions", "id != ?", [shop["other"]]) == []
    for table in privacy.CHILD_TABLES:
        assert store.rows(table, "session_id != ?", [shop["other"]]) == [], table
    store.close()


def test_other_customers_and_harmless_log_lines_stay_whole_after_an_erasure(shop):
    privacy.erase_customer(shop["db"], "CUST-7731")

    store = Store(shop["db"])
    record_ = load_record(store.db.conn, shop["other"])
    assert [t.text for t in record_.turns] == [text for _, text in OTHER_CALL]
    assert record_.context == OTHER and record_.cards
    hits = store.db.execute("SELECT rowid FROM utterances_fts WHERE utterances_fts MATCH 'marmalade'").fetchall()
    assert len(hits) == 1
    store.close()
    logs = (paths.log_dir() / "copilot.log.1").read_text(encoding="utf-8").splitlines()
    assert logs[0].endswith("window shown in 312 ms") and logs[-1].endswith("Marguerite Oyelaran said marmalade")
    assert logs[1] == f"2025-06-01 10:01:00,000 WARNING copilot.sources: {privacy.REDACTED}"
    assert logs[3] == privacy.REDACTED  # a traceback line has no prefix to keep
    assert traces(files_of(shop["db"]), OTHER_TRACES) >= {("copilot.db", w) for w in OTHER_TRACES}


def test_erasing_one_session_keeps_the_customers_other_sessions(shop):
    call, chat = shop["zeb"]
    result = privacy.erase_session(shop["db"], call)

    assert result.sessions == 1 and result.rows["utterances"] == len(ZEB_CALL)
    assert traces(files_of(shop["db"]), ("xylophonic", "flibbertigibbet", "Brontosaurusweg", call)) == set()
    store = Store(shop["db"])
    assert [t.text for t in load_record(store.db.conn, chat).turns] == [text for _, text in ZEB_CHAT]
    with pytest.raises(RecordNotFound):
        load_record(store.db.conn, call)
    store.close()


def test_erasing_an_unknown_customer_or_session_changes_nothing(shop):
    before = {p.name: p.read_bytes() for p in files_of(shop["db"]) if not p.name.endswith(("-wal", "-shm"))}
    with pytest.raises(privacy.SubjectNotFound, match="no recorded session for customer 'CUST-0000'; nothing"):
        privacy.erase_customer(shop["db"], "CUST-0000")
    with pytest.raises(privacy.SubjectNotFound, match="nothing was erased"):
        privacy.erase_session(shop["db"], "no-such-session")
    with pytest.raises(InputError, match="empty"):
        privacy.erase_customer(shop["db"], "  ")
    assert {p.name: p.read_bytes() for p in files_of(shop["db"]) if p.name in before} == before
    assert privacy.audit_log(shop["db"]) == []


def test_a_subject_access_export_holds_everything_about_the_customer_and_nothing_about_others(shop, tmp_path):
    out = tmp_path / "zebulon.json"
    assert privacy.export_customer(shop["db"], "CUST-7731", out) == 2

    document = json.loads(out.read_bytes().decode("utf-8"))
    assert document["format"] == privacy.EXPORT_FORMAT and document["customer_id"] == "CUST-7731"
    call, chat = document["sessions"]
    assert [call["session"]["id"], chat["session"]["id"]] == shop["zeb"]
    assert call["session"]["context"]["customer"]["name"] == "Zebulon Quartzfeather"
    assert chat["session"]["external_id"] == "CHAT-5531"
    assert [u["text"] for u in call["utterances"]] == [text for _, text in ZEB_CALL]
    assert call["suggestions"] and call["decisions"] and call["boards"]
    assert call["notes"][0]["text"] == "Zebulon was upset about the xylophonic router"
    assert call["scorecard"]["answers"] == {"Greeting": "Zebulon was greeted"}
    assert {line["file"] for line in document["elsewhere"]["log_lines"]} == {"copilot.log", "copilot.log.1"}
    assert "keeps nothing else" in document["elsewhere"]["statement"]
    assert not any(word in out.read_text(encoding="utf-8") for word in OTHER_TRACES)
    assert "\n  " in out.read_text(encoding="utf-8")  # indented for a person to read


def test_a_customer_with_nothing_recorded_gets_an_export_that_says_so(shop, tmp_path):
    out = tmp_path / "nobody.json"
    assert privacy.export_customer(shop["db"], "CUST-0000", out) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["sessions"] == [] and document["elsewhere"]["log_lines"] == []
    assert document["elsewhere"]["statement"]


def test_the_audit_proves_each_operation_without_keeping_who_it_concerned(shop, tmp_path):
    privacy.export_customer(shop["db"], "CUST-7731", tmp_path / "zeb.json")
    privacy.erase_customer(shop["db"], "CUST-7731")
    privacy.purge_older_than(shop["db"], 30, now=NOW)

    rows = privacy.audit_log(shop["db"])
    assert [(r["operation"], r["scope"], r["sessions_affected"]) for r in rows] == [
        ("export", "customer", 2), ("erase", "customer", 2), ("purge", "retention", 0)]
    assert rows[1]["detail"]["utterances"] == len(ZEB_CALL) + len(ZEB_CHAT) and rows[1]["actor"]
    assert rows[0]["subject_ref"] == rows[1]["subject_ref"] == privacy.subject_ref("customer", "CUST-7731")
    assert rows[2]["subject_ref"] is None and rows[2]["detail"]["days"] == 30
    dumped = json.dumps(rows)
    assert not [w for w in (*ZEB_TRACES, *shop["zeb"]) if w.lower() in dumped.lower()]
    assert traces(files_of(shop["db"]), ZEB_TRACES) == set()  # the export's audit row came back with no trace


def test_without_a_keychain_the_audit_reference_links_to_nobody(shop):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest puts the memory keychain back
    privacy.erase_session(shop["db"], shop["other"])
    ref = privacy.audit_log(shop["db"])[0]["subject_ref"]
    assert ref.startswith("unlinkable:") and ref != privacy.subject_ref("session", shop["other"])


def test_purge_deletes_old_sessions_with_everything_that_belongs_to_them(tmp_path):
    db = tmp_path / "c.db"
    recorder = BackgroundRecorder(db)
    old = record(recorder, ZEB_CALL, context=ZEB, start=NOW - 40 * DAY)
    recent = record_call(recorder, CALL_EN, start=NOW - 2 * DAY)
    recorder.flush()
    recorder.close()
    store = Store(db)
    store.add_note(old, 1.0, "the xylophonic call")
    store.save_scorecard(old, {}, {"ok": True}, "tess", NOW - 39 * DAY)
    store.close()

    assert privacy.purge_older_than(db, 30, now=NOW) == 1

    store = Store(db)
    assert [r["id"] for r in store.rows("sessions")] == [recent.id]
    for table in privacy.CHILD_TABLES:
        assert store.rows(table, "session_id = ?", [old]) == [], table
    assert store.rows("boards", "session_id = ?", [recent.id])
    fts = "SELECT count(*) FROM utterances_fts WHERE utterances_fts MATCH ?"
    assert store.db.execute(fts, ["xylophonic"]).fetchone()[0] == 0
    assert store.db.execute(fts, ["manager"]).fetchone()[0] == 1
    store.close()
    assert traces([p for p in tmp_path.iterdir() if p.name.startswith("c.db")], ZEB_TRACES) == set()
    assert privacy.audit_log(db)[-1]["detail"]["notes"] == 1


def test_zero_days_keeps_everything_and_a_negative_number_is_refused(tmp_path):
    db, _ = tmp_path / "c.db", None
    recorder = BackgroundRecorder(db)
    record(recorder, OTHER_CALL, context=OTHER, start=NOW - 4000 * DAY)
    recorder.close()
    assert privacy.purge_older_than(db, 0, now=NOW) == 0
    assert privacy.audit_log(db) == []
    with pytest.raises(InputError, match="whole number"):
        privacy.purge_older_than(db, -1)
    assert privacy.purge_older_than(tmp_path / "none.db", 30) == 0 and not (tmp_path / "none.db").exists()


def test_an_older_database_learns_whose_sessions_it_holds(tmp_path):
    db = tmp_path / "v4.db"
    conn = sqlite3.connect(db)
    for migrate in storage.MIGRATIONS[:4]:
        migrate(sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version=4")
    conn.executemany("INSERT INTO sessions (id, started_at, context) VALUES (?, ?, ?)", [
        ("a", 1.0, json.dumps({"customer": {"id": 4711}})), ("b", 2.0, json.dumps({"customer": {"name": "x"}})),
        ("c", 3.0, "not json")])
    conn.commit()
    conn.close()
    store = Store(db)
    assert {r["id"]: r["customer_id"] for r in store.rows("sessions")} == {"a": "4711", "b": None, "c": None}
    store.db.execute("UPDATE sessions SET customer_id = NULL")  # as a session imported from a file has it
    store.db.conn.commit()
    store.close()
    assert privacy.erase_customer(db, "4711", tmp_path / "no-logs").sessions == 1


def test_retention_is_due_at_start_then_daily():
    assert privacy.due(None, NOW)
    assert not privacy.due(NOW, NOW + DAY - 1)
    assert privacy.due(NOW, NOW + DAY)
    assert privacy.due(NOW, NOW - 60)  # the clock went back


def test_a_customer_id_that_is_also_another_calls_crm_id_erases_only_that_customer(shop):
    """Numeric ids collide: the CRM's id of somebody else's call is never taken for a customer id."""
    store = Store(shop["db"])
    other = store.db.execute(
        "SELECT id FROM sessions WHERE coalesce(customer_id, '') != 'CUST-7731' LIMIT 1").fetchone()[0]
    store.db.execute("UPDATE sessions SET external_id = 'CUST-7731' WHERE id = ?", [other])
    store.db.conn.commit()
    store.close()
    privacy.erase_customer(shop["db"], "CUST-7731")
    store = Store(shop["db"])
    assert store.db.execute("SELECT count(*) FROM sessions WHERE id = ?", [other]).fetchone()[0] == 1
    store.close()


def test_erasing_a_session_named_by_its_source_leaves_that_sources_other_log_lines(shop):
    stdin_call = record(shop["recorder"], [("customer", "Please call me back about the xylophonic router")],
                        context={}, start=NOW, external_id="stdin")
    shop["recorder"].flush()
    log = paths.log_dir() / "copilot.log"
    log.write_text(log.read_text(encoding="utf-8") + "2025-06-02 09:05:00,000 WARNING copilot.sources: stdin: "
                   "line 3 skipped: 'speaker' must be customer or agent\n"
                   f"2025-06-02 09:05:01,000 INFO copilot.storage: recorded {stdin_call}\n", encoding="utf-8")
    result = privacy.erase_session(shop["db"], "stdin")
    assert result.sessions == 1 and result.log_lines == 1  # the line with its own id, not every stdin line
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any(line.endswith("stdin: line 3 skipped: 'speaker' must be customer or agent") for line in lines)
    assert not any(stdin_call in line for line in lines)
