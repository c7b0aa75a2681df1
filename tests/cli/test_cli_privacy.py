"""``copilot privacy`` as an operator or a script uses it: one line per outcome, exit 0 when done,
2 for bad input (which changes nothing), 1 when the operation failed; erasing only with --yes."""

from __future__ import annotations

import argparse
import itertools
import json
import time

import pytest
from recorded import CALL_EN, default_playbook, record_call

from copilot.cli import privacy as cli_privacy
from copilot.config import paths
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.record import privacy
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import Store

NOW_DAY = 86_400.0
CONTEXT = {"customer": {"id": "K-5150", "name": "Ottoline Varga"}}


def copilot(*argv: str) -> int:
    """The privacy commands under a parser of their own, as ``copilot.cli.main`` registers them."""
    parser = argparse.ArgumentParser(prog="copilot")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_privacy.add_parser(commands)
    return cli_privacy.run(parser.parse_args(["privacy", *argv]))


@pytest.fixture
def sessions():
    """Ottoline's call from 40 days ago and someone else's from yesterday, in the app's own database."""
    recorder = BackgroundRecorder(paths.database_path())
    ticks = itertools.count(time.time() - 40 * NOW_DAY, 0.5)
    session = Session(PlaybookEngine(default_playbook()), recorder, context=CONTEXT, clock=lambda: next(ticks))
    session.start()
    session.add_utterance("customer", "Ottoline here, the zeppelinite invoice is too expensive")
    session.end()
    other = record_call(recorder, CALL_EN, start=time.time() - NOW_DAY)
    recorder.close()
    return session.id, other.id


def session_ids() -> set[str]:
    store = Store(paths.database_path())
    try:
        return {r["id"] for r in store.rows("sessions")}
    finally:
        store.close()


def test_erase_without_yes_refuses_and_changes_nothing(sessions, capsys):
    assert copilot("erase", "--customer", "K-5150") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--yes" in err and "cannot be undone" in err
    assert session_ids() == set(sessions)


def test_erase_a_customer_with_yes(sessions, capsys):
    assert copilot("erase", "--customer", "K-5150", "--yes") == 0
    out = capsys.readouterr().out
    assert out.startswith("erased customer K-5150: 1 session, 1 line, ") and out.count("\n") == 1
    assert out.endswith(" 0 notes; 0 log lines rewritten\n")
    assert session_ids() == {sessions[1]}
    assert b"zeppelinite" not in paths.database_path().read_bytes()


def test_erase_a_session_and_an_unknown_one(sessions, capsys):
    assert copilot("erase", "--session", sessions[1], "--yes") == 0
    assert capsys.readouterr().out.startswith(f"erased session {sessions[1]}: 1 session, {len(CALL_EN)} lines")
    assert copilot("erase", "--session", "nope", "--yes") == 2
    assert capsys.readouterr().err == ("copilot privacy erase: no recorded session for session 'nope'; "
                                       "nothing was erased\n")
    assert session_ids() == {sessions[0]}


def test_erase_needs_exactly_one_subject(sessions, capsys):
    with pytest.raises(SystemExit) as exit_:
        copilot("erase", "--customer", "K-5150", "--session", sessions[0], "--yes")
    assert exit_.value.code == 2 and "not allowed with" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        copilot("erase", "--yes")
    assert session_ids() == set(sessions)


def test_export_writes_the_customers_file(sessions, tmp_path, capsys):
    out = tmp_path / "ottoline.json"
    assert copilot("export", "--customer", "K-5150", "-o", str(out)) == 0
    assert capsys.readouterr().out == f"1 session of customer K-5150 written to {out}\n"
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["sessions"][0]["session"]["context"] == CONTEXT
    assert copilot("export", "--customer", "K-0000", "-o", str(out)) == 0
    assert capsys.readouterr().out == f"no recorded session for customer K-0000; {out} says so\n"


def test_export_to_a_folder_that_does_not_exist_fails(sessions, tmp_path, capsys):
    assert copilot("export", "--customer", "K-5150", "-o", str(tmp_path / "missing" / "x.json")) == 1
    err = capsys.readouterr().err
    assert err.startswith("copilot privacy export: ") and "cannot write the export" in err and err.count("\n") == 1


def test_purge_by_days_by_the_setting_and_off(sessions, capsys):
    assert copilot("purge") == 0  # the default setting keeps everything
    assert capsys.readouterr().out == "retention is off (0 days keeps every session); nothing purged\n"
    paths.settings_path().write_text(json.dumps({"version": 1, "retention_days": 30}), encoding="utf-8")
    assert copilot("purge") == 0
    assert capsys.readouterr().out == "1 session older than 30 days deleted\n"
    assert session_ids() == {sessions[1]}
    assert copilot("purge", "--days", "30") == 0
    assert capsys.readouterr().out == "0 sessions older than 30 days deleted\n"


@pytest.mark.parametrize("days", ["-3", "ten", "1.5"])
def test_purge_refuses_a_bad_number_of_days(sessions, capsys, days):
    assert copilot("purge", "--days", days) == 2
    assert capsys.readouterr().err == f"copilot privacy purge: --days: {days!r} is not a whole number from 0\n"
    assert session_ids() == set(sessions)


def test_audit_lists_operations_as_text_and_json(sessions, tmp_path, capsys):
    assert copilot("audit") == 0
    assert capsys.readouterr().out == "no privacy operation recorded\n"
    copilot("export", "--customer", "K-5150", "-o", str(tmp_path / "o.json"))
    copilot("erase", "--customer", "K-5150", "--yes")
    capsys.readouterr()
    assert copilot("audit") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and " export " in lines[0] and " erase " in lines[1] and "1 session " in lines[1]
    assert "K-5150" not in "".join(lines) and "Ottoline" not in "".join(lines)
    assert copilot("audit", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["operation"] for r in rows] == ["export", "erase"]
    assert rows[1]["subject_ref"] == privacy.subject_ref("customer", "K-5150")


def test_a_database_that_cannot_be_opened_is_a_failure(capsys):
    paths.database_path().write_bytes(b"not a database at all" * 200)
    assert copilot("erase", "--customer", "K-5150", "--yes") == 1
    err = capsys.readouterr().err
    assert err.startswith("copilot privacy erase: ") and "cannot open the session database" in err
