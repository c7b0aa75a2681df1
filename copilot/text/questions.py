"""Whether a line asks something: a question mark, a question word first, or a request to be told, in four languages.

What a knowledge gap counts (``copilot.coaching.gaps``) and one of the things a knowledge card's confidence weighs
(``copilot.knowledge.confidence``): on every corpus measured, a line that asks is more often one an article answers
than a line that states ("I need free parking", "the blue one"), though a problem report ("my router keeps
disconnecting") needs one too, so it is weighed, never required. Greetings and fillers before the first word do
not count ("Bonjour, comment ...", "uh so how do I ...").
"""

from __future__ import annotations

import re

from copilot.text.words import tokenize

# The first words of a question or a request, per language (normalised: no accents, no apostrophes).
ASKING = {
    "en": """what whats how when where why which who whom whose can could may might shall should will would do does
        did is are am was were have has any anyone""",
    "nl": "wat hoe wanneer waar waarom welke welk wie kan kunt kun mag moet is zijn ben heb hebt heeft wordt zou",
    "fr": "qu que quoi quel quelle quels quelles comment quand ou pourquoi combien qui est peut puis pouvez pourriez",
    "he": "מה איך מתי איפה למה מדוע כמה האם מי אפשר יש",
}
ASKING_WORDS = frozenset(tok for words in ASKING.values() for word in words.split() for tok in tokenize(word))
_REQUESTS = re.compile(
    r"\b(i (?:want|need|would like|d like) to (?:know|find out|understand|check)|tell me|help me|explain|"
    r"i have a question|question about|i (?:was|am|m) wondering|i wonder|do you (?:happen to )?know|"
    r"ik wil (?:graag )?weten|kunt u|vertel|ik heb een vraag|ik vroeg me af|weet u|weet je|"
    r"je voudrais savoir|pouvez vous|dites moi|expliquez|j ai une question|je me demand\w*|savez vous|"
    r"est ce que)\b"
    r"|אני רוצה לדעת|תגיד לי|תסביר|יש לי שאלה|אני תוהה|אתם יודעים|את יודעת|אתה יודע")
# Said before the first word that counts: greetings, fillers, "and", "so".
_OPENERS = frozenset(tokenize("""hi hello hey uh um er erm so and but oh well okay ok yes yeah right
    hallo hoi dag goedemorgen goedemiddag uhm eh euh ehm en dus oke ja nou
    bonjour bonsoir salut allo alors et donc oui bon ben ah
    היי שלום אה אהה אז ו כן טוב אוקיי"""))


# Asking whether someone is there ("hello, anyone there?", "il y a quelqu'un ?", "יש נציג?"): a presence check,
# nothing an article answers.
_PRESENCE = frozenset(" ".join(tokenize(phrase)) for phrase in """
    anyone there|anybody there|someone there|is anyone there|is anybody there|is someone there|anyone here|
    is anyone here|is there anyone|is there anybody|is there someone|is there anyone there|are you there|
    anyone|anybody|is daar iemand|is er iemand|iemand daar|is hier iemand|iemand aanwezig|iemand|ben je daar|
    bent u daar|is daar iemand aanwezig|il y a quelqu'un|y a quelqu'un|ya quelqu'un|quelqu'un|quelqu'un est là|
    y a quelqu'un là|vous êtes là|tu es là|il y a quelqu'un là|יש מישהו|יש נציג|מישהו כאן|מישהו שם|יש פה מישהו|
    יש כאן מישהו|יש מישהו בקו|מישהו""".replace("\n", "").split("|"))


def asks_only_for_someone(text: str) -> bool:
    """The line only checks that someone is there, after any greeting ("Hallo, is daar iemand?")."""
    tokens = [token for token in tokenize(text) if token not in _OPENERS]
    return bool(tokens) and " ".join(tokens) in _PRESENCE


def looks_like_a_question(text: str) -> bool:
    stripped = text.strip()
    if asks_only_for_someone(stripped):
        return False
    if "?" in stripped or "\u061f" in stripped:
        return True
    tokens = tokenize(stripped)
    first = next((token for token in tokens if token not in _OPENERS), None)
    if first is None:
        return False
    return first in ASKING_WORDS or bool(_REQUESTS.search(" ".join(tokens)))
