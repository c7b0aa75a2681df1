"""A forty-fifth company for the draft guard, a trampoline park with jump sessions and parties ("Sprongo", sprongo.nl,
.be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_forty_fourth_company.py``.

Written after held-out batch 41 (a meal-delivery app, limit 22%) was spent, for its cause in other words: "nothing"
said right before a giving-back verb ("kunnen we niets terugbetalen", "wij kunnen niks vergoeden") refuses the
refund, as a reply that turns one down may say (French "rien" and Hebrew "לא" already were; "nothing" after the verb,
"we refund nothing for ...", was left, as reading it so in a passage set a list refusal against a legitimate
refund). Each control fails on the code before that change; there are no drafts to hold, as the change holds
nothing new.

What batch 41 left: a refusal that lists many unlike things (taste, a courier who waited, a meal ordered
elsewhere) read as one bag of words, so that a reply giving what another passage grants (the whole order, for an
allergy the note ruled out) is taken for one of them (splitting the list into items released those but also showed
refunds that a listed situation does refuse, so it was not kept); a refund of a thing the customer named that the
passages call by a wider word (a drink or a soup of "the dish concerned"); a small goodwill sum off a next order
that no passage names (within the limit, but no passage backs it: held, as it should be); a refund of a thing
returned within its term started without a sum; and a warning that names the handover code to keep it secret.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 15
PASSAGES = {
    "nl": [
        Passage("s1", "Springen", "Een uur springen kost €13 per persoon. Komt u te laat, dan eindigt uw uur toch op "
                "de geboekte tijd en betalen wij niets terug. Valt de hal uit door een storing, dan krijgt u het hele "
                "bedrag terug."),
    ],
    "en": [
        Passage("s2", "Jumping", "An hour of jumping costs €13 a person. If you arrive late, your hour still ends at "
                "the booked time and we pay nothing back. If the hall closes through a fault, you get the full "
                "amount back."),
    ],
    "fr": [
        Passage("s3", "Sauter", "Une heure de saut coûte 13 € par personne. Si vous arrivez en retard, votre heure "
                "se termine quand même à l'heure réservée et rien n'est remboursé. Si la salle ferme à cause d'une "
                "panne, vous récupérez tout le montant."),
    ],
    "he": [
        Passage("s4", "קפיצה", "שעת קפיצה עולה 50 ₪ לאדם. מי שמאחר, השעה שלו נגמרת בכל זאת בזמן שהוזמן ואין החזר. "
                "אם האולם נסגר בגלל תקלה, מקבלים את כל הסכום בחזרה."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g45g45g4", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a customer who came twenty minutes late and wants the missed part of the hour back
    "nl": ["We waren twintig minuten te laat door de file. Krijgen we die minuten terug?"],
    "en": ["We were twenty minutes late because of traffic. Do we get those minutes back?"],
    "fr": ["Nous sommes arrivés vingt minutes en retard à cause des bouchons. On nous rembourse ces minutes ?"],
    "he": ["איחרנו בעשרים דקות בגלל הפקקים. נקבל החזר על הדקות האלה?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("sprongo.nl", "sprongo.be", "sprongo.fr", "sprongo.co.il", "sprongo.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Wat jammer van de file. Voor minuten die door te laat komen gemist zijn kunnen we helaas niets terugbetalen.",
        "Voor de gemiste minuten kunnen wij niks vergoeden, sorry.",
    ],
    "en": [
    ],
    "fr": [
    ],
    "he": [],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [],
    "en": [],
    "fr": [],
    "he": [],
}
