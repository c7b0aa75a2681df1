"""A second company for probing the draft guard by class of failure (``tests/engines/test_guard_classes_*.py``).

TUNING DATA, like ``tests/guard_cases.py``: written while fixing the classes of failure that held-out batch 1
exposed (a word list that knew one inflection, a negation that reached too far, a figure split at its decimal
comma, ...), in phrasings of our own, never copied from that batch. Its figures say the classes are fixed, not
how the guard generalises: only a batch nobody tuned on says that.

"Kestrel Mobile", a mobile operator (kestrel-mobile.eu, kestrel.co.il), sells in euros and in shekels, credits
€1.50 a day after a long network outage and nothing else, refunds a handset sent back within 30 days, sends a
replacement SIM free of charge. A 10% discount limit. One short conversation per language, no CRM record.
"""

from __future__ import annotations

from typing import Any

from copilot.engines.guard import Draft, GuardContext, check
from copilot.engines.prompt import Passage

MAX_DISCOUNT = 10.0
DOMAINS = ("kestrel-mobile.eu", "kestrel.co.il")
IBAN_BE = "BE68 5390 0754 7034"
IBAN_IL = "IL14 0108 0000 0099 9999 99"

PASSAGES = [
    Passage("k-prices-nl", "Tarieven", "Mobiel Onbeperkt kost €24,99 per maand. Een Data Boost van 10 GB kost eenmalig "
            "€7,50."),
    Passage("k-prices-en", "Prices", "Unlimited Mobile costs €24.99 per month. A 10 GB Data Boost costs a one-off "
            "€7.50."),
    Passage("k-prices-fr", "Tarifs", "Le forfait Mobile Illimité coûte 24,99 € par mois. Un Data Boost de 10 Go coûte "
            "7,50 € une seule fois."),
    Passage("k-prices-he", "מחירים", "מסלול Unlimited Mobile עולה 89 ₪ לחודש. Data Boost של 10GB עולה 25 ₪ חד פעמי."),
    Passage("k-outage-nl", "Netwerkstoring en compensatie", "Ligt het netwerk langer dan 48 uur plat, dan zetten we "
            "€1,50 per dag op uw tegoed. Abonnementsgeld wordt bij een storing niet terugbetaald."),
    Passage("k-outage-en", "Network outages and compensation", "If the network is down for more than 48 hours, we "
            "credit €1.50 per day to your account. There is no other compensation for outages."),
    Passage("k-outage-fr", "Pannes réseau et compensation", "Si le réseau est coupé plus de 48 heures, nous créditons "
            "1,50 € par jour sur votre compte. Il n'y a pas d'autre compensation."),
    Passage("k-outage-he", "תקלות רשת ופיצוי", "אם הרשת מושבתת יותר מ-48 שעות, נזכה אותך ב-5 ₪ לכל יום. אין פיצוי "
            "אחר על תקלות."),
    Passage("k-returns-nl", "Toestel retour", "Stuurt u een toestel binnen 30 dagen terug, dan betalen we het volledig "
            "terug."),
    Passage("k-returns-en", "Returning a handset", "A handset sent back within 30 days is refunded in full."),
    Passage("k-returns-fr", "Retour d'un téléphone", "Un téléphone renvoyé sous 30 jours est remboursé intégralement."),
    Passage("k-returns-he", "החזרת מכשיר", "מכשיר שמוחזר תוך 30 יום מקבל החזר מלא."),
    Passage("k-sim", "SIM", "A replacement SIM is sent free of charge. Een vervangende simkaart wordt gratis "
            "verstuurd. La carte SIM de remplacement est envoyée gratuitement. כרטיס SIM חלופי נשלח בחינם."),
    Passage("k-pay", "Betalen / Paying / תשלום", f"Overmaken kan naar {IBAN_BE} t.n.v. Kestrel Mobile. Transfers go to "
            f"{IBAN_BE}. Virement sur {IBAN_BE}. העברה בנקאית לחשבון {IBAN_IL} על שם Kestrel Mobile. We never ask "
            "for your PIN or password."),
    Passage("k-help", "Help", "Status and help: status.kestrel-mobile.eu and https://www.kestrel.co.il/help."),
]
SAID = {
    "nl": ["Ik heb al twee dagen geen bereik en ik betaal gewoon door.", "Dat is vervelend, ik kijk even mee."],
    "en": ["I've had no signal for two days and I'm still paying for it.", "Sorry to hear that, let me have a look."],
    "fr": ["Je n'ai plus de réseau depuis deux jours et je paie quand même.", "Désolé, je regarde votre ligne."],
    "he": ["אין לי קליטה כבר יומיים ואני עדיין משלם.", "מצטער לשמוע, אני בודק את הקו."],
}


def context(lang: str, **overrides: Any) -> GuardContext:
    values: dict[str, Any] = dict(language=lang, max_discount=MAX_DISCOUNT, allowed_domains=DOMAINS,
                                  passages=PASSAGES, said=SAID[lang], placeholders=("[NAME_1]", "[PHONE_1]"))
    return GuardContext(**{**values, **overrides})


CONTEXTS = {lang: context(lang) for lang in SAID}


def verdict(lang: str, text: str, rationale: str = "Helps the customer") -> str | None:
    return check(Draft(text, rationale), CONTEXTS[lang])
