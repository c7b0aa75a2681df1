"""Trigger phrases: near-phrase, word endings, typos, Hebrew prefixes, and negation."""

from __future__ import annotations

import pytest

from copilot.playbook.matching import PhraseIndex, compile_phrase
from copilot.text.words import clauses


def found(phrases: list[tuple[str, str]], utterance: str) -> set[str]:
    index = PhraseIndex(compile_phrase(text, lang, owner=text) for text, lang in phrases)
    return {m.phrase.owner for m in index.search(clauses(utterance))}


@pytest.mark.parametrize(
    "utterance",
    ["That is too expensive", "it's TOO expensive!", "way too, too expensive", "too very expensive"],
)
def test_phrase_matches_in_many_spellings(utterance):
    assert found([("too expensive", "en")], utterance) == {"too expensive"}


def test_a_typo_counts_only_in_the_phrases_own_language():
    index = PhraseIndex([compile_phrase("storing", "nl", owner="outage"), compile_phrase("too expensive", "en",
                                                                                         owner="price")])

    def owners(utterance, lang):
        return {m.phrase.owner for m in index.search(clauses(utterance), lang)}

    assert owners("4 nights staring from Thursday", "en") == set()  # not a misspelt Dutch "storing"
    assert owners("er is een stoing in de wijk", "nl") == {"outage"}
    assert owners("it's too expnsive", "en") == {"price"}
    assert owners("storing in de wijk", "en") == {"outage"}  # written as the phrase: any language
    assert owners("4 nights staring from Thursday", None) == {"outage"}  # language unknown: as before


def test_near_phrase_allows_two_words_between():
    assert found([("cancel contract", "en")], "I want to cancel the whole contract") == {"cancel contract"}
    assert found([("cancel contract", "en")], "cancel it, I said, the contract") == set()


def test_word_ending_star_matches_longer_words():
    assert found([("opzeg*", "nl")], "Ik wil opzeggen") == {"opzeg*"}
    assert found([("cancel*", "en")], "the cancellation fee") == {"cancel*"}
    assert found([("cancel*", "en")], "can we talk") == set()


def test_one_typo_in_a_long_word_still_matches():
    assert found([("too expensive", "en")], "it's too expnsive") == {"too expensive"}
    assert found([("too expensive", "en")], "it's too exepnsive") == {"too expensive"}
    assert found([("too expensive", "en")], "it's too exclusive") == set()


def test_hebrew_word_matches_with_attached_prefixes():
    assert found([("חוזה", "he")], "אני רוצה לבטל והחוזה שלי") == {"חוזה"}
    assert found([("יקר מדי", "he")], "זה פשוט יקר מדי") == {"יקר מדי"}


@pytest.mark.parametrize(
    ("phrase", "lang", "utterance"),
    [
        ("too expensive", "en", "It is not too expensive"),
        ("too expensive", "en", "it isn't too expensive at all"),
        ("te duur", "nl", "Het is niet te duur hoor"),
        ("trop cher", "fr", "ce n'est pas trop cher"),
        ("יקר מדי", "he", "זה לא יקר מדי"),
        ("cancel*", "en", "I never cancel anything"),
    ],
)
def test_negation_before_the_phrase_stops_it(phrase, lang, utterance):
    assert found([(phrase, lang)], utterance) == set()


def test_negation_does_not_reach_across_punctuation():
    assert found([("too expensive", "en")], "No, it's too expensive.") == {"too expensive"}
    assert found([("te duur", "nl")], "Nee. Het is te duur") == {"te duur"}
    assert found([("בודקת", "he")], "זה לא נעים. אני בודקת") == {"בודקת"}


def test_a_phrase_does_not_span_two_sentences():
    assert found([("cancel contract", "en")], "I won't cancel. The contract is fine") == set()


def test_hebrew_words_that_merely_contain_a_negation_do_not_negate():
    # "מלא" (lots of) and "שאל" (asked) look like a prefix on "לא" / "אל" but are words of their own.
    assert found([("יקר מדי", "he")], "יש לי מלא חריגות זה יקר מדי") == {"יקר מדי"}
    assert found([("יקר מדי", "he")], "הוא אמר שלא יקר מדי") == set()


def test_an_answering_no_at_the_start_negates_nothing():
    assert found([("too expensive", "en")], "no its too expensive") == {"too expensive"}
    assert found([("te duur", "nl")], "nee het is te duur") == {"te duur"}
    assert found([("too expensive", "en")], "it is no longer too expensive") == set()


def test_a_why_not_question_wants_the_thing():
    assert found([("cancel*", "en")], "Why can't I just cancel my contract?") == {"cancel*"}
    assert found([("opzeg*", "nl")], "Waarom kan ik niet opzeggen?") == {"opzeg*"}


def test_contrast_word_ends_the_negation():
    assert found([("too expensive", "en")], "not bad, but too expensive") == {"too expensive"}


def test_phrase_that_is_itself_negative_matches_as_written():
    assert found([("not interested", "en")], "I'm really not interested") == {"not interested"}
    assert found([("pas intéressé", "fr")], "je ne suis pas intéressé") == {"pas intéressé"}


def test_index_finds_only_phrases_present():
    phrases = [(f"word{i} thing{i}", "en") for i in range(300)] + [("too expensive", "en")]
    assert found(phrases, "word7 thing7 and too expensive") == {"word7 thing7", "too expensive"}


def test_a_phrase_never_skips_a_negation_between_its_words():
    assert found([("i do need", "en")], "I do not need it") == set()
    assert found([("i do need", "en")], "I do really need it") == {"i do need"}
    assert found([("don't need it", "en")], "I don't really need it") == {"don't need it"}  # negative: as written
    assert found([("wil opzeggen", "nl")], "ik wil niet opzeggen") == set()
