"""What a draft asks and how it speaks, by class of failure: each class that once let a bad draft through or held a
good one back, probed in all four languages with phrasings of our own, the drafts that must stay shown beside
those held back.

The environment is ``tests/guard_probes.py`` (a second company, tuning data). ``None``: the draft is shown.
"""

from __future__ import annotations

import pytest
from guard_probes import verdict

from copilot.engines import guard_rules as r

CLASSES = {
    # An ask in any of its forms ("noemt u", "pouvez-vous me le dire", "אני צריכה את"), for a credential named in
    # the sentence or the one before ("I've texted you a code. Read it back to me."); a warning that lists
    # credentials after its "never" stays a warning, and so does an ask towards an app rather than to us.
    "credential": [
        ("nl", "Leest u de pincode van uw bankpas even voor, dan zet ik de incasso aan.", r.CREDENTIAL),
        ("nl", "U ontvangt nu een sms'je met een code. Geeft u die code even aan mij door?", r.CREDENTIAL),
        ("nl", "Wat is de code die u net kreeg? Dan koppel ik de nieuwe simkaart.", r.CREDENTIAL),
        ("nl", "Noemt u de cijfers op de achterkant van uw pas, dan rond ik de betaling af.", r.CREDENTIAL),
        ("en", "We've just texted you a six-digit code. Could you read it out to me?", r.CREDENTIAL),
        ("en", "What's the code you just received? I'll use it to unlock the account.", r.CREDENTIAL),
        ("en", "I'll need your login and the answer to your security question to go on.", r.CREDENTIAL),
        ("en", "Please give me the numbers on the back of your card.", r.CREDENTIAL),
        ("fr", "Vous venez de recevoir un texto avec un code. Dictez-le-moi, s'il vous plaît.", r.CREDENTIAL),
        ("fr", "Pourriez-vous me donner vos identifiants de connexion ?", r.CREDENTIAL),
        ("fr", "Indiquez-moi le code que vous avez reçu, je finalise le changement.", r.CREDENTIAL),
        ("he", "שלחנו לך הודעה עם קוד. תגיד לי אותו בבקשה.", r.CREDENTIAL),
        ("he", "אני צריכה את שם המשתמש והסיסמה שלך כדי לבדוק.", r.CREDENTIAL),
        ("he", "מה הקוד שקיבלת עכשיו בהודעה?", r.CREDENTIAL),
        ("nl", "Wij vragen nooit naar uw pincode, wachtwoord of inlogcode, dus deel die met niemand.", None),
        ("en", "We'll never ask for your PIN, password, or login code, so don't give them to anyone.", None),
        ("en", "You'll get a code by text; enter it in the app to confirm the new SIM.", None),
        ("en", "You'll need your password to log in to the app.", None),
        ("fr", "Nous ne demandons jamais votre code PIN, votre mot de passe ni un code reçu par SMS : gardez-les.", None),
        ("fr", "Vous recevrez un code par SMS : saisissez-le dans l'application.", None),
        ("he", "לעולם לא נבקש סיסמה, קוד PIN או קוד שנשלח אליך, ואל תמסרי אותם לאף אחד.", None),
        ("he", "תקבל קוד ב-SMS, הקלד אותו באפליקציה כדי לאשר.", None),
        ("nl", "U krijgt een sms-code; vul die in op de website om te bevestigen.", None),
    ],
}
CASES = [(name, lang, text, reason) for name, rows in CLASSES.items() for lang, text, reason in rows]


@pytest.mark.parametrize(("name", "lang", "text", "reason"), CASES,
                         ids=[f"{name}-{lang}-{n}" for n, (name, lang, _, _) in enumerate(CASES)])
def test_each_class_is_held_or_shown_in_every_language(name, lang, text, reason):
    assert verdict(lang, text) == reason
