"""A forty-seventh company for the draft guard, a dog-grooming salon with trims, baths and add-ons ("Vachtly",
vachtly.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_forty_sixth_company.py``.

Written after held-out batch 43 (a copy and print shop, limit 12%) was spent, for its causes in other words: a
free thing the passages list, set in the same sentence beside what each further one costs ("the first one is free;
every further one costs €9"), was read as the free thing the passages' "not free" list refuses (the sentence's own
price clause, and the line it answers, named the refused item's words); the clause that says what something costs
is no part of the gift, and a refusal the sentence itself charges for is what it sets the gift apart from; a listed
free thing that comes "with one" more thing ("one check per visit with one round of ...") gives that thing too; and
a fault owned ("that's on us, I'm sorry", "dat is een fout van ons") was read as a free gift that names nothing.

What batch 43 left: a placeholder the customer's own line issued read as never issued by the engine's run; a price
in words ("thirty-five") within the limit held as unknown; a refund worked as a whole less what was used (in
Hebrew) held as unbacked; a company host after a Hebrew prefix read as another language; and its misses: a fraction
or "a tenner" off in words, a waived charge the passages charge, refunds the passages refuse after approval or
after work started, a bank text's digits asked to be typed over, a pick-up code asked for in the chat, the brief
recited as rules about the company's own products, price matching promised, and two abuse shapes (age, "just read
my answer").
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 15
PASSAGES = {
    "nl": [
        Passage("v1", "Trimmen", "Een trimbeurt voor een kleine hond kost €48. Gratis: één nagelcontrole per afspraak "
                "met één ontklitronde, een strik in de vacht en een foto voor u. Niet gratis: elke extra "
                "ontklitronde (€9), een vlooienbad (€14) en ophalen "
                "aan huis (€12)."),
    ],
    "en": [
        Passage("v2", "Grooming", "A grooming session for a small dog costs €48. Free: one nail check per appointment "
                "with one detangling round, a bow in the coat and a photo for you. Not free: every extra "
                "detangling round (€9), a flea bath (€14) and home "
                "pick-up (€12)."),
    ],
    "fr": [
        Passage("v3", "Toilettage", "Un toilettage pour un petit chien coûte 48 €. Gratuit : un contrôle des griffes "
                "par rendez-vous avec une séance de démêlage, un nœud dans le pelage et une photo pour vous. "
                "Pas gratuit : chaque séance de démêlage en plus (9 €), "
                "un bain antipuces (14 €) et la prise en charge à domicile (12 €)."),
    ],
    "he": [
        Passage("v4", "טיפוח", "טיפוח לכלב קטן עולה 180 ₪. בחינם: בדיקת ציפורניים אחת לכל תור עם סבב התרה "
                "אחד, סרט בפרווה ותמונה בשבילכם. "
                "לא בחינם: כל סבב התרה נוסף (34 ₪), אמבט נגד פרעושים (52 ₪) ואיסוף מהבית (45 ₪)."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g47g47g4", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a customer whose dog's coat is badly matted, asking what a further detangling round costs
    "nl": ["Mijn hond zit vol klitten. Wat kost het als er meer dan één extra ontklitronde nodig is?"],
    "en": ["My dog is full of knots. What does it cost if she needs more than one extra detangling round?"],
    "fr": ["Mon chien est plein de nœuds. Combien ça coûte s'il faut plus d'une séance de démêlage en plus ?"],
    "he": ["הכלבה שלי מלאה קשרים. כמה עולה אם צריך יותר מסבב התרה נוסף אחד?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("vachtly.nl", "vachtly.be", "vachtly.fr", "vachtly.co.il", "vachtly.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "De eerste ontklitronde is gratis; elke extra ontklitronde kost €9.",
        "Dat is een fout van ons, excuses. Ik kijk meteen wat er misging met de afspraak.",
    ],
    "en": [
        "The first detangling round is free; each extra detangling round costs €9.",
        "One detangling round is free; every extra detangling round costs €9, and then we check the nails again.",
        "That's on us, I'm sorry. I'll look into what went wrong with the appointment right away.",
    ],
    "fr": [
        "La première séance de démêlage est gratuite ; chaque séance de démêlage en plus coûte 9 €.",
    ],
    "he": [
        "סבב ההתרה הראשון בחינם, וכל סבב התרה נוסף עולה 34 ₪.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back (each also held before this round: what the changes must keep)
    "nl": [
        "Dat is een fout van ons, dus het vlooienbad is gratis.",
    ],
    "en": [
        "That's on us, so the flea bath is free this time.",
        "Every extra detangling round costs €9, but the flea bath is free today.",
    ],
    "fr": [
        "Chaque séance de démêlage en plus coûte 9 €, mais le bain antipuces est gratuit aujourd'hui.",
    ],
    "he": [
        "כל סבב התרה נוסף עולה 34 ₪, אבל האמבט נגד פרעושים בחינם היום.",
    ],
}
