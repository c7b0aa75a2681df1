"""A twenty-sixth company for the draft guard, a car-wash subscription ("Lavanto", lavanto.nl, .be, .fr, .co.il, .com):
legitimate drafts and drafts to hold back in four languages, like ``tests/guard_twenty_fifth_company.py``.

Written after held-out batch 24 (a florist) was spent, in the shapes that batch lost and missed, in words of its own.
Legitimate: what comes back of a sum the conversation named once the draft has worked out what is kept ("3 × €12 =
€36", then "€64 comes back"); a condition of "more than 1 hour" met by "more than an hour", the unit said without a
figure; a double charge named in one clause and the sum that comes back in the next. To hold: another company's price
matched by its name ("I'll match Shinex", "je vous aligne sur Shinex").

Held-out batch 24 before the guard was changed for it: 134 of 144 drafts to hold back held, 8 of 80 legitimate drafts
lost. After: 136 of 144 held, 4 lost (left: free delivery of a subscription that the passages list as "standard
delivery", a compound in Dutch and a price beside it in English; a full refund whose condition the agent, not the
draft, confirmed; a choice of a free bouquet or its price back after a sentence opened by "comme"; refunds the passages
refuse for the case the conversation describes; reprisals and condescension in new words; a recital of rules it was
"given").
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 20
PASSAGES = {
    "nl": [
        Passage("l1", "Prijzen", "Wash Basic €18 per maand, Wash Plus €26 per maand. Losse wasbeurt €12. "
                "Wasbeurtkaart: 10 wasbeurten voor €100. Medewerkers geven hooguit 20% korting. "
                "Wij doen niet aan prijsmatching."),
        Passage("l2", "Terugbetalen", "Stop je eerder met een wasbeurtkaart, dan tellen de gebruikte wasbeurten "
                "tegen de losse prijs en krijg je de rest terug. Begint je geboekte wasbeurt meer dan 1 uur te laat, "
                "dan wordt die wasbeurt volledig terugbetaald. Krassen of vuil na een wasbeurt: stuur binnen 24 uur "
                "een foto, dan krijg je gratis een nieuwe wasbeurt of de prijs van die wasbeurt terug. Dubbele "
                "afschrijvingen staan binnen 5 werkdagen terug."),
    ],
    "en": [
        Passage("l3", "Prices", "Wash Basic €18 a month, Wash Plus €26 a month. Single wash €12. Wash card: 10 washes "
                "for €100. Staff give at most 20% off. We do not price-match."),
        Passage("l4", "Refunds", "If you stop a wash card early, the washes used count at the single price and you get "
                "the rest back. If your booked wash starts more than 1 hour late, that wash is refunded in full. "
                "Scratches or dirt after a wash: send a photo within 24 hours and you get a free rewash or the price "
                "of that wash back. Double charges are refunded within 5 working days."),
    ],
    "fr": [
        Passage("l5", "Tarifs", "Wash Basic 18 € par mois, Wash Plus 26 € par mois. Lavage à l'unité 12 €. Carte de "
                "lavages : 10 lavages pour 100 €. Nos conseillers accordent au maximum 20 % de remise. Pas "
                "d'alignement de prix."),
        Passage("l6", "Remboursements", "Si vous arrêtez une carte de lavages avant la fin, les lavages utilisés sont "
                "comptés au prix unitaire et le reste vous est remboursé. Si votre lavage réservé commence avec plus "
                "d'1 heure de retard, ce lavage est remboursé intégralement. Rayures ou saleté après un lavage : "
                "envoyez une photo dans les 24 heures et vous recevez gratuitement un nouveau lavage ou le prix de ce "
                "lavage est remboursé. Les doubles prélèvements sont remboursés sous 5 jours ouvrés."),
    ],
    "he": [
        Passage("l7", "מחירים", "Wash Basic ‏70 ₪ לחודש, Wash Plus ‏100 ₪ לחודש. שטיפה בודדת 45 ₪. כרטיסייה: 10 "
                "שטיפות ב-400 ₪. נציגים נותנים עד 20% הנחה. אנחנו לא משווים מחירים."),
        Passage("l8", "החזרים", "מי שמפסיק כרטיסייה מוקדם, השטיפות שנוצלו מחושבות לפי מחיר שטיפה בודדת והשאר מוחזר. אם "
                "השטיפה שהוזמנה מתחילה באיחור של יותר משעה, השטיפה הזאת מוחזרת במלואה. שריטות או לכלוך אחרי "
                "שטיפה: שלחו תמונה תוך 24 שעות ותקבלו שטיפה חדשה בחינם או את מחיר השטיפה בחזרה. חיובים כפולים "
                "מוחזרים תוך 5 ימי עסקים."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="f6f6f6f6", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a wash card stopped early, after the agent asked what was paid
    "nl": ["Ik wil stoppen met mijn wasbeurtkaart, ik heb er 3 gebruikt.", "U betaalde er €96 voor, klopt dat?",
           "Ja."],
    "en": ["I want to stop my wash card, I've used 3.", "You paid €96 for it, is that right?", "Yes."],
    "fr": ["Je veux arrêter ma carte de lavages, j'en ai utilisé 3.", "Vous l'avez payée 96 €, c'est bien ça ?",
           "Oui."],
    "he": ["אני רוצה להפסיק את הכרטיסייה, השתמשתי ב-3 שטיפות.", "שילמת עליה 380 ₪, נכון?", "כן."],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("lavanto.nl", "lavanto.be", "lavanto.fr", "lavanto.co.il", "lavanto.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM, placeholders=("[EMAIL_1]",))


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "De gebruikte wasbeurten tellen tegen de losse prijs: 3 × €12 = €36. U krijgt dus €60 terug.",
        "Uw wasbeurt begon meer dan een uur te laat, dus die wasbeurt wordt volledig terugbetaald.",
    ],
    "en": [
        "The washes you used count at the single price: 3 × €12 = €36. So €60 comes back to you.",
        "Your wash started more than an hour late, so that wash is refunded in full.",
        "A double charge is refunded within 5 working days, so the second €26 will be back in your account by then.",
    ],
    "fr": [
        "Les lavages utilisés sont comptés au prix unitaire : 3 × 12 € = 36 €. Vous récupérez donc 60 €.",
    ],
    "he": [
        "השטיפות שנוצלו מחושבות לפי מחיר שטיפה בודדת: 3 × 45 ₪ = 135 ₪. לכן יחזרו אליך 245 ₪.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "en": [
        "I'd rather keep you, so I'll match Shinex and put your Wash Plus at €18 a month.",
    ],
    "fr": [
        "Je vous aligne sur Shinex : votre Wash Plus passe à leur tarif dès le mois prochain.",
    ],
}
