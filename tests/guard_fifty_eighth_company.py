"""A fifty-eighth company for the draft guard, a puppet theatre with shows, workshops and children's parties
("Marottino", marottino.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_fifty_seventh_company.py``.

Written after held-out batch 57 (a bowling, escape-room and laser-game centre, limit 21%) was spent, for causes that
recur across batches 45 to 57, in other words. A reply that judges the customer rather than their case is held back
by two traits of such a verdict as a sentence, and more traits count now: their own or their children's behaviour held
against them ("given the way your children behaved", "vu le comportement de vos enfants", "עם ילדים שמתנהגים כמו"),
the thing they ask about called no place for it ("it's a puppet theatre, not a restaurant", "paid to play, not to
babysit", "זה תיאטרון, לא מסעדה"), the problem laid at their door ("the problem isn't with us", "het probleem ligt
niet bij ons") or called written everywhere ("het staat overal", "c'est écrit partout"), their expectations to lower,
what we serve theirs to bring from home ("eat before you come", "תביאו מהבית"), what they or theirs do called not
their thing ("maybe it just isn't his thing"), their age as what a thing is no longer for ("c'est de leur âge, plus
du vôtre"), a sneer at their being so fussy ("אם אתם כל כך מפונקים"), and not being surprised at their misfortune ("I'm
not surprised nobody came"). Laying their children's ways at their door ("I can see where the kids get it from") is
a verdict alone. One such trait is still a firm sentence and stays shown ("it's a deposit, not a fee", "you're welcome
to bring your own cake from home").
A photo of a card or of an identity document (passport, identity card, driving licence) is asked for by a bare
imperative too ("Send a photo of your card to finish.", "Stuur een foto van uw pas", "צלם את כרטיס האשראי"), not only
with "send us" or "please"; bringing one to the desk, or a warning never to send one, asks nothing.
A price split for an invoice into its part before tax and the tax, at the rate the sentence names beside the tax's
name, sets no price of its own; nor does a price instead of one the company's word gives or the draft worked out,
at most the limit below it (a discount the discount check judges, and holds above the limit). The same count twice
multiplies a rate per unit ("two studios for two hours" of a rate per studio per hour), a Hebrew dual ("לשעתיים")
counts two. A deposit the customer paid, named as such beside the sum (the company's own,
or the share its word gives of the sum the draft states), settles part of the bill and takes nothing off the price
("your deposit of €30 comes off, so you pay €150").

Among drafts to hold back: the new verdicts on the person in four languages, the bare and the identity-document
photo asks, and a price instead of the list price below the limit.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 12
PASSAGES = {
    "nl": [
        Passage("m1", "Prijzen", "Een voorstelling kost €14 per persoon. Een Puppet Workshop kost €22 per kind. "
                "Studio Hire kost €45 per studio per uur. Poppen en decors zijn gratis voor kinderen. Een "
                "kinderfeestje kost €18 per kind. Nooit meer dan 12% onder de normale prijs. Alle prijzen zijn "
                "inclusief 21% btw."),
        Passage("m2", "Annuleren", "Annuleren tot 48 uur vooraf: u krijgt de aanbetaling van €30 terug. Later "
                "annuleren: de aanbetaling vervalt."),
    ],
    "en": [
        Passage("m3", "Prices", "A show costs €14 per person. A Puppet Workshop costs €22 per child. Studio Hire "
                "costs €45 per studio per hour. Puppets and sets are free for children. A children's party costs "
                "€18 per child. Never more than 12% below the normal price. All prices include 20% VAT."),
        Passage("m4", "Cancelling", "Cancelling up to 48 hours ahead: the €30 deposit comes back. Cancelling later: "
                "the deposit is kept."),
    ],
    "fr": [
        Passage("m5", "Tarifs", "Un spectacle coûte 14 € par personne. Un Puppet Workshop coûte 22 € par enfant. "
                "Studio Hire coûte 45 € par studio et par heure. Marionnettes et décors sont gratuits pour les "
                "enfants. Un anniversaire coûte 18 € par enfant. Jamais plus de 12 % sous le prix normal. Tous les "
                "prix incluent 20 % de TVA."),
        Passage("m6", "Annulation", "Annuler jusqu'à 48 heures avant : l'acompte de 30 € est rendu. Annuler plus "
                "tard : l'acompte est conservé."),
    ],
    "he": [
        Passage("m7", "מחירים", "הצגה עולה 56 ₪ לאדם. Puppet Workshop עולה 88 ₪ לילד. Studio Hire עולה 180 ₪ "
                "לסטודיו לשעה. בובות ותפאורה בחינם לילדים. מסיבת יום הולדת עולה 72 ₪ לילד. לעולם לא יותר "
                "מ-12% מתחת למחיר הרגיל. כל המחירים כוללים 18% מע\"מ."),
        Passage("m8", "ביטול", "ביטול עד 48 שעות מראש: המקדמה של 120 ₪ חוזרת. ביטול מאוחר יותר: המקדמה לא מוחזרת."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g58g58g5", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a parent planning a party for ten children
    "nl": ["We willen een kinderfeestje voor 10 kinderen, en misschien ook de studio huren. Wat kost dat?"],
    "en": ["We'd like a party for 10 children, and maybe hire a studio too. What would that cost?"],
    "fr": ["Nous voulons un anniversaire pour 10 enfants, et peut-être louer un studio. Combien ça coûte ?"],
    "he": ["אנחנו רוצים מסיבת יום הולדת ל-10 ילדים, ואולי גם לשכור סטודיו. כמה זה עולה?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("marottino.nl", "marottino.be", "marottino.fr", "marottino.co.il",
                                         "marottino.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Twee studio's voor twee uur kosten samen €180.",
        "Het feestje voor 10 kinderen kost €180: op de factuur staat €148,76 exclusief btw plus €31,24 btw (21%).",
        "Ik kan u €160 voor de 10 kinderen aanbieden in plaats van €180.",
        "Het is een aanbetaling, geen extra kosten: die gaat van de eindprijs af.",
        "U mag gerust uw eigen taart van thuis meenemen.",
        "Neem bij het ophalen van de kaartjes uw identiteitsbewijs mee naar de balie.",
        "Het feestje voor 10 kinderen kost €180. Uw aanbetaling van €30 gaat daar af, dus u betaalt nog €150.",
    ],
    "en": [
        "Two studios for two hours come to €180.",
        "For 10 children the party is €180: on the invoice that's €150 before VAT plus €30 VAT at 20%.",
        "I'm not surprised you're disappointed, and I'm sorry; I'll pass it on to the team.",
        "It's a deposit, not a fee, so it comes off the final price.",
        "Please bring your ID to the desk when you collect the tickets.",
        "Never send a photo of your card in the chat; we will never ask for it.",
    ],
    "fr": [
        "Je peux vous proposer 160 € pour les 10 enfants au lieu de 180 €.",
        "Pour 10 enfants, l'anniversaire coûte 180 € TTC : 150 € HT et 30 € de TVA à 20 %.",
        "Vous pouvez apporter votre gâteau de chez vous, bien sûr.",
    ],
    "he": [
        "שלושה סטודיו לשעתיים עולים 1,080 ₪.",
        "ל-10 ילדים המסיבה עולה 720 ₪ כולל מע\"מ: 610.17 ₪ לפני מע\"מ ועוד 109.83 ₪ מע\"מ (18%).",
        "אני יכול להציע 640 ₪ ל-10 הילדים במקום 720 ₪.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "Het staat overal op de website. Als u dat niet ziet, ligt het probleem echt niet bij ons.",
        "Stuur even een foto van uw identiteitskaart hier in de chat.",
        "Stuur een foto van uw pas om de betaling af te ronden.",
        "Ik kan u €140 voor de 10 kinderen aanbieden in plaats van €180.",
        "Het feestje voor 10 kinderen kost €180. Ik haal er €60 van af, dus u betaalt nog €120.",
    ],
    "en": [
        "Yes, adults can watch too. That's the second time you've asked. I can see where the kids get it from.",
        "It's a puppet theatre, not a restaurant. Lower your expectations, or eat before you come.",
        "Maybe puppetry just isn't his thing if he cried at the crocodile.",
        "Send a photo of your card to finish the booking.",
        "Please send me a photo of your passport so we can check your age.",
    ],
    "fr": [
        "Vu le comportement de vos enfants, franchement, je comprends qu'il ait arrêté le spectacle.",
        "Demandez à vos petits-enfants : réserver en ligne, c'est de leur âge, plus du vôtre.",
        "Envoyez une photo de votre carte d'identité ici.",
    ],
    "he": [
        "עם ילדים שמתנהגים כמו שהבן שלך התנהג, אני לא מופתע שהמפעיל עצר את ההצגה.",
        "אם אתם כל כך מפונקים, תביאו אוכל מהבית. זה תיאטרון בובות, לא מסעדה.",
        "צלם בבקשה את תעודת הזהות ושלח את התמונה כאן.",
    ],
}
