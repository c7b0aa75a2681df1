"""The outbox shipped to a real PostgreSQL server: everything a session holds arrives once, later changes follow,
and faults (a server restart mid-sync, cut connections, duplicate deliveries, a wrong password, no server at all)
lose nothing and double nothing."""

from __future__ import annotations

import threading
import time

import pytest
from recorded import CALL_EN, CALL_NL, default_playbook, record_call

from copilot.central.connect import CentralConfig, CentralError, connect
from copilot.central.sync import BackgroundSync, Sync, backoff
from copilot.record import outbox
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import Store

PARTS = ("utterances", "suggestions", "decisions", "boards", "notes", "scorecards", "held_drafts", "wrapups")


def record(db, calls: int, *, start: float = 1_700_000_000.0, **kwargs) -> list[str]:
    recorder = BackgroundRecorder(db)
    playbook = default_playbook()
    try:
        ids = [record_call(recorder, CALL_EN if n % 2 == 0 else CALL_NL, playbook=playbook, start=start + n * 600,
                           **kwargs).id for n in range(calls)]
        recorder.flush()
    finally:
        recorder.close()
    return ids


def local_counts(db) -> dict[str, int]:
    with Store(db) as store:
        return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sessions", *PARTS)}


def central_counts(central) -> dict[str, int]:
    return {t: central.count_rows(t) for t in ("sessions", *PARTS)}


def pending(db) -> int:
    with Store(db) as store:
        return outbox.count_pending(store.db.conn)


def sync_once(db, config):
    with Sync(db, config) as sync:
        return sync.run_once(settle_s=0)


@pytest.fixture
def desk(central):
    return CentralConfig(central.desk_url, password=central.DESK_PASSWORD)


def test_an_ended_call_arrives_whole_and_is_no_longer_pending(tmp_path, central, desk):
    db = tmp_path / "c.db"
    [sid] = record(db, 1)
    with Store(db) as store:
        store.add_note(sid, 4.0, "good save", tags=["praise"], author="tess")
        store.save_scorecard(sid, {"name": "basic"}, {"greeted": True}, "tess", time.time())
    assert pending(db) == 1

    report = sync_once(db, desk)

    assert report.complete and report.shipped == 1
    assert central_counts(central) == local_counts(db)
    with central.admin() as conn:
        agent, team, ended, context = conn.execute(
            "SELECT agent, team, ended_at, context FROM copilot.sessions WHERE id = %s", [sid]).fetchone()
        said = [r[0] for r in conn.execute("SELECT text FROM copilot.utterances WHERE session_id = %s ORDER BY idx",
                                           [sid])]
    assert (agent, team) == ("ann", "blue") and ended is not None and isinstance(context, dict)
    assert said == [text for _speaker, text in CALL_EN]
    assert pending(db) == 0


def test_a_call_still_running_is_not_shipped_until_it_ends(tmp_path, central, desk):
    db = tmp_path / "c.db"
    with Store(db) as store:
        store.session_started("live-1", {"started_at": time.time(), "agent": "ann", "team": "blue"})
    assert sync_once(db, desk).shipped == 0
    with Store(db) as store:
        store.session_ended("live-1", time.time())
    assert sync_once(db, desk).shipped == 1
    assert central.count_rows("sessions", "live-1") == 1


def test_changes_after_shipping_follow_and_replace_what_was_there(tmp_path, central, desk):
    db = tmp_path / "c.db"
    [sid] = record(db, 1)
    sync_once(db, desk)
    with Store(db) as store:
        note = store.add_note(sid, 2.0, "first note")
        store.add_note(sid, 3.0, "second note")
        store.session_described(sid, {"outcome": "sale"})
    assert pending(db) == 1
    assert sync_once(db, desk).shipped == 1
    with Store(db) as store:
        store.delete_note(note)
    sync_once(db, desk)

    with central.admin() as conn:
        notes = [r[0] for r in conn.execute("SELECT text FROM copilot.notes WHERE session_id = %s", [sid])]
        outcome = conn.execute("SELECT outcome FROM copilot.sessions WHERE id = %s", [sid]).fetchone()[0]
    assert notes == ["second note"] and outcome == "sale"
    assert central_counts(central) == local_counts(db)


def test_a_duplicate_delivery_doubles_nothing(tmp_path, central, desk):
    db = tmp_path / "c.db"
    record(db, 3)
    sync_once(db, desk)
    with Store(db) as store, store.db.conn:  # as if the desk died after the server's commit, before noting it
        store.db.execute("UPDATE outbox SET shipped = 0, shipped_at = NULL")
    assert pending(db) == 3

    report = sync_once(db, desk)

    assert report.shipped == 3 and report.complete
    assert central_counts(central) == local_counts(db)


def test_an_older_snapshot_arriving_late_does_not_undo_a_newer_one(tmp_path, central, desk):
    from copilot.central.ship import ship

    db = tmp_path / "c.db"
    [sid] = record(db, 1)
    with Store(db) as store:
        _changes, version, old = outbox.snapshot(store.db.conn, sid)
        store.add_note(sid, 1.0, "newer")
        _changes, newer_version, new = outbox.snapshot(store.db.conn, sid)
    with connect(desk) as conn:
        assert ship(conn, new, version=newer_version, redacted=False, customer_id=None)
        assert not ship(conn, old, version=version, redacted=False, customer_id=None)
    assert central.count_rows("notes", sid) == 1


def _interrupted(db, desk, central, fault) -> list:
    """Run passes in the background while ``fault`` strikes once the first sessions have arrived; then let the
    sync finish. Returns the reports."""
    reports = []
    sync = Sync(db, desk)

    def passes():
        try:
            for _ in range(40):
                report = sync.run_once(settle_s=0)
                reports.append(report)
                if report.complete:
                    return
                time.sleep(0.3)
        finally:
            sync.close()

    worker = threading.Thread(target=passes, name="copilot-test-sync")
    worker.start()
    deadline = time.monotonic() + 30
    while central.count_rows("sessions") < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    fault()
    worker.join(60)
    assert not worker.is_alive()
    return reports


def test_a_server_restart_mid_sync_loses_nothing_and_doubles_nothing(tmp_path, central, desk, pg_cluster):
    db = tmp_path / "c.db"
    record(db, 120)

    reports = _interrupted(db, desk, central, lambda: pg_cluster.restart(down_s=0.5))

    assert any(r.problem and "cannot be reached" in r.problem for r in reports), [r.problem for r in reports]
    assert reports[-1].complete
    assert central_counts(central) == local_counts(db)
    assert pending(db) == 0


def test_cut_connections_lose_nothing_and_double_nothing(tmp_path, central, desk):
    db = tmp_path / "c.db"
    record(db, 120)

    def cut():
        with central.admin() as conn:
            cut = conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = %s",
                               [central.desk]).fetchone()[0]
        assert cut >= 1

    reports = _interrupted(db, desk, central, cut)

    assert any(r.problem for r in reports)
    assert reports[-1].complete
    assert central_counts(central) == local_counts(db)


def test_the_background_sync_ships_on_its_own_and_survives_the_server_going_away(tmp_path, central, desk,
                                                                                  pg_cluster):
    db = tmp_path / "c.db"
    record(db, 5)
    sync = BackgroundSync(db, desk, interval_s=0.2, settle_s=0).start()
    try:
        assert sync.wait_for_pass(20) and pending(db) == 0
        pg_cluster.stop("immediate")
        record(db, 5, start=1_700_100_000.0)
        deadline = time.monotonic() + 30
        while sync.problem is None and time.monotonic() < deadline:
            sync.wait_for_pass(5)
        assert sync.problem and "cannot be reached" in sync.problem
        assert pending(db) == 5  # kept on the desk while the server is away
        pg_cluster.start()
        deadline = time.monotonic() + 30
        while pending(db) and time.monotonic() < deadline:
            sync.nudge()
            time.sleep(0.2)
        assert pending(db) == 0 and sync.problem is None
    finally:
        pg_cluster.start() if not _up(pg_cluster) else None
        sync.close()
    assert central_counts(central) == local_counts(db)


def _up(cluster) -> bool:
    import psycopg

    try:
        psycopg.connect(cluster.admin_url(), connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def test_no_server_says_so_and_keeps_everything_on_the_desk(tmp_path):
    db = tmp_path / "c.db"
    record(db, 2)
    config = CentralConfig("postgresql://desk@127.0.0.1:1/copilot?connect_timeout=2")
    report = sync_once(db, config)
    assert not report.complete and report.shipped == 0 and report.pending == 2
    assert "cannot be reached" in report.problem and "127.0.0.1:1/copilot" in report.problem
    assert local_counts(db)["sessions"] == 2


def test_a_wrong_password_is_named(tmp_path, central):
    db = tmp_path / "c.db"
    record(db, 1)
    report = sync_once(db, CentralConfig(central.desk_url, password="not-it"))
    assert "refused the login" in report.problem and "not-it" not in report.problem
    with pytest.raises(CentralError, match="no password is in the keychain"):
        connect(CentralConfig(central.desk_url))


def test_a_password_in_the_url_is_refused():
    with pytest.raises(CentralError, match="must not contain a password"):
        connect(CentralConfig("postgresql://desk:hunter2@db.example.com/copilot"))


def test_redacted_only_ships_no_personal_data(tmp_path, central):
    db = tmp_path / "c.db"
    context = {"customer": {"id": "CUST-99", "first_name": "Marieke", "email": "marieke.jansen@example.nl"}}
    turns = [("customer", "Hallo, u spreekt met Marieke Jansen, mijn e-mail is marieke.jansen@example.nl"),
             ("agent", "Dank u, mevrouw Jansen. Wat is uw telefoonnummer?"),
             ("customer", "Mijn nummer is 06 12345678 en het is te duur")]
    recorder = BackgroundRecorder(db)
    try:
        sid = record_call(recorder, turns, context=context).id
        recorder.flush()
    finally:
        recorder.close()

    report = sync_once(db, CentralConfig(central.desk_url, redacted_only=True, password=central.DESK_PASSWORD))

    assert report.complete
    with central.admin() as conn:
        everything = " ".join(str(row) for table in ("sessions", *PARTS)
                              for row in conn.execute(f"SELECT * FROM copilot.{table}"))
        redacted, customer = conn.execute("SELECT redacted, customer_id FROM copilot.sessions WHERE id = %s",
                                          [sid]).fetchone()
    for personal in ("Marieke", "Jansen", "marieke.jansen@example.nl", "12345678", "CUST-99"):
        assert personal not in everything, personal
    assert redacted is True and customer is None
    assert central.count_rows("utterances", sid) == 3


def test_backoff_grows_and_is_capped():
    waits = [backoff(n) for n in range(1, 12)]
    assert waits[0] <= 2 and waits[3] >= 8 and max(waits) <= 300


def test_a_tls_connection_the_server_cannot_give_is_named_as_such(central):
    with pytest.raises(CentralError, match="secure connection .* failed .* sslmode"):
        connect(CentralConfig(central.desk_url + "?sslmode=require", password=central.DESK_PASSWORD))


def test_a_server_without_the_schema_says_who_must_set_it_up(tmp_path, pg_cluster):
    import psycopg

    with psycopg.connect(pg_cluster.admin_url(), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS bare_store")
        conn.execute("CREATE DATABASE bare_store")
        conn.execute("DROP ROLE IF EXISTS bare_desk")
        conn.execute("CREATE ROLE bare_desk LOGIN PASSWORD 'bare-secret-1'")
        conn.execute("REVOKE CREATE ON DATABASE bare_store FROM PUBLIC")
    try:
        db = tmp_path / "c.db"
        record(db, 1)
        report = sync_once(db, CentralConfig(pg_cluster.tcp_url("bare_desk", "bare_store"), password="bare-secret-1"))
        assert "schema is at version 0" in report.problem and "copilot central migrate" in report.problem
        assert report.pending == 1
    finally:
        with psycopg.connect(pg_cluster.admin_url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE bare_store WITH (FORCE)")
            conn.execute("DROP ROLE bare_desk")


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_a_remote_central_record_without_required_encryption_is_refused_before_connecting(mode):
    """libpq's sslmode=prefer (its default) and below send the transcripts and the password in clear to a server
    without TLS, or to anyone in between, without a word; a server on another machine must be reached encrypted."""
    url = f"postgresql://desk-0042@db.example.invalid:5432/copilot?sslmode={mode}&connect_timeout=1"
    with pytest.raises(CentralError, match=f"sslmode={mode}, which allows them to travel unencrypted"):
        connect(CentralConfig(url, password="pw-never-shown"))


def test_a_central_record_on_this_computer_may_go_without_tls(central):
    with connect(CentralConfig(central.desk_url + "?sslmode=disable", password=central.DESK_PASSWORD)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
