"""A name is hidden whole, never in part: the given name before a surname found, the surname after a Hebrew given
name, the other half of a double surname, the whole name before an address. Each case left a piece of the name in
clear before its fix; the controls around them are words that only stand beside a name."""

from __future__ import annotations

import pytest

from copilot.privacy.redaction import RedactionSession, Redactor, Turn

REDACTOR = Redactor()


def said(turns: list[tuple[str, str]], context: dict | None = None) -> list[str]:
    session = RedactionSession(redactor=REDACTOR)
    if context:
        session.add_context(context)
    return [r.text for r in session.redact_conversation([Turn(s, t) for s, t in turns])]


@pytest.mark.parametrize("text", [
    "The parcel is really for Isolde Okafor, my husband's sister.",
    "Kunt u het naar Wiebrig Okafor sturen?",
    "Le colis est pour Clothilde Okafor, ma belle-soeur.",
])
def test_the_given_name_before_a_known_surname_goes_with_it(text):
    out = said([("agent", "Who is it for?"), ("customer", text)], {"customer": {"first_name": "Emeka",
                                                                             "last_name": "Okafor"}})[-1]
    assert "Okafor" not in out and not any(w in out for w in ("Isolde", "Wiebrig", "Clothilde")), out


@pytest.mark.parametrize(("turns", "pieces"), [
    ([("agent", "Who is collecting?"), ("customer", "her grandad, Frank Miller, or me")], ["Frank", "Miller"]),
    ([("agent", "Who will pick the keys up?"),
      ("customer", "my grandad Grant Oyelaran, he has a spare set")], ["Grant", "Oyelaran"]),
    ([("agent", "Where shall we send the report?"),
      ("customer", "To my father please, I'm abroad: Tadhg Mulcahy, 9 Rosemount Grove, Cork.")], ["Tadhg", "Mulcahy"]),
])
def test_a_relative_or_addressee_is_named_whole(turns, pieces):
    out = said(turns)[-1]
    assert not [piece for piece in pieces if piece in out], out


@pytest.mark.parametrize(("text", "surname"), [
    ("אני לא בבית מחר, השכנה רותם ביטון תפתח לטכנאי", "ביטון"),
    ("אני מתקשר בשביל החבר שלי עידו אזולאי, הוא לא שומע טוב", "אזולאי"),
    ("ההזמנה על שם אחותי נועה רבינוביץ", "רבינוביץ"),
])
def test_a_family_name_after_a_hebrew_given_name_goes_with_it(text, surname):
    out = said([("agent", "מי יהיה שם?"), ("customer", text)])[-1]
    assert surname not in out and "[NAME_" in out, out


def test_the_other_half_of_a_double_surname_goes_with_the_crm_surname():
    out = said([("customer", "De rekening staat op naam van mijn moeder, Gerritje Hofstede-Nijenhuis.")],
               {"customer": {"first_name": "Anouk", "last_name": "Hofstede"}})[-1]
    assert "Nijenhuis" not in out and "Hofstede" not in out, out


@pytest.mark.parametrize("text", [
    "I booked the Hyatt Hotel for my mum, Gwen.",  # a hotel is no given name of a surname
    "what is your Rank, Chewie?",  # a word after "your" is a thing
    "Tante Gwen komt de sleutel brengen.",  # a family word before a name stays
    "השכנה רותם בשבת תפתח",  # a Hebrew word after a name that is no family name stays
])
def test_words_beside_a_name_stay(text):
    out = said([("customer", text)])[-1]
    kept = {"I booked the Hyatt Hotel for my mum, Gwen.": ["Hyatt", "Hotel"], "what is your Rank, Chewie?": ["Rank"],
            "Tante Gwen komt de sleutel brengen.": ["Tante"], "השכנה רותם בשבת תפתח": ["בשבת"]}[text]
    assert all(word in out for word in kept), out


@pytest.mark.parametrize(("text", "word"), [
    ("is that for families too? my dad wants one as well", "wants"),
    ("my brother found it cheaper elsewhere tbh", "found"),
    ("ok en mijn zus blijft in het huis wonen", "blijft"),
    ("mijn man is vorige week verhuisd", "vorige"),
    ("bonjour ma fille vient de déménager", "vient"),
    ("mon fils est complètement perdu avec l'appli", "complètement"),
    ("סבא שלי נפטר בחודש שעבר", "נפטר"),
])
def test_a_verb_or_an_adjective_after_a_family_word_in_a_chat_is_no_name(text, word):
    out = said([("customer", text)])[-1]
    assert word in out and "[NAME_" not in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("my dad irving wants one as well", "irving"),  # a name in the list wins over its ending
    ("ok en mijn zus femke blijft in het huis", "femke"),
    ("bonjour ma fille renée vient de déménager", "renée"),
])
def test_a_lower_case_name_after_a_family_word_is_still_hidden(text, name):
    out = said([("customer", text)])[-1]
    assert name not in out, out


@pytest.mark.parametrize(("text", "word"), [
    ("het kenteken is eh K als in Karel twee vier", "Karel"),  # a spelling word spells a letter
    ("R as in Romeo, then seven", "Romeo"),
    ("c'est D comme Denise, puis huit", "Denise"),
    ("my mum thinks it's too urgent to wait", "urgent"),
    ("mijn vader vindt het best jammer", "jammer"),
    ("אבא שלי אזרח ותיק, יש הנחה?", "אזרח"),
    ("זה לגמרי אשמתו של הנהג", "לגמרי"),
])
def test_words_that_only_stand_where_a_name_could_stay(text, word):
    out = said([("customer", text)])[-1]
    assert word in out, out
