"""Cards that would be noise stay away: entries for other channels, what the agent has just done, and
trigger words that belong to another request."""

from __future__ import annotations

import pytest

from copilot.live.session import Session
from copilot.live.turns import Line, play
from copilot.model import Conversation, Speaker, Utterance
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook

BOOK = {
    "playbook": {"name": "noise", "default_language": "en"},
    "entry": [
        {
            "id": "compliance.card_voice", "kind": "compliance", "title": {"en": "Card data"},
            "text": {"en": "Please don't read your card number out to me."}, "speaker": "any",
            "triggers": {"en": ["card number"]}, "channels": ["phone"],
        },
        {
            "id": "compliance.card_text", "kind": "compliance", "title": {"en": "Card data"},
            "text": {"en": "Please don't type your card number here."}, "speaker": "any",
            "triggers": {"en": ["card number"]}, "channels": ["chat", "whatsapp", "email"],
        },
        {
            "id": "compliance.recording", "kind": "compliance", "title": {"en": "Recording"},
            "text": {"en": "This call is recorded."}, "on_start": True, "once": True, "channels": ["phone"],
        },
        {
            "id": "reply.hold", "kind": "reply", "title": {"en": "Hold"}, "speaker": "agent",
            "text": {"en": "May I put you on hold for a minute?"}, "channels": ["phone"],
            "triggers": {"en": ["let me check"], "nl": ["even kijken"], "fr": ["je vérifie"], "he": ["אני בודק"]},
            "unless_agent_just_said": {"en": ["one moment"], "nl": ["een ogenblikje"], "fr": ["un instant"],
                                       "he": ["רגע אחד"]},
        },
        {
            "id": "reply.closing", "kind": "reply", "title": {"en": "Close"},
            "text": {"en": "You're welcome, have a good day."}, "triggers": {"en": ["goodbye", "thanks for your help"]},
            "unless_agent_just_said": {"en": ["goodbye"]},
        },
        {
            "id": "reply.return", "kind": "reply", "title": {"en": "Return or refund"},
            "text": {"en": "You can return it within 14 days for a full refund."},
            "triggers": {"en": ["refund", "return it", "send it back"]},
        },
        {
            "id": "objection.not_interested", "kind": "objection", "title": {"en": "Not interested"},
            "text": {"en": "That's fine: is it the offer or the moment?"},
            "triggers": {"en": ["don't want it", "not interested"]}, "yields_to": ["reply.return"],
            "unless": {"en": ["don't want it to"]},
        },
        {
            "id": "reply.greeting", "kind": "reply", "title": {"en": "Greeting"}, "once": True, "alone": True,
            "text": {"en": "Hello, how can I help you today?"}, "triggers": {"en": ["hello", "good morning"]},
        },
        {
            "id": "objection.cancel", "kind": "objection", "title": {"en": "Cancel"},
            "text": {"en": "May I ask what made you decide to leave?"}, "triggers": {"en": ["cancel*"]},
            "unless": {"en": ["appointment", "my order"], "nl": ["afspraak"]},
        },
    ],
}


def cards(lines, channel=None, book=BOOK):
    """(utterance index, entry id) of every card shown, through the panel's turn loop."""
    session = Session(PlaybookEngine(parse_playbook(book)), channel=channel)
    shown = [(-1 if said is None else said.index, card.entry_id)
             for said, change in play(session, [Line(speaker, text) for speaker, text in lines])
             for card in change.shown]
    session.end()
    return shown


# -- channels ----------------------------------------------------------------------------------------


def test_voice_reminders_stay_out_of_chat_and_email():
    line = [("customer", "Shall I give you my card number?")]
    assert cards(line, "phone") == [(-1, "compliance.recording"), (0, "compliance.card_voice")]
    for channel in ("chat", "whatsapp", "email"):
        assert cards(line, channel) == [(0, "compliance.card_text")], channel


def test_a_conversation_of_unknown_channel_gets_every_entry():
    line = [("customer", "Shall I give you my card number?")]
    for channel in (None, "carrier-pigeon"):
        shown = {entry for _, entry in cards(line, channel)}
        assert shown == {"compliance.recording", "compliance.card_voice", "compliance.card_text"}


def test_the_session_hands_its_channel_to_the_conversation():
    session = Session(PlaybookEngine(parse_playbook(BOOK)), channel="chat")
    assert session.conversation.channel == "chat"
    assert session.start().shown == []  # the recording notice is for calls


def test_ai_advice_leaves_out_entries_for_other_channels():
    engine = PlaybookEngine(parse_playbook(BOOK))
    conversation = Conversation(channel="email")
    utterance = conversation.add(Utterance(Speaker.CUSTOMER, "here is my card number"))
    assert [e.id for e in engine.matching_entries(conversation, utterance)] == ["compliance.card_text"]


# -- what the agent has just done --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        ("One moment, let me check that.", "Let me check that."),
        ("Een ogenblikje, even kijken.", "Even kijken hoor."),
        ("Un instant, je vérifie.", "Je vérifie votre contrat."),
        ("רגע אחד, אני בודק.", "אני בודק את החשבון."),
    ],
)
def test_no_hold_card_when_the_agent_just_asked_the_customer_to_wait(done, not_done):
    assert cards([("agent", done)], "phone")[1:] == []
    assert cards([("agent", not_done)], "phone")[1:] == [(0, "reply.hold")]


def test_no_closing_card_after_the_agent_said_goodbye():
    assert cards([("agent", "Thank you and goodbye."), ("customer", "Thanks, goodbye!")], "chat") == []
    assert cards([("agent", "Your order is on its way."), ("customer", "Thanks, goodbye!")], "chat") == [
        (1, "reply.closing")]


def test_just_said_counts_only_the_agents_latest_line():
    lines = [("agent", "Goodbye for now, I'll check."), ("agent", "Right, the order is placed."),
             ("customer", "Thanks for your help, goodbye")]
    assert cards(lines, "chat") == [(2, "reply.closing")]


def test_a_negated_done_phrase_is_not_done():
    assert cards([("agent", "I won't say goodbye yet."), ("customer", "goodbye")], "chat") == [
        (1, "reply.closing")]


# -- words that belong to another request ------------------------------------------------------------


def test_i_dont_want_it_anymore_in_a_refund_request_is_no_objection():
    refund = [("customer", "I bought it last week but I don't want it anymore, can I get a refund?")]
    assert cards(refund, "chat") == [(0, "reply.return")]
    assert cards([("customer", "I don't want it, thanks.")], "chat") == [(0, "objection.not_interested")]


def test_an_entry_yields_even_when_the_other_card_is_cooling_down():
    lines = [("customer", "I want a refund."), ("agent", "Sure."),
             ("customer", "I don't want it anymore, I'll send it back.")]
    assert cards(lines, "chat") == [(0, "reply.return")]


def test_unless_phrases_in_the_same_line_hold_the_entry_back():
    assert cards([("customer", "Please cancel my appointment on Friday.")], "chat") == []
    assert cards([("customer", "Ik wil mijn afspraak cancelen.")], "chat") == []
    assert cards([("customer", "I don't want it to cost more than 50.")], "chat") == []
    assert cards([("customer", "I want to cancel.")], "chat") == [(0, "objection.cancel")]


def test_a_negated_unless_phrase_does_not_hold_back():
    line = [("customer", "I want to cancel, and it is not about my order.")]
    assert cards(line, "chat") == [(0, "objection.cancel")]


def test_unless_in_another_line_does_not_count():
    lines = [("customer", "My order arrived."), ("customer", "I want to cancel.")]
    assert cards(lines, "chat") == [(1, "objection.cancel")]


# -- entries for lines that say little else --------------------------------------------------------


@pytest.mark.parametrize("line", ["Hello!", "Hello, good morning!", "Hello there, I'm Anna Jansen."])
def test_an_alone_entry_shows_for_a_line_that_is_little_more_than_its_trigger(line):
    assert cards([("customer", line)], "chat") == [(0, "reply.greeting")]


@pytest.mark.parametrize("line", ["Hello, what will the weather be like in Detroit tomorrow?",
                                  "Hello, this is Angela in room 351 of the Hyatt."])
def test_an_alone_entry_stays_quiet_when_the_line_says_much_more(line):
    assert cards([("customer", line)], "chat") == []


# -- entries that answer what the agent said -------------------------------------------------------

OFFER_BOOK = {
    "playbook": {"name": "offers", "default_language": "en"},
    "entry": [{
        "id": "objection.already_have", "kind": "objection", "title": {"en": "Already has it"},
        "text": {"en": "How well is what you have working for you?"},
        "triggers": {"en": ["already have"], "nl": ["heb ik al"]},
        "after_agent_said": {"en": ["offer*", "upgrade"], "nl": ["aanbieding"]},
    }],
}


def test_an_after_agent_said_entry_waits_for_the_agents_offer():
    assert cards([("customer", "I already have a lunch date at that time.")], "chat", OFFER_BOOK) == []
    lines = [("agent", "We have a special offer on TV this month."), ("customer", "Thanks, I already have TV.")]
    assert cards(lines, "chat", OFFER_BOOK) == [(1, "objection.already_have")]


def test_the_offer_may_come_earlier_and_in_another_language():
    lines = [("agent", "We hebben een aanbieding voor u."), ("customer", "Wat kost het?"), ("agent", "Tien euro."),
             ("customer", "Ach, heb ik al.")]
    assert cards(lines, "chat", OFFER_BOOK) == [(3, "objection.already_have")]


def test_the_customer_saying_the_phrase_or_the_agent_denying_it_is_no_offer():
    lines = [("customer", "Do you have an offer?"), ("agent", "We don't have any offers today, sorry."),
             ("customer", "Fine, I already have one anyway.")]
    assert cards(lines, "chat", OFFER_BOOK) == []


def test_the_advice_for_a_language_model_waits_for_the_offer_too():
    engine = PlaybookEngine(parse_playbook(OFFER_BOOK))
    conversation = Conversation()
    said = conversation.add(Utterance(Speaker.CUSTOMER, "I already have one."))
    assert engine.matching_entries(conversation, said) == []
    engine.observe(conversation, conversation.add(Utterance(Speaker.AGENT, "Can I offer you an upgrade?")))
    said = conversation.add(Utterance(Speaker.CUSTOMER, "I already have one."))
    assert [entry.id for entry in engine.matching_entries(conversation, said)] == ["objection.already_have"]
