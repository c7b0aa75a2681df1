"""Managed configuration: what IT locks holds, what IT defaults the agent may change, a bad file is never ignored."""

from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from copilot.config import paths
from copilot.config.options import OPTIONS
from copilot.config.policy import SAFEST, PolicyError, default_policy_path, load_policy, policy_path, read_policy
from copilot.config.settings import SettingLocked, Settings
from copilot.errors import KnownError

CORPORATE = """
version = 1

[settings]
ai_base_url = "https://llm.example.com/v1"
ai_local_only = false
ai_model = "corp-model"
redaction = true
retention_days = 90
api_port = 9100
api_allowed_origins = ["https://crm.example.com"]
ai_timeout = 5

[defaults]
theme = "dark"
card_ttl = 4
"""


@pytest.fixture(autouse=True)
def policy(tmp_path, monkeypatch):
    """The policy file this test's copilot reads (absent until written): never the machine's own."""
    path = tmp_path / "policy" / "policy.toml"
    path.parent.mkdir()
    monkeypatch.setenv("COPILOT_POLICY", str(path))
    return path


def user_file(**values) -> None:
    paths.settings_path().write_text(json.dumps({"version": 1, **values}), encoding="utf-8")


def saved() -> dict:
    return json.loads(paths.settings_path().read_text(encoding="utf-8"))


def test_without_a_policy_file_nothing_is_managed(policy):
    settings = Settings()
    assert not settings.policy.exists and settings.policy_problem == "" and settings.problems == []
    assert not any(settings.locked(name) for name in OPTIONS)
    settings.set("ai_model", "llama3.1")
    assert Settings()["ai_model"] == "llama3.1"


def test_locked_settings_beat_the_users_own_and_cannot_be_changed(policy):
    policy.write_text(CORPORATE, encoding="utf-8")
    user_file(ai_model="my-model", ai_local_only=True, stay_on_top=False)
    settings = Settings()
    assert settings["ai_model"] == "corp-model" and settings["ai_local_only"] is False
    assert settings["retention_days"] == 90 and settings["api_port"] == 9100
    assert settings["api_allowed_origins"] == ["https://crm.example.com"]
    assert settings["ai_timeout"] == 5.0 and isinstance(settings["ai_timeout"], float)
    assert settings.locked("ai_model") and settings.locked("redaction") and not settings.locked("theme")
    assert settings["stay_on_top"] is False  # what the policy leaves alone stays the user's
    with pytest.raises(SettingLocked, match="managed by your organisation") as caught:
        settings.set("ai_model", "gpt-4o")
    assert isinstance(caught.value, KnownError) and str(policy) in str(caught.value)
    assert settings["ai_model"] == "corp-model"


def test_policy_defaults_replace_built_in_ones_but_the_user_may_change_them(policy):
    policy.write_text(CORPORATE, encoding="utf-8")
    settings = Settings()
    assert settings["theme"] == "dark" and settings["card_ttl"] == 4 and not settings.locked("theme")
    settings.set("theme", "light")
    assert Settings()["theme"] == "light"
    Settings().set("theme", "system")  # the built-in default is a choice of its own when IT's default differs
    assert Settings()["theme"] == "system" and saved()["theme"] == "system"


def test_precedence_is_policy_settings_then_user_then_policy_defaults_then_built_in(policy):
    policy.write_text('version = 1\n[settings]\nai_model = "locked"\n[defaults]\nai_base_url = "https://it/v1"\n'
                      'ai_api_version = "2025-01-01"\n', encoding="utf-8")
    user_file(ai_model="mine", ai_base_url="https://mine/v1")
    settings = Settings()
    assert settings["ai_model"] == "locked"  # policy [settings]
    assert settings["ai_base_url"] == "https://mine/v1"  # the user's over the policy default
    assert settings["ai_api_version"] == "2025-01-01"  # the policy default over the built-in one
    assert settings["ai_provider"] == OPTIONS["ai_provider"].default  # built in


def test_saving_never_writes_policy_values_and_keeps_the_users_own(policy):
    policy.write_text(CORPORATE, encoding="utf-8")
    user_file(ai_model="my-model")
    Settings().set("stay_on_top", False)
    assert saved() == {"version": 1, "ai_model": "my-model", "stay_on_top": False}
    policy.unlink()  # IT lifts the policy: the agent's own choice comes back, IT's values leave no trace
    settings = Settings()
    assert settings["ai_model"] == "my-model" and settings["theme"] == "system" and settings["api_port"] == 8765


INVALID = [
    pytest.param(b'version = 1\n[settings\nai_model = "x"\n', "is not valid TOML", id="bad-toml"),
    pytest.param(b'version = 1\n[settings]\nai_modle = "x"\n',
                 "[settings] unknown setting 'ai_modle' (did you mean 'ai_model'?)", id="unknown-setting"),
    pytest.param(b'version = 1\n[settings]\napi_port = "9100"\n',
                 "setting 'api_port' must be a whole number such as 8765, got '9100'", id="wrong-type"),
    pytest.param(b"version = 1\n[settings]\nglobal_hotkeys = 1\n", "setting 'global_hotkeys' must be true or false",
                 id="number-for-switch"),
    pytest.param(b"version = 1\n[settings]\nretention_days = 5000\n", "'retention_days' must be between 0",
                 id="out-of-range"),
    pytest.param(b"version = 1\n[defaults]\napi_port = 70000\n", "[defaults] setting 'api_port' must be a port",
                 id="out-of-range-default"),
    pytest.param(b'version = 1\n[settings]\nai_provider = "anthropic"\n', "'ai_provider' must be one of openai, azure",
                 id="not-a-choice"),
    pytest.param(b"version = 1\n[settings]\nredaction = false\n", "'redaction' cannot be turned off",
                 id="redaction-off"),
    pytest.param(b'version = 1\n[settings]\napi_allowed_origins = ["https://a", 3]\n',
                 "'api_allowed_origins' must be a list of names", id="bad-list"),
    pytest.param(b'[settings]\nai_model = "x"\n', "'version = 1' is missing", id="no-version"),
    pytest.param(b"version = 2\n", "version 2 is not one this Agent Copilot reads", id="newer-version"),
    pytest.param(b'version = "1"\n', "'version' must be the number 1", id="version-text"),
    pytest.param(b'version = 1\n[setting]\nai_model = "x"\n', "unknown key 'setting'", id="misspelt-table"),
    pytest.param(b"version = 1\nsettings = 3\n", "'settings' must be a table", id="table-not-table"),
    pytest.param(b'version = 1\n[settings]\ntheme = "dark"\n[defaults]\ntheme = "light"\n',
                 "'theme' is both locked in [settings] and a default in [defaults]", id="both-tables"),
    pytest.param(b"version = 1\n[settings]\nai_model = \"\xff\xfe\"\n", "is not UTF-8 text", id="not-utf8"),
    pytest.param(b"", "'version = 1' is missing", id="empty"),
    # A damaged file: Python's parser overflows its stack on these, or trips its limit on the digits of a number.
    pytest.param(b"version = 1\n[settings]\nai_model = " + b"[" * 3000 + b"]" * 3000 + b"\n",
                 "nested deeper than 64 levels", id="nested-thousands-deep"),
    pytest.param(b"version = 1\n[settings]\nretention_days = " + b"9" * 5000 + b"\n",
                 "holds a number too long to read", id="number-too-long"),
]


@pytest.mark.parametrize(("content", "problem"), INVALID)
def test_an_invalid_policy_is_named_and_the_copilot_runs_in_its_safest_mode(policy, content, problem):
    policy.write_bytes(content)
    user_file(ai_enabled=True, api_enabled=True, clipboard_capture=True, global_hotkeys=True, paste_into_crm=True,
              ai_local_only=False, theme="dark")
    with pytest.raises(PolicyError) as caught:
        read_policy(policy)
    assert isinstance(caught.value, KnownError) and str(policy) in str(caught.value) and problem in str(caught.value)
    settings = Settings()
    assert problem in settings.policy_problem and str(policy) in settings.policy_problem
    assert "safest mode" in settings.policy_problem
    assert settings.policy_problem in settings.problems  # the panel shows settings.problems as its start notice
    assert {name: settings[name] for name in SAFEST} == dict(SAFEST)
    assert all(settings.locked(name) for name in SAFEST)
    assert settings["theme"] == "dark" and not settings.locked("theme")  # the rest is still the user's
    with pytest.raises(SettingLocked, match="managed by your organisation"):
        settings.set("ai_enabled", True)


def test_an_unreadable_policy_file_means_safest_mode(policy):
    policy.mkdir()  # a folder where the file should be: cannot be read on any system
    settings = Settings()
    assert "cannot be read" in settings.policy_problem and str(policy) in settings.policy_problem
    assert settings["api_enabled"] is False and settings.locked("api_enabled")


def test_every_problem_in_a_file_is_listed_at_once(policy):
    policy.write_text('version = 1\n[settings]\napi_port = -1\nai_modle = "x"\n[defaults]\ncard_ttl = 0\n',
                      encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        read_policy(policy)
    assert len(caught.value.problems) == 3
    assert all(name in str(caught.value) for name in ("'api_port'", "'ai_modle'", "'card_ttl'"))


def test_safest_mode_does_not_overwrite_the_users_own_choices(policy):
    policy.write_text("version = 9\n", encoding="utf-8")
    user_file(ai_enabled=True, clipboard_capture=True)
    Settings().set("theme", "light")
    assert saved() == {"version": 1, "ai_enabled": True, "clipboard_capture": True, "theme": "light"}
    policy.write_text("version = 1\n", encoding="utf-8")  # IT fixes the file
    settings = Settings()
    assert settings.policy_problem == "" and settings["ai_enabled"] is True and settings["clipboard_capture"] is True


def test_the_environment_variable_names_the_policy_file(tmp_path, monkeypatch):
    elsewhere = tmp_path / "share" / "copilot-policy.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_text('version = 1\n[settings]\nplaybook_path = "//server/share/playbook.toml"\n', encoding="utf-8")
    monkeypatch.setenv("COPILOT_POLICY", str(elsewhere))
    assert policy_path() == elsewhere
    settings = Settings()
    assert settings.policy.path == elsewhere and settings["playbook_path"] == "//server/share/playbook.toml"
    assert settings.locked("playbook_path")


def test_a_policy_given_to_settings_is_used_instead_of_the_file(policy, tmp_path):
    policy.write_text('version = 1\n[settings]\nai_model = "from-file"\n', encoding="utf-8")
    other = tmp_path / "given.toml"
    other.write_text('version = 1\n[settings]\nai_model = "given"\n', encoding="utf-8")
    assert Settings(policy=load_policy(other))["ai_model"] == "given"
    assert Settings()["ai_model"] == "from-file"


@pytest.mark.parametrize(("platform", "expected"), [
    ("win32", PureWindowsPath(r"C:\ProgramData\AgentCopilot\policy.toml")),
    ("darwin", PurePosixPath("/Library/Application Support/AgentCopilot/policy.toml")),
    ("linux", PurePosixPath("/etc/agent-copilot/policy.toml")),
])
def test_the_system_wide_location_on_each_platform(monkeypatch, platform, expected):
    monkeypatch.delenv("PROGRAMDATA", raising=False)
    assert default_policy_path(platform) == expected


def test_the_knowledge_base_can_live_where_it_says(policy, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    policy.write_text(f"version = 1\n[settings]\nknowledge_path = {json.dumps(str(share))}\n", encoding="utf-8")
    settings = Settings()
    assert settings.locked("knowledge_path")
    assert paths.knowledge_path(settings["knowledge_path"]) == share / "knowledge.db"  # a folder: the file in it
    assert paths.knowledge_path(str(share / "kb.db")) == share / "kb.db"
    assert paths.knowledge_path("") == paths.data_dir() / "knowledge.db"


def test_retention_and_redaction_are_checked_for_the_user_too(policy):
    user_file(retention_days=-1, redaction=False)
    settings = Settings()
    assert settings["retention_days"] == 0 and settings["redaction"] is True
    joined = " ".join(settings.problems)
    assert "'retention_days'" in joined and "'redaction' cannot be turned off" in joined
    with pytest.raises(ValueError, match="3650"):
        settings.set("retention_days", 3651)
    settings.set("retention_days", 30)
    assert Settings()["retention_days"] == 30
