"""Recorded sessions for replay and coaching tests, made by the real session, engine and recorder.

``record_call`` plays a scripted call through ``Session`` with a steady fake clock and a scripted
agent, so each test gets a database exactly as the panel would have written it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from copilot.config import paths
from copilot.live.session import Session, UnknownSuggestion
from copilot.model import Suggestion
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import Playbook, load_playbook
from copilot.record.recorder import BackgroundRecorder

CALL_EN = [
    ("customer", "Hello, I have a question about my bill"),
    ("agent", "Good morning, thank you for calling. How can I help?"),
    ("customer", "This is way too expensive, I want to cancel my subscription"),
    ("agent", "I understand, let me see what I can do for you"),
    ("customer", "I want to speak to a manager right now"),
    ("agent", "Of course, I will transfer you to my supervisor"),
    ("customer", "Thanks, that is great"),
]

CALL_NL = [
    ("customer", "Goedemiddag, ik heb een vraag over mijn factuur"),
    ("agent", "Goedemiddag, waarmee kan ik u helpen?"),
    ("customer", "Het is veel te duur, ik wil opzeggen"),
    ("agent", "Dat begrijp ik, ik kijk wat ik voor u kan doen"),
    ("customer", "Bedankt, fijn"),
]

# What the scripted agent does with the top card after each line: insert, edit, discard or nothing.
Agent = Callable[[Session, int], None]


def insert_top(session: Session, step: int) -> None:
    if session.cards:
        session.insert(session.cards[0].id)


def mixed_agent(session: Session, step: int) -> None:
    """Insert, then edit, then discard (as wrong), then leave alone, in turn."""
    if not session.cards:
        return
    card = session.cards[0]
    try:
        match (step // 2) % 4:  # agent lines come at odd steps
            case 0:
                session.insert(card.id)
            case 1:
                session.insert(card.id, card.text + " Anything else?")
            case 2:
                session.discard(card.id, "wrong")
    except UnknownSuggestion:
        pass


def default_playbook() -> Playbook:
    return load_playbook(paths.default_playbook_path())


def record_call(
    recorder: BackgroundRecorder,
    turns: Sequence[tuple[str, str]] = CALL_EN,
    *,
    playbook: Playbook | None = None,
    agent: Agent = mixed_agent,
    start: float = 1_700_000_000.0,
    step_s: float = 2.0,
    agent_name: str = "ann",
    team: str | None = "blue",
    channel: str | None = "phone",
    outcome: str | None = "resolved",
    tags: list[str] | None = None,
    context: dict | None = None,
) -> Session:
    """Play ``turns`` through a real session recorded by ``recorder``; returns the ended session."""
    ticks = itertools.count(start, step_s / 4)  # every clock reading moves a quarter step
    session = Session(PlaybookEngine(playbook or default_playbook()), recorder, context=context,
                      channel=channel, agent=agent_name, team=team, clock=lambda: next(ticks))
    session.start()
    for step, (speaker, text) in enumerate(turns):
        utterance = session.add_utterance(speaker, text)
        found: list[Suggestion] = session.suggest(utterance)
        session.offer(found)
        if speaker == "agent":
            agent(session, step)
    session.end(outcome=outcome, tags=tags)
    return session


def recorded_db(path: Path, calls: int = 3) -> tuple[Path, list[str]]:
    """A database with ``calls`` finished calls (English and Dutch in turn); returns it and the ids."""
    recorder = BackgroundRecorder(path)
    ids = []
    try:
        for n in range(calls):
            turns = CALL_EN if n % 2 == 0 else CALL_NL
            ids.append(record_call(recorder, turns, start=1_700_000_000.0 + n * 3600,
                                   agent_name=["ann", "bob"][n % 2]).id)
        recorder.flush()
    finally:
        recorder.close()
    return path, ids
