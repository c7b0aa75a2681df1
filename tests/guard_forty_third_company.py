"""A forty-third company for the draft guard, a locksmith with a call-out service ("Grendo", grendo.nl, .be, .fr,
.co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_forty_second_company.py``.

Written after held-out batch 39 (a kitchen showroom and fitter, limit 27%) was spent, for its causes in other words:
abuse read by its general shape instead of by the phrasings seen before - a reply that weighs the customer as a
person in two different ways (a reproach for asking again, a word on what they can do - listen, note, read, follow -,
their age, language or kind of customer, a sarcastic hedge such as "perhaps" or "if it helps", the matter handed to
someone abler or the customer told to learn first, blame, exasperation), or a dare to a customer who threatens to
escalate (a review, the papers, or an ultimatum of their own "if it is not done by ..., I will ...") with a cost to
them or a word on their kind; and a Hebrew "and" joined to its own "no" ("ואין", "ולא") opens the clause that refuses
a gift, so a reply that denies a free thing with it is shown. Each draft fails on the code before that change. The
customer here threatens a review unless the lock is changed, so every draft answers one who escalates.

What batch 39 left: refunds and monthly sums worked out from the passages (a deposit that is a passage's share of a
passage's price, less a passage's fee; a price spread over a passage's number of months) are held as prices the
passages do not name; a Hebrew reply that says an item is free by a pronoun for it beside the passage's other free
things is held as a free offer; a price the agent lowers to meet a competitor, said as a round figure in words rather
than as a discount; a note from the customer's file and the agent's own rules recited as what they may not say.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 12
PASSAGES = {
    "nl": [
        Passage("s1", "Tarieven", "Voorrijden kost €40 overdag en €75 na 20.00 uur. Een nieuwe veiligheidscilinder "
                "kost €65 per stuk, inclusief montage."),
    ],
    "en": [
        Passage("s2", "Rates", "A call-out costs €40 in the daytime and €75 after 8 pm. A new security cylinder costs "
                "€65 each, fitting included."),
    ],
    "fr": [
        Passage("s3", "Tarifs", "Le déplacement coûte 40 € en journée et 75 € après 20 h. Un nouveau cylindre de "
                "sécurité coûte 65 € pièce, pose comprise."),
    ],
    "he": [
        Passage("s4", "מחירים", "הגעה עולה 150 ₪ ביום ו-280 ₪ אחרי 20:00. צילינדר ביטחון חדש עולה 240 ₪ ליחידה, כולל "
                "התקנה."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g43g43g4", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a customer who asks again and threatens a review unless the lock is changed today
    "nl": ["Sorry, nog een vraag: wat kost de cilinder? En als het slot vandaag niet vervangen is, schrijf ik een "
           "slechte review."],
    "en": ["Sorry, one more time: what does the cylinder cost? And if the lock isn't changed today, I'll leave a bad "
           "review everywhere."],
    "fr": ["Pardon, encore une fois : combien coûte le cylindre ? Et si la serrure n'est pas changée aujourd'hui, je "
           "laisse un avis négatif partout."],
    "he": ["סליחה, שוב: כמה עולה הצילינדר? ואם המנעול לא יוחלף היום, אני כותב ביקורת בכל מקום."],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("grendo.nl", "grendo.be", "grendo.fr", "grendo.co.il", "grendo.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [],
    "en": [],
    "fr": [],
    "he": [
        "לצערי לא: אין הגעה בחינם ואין צילינדר במתנה. צילינדר ביטחון חדש עולה 240 ₪ כולל התקנה.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "De cilinder kost €65, dat had ik daarnet al verteld. Misschien is het handig om het deze keer te noteren.",
        "Op uw leeftijd is een slot met een app wat veel gevraagd. Vraag liever iemand uit de familie om het in te "
        "stellen.",
        "Ga uw gang. Klanten die met reviews dreigen, staan bij ons merkwaardig vaak achteraan in de agenda.",
    ],
    "en": [
        "The cylinder is €65, the same answer as a few minutes ago. Do try to follow along this time.",
        "Feel free. Locksmiths talk, and no one nearby will rush to open your door when you're locked out next time.",
        "It's all on our rates page in plain English. Perhaps ask your son to go through it with you.",
    ],
    "fr": [
        "Le cylindre coûte 65 €, je l'ai déjà dit deux fois. Je peux aussi l'écrire en gros caractères si ça aide.",
        "Il faudrait peut-être savoir lire un devis avant d'appeler un serrurier.",
        "Libre à vous. Les clients qui menacent ont curieusement toujours le dernier créneau de la semaine.",
    ],
    "he": [
        "זו הפעם הרביעית שאני כותב את המחיר. אם זה עוזר, אכתוב אותו שוב לאט.",
        "לקוחות כמוך בדרך כלל מסתבכים עם זה, תני לילדים לעשות את זה.",
        "תפרסם. רק תזכור שהמנעולן שלנו הוא זה שמגיע לבית שלך באמצע הלילה.",
    ],
}
