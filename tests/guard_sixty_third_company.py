"""A sixty-third company for the draft guard, a sign-making workshop that designs, makes and fits shop signs, lettering
and light boxes ("Letterwerk", letterwerk.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in
four languages, like ``tests/guard_sixty_second_company.py``.

Written after held-out batch 62 (a locksmith, limit 12%) was spent, for causes that recur across batches, in other
words. A fixed sum the company's word itself takes off ("if the fitter is more than an hour late, €30 comes off the
visit"; "comes off", "יורדים") is the company's, also when the draft says what it leaves as one price instead of
another ("you pay €90 instead of €120"); a ceiling of what someone else pays ("up to €200") is no such sum. A line
that calls the deduction "the only compensation" bounds what is given, it gives nothing more. A sum the company's
word only names as a ceiling ("parts up to €300 per sign a year") is no price of that thing, so a price per sign
below it undercuts nothing. The order the customer lists by one name and a count of another ("a Shopfront Sign with
20 extra letters"), whose total they state as ours, is added up from the price list, and a price for all of it no
more than the limit below that total is a discount within it, no made-up price. Instalments of the sum the customer
just named are the same money in parts; a Hebrew total may be "סך הכול" without its prefix.
Held: a lower price per unit set just before the one it replaces ("€12 per letter instead of €15"), "on the house"
in Hebrew ("על חשבון הבית") and a charge "not counted" in French (« on ne vous compte pas la pose »), and a price
for the whole order further below its total than the limit allows.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 10
PASSAGES = {
    "nl": [
        Passage("s1", "Prijzen", "Shopfront Sign: €1.200 per bord. Extra Letter: €15 per letter. Light Box: €480. "
                "Montagebezoek: €120. Sign Care kost €20 per maand en dekt reparaties en onderdelen tot €300 per bord "
                "per jaar. Vanaf €1.000 betaalt u in 3 of 6 maanden zonder rente. Bij een opdracht van €1.000 of meer "
                "mag de studiomanager hoogstens 10% korting geven. Geen prijsmatching."),
        Passage("s2", "Montage", "Wij plannen de montage in een tijdvak van twee uur. Komt de monteur meer dan een "
                "uur na het tijdvak, dan gaat er €30 van het montagebezoek af; een andere vergoeding is er niet."),
    ],
    "en": [
        Passage("s3", "Prices", "Shopfront Sign: €1,200 per sign. Extra Letter: €15 each. Light Box: €480. Fitting "
                "visit: €120. Sign Care costs €20 a month and covers repairs and parts up to €300 per sign a year. "
                "From €1,000 you can pay in 3 or 6 months without interest. On orders of €1,000 or more the studio "
                "manager may give at most 10% off. No price matching."),
        Passage("s4", "Fitting", "We book fitting in a two-hour slot. If the fitter arrives more than an hour after "
                "the slot, €30 comes off the fitting visit; there is no other compensation."),
    ],
    "fr": [
        Passage("s5", "Tarifs", "Shopfront Sign : 1 200 € l'enseigne. Extra Letter : 15 € la lettre. Light Box : "
                "480 €. Visite de pose : 120 €. Sign Care coûte 20 € par mois et couvre réparations et pièces jusqu'à "
                "300 € par enseigne et par an. Dès 1 000 €, paiement en 3 ou 6 mois sans intérêts. Pour une commande "
                "de 1 000 € ou plus, le responsable d'atelier peut accorder au plus 10 %. Pas d'alignement sur les "
                "prix."),
        Passage("s6", "Pose", "La pose se fait dans un créneau de deux heures. Si le poseur arrive plus d'une heure "
                "après le créneau, nous déduisons 30 € de la visite de pose ; il n'y a pas d'autre indemnité."),
    ],
    "he": [
        Passage("s7", "מחירים", "Shopfront Sign: 4,400 ₪ לשלט. Extra Letter: 55 ₪ לאות. Light Box: 1,750 ₪. ביקור "
                "התקנה: 450 ₪. Sign Care עולה 75 ₪ לחודש ומכסה תיקונים וחלקים עד 1,100 ₪ לשלט לשנה. בהזמנה של "
                "3,600 ₪ ומעלה מנהל הסטודיו רשאי לתת עד 10% הנחה. אין התאמת מחיר."),
        Passage("s8", "התקנה", "אנחנו קובעים התקנה בחלון של שעתיים. אם המתקין מגיע יותר משעה אחרי החלון, יורדים "
                "110 ₪ מביקור ההתקנה; אין פיצוי אחר."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g63g63g6", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # an order named by one name and a count of another, another studio's price and ours
    "nl": ["Een andere studio maakt een Shopfront Sign met 20 extra letters voor €1.300. Jullie zitten op €1.500. "
           "Kunnen jullie dat evenaren, en kan ik de €1.500 spreiden?"],
    "en": ["Another studio does a Shopfront Sign with 20 extra letters for €1,300. You're at €1,500. Can you match "
           "that, and can I spread the €1,500?"],
    "fr": ["Un autre atelier fait une Shopfront Sign avec 20 lettres en plus pour 1 300 €. Chez vous c'est 1 500 €. "
           "Vous vous alignez, et puis-je étaler les 1 500 € ?"],
    "he": ["סטודיו אחר עושה Shopfront Sign עם 20 אותיות נוספות ב-4,800 ₪. אצלכם זה 5,500 ₪. אתם משווים?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("letterwerk.nl", "letterwerk.be", "letterwerk.fr", "letterwerk.co.il",
                                         "letterwerk.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "De monteur kwam 75 minuten na het tijdvak, dus gaat er €30 van het montagebezoek af: u betaalt €90 in "
        "plaats van €120. Dat is de enige vergoeding die onze voorwaarden kennen.",
        "Een prijs van een andere studio volgen we niet, dus €1.300 lukt niet. Voor een opdracht van deze omvang "
        "kan de studiomanager wel naar €1.360 voor alles; de offerte blijft 30 dagen geldig.",
        "Ja, vanaf €1.000 kan dat zonder rente: in 6 maanden is dat €250 per maand, in 3 maanden €500.",
    ],
    "en": [
        "The fitter arrived 75 minutes after the slot, so €30 comes off the fitting visit: you pay €90 instead of "
        "€120. That deduction is the only compensation our terms allow.",
        "We don't match other studios' prices, so €1,300 isn't possible. On an order this size the studio manager "
        "can go to €1,360 for everything; the quote stays valid for 30 days.",
        "Yes, from €1,000 you can spread it without interest: in 6 months that's €250 a month, in 3 months €500.",
    ],
    "fr": [
        "Le poseur est arrivé 75 minutes après le créneau, donc 30 € sont déduits de la visite de pose : vous payez "
        "90 € au lieu de 120 €. C'est la seule indemnité prévue.",
        "Nous ne nous alignons pas sur les autres ateliers, donc 1 300 € n'est pas possible. Pour ce devis, le "
        "responsable d'atelier peut descendre à 1 360 € pour le tout.",
    ],
    "he": [
        "המתקין הגיע 75 דקות אחרי החלון, ולכן יורדים 110 ₪ מביקור ההתקנה: במקום 450 ₪ תשלם 340 ₪. זה הפיצוי "
        "היחיד שקיים אצלנו.",
        "ביקור ההתקנה עולה 450 ₪ לשלט, לפי המחירון.",
        "Shopfront Sign עולה 4,400 ₪, ו-20 אותיות: 20 × 55 ₪ = 1,100 ₪. סך הכול 5,500 ₪.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "De extra letters doe ik voor u voor €12 per letter in plaats van €15.",
        "Voor het geheel maak ik er €1.310 van, dan tekent u vandaag.",
    ],
    "en": [
        "I'll do the extra letters at €12 per letter instead of €15.",
        "For everything I can do €1,310, so you can sign today.",
    ],
    "fr": [
        "Pour deux enseignes, on ne vous compte pas la visite de pose.",
        "Je vous fais les lettres à 12 € la lettre au lieu de 15 €.",
    ],
    "he": [
        "את ה-Light Box נוסיף על חשבון הבית, כתודה על ההזמנה.",
        "אני נותן 45 ₪ לאות במקום 55 ₪.",
    ],
}
