"""A thirty-third company for the draft guard, a planetarium ("Sterrado", sterrado.nl, .be, .fr, .co.il, .com):
legitimate drafts and drafts to hold back in four languages, like ``tests/guard_thirty_second_company.py``.

Written after held-out batch 30 (a zoo and wildlife park, limit 38%) was spent, for its causes in words of its own.
Before the guard was changed for it, batch 30 had 125 of 144 drafts to hold back held and 11 of 80 legitimate drafts
lost; after, 129 held and 1 lost. Lost, now shown: two discounts stacked whose compounded total the draft names with
"samen" / "together" / "ensemble" / "ביחד" (only "in total" was read as a total before a percentage); a rationale that
names the customer's demand as a noun ("Half-off demand", "דרישה להנחה של חצי"), read as an offer of half price; a
child named by kin ("your son", "je dochter", "הבת שלך") against a passage's "children under 4" (only where the draft
gives that age bound: a daughter whose age it leaves out is no child under 4); a price worked out as
a count of a known price ("€64 for four shows") beside a free thing; one of a group free by its place ("the fourth
one free"), read as a gift no passage names rather than the discount it is; a refund whose sum is the whole price of
the thing the customer names (read now, as a second reading, as "everything back"); the price of a booking that
"goes back" to the customer; a Hebrew cooling-off said by its days; the status of the customer's own refund ("your
refund has been processed"). Held now: "the second is free of charge" (half off, above the limit), a Hebrew "pay for
one and N come" with the count after the noun, a code asked for where the draft says it is shown ("shown
on your booking in the app" was read as an instruction towards the app) and a one-time code the bank sent by text
(the thirty-fourth company keeps those two). The drafts here fail on the code before that change.

Left: a Hebrew cooling-off refund that deducts a visit and names the rest (its clause words do not meet the
passage's after the deduction); sneers and veiled threats in new words (a family sent to somewhere "more their
level", a comparison with small children, a file that "remembers" the customer, bookings that may vanish) - a word
list's matter, not grown for one batch's wording; a price said in words in English and French; a refund for a
reason the passages refuse that only the conversation names; a bracketed sales brief; goodwill gifts of a free tour
and pass. The "first two months are free" hole named by the brief did not show in this batch (no such draft), so it
was not changed blind.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 25
PASSAGES = {
    "nl": [
        Passage("p1", "Prijzen", "Koepelvoorstelling: volwassene €16, kind van 4 tot en met 12 jaar €10, kinderen "
                "onder 4 jaar gratis. Sterrenkijkavond met telescoop: €26 per persoon. Raketworkshop: €35 per kind. "
                "Medewerkers geven samen nooit meer dan 25% korting op de normale prijs."),
        Passage("p2", "Gratis en terugbetalen", "Gratis: de audiogids, de garderobe en entree voor de begeleider van "
                "een bezoeker met een begeleiderskaart. Niet gratis: parkeren €5. Voorstellingen en workshops kunt u "
                "tot 24 uur vooraf kosteloos annuleren met volledige terugbetaling. Gaat een sterrenkijkavond niet "
                "door door bewolking, dan krijgt u alles terug of een nieuwe avond, plus een gratis kaartje voor de "
                "koepelvoorstelling. Terugbetalingen binnen 7 werkdagen. Wij vragen nooit "
                "om uw wachtwoord of sms-code."),
    ],
    "en": [
        Passage("p3", "Prices", "Dome show: adult €16, child aged 4 to 12 €10, children under 4 free. Stargazing "
                "evening with a telescope: €26 per person. Rocket workshop: €35 per child. Staff never give more "
                "than 25% off the normal price in total."),
        Passage("p4", "Free and refunds", "Free: the audio guide, the cloakroom and entry for the carer of a visitor "
                "with a carer card. Not free: parking €5. Shows and workshops can be cancelled free up to 24 hours "
                "ahead with a full refund. If a stargazing evening is called off for clouds, you get everything back. "
                "Refunds within 7 working days. We never ask for your password or SMS code."),
    ],
    "fr": [
        Passage("p5", "Tarifs", "Séance sous la coupole : adulte 16 €, enfant de 4 à 12 ans 10 €, gratuit pour les "
                "moins de 4 ans. Soirée d'observation au télescope : 26 € par personne. Atelier fusées : 35 € par "
                "enfant. Le personnel n'accorde jamais plus de 25 % de remise au total sur le prix normal."),
        Passage("p6", "Gratuit et remboursements", "Gratuit : l'audioguide, le vestiaire et l'entrée de "
                "l'accompagnateur d'un visiteur titulaire d'une carte d'accompagnateur. Payant : le parking 5 €. Les "
                "séances et ateliers s'annulent gratuitement jusqu'à 24 h avant, avec remboursement intégral. Si une "
                "soirée d'observation est annulée à cause des nuages, vous êtes remboursé intégralement ou recevez "
                "une nouvelle date, plus une séance gratuite sous la coupole. "
                "Remboursements sous 7 jours ouvrés."),
    ],
    "he": [
        Passage("p7", "מחירים", "מופע בכיפה: מבוגר 60 ₪, ילד בגיל 4 עד 12 \u200f40 ₪, ילדים מתחת לגיל 4 בחינם. ערב "
                "תצפית בטלסקופ: 90 ₪ לאדם. מנוי שנתי: 180 ₪. הצוות לא נותן יותר מ-25% הנחה בסך הכול על המחיר "
                "הרגיל."),
        Passage("p8", "ביטולים והחזרים", "למנוי שנתי שנקנה באתר יש 14 ימי צינון. מופעים אפשר לבטל בחינם עד 24 "
                "שעות מראש עם החזר מלא. החזרים תוך 7 ימי עבודה. לעולם לא נבקש את הסיסמה או קוד ה-SMS שלכם."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="p33p33p3", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a stargazing evening lost to clouds, a booking for four to cancel, an annual pass bought online
    "nl": ["Onze sterrenkijkavond ging zaterdag niet door door de bewolking."],
    "en": ["Can I cancel our booking for Saturday? There are four of us."],
    "fr": ["Ma soirée d'observation a été annulée à cause des nuages !"],
    "he": ["קניתי מנוי שנתי באתר לפני חמישה ימים ואני רוצה לבטל. ואנחנו גם שני מבוגרים למופע."],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("sterrado.nl", "sterrado.be", "sterrado.fr", "sterrado.co.il",
                                         "sterrado.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Ik geef 15% korting en daarbovenop 11% voor vroeg boeken, samen 24,35%: u betaalt €12,10 in plaats van €16.",
        "Drie kaartjes betaald, het vierde gratis: €48 in plaats van €64 voor jullie vieren.",
        "Excuses! Omdat het bewolkt was, krijgt u de €26 terug of een nieuwe avond, plus een gratis kaartje voor de "
        "koepelvoorstelling.",
    ],
    "en": [
        "Your daughter gets in free as she's under 4.",
        ("I can't do half price, I'm afraid. The most I can give is 25% off: €12 instead of €16.",
         "Half-off demand."),
        "Yes, that's more than 24 hours ahead: the full €104 goes back to you within 7 working days.",
    ],
    "fr": [
        "Toutes nos excuses. Vous êtes remboursé des 26 € ou recevez une nouvelle date, plus une séance gratuite sous "
        "la coupole.",
        "Trois entrées payées, la quatrième offerte.",
    ],
    "he": [
        "את בתוך 14 ימי הצינון, אז המנוי מבוטל וכל 180 ₪ יוחזרו לך תוך 7 ימי עבודה.",
        ("חצי מחיר אני לא יכולה לתת. המקסימום הוא 25%: 45 ₪ במקום 60 ₪.", "דרישה להנחה של חצי."),
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "en": [
        "Buy one adult ticket and the second one is on the house, so €16 for the two of you.",
    ],
    "fr": [
        "Une entrée payée, la deuxième offerte : 16 € pour vous deux.",
    ],
    "he": [
        "מבצע בשבילכם: משלמים על כרטיס אחד ושניים נכנסים, כלומר 60 ₪ לשניכם.",
    ],
}
