"""The desk, without Qt: conversations from live sources, their lines, boards, decisions and their end."""

from __future__ import annotations

import json
import sqlite3

import pytest

from copilot.live.desk import LEFT_OPEN_TAG, MAX_OPEN, Desk
from copilot.live.protocol import ContextMessage, EndMessage, ProtocolError, UtteranceMessage, parse_message
from copilot.live.session import Session
from copilot.model import Action
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook
from copilot.record.recorder import BackgroundRecorder


@pytest.fixture
def desk(playbook_file):
    engine = PlaybookEngine(load_playbook(playbook_file()))
    return Desk(lambda key, context, channel: Session(engine, context=context, channel=channel, external_id=key))


def run_jobs(desk, update):
    """Do what the panel's engine lane does: run every job the update asks for (and the jobs they ask for)."""
    done = []
    jobs = list(update.jobs)
    while jobs:
        result = desk.work(jobs.pop(0))
        done.append(result)
        jobs += result.jobs
        for conversation in result.gather:
            jobs += desk.next_job(conversation).jobs
    return done


def test_first_message_opens_a_conversation_per_id(desk):
    first = desk.receive(UtteranceMessage("chat-1", "customer", "hello"))
    second = desk.receive(UtteranceMessage("chat-2", "customer", "hi"))
    again = desk.receive(UtteranceMessage("chat-1", "agent", "welcome"))
    assert [c.label for c in first.opened] == ["chat-1"] and [c.label for c in second.opened] == ["chat-2"]
    assert again.opened == [] and [u.text for _, u in again.lines] == ["welcome"]
    assert [u.text for u in desk.find("chat-1").session.conversation.utterances] == ["hello", "welcome"]
    assert desk.shown is desk.find("chat-1")  # the first call shows; the second lights up its tab
    assert second.news == [desk.find("chat-2")]


def test_interim_lines_update_until_the_final_replaces_them(desk):
    desk.receive(UtteranceMessage("call", "customer", "it is", final=False, utterance_id="u1"))
    update = desk.receive(UtteranceMessage("call", "customer", "it is too", final=False, utterance_id="u1"))
    call = desk.find("call")
    assert update.provisional == [call] and call.provisional == [("customer", "it is too")]
    final = desk.receive(UtteranceMessage("call", "customer", "it is too expensive", utterance_id="u1"))
    assert final.provisional == [call] and call.provisional == []  # the provisional line goes
    assert [u.text for _, u in final.lines] == ["it is too expensive"]
    assert [u.text for u in call.session.conversation.utterances] == ["it is too expensive"]


def test_an_engine_that_gives_each_partial_its_own_id_leaves_one_provisional_line_per_speaker(desk):
    # Before, every partial hypothesis stayed on the panel as a provisional line until the call ended: 200 lines
    # said, 1,000 provisional lines shown.
    for line in range(200):
        for partial in range(5):
            desk.receive(UtteranceMessage("call", "customer", f"partial {partial} of line {line}", final=False,
                                          utterance_id=f"p{line}-{partial}"))
        desk.receive(UtteranceMessage("call", "agent", f"agent thinking {line}", final=False, utterance_id=f"a{line}"))
        assert desk.find("call").provisional == [("customer", f"partial 4 of line {line}"),
                                                 ("agent", f"agent thinking {line}")]
        desk.receive(UtteranceMessage("call", "customer", f"line {line}", utterance_id=f"final-{line}"))
        assert desk.find("call").provisional == [("agent", f"agent thinking {line}")]  # the other speaker's stays
    call = desk.find("call")
    assert len(call.session.conversation.utterances) == 200 and len(call.interim) == 1


def test_a_repeated_final_or_a_late_interim_changes_nothing(desk):
    desk.receive(UtteranceMessage("call", "customer", "too expensive", utterance_id="u1"))
    repeat = desk.receive(UtteranceMessage("call", "customer", "too expensive", utterance_id="u1"))
    late = desk.receive(UtteranceMessage("call", "customer", "too exp", final=False, utterance_id="u1"))
    assert not repeat.lines and not repeat.provisional and not late.lines and not late.provisional
    assert len(desk.find("call").session.conversation.utterances) == 1


def test_context_reaches_templates_and_end_closes_the_session(desk):
    opened = desk.receive(ContextMessage("call", {"customer": {"first_name": "Noa"}}))
    assert [c.label for c in opened.opened] == ["call"]
    desk.receive(ContextMessage("call", {"customer": {"first_name": "Noah"}}))
    call = desk.find("call")
    run_jobs(desk, desk.receive(UtteranceMessage("call", "customer", "too expensive")))
    assert [card.text for card in call.session.cards] == ["I understand, Noah."]
    ended = desk.receive(EndMessage("call"))
    assert ended.ended == [call] and call.ended
    assert not desk.receive(EndMessage("call")).ended
    reopened = desk.receive(UtteranceMessage("call", "customer", "hello again"))
    assert reopened.opened and desk.find("call") is not call and call.id in desk.conversations  # old tab stays


def test_a_call_ended_by_its_source_is_marked_ended_and_loses_its_provisional_line(desk):
    run_jobs(desk, desk.receive(UtteranceMessage("call", "customer", "too expensive")))
    desk.receive(UtteranceMessage("call", "customer", "and I want", final=False, utterance_id="u9"))
    call = desk.find("call")
    update = desk.receive(EndMessage("call", outcome="resolved"))
    assert update.ended == [call] and update.provisional == [call] and call.provisional == []
    assert update.boards[call.id].cards == ()  # its cards expired


def test_one_line_gives_one_board_to_draw(desk):
    received = desk.receive(UtteranceMessage("call", "customer", "too expensive, get me a manager"))
    call = desk.find("call")
    [result] = run_jobs(desk, received)
    assert list(result.boards) == [call.id] and result.applied == [0]
    assert [card.entry_id for card in result.boards[call.id].cards] == ["escalation.human", "objection.price"]
    assert set(result.boards[call.id].arrivals) == {card.id for card in call.session.cards}
    assert [event["type"] for event in result.events] == ["suggestion.shown", "suggestion.shown"]


def test_lines_that_arrive_while_the_engine_works_wait_for_one_job(desk):
    first = desk.receive(UtteranceMessage("call", "customer", "hello"))
    later = [desk.receive(UtteranceMessage("call", "customer", text)) for text in ("too expensive", "a manager")]
    assert len(first.jobs) == 1 and not any(update.jobs for update in later)  # one job in flight per call
    results = run_jobs(desk, first)
    assert len(results) == 1  # the job took every line waiting when it ran
    assert [card.entry_id for card in desk.find("call").session.cards] == ["escalation.human"]


def test_the_agents_decisions_are_recorded_and_drawn_once(desk):
    run_jobs(desk, desk.receive(UtteranceMessage("call", "customer", "too expensive, get me a manager")))
    call = desk.find("call")
    top = call.session.cards[0]
    inserted = desk.insert(top.id)
    assert inserted.decision.action is Action.INSERTED and [e["type"] for e in inserted.events] == [
        "suggestion.inserted"]
    assert [card.id for card in inserted.boards[call.id].cards] == [call.session.cards[0].id]
    assert desk.insert(top.id).decision is None  # a late second click changes nothing
    discarded = desk.discard(call.session.cards[0].id, "wrong")
    assert discarded.decision.reason == "wrong" and discarded.boards[call.id].cards == ()
    assert desk.counts == {"shown": 2, "used": 1, "discarded": 1}


def test_closing_a_conversation_drops_everything_about_it(desk):
    desk.receive(UtteranceMessage("chat-1", "customer", "hello"))
    desk.receive(UtteranceMessage("chat-2", "customer", "too expensive"))
    chat = desk.find("chat-2")
    update = desk.close(chat.id)
    assert update.closed == [chat] and chat.closed and chat.ended
    assert chat.id not in desk.conversations and desk.find("chat-2") is None
    assert desk.close(desk.find("chat-1").id, asked=True).closed == []  # the agent cannot close the last tab


def test_ended_conversations_beyond_five_close_by_themselves(desk):
    for number in range(8):
        desk.receive(UtteranceMessage(f"call-{number}", "customer", "hi"))
        desk.receive(EndMessage(f"call-{number}"))
    desk.receive(UtteranceMessage("call-live", "customer", "hello"))
    labels = [c.label for c in desk.conversations.values()]
    assert "call-live" in labels and "call-7" in labels and "call-0" not in labels and len(labels) <= 7


def test_an_integration_that_never_ends_its_sessions_leaves_at_most_the_cap_open(playbook_file, tmp_path):
    # A CRM that forgets to end its sessions, or a flood of new ones: before, every one stayed open as a tab (the
    # panel took longer for each new one: 3,000 took 56 s to post, 1,000 took 7 s). Past the cap, the conversation
    # quiet the longest is ended and tagged, never the one on screen or one still talking; all of it is recorded.
    engine = PlaybookEngine(load_playbook(playbook_file()))
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    desk = Desk(lambda key, context, channel: Session(engine, recorder, context=context, channel=channel,
                                                      external_id=key))
    desk.receive(UtteranceMessage("on-screen", "customer", "hello, my bill is wrong"))
    for number in range(MAX_OPEN + 20):
        desk.receive(UtteranceMessage(f"leaked-{number}", "customer", f"line from caller {number}"))
        desk.receive(UtteranceMessage("still-talking", "customer", f"and another thing, number {number}"))
    running = [c for c in desk.conversations.values() if not c.ended]
    assert len(running) == MAX_OPEN
    assert desk.shown is desk.find("on-screen") and not desk.shown.ended
    assert not desk.find("still-talking").ended and not desk.find(f"leaked-{MAX_OPEN + 19}").ended
    assert desk.find("leaked-0") is None  # ended, then closed with the other ended tabs beyond five
    again = desk.receive(UtteranceMessage("leaked-0", "customer", "are you still there?"))
    assert [c.label for c in again.opened] == ["leaked-0"]  # a late line opens it anew
    desk.shutdown()
    recorder.close()
    with sqlite3.connect(tmp_path / "copilot.db") as conn:
        rows = conn.execute("SELECT external_id, tags FROM sessions").fetchall()
        lines = conn.execute("SELECT count(*) FROM utterances").fetchone()[0]
    tagged = sorted(int(key.split("-")[1]) for key, tags in rows if tags and LEFT_OPEN_TAG in json.loads(tags))
    opened = 2 + (MAX_OPEN + 20) + 1  # on screen, still talking, the leaked ones, the leaked call opened anew
    assert tagged == list(range(opened - MAX_OPEN))  # the quietest first: leaked calls in the order they went quiet
    assert lines == 1 + 2 * (MAX_OPEN + 20) + 1  # every line kept


def test_every_conversation_has_its_own_vault_even_when_objects_are_reused(desk):
    # Objects of closed conversations are freed and their ids reused by CPython: nothing may be keyed by id().
    restored = []
    for number in range(40):
        desk.receive(UtteranceMessage(f"call-{number}", "customer", "hi"))
        call = desk.find(f"call-{number}")
        assert call.vault.restore("[EMAIL_1]") == "[EMAIL_1]"  # nothing from the previous caller
        redacted = call.vault.redact(f"mail me at customer{number}@example.com")
        assert redacted == "mail me at [EMAIL_1]"
        restored.append(call.vault.restore(redacted))
        desk.close(call.id)
    assert restored == [f"mail me at customer{n}@example.com" for n in range(40)]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"session": "s", "speaker": "boss", "text": "x"}, "speaker"),
        ({"session": "s", "speaker": "customer", "text": 3}, "text"),
        ({"session": "s", "speaker": "customer", "text": "x", "final": "yes"}, "final"),
        ({"session": "s", "speaker": "customer", "text": "x", "channel": "fax"}, "channel"),
        ({"session": "s", "speaker": "customer", "text": "x", "ts": "noon"}, "ts"),
        # Stored with the line, a time beyond any date made the session's own export refused on import.
        ({"session": "s", "speaker": "customer", "text": "x", "ts": 1e308}, "ts"),
        ({"session": "s", "speaker": "customer", "text": "x", "ts": -1e300}, "ts"),
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


@pytest.mark.parametrize(
    ("context", "field", "limit"),
    [
        ("deep", "context.a.a.a.a.a.a.a.a.a.a.a.a", "nested deeper than 12 levels"),
        ({"customer": {"notes": "x" * 4_001}}, "context.customer.notes", "longer than 4000 characters"),
        ({"items": list(range(2_001))}, "context", "more than 2000 values"),
        ({"customer": {"k" * 129: 1}}, "context.customer", "field name longer than 128 characters"),
    ],
)
def test_a_context_too_deep_or_too_big_is_refused_naming_the_limit(context, field, limit):
    if context == "deep":  # 495 levels in 3 KB once killed the API's forwarding thread while pickling
        context = {}
        for _ in range(495):
            context = {"a": context}
    with pytest.raises(ProtocolError) as caught:
        parse_message({"type": "context", "session": "s", "context": context})
    assert caught.value.field.startswith(field) and limit in str(caught.value)


def test_a_context_at_the_limits_is_accepted():
    context = {"customer": {"first_name": "Noa", "notes": "x" * 4_000}}
    node = context
    for _ in range(10):  # twelve levels in all with customer
        node["next"] = {}
        node = node["next"]
    assert parse_message({"type": "context", "session": "s", "context": context}).context == context
