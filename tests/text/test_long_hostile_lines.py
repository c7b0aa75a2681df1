"""A customer line as long as the protocol allows, made of one repeated piece, costs a few milliseconds on its way to
the cards, not seconds: language detection, the mood, sentiment and the playbook's matching each read it once.

Found by feeding a live session 20,000 characters of one piece: "1.1.1..." (or one 20,000-letter word, or "a-b-a-b")
cost about 1 s of CPU in language detection, where the e-mail pattern's unbounded part before "@" was tried again from
every character to the run's end; "nul zes nul zes ..." cost 3.4 s in the mood, which tokenized the whole line again
for every scored word it quoted; a 20,000-letter word cost 1.1 s in the playbook's typo index (a set of its 20,000
one-letter deletions, each 20,000 letters long) and 0.1 s in sentiment (every start of the word looked up as a
prefix). Time is CPU time of this process, so a loaded machine does not fail these; the bounds are several times what
the fixed code needs and several times less than what the code before needed.
"""

from __future__ import annotations

import time

import pytest

from copilot.live.mood import MoodTrend
from copilot.live.protocol import MAX_TEXT
from copilot.model import Conversation, Speaker, Utterance
from copilot.playbook.matching import PhraseIndex, compile_phrase
from copilot.text import language, sentiment
from copilot.text.words import clauses


def _cpu(call) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def _long(piece: str) -> str:
    return (piece * MAX_TEXT)[:MAX_TEXT]


@pytest.mark.parametrize("piece", ["1.", "1-", "abcdefghij", "a-b-"])
def test_a_long_run_without_an_at_sign_is_read_once_for_its_language(piece):
    text = _long(piece)
    assert _cpu(lambda: language.detect_with_confidence(text)) < 0.15  # was about 1 s; now about 0.01 s
    conversation = Conversation()
    assert _cpu(lambda: conversation.add(Utterance(Speaker.CUSTOMER, text))) < 0.15


def test_an_address_or_a_link_is_still_in_no_language():
    assert language.detect_with_confidence("תשלחו אישור ל-noa.levi@example.co.il בבקשה")[0] == "he"
    assert language.without_names(language._ADDRESS.sub(" ", "mail jan.de.vries+post@example.nl nu")) == "mail   nu"
    assert language.detect("Kunt u de factuur sturen naar peter.jansen@example.com, alstublieft?") == "nl"


@pytest.mark.parametrize("lang", [None, "fr"])  # "nul" is a scored word in French; no language: every lexicon
def test_a_line_of_one_scored_word_said_thousands_of_times_is_quoted_once(lang):
    text = _long("nul zes ")
    mood = MoodTrend()
    mood.add("Bonjour, j'ai une question", lang)
    assert _cpu(lambda: mood.add(text, lang)) < 0.4  # was about 3 s; now about 0.02 s


def test_the_mood_still_quotes_the_words_as_the_customer_spelt_them():
    mood = MoodTrend()
    for line in ["Hello, I'd like to move my contract", "It's Station Road 4", "From the first of May",
                 "Yes, the same name"]:
        mood.add(line, "en")
    mood.add("I'm calling about my internet, it has been down since Monday and I'm really annoyed", "en")
    drop = mood.add("This is RIDICULOUS, I am furious, nobody helps me", "en")
    assert drop is not None and drop.words[:2] == ("RIDICULOUS", "furious")


def test_a_twenty_thousand_letter_word_is_cheap_for_sentiment():
    text = _long("abcdefghij")
    assert _cpu(lambda: [sentiment.score(text, lang) for lang in ("en", "nl", None)]) < 0.05  # was about 0.15 s


def test_a_twenty_thousand_letter_word_is_cheap_for_the_playbook():
    text = _long("abcdefghij")
    index = PhraseIndex(p for p in [compile_phrase("cancel* contract", "en", "a"), compile_phrase("refund", "en", "b"),
                                    compile_phrase("internet storing", "nl", "c")] if p is not None)
    tokens = clauses(text)
    assert _cpu(lambda: index.search(tokens)) < 0.1  # was about 1 s; now well under 0.01 s


def test_a_typo_and_a_prefix_still_match_and_a_word_start_still_scores():
    index = PhraseIndex(p for p in [compile_phrase("subscription", "en", "b"),
                                    compile_phrase("cancel* contract", "en", "a")] if p is not None)
    found = {m.phrase.owner: m for m in index.search(clauses("My subscirption, I am cancelling my contract"), "en")}
    assert set(found) == {"a", "b"} and found["b"].typo
    assert sentiment.score("This is absolutely ridiculous and infuriating", "en") < 0
