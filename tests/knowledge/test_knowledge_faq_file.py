"""A team's FAQ kept as one Markdown file: each top-level heading is its own article, so a card names the
question the customer asked and not the file's first one. Real files, a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.knowledge import KnowledgeBase, KnowledgeEngine, build_query, search
from copilot.knowledge.readers import read_file
from copilot.model import Conversation, Speaker, Utterance

FAQ_MD = """Questions our bicycle workshop hears every week.

# How long does a repair take?

Most repairs are ready the same day. A wheel rebuilt by hand takes three working days.

## Parts we must order

When a part must be ordered we call you with the date it arrives.

# Do you lend a bicycle while mine is repaired?

Yes: a loan bicycle costs nothing for the first two days, then four euros a day.

```sh
# pump the tyres to 4 bar before you ride off
```

# What does a service cost?

A yearly service costs 69 euros, brake pads and chains not included.
"""

SINGLE_MD = """# Winter storage

We keep your bicycle dry from November to March for 45 euros.

## Collection

We collect it at your door within the city for ten euros.
"""


@pytest.fixture
def kb(tmp_path):
    base = KnowledgeBase(tmp_path / "kb.db")
    yield base
    base.close()


def test_each_top_level_heading_of_an_faq_file_is_an_article(tmp_path):
    path = tmp_path / "faq.md"
    path.write_text(FAQ_MD, encoding="utf-8")

    articles = {a.id: a for a in read_file(path, "faq.md")}

    assert list(articles) == ["faq.md", "faq.md#how-long-does-a-repair-take",
                              "faq.md#do-you-lend-a-bicycle-while-mine-is-repaired", "faq.md#what-does-a-service-cost"]
    assert articles["faq.md"].body == "Questions our bicycle workshop hears every week."  # nothing before is lost
    repair = articles["faq.md#how-long-does-a-repair-take"]
    assert repair.title == "How long does a repair take?"
    assert "Parts we must order" in repair.body and "we call you" in repair.body  # its sub-headings stay with it
    loan = articles["faq.md#do-you-lend-a-bicycle-while-mine-is-repaired"]
    assert "pump the tyres" in loan.body  # a "# comment" in a fenced snippet is no heading
    assert "69 euros" not in loan.body and "69 euros" in articles["faq.md#what-does-a-service-cost"].body


def test_a_file_with_one_top_level_heading_stays_one_article(tmp_path):
    path = tmp_path / "storage.md"
    path.write_text(SINGLE_MD, encoding="utf-8")

    [article] = read_file(path, "storage.md")

    assert article.id == "storage.md" and article.title == "Winter storage" and "ten euros" in article.body


def test_the_card_names_the_question_that_was_asked_not_the_files_first(kb, tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "faq.md").write_text(FAQ_MD, encoding="utf-8")
    (folder / "storage.md").write_text(SINGLE_MD, encoding="utf-8")
    kb.import_path(folder)
    conversation = Conversation()
    line = conversation.add(Utterance(Speaker.CUSTOMER, "Can I borrow a loan bicycle while you repair mine?"))

    hits = search(kb, build_query(conversation.utterances, conversation.customer_language))
    [card] = KnowledgeEngine(kb).suggest(conversation, line)

    assert hits[0].article.id == "faq.md#do-you-lend-a-bicycle-while-mine-is-repaired"
    assert card.title == "Do you lend a bicycle while mine is repaired?"
    assert "four euros a day" in card.text and "69 euros" not in card.text


def test_reimporting_an_edited_faq_follows_its_headings(kb, tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "faq.md").write_text("# Opening hours\nWe open at nine.\n", encoding="utf-8")
    kb.import_path(folder)
    assert sorted(kb.ids()) == ["faq.md"]

    (folder / "faq.md").write_text(FAQ_MD.replace("# What does a service cost?", "# Prices of a yearly service"),
                                   encoding="utf-8")
    kb.import_path(folder)

    assert sorted(kb.ids()) == ["faq.md", "faq.md#do-you-lend-a-bicycle-while-mine-is-repaired",
                                "faq.md#how-long-does-a-repair-take", "faq.md#prices-of-a-yearly-service"]
    assert kb.get("faq.md").title == "Questions our bicycle workshop hears every week."  # the old whole file is gone

    (folder / "faq.md").write_text("# Opening hours\nWe open at nine.\n", encoding="utf-8")
    kb.import_path(folder)
    assert sorted(kb.ids()) == ["faq.md"] and kb.get("faq.md").title == "Opening hours"


def test_the_same_question_twice_and_questions_in_hebrew_get_ids_of_their_own(tmp_path):
    path = tmp_path / "שאלות.md"
    path.write_text("# כמה עולה טיפול?\nטיפול שנתי עולה 250 ש\"ח.\n\n# כמה עולה טיפול?\nעם רפידות: 320 ש\"ח.\n"
                    "# !!!\nבלי כותרת של ממש.\n", encoding="utf-8")

    ids = [a.id for a in read_file(path, "שאלות.md")]

    assert ids == ["שאלות.md#כמה-עולה-טיפול", "שאלות.md#כמה-עולה-טיפול-2", "שאלות.md#section"]


def test_an_faq_of_twenty_thousand_questions_is_read_in_one_pass(tmp_path):
    path = tmp_path / "big.md"
    path.write_text("".join(f"# Question {n}\nAnswer {n}.\n```\n# not a heading {n}\n```\n" for n in range(20_000)),
                    encoding="utf-8")

    articles = read_file(path, "big.md")

    assert len(articles) == 20_000 and articles[-1].id == "big.md#question-19999"
    assert articles[-1].body.endswith("not a heading 19999")


def test_the_file_name_of_a_split_faq_is_still_its_source(kb, tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "faq.md").write_text(FAQ_MD, encoding="utf-8")
    kb.import_path(folder)

    sources = {kb.get(article_id).source for article_id in kb.ids()}

    assert sources == {str((folder / "faq.md").resolve())}
    assert Path(next(iter(sources))).name == "faq.md"
