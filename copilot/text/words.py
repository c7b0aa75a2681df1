"""Text normalisation shared by trigger compilation and utterance matching.

Both sides go through the same function, so a team lead can write ``cafe`` and match "Café!",
or write a Hebrew word with a final letter and match it in any position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

HEBREW_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})
HEBREW_PREFIXES = frozenset("והבלמשכ")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "׳": "'", "״": '"'})
_ENGLISH_NT = re.compile(r"(?<=\w)n't\b")
_ENGLISH_IRREGULAR_NT = re.compile(r"\b(ca|wo|sha)n't\b")
_IRREGULAR = {"ca": "can", "wo": "will", "sha": "shall"}
_ELISION = re.compile(r"\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=\w)")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_TOKEN_OR_BREAK = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[.,!?;:()\u061f\u05c3]+")
BREAK = "|"  # stands for punctuation between clauses in ``clauses()`` output


class _Marks(dict[int, int | None]):
    """``str.translate`` table that drops combining marks, filled in as characters are first seen."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text  # nothing to decompose: most text, and every imported English article
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


def normalize(text: str) -> str:
    """Lower-case, accent-free, final-letter-free text with English ``n't`` spelt out."""
    text = _strip_marks(text.translate(_APOSTROPHES)).casefold().translate(HEBREW_FINALS)
    text = _ENGLISH_IRREGULAR_NT.sub(lambda m: _IRREGULAR[m.group(1)] + " not", text)
    text = _ENGLISH_NT.sub(" not", text)
    return _ELISION.sub(r"\1 ", text)


def _words_of(normalized: str) -> tuple[str, ...]:
    return tuple(tok.replace("'", "") for tok in _TOKEN.findall(normalized))


@lru_cache(maxsize=4096)
def _tokens_cached(text: str) -> tuple[str, ...]:
    return _words_of(normalize(text))


def tokenize(text: str) -> tuple[str, ...]:
    """Normalised words. Apostrophes inside a word are dropped ("can't" became "can not" above)."""
    if len(text) > 2000:
        return _tokens_cached.__wrapped__(text)
    return _tokens_cached(text)


def tokenize_lines(lines: Sequence[str]) -> list[tuple[str, ...]]:
    """``tokenize`` of each of many lines holding no line break, normalised in one pass: the same words (nothing
    ``normalize`` does reaches across a line break), without a call per line for a body of thousands of sentences."""
    if any("\n" in line for line in lines):
        return [tokenize(line) for line in lines]
    normalized = normalize("\n".join(lines)).split("\n")
    if len(normalized) != len(lines):  # a character that decomposes into a line break: none known; be safe
        return [tokenize(line) for line in lines]
    return [_words_of(line) for line in normalized]


@lru_cache(maxsize=4096)
def _clauses_cached(text: str) -> tuple[str, ...]:
    return tuple(
        tok.replace("'", "") if tok[0].isalnum() else BREAK for tok in _TOKEN_OR_BREAK.findall(normalize(text))
    )


def clauses(text: str) -> tuple[str, ...]:
    """Like ``tokenize``, with ``BREAK`` where punctuation separates clauses ("No, it's too much").

    Matching uses it so a phrase never spans two sentences and a negation does not reach
    across a comma or a full stop.
    """
    if len(text) > 2000:
        return _clauses_cached.__wrapped__(text)
    return _clauses_cached(text)


def is_hebrew_word(token: str) -> bool:
    return bool(token) and "\u05d0" <= token[0] <= "\u05ea"


def hebrew_stems(token: str) -> tuple[str, ...]:
    """The word with up to two attached prefixes removed ("והחוזה" -> "החוזה", "חוזה")."""
    stems = []
    rest = token
    for _ in range(2):
        if len(rest) > 2 and rest[0] in HEBREW_PREFIXES:
            rest = rest[1:]
            stems.append(rest)
        else:
            break
    return tuple(stems)


def is_rtl(text: str) -> bool:
    """True when the first strong directional character is right-to-left."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def levenshtein(a: str, b: str) -> int:
    """Edit distance in characters, used to record how much an agent changed a suggestion or a wrap-up.
    What the two share at the start and the end costs nothing, so a small edit to a long note stays quick."""
    if a == b:
        return 0
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start:len(a) - end], b[start:len(b) - end]
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
