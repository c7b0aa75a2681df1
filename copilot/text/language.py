"""Offline language detection for the languages the playbook speaks.

No model download: Hebrew is told by its script; Dutch, English and French by their most common
function words and a few spelling marks. Short or ambiguous text returns ``None`` so that the
conversation keeps the language it had (a customer saying "OK" has not switched language).
"""

from __future__ import annotations

import re

from copilot.text.words import tokenize

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the a an and or but is are was were be been i you he she it we they my your our their
        me him her us them this that these those to of in on for with at by from not no do does
        did have has had can could would should will what why how when where who yes please thanks
        thank just so very too much about want need if there here am im its dont cant isnt hello hi hey
        okay sorry""".split()
    ),
    "nl": frozenset(
        """de het een en of maar is zijn was waren ben bent ik je jij u hij zij ze we wij jullie mijn
        uw onze hun dit dat deze die te van in op voor met bij aan uit niet geen wel ook heb heeft
        hebben kan kunt wil wilt moet waarom hoe wanneer waar wie ja nee graag dank bedankt alstublieft
        toch nog al er hier maar dan als om zo veel heel echt mij me jou hallo goedemiddag goedemorgen
        goedenavond dag sorry oke hoi goedendag goeiedag goeiemorgen goeiemiddag goeienavond dankjewel dankuwel
        doei""".split()
    ),
    "fr": frozenset(
        """le la les un une des et ou mais est sont etait etre je tu il elle nous vous ils elles mon
        ma mes ton votre vos notre nos leur leurs ce cet cette ces de du au aux en dans sur pour
        avec par pas ne plus jamais ai as a avons avez ont peux peut veux veut pourquoi comment quand
        ou qui oui non merci sil plait tres trop bien aussi que qu c j l d n s m est bonjour bonsoir
        salut desole coucou allo rebonjour""".split()
    ),
}
_SCRIPT_LANGS = (("he", "\u0590", "\u05ff"), ("ar", "\u0600", "\u06ff"))


def detect(text: str) -> str | None:
    """Best guess of the language of ``text``, or ``None`` when there is too little to tell."""
    return detect_with_confidence(text)[0]


# The part before "@" is bounded to what an address's can be (64 characters): unbounded, it was tried again from
# every character of a long run without an "@" ("1.1.1...", a 20,000-letter word), each try to the run's end.
_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
# A word in Latin capitals after another word is a name ("Wat kost Pilvera Plus?", "כמה עולה Pilvera Plus?"): a
# product or a person, in no language. "I" and the Dutch "U" are no names; the first word of a sentence may be any.
_NAME = re.compile(r"(?<=[^\W\d_][ ,])[A-Z][^\W\d_]*[a-z][^\W\d_]*")


def without_names(text: str) -> str:
    """``text`` less the names written in capitals inside it: a product's or a person's name says nothing of the
    language around it ("Plus" is no French in "Wat kost Pilvera Plus?")."""
    return _NAME.sub(" ", text)


def detect_with_confidence(text: str) -> tuple[str | None, bool]:
    """(language, sure). Sure means a script of its own, or several words that agree by a margin:
    enough to switch a conversation's language on one line. "Thanks" in a Dutch call is not. An e-mail address or a
    link is in no language: "תשלחו אישור ל-noa.levi@example.co.il" is Hebrew."""
    text = without_names(_ADDRESS.sub(" ", text))
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None, False
    for lang, low, high in _SCRIPT_LANGS:
        share = sum(1 for ch in letters if low <= ch <= high) / len(letters)
        if share >= 0.4:
            return lang, True
    tokens = tokenize(text)
    if not tokens:
        return None, False
    scores: dict[str, float] = {lang: sum(1 for tok in tokens if tok in words) for lang, words in _STOPWORDS.items()}
    lowered = text.casefold()
    if any(ch in lowered for ch in "çèêëàâîïôûœ") or "é" in lowered and "ij" not in lowered:
        scores["fr"] += 1.5
    if "ij" in lowered or "oe" in lowered.replace("oeu", ""):
        scores["nl"] += 0.5
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_score), (_, runner_up) = ranked[0], ranked[1]
    if best_score < 1 or best_score == runner_up:
        return None, False
    if len(tokens) <= 2 and best_score - runner_up < 1:
        return None, False
    return best, len(tokens) >= 3 and best_score - runner_up >= 2
