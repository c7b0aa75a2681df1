"""What supervisors see of a call, from the desk's side: the events the desk publishes and the card a supervisor's
note becomes.

The desk (``copilot.live.desk``) calls these under its lock; they only build small dicts and queue them on the
publisher (``copilot.central.live``), which returns at once. A call is announced on its first line, with the
cards already on its board: the empty conversation the panel opens with, and a tab nobody spoke in, never show up
on a supervisor's screen. A line that follows a long pause carries the silence before it.

A note becomes a card of kind ``supervisor``: labelled "Supervisor · <name>", never inserted by itself, pressing
(it stays above the playbook's cards) and not aged off the board; the agent inserts or discards it like any card,
and it is recorded like any suggestion, under the engine ``supervisor`` and the entry ``supervisor:<note id>``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copilot.model import Kind, Suggestion
from copilot.ranking import PRIORITY
from copilot.text.i18n import translate

if TYPE_CHECKING:
    from copilot.central.live import LivePublisher, SupervisorNote
    from copilot.live.conversation import LiveConversation
    from copilot.live.mood import Mood
    from copilot.model import Utterance

ENGINE = "supervisor"


def card_event(card: Suggestion, state: str) -> dict[str, Any]:
    """A card as supervisors see it: its kind and title, whether it is an escalation, and what became of it
    (shown, inserted, edited, discarded, expired). Not its text: that is the playbook's, or the agent's to say."""
    return {"id": card.id, "kind": str(card.kind), "title": card.title, "engine": card.engine, "state": state,
            "escalation": card.kind is Kind.ESCALATION}


def mood_event(mood: Mood) -> dict[str, Any]:
    return {"level": round(mood.level, 3), "trend": str(mood.trend),
            "tone": None if mood.tone is None else str(mood.tone)}


def publish_line(live: LivePublisher, conversation: LiveConversation, utterance: Utterance, *,
                 silence_s: float) -> None:
    """A line, to supervisors; on the call's first line, the call and its board first."""
    session = conversation.session
    if not conversation.published:
        conversation.published = True
        live.call_started(conversation.id, agent=session.conversation.agent, team=session.team,
                          channel=session.channel, started_at=conversation.opened_at,
                          context=session.conversation.context)
        for card in session.cards:
            live.publish(conversation.id, "card", card_event(card, "shown"))
    else:
        said = session.conversation.utterances
        gap = utterance.received_at - said[-2].received_at if len(said) > 1 else 0.0
        if gap >= silence_s:
            live.publish(conversation.id, "silence", {"seconds": round(gap, 1)})
    live.publish(conversation.id, "line", {"speaker": str(utterance.speaker), "text": utterance.text,
                                           "lang": utterance.lang, "idx": utterance.index})


def note_card(note: SupervisorNote, lang: str, utterance_index: int) -> Suggestion:
    """The card a supervisor's note becomes on the agent's panel."""
    return Suggestion(
        kind=Kind.SUPERVISOR, text=note.text.strip(),
        title=translate("Supervision", "Note from your supervisor"),
        rationale=translate("Supervision", "{name} is following this call and sent it").format(name=note.author_name),
        entry_id=f"supervisor:{note.id}", lang=lang, score=float(PRIORITY[Kind.SUPERVISOR]), engine=ENGINE,
        source_label=translate("Supervision", "Supervisor · {name}").format(name=note.author_name),
        utterance_index=utterance_index)
