"""Which sentences of a call belong in its wrap-up: why the customer called, and what the agent did or promised.

Extractive on purpose: the note is made of the call's own words, so it says nothing the call did not, runs
offline in a millisecond, and reads in the customer's language. The reason is the customer's first sentence
with substance (not "Hello", not a name or an account number given on request). An action is an agent's
sentence in the first person that reports something done ("I have cancelled", "ik heb ... aangepast",
"j'ai envoyé", "ביטלתי") or promises something ("I'll send", "ik stuur", "je vais", "אני אשלח"), or says
what the customer will receive. Questions are never actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copilot.knowledge.stopwords import STOPWORDS
from copilot.text.words import normalize, tokenize

_SENTENCE = re.compile(r"(?<=[.!?\u05c3])\s+|\n+")
MAX_SENTENCE = 240  # characters of one sentence kept in a note

# Done or promised, first person (normalised text: no case, no accents, elisions split: "j'ai" -> "j ai").
_ACTION = {
    "en": [
        r"\b(?:i|we)\s+(?:have|ve|had)\s+(?:just\s+|now\s+|already\s+|also\s+)?(?!to\b|got\b|a\b|no\b|been\s+"
        r"(?:looking|trying|waiting))\w+(?:ed|en|t|sent|made|put|set|done|paid|sold|told|given|taken)\b",
        r"\b(?:i|we)\s*(?:will|ll|shall|am\s+going\s+to|m\s+going\s+to|are\s+going\s+to)\s+(?!be\s+(?:happy|glad)|"
        r"need|have\s+to\s+ask|ask\b|check\s+(?:if|whether))\w+",
        r"\b(?:i|we)\s+(?:just\s+)?(?:cancelled|canceled|changed|updated|sent|booked|scheduled|arranged|refunded|"
        r"credited|reset|fixed|ordered|registered|added|removed|blocked|reported|escalated|logged|opened|closed|"
        r"processed|submitted|applied|moved|transferred|requested|confirmed|noted|waived|reserved|activated)\b",
        r"\b(?:it|this|that|your\s+\w+(?:\s+\w+)?)\s+(?:has|have|is|was)\s+(?:now\s+|just\s+|been\s+)*(?:been\s+)?"
        r"(?:cancelled|canceled|changed|updated|sent|booked|scheduled|arranged|refunded|credited|reset|fixed|"
        r"activated|blocked|processed|confirmed|submitted|reserved|unlocked|recovered|completed|done)\b",
        r"\byou\s*(?:will|ll)\s+(?:receive|get|be\s+(?:charged|credited|refunded|contacted|called))\b",
        r"\b(?:successfully|all\s+set|all\s+done|confirmed)\b",
    ],
    "nl": [
        r"\b(?:ik|wij|we)\s+(?:heb|hebben)\b.*\b(?:\w{0,6}ge\w{2,}(?:d|t|en)|aangepast|opgezegd|doorgezet|"
        r"aangevraagd|verstuurd|verzonden|ingepland|aangemaakt|teruggestort|ontvangen|genoteerd|doorgegeven|"
        r"afgesproken|gewijzigd|beeindigd|geannuleerd|geblokkeerd|gecrediteerd)\b",
        r"\b(?:heb|hebben)\s+(?:ik|wij|we)\b.*\b(?:\w{0,6}ge\w{2,}(?:d|t|en)|aangepast|opgezegd|doorgezet|"
        r"aangevraagd|verstuurd|verzonden|ingepland)\b",
        r"\b(?:ik|wij|we)\s+(?:ga|gaan|zal|zullen)\s+(?!even\s+kijken|kijken)\w+",
        r"\b(?:ik|wij|we)\s+(?:stuur|sturen|bel|bellen|zet|zetten|plan|plannen|pas|passen|regel|regelen|"
        r"maak|maken|boek|boeken|verstuur|versturen|zorg|zorgen)\b(?!.*\?)",
        r"\b(?:is|zijn|wordt|worden)\s+(?:nu\s+|zojuist\s+|net\s+)?(?:aangepast|opgezegd|geannuleerd|verstuurd|"
        r"verzonden|ingepland|gewijzigd|teruggestort|gecrediteerd|geblokkeerd|doorgezet|verwerkt|geregeld)\b",
        r"\bu\s+(?:ontvangt|krijgt)\b",
    ],
    "fr": [
        r"\b(?:j|nous)\s+(?:ai|avons)\s+(?:bien\s+|deja\s+|maintenant\s+)?(?!besoin|envie|un\b|une\b|des\b)\w+"
        r"(?:e|es|i|is|it|u|us|te)\b",
        r"\bje\s+(?:viens|vais)\s+d?\s*\w+|\bnous\s+(?:allons|venons)\s+\w+",
        r"\bje\s+(?:vous\s+)?(?:envoie|rappelle|transmets|programme|resilie|annule|modifie|bloque|rembourse)\b",
        r"\b(?:a|ont|est|sont)\s+(?:bien\s+)?(?:ete\s+)?(?:annulee?s?|resiliee?s?|modifiee?s?|envoyee?s?|"
        r"rembourse(?:e|s|es)?|bloquee?s?|programmee?s?|enregistree?s?|confirmee?s?|credite(?:e|s|es)?)\b",
        r"\bvous\s+(?:allez\s+)?(?:recevrez|recevoir|aurez)\b",
    ],
    "he": [
        r"(?:^|\s)(?:ו|כבר\s|עכשיו\s)?(?!אות|אית|בית|הבנ|חשב|שמע|שאל|רצי|ציפי|התכוונ|ראי)\w{2,}תי(?=\s|$)",
        r"(?:^|\s)(?:אני|אנחנו)\s+(?:א|נ)\w{2,}",
        r"(?:^|\s)(?:אשלח|אעדכנ|אבטל|אחזור|אתקשר|אדאג|אעביר|אפתח|נשלח|נחזור|נעדכנ|אזמינ|אסדר|אחסומ)(?=\s|$)",
        r"(?:^|\s)(?:תקבל|תקבלי|תקבלו)(?=\s|$)",
        r"(?:^|\s)(?:בוטל|בוטלה|עודכנ|עודכנה|נשלח|נשלחה|הוזמנ|הוזמנה|נחסמ|נחסמה|זוכה|זוכית)(?=\s|$)",
    ],
}
_ACTIONS = {lang: re.compile("|".join(f"(?:{p})" for p in patterns)) for lang, patterns in _ACTION.items()}
_SMALL_TALK = frozenset(tokenize("""hello hi hey good morning afternoon evening thanks thank you bye goodbye yes no
    ok okay sure please hallo goedemorgen goedemiddag dag bedankt ja nee graag bonjour bonsoir merci oui non
    d'accord au revoir שלום היי תודה כן לא בסדר ביי name naam nom שמי my mijn mon is het est c'est"""))


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    speaker: str  # customer or agent
    index: int  # the utterance it comes from
    lang: str | None


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.split(text) if part.strip()]


def clip(sentence: str) -> str:
    if len(sentence) <= MAX_SENTENCE:
        return sentence
    cut = sentence[:MAX_SENTENCE].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "…"


def content_words(text: str, lang: str | None) -> list[str]:
    """The words that carry meaning: no stop words, no small talk, no bare numbers."""
    stop = STOPWORDS.get(lang or "en", STOPWORDS["en"]) | STOPWORDS["en"]
    return [tok for tok in tokenize(text) if len(tok) > 1 and not tok.isdigit() and tok not in stop
            and tok not in _SMALL_TALK]


def substantive(text: str, lang: str | None) -> bool:
    """Says something about the matter at hand: three content words, or two in a question or request."""
    words = content_words(text, lang)
    return len(words) >= 3 or (len(words) >= 2 and len(tokenize(text)) >= 5)


@lru_cache(maxsize=8192)
def is_action(sentence: str, lang: str | None) -> bool:
    """An agent's sentence that reports something done or promised, not asked."""
    if sentence.rstrip().endswith("?"):
        return False
    plain = normalize(sentence).replace("'", " ")  # "i've", "i'll", "aujourd'hui": one way to write them
    codes = (lang,) if lang in _ACTIONS else tuple(_ACTIONS)
    return any(_ACTIONS[code].search(plain) for code in codes if code is not None)
