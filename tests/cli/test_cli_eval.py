"""``copilot eval GOLDEN``: a team lead's golden set scored through the panel's turn loop, and compared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.cli.main import main

BOOK = '''
[playbook]
name = "Eval book"
[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand."
triggers.en = ["too expensive"]
triggers.nl = ["te duur"]
[[entry]]
id = "escalation.human"
kind = "escalation"
title.en = "Person"
text.en = "Offer a supervisor."
triggers.en = ["manager"]
[[entry]]
id = "compliance.recording"
kind = "compliance"
title.en = "Recording"
text.en = "This call is recorded."
on_start = true
once = true
channels = ["phone"]
'''
# The same book, except that the price objection also hears "pricey" and the manager card is gone.
OTHER = BOOK.replace('triggers.en = ["too expensive"]', 'triggers.en = ["too expensive", "pricey"]').replace(
    'triggers.en = ["manager"]', 'triggers.en = ["supervisor please"]')

GOLDEN = [
    {"id": "price", "channel": "chat", "turns": [
        {"speaker": "customer", "text": "Hello, this is too expensive", "expect": ["objection.price"]},
        {"speaker": "agent", "text": "I see."},
        {"speaker": "customer", "text": "Way too pricey, really", "expect": ["objection.price"]},
        {"speaker": "customer", "text": "Can I speak to your manager?"}]},
    {"id": "call", "channel": "phone", "opening": ["compliance.recording"], "turns": [
        {"speaker": "klant", "text": "Het is te duur", "expect": "objection.price"},
        {"speaker": "customer", "text": "I want a manager now", "expect": ["escalation.human"]}]},
]


def write(tmp_path, rows, name="golden.jsonl"):
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def run(capsys, *args):
    code = main(["eval", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_precision_and_recall_per_entry_through_the_turn_loop(tmp_path, playbook_file, capsys):
    book = playbook_file(BOOK)
    code, out, err = run(capsys, write(tmp_path, GOLDEN), "--playbook", book, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["transcripts"] == 2 and report["turns"] == 6
    [scores] = report["runs"]
    per_key = scores["per_key"]
    # "Way too pricey" is not a trigger: one of the two expected price cards in the chat, and the Dutch one.
    assert per_key["objection.price"] == {"expected": 3, "shown": 2, "right": 2, "precision": 1.0,
                                          "recall": 0.6667}
    # The manager card came twice; one of them nobody expected.
    assert per_key["escalation.human"]["shown"] == 2 and per_key["escalation.human"]["precision"] == 0.5
    assert per_key["compliance.recording"]["right"] == 1  # the call's opening; the chat has none
    assert scores["totals"]["all"] == {"expected": 5, "shown": 5, "right": 4, "precision": 0.8, "recall": 0.8}
    assert scores["unexpected"] == [{"transcript": "price", "turn": 3, "speaker": "customer",
                                     "text": "Can I speak to your manager?", "id": "escalation.human",
                                     "expected_nothing": True}]
    assert [(m["transcript"], m["turn"], m["id"]) for m in scores["missed"]] == [("price", 2, "objection.price")]


def test_a_card_kept_up_by_the_line_counts_for_that_turn(tmp_path, playbook_file, capsys):
    golden = write(tmp_path, [{"turns": [
        {"speaker": "customer", "text": "too expensive", "expect": ["objection.price"]},
        {"speaker": "customer", "text": "still too expensive", "expect": ["objection.price"]}]}])
    code, out, _ = run(capsys, golden, "--playbook", playbook_file(BOOK), "--format", "json")
    assert code == 0
    assert json.loads(out)["runs"][0]["per_key"]["objection.price"]["right"] == 2


def test_text_report_names_the_cards_nobody_expected(tmp_path, playbook_file, capsys):
    code, out, _ = run(capsys, write(tmp_path, GOLDEN), "--playbook", playbook_file(BOOK))
    assert code == 0
    assert "2 transcripts, 6 turns, 5 expected cards" in out
    assert "Cards shown where none was expected: 1 (1 on turns that expected no card)" in out
    assert "price #3 customer: Can I speak to your manager?  escalation.human" in out
    assert "objection.price" in out and "67%" in out


def test_against_another_playbook_shows_the_difference(tmp_path, playbook_file, capsys):
    book, other = playbook_file(BOOK), playbook_file(OTHER, "other.toml")
    code, out, err = run(capsys, write(tmp_path, GOLDEN), "--playbook", book, "--against-playbook", other,
                         "--format", "json")
    assert code == 0, err
    diff = json.loads(out)["difference"]
    assert diff["per_key"]["objection.price"]["recall"] == pytest.approx(0.3333)
    assert diff["totals"]["all"]["precision"] == pytest.approx(0.2)  # 4 of 5 -> 4 of 4
    cards = {(c["transcript"], c["turn"], c["id"], c["change"], c["expected"]) for c in diff["cards"]}
    assert cards == {("price", 2, "objection.price", "gained", True), ("price", 3, "escalation.human", "lost", False),
                     ("call", 1, "escalation.human", "lost", True)}
    code, text, _ = run(capsys, write(tmp_path, GOLDEN), "--playbook", book, "--against-playbook", other)
    assert "1 right ones gained, 1 right ones lost, 0 unexpected ones gained, 1 unexpected ones gone" in text


def test_knowledge_articles_are_scored_by_id(tmp_path, playbook_file, capsys):
    from copilot.knowledge.store import KnowledgeBase

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "refunds.md").write_text("# Refunds\n\nA refund is paid to your bank account within five working "
                                       "days after the return.\n", encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.import_path(folder)
    [article] = kb.ids()
    kb.close()
    golden = write(tmp_path, [{"turns": [
        {"speaker": "customer", "text": "When is the refund paid to my bank account?", "expect": [f"kb:{article}"]},
        {"speaker": "customer", "text": "It is too expensive anyway", "expect": ["kb:no-such-article"]}]}])
    code, out, err = run(capsys, golden, "--playbook", playbook_file(BOOK), "--knowledge", tmp_path / "kb.db",
                         "--format", "json")
    assert code == 0
    totals = json.loads(out)["runs"][0]["totals"]
    assert totals["knowledge articles"] == {"expected": 2, "shown": 1, "right": 1, "precision": 1.0, "recall": 0.5}
    assert "no article 'no-such-article'" in err


def test_unknown_entry_ids_are_named_before_the_scores(tmp_path, playbook_file, capsys):
    golden = write(tmp_path, [{"id": "t", "turns": [{"speaker": "customer", "text": "too expensive",
                                                     "expect": ["objection.prise"]}]}])
    code, _, err = run(capsys, golden, "--playbook", playbook_file(BOOK))
    assert code == 0
    assert "transcript 't' (line 1): 'objection.prise' is not an entry of the playbook" in err


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("{not json", "not valid JSON"),
        ('{"turns": []}', "field 'turns'"),
        ('{"turns": [{"speaker": "caller?", "text": "hi"}]}', "field 'turns[0].speaker'"),
        ('{"turns": [{"speaker": "customer", "text": ""}]}', "field 'turns[0].text'"),
        ('{"turns": [{"speaker": "customer", "text": "hi", "expect": [3]}]}', "field 'turns[0].expect'"),
        ('{"turns": [{"speaker": "customer", "text": "hi", "expect": ["not an id!"]}]}', "field 'turns[0].expect'"),
        ('{"channel": "fax", "turns": [{"speaker": "customer", "text": "hi"}]}', "field 'channel'"),
        ('{"turn": [{"speaker": "customer", "text": "hi"}]}', "field 'turn': unknown field"),
        ('{"turns": [{"speaker": "customer", "text": "hi", "expected": []}]}', "field 'turns[0].expected'"),
    ],
)
def test_a_bad_line_is_named_with_file_line_and_field_and_exits_2(tmp_path, playbook_file, capsys, line, field):
    golden = write(tmp_path, [GOLDEN[0], line])
    code, out, err = run(capsys, golden, "--playbook", playbook_file(BOOK))
    assert code == 2 and out == ""
    assert f"{golden}:2: " in err and field in err


def test_every_bad_line_is_named_at_once(tmp_path, playbook_file, capsys):
    golden = write(tmp_path, ['{"id": "a", "turns": [{"speaker": "x", "text": "hi"}]}', GOLDEN[0],
                              '{"id": "price", "turns": [{"speaker": "customer", "text": "hi"}]}'])
    code, _, err = run(capsys, golden, "--playbook", playbook_file(BOOK))
    assert code == 2
    assert f"{golden}:1: field 'turns[0].speaker'" in err
    assert f"{golden}:3: field 'id': 'price' is used twice (first on line 2)" in err


def test_missing_files_exit_2(tmp_path, playbook_file, capsys):
    code, _, err = run(capsys, tmp_path / "nowhere.jsonl")
    assert code == 2 and "nowhere.jsonl" in err
    golden = write(tmp_path, [GOLDEN[0]])
    code, _, err = run(capsys, golden, "--knowledge", tmp_path / "no.db")
    assert code == 2 and "no.db" in err
    code, _, err = run(capsys, golden, "--against-playbook", tmp_path / "no.toml")
    assert code == 2 and "no.toml" in err


def test_the_default_playbook_on_the_issues_examples(capsys):
    """The golden set beside this file: the refund, hold, card-data and cancel examples in four languages."""
    from copilot.config import paths

    golden = Path(__file__).with_name("golden_default.jsonl")
    code, out, err = run(capsys, golden, "--playbook", paths.default_playbook_path(), "--format", "json")
    assert code == 0, err
    [scores] = json.loads(out)["runs"]
    assert scores["unexpected"] == [] and scores["missed"] == []
    assert scores["totals"]["all"]["right"] == 11
