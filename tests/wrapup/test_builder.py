"""The wrap-up an agent gets at the end of a call, built up while the call runs.

What the agent notices: the reason is the customer's own first words on the matter, what the agent did and
promised is listed with its due dates, the code is the right one from the team's list (a second only when the
call clearly had two matters), the note is headed in the customer's language, the mood is said only when it
was clear, and the note says when AI-drafted text reached the customer.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from copilot.model import Speaker, Utterance
from copilot.wrapup import WrapupBuilder, WrapupDraft

FRIDAY = date(2024, 3, 8)

CALL_EN = [
    ("customer", "Hello"),
    ("agent", "Good morning, how can I help?"),
    ("customer", "My internet has not worked since yesterday and the modem keeps restarting. "
                 "This is the third time this month, I'm really fed up."),
    ("agent", "I'm sorry to hear that. Can you tell me your postcode?"),
    ("customer", "1012 AB"),
    ("agent", "Thank you. I have reset your line from here."),
    ("agent", "I will send a technician tomorrow between 8 and 12."),
    ("customer", "OK, thanks, that's great, really helpful"),
]
CALL_NL = [
    ("customer", "Goedemiddag"),
    ("agent", "Goedemiddag, waarmee kan ik u helpen?"),
    ("customer", "Ik wil mijn abonnement opzeggen, ik stap over naar een andere aanbieder."),
    ("agent", "Dat is jammer. Ik heb uw abonnement opgezegd."),
    ("agent", "U ontvangt volgende week dinsdag een bevestiging per e-mail."),
    ("customer", "Prima, bedankt"),
]
CALL_FR = [
    ("customer", "Bonjour"),
    ("agent", "Bonjour, que puis-je faire pour vous ?"),
    ("customer", "Je n'ai toujours pas reçu ma commande, le colis devait être livré lundi."),
    ("agent", "Je regarde le suivi de votre colis."),
    ("agent", "J'ai relancé le transporteur, vous allez recevoir votre colis demain."),
    ("customer", "Merci beaucoup"),
]
CALL_HE = [
    ("customer", "שלום"),
    ("agent", "שלום, במה אפשר לעזור?"),
    ("customer", "קיבלתי חשבונית גבוהה מדי החודש, חייבו אותי פעמיים על אותו סכום"),
    ("agent", "ביטלתי את החיוב הכפול."),
    ("agent", "אני אשלח לך אישור מחר."),
    ("customer", "תודה רבה, מעולה"),
]


def built(turns, **kwargs) -> WrapupBuilder:
    builder = WrapupBuilder(call_date=FRIDAY, **kwargs)
    for speaker, text in turns:
        builder.add(speaker, text)
    return builder


def test_an_english_call_gives_reason_actions_dated_follow_up_code_and_mood():
    draft = built(CALL_EN).draft()
    assert draft.reason.startswith("My internet has not worked since yesterday")
    assert draft.actions == ("I have reset your line from here.",)
    assert [(f.text, f.due) for f in draft.follow_ups] == [
        ("I will send a technician tomorrow between 8 and 12.", date(2024, 3, 9))]
    assert [d.code for d in draft.dispositions] == ["technical_fault"]
    assert draft.dispositions[0].label == "Technical fault" and draft.dispositions[0].confidence > 0.5
    assert (draft.mood_start, draft.mood_end) == ("negative", "positive")
    assert draft.language == "en" and draft.drafted_by == "local" and not draft.ai_text_reached_customer


@pytest.mark.parametrize(("turns", "lang", "code", "label", "reason", "action", "due", "heading"), [
    (CALL_NL, "nl", "cancellation", "Opzegging", "Ik wil mijn abonnement opzeggen", "Ik heb uw abonnement opgezegd.",
     date(2024, 3, 12), "Reden van contact: "),
    (CALL_FR, "fr", "order_status", "Suivi de commande", "Je n'ai toujours pas reçu ma commande", None,
     date(2024, 3, 9), "Motif du contact: "),
    (CALL_HE, "he", "billing_question", "שאלה על חשבונית", "קיבלתי חשבונית גבוהה מדי", "ביטלתי את החיוב הכפול.",
     date(2024, 3, 9), "סיבת הפנייה: "),
])
def test_a_call_in_another_language_is_wrapped_up_in_that_language(turns, lang, code, label, reason, action, due,
                                                                    heading):
    draft = built(turns).draft()
    assert draft.language == lang
    assert draft.reason.startswith(reason)
    if action:
        assert action in draft.actions
    assert [f.due for f in draft.follow_ups] == [due]
    assert draft.dispositions[0].code == code and draft.dispositions[0].label == label
    note = draft.as_text()
    assert note.startswith(heading + draft.reason)
    assert f"{label} ({code})" in note


def test_the_hebrew_note_keeps_hebrew_text_and_headings_and_can_be_asked_for_in_english():
    draft = built(CALL_HE).draft()
    hebrew = draft.as_text()
    assert "מה נעשה / סוכם:" in hebrew and "המשך טיפול:" in hebrew and "(עד 2024-03-09)" in hebrew
    assert "טקסט שנוסח בבינה מלאכותית הגיע ללקוח: לא" in hebrew
    english = draft.as_text("en")
    assert "Reason for contact: קיבלתי חשבונית" in english and "Follow-up:" in english


def test_the_draft_builds_up_as_the_call_runs():
    builder = WrapupBuilder(call_date=FRIDAY)
    empty = builder.draft()
    assert (empty.reason, empty.actions, empty.dispositions, empty.mood_start) == ("", (), (), None)
    builder.add("customer", "Hello")
    assert builder.draft().reason == ""  # a greeting is no reason for contact
    builder.add("customer", "I moved house last month and need to change my address on the account.")
    early = builder.draft()
    assert early.reason.startswith("I moved house") and early.actions == ()
    assert early.dispositions[0].code == "address_account_change"
    assert builder.draft() is early  # nothing new said: the same draft, no work
    builder.add("agent", "I have updated your address.")
    later = builder.draft()
    assert later.actions == ("I have updated your address.",) and later.turns == 3
    assert early.actions == ()  # a draft already handed out never changes


def test_the_agents_questions_and_small_talk_are_no_actions():
    draft = built([("customer", "I need to change the email address on my account please"),
                   ("agent", "Shall I update it to the new one?"),
                   ("agent", "Let me have a look."),
                   ("agent", "I have changed the email address on your account.")]).draft()
    assert draft.actions == ("I have changed the email address on your account.",)


def test_a_promise_said_twice_is_listed_once():
    draft = built([("customer", "My parcel still has not arrived, where is my order?"),
                   ("agent", "I will call you back tomorrow."),
                   ("customer", "Tomorrow?"),
                   ("agent", "I will call you back tomorrow.")]).draft()
    assert [f.text for f in draft.follow_ups] == ["I will call you back tomorrow."]


def test_a_customer_question_naming_a_day_is_no_follow_up_but_a_customers_promise_is():
    draft = built([("customer", "I can't pay the invoice this month, can I pay in instalments?"),
                   ("customer", "Can you deliver it tomorrow?"),
                   ("agent", "Yes, we can set up a payment plan."),
                   ("customer", "Then I will pay the first part next Monday.")]).draft()
    assert [(f.text, f.due) for f in draft.follow_ups] == [
        ("Then I will pay the first part next Monday.", date(2024, 3, 11))]
    assert draft.dispositions[0].code == "payment_arrangement"


def test_one_matter_gets_one_code_and_two_clear_matters_get_two():
    single = built(CALL_EN).draft()
    assert len(single.dispositions) == 1
    double = built([
        ("customer", "My invoice is far too high this month, I was charged twice for the same amount."),
        ("agent", "I see the double charge on your bill, I have credited the amount."),
        ("customer", "Also I moved house, please change my address, and my new phone number and email."),
        ("agent", "I have updated your address, phone number and email on your account."),
    ]).draft()
    assert {d.code for d in double.dispositions} == {"billing_question", "address_account_change"}
    assert double.dispositions[0].confidence > double.dispositions[1].confidence


def test_a_call_about_nothing_in_the_list_gets_no_code():
    draft = built([("customer", "Hello?"), ("agent", "Hello, how can I help?"), ("customer", "Bye")]).draft()
    assert draft.dispositions == ()
    assert "Disposition: none" in draft.as_text()


def test_a_mood_is_named_only_when_it_is_clear():
    calm = built([("customer", "I would like to know my contract end date."),
                  ("agent", "It ends on 1 May."), ("customer", "Alright, bye")]).draft()
    assert (calm.mood_start, calm.mood_end) == ("neutral", "neutral")
    angry = built([("customer", "This is ridiculous, I have been waiting for weeks, terrible service!"),
                   ("agent", "I understand."), ("customer", "No you don't, this is a disgrace, I am furious")]).draft()
    assert (angry.mood_start, angry.mood_end) == ("negative", "negative")
    assert "Customer mood: start negative, end negative" in angry.as_text()


def test_the_note_says_when_ai_drafted_text_reached_the_customer():
    builder = built(CALL_EN)
    assert builder.draft().as_fields()["ai_text_reached_customer"] is False
    builder.note_ai_text_reached_customer()
    draft = builder.draft()
    assert draft.ai_text_reached_customer is True
    assert "AI-drafted text reached the customer: yes" in draft.as_text()


def test_the_fields_are_plain_json_for_a_crm():
    fields = built(CALL_NL).draft().as_fields()
    again = json.loads(json.dumps(fields))
    assert again == fields
    assert set(fields) == {"reason", "actions", "follow_ups", "dispositions", "mood_start", "mood_end",
                           "ai_text_reached_customer", "language", "drafted_by"}
    assert fields["follow_ups"] == [{"text": "U ontvangt volgende week dinsdag een bevestiging per e-mail.",
                                     "due": "2024-03-12"}]
    assert fields["dispositions"][0]["code"] == "cancellation" and 0 < fields["dispositions"][0]["confidence"] <= 1


def test_the_live_sessions_utterances_are_taken_as_they_are_and_left_untouched():
    builder = WrapupBuilder(call_date=FRIDAY)
    said = Utterance(Speaker.CUSTOMER, "Je veux résilier mon abonnement, c'est trop cher.", index=41, lang="fr")
    builder.add(said)
    assert said.index == 41  # the session's numbering is the session's
    draft = builder.draft()
    assert draft.language == "fr" and draft.dispositions[0].code == "cancellation"
    assert draft.dispositions[0].label == "Résiliation"


def test_a_long_call_keeps_the_latest_actions_within_bounds():
    builder = WrapupBuilder(call_date=FRIDAY)
    builder.add("customer", "I want to cancel my subscription and my extra options.")
    for n in range(30):
        builder.add("agent", f"I have removed option number {n} from your account.")
    draft = builder.draft()
    assert len(draft.actions) == 8 and draft.actions[-1] == "I have removed option number 29 from your account."
    assert isinstance(draft, WrapupDraft)
