"""Normalisation and language detection: what makes a trigger written once match many spellings."""

from __future__ import annotations

import pytest

from copilot.text.language import detect
from copilot.text.words import hebrew_stems, is_rtl, levenshtein, normalize, tokenize


def test_case_accents_and_punctuation_do_not_matter():
    assert tokenize("Café, RÉSILIER!!") == ("cafe", "resilier")


def test_hebrew_final_letters_and_points_are_folded():
    # "שָׁלוֹם" with points and a final mem becomes the same word as a plain non-final spelling.
    assert tokenize("שָׁלוֹם") == tokenize("שלומ")


def test_english_contractions_become_a_negation_word():
    assert tokenize("I can't, it isn't, I won't") == ("i", "can", "not", "it", "is", "not", "i", "will", "not")


def test_french_elision_splits_the_article():
    assert tokenize("l'abonnement n'est pas cher") == ("l", "abonnement", "n", "est", "pas", "cher")


def test_hebrew_prefixes_are_peeled_off_up_to_two():
    assert hebrew_stems(normalize("והחוזה")) == ("החוזה", "חוזה")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I want to cancel my contract, it is too expensive", "en"),
        ("Ik wil mijn abonnement opzeggen, het is te duur", "nl"),
        ("Je voudrais résilier mon abonnement, c'est trop cher", "fr"),
        ("אני רוצה לבטל את המנוי, זה יקר מדי", "he"),
        ("Goedemiddag", "nl"),
        ("Bonjour", "fr"),
    ],
)
def test_detects_the_four_languages(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["OK", "123", "", "Netflix"])
def test_too_little_text_gives_no_language(text):
    assert detect(text) is None


@pytest.mark.parametrize(("text", "lang"), [("כמה עולה Pilvera Plus?", "he"), ("Combien coûte Kartona Box ?", "fr")])
def test_a_product_name_in_capitals_is_in_no_language(text, lang):
    # the Latin letters of "Pilvera Plus" outnumber the Hebrew ones, and "Plus" is a French word
    assert detect(text) == lang
    assert detect("Wat kost Pilvera Plus?") != "fr"


def test_direction_follows_the_first_strong_character():
    assert is_rtl("שלום, hello")
    assert not is_rtl("hello, שלום")
    assert not is_rtl("123")


def test_edit_distance_counts_characters_changed():
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("same", "same") == 0
