"""Escape sequences in what the commands print. A transcript, a knowledge file or a session file may come from
someone else; their control characters reached the terminal as they were (``copilot wrapup`` printed a customer
line's ESC sequences, which can retitle the window, hide text or move the cursor, and a bare carriage return
overwrote what was shown). Transcripts are now cleaned as they are read, like every live source, and everything a
command prints passes a filter that drops control characters but tab and line ends."""

from __future__ import annotations

import json

from copilot.cli.main import Printable, main

ESCAPES = "\x1b]0;pwned\x07 \x1b[8mhidden\x1b[0m \x1b[2K"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _no_controls(text: str) -> bool:
    return not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in text)


def test_a_transcript_line_with_escape_sequences_reaches_the_wrapup_as_text(tmp_path, capsys):
    transcript = tmp_path / "call.txt"
    transcript.write_text(f"Customer: my router keeps dropping the connection {ESCAPES} since Monday\r\n"
                          "Agent: I will send a technician\n", encoding="utf-8")
    code, out, _ = run(capsys, "wrapup", transcript)
    assert code == 0 and "router keeps dropping" in out and "since Monday" in out
    assert _no_controls(out)


def test_a_json_transcript_is_cleaned_as_well(tmp_path, capsys):
    transcript = tmp_path / "call.jsonl"
    transcript.write_text(json.dumps({"speaker": "customer", "text": f"way too expensive {ESCAPES}"}) + "\n",
                          encoding="utf-8")
    code, out, _ = run(capsys, "suggest", transcript, "--format", "jsonl")
    assert code == 0
    cards = [json.loads(line) for line in out.splitlines()]
    assert any(card.get("kind") == "objection" for card in cards)
    assert "\\u001b" not in out and _no_controls(out)


def test_an_article_title_with_escape_sequences_is_printed_without_them(tmp_path, capsys):
    articles = tmp_path / "kb.jsonl"
    articles.write_text(json.dumps({"id": "router", "title": f"Router {ESCAPES} keeps dropping",
                                    "body": "Restart the router and wait two minutes.\rOVERWRITTEN"}) + "\n",
                        encoding="utf-8")
    assert run(capsys, "kb", "import", articles)[0] == 0
    code, out, _ = run(capsys, "kb", "search", "router keeps dropping")
    assert code == 0 and "Router" in out and "keeps dropping" in out and "OVERWRITTEN" in out
    assert _no_controls(out)


def test_the_filter_keeps_text_tabs_and_line_ends(capsys):
    import io

    target = io.StringIO()
    stream = Printable(target)
    stream.write("a\tb\r\nc \u200fשלום\u200e\n")
    stream.writelines(["x\x1by\x07z\n", "over\rwritten\n"])
    assert target.getvalue() == "a\tb\r\nc \u200fשלום\u200e\nxyz\noverwritten\n"


def test_imported_articles_hold_no_control_characters_for_the_panel_or_the_crm(tmp_path, capsys):
    """A card's passage may be inserted into the CRM: an article's escape codes and bare CRs are dropped on import,
    and an article that is nothing but control characters is named, not imported empty."""
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"id": "empty", "title": "\x1b\x07", "body": "\x00\x1b\x7f"}) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "kb", "import", empty)
    assert "empty.jsonl:1: no text" in out + err and "0 added" in out
    articles = tmp_path / "kb.jsonl"
    articles.write_text(json.dumps({"id": "router", "title": f"Router {ESCAPES} keeps dropping",
                                    "body": "Restart it.\r\nWait\x0ctwo minutes."}) + "\n", encoding="utf-8")
    assert run(capsys, "kb", "import", articles)[0] == 0
    code, out, _ = run(capsys, "kb", "search", "router keeps dropping", "--format", "jsonl")
    [hit] = [json.loads(line) for line in out.splitlines()]
    assert hit["title"] == "Router ]0;pwned [8mhidden[0m [2K keeps dropping"
    assert "Wait two minutes." in hit["passage"] and "\r" not in hit["passage"]
