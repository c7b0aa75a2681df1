"""Settings: declared once; a bad file or value is named, defaults are used, nothing is lost."""

from __future__ import annotations

import json

import pytest

from copilot.config import paths
from copilot.config.options import OPTIONS
from copilot.config.settings import Settings


def test_defaults_without_a_file():
    settings = Settings()
    assert settings["stay_on_top"] is True
    assert settings.problems == []
    assert set(settings.values) == set(OPTIONS)


def test_saved_values_come_back_and_only_changes_are_written():
    Settings().set("theme", "dark")
    data = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert data == {"version": 1, "theme": "dark"}
    assert Settings()["theme"] == "dark"


def test_bad_values_are_named_and_replaced_by_defaults():
    paths.settings_path().write_text(json.dumps({"theme": "purple", "card_ttl": "six", "colour": 1}))
    settings = Settings()
    assert settings["theme"] == "system" and settings["card_ttl"] == 6
    joined = " ".join(settings.problems)
    assert "'theme'" in joined and "'card_ttl'" in joined and "unknown setting 'colour'" in joined


def test_an_unreadable_file_is_kept_aside_when_settings_change():
    path = paths.settings_path()
    path.write_text("{ not json", encoding="utf-8")
    settings = Settings()
    assert "unreadable settings" in settings.problems[0]
    assert path.read_text(encoding="utf-8") == "{ not json"  # untouched until the user changes something
    settings.set("stay_on_top", False)
    kept = list(path.parent.glob("settings.json.bad-*"))
    assert [p.read_text(encoding="utf-8") for p in kept] == ["{ not json"]
    assert Settings()["stay_on_top"] is False


def test_hotkey_templates_are_read_as_modifiers_and_one_key():
    from copilot.panel.hotkeys import parse

    assert parse("<ctrl>+<alt>+{n}", 3) == ({"control", "alt"}, "3")
    assert parse("<cmd>+<shift>+{n}", 1) == ({"super", "shift"}, "1")
    with pytest.raises(ValueError, match="modifiers"):
        parse("<hyper>+{n}", 1)


def test_a_hotkey_without_the_card_number_is_refused():
    paths.settings_path().write_text(json.dumps({"hotkey": "<ctrl>+<alt>+1"}))
    settings = Settings()
    assert settings["hotkey"] == "<ctrl>+<alt>+{n}" and "{n}" in settings.problems[0]


@pytest.mark.parametrize(("url", "named"), [
    ("http://user:s3cret@llm.example.com/v1", "must not contain a user name or password"),
    ("https://llm.example.com/v1?api-key=s3cret", "must not contain a key or token"),
    ("https://llm.example.com/v1?Token=s3cret", "must not contain a key or token"),
    ("file:///etc/passwd", "must be an http:// or https:// address"),
    ("javascript:alert(1)", "must be an http:// or https:// address"),
    ("http:///v1", "must be an http:// or https:// address"),
    ("http://llm.example.com:99999/v1", "is not a valid address"),
])
def test_an_ai_endpoint_that_is_no_address_or_carries_a_secret_is_refused_and_not_written(url, named):
    """A key in the endpoint's address would sit in a settings file anyone may read, and show in the self-test
    and the log; the key belongs in the keychain. A file the user edited by hand falls back to the default."""
    settings = Settings()
    with pytest.raises(ValueError, match=named):
        settings.set("ai_base_url", url)
    assert not paths.settings_path().exists() or "s3cret" not in paths.settings_path().read_text(encoding="utf-8")

    paths.settings_path().write_text(json.dumps({"ai_base_url": url}), encoding="utf-8")
    reloaded = Settings()
    assert reloaded["ai_base_url"] == OPTIONS["ai_base_url"].default
    assert any("'ai_base_url'" in problem and named in problem for problem in reloaded.problems)


@pytest.mark.parametrize(("name", "value", "named"), [
    ("ai_timeout", 0.0, "between 0.5 and 300"),
    ("ai_timeout", -3.0, "between 0.5 and 300"),
    ("ai_max_discount_percent", 500.0, "between 0 and 100"),
    ("ai_max_discount_percent", -1.0, "between 0 and 100"),
    ("api_bind", "127.0.0.1; rm -rf ~", "must be an address"),
    ("api_bind", "not an address", "must be an address"),
])
def test_numbers_and_addresses_out_of_their_range_are_named(name, value, named):
    """An AI timeout of 0 failed every draft at once, a discount limit of 500% let every discount through, and an
    API address with spaces only failed when the panel started."""
    with pytest.raises(ValueError, match=named):
        Settings().set(name, value)


@pytest.mark.parametrize(("entry", "named"), [
    ("co.uk", "'co.uk' is a suffix"), (".com", "'.com' is a suffix"), ("*.github.io", "'\\*.github.io' is a suffix"),
    ("https://www.co.il/", "is a suffix"), ("localhost", "'localhost' is not a domain name"),
])
def test_an_allowed_domain_must_be_one_owners_domain(entry, named):
    """``ai_allowed_domains: ["co.uk"]`` (or ".com") was accepted, and every draft linking to any site under it was
    shown: anyone can register one. Refused by the Public Suffix List, the entry named; the file keeps the rest."""
    settings = Settings()
    with pytest.raises(ValueError, match=named):
        settings.set("ai_allowed_domains", ["example.co.uk", entry])
    paths.settings_path().write_text(json.dumps({"ai_allowed_domains": [entry], "ai_timeout": 12.0}),
                                     encoding="utf-8")
    reloaded = Settings()
    assert reloaded["ai_allowed_domains"] == [] and reloaded["ai_timeout"] == 12.0
    assert any("'ai_allowed_domains'" in problem for problem in reloaded.problems)
    Settings().set("ai_allowed_domains", ["example.co.uk", "https://www.kleo.nl/help", "*.example.com"])


@pytest.mark.parametrize(("name", "value"), [
    ("ai_base_url", "http://127.0.0.1:11434/v1"), ("ai_base_url", "https://contoso.openai.azure.com"),
    ("ai_base_url", "http://[::1]:8000/v1"), ("ai_base_url", "https://llm.example.com/v1?api-version=2024-10-21"),
    ("ai_base_url", ""), ("api_bind", "0.0.0.0"), ("api_bind", "::1"), ("api_bind", "desk-42.corp.example"),
    ("ai_timeout", 0.5), ("ai_max_discount_percent", 0.0), ("ai_max_discount_percent", 100.0),
])
def test_ordinary_endpoints_addresses_and_limits_are_kept(name, value):
    Settings().set(name, value)
    assert Settings()[name] == value
