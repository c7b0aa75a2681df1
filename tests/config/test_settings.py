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
