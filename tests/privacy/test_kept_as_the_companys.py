"""What stays because it is the company's (the agent's own name before the company, its crew named by their work, a
reply the agent signs, a number the agent named as an invoice's, a product by its model) never keeps the customer's:
each rule tried from the side an attacker would take."""

from __future__ import annotations

from copilot.privacy.context import Turn
from copilot.privacy.redaction import Vault


def live(*lines: str, context: dict | None = None) -> list[str]:
    """Each turn as the last request of the call carried it, every earlier request having been made."""
    vault = Vault()
    vault.add_context(context or {})
    said = [Turn("agent" if line.startswith("A: ") else "customer", line[3:]) for line in lines]
    out: list[str] = []
    for end in range(1, len(said) + 1):
        out = vault.redact_turns(said[:end])
    return out


def test_the_agent_thanking_the_customer_by_name_is_no_signature():
    out = live("C: My boiler is leaking again.", "A: We'll send someone tomorrow. Thanks, Mark.",
               context={"customer": {"first_name": "Mark", "last_name": "Visser"}})
    assert "Mark" not in out[1]


def test_a_reply_the_agent_signs_keeps_the_agents_name_and_hides_the_customers():
    out = live("C: Beste mensen, de tegels zijn gebarsten. Groet, Hanneke Dijkstra",
               "A: Beste mevrouw Dijkstra, we sturen nieuwe. Groeten, Lotte van Tegelhuis")
    assert "Hanneke" not in out[0] and "Dijkstra" not in out[1]
    assert "Groeten, Lotte van Tegelhuis" in out[1]


def test_a_customer_signing_the_same_way_is_still_hidden():
    out = live("C: Kind regards, Fiona")
    assert "Fiona" not in out[0]


def test_a_number_the_customer_calls_an_order_is_no_licence_for_their_phone():
    out = live("C: My order number is 0612345678.", "A: Let me look.", "C: And call me back on 0612345678 please.")
    assert "0612345678" not in out[2]


def test_a_number_the_agent_named_as_an_invoice_stays_when_the_customer_repeats_it():
    out = live("A: Please quote invoice number 176418457 with the transfer.", "C: Is 176418457 my customer number?")
    assert "176418457" in out[1]


def test_a_relative_by_a_trade_is_the_customers_not_the_companys():
    out = live("C: Mijn zwager is monteur, Jeroen Bakker, die kijkt er ook naar.")
    assert "Jeroen" not in out[0] and "Bakker" not in out[0]


def test_the_crew_named_by_their_work_stays_and_so_do_their_names_later():
    out = live("A: De monteurs, Sander en Ruben, komen dinsdag.", "C: Prima.", "A: Sander belt een half uur vooraf.")
    assert "Sander en Ruben" in out[0] and "Sander belt" in out[2]


def test_a_caller_with_the_agents_name_after_the_company_is_still_hidden():
    out = live("A: Hi, you're through to Priya at Dormello.", "C: Hi, this is Priya Shah, about my delivery.")
    assert "you're through to Priya at Dormello" in out[0]
    assert "Shah" not in out[1]


def test_a_product_by_its_model_stays_and_a_person_before_a_booking_does_not():
    kept = live("C: is it as good as the Emma Original?")
    assert "Emma Original" in kept[0]
    hidden = live("A: Your name, please?", "C: Emma Jansen, it's for the booking.")
    assert "Jansen" not in hidden[1]
