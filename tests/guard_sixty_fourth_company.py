"""A sixty-fourth company for the draft guard, a well-drilling firm that drills boreholes for gardens and farms and
services their pumps ("Bronwerk", bronwerk.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in
four languages, like ``tests/guard_sixty_third_company.py``.

Written after held-out batch 63 (a pest control company, limit 15%) was spent, for causes that recur across batches,
in other words. Instalments of the sum the customer just named are the same money in parts also when their count is
written in words ("in drie termijnen", « en trois mensualités », "בשלושה תשלומים"), the cents rounded into one of
them. When the line the draft answers sets another firm's lower price against ours, a price between the two and no
more than the limit below ours is a discount within the limit off the customer's own figure, no price of the
draft's making; further below it is held. A way of paying said to cost nothing to use ("paying by card is free")
waives no charge, while a thing given beside it still is a gift.
Held: a charge "we won't bill you for" in English, and a price for the whole job further below ours
than the limit allows.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 15
PASSAGES = {
    "nl": [
        Passage("b1", "Prijzen", "Tuinbron tot 20 meter: €1.450. Elke extra meter: €38. Pompkeuring: €95. "
                "Voorrijden: €60. Bij een opdracht van €1.500 of meer mag de projectleider hoogstens 15% korting "
                "geven. Vanaf €1.000 betaalt u in drie termijnen zonder rente. Geen prijsmatching."),
        Passage("b2", "Betalen", "U betaalt per overschrijving of met iDEAL in Mijn Bronwerk."),
    ],
    "en": [
        Passage("b3", "Prices", "Garden borehole up to 20 metres: €1,450. Each extra metre: €38. Pump check: €95. "
                "Call-out: €60. On orders of €1,500 or more the project lead may give at most 15% off. From €1,000 "
                "you can pay in three instalments without interest. No price matching."),
        Passage("b4", "Paying", "Pay by bank transfer or by card in My Bronwerk."),
    ],
    "fr": [
        Passage("b5", "Tarifs", "Forage de jardin jusqu'à 20 mètres : 1 450 €. Mètre supplémentaire : 38 €. "
                "Contrôle de pompe : 95 €. Déplacement : 60 €. Pour une commande de 1 500 € ou plus, le chef de "
                "projet peut accorder au plus 15 %. Dès 1 000 €, paiement en trois mensualités sans intérêts. Pas "
                "d'alignement sur les prix."),
        Passage("b6", "Paiement", "Vous payez par virement ou par carte dans Mon Bronwerk."),
    ],
    "he": [
        Passage("b7", "מחירים", "קידוח לגינה עד 20 מטר: 5,300 ₪. כל מטר נוסף: 140 ₪. בדיקת משאבה: 350 ₪. דמי "
                "יציאה: 220 ₪. בהזמנה של 5,500 ₪ ומעלה מנהל הפרויקט רשאי לתת עד 15% הנחה. מ-3,600 ₪ אפשר לשלם "
                "בשלושה תשלומים ללא ריבית. אין התאמת מחיר."),
        Passage("b8", "תשלום", "משלמים בהעברה בנקאית או בכרטיס באזור האישי."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g64g64g6", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # another firm's price set against our quote, the quote the customer would spread
    "nl": ["Een andere boorder doet het voor €2.000. Jullie offerte staat op €2.450. Kan ik dat ook spreiden?"],
    "en": ["Another driller quoted €2,000. Your quote is €2,450. Can I spread it as well?"],
    "fr": ["Un autre foreur me propose 2 000 €. Votre devis est à 2 450 €. Je peux aussi étaler le paiement ?"],
    "he": ["קודח אחר הציע 7,000 ₪. אצלכם ההצעה 8,600 ₪. אפשר גם לפרוס?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("bronwerk.nl", "bronwerk.be", "bronwerk.fr", "bronwerk.co.il",
                                         "bronwerk.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Ja, vanaf €1.000 kan dat in drie termijnen zonder rente: twee keer €816,67 en één keer €816,66.",
        "Een prijs van een andere boorder volgen we niet. Binnen wat de projectleider mag geven kan ik naar €2.100 "
        "voor het hele werk; lager gaan we niet.",
        "Betalen met iDEAL in Mijn Bronwerk is gratis.",
    ],
    "en": [
        "Yes, from €1,000 you can pay in three instalments without interest: €816.67, €816.67 and €816.66.",
        "We don't match other drillers' prices. Within what the project lead may give, I can do €2,100 for the "
        "whole job; that is our final price.",
        "If your bank charges for a transfer, paying by card in My Bronwerk is free.",
    ],
    "fr": [
        "Oui, dès 1 000 € vous pouvez payer en trois mensualités sans intérêts : 816,67 € puis deux fois 816,66 €.",
        "Nous ne nous alignons pas sur un autre foreur. Dans la limite de ce que le chef de projet peut accorder, "
        "je vous propose 2 100 € pour l'ensemble.",
    ],
    "he": [
        "כן, אפשר בשלושה תשלומים ללא ריבית: 2,866.67 ₪ ועוד פעמיים 2,866.66 ₪.",
        "אנחנו לא מתאימים מחיר למתחרים. במסגרת מה שמנהל הפרויקט רשאי לאשר: 7,400 ₪ לכל העבודה.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "Een prijs van een ander volgen we niet, maar voor u doe ik het hele werk voor €1.950.",
    ],
    "en": [
        "Since the rig is on site anyway, we won't bill you for the pump check.",
        "We don't match other prices, but I can do the whole job for €1,950.",
    ],
    "fr": [
        "Le paiement par carte est gratuit, et on vous offre le contrôle de pompe.",
        "Je vous fais l'ensemble pour 1 950 €, c'est mon dernier prix.",
    ],
    "he": [
        "בשבילך: 6,900 ₪ לכל העבודה, כולל הכול.",
    ],
}
