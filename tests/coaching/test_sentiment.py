"""The customer's mood under the replay timeline: clear lines read clearly, in every language we speak."""

from __future__ import annotations

import pytest
from recorded import record_call

from copilot.coaching.sentiment import curve, score
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

NEGATIVE = [
    ("en", "This is ridiculous, I have waited for an hour and it is still broken!"),
    ("en", "I'm furious, your service is absolutely terrible"),
    ("nl", "Dit is belachelijk, ik heb een uur gewacht en het is nog steeds kapot"),
    ("nl", "Ik ben erg teleurgesteld, wat een slechte service"),
    ("fr", "C'est scandaleux, je suis furieuse et vraiment déçue"),
    ("fr", "Votre service est nul, j'ai attendu une heure"),
    ("he", "זה מגוחך, חיכיתי שעה והכל עדיין מקולקל"),
    ("he", "אני מאוד כועס, השירות שלכם גרוע"),
]
POSITIVE = [
    ("en", "Thank you so much, that was really helpful"),
    ("en", "Brilliant, it works perfectly now"),
    ("nl", "Bedankt, heel fijn dat het zo snel is opgelost"),
    ("nl", "Super, ik ben erg tevreden"),
    ("fr", "Merci beaucoup, c'est parfait"),
    ("fr", "Je suis très contente, vous avez été très aimable"),
    ("he", "תודה רבה, עזרת לי מאוד"),
    ("he", "מעולה, אני ממש מרוצה"),
]
NEUTRAL = [
    ("en", "Hello, I have a question about my bill"),
    ("nl", "Goedemiddag, ik heb een vraag over mijn factuur"),
    ("fr", "Bonjour, j'ai une question sur ma facture"),
    ("he", "שלום, יש לי שאלה על החשבון"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_an_angry_customer_reads_clearly_negative(lang, text):
    assert score(text, lang) < -0.5


@pytest.mark.parametrize(("lang", "text"), POSITIVE)
def test_a_pleased_customer_reads_clearly_positive(lang, text):
    assert score(text, lang) > 0.5


@pytest.mark.parametrize(("lang", "text"), NEUTRAL)
def test_a_plain_question_reads_as_neutral(lang, text):
    assert abs(score(text, lang)) < 0.1


@pytest.mark.parametrize(("lang", "pleased", "not_pleased"), [
    ("en", "I am happy with this", "I am not happy with this"),
    ("en", "that works", "that doesn't work"),
    ("nl", "ik ben blij", "ik ben niet blij"),
    ("nl", "het werkt", "het werkt niet"),
    ("fr", "je suis content", "je ne suis pas content"),
    ("fr", "content", "pas content"),
    ("he", "אני מרוצה", "אני לא מרוצה"),
    ("he", "זה עובד", "זה לא עובד"),
])
def test_a_negation_turns_the_mood_round(lang, pleased, not_pleased):
    assert score(pleased, lang) > 0 > score(not_pleased, lang)


@pytest.mark.parametrize(("lang", "plain", "strong"), [
    ("en", "I am happy", "I am very happy"),
    ("nl", "ik ben tevreden", "ik ben erg tevreden"),
    ("fr", "je suis déçu", "je suis très déçu"),
    ("he", "אני מרוצה", "אני מרוצה מאוד"),
])
def test_an_intensifier_strengthens_the_word(lang, plain, strong):
    assert abs(score(strong, lang)) > abs(score(plain, lang)) > 0


def test_exclamation_marks_add_a_little_and_no_more():
    calm, shouted = score("This is bad.", "en"), score("This is bad!!!", "en")
    assert shouted < calm < 0
    assert calm - shouted < 0.2
    assert score("This is bad!!!!!!!!!!", "en") == pytest.approx(score("This is bad!!!!", "en"))
    assert score("Hello!!!", "en") == 0.0  # nothing to emphasise


def test_hebrew_words_are_found_behind_their_prefixes():
    assert score("והשירות מעולה", "he") > 0.5  # "and-the-service excellent"
    assert score("ושלא עובד", "he") < 0  # "and-that-not works"


def test_what_comes_after_but_weighs_more():
    assert score("Thanks, but it is still broken", "en") < 0
    assert score("It was slow, but you were really helpful", "en") > 0


def test_an_unknown_language_uses_every_lexicon():
    for text in ("ridiculous", "belachelijk", "scandaleux", "מגוחך"):
        assert score(text, None) < -0.5 and score(text, "de") < -0.5
    assert score("Ik ben niet blij", "nl-BE") == pytest.approx(score("Ik ben niet blij", "nl"))


def test_scores_stay_in_range_for_a_long_rant():
    rant = " ".join(["terrible awful ridiculous!!!"] * 50)
    assert -1.0 <= score(rant, "en") < -0.95
    assert score("", "en") == 0.0


def test_the_curve_follows_a_call_that_turns_from_angry_to_happy(tmp_path):
    turns = [
        ("customer", "This is ridiculous, I have been waiting for an hour and my internet is still broken!"),
        ("agent", "I'm sorry to hear that, let me look into it right away"),
        ("customer", "I'm really angry, this is the third time I call"),
        ("agent", "I understand. I have reset the line from here, could you check now?"),
        ("customer", "Oh, it works now"),
        ("agent", "Great, anything else I can do?"),
        ("customer", "No, thank you so much, that was really helpful!"),
    ]
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    try:
        session = record_call(recorder, turns)
        recorder.flush()
    finally:
        recorder.close()
    store = Store(tmp_path / "copilot.db")
    record = load_record(store.db.conn, session.id)
    store.close()

    points = curve(record)
    customer_offsets = [t.offset for t in record.turns if t.speaker == "customer"]
    assert [x for x, _ in points] == customer_offsets  # customer turns only, at their place in the call
    values = [y for _, y in points]
    assert values[0] < -0.5 and values[1] < -0.5  # angry at the start
    assert values[-1] > 0.3  # pleased at the end
    assert values[2] > values[1] and values[3] > values[2]  # the turn shows as a rise
    assert all(-1 <= y <= 1 for y in values)
