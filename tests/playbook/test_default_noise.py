"""The shipped playbook keeps quiet where a card would be noise, in Dutch, English, French and Hebrew."""

from __future__ import annotations

import pytest

from copilot.config import paths
from copilot.live.session import Session
from copilot.live.turns import Line, play
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook


@pytest.fixture(scope="module")
def engine():
    return PlaybookEngine(load_playbook(paths.default_playbook_path()))


def shown(engine, lines, channel=None):
    """Entry ids of the cards shown after the opening, through the panel's turn loop."""
    session = Session(engine, channel=channel)
    ids = [card.entry_id for said, change in play(session, [Line(s, t) for s, t in lines]) if said is not None
           for card in change.shown]
    session.end()
    return ids


@pytest.mark.parametrize(
    ("asked_to_wait", "checking"),
    [
        ("One moment please, let me check that.", "Let me check that for you."),
        ("Een ogenblikje, ik kijk het even na.", "Ik kijk het even na voor u."),
        ("Un instant, je vérifie.", "Je vérifie votre dossier."),
        ("רגע אחד, אני בודקת.", "אני בודקת את זה עכשיו."),
    ],
)
def test_no_hold_card_after_the_agent_asked_the_customer_to_wait(engine, asked_to_wait, checking):
    assert "reply.hold" not in shown(engine, [("agent", asked_to_wait)], "phone")
    assert "reply.hold" in shown(engine, [("agent", checking)], "phone")
    assert "reply.hold" not in shown(engine, [("agent", checking)], "chat")  # a message has no hold


@pytest.mark.parametrize(
    "line",
    [
        "I bought the router last week and I don't want it anymore, can I get a refund?",
        "Ik heb de router vorige week gekocht, maar ik heb er geen behoefte meer aan. Kan ik hem terugsturen?",
        "J'ai reçu le téléphone hier mais je n'en veux pas, je voudrais être remboursé.",
        "קניתי את הראוטר בשבוע שעבר ואני לא צריך את זה, אפשר לקבל החזר כספי?",
    ],
)
def test_i_dont_want_it_anymore_in_a_refund_request_is_a_return_not_an_objection(engine, line):
    ids = shown(engine, [("customer", line)], "chat")
    assert "reply.return_refund" in ids
    assert "objection.not_interested" not in ids


OFFERS = {
    "en": "We have a special offer on fibre this month, 45 euros a month.",
    "nl": "We hebben deze maand een aanbieding voor glasvezel, 45 euro per maand.",
    "fr": "Nous avons une offre spéciale sur la fibre ce mois-ci, 45 euros par mois.",
    "he": "יש לנו החודש מבצע על סיבים אופטיים, 45 שקל לחודש.",
}


@pytest.mark.parametrize(
    ("lang", "line"), [("en", "I'm not interested, thanks."), ("nl", "Nee, geen interesse."),
                       ("fr", "Non merci, ça ne m'intéresse pas."), ("he", "לא תודה, אני לא מעוניין.")])
def test_a_plain_no_to_an_offer_is_still_the_objection(engine, lang, line):
    assert "objection.not_interested" in shown(engine, [("agent", OFFERS[lang]), ("customer", line)], "phone")


def test_voice_reminders_stay_out_of_chat_and_email(engine):
    for channel in ("chat", "whatsapp", "email"):
        session = Session(engine, channel=channel)
        assert [c.entry_id for c in session.start().shown] == []  # no "this call is recorded"
        session.end()
        ids = shown(engine, [("customer", "Can I give you my card number?"), ("customer", "I'm driving")], channel)
        assert ids == ["compliance.card_data_text"], channel
    phone = shown(engine, [("customer", "Can I give you my card number?")], "phone")
    assert phone == ["compliance.card_data"]
    assert shown(engine, [("customer", "Sorry, I'm driving right now")], "phone") == ["objection.bad_timing"]
    assert [c.entry_id for c in Session(engine, channel="phone").start().shown] == ["compliance.recording_notice"]


@pytest.mark.parametrize(
    ("greeted", "hello", "asking"),
    [
        ("Hello, how can I help?", "Hello!", "Hello, I need help with my bill"),
        ("Goedemiddag, waarmee kan ik u helpen?", "Goedemiddag!", "Goedemiddag, ik heb een vraag over mijn rekening"),
        ("Bonjour, comment puis-je vous aider ?", "Bonjour !", "Bonjour, j'ai une question sur ma facture"),
        ("שלום, במה אפשר לעזור?", "שלום!", "שלום, יש לי שאלה על החשבון"),
    ],
)
def test_a_greeting_card_only_for_a_greeting_the_agent_has_not_answered(engine, greeted, hello, asking):
    assert shown(engine, [("customer", hello)], "chat") == ["reply.greeting"]
    assert "reply.greeting" not in shown(engine, [("customer", asking)], "chat")
    assert "reply.greeting" not in shown(engine, [("agent", greeted), ("customer", hello)], "chat")


@pytest.mark.parametrize(
    ("goodbye", "customer"),
    [
        ("Thank you and goodbye.", "Thanks, goodbye!"),
        ("Graag gedaan, tot ziens!", "Dank u wel, tot ziens"),
        ("Merci, au revoir !", "Merci beaucoup, au revoir"),
        ("תודה, להתראות!", "תודה רבה, להתראות"),
    ],
)
def test_no_closing_card_after_the_agents_own_goodbye(engine, goodbye, customer):
    assert shown(engine, [("agent", "Your order is on its way."), ("customer", customer)], "chat") == [
        "reply.closing"]
    assert shown(engine, [("agent", goodbye), ("customer", customer)], "chat") == []


@pytest.mark.parametrize(
    "line",
    ["Please cancel my appointment on Friday.", "Ik wil mijn bestelling van vorige week opzeggen.",
     "Je voudrais résilier ma commande.", "אני רוצה לבטל את ההזמנה"],
)
def test_cancelling_an_order_or_a_visit_is_no_wish_to_leave(engine, line):
    assert "objection.cancel" not in shown(engine, [("customer", line)], "phone")


def test_cancelling_the_contract_is_still_the_objection(engine):
    for line in ("I want to cancel my contract", "Ik wil mijn abonnement opzeggen",
                 "Je veux résilier mon abonnement", "אני רוצה לבטל את המנוי"):
        assert "objection.cancel" in shown(engine, [("customer", line)], "phone"), line


@pytest.mark.parametrize(
    ("ours", "not_ours"),
    [
        ("My internet isn't working since this morning", "The air conditioning in my room isn't working"),
        ("Mijn internet werkt niet meer", "De lift werkt niet"),
        ("Ma box ne marche plus", "La climatisation ne marche plus"),
        ("הראוטר לא עובד מאז הבוקר", "המזגן לא עובד"),
    ],
)
def test_a_fault_card_for_our_service_not_for_anything_that_does_not_work(engine, ours, not_ours):
    assert shown(engine, [("customer", ours)], "phone") == ["reply.outage"]
    assert shown(engine, [("customer", not_ours)], "phone") == []


@pytest.mark.parametrize("line", ["Hello, what will the weather be like tomorrow?", "Hallo, wat kost een nieuwe modem?",
                                  "Bonjour, quand passe le technicien ?", "שלום, מתי מגיע הטכנאי?"])
def test_no_greeting_card_for_a_greeting_that_asks_a_question(engine, line):
    assert "reply.greeting" not in shown(engine, [("customer", line)], "chat")


@pytest.mark.parametrize(
    ("lang", "redirect", "plain_no"),
    [
        ("en", "No, I don't need it booked. What's the travel time?", "No thanks, I don't need it."),
        ("nl", "Nee, heb ik niet nodig. Is er een andere optie?", "Nee hoor, heb ik niet nodig."),
        ("fr", "Non, pas besoin de réserver. Quel est le prix ?", "Non merci, pas besoin."),
        ("he", "לא צריך את זה, יש עוד אפשרות?", "לא תודה, לא צריך את זה."),
    ],
)
def test_a_no_to_one_step_that_goes_on_is_no_objection(engine, lang, redirect, plain_no):
    offer = ("agent", OFFERS[lang])
    assert "objection.not_interested" not in shown(engine, [offer, ("customer", redirect)], "chat")
    assert "objection.not_interested" in shown(engine, [offer, ("customer", plain_no)], "chat")


@pytest.mark.parametrize(
    ("asking", "doing"),
    [
        ("Shall I go ahead and activate it?", "Great, I'll activate it now."),
        ("Zal ik het voor u regelen? Dan zet ik het door.", "Prima, ik zet het door."),
        ("Voulez-vous que je l'active ?", "Très bien, je l'active."),
        ("רוצה שאפעיל את זה? אני מפעיל", "בסדר, אני מפעיל את השירות"),
    ],
)
def test_no_consent_reminder_while_the_agent_asks_for_the_go_ahead(engine, asking, doing):
    assert "compliance.consent_before_sale" not in shown(engine, [("agent", asking)], "phone")
    assert "compliance.consent_before_sale" in shown(engine, [("agent", doing)], "phone")


@pytest.mark.parametrize(
    "line",
    ["I need to arrive by 9:15. Thanks for your help!", "Ik wil graag om 9 uur vertrekken. Bedankt voor de hulp!",
     "Je voudrais partir lundi. Merci pour votre aide !", "הייתי רוצה לצאת ביום שני. תודה על העזרה!"],
)
def test_thanks_at_the_end_of_a_request_is_no_goodbye(engine, line):
    assert "reply.closing" not in shown(engine, [("customer", line)], "chat")


def test_a_misspelt_english_word_is_not_a_dutch_trigger(engine):
    assert shown(engine, [("customer", "I need it for 4 nights staring from Thursday.")], "chat") == []
    assert shown(engine, [("customer", "Er is een stroring in mijn wijk, al sinds vanochtend.")], "phone") == [
        "reply.outage"]


@pytest.mark.parametrize(
    ("looking", "answered"),
    [
        ("Sure, let me check that for you.", "Let me check that for you. Yes, they do offer takeout at this location."),
        ("Ik kijk het even na.", "Ik kijk het even na: ja, de monteur komt morgen tussen acht en twaalf uur langs."),
        ("Je vérifie cela pour vous.", "Je vérifie : oui, votre box est bien compatible avec la fibre optique."),
        ("אני בודקת את זה.", "אני בודקת, כן, החבילה כוללת גלישה ללא הגבלה בכל הארץ."),
    ],
)
def test_no_hold_card_when_the_agent_answers_in_the_same_breath(engine, looking, answered):
    assert shown(engine, [("agent", looking)], "phone") == ["reply.hold"]
    assert shown(engine, [("agent", answered)], "phone") == []


@pytest.mark.parametrize(
    ("intro", "hello", "again"),
    [
        ("This is Leah calling from the International Student Office.", "Oh, hello!",
         "I already called about this last week."),
        ("U spreekt met Sanne, ik bel u namens Energie Direct.", "Hallo!", "Ik heb hier al eerder over gebeld."),
        ("Ici Claire, je vous appelle de la part de votre fournisseur d'énergie.", "Bonjour !",
         "J'ai déjà appelé pour ça la semaine dernière."),
        ("כאן דנה, אני מתקשרת אליך מחברת החשמל.", "היי!", "כבר התקשרתי בעניין הזה בשבוע שעבר."),
    ],
)
def test_no_inbound_greeting_or_repeat_contact_card_on_a_call_the_agent_made(engine, intro, hello, again):
    assert shown(engine, [("agent", intro), ("customer", hello), ("customer", again)], "phone") == []
    assert "escalation.repeat_contact" in shown(engine, [("customer", again)], "phone")


@pytest.mark.parametrize(
    ("greeted", "hello"),
    [("Hi there!", "Hello!"), ("Goedemorgen!", "Hallo!"), ("Bonjour !", "Bonjour !"), ("בוקר טוב!", "היי!")],
)
def test_no_greeting_card_after_the_agent_greeted_first(engine, greeted, hello):
    assert shown(engine, [("agent", greeted), ("customer", hello)], "chat") == []


@pytest.mark.parametrize(
    ("thanked", "bye"),
    [
        ("OK, I'll tell him. Thanks for calling.", "Bye!"),
        ("Ik geef het door. Bedankt voor uw telefoontje.", "Dank u wel, tot ziens!"),
        ("Je lui transmets. Merci d'avoir appelé.", "Merci beaucoup, au revoir !"),
        ("אעביר לו. תודה שהתקשרת.", "תודה רבה, להתראות!"),
    ],
)
def test_no_closing_card_after_the_agent_thanked_for_the_call(engine, thanked, bye):
    assert shown(engine, [("agent", thanked), ("customer", bye)], "chat") == []


@pytest.mark.parametrize(
    ("coupon", "card"),
    [
        ("You need to use the coupon before its expiry date.", "The expiry date on the card is April next year."),
        ("U moet de bon gebruiken voor de vervaldatum.", "De vervaldatum van de kaart is april volgend jaar."),
        ("Il faut utiliser le bon avant sa date d'expiration.", "La date d'expiration de ma carte est en avril."),
        ("השובר בתוקף עד סוף החודש.", "תוקף הכרטיס הוא אפריל בשנה הבאה."),
    ],
)
def test_an_expiry_date_is_card_data_only_when_it_is_the_cards(engine, coupon, card):
    assert shown(engine, [("agent", coupon)], "chat") == []
    assert shown(engine, [("customer", card)], "chat") == ["compliance.card_data_text"]


@pytest.mark.parametrize(
    ("waiting", "deciding"),
    [
        ("I need some time to wait for my friend, please have my food ready in 20 minutes.",
         "I need some time to decide."),
        ("Ik heb even tijd nodig om op mijn vriend te wachten.", "Ik moet er even over nadenken."),
        ("J'ai besoin d'un peu de temps pour attendre mon ami.", "Je dois y réfléchir."),
        ("אני צריך קצת זמן לחכות לחבר שלי.", "אני צריך לחשוב על זה."),
    ],
)
def test_time_to_think_it_over_not_time_for_anything_else(engine, waiting, deciding):
    assert shown(engine, [("customer", waiting)], "chat") == []
    assert shown(engine, [("customer", deciding)], "chat") == ["objection.think_it_over"]


@pytest.mark.parametrize(
    ("anything", "ours"),
    [
        ("How long does it take?", "How long will it take to fix my line?"),
        ("Hoe lang duurt het?", "Hoe lang duurt de reparatie?"),
        ("Combien de temps ça prend ?", "Quel est le délai de traitement ?"),
        ("כמה זמן זה לוקח?", "מתי זה יתוקן?"),
    ],
)
def test_next_steps_for_how_long_our_handling_takes_not_how_long_anything_takes(engine, anything, ours):
    assert shown(engine, [("agent", "Sure, we can develop the film."), ("customer", anything)], "chat") == []
    assert shown(engine, [("customer", ours)], "chat") == ["reply.next_steps"]


@pytest.mark.parametrize(
    ("lang", "own_affairs", "slot"),
    [
        ("en", "My lease runs out next month and I don't want to renew it.", "Sorry, that's not good for me."),
        ("nl", "Mijn huurcontract loopt af, verlengen hoeft niet.", "Nee, dat is niets voor mij."),
        ("fr", "Mon bail se termine et je n'en veux pas un autre.", "Non, ce n'est pas pour moi."),
        ("he", "החוזה על הדירה נגמר ואני לא צריך את זה יותר.", "לא, זה לא בשבילי."),
    ],
)
def test_a_no_is_an_objection_only_to_an_offer_the_agent_made(engine, lang, own_affairs, slot):
    how_are_you = {"en": "How have you been?", "nl": "Hoe gaat het met u?", "fr": "Comment allez-vous ?",
                   "he": "מה שלומך?"}[lang]
    assert shown(engine, [("agent", how_are_you), ("customer", own_affairs)], "chat") == []
    when = {"en": "Shall I call you back about it on Friday afternoon?",
            "nl": "Zal ik u er vrijdagmiddag over terugbellen, om drie uur?",
            "fr": "Je vous rappelle à ce sujet vendredi après-midi ?", "he": "אחזור אליך בעניין ביום שישי בבוקר?"}[lang]
    assert shown(engine, [("agent", OFFERS[lang]), ("customer", "?"), ("agent", when), ("customer", slot)],
                 "chat") == []
    assert shown(engine, [("agent", OFFERS[lang]), ("customer", slot)], "chat") == ["objection.not_interested"]


def test_someones_husband_in_a_story_is_no_caller_acting_for_the_account_holder(engine):
    story = "My sister in law and her husband just bought a house that way."
    assert shown(engine, [("customer", story)], "chat") == []
    assert shown(engine, [("customer", "I'm calling on behalf of my mother.")], "chat") == ["compliance.third_party"]


@pytest.mark.parametrize(
    ("slot", "step"),
    [
        ("What's the next available service time?", "What's the next step?"),
        ("Wat is de eerstvolgende vrije afspraak?", "Wat is de volgende stap?"),
        ("Quel est le prochain créneau disponible ?", "Quelle est la prochaine étape ?"),
        ("מתי התור הבא?", "מה השלב הבא?"),
    ],
)
def test_the_next_free_slot_is_no_question_about_next_steps(engine, slot, step):
    assert shown(engine, [("customer", slot)], "chat") == []
    assert shown(engine, [("customer", step)], "chat") == ["reply.next_steps"]


def greeting_text(engine, line):
    session = Session(engine, channel="chat")
    texts = [card.text for said, change in play(session, [Line("customer", line)]) if said is not None
             for card in change.shown if card.entry_id == "reply.greeting"]
    session.end()
    return texts


@pytest.mark.parametrize(("line", "word"), [("Hoi", "Goedendag"), ("Goedendag", "Goedendag"),
                                            ("Coucou", "Bonjour"), ("hallo", "Goedendag")])
def test_a_one_word_greeting_is_answered_in_its_own_language(engine, line, word):
    assert [text.split(",")[0] for text in greeting_text(engine, line)] == [word]


@pytest.mark.parametrize(
    ("cheaper", "dear"),
    [
        ("c'est moins cher que la livraison à domicile ?", "c'est vraiment cher pour ce que c'est"),
        ("is the pick-up point less expensive than home delivery?", "that's way too much for a pan"),
    ],
)
def test_asking_whether_something_is_cheaper_is_no_price_objection(engine, cheaper, dear):
    assert "objection.price" not in shown(engine, [("customer", cheaper)], "chat")
    assert "objection.price" in shown(engine, [("customer", dear)], "chat")


@pytest.mark.parametrize(
    ("appliance", "person"),
    [
        ("j'ai un robot qui fait au moins vingt-cinq kilos, je peux pas aller au point relais avec ça",
         "est-ce que je parle à un robot ?"),
        ("יש לי רובוט מטבח כבד, אפשר שתאספו אותו?", "אני מדבר עם רובוט?"),
    ],
)
def test_a_kitchen_robot_is_no_wish_to_speak_to_a_person(engine, appliance, person):
    assert "escalation.human" not in shown(engine, [("customer", appliance)], "chat")
    assert "escalation.human" in shown(engine, [("customer", person)], "chat")


@pytest.mark.parametrize(
    ("order", "contract"),
    [
        ("הזמנתי לפני עשר דקות ואני רוצה לבטל, התחרטתי", "אני רוצה לבטל את המנוי שלי"),
        ("Ik heb net iets besteld en wil het annuleren, kan ik opzeggen?", "Ik wil mijn abonnement opzeggen."),
        ("J'ai commandé deux fois la même chose, je veux résilier", "Je veux résilier mon abonnement."),
    ],
)
def test_cancelling_what_was_just_ordered_is_no_wish_to_leave(engine, order, contract):
    assert "objection.cancel" not in shown(engine, [("customer", order)], "chat")
    assert "objection.cancel" in shown(engine, [("customer", contract)], "chat")


@pytest.mark.parametrize(
    ("opt_out", "offer"),
    [
        ("Je kunt je afmelden via de link onderaan de nieuwsbrief.", "Zal ik u inschrijven voor de nieuwsbrief?"),
        ("Vous pouvez désactiver les SMS dans Mon compte, séparément de la newsletter.",
         "Voulez-vous recevoir notre newsletter ?"),
        ("You can unsubscribe from the newsletter at the bottom of any mail.",
         "Shall I sign you up for our newsletter?"),
    ],
)
def test_telling_how_to_stop_the_mails_asks_for_no_marketing_consent(engine, opt_out, offer):
    assert "compliance.marketing_consent" not in shown(engine, [("agent", opt_out)], "chat")
    assert "compliance.marketing_consent" in shown(engine, [("agent", offer)], "chat")


@pytest.mark.parametrize(
    ("joining", "leaving"),
    [
        ("ik bel omdat ik misschien wil overstappen naar jullie", "ik wil overstappen, jullie zijn te duur geworden"),
        ("et je dois résilier moi-même chez mon ancien fournisseur ?", "je souhaite résilier mon contrat"),
        ("אני עדיין בחברה אחרת ורוצה לעבור אליכם, אני צריך לבטל שם לבד?", "אני רוצה לבטל את החוזה איתכם"),
        ("I'm with another supplier and want to switch to you, do I cancel it myself?", "I want to cancel my contract"),
    ],
)
def test_switching_to_us_is_no_wish_to_leave(engine, joining, leaving):
    assert "objection.cancel" not in shown(engine, [("customer", joining)], "chat")
    assert "objection.cancel" in shown(engine, [("customer", leaving)], "chat")


@pytest.mark.parametrize(
    ("outage", "wait"),
    [
        ("אין חשמל בכל הבניין כבר חצי שעה", "חיכיתי חצי שעה על הקו"),
        ("the power's been out for half an hour", "I've been on hold for half an hour"),
        ("de stroom is al een half uur weg", "ik heb een half uur in de wacht gestaan"),
    ],
)
def test_half_an_hour_of_anything_else_is_no_wait_to_apologise_for(engine, outage, wait):
    assert "reply.apology_wait" not in shown(engine, [("customer", outage)], "phone")
    assert "reply.apology_wait" in shown(engine, [("customer", wait)], "phone")


def test_the_customers_own_business_is_no_third_party(engine):
    own = "hoi, ik heb een vraagje namens mijn eigen bedrijfje"
    assert "compliance.third_party" not in shown(engine, [("customer", own)], "chat")
    assert "compliance.third_party" in shown(engine, [("customer", "ik bel namens mijn moeder")], "chat")


def test_money_an_employer_pays_back_is_no_refund_of_ours(engine):
    employer = "mon employeur me rembourse la recharge, comment je lui prouve ce que j'ai chargé ?"
    assert "reply.return_refund" not in shown(engine, [("customer", employer)], "chat")
    assert "reply.return_refund" in shown(engine, [("customer", "quand serai-je remboursé ?")], "chat")


def test_prices_they_offer_are_no_competitor(engine):
    renewal = "les prix qu'ils proposent je les trouve chers"
    assert "objection.competitor" not in shown(engine, [("customer", renewal)], "phone")
    assert "objection.competitor" in shown(engine, [("customer", "c'est moins cher ailleurs")], "phone")


@pytest.mark.parametrize(
    ("said_why", "no_reason"),
    [
        ("I want to cancel my contract because I'm moving abroad", "I want to cancel my contract"),
        ("ik wil opzeggen want ik ga verhuizen", "ik wil mijn abonnement opzeggen"),
        ("je souhaite résilier mon contrat, j'ai trouvé un appart plus près du travail",
         "je veux résilier mon contrat"),
        ("אני רוצה לבטל את המנוי כי אני נכנס למילואים", "אני רוצה לבטל את המנוי"),
    ],
)
def test_no_asking_why_they_leave_when_the_line_says_why(engine, said_why, no_reason):
    assert "objection.cancel" not in shown(engine, [("customer", said_why)], "phone")
    assert "objection.cancel" in shown(engine, [("customer", no_reason)], "phone")


@pytest.mark.parametrize(
    ("asking", "checking"),
    [
        ("Let me check, what's your customer number?", "Let me check that for you."),
        ("even kijken, wat is uw klantnummer?", "Ik kijk het even na voor u."),
        ("Je vérifie, quel est votre numéro client ?", "Je vérifie votre dossier."),
        ("אני בודקת, מה מספר הלקוח?", "אני בודקת את זה עכשיו."),
    ],
)
def test_no_hold_card_while_the_agent_asks_for_the_customers_details(engine, asking, checking):
    assert "reply.hold" not in shown(engine, [("agent", asking)], "phone")
    assert "reply.hold" in shown(engine, [("agent", checking)], "phone")


@pytest.mark.parametrize(
    ("appliance", "service"),
    [
        ("my boiler isn't working, the radiators are cold", "my internet isn't working"),
        ("mijn cv ketel geeft een storing", "ik heb een storing, geen internet"),
        ("ma chaudière ne marche plus", "ma box ne marche plus"),
        ("המעלית לא עובדת", "אין אינטרנט מהבוקר"),
    ],
)
def test_an_appliance_or_the_buildings_installation_is_no_outage(engine, appliance, service):
    assert "reply.outage" not in shown(engine, [("customer", appliance)], "phone")
    assert "reply.outage" in shown(engine, [("customer", service)], "phone")


@pytest.mark.parametrize(
    ("someday", "now"),
    [
        ("do we get anything back for the new kitchen if we ever move?", "I'm moving next month"),
        ("krijgen we daar iets voor terug als we ooit verhuizen", "we gaan verhuizen in mei"),
        ("si un jour on déménage, on récupère quelque chose ?", "je déménage le mois prochain"),
        ("אם אי פעם נעבור דירה, נקבל משהו?", "אנחנו עוברים דירה בחודש הבא"),
    ],
)
def test_a_move_some_day_is_no_move_to_arrange(engine, someday, now):
    assert "reply.moving_house" not in shown(engine, [("customer", someday)], "chat")
    assert "reply.moving_house" in shown(engine, [("customer", now)], "chat")


@pytest.mark.parametrize("line", ["היי, מותר להתקין מזגן בסלון?", "Hi, is it ok to paint the walls?",
                                  "Hallo, mag ik een huisdier houden?",
                                  "Bonjour, est-ce que je peux payer en deux fois ?"])
def test_no_greeting_card_for_a_greeting_with_a_yes_or_no_question(engine, line):
    assert "reply.greeting" not in shown(engine, [("customer", line)], "chat")


def test_the_refund_and_moving_cards_name_no_device_or_service_of_one_trade(engine):
    playbook = load_playbook(paths.default_playbook_path())
    texts = {entry.id: entry.text for entry in playbook.entries}
    for entry in ("reply.return_refund", "reply.moving_house", "objection.price", "objection.competitor"):
        for text in texts[entry].values():
            assert not any(word in text.casefold() for word in (
                "device", "apparaat", "appareil", "מכשיר", "returns label", "retourlabel", "étiquette", "תווית",
                "plan", "abonnement", "formule", "מסלול", "speed", "snelheid", "débit", "מהירות",
                "congratulations", "gefeliciteerd", "félicitations", "מזל טוב")), (entry, text)


@pytest.mark.parametrize(
    ("wish", "thanks"),
    [
        ("You're welcome. Safe travels!", "great, thanks, that's all"),
        ("Graag gedaan. Goede reis!", "top, dank u wel, dat was het"),
        ("Avec plaisir. Bonne route !", "merci beaucoup, au revoir"),
        ("בשמחה, נסיעה טובה!", "תודה רבה, זה הכל"),
        ("Perfect, dan zie ik u donderdag. Tot snel!", "dank u wel"),
        ("Oké, beterschap!", "dankjewel, doei"),
        ("Très bien, bon rétablissement !", "merci, au revoir"),
        ("Parfait, à bientôt !", "merci beaucoup"),
        ("Lovely, see you soon!", "thanks, bye"),
        ("מעולה, החלמה מהירה!", "תודה רבה, ביי"),
        ("Here you go, and stay healthy!", "thanks for your help"),
        ("Alstublieft, en blijf gezond!", "dank u wel"),
        ("Voilà, prenez soin de vous !", "merci beaucoup"),
    ],
)
def test_no_closing_card_after_the_agents_parting_wish(engine, wish, thanks):
    assert "reply.closing" not in shown(engine, [("agent", wish), ("customer", thanks)], "chat")
    assert "reply.closing" in shown(engine, [("agent", "Is there anything else?"), ("customer", thanks)], "chat")


@pytest.mark.parametrize(
    ("bringing_back", "refund"),
    [
        ("can I return the car with the tank half full?", "can I return it for a refund?"),
        ("mag ik de auto ook met een halflege accu terugbrengen?",
         "ik wil de stofzuiger terugbrengen, krijg ik mijn geld terug?"),
        ("je peux rendre la voiture sans faire le plein ? je serai remboursé du carburant ?", "je veux être remboursé"),
        ("אפשר להחזיר את הרכב בלי מיכל מלא? מגיע לי החזר כספי על הדלק?", "אני רוצה החזר כספי"),
    ],
)
def test_bringing_back_what_was_rented_is_no_refund(engine, bringing_back, refund):
    assert "reply.return_refund" not in shown(engine, [("customer", bringing_back)], "chat")
    assert "reply.return_refund" in shown(engine, [("customer", refund)], "chat")


@pytest.mark.parametrize(
    ("abroad", "moving"),
    [
        ("I'm moving abroad in March, what happens to my contract?", "I'm moving to Leeds in March"),
        ("ik ga verhuizen naar het buitenland, wat nu met mijn contract?", "ik ga verhuizen naar Utrecht"),
        ("je déménage à l'étranger, que devient mon contrat ?", "je déménage à Lyon le mois prochain"),
        ('אני עובר דירה לחו"ל, מה קורה עם החוזה?', "אני עובר דירה לחיפה בחודש הבא"),
    ],
)
def test_a_move_abroad_is_no_move_to_arrange(engine, abroad, moving):
    assert "reply.moving_house" not in shown(engine, [("customer", abroad)], "chat")
    assert "reply.moving_house" in shown(engine, [("customer", moving)], "chat")


@pytest.mark.parametrize(
    ("other_sense", "leaving"),
    [
        ("I booked a yoga lesson tonight but my train is late, can I still cancel?", "I want to cancel my membership"),
        ("I cancelled in March, why was I charged again in April?", "please cancel my subscription"),
        ("can I switch to the family rate or do I have to cancel first?", "how do I cancel my contract?"),
        ("if I cancel, is the debt gone?", "I'd like to cancel, what do I still owe?"),
        ("ik had al opgezegd, waarom wordt er nog afgeschreven?", "ik wil mijn abonnement opzeggen"),
        ("kan ik het omzetten of moet ik eerst opzeggen?", "hoe kan ik opzeggen?"),
        ("j'avais résilié en mai, pourquoi ce prélèvement de juin ?", "je veux résilier mon abonnement"),
        ("je peux passer au tarif étudiant ou il faut d'abord résilier ?", "comment résilier mon contrat ?"),
        ("ביטלתי כבר בחודש שעבר, למה חויבתי?", "אני רוצה לבטל את המנוי"),
        ("אפשר לעבור למסלול הזוגי או שצריך קודם לבטל?", "איך אני יכול לבטל את החוזה?"),
    ],
)
def test_cancel_in_another_sense_gets_no_retention_card(engine, other_sense, leaving):
    assert "objection.cancel" not in shown(engine, [("customer", other_sense)], "chat")
    assert "objection.cancel" in shown(engine, [("customer", leaving)], "chat")


@pytest.mark.parametrize(
    ("wish", "thanks"),
    [
        ("You're welcome. Enjoy your workout!", "great, thanks, that's all"),
        ("Graag gedaan. Fijne training vanavond!", "top, dank u wel, dat was het"),
        ("Avec plaisir. Bon entraînement !", "merci beaucoup, au revoir"),
        ("בשמחה, ושבוע טוב!", "תודה רבה, זה הכל"),
    ],
)
def test_no_closing_card_after_the_agents_wish_for_what_comes_next(engine, wish, thanks):
    assert "reply.closing" not in shown(engine, [("agent", wish), ("customer", thanks)], "chat")
    assert "reply.closing" in shown(engine, [("agent", "Can I help with anything else?"), ("customer", thanks)], "chat")


@pytest.mark.parametrize(
    ("entry", "channel", "other_sense", "meant"),
    [
        ("objection.cancel", "chat", "my train was cancelled last night, can I get the ticket refunded?",
         "I want to cancel my contract"),
        ("objection.cancel", "chat", "you cancelled my appointment twice already", "please cancel my plan"),
        ("objection.cancel", "chat", "mon abonnement a été résilié sans prévenir, pourquoi ?", "je veux résilier"),
        ("objection.send_info", "phone", "goed, dan stuur ik het formulier vanavond op",
         "stuur het maar op, dan kijk ik ernaar"),
        ("reply.recording_question", "phone", "jusqu'à quelle heure l'enregistrement en ligne est ouvert ?",
         "est-ce que l'appel est enregistré ?"),
        ("compliance.third_party", "chat", "il me faut une facture au nom de ma boîte", "j'appelle au nom de ma mère"),
        ("compliance.card_data_text", "chat", "what's my loyalty card number again?",
         "can I just send you my card number here?"),
        ("compliance.card_data_text", "chat", "איפה אני מוצא את מספר הכרטיס של המועדון?",
         "אפשר לשלוח לך את מספר הכרטיס?"),
        ("objection.bad_timing", "phone", "I'm at work all week, can they bring it on Saturday instead?",
         "sorry, I'm at work, can you call back?"),
        ("objection.bad_timing", "phone", "ik ben de hele week aan het werk, kan het zaterdag?",
         "ik ben aan het werk, kunt u later bellen?"),
        ("objection.trust", "chat", "J'ai reçu un SMS pour payer des frais de douane, c'est une arnaque ?",
         "votre offre, c'est une arnaque ?"),
        ("objection.trust", "chat", "I got a text asking me to pay a fee, is it a scam?", "sounds like a scam to me"),
        ("escalation.legal", "phone", "הגשתי תביעה על הטלפון שנגנב ועדיין לא קיבלתי תשובה",
         "אם זה לא יסתדר אני אגיש תביעה נגדכם"),
        ("reply.return_refund", "chat", "if I can't pick it up, will they send it back to the sender?",
         "I want my money back"),
        ("escalation.vulnerable", "chat", "bonjour, j'ai accouché mardi à l'hôpital, pour la déclaration ?",
         "mon mari est à l'hôpital et je ne peux pas payer"),
        ("escalation.vulnerable", "phone", "יש לי ספה ישנה, איך נפטרים ממנה?", "אבא שלי נפטר בחודש שעבר"),
        ("escalation.vulnerable", "chat", "nee, schulden heb ik gelukkig niet", "ik heb schulden en kan niet betalen"),
        ("reply.next_steps", "phone", "wat moet ik nu doen, naar de politie?", "oké, wat gebeurt er nu?"),
        ("reply.next_steps", "phone", "et maintenant euh je fais quoi pour le renouveler ?", "quelle est la suite ?"),
        ("reply.greeting", "chat", "goeiedag, klacht over de stoep", "goeiedag"),
        ("reply.greeting", "chat", "Hi, complaint about parking", "Hi, quick question"),
        ("reply.greeting", "chat", "Bonjour, réclamation facture", "Bonjour, petite question"),
        ("reply.greeting", "chat", "היי, לגבי החשבון", "היי, שאלה קטנה"),
    ],
)
def test_a_trigger_word_in_another_sense_gets_no_card(engine, entry, channel, other_sense, meant):
    assert entry not in shown(engine, [("customer", other_sense)], channel)
    assert entry in shown(engine, [("customer", meant)], channel)


@pytest.mark.parametrize(
    ("channel", "in_passing", "paying"),
    [
        ("phone", "there's a double charge on my credit card from last week", "can I pay by credit card now?"),
        ("phone", "I have no credit card, only a debit card, is that a problem?", "can I give you my card number?"),
        ("phone", "kan ik dat met iDEAL doen of moet het met een creditcard?", "kan ik met mijn creditcard betalen?"),
        ("phone", "combien coûte votre carte de crédit ?", "je peux payer par carte maintenant ?"),
        ("phone", "יש לי חיוב כפול בכרטיס האשראי", "אפשר לשלם באשראי עכשיו?"),
    ],
)
def test_a_card_named_in_passing_is_no_card_number_to_keep_off_the_line(engine, channel, in_passing, paying):
    assert "compliance.card_data" not in shown(engine, [("customer", in_passing)], channel)
    assert "compliance.card_data" in shown(engine, [("customer", paying)], channel)


@pytest.mark.parametrize(
    ("channel", "entry", "link", "asking"),
    [
        ("chat", "compliance.card_data_text", "Use the link in the text message; you can pay by card or iDEAL.",
         "You can pay by card, I'll check how."),
        ("phone", "compliance.card_data", "בקישור שנשלח אליך ב-SMS אפשר לשלם באשראי או בביט.",
         "אפשר לשלם באשראי, אני בודקת איך."),
        ("chat", "compliance.card_data_text", "Le lien de paiement est parti par SMS : vous pouvez payer par carte.",
         "Vous pouvez payer par carte, je regarde comment."),
    ],
)
def test_no_card_reminder_when_the_agent_points_to_the_payment_link(engine, channel, entry, link, asking):
    assert entry not in shown(engine, [("agent", link)], channel)
    assert entry in shown(engine, [("agent", asking)], channel)


def test_a_claim_the_agent_just_suggested_is_no_threat_but_suing_is(engine):
    agent = "אחרי 20 ימי עסקים בלי עדכון החבילה נחשבת אבודה. אפשר להגיש תביעה בחשבון."
    assert "escalation.legal" not in shown(engine, [("agent", agent), ("customer", "מה אני צריך בשביל התביעה")])
    assert "escalation.legal" in shown(engine, [("agent", agent), ("customer", "אני אתבע אתכם")])


@pytest.mark.parametrize(
    ("entry", "agent", "other_sense", "meant"),
    [
        ("objection.cancel", "When you order, choose 'keep my number' and we arrange the rest.",
         "so I don't have to call my old company and cancel?", "I want to cancel my contract"),
        ("objection.cancel", "Bij uw bestelling kiest u nummer behouden, dan regelen wij de rest.",
         "moet ik dan nog bij Ziggo opzeggen?", "ik wil mijn abonnement opzeggen"),
        ("objection.cancel", "The sports package is 14.95 a month.", "if I take it now, can I cancel in June?",
         "I'd like to cancel my subscription"),
        ("objection.contract_length", "Done, the new bundle is active.",
         "so am I locked in again, does the term start again?", "I don't want to be locked in"),
        ("objection.contract_length", "Bonjour !", "j'ai pris un téléphone en 24 mois, je paie combien ?",
         "un engagement de 24 mois, c'est trop long"),
        ("objection.contract_length", "יש תשתית בכתובת החדשה.", "וההתחייבות מתחילה מחדש בגלל המעבר?",
         "ההתחייבות ארוכה מדי בשבילי"),
        ("reply.technician", "Hello, how can I help?",
         "the technician is coming on Thursday but I'm at work, can I change it?", "can you send a technician?"),
        ("reply.technician", "Goedemorgen!", "de monteur zou vandaag tussen tien en twaalf komen en hij is er niet",
         "kan er een monteur langskomen?"),
        ("reply.technician", "Bonjour !", "le technicien doit venir lundi, je dois préparer quoi ?",
         "vous pouvez envoyer un technicien ?"),
        ("reply.technician", "שלום!", "הטכנאי אמור להגיע מחר ואני לא יכולה, אפשר להזיז?", "אפשר לשלוח טכנאי?"),
        ("reply.outage", "Hi!", "the remote of the tv box doesn't work, tv not working", "the tv is not working"),
        ("reply.outage", "Hoi!", "ik heb per ongeluk de esim verwijderd, nu geen bereik", "ik heb geen bereik"),
        ("reply.return_refund", "Les mensualités restent dues.", "et je peux tout rembourser d'un coup ?",
         "vous allez me rembourser ?"),
        ("objection.competitor", "The price goes up in May.", "can I just move to a cheaper plan with you then?",
         "it's cheaper elsewhere"),
        ("reply.closing", "You can ask for a payment plan; I can do that now for you.",
         "yes please, thank you for your help", "thank you for your help"),
    ],
)
def test_telecom_requests_that_only_share_a_trigger_get_no_card(engine, entry, agent, other_sense, meant):
    assert entry not in shown(engine, [("agent", agent), ("customer", other_sense)], "chat")
    assert entry in shown(engine, [("customer", meant)], "chat")


@pytest.mark.parametrize(
    ("protective", "sale"),
    [
        ("Sure, I'll activate a block on 1900 numbers for you.", "Great, I'll activate it for you now."),
        ("אני מפעילה לך חסימת מספרי 1900.", "אני מפעילה לך את החבילה עכשיו."),
    ],
)
def test_switching_on_a_block_the_customer_asked_for_is_no_sale(engine, protective, sale):
    assert "compliance.consent_before_sale" not in shown(engine, [("agent", protective)], "chat")
    assert "compliance.consent_before_sale" in shown(engine, [("agent", sale)], "chat")


def test_no_greeting_card_after_the_agent_answers_the_phone_with_their_name(engine):
    assert "reply.greeting" not in shown(engine, [("agent", "City council, Mark speaking"), ("customer", "yes hello")],
                                         "phone")
    assert "reply.greeting" in shown(engine, [("customer", "yes hello")], "phone")


@pytest.mark.parametrize(
    ("entry", "agent", "customer", "meant_agent"),
    [
        ("reply.closing", "בשמחה, יום נעים", "גם לך, ביי", "עוד משהו?"),
        ("escalation.vulnerable", "Hi!", "why can't I pay? the pay button is grey", "Hi!"),
    ],
)
def test_a_goodbye_said_and_a_grey_pay_button_get_no_card(engine, entry, agent,
                                                                                          customer, meant_agent):
    assert entry not in shown(engine, [("agent", agent), ("customer", customer)], "chat")
    meant = {"reply.closing": customer, "escalation.vulnerable": "I lost my job and can't pay"}[entry]
    assert entry in shown(engine, [("agent", meant_agent), ("customer", meant)], "chat")


def test_switching_to_one_invoice_a_month_is_no_sale(engine):
    agent = "With more than four orders a month you can have one combined invoice. I'll set that up."
    assert "compliance.consent_before_sale" not in shown(engine, [("agent", agent)], "chat")
    assert "compliance.consent_before_sale" in shown(engine, [("agent", "The extra bundle it is. I'll set that up.")],
                                                     "chat")


@pytest.mark.parametrize(
    ("not_leaving", "leaving"),
    [
        ("I forgot to cancel the trial and now I've been charged, can I get that back?", "I want to cancel the plan"),
        ("I had cancelled it last year and want to come back", "please cancel my membership"),
        ("j'ai oublié de résilier, je peux récupérer l'argent ?", "je veux résilier mon forfait"),
        ("שכחתי לבטל את תקופת הניסיון ועכשיו חייבו אותי", "אני רוצה לבטל את המינוי"),
    ],
)
def test_forgetting_to_cancel_or_coming_back_is_no_wish_to_leave(engine, not_leaving, leaving):
    assert "objection.cancel" not in shown(engine, [("customer", not_leaving)], "chat")
    assert "objection.cancel" in shown(engine, [("customer", leaving)], "chat")


@pytest.mark.parametrize(
    ("channel", "entry", "exposure", "paying"),
    [
        ("phone", "compliance.card_data", "someone got into my account, could they see my card details?",
         "can I give you my card details now?"),
        ("phone", "compliance.card_data", "No, the full card number is never shown in your profile.",
         "Could you give me the card number?"),
        ("chat", "compliance.card_data_text", "iemand is in mijn account geweest, kunnen ze mijn kaartgegevens zien?",
         "mag ik mijn kaartgegevens hier sturen?"),
        ("chat", "compliance.card_data_text", "Le numéro de carte n'est jamais affiché dans l'espace client.",
         "Pouvez-vous m'envoyer le numéro de carte ?"),
        ("phone", "compliance.card_data", "מספר הכרטיס המלא לא מוצג באזור האישי", "אפשר להקריא לך את מספר הכרטיס?"),
    ],
)
def test_whether_someone_could_see_the_card_gives_no_card_number(engine, channel, entry, exposure, paying):
    assert entry not in shown(engine, [("customer", exposure)], channel)
    assert entry in shown(engine, [("customer", paying)], channel)


@pytest.mark.parametrize(
    ("other_sense", "moving"),
    [
        ("I changed jobs, so I have a new address for e-mail: can you update my email address?",
         "we're moving next month, I'll have a new address"),
        ("mijn e-mailadres klopt niet meer, ik heb een nieuw adres bij een andere provider", "ik heb een nieuw adres"),
        ("je voudrais changer mon adresse mail, j'ai une nouvelle adresse", "j'ai une nouvelle adresse à Lyon"),
        ("אני רוצה לעדכן כתובת מייל, יש לי כתובת חדשה", "יש לי כתובת חדשה בחיפה"),
    ],
)
def test_a_new_e_mail_address_is_no_move(engine, other_sense, moving):
    assert "reply.moving_house" not in shown(engine, [("customer", other_sense)], "chat")
    assert "reply.moving_house" in shown(engine, [("customer", moving)], "chat")


@pytest.mark.parametrize(
    ("when_to_deliver", "bad_time"),
    [
        ("the parts should arrive tomorrow but I'm at work until five", "sorry, I'm at work, can you call later?"),
        ("de levering is morgen, maar ik ben aan het werk tot vier uur", "ik ben aan het werk, kunt u later bellen?"),
        ("la livraison c'est demain mais je suis au travail jusqu'à 17 h", "je suis au travail, rappelez-moi"),
        ("המשלוח אמור להגיע מחר אבל אני בעבודה עד חמש", "אני בעבודה, אפשר לדבר אחר כך?"),
    ],
)
def test_at_work_until_a_delivery_comes_is_no_bad_time_to_talk(engine, when_to_deliver, bad_time):
    assert "objection.bad_timing" not in shown(engine, [("customer", when_to_deliver)], "phone")
    assert "objection.bad_timing" in shown(engine, [("customer", bad_time)], "phone")


@pytest.mark.parametrize(
    ("ending", "moving"),
    [
        ("I'd like to cancel my gym membership, we're moving to Leeds in May", "we're moving to Leeds in May"),
        ("ik wil mijn abonnement opzeggen want we gaan verhuizen naar Utrecht", "we gaan verhuizen naar Utrecht"),
        ("je voudrais résilier mon contrat, je déménage à Nantes", "je déménage à Nantes le mois prochain"),
        ("אני רוצה לבטל את המנוי, אנחנו עוברים דירה לרחובות", "אנחנו עוברים דירה לרחובות בקיץ"),
    ],
)
def test_a_move_given_as_the_reason_to_leave_is_no_move_to_arrange(engine, ending, moving):
    assert "reply.moving_house" not in shown(engine, [("customer", ending)], "chat")
    assert "reply.moving_house" in shown(engine, [("customer", moving)], "chat")


@pytest.mark.parametrize(
    ("why", "reason"),
    [
        ("Of course. May I ask why?", "I'm moving to a new town where you don't operate"),
        ("Dat kan. Mag ik vragen waarom?", "ik ga verhuizen naar een dorp zonder vestiging"),
        ("C'est noté. Je peux vous demander pourquoi ?", "je déménage dans une ville où vous n'êtes pas"),
        ("בסדר. אפשר לשאול למה?", "אני עובר דירה לעיר שאין בה סניף"),
    ],
)
def test_a_move_answering_why_the_customer_leaves_is_no_move_to_arrange(engine, why, reason):
    assert "reply.moving_house" not in shown(engine, [("agent", why), ("customer", reason)], "chat")
    assert "reply.moving_house" in shown(engine, [("agent", "Anything else?"), ("customer", reason)], "chat")


@pytest.mark.parametrize(
    ("reason_given", "leaving"),
    [
        ("We found a childminder closer to home, so I want to cancel our plan", "I want to cancel our plan"),
        ("je veux résilier, on a trouvé une solution plus près de chez nous", "je veux résilier mon abonnement"),
        ("אני רוצה לבטל את החוזה, אנחנו עוברים לבאר שבע", "אני רוצה לבטל את החוזה"),
        ("Does the subscription end automatically when he turns four, or must I cancel?", "I'd like to cancel it"),
        ("stopt het contract vanzelf als ze naar school gaat of moet ik opzeggen?", "ik wil het contract opzeggen"),
        ("jammer dat we weggaan, we hebben het hier erg naar ons zin gehad", "ik wil weggaan bij jullie"),
    ],
)
def test_a_reason_already_given_or_a_contract_ending_by_itself_asks_no_why(engine, reason_given, leaving):
    assert "objection.cancel" not in shown(engine, [("customer", reason_given)], "chat")
    assert "objection.cancel" in shown(engine, [("customer", leaving)], "chat")


@pytest.mark.parametrize(
    ("booking", "cancel"),
    [
        ("Your booking for Friday at noon can still be changed for free.", "ok, then just cancel it please"),
        ("Je boeking voor vrijdag kun je nog gratis wijzigen.", "ok, opzeggen dan maar"),
        ("Votre réservation de vendredi est encore modifiable gratuitement.", "bon, résiliez-la alors"),
        ("את ההזמנה שלך לשישי עוד אפשר לשנות בחינם.", "טוב, אז אפשר לבטל את זה"),
    ],
)
def test_cancel_it_right_after_the_agent_spoke_of_a_booking_is_no_wish_to_leave(engine, booking, cancel):
    assert "objection.cancel" not in shown(engine, [("agent", booking), ("customer", cancel)], "phone")
    assert "objection.cancel" in shown(engine, [("agent", "Anything else I can do?"), ("customer", cancel)],
                                       "phone")


@pytest.mark.parametrize(
    ("driving_for_help", "bad_time"),
    [
        ("hi, I'm driving a van of yours and the dashboard light is on", "sorry, I'm driving, call me later?"),
        ("ik zit in de auto, kunt u het voor mij verlengen?", "sorry, ik zit in de auto, bel straks maar"),
        ("je suis au volant de votre voiture, pouvez-vous le faire pour moi ?", "je suis au volant, rappelez-moi"),
        ("אני נוהגת עכשיו, את יכולה לעשות את זה במקומי?", "אני נוהגת עכשיו, נדבר אחר כך"),
    ],
)
def test_driving_while_asking_for_help_now_is_no_bad_time(engine, driving_for_help, bad_time):
    assert "objection.bad_timing" not in shown(engine, [("customer", driving_for_help)], "phone")
    assert "objection.bad_timing" in shown(engine, [("customer", bad_time)], "phone")


@pytest.mark.parametrize(
    ("greeting", "not_understood", "explained"),
    [
        ("Hello, how can I help?", "my payment didn't go through and I don't understand why",
         "The fee is split over the first three invoices, then it drops."),
        ("Goedemiddag, waarmee kan ik helpen?", "mijn betaling is mislukt, ik snap het niet",
         "De borg wordt verrekend met de laatste twee termijnen."),
        ("Bonjour, que puis-je faire pour vous ?", "le prélèvement a échoué et je comprends pas",
         "Les frais sont répartis sur les trois premières factures."),
        ("שלום, איך אפשר לעזור?", "התשלום שלי לא עבר ואני לא מבין למה",
         "הדמי רישום מתחלקים על פני שלושת החשבונות הראשונים."),
    ],
)
def test_not_understanding_before_anything_was_explained_asks_no_rephrasing(engine, greeting, not_understood,
                                                                            explained):
    assert "reply.clarify" not in shown(engine, [("agent", greeting), ("customer", not_understood)], "chat")
    assert "reply.clarify" in shown(engine, [("agent", explained), ("customer", not_understood)], "chat")


@pytest.mark.parametrize(
    ("a_letter", "the_agents_words"),
    [
        ("We had a letter from the council about parking and I don't understand it", "sorry, I don't understand"),
        ("ik kreeg een brief van de gemeente, ik snap het niet", "sorry, ik snap het niet"),
        ("j'ai reçu une lettre de la mairie, je comprends pas", "pardon, je comprends pas"),
        ("קיבלתי מכתב מהעירייה ואני לא מבין אותו", "סליחה, לא הבנתי"),
    ],
)
def test_a_letter_the_customer_does_not_understand_is_no_explanation_to_rephrase(engine, a_letter,
                                                                                the_agents_words):
    explained = ("agent", "The deposit is settled against the last two instalments.")
    assert "reply.clarify" not in shown(engine, [explained, ("customer", a_letter)], "chat")
    assert "reply.clarify" in shown(engine, [explained, ("customer", the_agents_words)], "chat")


@pytest.mark.parametrize(
    ("complaint", "brochure"),
    [
        ("nothing has changed, so please put it in writing officially", "could you put it in writing?"),
        ("er verandert niets, ik wil een officiële klacht op papier", "kunt u het op papier zetten?"),
        ("je veux que ma plainte soit transmise par écrit", "pouvez-vous me l'envoyer par écrit ?"),
        ("אני רוצה להגיש תלונה רשמית, לקבל את זה בכתב", "אפשר לקבל את זה בכתב?"),
    ],
)
def test_a_complaint_put_on_record_in_writing_asks_for_no_brochure(engine, complaint, brochure):
    assert "objection.send_info" not in shown(engine, [("customer", complaint)], "phone")
    assert "objection.send_info" in shown(engine, [("customer", brochure)], "phone")


@pytest.mark.parametrize(
    ("later", "now"),
    [
        ("I'll check, and email you.", "Let me check that."),
        ("Ik kijk het even na, per mail.", "Ik kijk het even na."),
        ("Je vérifie, par mail.", "Je vérifie."),
        ("אני בודק ואחזור אליך במייל.", "אני בודק."),
    ],
)
def test_checking_to_answer_later_by_e_mail_needs_no_hold(engine, later, now):
    assert "reply.hold" not in shown(engine, [("agent", later)], "phone")
    assert "reply.hold" in shown(engine, [("agent", now)], "phone")


@pytest.mark.parametrize(
    ("about_a_manager", "asks_for_one"),
    [
        ("I want to complain about the manager of the Elm Street branch", "can I speak to the manager?"),
        ("ik heb een klacht over de leidinggevende van de vestiging", "mag ik uw leidinggevende spreken?"),
        ("je voudrais me plaindre de votre responsable d'agence", "je voudrais parler à un responsable"),
        ("אני רוצה להתלונן על מנהל הסניף ברמת גן", "אני רוצה לדבר עם מנהל"),
    ],
)
def test_a_complaint_about_a_manager_asks_for_no_manager(engine, about_a_manager, asks_for_one):
    assert "escalation.human" not in shown(engine, [("customer", about_a_manager)], "chat")
    assert "escalation.human" in shown(engine, [("customer", asks_for_one)], "chat")


@pytest.mark.parametrize(
    ("channel", "entry", "account_card", "payment_card"),
    [
        ("chat", "compliance.card_data_text", "Sign in to the museum app with your customer number and card number.",
         "Could you type your card number here so I can take the deposit?"),
        ("whatsapp", "compliance.card_data_text", "Mijn studentenkaart is kwijt, wat was het kaartnummer ook alweer?",
         "Mag ik uw kaartnummer voor de aanbetaling?"),
        ("phone", "compliance.card_data",
         "Pour l'appli, vous vous connectez avec le numéro de carte de votre carte de transport.",
         "Je peux payer par carte tout de suite ?"),
        ("email", "compliance.card_data_text", "מתחברים עם מספר הכרטיס של כרטיס הסטודנט ועם הסיסמה.",
         "אפשר לשלוח לך את מספר הכרטיס לחיוב?"),
    ],
)
def test_the_number_of_a_student_transport_or_login_card_is_no_payment_card(engine, channel, entry, account_card,
                                                                            payment_card):
    assert entry not in shown(engine, [("agent", account_card)], channel)
    # A card number that says no more stays a payment card's: privacy first.
    assert entry in shown(engine, [("customer", payment_card)], channel)


@pytest.mark.parametrize(
    ("guest_wifi", "at_home"),
    [
        ("I'm at your café and there's no internet on my laptop, is the guest network down?",
         "We have no internet at home since this morning."),
        ("Ik zit in het gemeentehuis en krijg geen internet op mijn laptop.",
         "Sinds vanochtend hebben we thuis geen internet."),
        ("Je suis à la médiathèque et pas d'internet sur mon ordinateur portable.",
         "Depuis ce matin, plus d'internet à la maison."),
        ("אני במלון והאינטרנט לא עובד לי במחשב הנייד", "מהבוקר אין אינטרנט בבית"),
    ],
)
def test_one_laptop_off_a_guest_wifi_is_no_outage(engine, guest_wifi, at_home):
    assert "reply.outage" not in shown(engine, [("customer", guest_wifi)], "phone")
    assert "reply.outage" in shown(engine, [("customer", at_home)], "phone")


@pytest.mark.parametrize(
    ("agent", "after_paying", "leaving"),
    [
        ("There is still a 4 euro late fee on the account.", "ok, and if I pay it, can you cancel today?",
         "I want to cancel my membership."),
        ("Er staat nog 4 euro boete open.", "als ik dat betaal, kan ik dan meteen opzeggen?",
         "Ik wil mijn lidmaatschap opzeggen."),
        ("Il reste 4 euros de pénalité.", "si je paie maintenant, vous pouvez résilier ?",
         "Je veux résilier mon abonnement."),
        ("נשאר חוב של 4 שקלים.", "אם אני משלמת עכשיו אפשר לבטל היום?", "אני רוצה לבטל את המנוי."),
    ],
)
def test_whether_paying_lets_the_leaving_go_through_asks_no_reason(engine, agent, after_paying, leaving):
    assert "objection.cancel" not in shown(engine, [("agent", agent), ("customer", after_paying)], "chat")
    assert "objection.cancel" in shown(engine, [("agent", agent), ("customer", leaving)], "chat")


def test_cancelling_what_the_agent_just_named_a_hebrew_reservation_of_is_no_leaving(engine):
    told = ("agent", "כל הזמנה של חדר ישיבות עולה עשרה שקלים.")
    assert "objection.cancel" not in shown(engine, [told, ("customer", "אפשר לבטל ולקבל החזר?")], "chat")
    assert "objection.cancel" in shown(engine, [("agent", "כן, אני כאן."), ("customer", "אפשר לבטל?")], "chat")


@pytest.mark.parametrize(
    ("offer", "thanks", "done"),
    [
        ("I can sign you up for the course right now.", "oh lovely, thanks for your help",
         "That's all, have a nice day."),
        ("Ik kan u nu meteen inschrijven voor de cursus.", "dank u wel", "Dat was het, fijne dag."),
        ("Je peux vous inscrire à l'atelier tout de suite.", "merci beaucoup", "C'est tout, merci beaucoup."),
        ("אני יכול לרשום אותך לסדנה כבר עכשיו.", "תודה רבה", "זה הכל, תודה רבה"),
    ],
)
def test_thanks_for_an_offer_to_sign_up_now_is_no_goodbye(engine, offer, thanks, done):
    assert "reply.closing" not in shown(engine, [("agent", offer), ("customer", thanks)], "chat")
    assert "reply.closing" in shown(engine, [("agent", "Ok."), ("customer", done)], "chat")


@pytest.mark.parametrize(
    ("stopping", "moving"),
    [
        ("I'd like to stop my membership, we're moving to Portugal next month",
         "We're moving next month, what do I need to do?"),
        ("Ik wil stoppen bij de sportschool, we gaan verhuizen", "We gaan verhuizen, wat moet ik doen?"),
        ("Je voudrais arrêter mon abonnement, nous déménageons", "Nous déménageons le mois prochain."),
        ("אני רוצה להפסיק את המנוי, אנחנו עוברים דירה", "אנחנו עוברים דירה בחודש הבא"),
    ],
)
def test_a_move_given_as_the_reason_for_stopping_asks_for_no_new_address(engine, stopping, moving):
    assert "reply.moving_house" not in shown(engine, [("customer", stopping)], "phone")
    assert "reply.moving_house" in shown(engine, [("customer", moving)], "phone")


@pytest.mark.parametrize(
    ("already_or_survey", "wanted"),
    [
        ("The technicians are coming on Monday, do I need to be home?",
         "Can you send an engineer? The boiler is leaking."),
        ("De monteurs komen donderdag, moet ik thuis zijn?", "Kunt u een monteur sturen? De pomp lekt."),
        ("Les techniciens viennent lundi, je dois être là ?", "Pouvez-vous envoyer un technicien ? La pompe fuit."),
        ("Would you send someone first to see if the roof is suitable for a heat pump?",
         "I need a technician, the pump stopped."),
        ("Komt er iemand kijken of de zolder geschikt is voor een warmtepomp?",
         "Ik heb een monteur nodig, de pomp doet niks."),
    ],
)
def test_a_visit_already_booked_or_a_suitability_check_books_no_engineer(engine, already_or_survey, wanted):
    assert "reply.technician" not in shown(engine, [("customer", already_or_survey)], "phone")
    assert "reply.technician" in shown(engine, [("customer", wanted)], "phone")


@pytest.mark.parametrize(
    ("had_it", "objection"),
    [
        ("We've had the heat pump from you for two years, can we add a second one?", "Two years is too long for me."),
        ("J'ai votre pompe à chaleur depuis 24 mois, je peux ajouter une option ?", "24 mois c'est trop long."),
    ],
)
def test_how_long_the_customer_has_had_it_is_no_contract_objection(engine, had_it, objection):
    assert "objection.contract_length" not in shown(engine, [("customer", had_it)], "phone")
    assert "objection.contract_length" in shown(engine, [("customer", objection)], "phone")


@pytest.mark.parametrize(
    ("condition", "offer", "has_it"),
    [
        ("The delivery is free, you only need a regular subscription.", "Would you like our premium plan?",
         "I already have one"),
        ("Bezorgen is gratis, u heeft alleen een abonnement nodig.", "Heeft u interesse in ons pakket?", "heb ik al"),
        ("La livraison est gratuite, il faut juste un abonnement.", "Je vous propose notre offre premium.",
         "j'en ai déjà"),
        ("המשלוח בחינם, צריך רק מנוי רגיל.", "יש לנו מבצע על המסלול המורחב.", "כבר יש לי"),
    ],
)
def test_already_having_what_the_agent_said_is_needed_declines_nothing(engine, condition, offer, has_it):
    assert "objection.already_have" not in shown(engine, [("agent", condition), ("customer", has_it)], "chat")
    assert "objection.already_have" in shown(engine, [("agent", offer), ("customer", has_it)], "chat")
