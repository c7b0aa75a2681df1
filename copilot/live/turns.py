"""The turn loop, written once: a line is added, the engine suggests, the board takes the suggestions.

The panel (through the desk, on its engine lane), ``copilot suggest`` and the trainer's what-if all run these
functions, so what a command prints for a transcript is what the panel would have shown for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from copilot.live.mood import MoodTrend, drop_hint
from copilot.live.session import BoardChange, Session
from copilot.model import Kind, Speaker, Suggestion, Utterance

Found = list[tuple[Utterance, list[Suggestion]]]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a transcript as a command reads it."""

    speaker: Speaker | str
    text: str
    ts: float | None = None
    lang: str | None = None


def suggest_on(session: Session, lines: Sequence[Utterance], mood: MoodTrend | None = None) -> Found:
    """Suggestions for the newest line of each speaker among ``lines`` (already added, oldest first).

    Older lines were superseded while they waited: the engine only takes note of them (an agent's line
    may settle a reminder). Runs the engines, so it may take a few milliseconds: off the UI thread.

    With a ``mood``, every customer line is heard by it, superseded or not; a sharp drop adds an escalation
    hint to the newest customer line's suggestions, unless an escalation is already up or on its way (the
    playbook heard the anger too: one card for it is enough)."""
    newest = {utterance.speaker: utterance for utterance in lines}
    found: Found = []
    drop = None
    for utterance in lines:
        if mood is not None and utterance.speaker is Speaker.CUSTOMER:
            drop = mood.add(utterance.text, utterance.lang) or drop
        if newest[utterance.speaker] is utterance:
            found.append((utterance, session.suggest(utterance)))
        else:
            session.observe(utterance)
    if drop is not None:
        for utterance, suggestions in found:
            escalations = [card for card in [*session.cards, *suggestions] if card.kind is Kind.ESCALATION]
            if utterance.speaker is Speaker.CUSTOMER and not escalations:
                suggestions.append(drop_hint(drop, session.conversation.customer_language, utterance.index))
    return found


def take_turn(session: Session, speaker: Speaker | str, text: str, *, ts: float | None = None,
              lang: str | None = None, mood: MoodTrend | None = None) -> tuple[Utterance, BoardChange]:
    """One line, from being said to the board: what a transcript replayed line by line goes through."""
    utterance = session.add_utterance(Speaker(speaker), text, ts=ts, lang=lang)
    change = BoardChange()
    for said, suggestions in suggest_on(session, [utterance], mood):
        change.merge(session.offer(suggestions, said.index))
    return utterance, change


def play(session: Session, lines: Iterable[Line], mood: MoodTrend | None = None,
         ) -> Iterator[tuple[Utterance | None, BoardChange]]:
    """A whole transcript: the opening cards (``None``), then each line that says something, with its change.
    The session stays open: the caller ends it. With a ``mood``, sharp drops raise hints as in the panel."""
    yield None, session.start()
    for line in lines:
        if line.text.strip():  # a silent turn (an empty interim transcript) says nothing to suggest on
            yield take_turn(session, line.speaker, line.text, ts=line.ts, lang=line.lang, mood=mood)
