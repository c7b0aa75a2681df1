"""Knowledge gaps: customer questions in recorded sessions that no article answered, grouped and counted."""

from __future__ import annotations

import csv
import io

import pytest
from recorded import default_playbook

from copilot.coaching.gaps import content_words, find_gaps, looks_like_a_question, write_csv
from copilot.coaching.service import CoachingService
from copilot.coaching.stats import Filters
from copilot.engines.composite import CompositeEngine
from copilot.knowledge.engine import KnowledgeEngine
from copilot.knowledge.store import KnowledgeBase
from copilot.live.session import Session
from copilot.live.turns import take_turn
from copilot.playbook.engine import PlaybookEngine
from copilot.record.gap_queries import UnansweredLine
from copilot.record.recorder import BackgroundRecorder

T0 = 1_700_000_000.0
DAY = 86_400.0


@pytest.mark.parametrize(
    "line",
    ["How do I reset my router?", "router reset, how?", "Hoe reset ik mijn router", "Comment réinitialiser la box",
     "Qu'est-ce que la fibre optique", "איך מאפסים את הראוטר", "I have a question about my bill",
     "Can you tell me the opening hours"],
)
def test_questions_and_requests_in_four_languages(line):
    assert looks_like_a_question(line)


@pytest.mark.parametrize("line", ["It is too expensive", "My name is Anna", "Thanks, goodbye", "ok"])
def test_statements_are_not_questions(line):
    assert not looks_like_a_question(line)


def test_questions_about_the_same_thing_are_one_gap():
    lines = [UnansweredLine("How do I reset my router?", "en", T0 + 5, "a"),
             UnansweredLine("router reset, how?", "en", T0 + 4, "b"),
             UnansweredLine("Can I reset the routers remotely?", "en", T0 + 3, "c"),
             UnansweredLine("What are your opening hours on Sunday?", "en", T0 + 2, "d"),
             UnansweredLine("It is too expensive", "en", T0 + 1, "e"),  # no question
             UnansweredLine("Is anyone there?", "en", T0, "f")]  # a question with nothing to look up
    gaps = find_gaps(lines)
    assert [(gap.label, gap.count) for gap in gaps] == [("reset router", 3), ("hour opening sunday", 1)]
    assert gaps[0].examples == ["How do I reset my router?", "router reset, how?",
                                "Can I reset the routers remotely?"]
    assert gaps[0].last_seen == T0 + 5
    assert content_words("Is anyone there?") == frozenset()


def record(path, kb_path, calls):
    """Record each call through the panel's engine: the default playbook joined by the knowledge base."""
    kb = KnowledgeBase(kb_path)
    engine = CompositeEngine([PlaybookEngine(default_playbook()), KnowledgeEngine(kb)])
    recorder = BackgroundRecorder(path)
    try:
        for agent, start, lines in calls:
            ticks = iter(start + n for n in range(1000))
            session = Session(engine, recorder, agent=agent, team="blue", channel="chat",
                              clock=lambda ticks=ticks: next(ticks))
            for speaker, text in lines:
                take_turn(session, speaker, text)
            session.end()
        recorder.flush()
    finally:
        recorder.close()
        kb.close()


@pytest.fixture
def database(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "refunds.md").write_text("# Refunds\n\nA refund is paid to your bank account within five working "
                                       "days after the return.\n", encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.import_path(folder)
    kb.close()
    path = tmp_path / "copilot.db"
    record(path, tmp_path / "kb.db", [
        ("ann", T0, [("customer", "When is the refund paid to my bank account?"), ("agent", "Within five days."),
                     ("customer", "How do I reset my router?")]),
        ("bob", T0 + DAY, [("customer", "Hello, how can I reset the router?"), ("agent", "Let me look."),
                           ("customer", "Also, what are the opening hours of the shop?")]),
        ("ann", T0 + 3 * DAY, [("customer", "router reset: how?"), ("customer", "It is too expensive.")]),
    ])
    return path


def test_the_record_gives_questions_no_article_answered(database):
    gaps = CoachingService(database).knowledge_gaps()
    assert [(gap.label, gap.count) for gap in gaps] == [("reset router", 3), ("hour opening shop", 1)]
    assert all("refund" not in example for gap in gaps for example in gap.examples)  # that one had its article
    assert gaps[0].examples[0] == "router reset: how?"  # newest first
    assert gaps[0].last_seen >= T0 + 3 * DAY


def test_gaps_follow_the_filters(database):
    service = CoachingService(database)
    assert [(g.label, g.count) for g in service.knowledge_gaps(Filters(agent="ann"))] == [("reset router", 2)]
    assert [(g.label, g.count) for g in service.knowledge_gaps(Filters(since=T0 + 2 * DAY))] == [("reset router", 1)]


def test_no_database_means_no_gaps_and_no_file(tmp_path):
    service = CoachingService(tmp_path / "none.db")
    assert service.knowledge_gaps() == []
    assert not (tmp_path / "none.db").exists()


def test_csv_has_group_count_examples_and_last_seen(database):
    out = io.StringIO()
    write_csv(CoachingService(database).knowledge_gaps(), out)
    header, first, *_ = csv.reader(io.StringIO(out.getvalue()))
    assert header == ["group", "count", "example questions", "last seen"]
    assert first[:3] == ["reset router", "3", "router reset: how? | Hello, how can I reset the router? | "
                                               "How do I reset my router?"]
    assert first[3].count("-") == 2 and ":" in first[3]  # a local date and time
