"""Settings: declared once; a bad file or value is named, defaults are used, nothing is lost."""

from __future__ import annotations

import json

from copilot import paths
from copilot.settings import OPTIONS, Settings


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
