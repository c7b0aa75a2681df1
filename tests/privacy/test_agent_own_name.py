"""The agent's own first name, as they open the call, is the company's (as its address is): it reaches the model as
it is, also when the customer greets them by it. Every other name still leaves only as a placeholder."""

from __future__ import annotations

import pytest

from copilot.privacy.context import Turn
from copilot.privacy.redaction import RedactionSession


def redact(*lines: str, context: dict | None = None) -> list[str]:
    session = RedactionSession()
    session.add_context(context or {})
    turns = [Turn("agent" if line.startswith("A: ") else "customer", line[3:]) for line in lines]
    return [r.text for r in session.redact_conversation(turns)]


@pytest.mark.parametrize(("opening", "greeting", "agent", "caller"), [
    ("A: Met Tostino Koffie, u spreekt met Iris.", "C: Hoi Iris, met Stefan Nowak.", "Iris", "Stefan Nowak"),
    ("A: Hi, you're through to Tostino Coffee, this is Sam. How can I help?", "C: Hi Sam, it's Emeka Obi.", "Sam",
     "Emeka Obi"),
    ("A: Good afternoon, Tostino Coffee, Megan speaking.", "C: Hi Megan, Ahmed Khan here.", "Megan", "Ahmed Khan"),
    ("A: Tostino Café bonjour, Léa à l'appareil.", "C: Bonjour Léa, c'est Abdoulaye Sow.", "Léa", "Abdoulaye Sow"),
    ("A: טוסטינו קפה, מדברת שני.", "C: היי שני, זה ג'מיל חלבי.", "שני", "ג'מיל חלבי"),
])
def test_the_agents_own_name_stays_and_the_callers_leaves(opening, greeting, agent, caller):
    sent = redact(opening, greeting)
    assert agent in sent[0] and agent in sent[1]
    assert caller not in sent[1] and "[NAME_1]" in sent[1]


def test_the_company_named_in_the_greeting_is_no_person():
    assert redact("A: Met Tostino Koffie, u spreekt met Iris.")[0] == "Met Tostino Koffie, u spreekt met Iris."


def test_a_caller_named_like_the_agent_is_still_redacted():
    context = {"customer": {"first_name": "Sam", "last_name": "Okafor"}}
    sent = redact("A: Hi, this is Sam.", "C: Hi, Sam Okafor here, funny, same name.", context=context)
    assert "Okafor" not in sent[1] and "Sam" not in sent[1]


def test_the_caller_introducing_themself_is_not_the_agent():
    assert "Sam" not in redact("C: Hi, this is Sam, I have a question.")[0]


def test_a_customer_greeted_before_the_agent_names_themself_is_still_redacted():
    sent = redact("A: Hello Mr Jones, this is Sam from billing.")
    assert "Jones" not in sent[0] and "Sam" in sent[0]
