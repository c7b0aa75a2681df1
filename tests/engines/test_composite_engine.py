"""Several engines behind one board: pooled, ranked together, and failing one at a time."""

from __future__ import annotations

import pytest

from copilot.engines.composite import CompositeEngine
from copilot.live.session import Session
from copilot.model import Kind, Speaker, Suggestion
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook


class AnswerEngine:
    """A second local engine at the edge: answers every customer line with one fixed article."""

    name = "answers"

    def __init__(self, fail=False):
        self.fail = fail

    def opening(self, conversation):
        return []

    def observe(self, conversation, utterance):
        pass

    def suggest(self, conversation, utterance):
        if self.fail:
            raise RuntimeError("index unreadable")
        return [Suggestion(kind=Kind.KNOWLEDGE, text="Our prices are on the website.", title="Prices",
                           rationale="Matched “prices”", entry_id="kb:1", lang="en", score=60.0,
                           engine="answers", source_label="Knowledge base",
                           utterance_index=utterance.index)]

    def restate(self, suggestion, conversation):
        return None


def test_suggestions_of_both_engines_share_one_ranked_board(playbook_file):
    session = Session(CompositeEngine([PlaybookEngine(load_playbook(playbook_file())), AnswerEngine()]))
    utterance = session.add_utterance(Speaker.CUSTOMER, "this is too expensive")
    session.offer(session.suggest(utterance), utterance.index)
    assert [(c.engine, c.kind) for c in session.cards] == [("playbook", Kind.OBJECTION), ("answers", Kind.KNOWLEDGE)]


def test_one_broken_engine_does_not_silence_the_other(playbook_file):
    engine = CompositeEngine([PlaybookEngine(load_playbook(playbook_file())), AnswerEngine(fail=True)])
    session = Session(engine)
    utterance = session.add_utterance(Speaker.CUSTOMER, "this is too expensive")
    assert [s.entry_id for s in session.suggest(utterance)] == ["objection.price"]
    assert engine.failures == {"answers": 1}


def test_when_every_engine_fails_the_panel_hears_of_it():
    session = Session(CompositeEngine([AnswerEngine(fail=True)]))
    utterance = session.add_utterance(Speaker.CUSTOMER, "hello")
    with pytest.raises(RuntimeError, match="index unreadable"):
        session.suggest(utterance)
