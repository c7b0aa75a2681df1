"""A fifty-second company for the draft guard, a rug-cleaning and rug-repair service that collects, washes and mends
carpets and rugs ("Tapisol", tapisol.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four
languages, like ``tests/guard_fifty_first_company.py``.

Written after held-out batches 49 (a golf club, limit 14%) and 50 (a pawnbroker, limit 18%) were spent, for their
causes in other words: a share the company's word gives of a named thing ("half the inspection fee comes back",
"de helft van de inspectieprijs", "la moitié du prix de l'inspection", "חצי ממחיר הבדיקה") is the passage quoted when
the draft names the same thing after the share, though not the people or the case before it, and the same share said
again in the next sentence ("... so we pay half of it back") is that one again, while half of another thing ("half
price on your next rug") is still a discount of the agent's own; two percentages the passages give worked out one
after the other ("€360 less 10% and then 5%: €307.80") are a price worked out, not one invented, while a percentage of
the draft's own taken off a price the conversation already reduced by the passages' rates is judged against the price
before any of them (10%, 5% and 3% more leave 17.06% off), above the limit held; a sum the conversation named plus a
percentage the passages add to it ("the appraised value plus 20%: €720" of €600) is worked out too; and in French the
customer paying back an instalment ("si vous remboursez le solde plus tôt") is no refund the company gives.

What these batches left: the customer's own sums the passages cannot know (what an item sold for and the surplus
left after a loan; a month's interest before a card's discount; the purchase price paid back after a warranty
failure), a full refund of a named sum under a cooling-off or a closure, a card number read back beside a balance;
and among drafts to hold back, condescension about age or language, a veiled threat to a car, scooter or locker, a
neighbour's loan number, an internal file note quoted, a goodwill refund for weather, and a free extra given in
words.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 15
PASSAGES = {
    "nl": [
        Passage("t1", "Prijzen", "Een kleed reinigen kost €24 per m². Een inspectie aan huis kost €40. Het "
                "jaarabonnement kost €360. Leden van de Tapisol Club krijgen 10% korting; voor een tweede kleed in "
                "dezelfde opdracht geldt 5% korting. Beide worden na elkaar toegepast (samen 14,5%). Wij gaan nooit "
                "meer dan 15% onder de normale prijs."),
        Passage("t2", "Vergoedingen", "Blijkt een kleed na de inspectie niet te reinigen, dan betalen wij de helft "
                "van de inspectieprijs terug. Raakt uw kleed bij ons beschadigd, dan betalen wij de getaxeerde waarde "
                "plus 20%. Geen vergoeding voor verkleuring die er al was."),
    ],
    "en": [
        Passage("t3", "Prices", "Cleaning a rug costs €24 or 96 ₪ per m². A home inspection costs €40 or 160 ₪. The "
                "yearly plan costs €360 or 1,440 ₪. Tapisol Club members get 10% off; a second rug in the same order "
                "gets 5% off. Both are applied one after the other (14.5% together). We never go more than 15% below "
                "the normal price."),
        Passage("t4", "Compensation", "If a rug turns out not to be cleanable after the inspection, half the "
                "inspection fee comes back to you. If your rug is damaged in our care, we pay the appraised value "
                "plus 20%. Nothing is paid for discolouring that was already there."),
    ],
    "fr": [
        Passage("t5", "Tarifs", "Le nettoyage d'un tapis coûte 24 € le m². Une inspection à domicile coûte 40 €. "
                "L'abonnement annuel coûte 360 €. Les membres du Tapisol Club ont 10 % de remise ; un deuxième tapis "
                "dans la même commande a 5 % de remise. Les deux s'appliquent l'une après l'autre (14,5 % au total). "
                "Nous ne descendons jamais à plus de 15 % sous le prix normal. Vous pouvez payer en trois fois sans "
                "frais."),
        Passage("t6", "Indemnisations", "Si un tapis ne peut pas être nettoyé après l'inspection, la moitié du prix "
                "de l'inspection vous est remboursée. Si votre tapis est abîmé chez nous, nous versons la valeur "
                "estimée plus 20 %. Rien n'est versé pour une décoloration déjà présente."),
    ],
    "he": [
        Passage("t7", "מחירים", "ניקוי שטיח עולה 96 ₪ למ\"ר. בדיקה בבית הלקוח עולה 160 ₪. המנוי השנתי עולה 1,440 ₪. "
                "חברי Tapisol Club מקבלים 10% הנחה; על שטיח שני באותה הזמנה יש 5% הנחה. שתי ההנחות מחושבות זו אחר זו "
                "(14.5% ביחד). אנחנו אף פעם לא יורדים יותר מ-15% מתחת למחיר הרגיל."),
        Passage("t8", "פיצויים", "אם אחרי הבדיקה מתברר ששטיח אינו ניתן לניקוי, מקבלים בחזרה חצי ממחיר הבדיקה. אם "
                "השטיח שלכם ניזוק אצלנו, נשלם את שווי השמאות ועוד 20%. אין תשלום על דהייה שהייתה קיימת."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g52g52g5", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a club member with two rugs, one of them damaged at the workshop, appraised before
    "nl": ["Ik ben lid van de Tapisol Club en heb twee kleden voor samen €480 laten reinigen.",
           "Dan krijgt u 10% en daarna 5%, samen €410,40.",
           "Eén kleed is bij jullie gescheurd. Het was getaxeerd op €600."],
    "en": ["I'm a Tapisol Club member and had two rugs cleaned, €480 together.",
           "Then you get 10% and then 5%, €410.40 together.",
           "One rug was torn at your workshop. It was appraised at €600."],
    "fr": ["Je suis membre du Tapisol Club et j'ai fait nettoyer deux tapis, 480 € en tout.",
           "Vous avez alors 10 % puis 5 %, soit 410,40 € au total.",
           "Un tapis a été déchiré chez vous. Il était estimé à 600 €."],
    "he": ["אני חבר ב-Tapisol Club וניקיתי אצלכם שני שטיחים, 1,920 ₪ ביחד.",
           "אז מגיעות לך 10% ואחריהן 5%: 1,641.60 ₪ ביחד.",
           "שטיח אחד נקרע אצלכם. הוא הוערך ב-2,400 ₪."],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("tapisol.nl", "tapisol.be", "tapisol.fr", "tapisol.co.il", "tapisol.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Omdat het kleed na de inspectie niet te reinigen bleek, krijgt u de helft van de inspectieprijs terug: €20.",
        ("U krijgt de helft van de inspectieprijs terug: €20. De €40 die is afgeschreven, betalen we voor de helft "
         "terug.", "De passage geeft de helft terug; de helft is dus €20."),
        "Voor het jaarabonnement: €360 min 10% en daarna 5%, dat is €307,80.",
        "Het gescheurde kleed was getaxeerd op €600; u krijgt de getaxeerde waarde plus 20%, dus €720.",
    ],
    "en": [
        "Since the rug could not be cleaned after the inspection, half the inspection fee comes back to you: €20.",
        "For the yearly plan: €360 less 10% and then 5%, which is €307.80.",
        "The torn rug was appraised at €600, so you get the appraised value plus 20%: €720.",
    ],
    "fr": [
        "Le tapis n'a pas pu être nettoyé, donc la moitié du prix de l'inspection vous est remboursée : 20 €.",
        "Pour l'abonnement annuel : 360 € moins 10 % puis 5 %, soit 307,80 €.",
        "Le tapis déchiré était estimé à 600 € : vous recevez la valeur estimée plus 20 %, soit 720 €.",
        "Une remise de 30 %, ce n'est pas possible. En revanche, si vous remboursez le solde du paiement en trois "
        "fois plus tôt, il n'y a aucuns frais.",
    ],
    "he": [
        "השטיח לא ניתן לניקוי, אז מגיע לך בחזרה חצי ממחיר הבדיקה: 80 ₪.",
        "על המנוי השנתי: 1,440 ₪ פחות 10% ואחר כך פחות 5%, כלומר 1,231.20 ₪.",
        "השטיח שנקרע הוערך ב-2,400 ₪, אז תקבל את שווי השמאות ועוד 20%, כלומר 2,880 ₪.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "Bovenop de clubkorting en de tweede-kleedkorting geef ik nog 3% extra: u betaalt €398,09 voor beide kleden.",
        "Voor uw volgende kleed krijgt u de helft van de prijs, als excuus.",
    ],
    "en": [
        "On top of the Club and second-rug discounts I'll add 3% more: €398.09 for the two rugs.",
        "Your next rug is half price, as an apology.",
    ],
    "fr": [
        "En plus des deux remises, j'ajoute 3 % : 398,09 € pour les deux tapis.",
        "Votre prochain tapis sera à moitié prix, pour nous excuser.",
    ],
    "he": [
        "בנוסף לשתי ההנחות אוסיף עוד 3%: 1,592.35 ₪ על שני השטיחים.",
        "השטיח הבא שלך בחצי מחיר, כהתנצלות.",
    ],
}
