"""What a new user met on the command line in their first hour: the real ``copilot`` command, its stderr
and its exit status."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import keyring
import keyring.backends.fail
import pytest
from recorded import CALL_EN, record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.record.recorder import BackgroundRecorder


def run(capsys, *args):
    try:
        code = main([str(arg) for arg in args])
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def call_id():
    recorder = BackgroundRecorder(paths.database_path())
    try:
        call = record_call(recorder, CALL_EN, agent_name="ann")
        recorder.flush()
    finally:
        recorder.close()
    return call.id


def test_sessions_export_takes_the_short_id_replay_takes(call_id, capsys, tmp_path):
    short = call_id[:8]
    out_file = tmp_path / "call.zip"
    code, out, err = run(capsys, "sessions", "export", short, "-o", out_file)
    assert (code, err) == (0, "") and out == f"session {call_id} written to {out_file}\n"
    assert zipfile.is_zipfile(out_file)
    code, _, err = run(capsys, "sessions", "export", "zz-no-such", "-o", tmp_path / "x.zip")
    assert code == 2 and "zz-no-such: no recorded session with that id" in err


def test_an_unknown_policy_flag_is_an_error_that_names_it(playbook_file, capsys, tmp_path):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: too expensive\n", encoding="utf-8")
    code, out, err = run(capsys, "suggest", transcript, "--playbook", playbook_file(), "--policy", "ai_disclosre")
    assert code == 1 and out == ""
    assert "'ai_disclosre'" in err and "policy flag" in err


def test_a_known_policy_flag_is_taken(capsys, tmp_path):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: hello\n", encoding="utf-8")
    code, _, err = run(capsys, "suggest", transcript, "--policy", "ai_disclosure")
    assert (code, err) == (0, "")


def test_send_without_a_keychain_exits_1_like_every_other_command(capsys, tmp_path, policy):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest puts the memory keychain back
    policy.write_text("version = 1\n[settings]\napi_token_file = false\n", encoding="utf-8")
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: hello\n", encoding="utf-8")
    code, _, err = run(capsys, "send", transcript)
    assert code == 1 and "no OS keychain" in err and "Error" not in err


def test_an_unknown_option_after_a_command_shows_that_commands_usage(capsys):
    code, _, err = run(capsys, "sessions", "export", "abc", "-o", "x.zip", "--redcat")
    assert code == 2
    assert err.startswith("usage: copilot sessions export") and "unrecognized arguments: --redcat" in err


def test_a_value_of_the_wrong_kind_is_answered_in_plain_words(capsys):
    code, _, err = run(capsys, "config", "set", "font_scale", "huge")
    assert code == 2
    assert err == "copilot config: setting 'font_scale' must be a number such as 1.2, got 'huge'\n"


def test_an_invalid_policy_file_is_reported_once(policy):
    policy.write_text("version = 1\n[settings]\nbogus = 1\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "copilot", "config", "get", "theme"], capture_output=True,
                            text=True, timeout=60, env=os.environ.copy())
    assert result.returncode == 0
    assert result.stderr.count("unknown setting 'bogus'") == 1


def test_listen_follow_on_a_missing_file_says_so_and_exits_1(capsys, tmp_path):
    missing = tmp_path / "not-there.txt"
    code, _, err = run(capsys, "listen", "--follow", missing)
    assert code == 1 and f"{missing}: no such file to follow" in err
