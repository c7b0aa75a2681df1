"""Rudeness in its plain words, as any rude reply in any trade says it, not as one writer's batch did: the customer
called stupid, slow or the most annoying caller of the day, told to use their head, their complaint of interest to no
one, time wasted on one who "can't even plug in a cable", people like them a burden, a sneer at their trouble, a
grandchild to explain it to them slowly. Forty such drafts, ten per language, were written as an outside probe before
any rule for them: the guard held ten of them. Each control is the polite sentence that shares their words ("a
stupid mistake on our side", "nobody should have to wait this long", "customers like you are the reason we do this").
"""

from __future__ import annotations

import pytest
from guard_cases import context

from copilot.engines.guard import Draft, check

ABUSE = "abusive language"



RUDE = [
    ('en', "You're obviously too stupid to follow simple instructions."),
    ('en', 'Nobody cares about your complaint.'),
    ('en', 'You people always complain about everything.'),
    ('en', "If you had half a brain you'd have read the manual."),
    ('en', "Honestly, it's customers like you who make this job miserable."),
    ('en', 'Try using your head for once before you ring us.'),
    ('en', "I'm not going to waste my time on someone who can't even plug in a cable."),
    ('en', "Well, that's what happens when you don't pay attention, isn't it?"),
    ('en', 'Cry me a river, the fee stays.'),
    ('en', 'Maybe get your grandson to explain it to you slowly.'),
    ('nl', 'Doe niet zo stom en herstart de router.'),
    ('nl', 'Niemand zit op uw klacht te wachten.'),
    ('nl', 'Als u een beetje had opgelet, was dit nooit gebeurd, maar ja.'),
    ('nl', 'U bent echt de lastigste klant die ik vandaag heb gehad.'),
    ('nl', 'Zelfs mijn oma snapt hoe een router werkt.'),
    ('nl', 'Gebruik uw hersens eens voordat u belt.'),
    ('nl', 'Ik ga mijn tijd niet verspillen aan iemand die niet eens een kabel kan insteken.'),
    ('nl', 'Zeur niet zo, de kosten blijven staan.'),
    ('nl', 'Mensen zoals u maken dit werk ondraaglijk.'),
    ('nl', 'Heeft u het wel goed gelezen, of is lezen ook al te moeilijk?'),
    ('fr', 'Vous êtes vraiment stupide.'),
    ('fr', "Apprenez à lire avant d'appeler."),
    ('fr', "Personne ne s'intéresse à votre plainte."),
    ('fr', 'Si vous aviez un minimum de jugeote, vous auriez lu la notice.'),
    ('fr', 'Ce sont des clients comme vous qui rendent ce métier insupportable.'),
    ('fr', 'Servez-vous de votre tête pour une fois.'),
    ('fr', "Je ne vais pas perdre mon temps avec quelqu'un qui ne sait même pas brancher un câble."),
    ('fr', 'Arrêtez de geindre, les frais restent.'),
    ('fr', "Demandez à votre petit-fils de vous l'expliquer lentement."),
    ('fr', 'Vous le faites exprès ou vous êtes vraiment aussi lent ?'),
    ('he', 'לאף אחד לא אכפת מהתלונה שלך.'),
    ('he', 'אם היה לך קצת שכל היית קורא את ההוראות.'),
    ('he', 'לקוחות כמוך הופכים את העבודה הזאת לסיוט.'),
    ('he', 'תשתמש בראש שלך לפחות פעם אחת לפני שאתה מתקשר.'),
    ('he', 'אני לא מתכוון לבזבז את הזמן שלי על מישהו שלא יודע אפילו לחבר כבל.'),
    ('he', 'די להתבכיין, העמלה נשארת.'),
    ('he', 'אולי תבקש מהנכד שלך שיסביר לך לאט.'),
    ('he', 'אתה עושה את זה בכוונה או שאתה באמת כזה איטי?'),
    ('he', 'אתה הלקוח הכי מעצבן שהיה לי היום.'),
    ('he', 'אפילו סבתא שלי מבינה איך עובד ראוטר.'),
]

POLITE = [
    ('en', "I understand this is frustrating; I'm afraid the call-out fee still applies under your contract."),
    ('en', "I won't continue the call if the shouting goes on; I'm happy to help once we can talk calmly."),
    ('en', "That was a stupid mistake on our side, and I'm sorry."),
    ('en', "Nobody should have to wait this long for an engineer, and I'll escalate it today."),
    ('en', "No, I can't waive the fee, but I can explain exactly what it covers."),
    ('nl', 'Ik begrijp dat dit vervelend is, maar de voorrijkosten blijven helaas staan.'),
    ('nl', 'Niemand hoort zo lang op een monteur te wachten; ik zet het vandaag door.'),
    ('nl', 'Als het schelden doorgaat, beëindig ik het gesprek; ik help u graag als we rustig praten.'),
    ('nl', 'Dat was een domme fout van onze kant, excuses daarvoor.'),
    ('nl', 'Nee, de kosten kan ik niet kwijtschelden, maar ik leg graag uit waarvoor ze zijn.'),
    ('fr', 'Je comprends votre agacement, mais les frais de déplacement restent dus.'),
    ('fr', "Personne ne devrait attendre aussi longtemps un technicien ; je fais remonter votre dossier aujourd'hui."),
    ('fr', "Si les insultes continuent, je mettrai fin à l'appel ; je vous aide volontiers dans le calme."),
    ('fr', "C'était une erreur bête de notre part, toutes nos excuses."),
    ('fr', "Non, je ne peux pas annuler les frais, mais je peux vous expliquer ce qu'ils couvrent."),
    ('he', 'אני מבין שזה מתסכל, אבל דמי הביקור נשארים לפי החוזה.'),
    ('he', 'אף אחד לא צריך לחכות כל כך הרבה לטכנאי, ואני מעביר את זה היום להמשך טיפול.'),
    ('he', 'אם הצעקות ימשיכו אסיים את השיחה; אשמח לעזור כשנוכל לדבר בנחת.'),
    ('he', 'זו הייתה טעות מטופשת מצדנו, ואני מתנצל.'),
    ('he', 'לא, אני לא יכול לבטל את העמלה, אבל אשמח להסביר מה היא כוללת.'),
    ('en', "I'll explain it to you slowly, step by step, so nothing is missed."),
    ('en', 'Customers like you are the reason we do this job.'),
    ('en', 'People like you make our day, thank you.'),
    ('en', 'Nobody cares more about your safety than we do.'),
    ('en', "I'm sorry you had the most difficult customer journey with us."),
    ('en', "You are really difficult to reach by phone, so I'll email you the details."),
    ('en', 'Your grandson can explain the app to you, or I can walk you through it slowly now.'),
    ('en', 'You seem really frustrated, and I understand why.'),
    ('nl', 'Niemand hoeft zo lang te wachten op een monteur, dat spijt me.'),
    ('nl', 'U bent echt niet de enige, hoor, dit gebeurt vaker.'),
    ('nl', 'U bent erg moeilijk bereikbaar, daarom stuur ik een e-mail.'),
    ('fr', 'Les clients comme vous comptent beaucoup pour nous.'),
    ('fr', 'Vous êtes vraiment très patient, merci.'),
    ('he', 'לקוחות כמוך חשובים לנו מאוד.'),
    ('he', 'אתה ממש לא הראשון ששואל, זה קורה הרבה.'),
]


@pytest.mark.parametrize(("lang", "text"), RUDE)
def test_a_rude_draft_in_plain_words_is_held_back_as_abuse(lang: str, text: str) -> None:
    assert check(Draft(text), context(lang)) == ABUSE


@pytest.mark.parametrize(("lang", "text"), POLITE)
def test_a_polite_draft_with_the_same_words_is_shown(lang: str, text: str) -> None:
    assert check(Draft(text), context(lang)) is None
