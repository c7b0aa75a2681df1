"""A name given as the caller's own, or to someone of the call, leaves only as a placeholder: also when it is a public
figure's, when the agent has the same first name, or when it follows the agent's own introduction."""

from __future__ import annotations

import time

import pytest

from copilot.privacy.context import Turn
from copilot.privacy.recalled import houses_again, read_back
from copilot.privacy.redaction import RedactionSession, Vault


def turns(*lines: str) -> list[Turn]:
    return [Turn("agent" if line.startswith("A: ") else "customer", line[3:]) for line in lines]


def redact(*lines: str, context: dict | None = None) -> list[str]:
    session = RedactionSession()
    session.add_context(context or {})
    return [r.text for r in session.redact_conversation(turns(*lines))]


def live(*lines: str) -> list[str]:
    vault = Vault()
    said = turns(*lines)
    out: list[str] = []
    for end in range(1, len(said) + 1):
        out = vault.redact_turns(said[:end])
    return out


@pytest.mark.parametrize(("line", "name"), [
    ("C: Hi, my name is Max Verstappen, about my order.", "Verstappen"),
    ("C: Hi, I'm Lewis Hamilton, my order is late.", "Hamilton"),
    ("C: Je m'appelle Kylian Mbappé, c'est pour ma commande.", "Mbappé"),
    ("C: שמי גל גדות, לגבי ההזמנה", "גדות"),
    ("C: Hi, Harry Kane speaking.", "Kane"),
    ("C: The account is in the name of Tom Hanks.", "Hanks"),
])
def test_a_caller_who_gives_a_public_figures_name_as_their_own_is_redacted(line, name):
    assert name not in redact(line)[0]
    assert name not in live(line)[0]


@pytest.mark.parametrize("question", ["A: Who am I speaking with?", "A: Can I have your full name please?"])
def test_a_public_figures_name_given_as_the_answer_to_your_name_is_redacted(question):
    assert "Cook" not in redact(question, "C: It's Tim Cook.")[1]


def test_a_crm_surname_alone_makes_the_public_figures_name_the_callers():
    sent = redact("C: Hi, Max Verstappen here about my order.", context={"customer": {"last_name": "Verstappen"}})
    assert "Verstappen" not in sent[0]


@pytest.mark.parametrize(("line", "name"), [
    ("A: U spreekt met Iris. Spreek ik met Stefan Nowak?", "Nowak"),
    ("A: Hi, this is Sam. Am I through to Emeka Obi?", "Obi"),
    ("A: Hi, this is Sam. Welcome to Emeka Obi's account.", "Obi"),
])
def test_a_customer_named_after_the_agents_introduction_is_redacted(line, name):
    assert name not in redact(line)[0]
    assert "Iris" in redact(line)[0] or "Sam" in redact(line)[0]


@pytest.mark.parametrize(("opening", "caller"), [
    ("A: U spreekt met Iris.", "C: Hallo, met Iris."),
    ("A: Hi, this is Iris.", "C: Hi Iris, my name is Iris too."),
    ("A: Bonjour, Léa à l'appareil.", "C: Bonjour, c'est Léa aussi."),
    ("A: טוסטינו קפה, מדברת שני.", "C: שלום, שמי שני."),
])
def test_a_caller_who_has_the_agents_first_name_is_redacted(opening, caller):
    name = opening.rstrip(".").split()[-1] if "Iris" in opening else ("Léa" if "Léa" in opening else "שני")
    sent = redact(opening, caller)
    assert name in sent[0] and name not in sent[1]
    assert name not in live(opening, caller)[1]


def test_the_callers_first_name_said_again_after_their_full_name_is_redacted():
    sent = redact("A: Hi, this is Karen.", "C: Hi, yes, Karen Smith. Karen, with a K.")
    assert "Karen" not in sent[1]


def test_an_agent_confirming_the_callers_name_later_is_not_giving_their_own():
    sent = redact("A: Hi, this is Sam, how can I help?", "C: I have a question about my bill.",
                  "A: Sure. And it's Karen, right?", "C: Yes. Karen.")
    assert "Karen" not in sent[2] and "Karen" not in sent[3]


@pytest.mark.parametrize(("question", "iban", "read_back"), [
    ("A: What is your IBAN?", "C: NL91 ABNA 0417 1643 00", "A: So NL91 ABNA 0417 1643 00, correct?"),
    ("A: Wat is uw IBAN?", "C: NL91 ABNA 0417 1643 00", "A: Dus NL91 ABNA 0417 1643 00, klopt dat?"),
    ("A: What's your IBAN?", "C: GB29 NWBK 6016 1331 9268 19", "A: GB29 NWBK 6016 1331 9268 19, thank you."),
])
def test_an_iban_read_back_leaves_whole_as_the_customers(question, iban, read_back):
    sent = redact(question, iban, read_back)
    assert sent[1].strip() == "[IBAN_1]"
    assert "[IBAN_1]" in sent[2] and "ABNA" not in sent[2] and "NWBK" not in sent[2]
    assert "[IBAN_1]" in live(question, iban, read_back)[2]


def test_a_long_agent_turn_after_a_long_dictation_is_read_back_in_time():
    """A page of digits the customer pasted and a long agent turn: the read-back look-up stays linear."""
    started = time.perf_counter()
    found = list(read_back("1111111, " * 2200, "12" * 10000, "PHONE"))
    assert time.perf_counter() - started < 8 and found == []


def test_a_long_text_full_of_numbers_is_searched_for_a_house_number_in_time():
    started = time.perf_counter()
    assert list(houses_again("7 " * 10000, frozenset({"7"}))) == []
    assert len(list(houses_again("Ja, 12. " * 2500, frozenset({"12"})))) == 2500
    assert time.perf_counter() - started < 1


def test_a_read_back_after_a_long_turn_still_redacts_the_number_just_dictated():
    sent = redact("A: What is your phone number?", "C: " + "order 12345, " * 200 + "and my phone is 0612345678",
                  "A: So 06 12 34 56 78, thanks.")
    assert "56 78" not in sent[2] and "[PHONE_1]" in sent[2]
