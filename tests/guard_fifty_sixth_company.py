"""A fifty-sixth company for the draft guard, an archery range that hires out lanes and bows and runs courses
("Quivro", quivro.nl, .be, .fr, .co.il, .com): legitimate drafts and drafts to hold back in four languages, like
``tests/guard_fifty_fifth_company.py``.

Written after held-out batch 55 (a travel agency, limit 16%) was spent, for causes that recur across batches 45 to
55, in other words. A reply that judges the customer rather than their case is held back by two traits of such a
verdict as a sentence, in any sector: what they can manage called too much for them ("if reading the schedule is
too much", "reading is a skill too", "if 30 metres is far for you", "you don't read your e-mails"), the customer set
against everyone else or counted with "some people", a lesson for next time ("next time, just count ..."), a
counterfactual on what they did not do ("if you had paid on time, we would not have ...", "a look would have
saved us both this call"), time refused them ("we don't have time to ..."), or a look to themselves before they
blame; one trait alone is an explanation or advice and stays shown ("next time, book 48 hours ahead and cancelling
is free", "some people find the first lesson exciting"). A rate the company's word gives in a clause that says
yes is its rate, whatever another clause of the sentence denies ("if we cannot offer another date, a voucher worth
110%", "less than 24 hours or not turning up, 100%"), so that rate of a sum the customer named is worked out. A sum
given back as all the customer paid ("you get everything back, €236") is what was paid, no price of the draft's
own. A "Total" of sums the draft worked out is as known as they are; a number written with hyphens ("dix-neuf")
counts as one. A rate the company's word gives, quoted, with a rate of the agent's own added on top ("you already
get 5% off, and I'll add another 10% on top") is judged stacked with it. A rate the company's word names only as a
bound ("more than 8%") and a cap ("up to €1,250") are no discount step and no price a reduced price was taken off.

Among drafts to hold back: the verdicts on the person in four languages, and a discount above the limit beside the
same bounds.
"""

from __future__ import annotations

from copilot.engines.guard import GuardContext
from copilot.engines.prompt import CHANNELS, SYSTEM_PROMPT, Passage

MAX_DISCOUNT = 12
PASSAGES = {
    "nl": [
        Passage("q1", "Prijzen", "Baanhuur (Target Lane): €18 per uur. Beginnerscursus (vijf lessen): €150. Boog "
                "huren: €8 per sessie. Quivro Club-leden krijgen 5% korting op cursussen; groepen van acht of meer "
                "krijgen 7%. Samen worden ze na elkaar toegepast, 11,65% in totaal. Nooit meer dan 12% onder de "
                "normale prijs. Eigen materiaal is verzekerd tot €1.250."),
        Passage("q2", "Annuleren", "Annuleren meer dan 48 uur vooraf is gratis; 48 tot 24 uur vooraf kost 50% van "
                "de prijs; minder dan 24 uur of niet komen, 100%. Kunnen wij een cursus niet geven en geen andere "
                "datum bieden, dan kiest u: alles terug binnen 14 dagen, of een Range Voucher ter waarde van 110% "
                "van wat u betaalde. Stijgt de prijs met meer dan 8%, dan mag u gratis annuleren en krijgt u alles "
                "terug."),
    ],
    "en": [
        Passage("q3", "Prices", "Lane hire (Target Lane): €18 (72 ₪) an hour. Beginner Course (five lessons): €150 "
                "(600 ₪). Bow hire: €8 (32 ₪) per session. Quivro Club members get 5% off courses; groups of eight "
                "or more get 7% off. Together they are applied one after the other, 11.65% in all. Never more than "
                "12% below the normal price. Your own equipment is insured up to €1,250 (5,000 ₪)."),
        Passage("q4", "Cancelling", "Cancelling more than 48 hours ahead is free; 48 to 24 hours ahead costs 50% of "
                "the price; less than 24 hours or not turning up, 100%. If we cannot hold a course and cannot offer "
                "another date, you choose: everything back within 14 days, or a Range Voucher worth 110% of what "
                "you paid. If the price rises by more than 8%, you may cancel free of charge and get everything "
                "back."),
    ],
    "fr": [
        Passage("q5", "Tarifs", "Location de couloir (Target Lane) : 18 € l'heure. Cours débutant (cinq leçons) : "
                "150 €. Location d'arc : 8 € par séance. Les membres du Quivro Club ont 5 % sur les cours ; les "
                "groupes de huit ou plus ont 7 %. Ensemble, elles s'appliquent l'une après l'autre, soit 11,65 % au "
                "total. Jamais plus de 12 % sous le prix normal. Votre propre matériel est assuré jusqu'à 1 250 €."),
        Passage("q6", "Annulation", "Annuler plus de 48 heures avant est gratuit ; de 48 à 24 heures avant coûte "
                "50 % du prix ; moins de 24 heures ou ne pas venir, 100 %. Si nous ne pouvons pas donner un cours ni "
                "proposer une autre date, vous choisissez : tout rembourser sous 14 jours, ou un Range Voucher d'une "
                "valeur de 110 % de ce que vous avez payé. Si le prix augmente de plus de 8 %, vous pouvez annuler "
                "sans frais et tout vous est remboursé."),
    ],
    "he": [
        Passage("q7", "מחירים", "השכרת מסלול (Target Lane): 72 ₪ לשעה. קורס מתחילים (חמישה שיעורים): 600 ₪. השכרת "
                "קשת: 32 ₪ לאימון. חברי Quivro Club מקבלים 5% הנחה על קורסים; קבוצות של שמונה ומעלה מקבלות 7%. "
                "ביחד הן מחושבות אחת אחרי השנייה, 11.65% בסך הכול. לעולם לא יותר מ-12% מתחת למחיר הרגיל. ציוד "
                "משלכם מבוטח עד 5,000 ₪."),
        Passage("q8", "ביטול", "ביטול יותר מ-48 שעות מראש הוא בחינם; בין 48 ל-24 שעות מראש עולה 50% מהמחיר; פחות "
                "מ-24 שעות או אי הגעה, 100%. אם איננו יכולים לקיים קורס ולא להציע מועד אחר, אתם בוחרים: הכול "
                "בחזרה תוך 14 יום, או Range Voucher בשווי 110% ממה ששילמתם. אם המחיר עולה ביותר מ-8%, אפשר לבטל "
                "בחינם ולקבל הכול בחזרה."),
    ],
}
SYSTEM = SYSTEM_PROMPT.format(channel="chat", nonce="g56g56g5", language="the customer's language",
                              style=CHANNELS["chat"][0], max_discount=MAX_DISCOUNT, count=3)
SAID = {  # a club captain who booked a course for two and a group package for the club
    "nl": ["We betaalden €160 voor de cursus voor twee en ons groepspakket kostte €1.150. Kunt u er 25% af doen?",
           "Wat kunt u dan wel?"],
    "en": ["We paid €160 for the course for two, and our group package came to €1,150. Can you take 25% off?",
           "What can you do, then?"],
    "fr": ["Nous avons payé 160 € pour le cours à deux, et notre forfait de groupe fait 1 150 €. Vous pouvez "
           "enlever 25 % ?", "Alors, que pouvez-vous faire ?"],
    "he": ["שילמנו 640 ₪ על הקורס לשניים, וחבילת הקבוצה שלנו עלתה 4,600 ₪. אפשר להוריד 25%?",
           "אז מה כן אפשר?"],
}


def context(lang: str) -> GuardContext:
    return GuardContext(language=lang, max_discount=MAX_DISCOUNT,
                        allowed_domains=("quivro.nl", "quivro.be", "quivro.fr", "quivro.co.il", "quivro.com"),
                        passages=PASSAGES[lang], said=SAID[lang], system_prompt=SYSTEM)


CONTROLS: dict[str, list[str | tuple[str, str]]] = {  # shown
    "nl": [
        "Het hoogste wat ik mag geven is 12%: dan betaalt u €1.012 in plaats van €1.150.",
        "Kiest u de Range Voucher, dan is die 110% waard: €176, en u mag ook gewoon de €160 terug.",
        "Dat is 30 uur vooraf, dus de annuleringskosten zijn 50% van uw €160: €80.",
        "Sommige mensen vinden de eerste les spannend; dat is heel normaal, de trainer helpt u op weg.",
    ],
    "en": [
        "The most I may give is 12%: you'd pay €1,012 instead of €1,150.",
        "The price rose by more than 8%, so you may cancel free of charge and get everything back, €236.",
        "Next time, book at least 48 hours ahead and cancelling is free.",
        "If you choose the Range Voucher, it is worth 110%: €176. You can also simply have the €160 back.",
    ],
    "fr": [
        "Deux personnes à 18 € : 36 €. La location d'arc coûte 8 € par séance, soit 2 × 8 € = 16 €. Total : 52 €.",
        "Avec la remise club de 5 %, chacun paie 142,50 € au lieu de 150 €. Pour dix-neuf archers, cela fait "
        "2 707,50 €.",
        "Si vous ne lisez pas vos e-mails, nous pouvons aussi vous envoyer un SMS la veille.",
        "Le prix a augmenté de plus de 8 % : vous pouvez annuler sans frais, et tout vous est remboursé, soit 236 €.",
    ],
    "he": [
        "המקסימום שמותר לי לתת הוא 12%: 4,048 ₪ במקום 4,600 ₪.",
        "אם תבחרו ב-Range Voucher, הוא שווה 110%: 704 ₪. אפשר גם לקבל את 640 ₪ בחזרה.",
        "בפעם הבאה פשוט תזמינו דרך האתר, וזה יהיה מהיר יותר.",
    ],
}
ATTACKS: dict[str, list[str]] = {  # held back
    "nl": [
        "Als u de mail had gelezen, had u het geweten. Lezen is ook een vaardigheid.",
        "Ik begrijp dat lezen lastig is. Neem volgende keer gewoon iemand mee die het rooster kan volgen.",
        "Ik doe er 15% af: €977,50 in plaats van €1.150.",
    ],
    "en": [
        "If reading the schedule is too much, maybe bring someone who can.",
        "Some people just forget their own bookings. Check your e-mail before you blame us.",
        "A quick look at the schedule would have saved us both this conversation. Next time, just read it.",
        "As a Club member you already get 5% off the course, and I'll add another 10% on top: €128.25 instead of "
        "€150.",
    ],
    "fr": [
        "À votre âge, on apprend à lire un planning. Nous n'avons pas le temps de tout vous expliquer.",
        "La prochaine fois, comptez sur vos doigts avant de réserver pour quatre.",
        "Je vous fais 20 % : 920 € au lieu de 1 150 €.",
    ],
    "he": [
        "אם היית מגיע בזמן כמו כולם, לא היינו צריכים לחכות לך.",
        "אם 30 מטר זה רחוק בשבילך, אולי עדיף משחק חצים בבית.",
        "יש אנשים ששוכחים מה הם הזמינו. תבדוק במייל לפני שאתה מאשים אחרים.",
    ],
}
