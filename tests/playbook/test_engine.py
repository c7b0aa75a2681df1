"""The playbook engine per language: right card, right language, with its reason, and only then."""

from __future__ import annotations

import pytest

from copilot.live.session import Session
from copilot.model import Kind, Speaker
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook

BOOK = {
    "playbook": {"name": "t", "default_language": "en"},
    "entry": [
        {
            "id": "objection.price", "kind": "objection",
            "title": {"en": "Price", "nl": "Prijs", "fr": "Prix", "he": "מחיר"},
            "text": {
                "en": "I understand[, {customer.first_name}]. Let's look at what you use.",
                "nl": "Dat begrijp ik[, {customer.first_name}]. Laten we kijken wat u gebruikt.",
                "fr": "Je comprends[, {customer.first_name}]. Regardons ce que vous utilisez.",
                "he": "אני מבין[, {customer.first_name}]. בוא נבדוק מה אתה צורך.",
            },
            "triggers": {"en": ["too expensive"], "nl": ["te duur"], "fr": ["trop cher"], "he": ["יקר מדי"]},
        },
        {
            "id": "escalation.human", "kind": "escalation",
            "title": {"en": "Wants a person"}, "text": {"en": "Offer a supervisor."},
            "triggers": {"en": ["speak to a manager", "real person"], "nl": ["leidinggevende"]},
        },
        {
            "id": "upsell.fibre", "kind": "upsell", "title": {"en": "Fibre"},
            "text": {"en": "Fibre is {offer.price} a month."},
            "triggers": {"en": ["slow internet"]},
            "when": {"plan": ["basic"], "tenure_months": {"min": 12}, "products": {"lacks": "fibre"}},
        },
        {
            "id": "compliance.identity", "kind": "compliance", "title": {"en": "Check identity"},
            "text": {"en": "Verify identity before changing the account."},
            "triggers": {"en": ["change my address"]},
            "unless_agent_said": {"en": ["date of birth"]}, "once": True,
        },
        {
            "id": "compliance.recording", "kind": "compliance", "title": {"en": "Recording"},
            "text": {"en": "This call is recorded.", "nl": "Dit gesprek wordt opgenomen."},
            "on_start": True, "once": True, "speaker": "any",
        },
        {
            "id": "compliance.ai", "kind": "compliance", "title": {"en": "AI disclosure"},
            "text": {"en": "I use an AI assistant."}, "on_start": True, "policy": "ai_disclosure",
        },
        {
            "id": "reply.hold", "kind": "reply", "title": {"en": "Hold"}, "speaker": "agent",
            "text": {"en": "Thank you for holding."}, "triggers": {"en": ["let me check"]},
        },
    ],
}
CONTEXT = {
    "customer": {"first_name": "Anna", "plan": "basic", "tenure_months": 30, "products": ["mobile"]},
    "offer": {"price": "€ 45"},
}


def run(lines, context=None, policies=()):
    """Cards shown per utterance, as (index, entry id, lang, text) tuples."""
    session = Session(PlaybookEngine(parse_playbook(BOOK), policies), context=context or {})
    shown = [(-1, s.entry_id, s.lang, s.text) for s in session.start().shown]
    for speaker, text in lines:
        utterance = session.add_utterance(speaker, text)
        for s in session.offer(session.suggest(utterance), utterance.index).shown:
            shown.append((utterance.index, s.entry_id, s.lang, s.text))
    return shown


@pytest.mark.parametrize(
    ("line", "lang", "opening"),
    [
        ("Honestly, this is too expensive for me", "en", "I understand, Anna."),
        ("Eerlijk gezegd is het mij te duur", "nl", "Dat begrijp ik, Anna."),
        ("Franchement c'est trop cher pour moi", "fr", "Je comprends, Anna."),
        ("בכנות, זה יקר מדי בשבילי", "he", "אני מבין, Anna."),
    ],
)
def test_price_objection_in_each_language(line, lang, opening):
    cards = [c for c in run([("customer", line)], CONTEXT) if c[0] >= 0]
    assert [(c[1], c[2]) for c in cards] == [("objection.price", lang)]
    assert cards[0][3].startswith(opening)


@pytest.mark.parametrize(
    "line",
    ["It is not too expensive", "Het is niet te duur", "Ce n'est pas trop cher", "זה לא יקר מדי"],
)
def test_negated_objection_shows_nothing(line):
    assert [c for c in run([("customer", line)]) if c[0] >= 0] == []


def test_missing_first_name_is_left_out_not_shown_raw():
    [card] = [c for c in run([("customer", "too expensive")], {}) if c[0] >= 0]
    assert card[3] == "I understand. Let's look at what you use."
    assert "{" not in card[3]


def test_upsell_needs_its_conditions_and_its_values():
    assert ("upsell.fibre" in {c[1] for c in run([("customer", "such slow internet")], CONTEXT)})
    not_basic = {"customer": {**CONTEXT["customer"], "plan": "premium"}, "offer": CONTEXT["offer"]}
    assert "upsell.fibre" not in {c[1] for c in run([("customer", "such slow internet")], not_basic)}
    has_fibre = {"customer": {**CONTEXT["customer"], "products": ["fibre"]}, "offer": CONTEXT["offer"]}
    assert "upsell.fibre" not in {c[1] for c in run([("customer", "such slow internet")], has_fibre)}
    no_price = {"customer": CONTEXT["customer"]}
    assert "upsell.fibre" not in {c[1] for c in run([("customer", "such slow internet")], no_price)}


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", ["plan is basic", "tenure\u00a0months\u00a0≥\u00a012", "has no fibre"]),
     ("nl", ["plan is basic", "tenure\u00a0months\u00a0≥\u00a012", "heeft geen fibre"]),
     ("he", ["plan: basic", "tenure\u00a0months\u00a0≥\u00a012", "אין fibre"])],
)
def test_the_why_line_names_the_customers_conditions_in_the_agents_language(language, said):
    """The conditions were English words under a Hebrew panel, and "≥ 12" broke over two lines there, leaving the
    number alone at the far end of the next line."""
    from pathlib import Path

    from copilot.text import i18n

    if language != "en":
        assert i18n.use_catalogue(Path(__file__).resolve().parents[2] / "resources" / "i18n", language)
    try:
        session = Session(PlaybookEngine(parse_playbook(BOOK)), context=CONTEXT)
        session.start()
        line = session.add_utterance("customer", "such slow internet")
        [card] = [s for s in session.suggest(line) if s.entry_id == "upsell.fibre"]
    finally:
        i18n.use(None)
    for words in said:
        assert words in card.rationale
    assert " ≥ " not in card.rationale


def test_suggestion_follows_a_language_switch_mid_conversation():
    cards = run([
        ("customer", "Het is te duur"),
        *[("agent", "Ik begrijp het, even kijken")] * 8,
        ("customer", "Sorry, my husband here: it is too expensive, really"),
    ], CONTEXT)
    assert [(c[1], c[2]) for c in cards if c[1] == "objection.price"] == [
        ("objection.price", "nl"), ("objection.price", "en")]


def test_cooldown_keeps_a_card_from_returning_every_turn():
    lines = [("customer", "too expensive")] * 4
    assert [c[0] for c in run(lines) if c[1] == "objection.price"] == [0]


def test_card_comes_back_after_its_cooldown():
    lines = [("customer", "too expensive")] + [("agent", "mm")] * 8 + [("customer", "still too expensive")]
    assert [c[0] for c in run(lines) if c[1] == "objection.price"] == [0, 9]


def test_reminder_already_done_by_the_agent_is_not_shown():
    done = run([("agent", "Can you confirm your date of birth?"), ("customer", "I want to change my address")])
    assert "compliance.identity" not in {c[1] for c in done}
    not_done = run([("customer", "I want to change my address")])
    assert "compliance.identity" in {c[1] for c in not_done}


def test_opening_reminders_and_policy_flags():
    assert [c[1] for c in run([]) if c[0] == -1] == ["compliance.recording"]
    assert {c[1] for c in run([], policies=["ai_disclosure"]) if c[0] == -1} == {
        "compliance.recording", "compliance.ai"}


def test_agent_triggers_fire_on_agent_lines_only():
    assert "reply.hold" in {c[1] for c in run([("agent", "let me check that")])}
    assert "reply.hold" not in {c[1] for c in run([("customer", "let me check that")])}


def test_escalation_outranks_an_objection_and_says_why():
    session = Session(PlaybookEngine(parse_playbook(BOOK)), context=CONTEXT)
    utterance = session.add_utterance(Speaker.CUSTOMER, "Too expensive! Let me speak to a manager")
    found = session.suggest(utterance)
    assert [s.kind for s in found] == [Kind.ESCALATION, Kind.OBJECTION]
    assert "speak to a manager" in found[0].rationale
    assert "too expensive" in found[1].rationale


def test_at_most_four_cards_and_stale_ones_expire():
    book = {"playbook": {}, "entry": [
        {"id": f"r{i}", "kind": "reply", "title": {"en": "R"}, "text": {"en": f"Reply {i}"},
         "triggers": {"en": [f"topic{i}"]}} for i in range(6)
    ]}
    session = Session(PlaybookEngine(parse_playbook(book)), card_ttl=3)
    for i in range(6):
        utterance = session.add_utterance("customer", f"about topic{i}")
        session.offer(session.suggest(utterance), utterance.index)
        assert len(session.cards) <= 4
    assert [c.entry_id for c in session.cards] == ["r5", "r4", "r3"]


def test_an_opening_card_still_up_follows_the_customer_language():
    session = Session(PlaybookEngine(parse_playbook(BOOK)))
    [card] = session.start().shown
    assert (card.lang, card.text) == ("en", "This call is recorded.")
    session.take_change()
    session.add_utterance(Speaker.CUSTOMER, "Goedemiddag, ik heb een vraag over mijn rekening")
    assert (card.lang, card.text) == ("nl", "Dit gesprek wordt opgenomen.")
    assert session.take_change().restated == [card]
    assert not session.take_change()  # taken once: the board is drawn once


def test_one_short_english_word_does_not_switch_a_dutch_call():
    session = Session(PlaybookEngine(parse_playbook(BOOK)))
    session.add_utterance(Speaker.CUSTOMER, "Goedemiddag, ik heb een vraag over mijn rekening")
    for word in ("Thanks", "Ja", "No", "Nee", "ok thanks"):
        session.add_utterance(Speaker.CUSTOMER, word)
        assert session.conversation.customer_language == "nl", word
    session.add_utterance(Speaker.CUSTOMER, "Sorry, my husband here, he is taking over the call now")
    assert session.conversation.customer_language == "en"


def test_two_short_lines_that_agree_do_switch():
    session = Session(PlaybookEngine(parse_playbook(BOOK)))
    session.add_utterance(Speaker.CUSTOMER, "Goedemiddag, ik heb een vraag over mijn rekening")
    session.add_utterance(Speaker.CUSTOMER, "Thank you")
    session.add_utterance(Speaker.CUSTOMER, "Yes please")
    assert session.conversation.customer_language == "en"


def shown_cards(session, text, speaker=Speaker.CUSTOMER):
    utterance = session.add_utterance(speaker, text)
    session.offer(session.suggest(utterance), utterance.index)
    return [card.entry_id for card in session.cards if card.entry_id != "compliance.recording"]


def test_a_card_the_customer_keeps_returning_to_stays_up():
    session = Session(PlaybookEngine(parse_playbook(BOOK)), card_ttl=3)
    session.start()
    session.discard(session.cards[0].id)  # the recording notice
    assert shown_cards(session, "too expensive") == ["objection.price"]
    for i in range(2):
        shown_cards(session, f"filler {i}", Speaker.AGENT)
    assert shown_cards(session, "it is still too expensive") == ["objection.price"]
    for i in range(2):
        assert shown_cards(session, f"filler again {i}", Speaker.AGENT) == ["objection.price"]
    assert shown_cards(session, "filler at last", Speaker.AGENT) == []


def test_an_urgent_card_is_not_pushed_out_by_newer_minor_ones():
    book = {"playbook": {}, "entry": [
        {"id": "escalation.legal", "kind": "escalation", "title": {"en": "Legal"}, "text": {"en": "Escalate."},
         "triggers": {"en": ["lawyer"]}},
        *({"id": f"reply.r{i}", "kind": "reply", "title": {"en": "R"}, "text": {"en": f"Reply {i}"},
           "triggers": {"en": [f"topic{i}"]}} for i in range(4)),
    ]}
    session = Session(PlaybookEngine(parse_playbook(book)))
    shown_cards(session, "I will call my lawyer")
    cards = shown_cards(session, "topic0 topic1 topic2 topic3")
    assert cards[0] == "escalation.legal"
    assert len(cards) == 4


def test_a_reminder_the_agent_takes_care_of_leaves_the_board():
    session = Session(PlaybookEngine(parse_playbook(BOOK)))
    assert shown_cards(session, "I want to change my address") == ["compliance.identity"]
    decisions = []
    session.recorder.decision_made = lambda _sid, decision: decisions.append(decision)
    identity = session.card(next(c.id for c in session.cards if c.entry_id == "compliance.identity"))
    assert "compliance.identity" not in shown_cards(session, "Can you confirm your date of birth?", Speaker.AGENT)
    assert [(d.suggestion_id, d.action, d.reason) for d in decisions] == [(identity.id, "expired", "done")]


def test_a_card_being_edited_is_kept_and_keeps_its_language():
    session = Session(PlaybookEngine(parse_playbook(BOOK)), card_ttl=2)
    shown_cards(session, "too expensive")
    card = next(c for c in session.cards if c.entry_id == "objection.price")
    session.start_editing(card.id)
    for i in range(3):
        shown_cards(session, f"filler {i}", Speaker.AGENT)
    session.add_utterance(Speaker.CUSTOMER, "Eerlijk gezegd wil ik het graag in het Nederlands")
    assert session.cards == [card] and card.lang == "en"
    decision = session.insert(card.id)
    assert decision.action == "inserted"


def test_inserting_an_emptied_text_is_refused_and_keeps_the_card():
    from copilot.live.session import EmptyText

    session = Session(PlaybookEngine(parse_playbook(BOOK)))
    shown_cards(session, "too expensive")
    cards = list(session.cards)
    card = next(c for c in cards if c.entry_id == "objection.price")
    with pytest.raises(EmptyText):
        session.insert(card.id, "   ")
    assert session.cards == cards
