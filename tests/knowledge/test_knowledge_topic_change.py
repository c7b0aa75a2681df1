"""A customer changes the subject: the previous topic's article gets no card on the new question.

The earlier lines count fully in the ranking (they carry the topic a follow-up leaves out), so after a new question
the previous topic's article can still come first while another article holds the latest line's words far better.
That article stays first in the ranking, for the agent to look up, but it gets no card
(``search._pulled``), nor does one that leads its runner-up narrowly while the runner-up holds the latest line
better. A follow-up on the same topic, whose words the article holds, keeps its card. A marina's
help centre, in English and Dutch.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from copilot.knowledge import Article, KnowledgeBase, KnowledgeEngine
from copilot.model import Conversation, Speaker, Utterance

search_module = importlib.import_module("copilot.knowledge.search")

ARTICLES = {
    "en": [
        ("winter-storage", "Winter storage for your boat", "From November to March we store boats on land in the "
         "boatyard. The crane lifts your boat out of the water in late October and back in April. Winter storage "
         "costs 18 euro per metre of boat length for the season, the crane lift included."),
        ("shore-power", "Shore power on the jetty", "Every berth on the jetty has a shore power socket. Power is "
         "metered: top up your power card at the harbour office, 0.40 euro per kWh."),
        ("guest-berth", "Booking a guest berth", "Visiting sailors can book a guest berth for one or more nights in "
         "the app. A night costs 2.50 euro per metre, water and showers included."),
        ("fuel", "Fuel dock opening hours", "The fuel dock sells diesel and petrol from 8 to 18, every day in summer "
         "and on weekdays in winter."),
        ("waiting-list", "Waiting list for a permanent berth", "A permanent berth is let for a year. Join the "
         "waiting list in the app; the wait is about two years for boats up to 10 metres."),
    ],
    "nl": [
        ("winter-storage", "Winterstalling voor je boot", "Van november tot maart stallen we boten op de wal op de "
         "werf. De kraan tilt je boot eind oktober uit het water en in april er weer in. Winterstalling kost 18 euro "
         "per meter bootlengte per seizoen, de kraan inbegrepen."),
        ("shore-power", "Walstroom op de steiger", "Elke ligplaats aan de steiger heeft een walstroomkast. Stroom "
         "wordt gemeten: waardeer je stroompas op bij het havenkantoor, 0,40 euro per kWh."),
        ("guest-berth", "Een passantenplaats boeken", "Passanten boeken een plaats voor een of meer nachten in de "
         "app. Een nacht kost 2,50 euro per meter, water en douches inbegrepen."),
        ("fuel", "Openingstijden van de tanksteiger", "De tanksteiger verkoopt diesel en benzine van 8 tot 18 uur, "
         "in de zomer elke dag en in de winter op werkdagen."),
        ("waiting-list", "Wachtlijst voor een vaste ligplaats", "Een vaste ligplaats huur je per jaar. Schrijf je "
         "in op de wachtlijst in de app; je wacht ongeveer twee jaar voor boten tot 10 meter."),
    ],
}
CLUB = [Article(f"club-{n}", f"Sailing club {n} news", f"Sailing club {n} meets on Saturdays in the clubhouse.",
                lang="en") for n in range(10)]  # the rest of a help centre

CONVERSATIONS = {
    "en": {
        "opening": "hi, what does winter storage on land cost for my boat, and when does the crane lift it out of the "
                   "water?",
        "answer": "Winter storage is 18 euro per metre for the season, and the crane lifts boats out in late "
                  "October.",
        "new topic": "and until then, can my boat get shore power on the jetty?",
        "same topic": "ok and when does the crane put it back in the water?",
    },
    "nl": {
        "opening": "hoi, wat kost winterstalling op de wal voor mijn boot, en wanneer tilt de kraan hem uit het "
                   "water?",
        "answer": "Winterstalling kost 18 euro per meter per seizoen, en de kraan haalt de boten eind oktober uit "
                  "het water.",
        "new topic": "en kan mijn boot tot die tijd walstroom krijgen aan de steiger?",
        "same topic": "ok en wanneer zet de kraan hem weer in het water?",
    },
}


@pytest.fixture
def kb(tmp_path: Path):
    base = KnowledgeBase(tmp_path / "kb.db")
    base.add_articles([Article(f"{key}-{lang}", title, body, (key,), lang)
                       for lang, rows in ARTICLES.items() for key, title, body in rows] + CLUB, "marina")
    yield base
    base.close()


def _said(lang: str, last_line: str) -> tuple[Conversation, Utterance]:
    conversation = Conversation(language=lang)
    lines = CONVERSATIONS[lang]
    conversation.add(Utterance(Speaker.CUSTOMER, lines["opening"]))
    conversation.add(Utterance(Speaker.AGENT, lines["answer"]))
    return conversation, conversation.add(Utterance(Speaker.CUSTOMER, lines[last_line]))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_new_question_gets_no_card_of_the_previous_topics_article(kb, lang):
    conversation, last = _said(lang, "new topic")
    engine = KnowledgeEngine(kb)
    hits = engine.rank(conversation, last)
    # the long talk about winter storage still ranks its article first (it holds "boat"), but the line's telling words
    # are another article's
    assert hits[0].article.id == f"winter-storage-{lang}"
    assert hits[0].confidence == 0.0 and hits[0].features["pulled"] == 1.0
    assert f"shore-power-{lang}" in [hit.article.id for hit in hits]
    assert f"kb:winter-storage-{lang}" not in [card.entry_id for card in engine.suggest(conversation, last)]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_without_the_rule_the_previous_topics_article_would_be_the_card(kb, lang, monkeypatch):
    monkeypatch.setattr(search_module, "PULLED_SHARE", 0.0)
    conversation, last = _said(lang, "new topic")
    cards = KnowledgeEngine(kb).suggest(conversation, last)
    assert [card.entry_id for card in cards] == [f"kb:winter-storage-{lang}"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_follow_up_on_the_same_topic_keeps_its_card(kb, lang):
    conversation, last = _said(lang, "same topic")
    engine = KnowledgeEngine(kb)
    hits = engine.rank(conversation, last)
    assert hits[0].article.id == f"winter-storage-{lang}" and "pulled" not in hits[0].features
    assert [card.entry_id for card in engine.suggest(conversation, last)] == [f"kb:winter-storage-{lang}"]


def test_the_new_topic_asked_on_its_own_gets_its_card(kb):
    conversation = Conversation(language="en")
    last = conversation.add(Utterance(Speaker.CUSTOMER, "is there shore power on the jetty?"))
    assert [card.entry_id for card in KnowledgeEngine(kb).suggest(conversation, last)] == ["kb:shore-power-en"]


@pytest.mark.parametrize(("now", "lead", "pulled"), [
    ({1: 2.0, 2: 10.0}, 0.6, True),  # another article holds the latest line five times better
    ({1: 8.0, 2: 10.0}, 0.6, False),  # a little better, and the top article leads clearly: the confidence judges
    ({1: 8.0, 2: 10.0}, 0.1, True),  # a little better, and the top article leads by a tenth: a toss-up lost
    ({1: 10.0, 2: 4.0}, 0.1, False),  # the top article holds the latest line best, however close the runner-up
    ({1: 10.0, 2: 10.0}, 0.0, False),  # as well as the other: not against it
    ({1: 0.0, 2: 0.0}, 0.0, False),  # no article holds anything of the line: a follow-up, judged elsewhere
    ({1: 3.0}, 1.0, False),  # a single candidate
])
def test_pulled_compares_the_top_articles_latest_line_score_with_the_others(now, lead, pulled):
    assert search_module._pulled(1, now, lead) is pulled
