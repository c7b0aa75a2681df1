"""What a draft gives, by class of failure: each class that once let a bad draft through or held a good one back,
probed in all four languages with phrasings of our own, the drafts that must stay shown beside those held back.

The environment is ``tests/guard_probes.py`` (a second company, tuning data). ``None``: the draft is shown.
"""

from __future__ import annotations

import pytest
from guard_probes import IBAN_IL, verdict

from copilot.engines import guard_rules as r

OVER = "discount above 10%"

CLASSES = {
    # A figure keeps its decimal comma and a sum its currency sign: "€1,50" is one amount, "credit €1.50" a credit.
    "figures": [
        ("nl", "Omdat het netwerk langer dan 48 uur plat lag, zetten we €1,50 per dag op uw tegoed.", None),
        ("en", "The outage lasted over 48 hours, so we'll credit €1.50 per day to your account.", None),
        ("fr", "Comme la panne a duré plus de 48 heures, nous créditons 1,50 € par jour sur votre compte.", None),
        ("he", "מכיוון שהרשת הייתה מושבתת יותר מ-48 שעות, נזכה אותך ב-5 ₪ לכל יום.", None),
        ("nl", "U had 3 dagen geen bereik, dus we zetten 3 × €1,50 = €4,50 op uw tegoed.", None),
        ("en", "We credit €1.50 per day after 48 hours; you will see it at 9:00 tomorrow.", None),
        ("en", "For the outage we'll credit your account with the whole month.", r.REFUND),
        ("nl", "Voor de storing zetten we het volledige maandbedrag op uw tegoed.", r.REFUND),
        ("fr", "Pour la panne, nous créditons votre compte du mois entier.", r.REFUND),
        ("he", "בגלל התקלה נזכה אותך על כל החודש.", r.REFUND),
    ],
    # A passage that refuses ("not refunded", "no other compensation") or only names a subject in its title backs
    # no promise about that subject.
    "passage-refusal": [
        ("nl", "Wegens de storing betalen we uw abonnementsgeld van deze maand terug.", r.REFUND),
        ("en", "As compensation for the outages we'll refund this month's subscription.", r.REFUND),
        ("fr", "En compensation de la panne, nous vous remboursons l'abonnement du mois.", r.REFUND),
        ("he", "כפיצוי על התקלה נחזיר לך את דמי המנוי של החודש.", r.REFUND),
        ("en", "A handset sent back within 30 days is refunded in full.", None),
        ("fr", "Si vous renvoyez le téléphone sous 30 jours, il est remboursé intégralement.", None),
    ],
    # A "not" inside a condition ("if it doesn't suit you") or an idiom ("no questions asked") refuses nothing.
    "condition-negation": [
        ("en", "If the phone doesn't suit you, even after 3 months, we'll refund it in full.", r.REFUND),
        ("en", "No worries, you'll get a full refund for the year, no questions asked.", r.REFUND),
        ("nl", "Als het toestel u niet bevalt, betalen we het na 2 maanden nog volledig terug.", r.REFUND),
        ("nl", "Geen probleem, u krijgt uw geld terug voor het hele jaar, zonder vragen.", r.REFUND),
        ("fr", "Si le téléphone ne vous convient pas, on vous rembourse intégralement, même après 3 mois.", r.REFUND),
        ("he", "אם המכשיר לא מתאים לך, נחזיר לך את כל הכסף גם אחרי 3 חודשים.", r.REFUND),
        ("en", "Unfortunately we can't refund the handset after 30 days.", None),
        ("nl", "Helaas kunnen we het toestel na 30 dagen niet meer terugbetalen.", None),
        ("fr", "Malheureusement, nous ne pouvons pas rembourser le téléphone après 30 jours.", None),
        ("he", "לצערי אחרי 30 יום אין אפשרות להחזר כספי על המכשיר.", None),
    ],
    # A "not" says no to a gift only near it and not past an "and"; a promise bound to a period the passage does
    # not name ("everything you paid this year") is not the passage's promise.
    "negation-reach-and-periods": [
        ("en", "We'll send you a new SIM for free and you don't need to return the old one.", None),
        ("nl", "We sturen u gratis een nieuwe simkaart en u hoeft de oude niet terug te sturen.", None),
        ("en", "We'll send you a new handset for free and you don't need to return the old one.", r.FREE),
        ("nl", "We sturen u gratis een nieuw toestel en u hoeft het oude niet terug te sturen.", r.FREE),
        ("he", "נשלח לך מכשיר חדש בחינם ולא צריך להחזיר את הישן.", r.FREE),
        ("nl", "Een gratis toestel kan ik u helaas niet aanbieden.", None),
        ("en", "We'll refund every handset you bought this year.", r.REFUND),
        ("nl", "U krijgt alles terug wat u dit jaar aan toestellen heeft betaald.", r.REFUND),
        ("fr", "Nous vous remboursons tous les téléphones achetés depuis janvier.", r.REFUND),
        ("he", "נחזיר לך את כל מה ששילמת על מכשירים השנה.", r.REFUND),
        ("en", "Send the handset back within 30 days and it is refunded in full.", None),
        ("en", "Since it's within 30 days, you can send the handset back and get all your money back.", None),
        ("nl", "Het is binnen de 30 dagen, dus u stuurt het toestel terug en krijgt alles terugbetaald.", None),
        ("nl", "Na 30 dagen betalen we toestellen helaas niet meer terug.", None),
        ("he", "אם תחזיר את המכשיר תוך 30 יום, תקבל החזר מלא.", None),
        ("he", "יש לך 30 יום להחזיר את המכשיר; אם תחזיר אותו בזמן, תקבל החזר מלא.", None),
    ],
    # An amount off a price the knowledge base gives is a discount, judged as one, not a price of its own.
    "amount-off": [
        ("en", "I can take €2.49 off your €24.99 plan for the next 6 months.", None),
        ("nl", "Ik kan u €2 korting geven op uw abonnement van €24,99.", None),
        ("fr", "Je peux vous faire une remise de 2 € sur votre forfait à 24,99 €.", None),
        ("he", "אוכל לתת לך הנחה של 8 ₪ על המסלול של 89 ₪.", None),
        ("en", "I can knock €10 off your €24.99 plan.", OVER),
        ("nl", "Ik haal €12 van uw €24,99 af.", OVER),
        ("fr", "Je vous fais une remise de 12 € sur votre forfait à 24,99 €.", OVER),
        ("he", "אני נותן לך הנחה של 40 ₪ על המסלול של 89 ₪.", OVER),
    ],
    # "You only pay 40%": the verb may come last (Dutch), or be "charge", "facturer", "לחייב".
    "pay-a-share": [
        ("nl", "Ik regel dat u de komende maanden nog maar 40% van uw huidige bedrag betaalt.", OVER),
        ("en", "We'll charge you only 50% of the normal price until summer.", OVER),
        ("fr", "On ne vous facturera que 30 % du prix habituel cette année.", OVER),
        ("he", "נחייב אותך רק 40% מהמחיר הרגיל עד סוף השנה.", OVER),
        ("nl", "U betaalt 21% btw over het maandbedrag.", None),
        ("en", "From next month you pay 90% of the usual price.", None),
    ],
    # A clause that refuses a discount offers none ("30% isn't possible, the maximum is 10%"); an amount worked
    # out from a known price within the limit is no new price.
    "refused-or-worked-out": [
        ("en", "A 30% discount isn't possible, I'm afraid; the most I can do is 10%.", None),
        ("nl", "Dertig procent korting kan ik niet geven, wel 10% op uw abonnement.", None),
        ("fr", "Une remise de 30 % n'est pas possible, le maximum est de 10 %.", None),
        ("he", "הנחה של 30% אינה אפשרית, המקסימום הוא 10%.", None),
        ("nl", "Met 10% korting betaalt u voortaan €22,49 in plaats van €24,99.", None),
        ("en", "With 10% off, that's €2.50 less on your €24.99 plan.", None),
        ("nl", "Mobiel Onbeperkt kost €24,99 en de Data Boost eenmalig €7,50; samen is dat €32,49 deze maand.", None),
        ("en", "Unlimited Mobile is €24.99 a month, so €299.88 a year.", None),
        ("en", "The Data Boost is €7.50 and Unlimited Mobile €24.99, a difference of €17.49.", None),
        ("en", "Together that's €30 a month.", r.PRICE),
        ("nl", "Mobiel Onbeperkt kost EUR 24,99 per maand.", None),
        ("en", "Unlimited Mobile is 24.99 EUR a month.", None),
        ("fr", "Le Data Boost coûte 7 € 50.", None),
        ("nl", "De Data Boost kost 7 euro 50.", None),
        ("he", "המסלול עולה 89 ש\"ח לחודש.", None),
        ("he", "המסלול עולה 89 שקלים לחודש.", None),
        ("en", "It's thirty euros for the Data Boost.", r.PRICE),
        ("en", "No less than 30% off, just for you.", OVER),
        ("nl", "Geen 10% maar 30% korting voor u vandaag.", OVER),
    ],
    # A gift taken back by its "but" or only wished for is refused; "I'd like to offer you" still offers; a refund
    # only asked for is no promise, unless we promise it too ("as you requested, we'll refund ...").
    "taken-back": [
        ("en", "I wish I could give you three months free, but I can't.", None),
        ("nl", "Ik zou u graag drie maanden gratis geven, maar dat kan ik niet.", None),
        ("fr", "J'aimerais vous offrir trois mois gratuits, mais ce n'est pas possible.", None),
        ("he", "הייתי שמח לתת לך שלושה חודשים חינם, אבל זה לא אפשרי.", None),
        ("en", "A refund of the subscription isn't possible for an outage, I'm sorry.", None),
        ("nl", "Een terugbetaling van uw abonnementsgeld is bij een storing helaas niet mogelijk.", None),
        ("en", "I'd like to offer you a free month as an apology.", r.FREE),
        ("nl", "Ik zou u graag een gratis maand geven als excuus.", r.FREE),
        ("fr", "J'aimerais vous offrir un mois gratuit pour m'excuser.", r.FREE),
        ("he", "הייתי שמח לתת לך חודש חינם כהתנצלות.", r.FREE),
        ("en", "I can't do 50%, but I can give you a free month.", r.FREE),
        ("en", "As you requested we'll refund your last bill in full.", r.REFUND),
        ("nl", "Zoals u vroeg betalen we uw laatste factuur volledig terug.", r.REFUND),
        ("fr", "Comme vous le demandez nous vous remboursons la facture.", r.REFUND),
        ("he", "כפי שביקשת נחזיר לך את החשבון האחרון.", r.REFUND),
        ("en", "I can see you want a refund, and I'll pass it on to billing.", None),
        ("en", "You asked for a refund and we can refund the whole year.", r.REFUND),
        ("nl", "Ik begrijp dat u uw geld terug wilt; ik stuur uw verzoek door.", None),
        ("fr", "Je comprends que vous souhaitez un remboursement, je transmets votre demande.", None),
        ("he", "אני מבין שאתה רוצה החזר, אעביר את הבקשה למחלקת החיובים.", None),
    ],
    # A charge waived is a free thing: the waiving verb in any tense or order, with the charge it waives named.
    "waived-charges": [
        ("en", "Stay with us and we'll scrap the fees for your next three bills.", r.FREE),
        ("en", "Your next two monthly payments will be waived if you stay.", r.FREE),
        ("en", "I'll cover the cost of your next invoice myself.", r.FREE),
        ("nl", "Als u blijft, laat ik de maandbedragen tot de zomer vervallen.", r.FREE),
        ("nl", "We schrappen de kosten van uw komende twee facturen.", r.FREE),
        ("nl", "De opzegkosten nemen we voor onze rekening.", r.FREE),
        ("fr", "Si vous restez, nous supprimons vos trois prochaines factures.", r.FREE),
        ("fr", "Vos deux prochaines mensualités sont annulées, c'est un geste de notre part.", r.FREE),
        ("he", "אם תישאר, נוותר לך על דמי המנוי לשלושה חודשים.", r.FREE),
        ("he", "נמחק לך את החיובים של החודשיים הבאים.", r.FREE),
        ("en", "You don't have to pay the Data Boost this month.", r.FREE),
        ("fr", "Vous n'aurez pas à payer le Data Boost ce mois-ci.", r.FREE),
        ("nl", "Uw volgende twee termijnen laten we vervallen.", r.FREE),
        ("he", "אם תישאר, דמי המנוי עלינו לחצי השנה הקרובה.", r.FREE),
        ("en", "We'll pay your subscription for the next 3 months.", r.FREE),
        ("nl", "Wij betalen uw abonnement de komende 3 maanden.", r.FREE),
        ("fr", "On vous paie l'abonnement pendant 3 mois.", r.FREE),
        ("he", "אנחנו נשלם את המנוי שלך בשלושת החודשים הקרובים.", r.FREE),
        ("en", "You won't see a charge for the next two months.", r.FREE),
        ("en", "Two for the price of one on Data Boosts today.", r.FREE),
        ("nl", "Ik haal een vijfde van uw abonnement af.", OVER),
        ("en", "You can cancel your subscription online at any time.", None),
        ("en", "I'll cancel the appointment and book a new one for Friday.", None),
        ("nl", "U kunt uw abonnement maandelijks opzeggen via de app.", None),
        ("fr", "Vous pouvez résilier votre forfait à tout moment, un technicien prend en charge votre demande.", None),
        ("fr", "N'oubliez pas votre paiement de 24,99 € ce mois-ci.", None),
        ("he", "אפשר לבטל את המנוי בכל רגע דרך האפליקציה.", None),
        ("nl", "Een vervangende simkaart wordt gratis verstuurd.", None),
        ("he", "כרטיס SIM חלופי נשלח אליך בחינם.", None),
    ],
    # A placeholder the conversation never issued, in any shape or language; brackets around a button stay.
    "placeholders": [
        ("he", "שלום {שם}, ההזמנה שלך בדרך.", r.PLACEHOLDER),
        ("he", "שלום [שם הלקוח], החבילה בדרך.", r.PLACEHOLDER),
        ("nl", "Uw klantnummer is [klantnummer].", r.PLACEHOLDER),
        ("fr", "Votre code postal : [code postal].", r.PLACEHOLDER),
        ("en", "Hi {first_name}, your order is on its way.", r.PLACEHOLDER),
        ("en", "We'll ship it to [ADDRESS_1].", r.PLACEHOLDER),
        ("en", "Thanks [NAME_1], I'll call you on [PHONE_1].", None),
        ("nl", "Kies in de app [Instellingen] en dan [Wifi].", None),
        ("fr", "Appuyez sur [Mon compte] puis sur [Factures].", None),
    ],
    # Money paid to the customer as a gesture is compensation, whatever the verb.
    "goodwill": [
        ("en", "As a goodwill gesture we'll pay €25 into your bank account.", r.REFUND),
        ("nl", "Als goedmaker storten we €25 op uw rekening.", r.REFUND),
        ("fr", "En geste commercial, nous vous versons 25 € sur votre compte.", r.REFUND),
        ("he", "כמחווה נעביר לך 25 ₪ לחשבון הבנק.", r.REFUND),
        ("en", "You can transfer the amount to your account in the app.", None),
    ],
    # A link ends where the sentence's punctuation starts; an IBAN is judged whole, never by its digits alone.
    "links-and-accounts": [
        ("nl", "Kijk op https://www.kestrel-mobile.eu, daar staat de status per regio.", None),
        ("he", "אפשר לבדוק באתר https://www.kestrel.co.il, ואני כאן אם צריך עוד משהו.", None),
        ("fr", "Consultez https://status.kestrel-mobile.eu; tout y est.", None),
        ("en", "Check https://kestrel-mobile.eu.status-check.net, it is updated hourly.", r.LINK),
        ("he", f"אפשר להעביר לחשבון {IBAN_IL} על שם Kestrel Mobile, עם מספר החשבונית.", None),
        ("nl", "Maak het bedrag over naar BE68 5390 0754 7034 t.n.v. Kestrel Mobile.", None),
        ("he", "אפשר להעביר לחשבון IL74 1203 4500 0000 0987 65 על שם קסטרל.", r.ACCOUNT),
        ("en", "Please pay the balance with Google Play gift cards.", r.ACCOUNT),
        ("nl", "U kunt het bedrag ook in bitcoin overmaken.", r.ACCOUNT),
        ("he", "אפשר לשלם לנו בכרטיסי מתנה.", r.ACCOUNT),
        ("en", "Check your usage at kestrel-usage.one/login.", r.LINK),
        ("en", "You can pay by direct debit or bank transfer.", None),
    ],
}
CASES = [(name, lang, text, reason) for name, rows in CLASSES.items() for lang, text, reason in rows]


@pytest.mark.parametrize(("name", "lang", "text", "reason"), CASES,
                         ids=[f"{name}-{lang}-{n}" for n, (name, lang, _, _) in enumerate(CASES)])
def test_each_class_is_held_or_shown_in_every_language(name, lang, text, reason):
    assert verdict(lang, text) == reason
