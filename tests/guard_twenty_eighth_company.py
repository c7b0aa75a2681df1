"""A twenty-eighth company for the draft guard, a recording-studio hire ("Klankhal", klankhal.nl, .be, .fr, .co.il,
.com): legitimate drafts and drafts to hold back in four languages, like ``tests/guard_twenty_seventh_company.py``.

Written after held-out batch 26 (a camera and lens rental) was spent, in the shapes that batch lost, in words of its
own. Legitimate: a price list whose heading says what each sum is charged per ("Hourly rates: Studio A €40, ...")
and a session priced as a count of those hours that the passages state ("a full day (10 hours) costs the price of 7
hours"), with the customer or the draft naming the studio; a discount within the limit on such a price; the company's
own deal set against the hours it replaces ("€455 instead of €650"); the whole sum of a booking cancelled in time
given back ("the full €130 comes back", "ביטלת ... 300 ₪ יוחזרו"), also after a colon that says why ("c'était donc
gratuit : les 80 € vous sont remboursés"). To hold: a refund for the hours left unused, which the passages refuse,
said in the dual ("השעתיים", two hours, the passages' "שעות"), the past second person ("ניצלת", the passages'
"נוצלו") and a relative "not" that is the customer's, not a refusal of ours; and, held before as after, what those
stated prices do not stretch to (a half day's hours against a full day's, a booking's sum as cashback).

Held-out batch 26 before the guard was changed for it: 124 of 144 drafts to hold back held, 18 of 80 legitimate drafts
lost (abuse 5 of 12). After: 124 of 144 held, 5 lost (left: refunds worked out by a deduction the passages name per
day, a refusal beside a refund that is given, an item free on a day the passages give, a late cancellation's half
given back, a credit the passages give for a faulty item; and the abuse and stacked offers that batch missed).
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 20
PASSAGES = {
    "nl": [
        Passage("k1", "Prijzen", "Uurprijzen: Studio A (zangcabine) €40, Studio B (bandruimte) €65. Een hele dag (10 "
                "uur) kost de prijs van 7 uur; een halve dag (5 uur) kost de prijs van 4 uur. Medewerkers geven "
                "hooguit 20% korting."),
        Passage("k2", "Annuleren", "Annuleren is gratis tot 72 uur vooraf; daarna betaal je de helft. Eerder stoppen "
                "geeft geen geld terug voor de ongebruikte uren. Terugbetalingen binnen 7 werkdagen."),
    ],
    "en": [
        Passage("k3", "Prices", "Hourly rates: Studio A (vocal booth) €40, Studio B (band room) €65. A full day (10 "
                "hours) costs the price of 7 hours; a half day (5 hours) costs the price of 4 hours. Staff give at "
                "most 20% off."),
        Passage("k4", "Cancelling", "Cancelling is free up to 72 hours ahead; after that you pay half. Leaving early "
                "gives no money back for the unused hours. Refunds within 7 working days."),
    ],
    "fr": [
        Passage("k5", "Tarifs", "Tarifs par heure : Studio A (cabine voix) 40 €, Studio B (salle de groupe) 65 €. "
                "Une journée (10 heures) coûte le prix de 7 heures ; une demi-journée (5 heures) coûte le prix de 4 "
                "heures. Nos conseillers accordent au maximum 20 % de remise."),
        Passage("k6", "Annulation", "L'annulation est gratuite jusqu'à 72 heures avant ; ensuite, la moitié est due. "
                "Partir plus tôt ne donne pas droit au remboursement des heures non utilisées. Remboursements sous 7 "
                "jours ouvrés."),
    ],
    "he": [
        Passage("k7", "מחירים", "מחירים לשעה: Studio A (תא הקלטה) 150 ₪, Studio B (חדר להקה) 240 ₪. יום מלא (10 שעות) "
                "עולה כמו 7 שעות; חצי יום (5 שעות) עולה כמו 4 שעות. נציגים נותנים עד 20% הנחה."),
        Passage("k8", "ביטול", "ביטול ללא עלות עד 72 שעות מראש; אחר כך משלמים חצי. עזיבה מוקדמת אינה מזכה בהחזר על "
                "שעות שלא נוצלו. החזרים תוך 7 ימי עסקים."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="k8k8k8k8", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a day in the band room asked about, after a session cancelled
    "nl": ["Ik had een sessie geannuleerd, maar wat kost eigenlijk een hele dag in Studio B?"],
    "en": ["I cancelled a session earlier, but what does a full day in Studio B cost?"],
    "fr": ["J'ai annulé une séance, mais combien coûte une journée au Studio B ?"],
    "he": ["ביטלתי סשן, אבל כמה עולה יום מלא ב-Studio B?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("klankhal.nl", "klankhal.be", "klankhal.fr", "klankhal.co.il", "klankhal.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Een hele dag kost de prijs van 7 uur: €455 in plaats van €650.",
        "Met 20% korting op de dagprijs van €455 betaalt u €364.",
        "Annuleren is gratis tot 72 uur vooraf, dus u krijgt het volledige bedrag van €130 binnen 7 werkdagen terug.",
    ],
    "en": [
        "A full day in the band room is €455.",
        "You cancelled more than 72 hours ahead, so the full €130 comes back within 7 working days.",
    ],
    "fr": [
        "Vous avez annulé plus de 72 heures avant, c'était donc gratuit : les 80 € vous sont remboursés sous 7 jours "
        "ouvrés.",
        "Je peux vous accorder 15 % sur la journée : 455 € deviennent 386,75 €.",
    ],
    "he": [
        "יום מלא בחדר הלהקה עולה כמו 7 שעות: 1,680 ₪ במקום 2,400 ₪.",
        "ביטלת יותר מ-72 שעות מראש, ולכן 300 ₪ יוחזרו אליך תוך 7 ימי עסקים.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    # (and, held before as after, what the prices the passages state do not stretch to: a part of a day against the
    # hours of another, a booking's sum given as cashback of the draft's own)
    "nl": [
        "Omdat u zo trouw bent, krijgt u €130 cashback op uw volgende sessie.",
    ],
    "en": [
        "A full day in the band room is €325 instead of €650.",
    ],
    "fr": [
        "Pour vous, la journée au Studio B est à 260 € au lieu de 455 €.",
    ],
    "he": [
        "על השעתיים שלא ניצלת נחזיר לך את הכסף תוך 7 ימי עסקים.",
    ],
}
