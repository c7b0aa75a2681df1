"""What reaches the model about a conversation, checked at the wire (the fake OpenAI server records every request):
answers redacted in their conversation, only whitelisted CRM fields, and text a customer types in the shape of
a placeholder coming back exactly as typed. Through the real ``GenerativeEngine`` and ``openai`` SDK.
"""

from __future__ import annotations

import json
import re

import pytest
from fake_openai import Script, serve

from copilot.config.settings import Settings
from copilot.engines.generative import GenerativeClient, GenerativeConfig, GenerativeEngine, config_from_settings
from copilot.model import Conversation, Speaker, Utterance
from copilot.privacy.redaction import Vault

CRM = {"customer": {"first_name": "Sanne", "last_name": "de Vries", "customer_id": "C-99812",
                    "street": "Keizersgracht 12", "address": {"street": "Hoofdstraat 5", "postcode": "8011 AB"},
                    "phone": "06-12345678", "email": "sanne@ziggo.nl", "birth_date": "1985-03-12",
                    "iban": "NL91 ABNA 0417 1643 00", "plan": "Vast 3 jaar", "products": ["energie"]},
       "contract": {"id": "CT-7781", "end": "2026-01-01"}, "offer": {"name": "Fibre 500", "price": "€ 45"},
       "channel": "phone"}
NEVER = ("C-99812", "Keizersgracht", "Hoofdstraat", "8011 AB", "06-12345678", "sanne@ziggo.nl", "1985-03-12",
         "NL91 ABNA", "CT-7781", "de Vries")


@pytest.fixture
def fake():
    yield from serve()


@pytest.fixture
def engine(fake):
    client = GenerativeClient(GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=2.0, max_retries=0))
    yield GenerativeEngine(client)
    client.close()


def reply(*texts: str) -> str:
    return "".join(json.dumps({"kind": "reply", "text": t, "rationale": "", "passage_ids": []}) + "\n" for t in texts)


def call(*lines: str, context: dict | None = None) -> Conversation:
    conversation = Conversation(context=context or {})
    for line in lines:
        conversation.add(Utterance(Speaker.AGENT if line[0] == "A" else Speaker.CUSTOMER, line[3:], lang="nl"))
    return conversation


def sent(fake, request: int = -1) -> str:
    return fake.requests[request].messages[-1]["content"]


def test_crm_ids_streets_contacts_and_birth_dates_never_reach_the_model(fake, engine):
    fake.script(Script(reply=reply("Goedemiddag [NAME_1], uw contract loopt tot 2026.")))
    conversation = call("C: Hoi, ik wil mijn contract verlengen.", context=CRM)
    drafts = list(engine.stream(conversation, conversation.utterances[-1], vault=Vault()))
    request = fake.requests[0].text()
    assert [value for value in NEVER if value in request] == []
    for value in ("Vast 3 jaar", "energie", "2026-01-01", "Fibre 500", "€ 45"):
        assert value in request  # the whitelisted fields still go
    assert '{"field": "customer.first_name", "value": "[NAME_1]"}' in sent(fake)  # only as its placeholder
    assert drafts[0].text == "Goedemiddag Sanne, uw contract loopt tot 2026."


def test_the_whitelist_is_a_setting_it_can_lock(tmp_path, monkeypatch, fake):
    policy = tmp_path / "policy.toml"
    policy.write_text('version = 1\n[settings]\nai_context_fields = ["customer.plan"]\n', encoding="utf-8")
    monkeypatch.setenv("COPILOT_POLICY", str(policy))
    settings = Settings()
    assert settings.locked("ai_context_fields")
    config = config_from_settings(settings, base_url=fake.base_url, model="fake-model", max_retries=0)
    assert config.context_fields == ("customer.plan",)
    fake.script(Script(reply=reply("Prima.")))
    with GenerativeClient(config) as client:
        conversation = call("C: Wat kost het?", context=CRM)
        list(GenerativeEngine(client).stream(conversation, conversation.utterances[-1]))
    request = fake.requests[0].text()
    assert "Vast 3 jaar" in request and "Fibre 500" not in request and "energie" not in request


def test_a_bare_answer_a_dictated_number_and_a_name_after_a_cue_leave_only_as_placeholders(fake, engine):
    fake.default = Script(reply=reply("Dank u."))
    vault = Vault()  # the live conversation's: one for every request about this call
    conversation = call("A: Goedemiddag, waarmee kan ik u helpen?", "C: Ik bel namens mijn moeder, Maria Jansen.",
                        "A: Wat is haar geboortedatum?")
    for line in ("12 maart 1945", "Haar nummer is nul zes twaalf", "34 56 78"):
        utterance = conversation.add(Utterance(Speaker.CUSTOMER, line, lang="nl"))
        list(engine.stream(conversation, utterance, vault=vault))
    everything = "\n".join(request.text() for request in fake.requests)
    for value in ("Maria", "Jansen", "12 maart 1945", "nul zes twaalf", "34 56 78"):
        assert value not in everything
    assert "[DATE_OF_BIRTH_1]" in sent(fake) and "[NAME_1]" in sent(fake)
    assert len(set(re.findall(r"\[PHONE_\d\]", sent(fake)))) == 1  # both pieces, one number, one placeholder


def test_placeholder_text_a_customer_types_comes_back_exactly_as_typed(fake, engine):
    def echo(body: dict) -> str:  # a model that repeats every placeholder it was given
        placeholders = sorted(set(re.findall(r"\[[A-Z_]+_\d+\]", body["messages"][-1]["content"])))
        return reply("U schreef " + " en ".join(placeholders) + ".")

    fake.script(Script(respond=echo))
    conversation = call("A: Naar welk adres mag de bevestiging?",
                        "C: naar noa@walla.co.il, en zet er [EMAIL_1] en [name_1] bij zoals de vorige keer")
    drafts = list(engine.stream(conversation, conversation.utterances[-1], vault=Vault()))
    message = sent(fake)
    assert "[EMAIL_1]" in message and "[name_1]" not in message and "noa@walla.co.il" not in message
    assert "[TEXT_1]" in message and "[TEXT_2]" in message  # what the customer typed, escaped
    assert drafts[0].text == "U schreef noa@walla.co.il en [EMAIL_1] en [name_1]."


def test_the_audit_view_holds_exactly_what_was_sent(fake, engine):
    fake.script(Script(reply=reply("Dank u.")))
    conversation = call("A: Wat is uw geboortedatum?", "C: 3 juli 1979", context=CRM)
    stream = engine.stream(conversation, conversation.utterances[-1], vault=Vault())
    list(stream)
    assert stream.prompt.messages == fake.requests[0].messages  # what LiveConversation.ai_sent shows
    assert "3 juli 1979" not in json.dumps(stream.prompt.messages, ensure_ascii=False)


@pytest.mark.parametrize(("path", "sent"), [
    ("customer.plan", True), ("customer.first_name", True), ("contract.end", True), ("offer.name", True),
    ("customer.last_name", False), ("customer.customerId", False), ("customer.address.street", False),
    ("customer.dateOfBirth", False), ("contract.id", False), ("contract.reference", False), ("case.caseId", False),
    ("customer.mobile", False), ("customer.email", False), ("customer.iban", False), ("customer.notes", False),
])
def test_which_crm_fields_the_default_whitelist_lets_through(path, sent):
    from copilot.config.options import AI_CONTEXT_FIELDS
    from copilot.privacy.context_fields import field_allowed

    assert field_allowed(path, AI_CONTEXT_FIELDS) is sent


def test_listing_an_identifier_or_a_contact_field_does_not_send_it():
    from copilot.privacy.context_fields import field_allowed

    listed = ("customer.*", "customer.email", "customer.customer_id", "customer.birth_date", "customer.street")
    assert [p for p in listed if field_allowed(p.replace("*", "phone"), listed)] == []
    assert field_allowed("customer.plan", listed) and not field_allowed("customer.last_name", listed)


def test_the_whitelist_setting_takes_a_list_of_names_only():
    from copilot.config.options import check

    assert check("ai_context_fields", ["customer.plan", "offer.*"]) == (["customer.plan", "offer.*"], None)
    assert check("ai_context_fields", ["customer.plan", 3])[1] == "setting 'ai_context_fields' must be a list of names"


DISGUISED = [
    pytest.param("Mijn nummer is ０６ １２ ３４ ５６ ７８, bel me maar.", "0612345678", id="full-width-digits"),
    pytest.param("Mijn nummer is ٠٦١٢٣٤٥٦٧٨, bel me maar.", "0612345678", id="arabic-indic-digits"),
    pytest.param("Mijn nummer is 06\u200b12\u200b34\u200b56\u200b78, bel me maar.", "0612345678",
                 id="zero-width-spaces"),
    pytest.param("Mijn nummer is 06\u00ad12\u00ad34\u00ad56\u00ad78, bel me maar.", "0612345678",
                 id="soft-hyphens"),
    pytest.param("Mail me op jan.jansen＠example.com graag.", "jan.jansen", id="full-width-at"),
    pytest.param("Mijn IBAN is ＮＬ９１ ＡＢＮＡ ０４１７ １６４３ ００.", "0417164300", id="full-width-iban"),
    pytest.param("Mijn kaart is 4111\u20121111\u20121111\u20121111.", "4111111111111111", id="figure-dashes"),
    pytest.param("Mijn kaart is 4111\u20131111\u20131111\u20131111.", "4111111111111111", id="en-dashes"),
    pytest.param("Mijn BSN is １１１２２２３３３.", "111222333", id="full-width-bsn"),
    # a letter typed for a digit in a chat: the O for a zero, the I for a one (the rest of the number is the value)
    pytest.param("mijn nummer is O6 12 34 56 78 bel me maar", "12345678", id="letter-o-for-zero"),
    pytest.param("mijn nummer is 06-I2345678 bel me maar", "2345678", id="letter-i-for-one"),
]


@pytest.mark.parametrize(("line", "value"), DISGUISED)
def test_personal_data_in_disguised_characters_never_reaches_the_model(fake, engine, line, value):
    """Full-width digits (an East Asian input method), Arabic-Indic digits, zero-width spaces and soft hyphens
    copied from a PDF, a full-width "@", figure dashes, a letter O or I typed among a number's digits: a model reads
    each as the value it is, and each went to it in clear. The text is folded to plain characters before it is
    redacted."""
    fake.script(Script(reply=reply("Dank u, ik noteer het.")))
    conversation = call(f"C: {line}")
    list(engine.stream(conversation, conversation.utterances[-1], vault=Vault()))
    request = fake.requests[0].text()
    plain = re.sub(r"[^0-9a-z.]", "", request.casefold())
    digits = re.sub(r"\D", "", request)
    assert value not in plain and value not in digits
    assert not re.search("[\uff10-\uff19\u0660-\u0669]", request)  # no digit of another script left either
