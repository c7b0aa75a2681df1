"""One ranking scale for playbook, knowledge and AI cards (``copilot.ranking``), as the agent sees the board."""

from __future__ import annotations

from copilot.live.session import Session
from copilot.model import Kind, Speaker, Suggestion
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook
from copilot.ranking import ai_score, knowledge_score

BOOK = parse_playbook({"playbook": {}, "entry": [
    {"id": "reply.greeting", "kind": "reply", "title": {"en": "Greeting"}, "text": {"en": "Good morning!"},
     "triggers": {"en": ["good morning", "hello"]}},
    {"id": "escalation.human", "kind": "escalation", "title": {"en": "Person"}, "text": {"en": "Offer a supervisor."},
     "triggers": {"en": ["manager"]}},
    {"id": "compliance.id", "kind": "compliance", "title": {"en": "Identity"}, "text": {"en": "Check identity."},
     "triggers": {"en": ["my account"]}},
    {"id": "objection.price", "kind": "objection", "title": {"en": "Price"}, "text": {"en": "Let's look at usage."},
     "triggers": {"en": ["too expensive"]}},
    {"id": "upsell.plan", "kind": "upsell", "title": {"en": "Plan"}, "text": {"en": "A bigger plan?"},
     "triggers": {"en": ["more data", "more gigabytes", "always run out"]}},
]})


def knowledge_card(confidence: float, index: int) -> Suggestion:
    return Suggestion(Kind.KNOWLEDGE, "Refunds take five days.", "Refunds", "Matches", "kb:refunds", "en",
                      knowledge_score(confidence), engine="knowledge", utterance_index=index)


def ai_card(kind: Kind, index: int) -> Suggestion:
    return Suggestion(kind, "An AI reply.", "Suggested reply", "Drafted by AI", f"ai:{kind}", "en", ai_score(kind),
                      engine="generative", ai_generated=True, utterance_index=index)


def board(session: Session) -> list[str]:
    return [card.entry_id for card in session.cards]


def test_a_full_confidence_knowledge_answer_outranks_a_greeting():
    session = Session(PlaybookEngine(BOOK))
    line = session.add_utterance(Speaker.CUSTOMER, "Good morning, hello")
    [greeting] = session.suggest(line)
    assert greeting.entry_id == "reply.greeting"
    session.offer([greeting, knowledge_card(1.0, line.index)], line.index)
    assert board(session) == ["kb:refunds", "reply.greeting"]


def test_a_weak_knowledge_answer_stays_below_an_objection_the_customer_clearly_raised():
    session = Session(PlaybookEngine(BOOK))
    line = session.add_utterance(Speaker.CUSTOMER, "This is too expensive")
    session.offer([*session.suggest(line), knowledge_card(0.6, line.index)], line.index)
    assert board(session) == ["objection.price", "kb:refunds"]


def test_escalations_and_compliance_stay_on_top_however_old():
    session = Session(PlaybookEngine(BOOK), card_ttl=10)
    first = session.add_utterance(Speaker.CUSTOMER, "I want your manager, it is about my account")
    session.offer(session.suggest(first), first.index)
    for text in ("hm", "well", "I see", "so"):
        session.add_utterance(Speaker.CUSTOMER, text)
    line = session.add_utterance(Speaker.CUSTOMER, "too expensive, I always run out, need more data")
    session.offer([*session.suggest(line), knowledge_card(1.0, line.index)], line.index)
    assert board(session)[:2] == ["escalation.human", "compliance.id"]
    assert set(board(session)[2:]) <= {"objection.price", "kb:refunds", "upsell.plan"}


def test_an_ai_draft_ranks_below_the_same_kind_from_the_playbook():
    session = Session(PlaybookEngine(BOOK))
    line = session.add_utterance(Speaker.CUSTOMER, "Good morning")
    session.offer([*session.suggest(line), ai_card(Kind.REPLY, line.index)], line.index)
    assert board(session) == ["reply.greeting", "ai:reply"]


def test_newer_subjects_come_before_older_ones_of_the_same_kind():
    session = Session(PlaybookEngine(BOOK))
    old = session.add_utterance(Speaker.CUSTOMER, "I always run out, need more data")
    session.offer(session.suggest(old), old.index)
    for text in ("hm", "well"):
        session.add_utterance(Speaker.CUSTOMER, text)
    new = session.add_utterance(Speaker.CUSTOMER, "too expensive")
    session.offer(session.suggest(new), new.index)
    assert board(session) == ["objection.price", "upsell.plan"]
