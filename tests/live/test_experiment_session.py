"""A live session under a guidance experiment: B's agents see B's wording in every language, A's see the entry as
written, the record says which experiment and arm each card counted for, and a stopped experiment shows everyone
the kept wording and counts nothing."""

from __future__ import annotations

import itertools
import sqlite3
import time

import pytest

from copilot.coaching.service import CoachingService
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook
from copilot.record.recorder import BackgroundRecorder

BOOK = '''
[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand."
text.nl = "Dat begrijp ik."
triggers.en = ["too expensive"]
triggers.nl = ["te duur"]

[entry.experiment]
name = "softer-price"
text.en = "That is a fair question."
text.nl = "Dat is een terechte vraag."
title.en = "Price, softer"
'''
AGENTS = [f"agent-{n}" for n in range(12)]


@pytest.fixture
def recorder(tmp_path):
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    yield recorder
    recorder.close()


def call(book, recorder, agent, line="This is too expensive", clock=None):
    session = Session(PlaybookEngine(book), recorder, agent=agent, clock=clock or time.time)
    session.offer(session.suggest(session.add_utterance("customer", line)))
    return session


def recorded(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT ss.agent, s.text, s.title, s.experiment, s.arm FROM suggestions s "
                            "JOIN sessions ss ON ss.id = s.session_id ORDER BY s.shown_at").fetchall()


def test_each_agent_sees_and_records_the_wording_of_their_arm(playbook_file, recorder, tmp_path):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    arms = {agent: experiment.arm_of(agent) for agent in AGENTS}
    assert set(arms.values()) == {"A", "B"}
    for agent in AGENTS * 2:  # two calls each: the same agent gets the same arm on every call
        session = call(book, recorder, agent)
        [card] = session.cards
        assert card.text == ("That is a fair question." if arms[agent] == "B" else "I understand.")
        assert card.title == ("Price, softer" if arms[agent] == "B" else "Price")
        assert card.rationale == "Customer said “too expensive”"  # the same honest reason in both arms
        session.insert(card.id)
        session.end(outcome="resolved")
    recorder.flush()
    rows = recorded(tmp_path / "copilot.db")
    assert len(rows) == 2 * len(AGENTS)
    for agent, text, _title, name, arm in rows:
        assert (name, arm) == ("softer-price", arms[agent])
        assert text == ("That is a fair question." if arm == "B" else "I understand.")


def test_a_card_keeps_its_arm_when_the_customer_switches_language(playbook_file, recorder, tmp_path):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    b_agent = next(agent for agent in AGENTS if experiment.arm_of(agent) == "B")
    session = call(book, recorder, b_agent)
    session.add_utterance("customer", "Sorry, ik spreek liever Nederlands, het is echt te duur voor mij")
    [card] = session.cards
    assert (card.text, card.lang, card.arm) == ("Dat is een terechte vraag.", "nl", "B")


def test_the_replay_record_names_the_experiment_and_arm(playbook_file, recorder, tmp_path):
    book = load_playbook(playbook_file(BOOK))
    session = call(book, recorder, AGENTS[0])
    session.end()
    recorder.flush()
    record = CoachingService(tmp_path / "copilot.db").load_record(session.id)
    [card] = record.cards.values()
    assert (card.experiment, card.arm) == ("softer-price", book.experiments[0].arm_of(AGENTS[0]))


def test_a_session_file_carries_the_arm_to_the_trainer(playbook_file, recorder, tmp_path):
    book = load_playbook(playbook_file(BOOK))
    session = call(book, recorder, AGENTS[0])
    session.end()
    recorder.flush()
    exported = CoachingService(tmp_path / "copilot.db").export_session(session.id, tmp_path / "call.copilot-session")
    trainer = CoachingService(tmp_path / "trainer" / "copilot.db")
    trainer.import_session(exported)
    [card] = trainer.load_record(session.id).cards.values()
    assert card.experiment == "softer-price" and card.arm in ("A", "B")


def test_before_the_start_and_after_the_stop_nobody_is_counted(playbook_file, recorder, tmp_path):
    stopped_book = BOOK.replace('name = "softer-price"', 'name = "softer-price"\nstart = 2026-01-05\n'
                                'stop = 2026-02-01\nkeep = "B"')
    book = load_playbook(playbook_file(stopped_book))
    [experiment] = book.experiments
    moments = {"planned": experiment.start - 60, "running": experiment.start + 60, "stopped": experiment.stop + 60}
    a_agent = next(agent for agent in AGENTS if experiment.arm_of(agent) == "A")
    seen = {}
    for state, moment in moments.items():
        ticks = itertools.count(moment)
        [card] = call(book, recorder, a_agent, clock=lambda ticks=ticks: next(ticks)).cards
        seen[state] = (card.text, card.experiment)
    assert seen == {"planned": ("I understand.", None), "running": ("I understand.", "softer-price"),
                    "stopped": ("That is a fair question.", None)}  # after the stop everyone sees keep = B


def test_ai_drafts_are_advised_with_the_agents_own_wording(playbook_file):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    engine = PlaybookEngine(book)
    for arm, wording in (("A", "Price: I understand."), ("B", "Price, softer: That is a fair question.")):
        agent = next(agent for agent in AGENTS if experiment.arm_of(agent) == arm)
        session = Session(engine, agent=agent)
        utterance = session.add_utterance("customer", "This is too expensive")
        assert engine.advice(session.conversation, utterance) == wording
