"""Many sessions from live sources: interim lines, finals, repeats, context and the end of a call."""

from __future__ import annotations

import pytest

from copilot.live.hub import InterimChanged, SessionHub
from copilot.live.protocol import ContextMessage, EndMessage, ProtocolError, UtteranceMessage, parse_message
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook

BOOK = parse_playbook({"playbook": {}, "entry": [
    {"id": "objection.price", "kind": "objection", "title": {"en": "Price"},
     "text": {"en": "I understand[, {customer.first_name}]."}, "triggers": {"en": ["too expensive"]}},
]})


@pytest.fixture
def hub():
    engine = PlaybookEngine(BOOK)
    return SessionHub(lambda key, context, channel: Session(engine, context=context, channel=channel,
                                                           external_id=key))


def kinds(events):
    return [type(e).__name__ for e in events]


def test_first_message_opens_a_session_per_id(hub):
    first = hub.handle(UtteranceMessage("chat-1", "customer", "hello"))
    second = hub.handle(UtteranceMessage("chat-2", "customer", "hi"))
    again = hub.handle(UtteranceMessage("chat-1", "agent", "welcome"))
    assert kinds(first) == ["Opened", "Said"] and kinds(second) == ["Opened", "Said"] and kinds(again) == ["Said"]
    assert [u.text for u in hub.sessions["chat-1"].session.conversation.utterances] == ["hello", "welcome"]


def test_interim_lines_update_until_the_final_replaces_them(hub):
    hub.handle(UtteranceMessage("call", "customer", "it is", final=False, utterance_id="u1"))
    update = hub.handle(UtteranceMessage("call", "customer", "it is too", final=False, utterance_id="u1"))
    assert [(e.utterance_id, e.text) for e in update if isinstance(e, InterimChanged)] == [("u1", "it is too")]
    final = hub.handle(UtteranceMessage("call", "customer", "it is too expensive", utterance_id="u1"))
    assert kinds(final) == ["InterimChanged", "Said"]
    assert final[0].text is None  # the provisional line goes
    assert [u.text for u in hub.sessions["call"].session.conversation.utterances] == ["it is too expensive"]


def test_a_repeated_final_or_a_late_interim_changes_nothing(hub):
    hub.handle(UtteranceMessage("call", "customer", "too expensive", utterance_id="u1"))
    assert hub.handle(UtteranceMessage("call", "customer", "too expensive", utterance_id="u1")) == []
    assert hub.handle(UtteranceMessage("call", "customer", "too exp", final=False, utterance_id="u1")) == []
    assert len(hub.sessions["call"].session.conversation.utterances) == 1


def test_context_reaches_templates_and_end_closes_the_session(hub):
    events = hub.handle(ContextMessage("call", {"customer": {"first_name": "Noa"}}))
    assert kinds(events) == ["Opened", "ContextChanged"]
    hub.handle(ContextMessage("call", {"customer": {"first_name": "Noah"}}))
    live = hub.sessions["call"]
    utterance = live.session.add_utterance("customer", "too expensive")
    assert [s.text for s in live.session.suggest(utterance)] == ["I understand, Noah."]
    assert kinds(hub.handle(EndMessage("call"))) == ["Ended"] and live.session.ended
    assert hub.handle(EndMessage("call")) == []
    reopened = hub.handle(UtteranceMessage("call", "customer", "hello again"))
    assert kinds(reopened) == ["Opened", "Said"] and hub.sessions["call"].session is not live.session


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"session": "s", "speaker": "boss", "text": "x"}, "speaker"),
        ({"session": "s", "speaker": "customer", "text": 3}, "text"),
        ({"session": "s", "speaker": "customer", "text": "x", "final": "yes"}, "final"),
        ({"session": "s", "speaker": "customer", "text": "x", "channel": "fax"}, "channel"),
        ({"session": "s", "speaker": "customer", "text": "x", "ts": "noon"}, "ts"),
        ({"session": "s", "speaker": "customer", "text": "x", "lang": "Dutch"}, "lang"),
        ({"session": "s", "speaker": "customer", "text": "x", "colour": "red"}, "colour"),
        ({"session": "", "speaker": "customer", "text": "x"}, "session"),
        ({"type": "context", "session": "s", "context": []}, "context"),
        ({"type": "shout", "session": "s"}, "type"),
    ],
)
def test_every_malformed_message_names_its_field(data, field):
    with pytest.raises(ProtocolError) as caught:
        parse_message(data)
    assert caught.value.field == field and f"'{field}'" in str(caught.value)


def test_control_characters_are_dropped_but_line_breaks_kept():
    message = parse_message({"session": "s", "speaker": "customer", "text": "too\x00 expensive\x1b[0m\nreally"})
    assert message.text == "too expensive[0m\nreally"

