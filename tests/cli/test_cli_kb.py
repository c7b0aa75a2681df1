"""``copilot kb search``: what the knowledge base answers, to a question or to a conversation as the panel does."""

from __future__ import annotations

import json

from copilot.cli.main import main
from copilot.config import paths
from copilot.knowledge import KnowledgeBase


def fill(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "refunds.md").write_text(
        "# Refunds\n\nA refund is paid to your bank account within five working days after the return.\n",
        encoding="utf-8")
    (folder / "router.md").write_text(
        "# Router light blinks orange\n\nRestart the router and wait two minutes.\n", encoding="utf-8")
    kb = KnowledgeBase(paths.knowledge_path())
    kb.import_path(folder)
    kb.close()


def kb_search(capsys, *args):
    code = main(["kb", "search", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_conversation_ranks_the_articles_for_the_latest_customer_line_with_what_came_before(tmp_path, capsys):
    fill(tmp_path)
    transcript = tmp_path / "call.txt"
    transcript.write_text("Customer: my router light blinks orange\nAgent: Did you return the old router?\n"
                          "Customer: yes, when is my refund paid?\nAgent: Let me check.\n", encoding="utf-8")

    code, out, err = kb_search(capsys, "--conversation", transcript, "--format", "jsonl")

    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["id"] == "refunds.md" and rows[0]["title"] == "Refunds"  # the latest customer line decides
    assert {"id", "title", "confidence"} <= set(rows[0]) and 0 < rows[0]["confidence"] < 1
    assert [row["confidence"] for row in rows] == sorted((row["confidence"] for row in rows), reverse=True)


def test_text_output_and_a_plain_question_still_work(tmp_path, capsys):
    fill(tmp_path)
    code, out, _ = kb_search(capsys, "the router light blinks orange")
    assert code == 0 and out.splitlines()[0].endswith("Router light blinks orange")
    code, out, _ = kb_search(capsys, "zzz qqq")
    assert code == 0 and out.strip() == "no article matches"


def test_a_conversation_without_a_customer_line_or_no_question_at_all_is_a_clear_error(tmp_path, capsys):
    fill(tmp_path)
    transcript = tmp_path / "agent.txt"
    transcript.write_text("Agent: Hello, how can I help?\n", encoding="utf-8")
    code, _, err = kb_search(capsys, "--conversation", transcript)
    assert code == 2 and "no customer line" in err
    code, _, err = kb_search(capsys)
    assert code == 2 and "--conversation" in err
