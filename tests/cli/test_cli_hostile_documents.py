"""Documents damaged or built to break the parser: a file nested thousands of levels deep overflows Python's stack,
and a number of thousands of digits trips its limit on integers. Each command answers with one line that names
the file and the problem, exits 2, and prints no traceback; settings fall back to their defaults."""

from __future__ import annotations

import json

import pytest

from copilot.cli.main import main
from copilot.config import paths
from copilot.config.settings import Settings

DEEP = "[" * 5000 + "]" * 5000
LONG_NUMBER = "9" * 5000
TRANSCRIPT = "Customer: way too expensive\n"


def run(capsys, *args):
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def damaged_json(kind: str) -> str:
    return '{"entry": ' + DEEP + "}" if kind == "deep" else '{"entry": ' + LONG_NUMBER + "}"


@pytest.mark.parametrize(("kind", "problem"), [("deep", "nested deeper than 64 levels"),
                                               ("number", "holds a number too long to read")])
@pytest.mark.parametrize("suffix", [".json", ".toml"])
def test_a_damaged_playbook_is_named_and_nothing_runs(tmp_path, capsys, kind, problem, suffix):
    book = tmp_path / f"book{suffix}"
    value = DEEP if kind == "deep" else LONG_NUMBER
    book.write_text(damaged_json(kind) if suffix == ".json" else f"x = {value}\n", encoding="utf-8")
    transcript = tmp_path / "t.txt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")
    code, out, err = run(capsys, "suggest", transcript, "--playbook", book)
    assert code == 2 and out == ""
    assert book.name in err and problem in err and "Traceback" not in err


@pytest.mark.parametrize(("line", "problem"), [
    pytest.param('{"turns": ' + DEEP + "}", "nested deeper than 64 levels", id="thousands-deep"),
    pytest.param('{"id": ' + LONG_NUMBER + ', "turns": []}', "holds a number too long to read", id="long-number")])
def test_a_damaged_golden_line_is_named_with_its_line(tmp_path, playbook_file, capsys, line, problem):
    golden = tmp_path / "golden.jsonl"
    good = {"id": "ok", "turns": [{"speaker": "customer", "text": "too expensive"}]}
    golden.write_text(json.dumps(good) + "\n" + line + "\n", encoding="utf-8")
    code, _, err = run(capsys, "eval", golden, "--playbook", playbook_file())
    assert code == 2 and "golden.jsonl:2" in err and problem in err and "Traceback" not in err


@pytest.mark.parametrize(("context", "problem"), [
    pytest.param('{"customer": {"name": "Ann", "notes": ' + DEEP + "}}", "nested deeper than 64 levels",
                 id="thousands-deep"),
    pytest.param('{"customer": {"id": ' + LONG_NUMBER + "}}", "holds a number too long to read", id="long-number"),
    # Parses, but deeper than the panel's local API accepts a context: the file is held to the same limit.
    pytest.param('{"customer": {"notes": ' + "[" * 20 + "]" * 20 + "}}", "is nested deeper than 12 levels",
                 id="deeper-than-the-api-takes"),
    pytest.param('{"customer": {"notes": "' + "x" * 5000 + '"}}', "is longer than 4000 characters",
                 id="field-too-long"),
])
def test_a_damaged_customer_context_is_refused_by_name(tmp_path, playbook_file, capsys, context, problem):
    path = tmp_path / "context.json"
    path.write_text(context, encoding="utf-8")
    transcript = tmp_path / "t.txt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")
    code, out, err = run(capsys, "suggest", transcript, "--playbook", playbook_file(), "--context", path)
    assert code == 2 and out == ""
    assert "context.json" in err and problem in err and "Traceback" not in err


def test_a_damaged_transcript_line_is_named_with_its_line(tmp_path, playbook_file, capsys):
    transcript = tmp_path / "t.jsonl"
    transcript.write_text('{"speaker": "customer", "text": "hi"}\n{"speaker": "customer", "text": ' + DEEP + "}\n",
                          encoding="utf-8")
    code, out, err = run(capsys, "suggest", transcript, "--playbook", playbook_file())
    assert code == 2 and out == ""
    assert "t.jsonl:2" in err and "nested deeper than 64 levels" in err


@pytest.mark.parametrize("form", ["plain", "json"])
def test_a_runaway_transcript_line_is_refused_by_its_line_not_read_for_seconds(tmp_path, playbook_file, capsys, form):
    # Five megabytes of "too expensive" on one line kept `suggest` busy for half a minute; the panel cuts such a
    # paste and the local API refuses it, so a file is held to the same limit, naming the line.
    runaway = "too expensive " * 400_000
    line = ("Customer: " + runaway if form == "plain"
            else json.dumps({"speaker": "customer", "text": runaway}))
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: hello\n" + line + "\n", encoding="utf-8")
    code, out, err = run(capsys, "suggest", transcript, "--playbook", playbook_file())
    assert code == 2 and out == ""
    assert "t.txt:2" in err and "longer than 20000 characters" in err and "Traceback" not in err


def test_a_line_just_within_the_limit_is_read(tmp_path, playbook_file, capsys):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: " + ("way too expensive " * 1200)[:20_000].strip() + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "suggest", transcript, "--playbook", playbook_file())
    assert code == 0 and "objection" in out


def test_a_runaway_golden_turn_is_named_with_its_place(tmp_path, playbook_file, capsys):
    golden = tmp_path / "golden.jsonl"
    golden.write_text(json.dumps({"id": "long", "turns": [{"speaker": "customer", "text": "x" * 20_001}]}) + "\n",
                      encoding="utf-8")
    code, _, err = run(capsys, "eval", golden, "--playbook", playbook_file())
    assert code == 2 and "golden.jsonl:1" in err and "longer than 20000 characters" in err


def test_a_damaged_knowledge_line_is_skipped_by_name_and_the_base_keeps_its_articles(tmp_path, capsys):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "returns", "title": "Returns", "body": "Thirty days to return."}) + "\n",
                    encoding="utf-8")
    assert run(capsys, "kb", "import", good)[0] == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "title": "X", "body": ' + DEEP + "}\n", encoding="utf-8")
    code, _, err = run(capsys, "kb", "import", bad)
    assert code == 0 and "skipped bad.jsonl:1: not JSON (nested deeper than 64 levels)" in err
    code, out, _ = run(capsys, "kb", "search", "how long to return")
    assert code == 0 and "Returns" in out


@pytest.mark.parametrize("content", ['{"theme": ' + DEEP + "}", '{"card_ttl": ' + LONG_NUMBER + "}"],
                         ids=["thousands-deep", "long-number"])
def test_damaged_settings_are_named_and_the_defaults_used(content):
    paths.settings_path().write_text(content, encoding="utf-8")
    settings = Settings()
    assert "unreadable settings" in settings.problems[0] and str(paths.settings_path()) in settings.problems[0]
    assert settings["theme"] == "system" and settings["card_ttl"] == 6
