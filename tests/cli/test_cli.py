"""``copilot suggest``: both transcript formats, four languages of labels, and malformed input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from copilot import __version__
from copilot.cli.main import main


@pytest.fixture
def playbook(playbook_file):
    """The small test book (conftest.py) as a file, as every command here is given it."""
    return playbook_file()


def suggest(capsys, *args):
    code = main(["suggest", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_jsonl_transcript_gives_one_json_object_per_suggestion(tmp_path, playbook, capsys):
    transcript = tmp_path / "t.jsonl"
    transcript.write_text("\n".join(json.dumps(x) for x in [
        {"speaker": "agent", "text": "Good morning"},
        {"speaker": "customer", "text": "This is too expensive", "ts": 12.5},
        {"speaker": "customer", "text": "I want your manager"},
    ]), encoding="utf-8")
    context = tmp_path / "ctx.json"
    context.write_text('{"customer": {"first_name": "Sam"}}', encoding="utf-8")
    code, out, _ = suggest(capsys, transcript, "--playbook", playbook, "--context", context, "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["utterance"], r["kind"], r["entry_id"], r["text"]) for r in rows] == [
        (1, "objection", "objection.price", "I understand, Sam."),
        (2, "escalation", "escalation.human", "Offer a supervisor."),
    ]
    assert rows[0]["rationale"] == "Customer said “too expensive”"
    assert all(r["latency_ms"] >= 0 for r in rows)


def test_plain_text_with_labels_in_four_languages(tmp_path, playbook, capsys):
    transcript = tmp_path / "t.txt"
    transcript.write_text(
        "Medewerker: Goedemiddag\nKlant: Het is mij te duur\nConseiller: Bonjour\n"
        "Client: je veux parler à un responsable\nנציג: שלום\nלקוח: זה יקר מדי\n", encoding="utf-8")
    code, out, _ = suggest(capsys, transcript, "--playbook", playbook, "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["utterance"], r["entry_id"], r["lang"]) for r in rows] == [
        (1, "objection.price", "nl"), (3, "escalation.human", "en")]


def test_text_format_is_readable(tmp_path, playbook, capsys):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: way too expensive\n", encoding="utf-8")
    code, out, _ = suggest(capsys, transcript, "--playbook", playbook)
    assert code == 0
    assert "[#0 customer] objection/objection.price" in out
    assert "why: Customer said “too expensive”" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"speaker": "customer", "text": "ok"}\n{"speaker": "boss", "text": "x"}\n', ":2: 'speaker'"),
        ('{"speaker": "customer", "text": 5}\n', ":1: 'text' must be a string"),
        ('{"speaker": "customer", "text": "x"\n', ":1: not valid JSON"),
        ("Customer: fine\nsomething without a label\n", ":2: expected 'Speaker: text'"),
        ('["customer", "x"]\n', ""),
    ],
)
def test_malformed_line_names_file_and_line_and_exits_2(tmp_path, playbook, capsys, content, expected):
    transcript = tmp_path / "bad.txt"
    transcript.write_text(content, encoding="utf-8")
    code, out, err = suggest(capsys, transcript, "--playbook", playbook)
    assert code == 2
    assert out == ""
    assert "bad.txt" in err
    assert expected in err


def test_broken_playbook_and_missing_transcript_exit_2(tmp_path, playbook, playbook_file, capsys):
    bad = playbook_file("[[entry]]\nid = 'x'\nkind = 'nope'\n", "bad.toml")
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: hi\n", encoding="utf-8")
    code, _, err = suggest(capsys, transcript, "--playbook", bad)
    assert code == 2 and "bad.toml" in err and "field 'kind'" in err
    code, _, err = suggest(capsys, tmp_path / "missing.txt", "--playbook", playbook)
    assert code == 2 and "missing.txt" in err


def test_console_script_answers_version_and_help():
    version = subprocess.run([sys.executable, "-m", "copilot", "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.stdout.strip() == f"copilot {__version__}"
    helptext = subprocess.run([sys.executable, "-m", "copilot", "suggest", "--help"], capture_output=True,
                              text=True, timeout=60)
    assert "--format" in helptext.stdout and "TRANSCRIPT" in helptext.stdout


def test_json_text_may_hold_unicode_line_separators(tmp_path, playbook, capsys):
    transcript = tmp_path / "t.jsonl"
    line = json.dumps({"speaker": "customer", "text": "way\u2028too expensive\u0085really"}, ensure_ascii=False)
    transcript.write_text(line + "\r\n", encoding="utf-8")
    code, out, err = suggest(capsys, transcript, "--playbook", playbook, "--format", "jsonl")
    assert code == 0, err
    assert [json.loads(x)["entry_id"] for x in out.splitlines()] == ["objection.price"]


def test_options_before_the_command_word_count_too(tmp_path, playbook, capsys):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: I want a manager\n", encoding="utf-8")
    code = main(["--playbook", str(playbook), "suggest", str(transcript), "--format", "jsonl"])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [r["entry_id"] for r in rows] == ["escalation.human"]  # the default book has no such id


def test_empty_turns_are_skipped_not_numbered(tmp_path, playbook, capsys):
    transcript = tmp_path / "t.jsonl"
    transcript.write_text('{"speaker": "customer", "text": "  "}\n{"speaker": "customer", "text": "manager"}\n',
                          encoding="utf-8")
    code, out, _ = suggest(capsys, transcript, "--playbook", playbook, "--format", "jsonl")
    assert code == 0
    assert [json.loads(x)["utterance"] for x in out.splitlines()] == [0]


def knowledge_base(path, folder):
    from copilot.knowledge.store import KnowledgeBase

    folder.mkdir()
    (folder / "refunds.md").write_text(
        "# Refunds\n\nA refund is paid to your bank account within five working days after the return.\n",
        encoding="utf-8")
    kb = KnowledgeBase(path)
    kb.import_path(folder)
    kb.close()


def test_suggest_shows_the_knowledge_cards_the_panel_shows(tmp_path, playbook, capsys):
    from copilot.config import paths

    knowledge_base(paths.knowledge_path(), tmp_path / "articles")  # where the panel finds its knowledge base
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: When is the refund paid to my bank account?\n", encoding="utf-8")
    code, out, err = suggest(capsys, transcript, "--playbook", playbook, "--format", "jsonl")
    assert code == 0, err
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["kind"] == "knowledge" and row["entry_id"].startswith("kb:") and row["engine"] == "knowledge"
    assert "five working days" in row["text"] and row["title"] == "Refunds"


def test_suggest_takes_another_knowledge_base_and_names_a_missing_one(tmp_path, playbook, capsys):
    other = tmp_path / "team-kb.db"
    knowledge_base(other, tmp_path / "articles")
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: When is the refund paid to my bank account?\n", encoding="utf-8")
    code, out, _ = suggest(capsys, transcript, "--playbook", playbook, "--format", "jsonl")
    assert code == 0 and out == ""  # the panel's own knowledge base is empty here
    code, out, _ = suggest(capsys, transcript, "--playbook", playbook, "--knowledge", other, "--format", "jsonl")
    assert code == 0 and [json.loads(line)["kind"] for line in out.splitlines()] == ["knowledge"]
    code, out, err = suggest(capsys, transcript, "--knowledge", tmp_path / "nowhere.db")
    assert code == 2 and out == "" and "nowhere.db" in err
