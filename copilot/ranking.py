"""The one ranking scale for every card on the board: playbook entries, knowledge answers and AI drafts.

A card's **score** is its *priority* plus its *evidence*:

* **priority** (0-100) says how pressing the kind of card is. A playbook entry may set its own; everything
  else takes its kind's default: escalation 90, compliance 80, objection 70, knowledge 60, upsell 50,
  reply 40 (the order ``Kind`` lists them in). An AI draft counts ``AI_DISCOUNT`` below the same kind from
  the playbook, because a person wrote the playbook and nobody checked the draft yet.
* **evidence** (0-``EVIDENCE_MAX``) says how clearly the customer's words asked for it: for a playbook entry
  an exact phrase over a near one, a longer phrase, several phrases; for a knowledge answer the search
  confidence (a full-confidence answer gets all of it); an AI draft none (the model gives no measure).

On the board, a card loses ``AGE_PENALTY`` per utterance since it was last relevant, so what the customer just
said comes before what they said a while ago. Two things override the score: a card the agent is editing
never moves, and *pressing* cards (escalations and compliance reminders) stay above every other kind for as
long as they are up, however old: a missed escalation costs more than a stale greeting. A supervisor's note
(95) is pressing too, and does not age off the board: it leaves when the agent uses or discards it.

So, with the default priorities: a knowledge answer at full confidence (73) outranks a greeting reply (at most
53) and ranks below an objection with a clear trigger (at least 72); an escalation is always on top.
"""

from __future__ import annotations

from collections.abc import Iterable

from copilot.model import Kind, Suggestion

PRIORITY: dict[Kind, int] = {
    Kind.SUPERVISOR: 95,  # a person watching the call wrote it for this agent, now
    Kind.ESCALATION: 90,
    Kind.COMPLIANCE: 80,
    Kind.OBJECTION: 70,
    Kind.KNOWLEDGE: 60,
    Kind.UPSELL: 50,
    Kind.REPLY: 40,
}
PRESSING = frozenset({Kind.SUPERVISOR, Kind.ESCALATION, Kind.COMPLIANCE})
EVIDENCE_MAX = 13.0
AI_DISCOUNT = 40
AGE_PENALTY = 4.0  # per utterance since the card was last relevant
_KIND_ORDER = {kind: position for position, kind in enumerate(Kind)}


def playbook_score(priority: int, *, exact: bool = False, phrase_words: int = 0, phrases: int = 0) -> float:
    """An entry's ``priority`` plus what its trigger match shows: an exact match over a near one (6 or 2),
    a longer phrase (up to 4), more phrases matched in the same line (up to 3). No match: the opening cards."""
    if not phrases:
        return float(priority)
    evidence = (6 if exact else 2) + min(phrase_words, 4) + min(phrases - 1, 3)
    return float(priority) + min(evidence, EVIDENCE_MAX)


def knowledge_score(confidence: float) -> float:
    """A knowledge answer: its kind's priority plus its search confidence (0-1) spread over the evidence."""
    return PRIORITY[Kind.KNOWLEDGE] + EVIDENCE_MAX * min(max(confidence, 0.0), 1.0)


def ai_score(kind: Kind, position: int = 0) -> float:
    """An AI draft: below the same kind from the playbook; a later draft of the same answer a little lower."""
    return PRIORITY[kind] - AI_DISCOUNT - 0.1 * position


def ordered(suggestions: Iterable[Suggestion]) -> list[Suggestion]:
    """Fresh suggestions best first: by score, then by the order of ``Kind``, then by entry id (stable)."""
    return sorted(suggestions, key=lambda s: (-s.score, _KIND_ORDER[s.kind], s.entry_id))


def board_rank(card: Suggestion, age: int, *, editing: bool) -> tuple[bool, bool, float]:
    """The sort key of a card on the board (higher first): being edited, pressing, then score less age."""
    return editing, card.kind in PRESSING, card.score - AGE_PENALTY * max(age, 0)


def mood_score(drop: float) -> float:
    """An escalation hint for a sharp drop in the customer's mood: an escalation's priority plus the size of the
    drop (0-2 on the mood scale; a fall of 1 or more gets all the evidence)."""
    return PRIORITY[Kind.ESCALATION] + EVIDENCE_MAX * min(max(drop, 0.0), 1.0)
