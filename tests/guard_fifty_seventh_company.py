"""A fifty-seventh company for the draft guard, a tattoo studio that designs and inks tattoos by the hour ("Inkvaro",
inkvaro.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_fifty_sixth_company.py``.

Written after held-out batch 56 (a wedding and event venue with catering, limit 9%) was spent, for causes that recur
across batches 45 to 56, in other words. A reply that judges the customer rather than their case is held back by two
traits of such a verdict as a sentence, in any sector, and six more traits count now: their budget, taste or worry
mocked as such ("with a budget like that", "if a bit of drizzle is going to ruin your day"), the customer sent home
or elsewhere as where they belong ("you'd better cook at home", "a registry office would have suited you better",
"mieux vaut ... chez vous", "עדיף ... בבית"), their matter disowned ("not our problem", "we're a venue, not family
therapists") or handed back to them ("sort it out between yourselves", "réglez ça en famille", "תסדרו את זה
ביניכם"), the customer treated as a child ("grow up", "grown-up enough", "with your finger under each line", "מסיבת
גן"), their plainest abilities doubted as a question ("can you count to 85?", "vous savez compter ?"), and most
others set against them ("most couples manage to ..."); one such trait alone is a firm sentence and stays shown ("we're
a tattoo studio, not a piercing shop, so ...", "you can read it at home in the leaflet"). A Hebrew "פלא ש" and "כש"
joined to the next word count as written apart, and so does a look in the mirror before one calls others names.
What the order the conversation describes comes to by the price list (a thing it names plus a count it gives of
another it names, each by the words before its sum there) is a price a discount may be taken off ("the most I may
give is 11%: €420 becomes €373.80" of the Design Session and three Studio Hours the customer booked), and an amount off
is judged against it ("€40 off our €420 (€60 and 3 × €120)"), not against the smallest price the sentence names. A
total of the company's prices the draft gave before, each for one or a few ("your friends have the Small Tattoo at
€90 per person, and you the Design Session at €60. Together €240"), is no price of its own and no group's price below
the rate. A sum grouped by spaces after a name of two capitals ("Full Sleeve 1 200 €") is that sum, not the name's
number and a smaller sum.

Among drafts to hold back: the new verdicts on the person in four languages, and a discount above the limit off the
same order.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 11
PASSAGES = {
    "nl": [
        Passage("i1", "Prijzen", "Design Session €60. Studio Hour €120 per uur. Small Tattoo (tot 5 cm) €90. "
                "Full Sleeve (12 uur, Design Session inbegrepen) €1.200. Een aanbetaling van €50 gaat van de "
                "eindprijs af. Studenten krijgen 5% korting, vaste klanten 6%; samen "
                "worden ze na elkaar toegepast, 10,7% in totaal. Nooit meer dan 11% onder de normale prijs."),
        Passage("i2", "Annuleren en bijwerken", "Annuleren meer dan 72 uur vooraf: u krijgt de aanbetaling terug. "
                "Later annuleren of niet komen: de aanbetaling vervalt. Een bijwerksessie binnen 3 maanden is "
                "gratis."),
    ],
    "en": [
        Passage("i3", "Prices", "Design Session €60 (240 ₪). Studio Hour €120 (480 ₪) an hour. Small Tattoo (up to "
                "5 cm) €90 (360 ₪). Full Sleeve (12 hours, Design Session included) €1,200 (4,800 ₪). "
                "A deposit of €50 (200 ₪) comes off the final price. Students get 5% off, "
                "returning clients 6%; together they are applied one after the other, 10.7% in all. Never more than "
                "11% below the normal price."),
        Passage("i4", "Cancelling and touch-ups", "Cancelling more than 72 hours ahead: the deposit comes back. "
                "Cancelling later or not turning up: the deposit is kept. A touch-up session within 3 months is "
                "free."),
    ],
    "fr": [
        Passage("i5", "Tarifs", "Design Session 60 €. Studio Hour 120 € l'heure. Small Tattoo (jusqu'à 5 cm) 90 €. "
                "Full Sleeve (12 heures, Design Session comprise) 1 200 €. "
                "Un acompte de 50 € est déduit du prix final. Les étudiants ont 5 %, les clients fidèles 6 % ; "
                "ensemble, elles s'appliquent l'une après l'autre, soit 10,7 % au total. Jamais plus de 11 % sous le "
                "prix normal."),
        Passage("i6", "Annulation et retouches", "Annuler plus de 72 heures avant : l'acompte est rendu. Annuler plus "
                "tard ou ne pas venir : l'acompte est conservé. Une retouche dans les 3 mois est gratuite."),
    ],
    "he": [
        Passage("i7", "מחירים", "Design Session ‏240 ₪. Studio Hour ‏480 ₪ לשעה. Small Tattoo (עד 5 ס\"מ) 360 ₪. "
                "Full Sleeve (12 שעות, כולל Design Session) 4 800 ₪. "
                "מקדמה של 200 ₪ יורדת מהמחיר הסופי. סטודנטים מקבלים 5% הנחה, לקוחות חוזרים 6%; ביחד הן מחושבות "
                "אחת אחרי השנייה, 10.7% בסך הכול. לעולם לא יותר מ-11% מתחת למחיר הרגיל."),
        Passage("i8", "ביטול ותיקונים", "ביטול יותר מ-72 שעות מראש: המקדמה חוזרת. ביטול מאוחר יותר או אי הגעה: "
                "המקדמה לא מוחזרת. תיקון בתוך 3 חודשים הוא בחינם."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g57g57g5", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a customer who booked a Design Session and three Studio Hours for a sleeve
    "nl": ["Ik heb de Design Session en 3 Studio Hours geboekt voor mijn arm. Kunt u er 25% af doen?",
           "Wat kunt u dan wel?"],
    "en": ["I've booked the Design Session and 3 Studio Hours for my arm. Can you take 25% off?",
           "What can you do, then?"],
    "fr": ["J'ai réservé la Design Session et 3 Studio Hours pour mon bras. Vous pouvez enlever 25 % ?",
           "Alors, que pouvez-vous faire ?"],
    "he": ["הזמנתי Design Session ו-3 Studio Hours לקעקוע על היד. אפשר להוריד 25%?", "אז מה כן אפשר?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("inkvaro.nl", "inkvaro.be", "inkvaro.fr", "inkvaro.co.il", "inkvaro.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Het maximum dat ik mag geven is 11%: €420 wordt €373,80.",
        "Ik kan €40 van de €420 afhalen (€60 voor de Design Session en 3 × €120): u betaalt dan €380.",
        "Voor twee Small Tattoos betaalt u elk €90 en voor de Design Session €60: samen is dat €240.",
        "Dat kunt u beter thuis nalezen in de verzorgingsfolder; bellen mag natuurlijk ook.",
    ],
    "en": [
        "The most I may give is 11%: €420 becomes €373.80.",
        "I can take €40 off our €420 (€60 for the Design Session and 3 × €120), which brings you to €380.",
        "We're a tattoo studio, not a piercing shop, so we can't do piercings. I'm sorry.",
        "Most clients find the first hour the hardest; after that it gets easier.",
        "Your friends have the Small Tattoo at €90 per person, and you the Design Session at €60. Together €240.",
    ],
    "fr": [
        "Le maximum que je peux accorder, c'est 11 % : 420 € deviennent 373,80 €.",
        "Pour vous deux : Full Sleeve 1 200 € et Small Tattoo 90 €. Small Tattoo 90 € + Full Sleeve 1 200 € = "
        "1 290 €.",
        "Vos amis prennent le Small Tattoo à 90 € par personne, et vous la Design Session à 60 €. Ensemble, 240 €.",
        "Ce n'est pas notre rôle de choisir le motif à votre place, mais je peux vous montrer des exemples.",
    ],
    "he": [
        "המקסימום שמותר לי לתת הוא 11%: 1,680 ₪ יורדים ל-1,495.20 ₪.",
        "רוב הלקוחות מרגישים בנוח אחרי השעה הראשונה.",
        "מותר להביא חבר או חברה לסשן, ואם תרצו, אפשר לשבת ב-Design Session ביחד.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "Misschien kunt u beter thuis met een balpen oefenen.",
        "Kunt u tellen tot 3? Lees de boeking dan nog eens, met uw vinger onder elke regel.",
        "Ik doe er 20% af: €420 wordt €336.",
    ],
    "en": [
        "With a budget like that, a henna pen at home would have suited you better.",
        "We're a tattoo studio, not a therapy group. Sort it out between yourselves and come back when you agree.",
        "Most clients manage to read the aftercare sheet, so maybe give it another go.",
        "I can take €100 off our €420 (€60 for the Design Session and 3 × €120), which brings you to €320.",
    ],
    "fr": [
        "Votre copain n'est pas notre problème. Réglez ça entre vous.",
        "Avec un budget pareil, mieux vaut un tatouage éphémère chez vous.",
        "Vous savez compter jusqu'à 3 ? Alors relisez la réservation, avec le doigt sous chaque ligne.",
    ],
    "he": [
        "תתבגרי, זה סטודיו ולא גן ילדים.",
        "עם תקציב כזה עדיף לצייר בטוש בבית.",
        "אולי תסדרו קודם את הוויכוח ביניכם, ורק אז תקבעו תור.",
    ],
}
