"""The central record from the command line, against a real PostgreSQL server: ``copilot sync --once``,
``copilot sessions list --central``, ``copilot central``, and GDPR erase and export reaching the central store."""

from __future__ import annotations

import io
import json

import pytest
from recorded import CALL_EN, CALL_NL, default_playbook, record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import Store


def run(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def record_here(calls: int, *, start: float = 1_700_000_000.0, customers=("CUST-1", "CUST-2"), team="blue"):
    """Calls recorded on this desk, as the panel records them, each with a customer in its CRM context."""
    recorder = BackgroundRecorder(paths.database_path())
    playbook = default_playbook()
    try:
        ids = [record_call(recorder, CALL_EN if n % 2 == 0 else CALL_NL, playbook=playbook, start=start + n * 600,
                           team=team, context={"customer": {"id": customers[n % len(customers)]}}).id
               for n in range(calls)]
        recorder.flush()
    finally:
        recorder.close()
    return ids


@pytest.fixture
def configured(central, capsys, monkeypatch):
    """This desk pointed at the central store, its password in the keychain, through the commands IT runs."""
    assert run(capsys, "config", "set", "central_url", central.desk_url)[0] == 0
    code, out, _ = run(capsys, "secret", "set", "central-password", "--stdin", stdin=central.DESK_PASSWORD + "\n",
                       monkeypatch=monkeypatch)
    assert code == 0 and "stored in the OS keychain" in out
    return central


def test_sync_once_sends_everything_and_exits_0_then_finds_nothing_pending(configured, capsys):
    record_here(3)
    code, out, err = run(capsys, "sync", "--once")
    assert code == 0, err
    assert out.startswith("3 sessions sent to the central record at 127.0.0.1:")
    assert configured.count_rows("sessions") == 3
    code, out, _ = run(capsys, "sync", "--once")
    assert code == 0 and "0 sessions sent" in out and "nothing was pending" in out
    assert "central record at" in run(capsys, "central", "status")[1]


def test_sync_once_names_an_unreachable_server_and_keeps_the_sessions(capsys):
    nowhere = "postgresql://desk@127.0.0.1:1/copilot?connect_timeout=2"
    assert run(capsys, "config", "set", "central_url", nowhere)[0] == 0
    record_here(2)
    code, out, err = run(capsys, "sync", "--once")
    assert code == 1 and out == ""
    assert "2 waiting on this computer" in err and "cannot be reached" in err
    with Store(paths.database_path()) as store:
        assert len(store.rows("sessions")) == 2


def test_sync_once_names_a_refused_login(central, capsys):
    run(capsys, "config", "set", "central_url", central.desk_url)
    record_here(1)
    code, _, err = run(capsys, "sync", "--once")
    assert code == 1 and "refused the login" in err and "copilot secret set central-password" in err


def test_sync_without_a_central_record_says_how_to_set_one(capsys):
    code, _, err = run(capsys, "sync", "--once")
    assert code == 2 and "no central record is configured" in err and "central_url" in err


def test_a_url_with_a_password_is_refused_and_nothing_is_saved(capsys):
    code, _, err = run(capsys, "config", "set", "central_url", "postgresql://desk:hunter2@db.example.com/copilot")
    assert code == 2 and "must not contain a password" in err and "hunter2" not in err
    assert "hunter2" not in run(capsys, "config", "get")[1]
    assert not paths.settings_path().exists() or "hunter2" not in paths.settings_path().read_text(encoding="utf-8")


def test_the_central_list_shows_what_the_local_list_shows(configured, capsys):
    record_here(4)
    run(capsys, "sync", "--once")
    local = run(capsys, "sessions", "list", "--format", "jsonl")[1]
    code, central_out, err = run(capsys, "sessions", "list", "--central", "--format", "jsonl")
    assert code == 0, err
    assert central_out == local and len(central_out.splitlines()) == 4
    dutch = run(capsys, "sessions", "list", "--central", "--format", "jsonl", "--search", "opzeg")[1]
    assert len(dutch.splitlines()) == 2


def test_erasing_a_customer_reaches_the_central_store_in_the_same_run(configured, capsys):
    ids = record_here(4)
    run(capsys, "sync", "--once")
    code, out, err = run(capsys, "privacy", "erase", "--customer", "CUST-1", "--yes")
    assert code == 0, err
    here, there = out.splitlines()
    assert here.startswith("erased customer CUST-1 on this computer: 2 sessions")
    assert there.startswith("erased customer CUST-1 in the central record at 127.0.0.1:") and "2 sessions" in there
    assert [configured.count_rows("sessions", sid) for sid in ids] == [0, 1, 0, 1]
    assert configured.count_rows("utterances", ids[0]) == 0
    code, out, _ = run(capsys, "sync", "--once")  # the erased sessions do not come back
    assert code == 0 and configured.count_rows("sessions") == 2


def test_erasing_a_customer_removes_their_calls_from_the_supervisors_live_view(configured, capsys):
    """Live rows are kept for hours after a call; an erase must not leave the customer's lines there."""
    from copilot.central.connect import CentralConfig
    from copilot.central.live import LivePublisher

    ids = record_here(2)  # CUST-1's call first, then CUST-2's
    publisher = LivePublisher(CentralConfig(configured.desk_url, password=configured.DESK_PASSWORD)).start()
    try:
        for sid, text in zip(ids, ("my account is 12345, I'm CUST-1", "another customer's line"), strict=True):
            publisher.call_started(sid, agent="ann", team="blue", channel="phone", started_at=1_700_000_000.0)
            publisher.publish(sid, "line", {"speaker": "customer", "text": text, "lang": "en", "idx": 0})
        assert publisher.wait_idle(10)
    finally:
        publisher.close()
    with configured.admin() as conn:
        assert conn.execute("SELECT count(*) FROM copilot.live_events WHERE kind = 'line'").fetchone()[0] == 2
    code, out, err = run(capsys, "privacy", "erase", "--customer", "CUST-1", "--yes")
    assert code == 0, err
    assert "1 call in the supervisors' live view" in out.splitlines()[1]
    with configured.admin() as conn:
        left = conn.execute("SELECT id FROM copilot.live_calls").fetchall()
        lines = conn.execute("SELECT data->>'text' FROM copilot.live_events WHERE kind = 'line'").fetchall()
    assert left == [(ids[1],)] and lines == [("another customer's line",)]


def test_an_erase_the_central_store_missed_can_be_run_again(configured, capsys, pg_cluster):
    ids = record_here(2)
    run(capsys, "sync", "--once")
    pg_cluster.stop("immediate")
    try:
        code, out, err = run(capsys, "privacy", "erase", "--session", ids[0], "--yes")
    finally:
        pg_cluster.start()
    assert code == 1 and "erased session" in out and "not erased from the central record" in err
    assert configured.count_rows("sessions", ids[0]) == 1
    code, out, err = run(capsys, "privacy", "erase", "--session", ids[0], "--yes")
    assert code == 0, err
    assert "nothing of session" in out and "1 session" in out.splitlines()[1]
    assert configured.count_rows("sessions", ids[0]) == 0


def test_a_subject_access_export_includes_the_customers_sessions_from_other_desks(central, capsys, tmp_path,
                                                                                  monkeypatch):
    other_desk = record_here(2, customers=("CUST-7",))  # recorded on another desk, shipped from there
    run(capsys, "config", "set", "central_url", central.desk_url)
    run(capsys, "secret", "set", "central-password", "--stdin", stdin=central.DESK_PASSWORD, monkeypatch=monkeypatch)
    assert run(capsys, "sync", "--once")[0] == 0
    paths.database_path().unlink()
    here = record_here(1, start=1_700_500_000.0, customers=("CUST-7",))
    dpo = central.login("dpo_" + central.desk, "copilot_privacy", "dpo-secret-1")  # the officer's login
    run(capsys, "config", "set", "central_url", dpo)
    run(capsys, "secret", "set", "central-password", "--stdin", stdin="dpo-secret-1", monkeypatch=monkeypatch)

    code, out, err = run(capsys, "privacy", "export", "--customer", "CUST-7", "-o", tmp_path / "sar.json")

    assert code == 0, err
    assert out.startswith("3 sessions of customer CUST-7") and "central record" in out
    document = json.loads((tmp_path / "sar.json").read_text(encoding="utf-8"))
    assert sorted(s["session"]["id"] for s in document["sessions"]) == sorted([*other_desk, *here])
    assert all(s["utterances"] for s in document["sessions"])


def test_central_migrate_is_a_no_op_on_a_current_schema(central, capsys):
    code, out, _ = run(capsys, "central", "migrate", "--url", central.cluster.admin_url(central.name))
    assert code == 0 and "nothing to do" in out
