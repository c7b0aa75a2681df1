"""The turn loop, written once: a line is added, the engine suggests, the board takes the suggestions.

The panel (through the desk, on its engine lane), ``copilot suggest`` and the trainer's what-if all run these
functions, so what a command prints for a transcript is what the panel would have shown for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from copilot.live.session import BoardChange, Session
from copilot.model import Speaker, Suggestion, Utterance

Found = list[tuple[Utterance, list[Suggestion]]]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a transcript as a command reads it."""

    speaker: Speaker | str
    text: str
    ts: float | None = None
    lang: str | None = None


def suggest_on(session: Session, lines: Sequence[Utterance]) -> Found:
    """Suggestions for the newest line of each speaker among ``lines`` (already added, oldest first).

    Older lines were superseded while they waited: the engine only takes note of them (an agent's line
    may settle a reminder). Runs the engines, so it may take a few milliseconds: off the UI thread."""
    newest = {utterance.speaker: utterance for utterance in lines}
    found: Found = []
    for utterance in lines:
        if newest[utterance.speaker] is utterance:
            found.append((utterance, session.suggest(utterance)))
        else:
            session.observe(utterance)
    return found


def take_turn(session: Session, speaker: Speaker | str, text: str, *, ts: float | None = None,
              lang: str | None = None) -> tuple[Utterance, BoardChange]:
    """One line, from being said to the board: what a transcript replayed line by line goes through."""
    utterance = session.add_utterance(Speaker(speaker), text, ts=ts, lang=lang)
    change = BoardChange()
    for said, suggestions in suggest_on(session, [utterance]):
        change.merge(session.offer(suggestions, said.index))
    return utterance, change


def play(session: Session, lines: Iterable[Line]) -> Iterator[tuple[Utterance | None, BoardChange]]:
    """A whole transcript: the opening cards (``None``), then each line that says something, with its change.
    The session stays open: the caller ends it."""
    yield None, session.start()
    for line in lines:
        if line.text.strip():  # a silent turn (an empty interim transcript) says nothing to suggest on
            yield take_turn(session, line.speaker, line.text, ts=line.ts, lang=line.lang)
