"""Probes that an attacker's review of the uncued first names and of whose e-mail address an agent gives found
(each failed before its fix): the customer's address in the agent's turn kept as the company's, a name half
redacted, and brands, products, places and everyday words taken for people."""

from __future__ import annotations

import pytest

from copilot.privacy.context import TurnContext
from copilot.privacy.redaction import RedactionSession, Redactor, Turn, Vault

REDACTOR = Redactor()


def redact(text: str, *, agent: bool = False) -> str:
    session = RedactionSession(redactor=REDACTOR)
    return (session.redact(text, TurnContext(agent=True)) if agent else session.redact(text)).text


def test_the_customers_address_read_back_in_another_case_is_redacted():
    turns = [Turn("customer", "My email is sarah@thompsons.net"),
             Turn("agent", "Lovely, I've sent it to Sarah@Thompsons.net just now.")]
    said = [t.text for t in RedactionSession(redactor=REDACTOR).redact_conversation(turns)]
    assert "Thompsons.net" not in said[1] and said[1] == "Lovely, I've sent it to [EMAIL_1] just now."


@pytest.mark.parametrize("text", [
    "Ik stuur de bevestiging naar jan@dejong-bouw.nl.",  # a sole trader's own domain
    "I've sent the invoice to mark.evans@evansplumbing.co.uk.",
    "Je vous envoie le lien à claire.dubois@dubois-architectes.fr.",
    "I've copied in your wife, Sarah, at sarah@thompsonfamily.net.",
    "השלחתי את החשבונית ל-yossi@levi-tech.co.il.",
    "I've sent it to j.dekker@zeelandnet.nl.",  # a provider no list holds
    "I've sent it to tom@pm.me.",
])
def test_an_address_in_the_agents_turn_is_the_customers_unless_it_names_a_role(text):
    assert "@" not in redact(text, agent=True)


@pytest.mark.parametrize("text", [
    "Stuur de foto's naar werkplaats@botenhuis.nl, dan kijken we ernaar.",
    "Receipts come from Accounts Desk, accounts.desk@example.co.uk.",
    "Écrivez au service client, service.clients@example.fr.",
    "Opzeggen kan via opzeg@kelderkast.be.",
])
def test_the_companys_role_mailboxes_stay(text):
    assert redact(text, agent=True) == text


def test_a_passage_keeps_the_companys_mailbox_but_not_a_staff_members():
    out = Vault(redactor=REDACTOR).redact_company("Escalaties: mail teamleider Noor Bakker via noor.bakker@acme.nl "
                                                  "of de afdeling via klachten@acme.nl.")
    assert "noor.bakker" not in out and "Noor Bakker" not in out and "klachten@acme.nl" in out


@pytest.mark.parametrize(("text", "leak"), [
    ("Kijk, Jan Peter de Vries heeft betaald.", "Vries"),  # two first names, then the surname
    ("Marie Claire Dubois a payé la facture.", "Dubois"),
    ("Jean-Pierre a payé la facture.", "Jean"),
    ("Since January Ellie has paid it.", "Ellie"),  # a month before a name is no brand
    ("Noor 2 keer gebeld, niemand nam op.", "Noor"),  # a count after a name is no model number
])
def test_the_whole_name_is_redacted(text, leak):
    assert leak not in redact(text)


@pytest.mark.parametrize("text", [
    "Ik heb de Tommy Hilfiger jas in maat L ontvangen.",
    "Ik bestelde de Noa stoel en de Finn tafel.",
    "De bank Lars is in de kleur antraciet besteld.",
    "Is de Lotte winkel in Amsterdam open op zondag?",
    "Mijn bril komt van Hans Anders.",
    "Jan and Feb invoices are both wrong.",
    "Can I return the Emma mattress after 100 nights?",
    "Thomas Cook cancelled my holiday in 2019.",
    "Hannah Montana DVD was scratched.",
    "J'habite avenue Victor Hugo à Paris.",
    "Le lycée Victor Hugo organise un voyage.",
    "J'ai vu l'offre Marie Claire dans le magazine.",
    "נורית אדומה מהבהבת בראוטר.",  # a warning light
    "הוא חנה ליד הסניף ולא קיבל דוח.",  # parked
    "יש לי אודי A3 והיא במוסך.",  # a car
    "יהודה ושומרון לא באזור החלוקה?",  # a region
    "ברחוב בן יהודה יש סניף?",  # a street
])
def test_brands_products_places_and_everyday_words_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(("text", "left"), [
    ("gil.stern שטרודל walla נקודה co נקודה il", "gil"),
    ("c'est marie.dupont arobase orange point fr", "marie"),
    ("it's jan.de-vries at gmail dot com", "jan"),
    ("genevieve point tremblay arobase videotron point ca", "tremblay"),  # a domain of another country
])
def test_a_spoken_address_with_a_written_dot_in_it_is_redacted_whole(text, left):
    said = redact(text)
    assert "[EMAIL_1]" in said and left not in said  # "gil.[EMAIL_1]" left the first name in clear


@pytest.mark.parametrize("text", [
    "oui c'est rapide, j'ai une question",  # "oui" is no greeting before a name here: an everyday word after it
    "ja met foto",  # answers "Heeft u een pasje?": after a bare yes only a given name is one
    "yes it's amazing, thank you",
])
def test_an_answer_after_yes_keeps_its_everyday_words(text):
    assert redact(text) == text


@pytest.mark.parametrize(("text", "name"), [
    ("ja met sanne", "sanne"),  # a given name after a bare yes is still the caller's
    ("hoi ik ben xiomara, mn moeder heeft een vraag", "xiomara"),  # after a greeting any one-word name counts
])
def test_a_chat_name_after_yes_or_a_greeting_is_redacted(text, name):
    assert name not in redact(text)


def test_the_company_named_before_its_desk_in_the_agents_greeting_stays():
    said = redact("Goedemiddag, u spreekt met Orlan klantenservice, waarmee kan ik helpen?", agent=True)
    assert "Orlan klantenservice" in said
