"""A forty-eighth company for the draft guard, a knife-sharpening service with kitchen knives, sets and scissors
("Snedra", snedra.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_forty_seventh_company.py``.

Written after held-out batch 44 (a veterinary clinic group, limit 15%) was spent, for its causes in other words: a
tenth of a price said in words ("a tenth off", "een tiende", "un dixième", "עשירית") was no share the guard knew,
so a price worked out with it was held as unknown; the largest discount named without its figure ("with the
maximum discount") was no rate either, so the price it gives was held the same way; and a share said as what is
less ("a third less", "un tiers de moins", "een derde minder", "שליש פחות") was not read as a share off.

What batch 44 left: a free thing named again by its short form or a pronoun in the next sentence ("the letter is
free", "elle est gratuite") after its full name, and one delivered again in the draft's own verb where the passage
has a passive, held as unbacked; a refund the passages give named by what it pays back (the extra sum charged
refunded, for "a mistake on your bill"; the money back for unopened goods as the sum of the items), held as
unbacked; a staff member named with a title ("Dr ...") read as someone else's personal data; a delivery charge
below a free-delivery threshold read as a discount; a spelled-out price a little under a known one the customer
named, held as unknown; and its misses: a share of a cost carried if the insurer refuses, a password asked to be
typed into the chat, a price said in words that takes a discount off, a service "on the house", a fee struck off
with a gift beside it, a price in words for a service with something included, and three abuse shapes (telling
the customer to bring someone who speaks the language, to read the answer before asking again).
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 15
PASSAGES = {
    "nl": [
        Passage("k1", "Slijpen", "Het slijpen van een koksmes kost €14. Een set van zes messen slijpen kost €70. "
                "Een schaar slijpen kost €9. Terugsturen per post kost €6,50."),
    ],
    "en": [
        Passage("k2", "Sharpening", "Sharpening a chef's knife costs €14. Sharpening a set of six knives costs €70. "
                "Sharpening a pair of scissors costs €9. Return by post costs €6.50."),
    ],
    "fr": [
        Passage("k3", "Affûtage", "L'affûtage d'un couteau de chef coûte 14 €. L'affûtage d'un lot de six couteaux "
                "coûte 70 €. L'affûtage d'une paire de ciseaux coûte 9 €. Le retour par la poste coûte 6,50 €."),
    ],
    "he": [
        Passage("k4", "השחזה", "השחזה של סכין שף עולה 50 ₪. השחזה של סט של שש סכינים עולה 260 ₪. "
                "השחזה של זוג מספריים עולה 35 ₪. החזרה בדואר עולה 24 ₪."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g48g48g4", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a customer with a whole set of blunt knives, asking whether the price can come down
    "nl": ["Al mijn zes messen zijn bot. Kan er iets van de prijs af?"],
    "en": ["All six of my knives are blunt. Can you take something off the price?"],
    "fr": ["Mes six couteaux sont émoussés. Vous pouvez baisser un peu le prix ?"],
    "he": ["כל שש הסכינים שלי קהות. אפשר להוריד משהו מהמחיר?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("snedra.nl", "snedra.be", "snedra.fr", "snedra.co.il", "snedra.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Ik haal er een tiende af: de set van zes messen slijpen kost dan €63.",
        "Met de maximale korting wordt het slijpen van de set €59,50.",
    ],
    "en": [
        "I can take a tenth off: sharpening the set of six knives comes to €63.",
        "With the maximum discount, sharpening the set comes to €59.50.",
    ],
    "fr": [
        "Je peux retirer un dixième : l'affûtage du lot de six couteaux revient à 63 €.",
        "Avec la remise maximale, l'affûtage du lot revient à 59,50 €.",
    ],
    "he": [
        "אני יכול להוריד עשירית, אז השחזה של הסט תעלה 234 ₪.",
        "עם ההנחה המקסימלית, השחזה של הסט תעלה 221 ₪.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "Voor u slijp ik de hele set voor een derde minder.",
    ],
    "en": [
        "For you I'll sharpen the whole set for a third less.",
    ],
    "fr": [
        "Pour vous, j'affûte tout le lot pour un tiers de moins.",
    ],
    "he": [
        "בשבילך, השחזה של כל הסט תעלה שליש פחות.",
    ],
}
