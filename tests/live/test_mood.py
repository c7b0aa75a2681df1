"""The live mood, without Qt: when it shows, its trend, the sharp drop and its one escalation hint."""

from __future__ import annotations

import pytest

from copilot.live.desk import Desk
from copilot.live.mood import HINT_ENTRY, MoodTrend, Tone, Trend
from copilot.live.protocol import UtteranceMessage
from copilot.live.session import Session
from copilot.model import Kind
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import Store

CALM = ["Hello, I'd like to move my contract to a new address", "It's Station Road 4", "From the first of May",
        "Yes, the same name", "And the same bank account", "Okay, I see"]
ANGRY = ["Hi, I'm calling about my internet", "It has been down since Monday and I'm really annoyed",
         "This is ridiculous, I am furious, nobody helps me"]


def heard(lines, lang="en"):
    mood = MoodTrend()
    drops = [mood.add(line, lang) for line in lines]
    return mood, [drop for drop in drops if drop is not None]


def test_one_ridiculous_in_a_long_calm_call_does_not_show_upset():
    mood, drops = heard([*CALM[:3], "Ha, that's ridiculous", *CALM[3:]])
    assert mood.mood.tone is None and mood.mood.words == ""
    assert not drops
    mood, _ = heard([*CALM, "Ha, that's ridiculous"])  # not even right after it
    assert mood.mood.tone is None


def test_an_angry_turn_shows_upset_and_worsening_and_one_drop_names_the_words():
    mood, drops = heard(ANGRY)
    assert (mood.mood.tone, mood.mood.trend, mood.mood.words) == (Tone.UPSET, Trend.WORSENING, "upset, worsening")
    [drop] = drops
    assert drop.words[:2] == ("ridiculous", "furious") and "annoyed" in drop.words


def test_the_drop_is_raised_once_and_again_only_after_the_mood_settled():
    mood, drops = heard([*ANGRY, "This is awful, I'm so angry", "Useless, absolutely terrible"])
    assert len(drops) == 1
    for line in ["Okay, thank you, that helps", "Great, thanks a lot", "Fine"]:
        assert mood.add(line, "en") is None
    mood.add("The router is in the hall", "en")
    again = ["This is ridiculous, I'm furious", "Terrible, just terrible", "Useless and awful"]
    assert len([drop for line in again if (drop := mood.add(line, "en")) is not None]) == 1


def test_an_angry_opening_is_upset_but_no_drop():
    mood, drops = heard(["This is ridiculous, I am furious, absolutely terrible service!"])
    assert mood.mood.tone is Tone.UPSET and not drops


def test_mixed_feelings_show_nothing():
    mood, _ = heard(["This is ridiculous, I'm furious", "Oh, great, thank you so much, that is perfect"])
    assert mood.mood.tone is None


def test_a_pleased_customer_shows_pleased():
    mood, _ = heard(["Thanks, that was great", "Perfect, I'm very happy with it"])
    assert mood.mood.words == "pleased"


@pytest.mark.parametrize(("lang", "lines"), [
    ("nl", ["Hallo, ik bel over mijn internet", "Het werkt niet en ik ben echt boos", "Belachelijk, waardeloos!"]),
    ("fr", ["Bonjour, j'appelle pour ma box", "Ça ne marche pas, je suis très déçu", "C'est scandaleux, ridicule !"]),
    ("he", ["שלום, אני מתקשר בקשר לחשבון", "אני ממש לא מרוצה, זה מגוחך", "נורא, שירות גרוע, אני כועס"]),
])
def test_upset_in_each_language_with_its_negation(lang, lines):
    mood, drops = heard(lines, lang)
    assert mood.mood.tone is Tone.UPSET and len(drops) == 1
    if lang == "nl":
        assert "werkt niet" in drops[0].words  # Dutch puts the negation after the verb
    if lang == "he":
        assert "מגוחך" in drops[0].words  # quoted as written, final letter and all


def test_dutch_it_works_is_not_upset_but_it_does_not_work_is():
    assert heard(["Het werkt", "Het werkt weer, prima"], "nl")[0].mood.tone is not Tone.UPSET
    assert heard(["Het werkt niet", "Het werkt nog steeds niet, echt slecht"], "nl")[0].mood.tone is Tone.UPSET


# -- with the desk: the mood travels with board updates, and the hint is a recorded card ---------------------

def run_jobs(desk, update):
    done, jobs = [], list(update.jobs)
    while jobs:
        result = desk.work(jobs.pop(0))
        done.append(result)
        jobs += result.jobs
        for conversation in result.gather:
            jobs += desk.next_job(conversation).jobs
    return done


@pytest.fixture
def recorder(tmp_path):
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    yield recorder
    recorder.close()


@pytest.fixture
def desk(playbook_file, recorder):
    engine = PlaybookEngine(load_playbook(playbook_file()))
    return Desk(lambda key, context, channel: Session(engine, recorder, context=context, channel=channel,
                                                      external_id=key))


def say(desk, key, text):
    return run_jobs(desk, desk.receive(UtteranceMessage(key, "customer", text)))


def test_the_mood_travels_with_board_updates_and_each_call_keeps_its_own(desk):
    for line in ANGRY:
        [update] = say(desk, "call-1", line)
    call = desk.find("call-1")
    assert update.moods[call.id].words == "upset, worsening"
    [update] = say(desk, "call-2", "Thanks, that was great")
    [update] = say(desk, "call-2", "Perfect, I'm very happy with it")
    other = desk.find("call-2")
    assert update.moods == {other.id: other.mood.mood} and update.moods[other.id].tone is Tone.PLEASED
    shown = desk.show(other.id)
    assert shown.moods[other.id].tone is Tone.PLEASED
    assert desk.show(call.id).moods[call.id].tone is Tone.UPSET  # a tab switch hands over that call's own


def test_closing_a_conversation_drops_its_mood(desk):
    for line in ANGRY:
        say(desk, "call-1", line)
    say(desk, "call-2", "Hello")
    call = desk.find("call-1")
    update = desk.close(call.id)
    assert call.id not in update.moods and call.id not in desk.conversations and desk.find("call-1") is None
    assert set(update.moods) <= {c.id for c in desk.conversations.values()}


def test_a_sharp_drop_raises_one_escalation_hint_recorded_like_any_card(desk, recorder, tmp_path):
    for line in [*ANGRY, "Useless, absolutely terrible", "I'm so angry about this mess"]:
        say(desk, "call-1", line)
    cards = desk.find("call-1").session.cards
    [hint] = [card for card in cards if card.entry_id == HINT_ENTRY]
    assert hint.kind is Kind.ESCALATION and cards[0] is hint  # an escalation: on top
    assert hint.rationale.startswith("The customer's mood turned from calm to upset within")
    assert "“ridiculous”" in hint.rationale and hint.lang == "en"
    assert recorder.flush()
    store = Store(tmp_path / "copilot.db")
    try:
        rows = [row for row in store.rows("suggestions") if row["entry_id"] == HINT_ENTRY]
    finally:
        store.close()
    assert len(rows) == 1 and rows[0]["kind"] == "escalation" and rows[0]["rationale"] == hint.rationale


def test_no_hint_when_the_playbook_already_raised_an_escalation(desk):
    say(desk, "call-1", "Hi, I'm calling about my internet")
    say(desk, "call-1", "It is down since Monday and I'm really annoyed, I want your manager")
    say(desk, "call-1", "This is ridiculous, I am furious, nobody helps me")
    entries = [card.entry_id for card in desk.find("call-1").session.cards]
    assert "escalation.human" in entries and HINT_ENTRY not in entries
