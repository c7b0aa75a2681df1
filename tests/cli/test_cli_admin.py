"""``copilot config`` and ``copilot secret``: what a deployment script sees, line by line and exit code by code."""

from __future__ import annotations

import argparse
import io
import json
import sys

import keyring
import keyring.backends.fail
import pytest

from copilot.cli import admin as cli_admin
from copilot.config import keychain, paths
from copilot.config.settings import Settings

pytestmark = pytest.mark.usefixtures("policy")  # every test here reads its own policy file (conftest.py)

POLICY = """
version = 1
[settings]
ai_model = "corp-model"
api_allowed_origins = ["https://crm.example.com"]
[defaults]
theme = "dark"
"""


def copilot(*argv: str) -> int:
    """The commands as ``copilot`` runs them: registered on a parser's sub-parsers, then run."""
    parser = argparse.ArgumentParser(prog="copilot")
    cli_admin.add_parser(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return cli_admin.run(parser.parse_args(list(argv)))


def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_get_prints_one_value_plainly(capsys):
    assert copilot("config", "get", "theme") == 0
    assert capsys.readouterr().out == "system\n"
    assert copilot("config", "get", "api_port") == 0
    assert capsys.readouterr().out == "8765\n"


def test_get_lists_every_setting_and_marks_the_locked_ones(policy, capsys):
    policy.write_text(POLICY, encoding="utf-8")
    assert copilot("config", "get") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(Settings().values)
    assert 'ai_model = "corp-model"  # locked by policy' in lines
    assert 'theme = "dark"' in lines  # a policy default: in effect, not locked
    assert "stay_on_top = true" in lines


def test_get_json_for_scripts(policy, capsys):
    policy.write_text(POLICY, encoding="utf-8")
    assert copilot("config", "get", "ai_model", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"value": "corp-model", "locked": True}
    assert copilot("config", "get", "--json") == 0
    everything = json.loads(capsys.readouterr().out)
    assert everything["api_allowed_origins"] == {"value": ["https://crm.example.com"], "locked": True}
    assert everything["card_ttl"] == {"value": 6, "locked": False}


def test_get_of_an_unknown_name_is_exit_2_with_a_suggestion(capsys):
    assert copilot("config", "get", "them") == 2
    err = capsys.readouterr().err
    assert err == "copilot config: unknown setting 'them' (did you mean 'theme'?)\n"


@pytest.mark.parametrize(("name", "text", "stored"), [
    ("api_port", "9100", 9100),
    ("stay_on_top", "false", False),
    ("font_scale", "1.2", 1.2),
    ("ai_timeout", "5", 5.0),
    ("api_allowed_origins", '["https://crm.example.com"]', ["https://crm.example.com"]),
    ("ai_model", "llama3.1", "llama3.1"),
    ("team", "42", "42"),  # a text setting takes the text as given
    ("agent_name", '"Ann Lee"', "Ann Lee"),
])
def test_set_reads_json_values_and_saves_them(capsys, name, text, stored):
    assert copilot("config", "set", name, text) == 0
    assert capsys.readouterr().out == f"{name} = {json.dumps(stored)}\n"
    assert Settings()[name] == stored
    assert json.loads(paths.settings_path().read_text(encoding="utf-8"))[name] == stored


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("api_port", "70000", "setting 'api_port' must be a port number from 0 to 65535"),
    ("stay_on_top", "maybe", "setting 'stay_on_top' must be true or false, got 'maybe'"),
    ("theme", "purple", "setting 'theme' must be one of system, light, dark"),
    ("retention_days", "9999", "setting 'retention_days' must be between 0"),
    ("redaction", "false", "'redaction' cannot be turned off"),
    ("colour", "red", "unknown setting 'colour'"),
])
def test_set_of_a_bad_value_or_name_is_one_line_and_exit_2(capsys, name, text, problem):
    assert copilot("config", "set", name, text) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and problem in captured.err
    assert not paths.settings_path().exists()


def test_set_of_a_locked_setting_is_exit_3_and_changes_nothing(policy, capsys):
    policy.write_text(POLICY, encoding="utf-8")
    assert copilot("config", "set", "ai_model", "gpt-4o") == 3
    assert "managed by your organisation" in capsys.readouterr().err
    assert Settings()["ai_model"] == "corp-model" and not paths.settings_path().exists()


def test_an_invalid_policy_locks_the_risky_settings_for_scripts_too(policy, capsys):
    policy.write_text("version = 1\n[settings]\napi_port = 'x'\n", encoding="utf-8")
    assert copilot("config", "set", "ai_enabled", "true") == 3
    assert copilot("config", "set", "theme", "light") == 0
    assert Settings()["theme"] == "light" and Settings()["ai_enabled"] is False


def test_policy_without_a_file_says_nothing_is_managed(policy, capsys):
    assert copilot("config", "policy") == 0
    out = capsys.readouterr().out
    assert f"policy file: {policy} (from COPILOT_POLICY)" in out and "not present; nothing is managed" in out


def test_policy_lists_what_it_locks_and_its_defaults(policy, capsys):
    policy.write_text(POLICY, encoding="utf-8")
    assert copilot("config", "policy") == 0
    out = capsys.readouterr().out.splitlines()
    assert "status: in force" in out
    assert 'locked: ai_model = "corp-model"' in out
    assert 'locked: api_allowed_origins = ["https://crm.example.com"]' in out
    assert 'default: theme = "dark"' in out


def test_policy_with_a_problem_names_it_and_exits_1(policy, capsys):
    policy.write_text("version = 1\n[settings]\nretention_days = 5000\n", encoding="utf-8")
    assert copilot("config", "policy") == 1
    captured = capsys.readouterr()
    assert "safest mode" in captured.out and "locked: ai_enabled = false" in captured.out
    assert str(policy) in captured.err and "'retention_days' must be between 0" in captured.err


def test_secret_set_stores_the_model_key_from_stdin_without_showing_it(monkeypatch, capsys):
    stdin(monkeypatch, "sk-test-123456\n")
    assert copilot("secret", "set", "ai-api-key", "--stdin") == 0
    captured = capsys.readouterr()
    assert "sk-test" not in captured.out + captured.err and "stored in the OS keychain" in captured.out
    assert keychain.has_model_key() and keyring.get_password(keychain.SERVICE, keychain.MODEL_KEY) == "sk-test-123456"


def test_secret_set_stores_the_api_token_the_panel_will_use(monkeypatch):
    stdin(monkeypatch, "shared-token-for-the-crm-0123456789")
    assert copilot("secret", "set", "api-token", "--stdin") == 0
    assert keychain.api_token() == "shared-token-for-the-crm-0123456789"


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("ai-api-key", "", "no ai-api-key on standard input"),
    ("ai-api-key", "  \n", "no ai-api-key on standard input"),
    ("ai-api-key", "first\nsecond\n", "must be one line"),
    ("api-token", "short", "at least 16 characters"),
    ("api-token", "a token with spaces in it", "no spaces"),
])
def test_secret_set_refuses_empty_or_unusable_input_with_exit_2(monkeypatch, capsys, name, text, problem):
    stdin(monkeypatch, text)
    assert copilot("secret", "set", name, "--stdin") == 2
    assert problem in capsys.readouterr().err
    assert not keychain.has_model_key()
    assert keyring.get_password(keychain.SERVICE, keychain.API_TOKEN) is None


def test_a_secret_never_goes_on_the_command_line(capsys):
    with pytest.raises(SystemExit) as caught:
        copilot("secret", "set", "ai-api-key", "sk-on-the-command-line")
    assert caught.value.code == 2


def test_secret_without_a_keychain_is_exit_1_with_the_reason(monkeypatch, capsys):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the test's own keychain is put back afterwards
    stdin(monkeypatch, "sk-test-123456\n")
    assert copilot("secret", "set", "ai-api-key", "--stdin") == 1
    assert "no OS keychain is available" in capsys.readouterr().err
    assert copilot("secret", "delete", "api-token") == 1


def test_secret_delete_removes_it_and_says_when_there_was_none(monkeypatch, capsys):
    keychain.set_model_key("sk-test-123456")
    old_token = keychain.api_token()
    assert copilot("secret", "delete", "ai-api-key") == 0
    assert copilot("secret", "delete", "ai-api-key") == 0
    assert copilot("secret", "delete", "api-token") == 0
    said = capsys.readouterr().out.splitlines()
    assert said == ["ai-api-key removed", "there was no ai-api-key", "api-token removed"]
    assert not keychain.has_model_key() and keychain.api_token() != old_token  # a fresh token on next use


@pytest.mark.parametrize("command", [("config",), ("config", "set"), ("secret", "set")])
def test_the_help_documents_the_exit_codes(capsys, command):
    with pytest.raises(SystemExit):
        copilot(*command, "--help")
    out = capsys.readouterr().out
    assert "exit codes:" in out and "3  the setting is managed by your organisation" in out
