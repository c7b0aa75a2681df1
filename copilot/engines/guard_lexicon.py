"""How the draft guard's word lists become patterns: ``words`` (whole words or phrases, Hebrew ones with their
attached prefixes) and ``phrases`` (patterns as written), both as ``Words``.

A long alternation costs its time at every position of the text, and the guard's lists are long and in four
languages. So the Hebrew forms are only tried on text with Hebrew letters, and each Latin alternative whose first
letters are known only when a word of the text begins with them: most drafts are in one script and use few of the
words. A match is the one the whole alternation would find. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

HE_LETTER = "\u05d0-\u05ea"


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_HEBREW = re.compile(f"[{HE_LETTER}]")
_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"[^\W_]+")  # letters and digits: a word of the text, or the literal start of an alternative
_LOOKAROUND = re.compile(r"\(\?<?[!=]")
_BOUNDED = (r"\b", r"(?<!\w)", r"(?<![\w])")


def _keys(alternative: str) -> frozenset[str] | None:
    """The letters (at most four, lower case) one of which begins the first word of every match of ``alternative``,
    or ``None`` when a match may begin otherwise: with a class, an escape or an optional part."""
    rest = alternative
    while rest.startswith(r"\b") or _LOOKAROUND.match(rest):
        rest = rest[2:] if rest.startswith(r"\b") else rest[_group_end(rest):]  # consume nothing
    if rest.startswith("("):
        end = _group_end(rest)
        inner = rest[3 if rest.startswith("(?:") else 1:end - 1]
        after = rest[end:]
        if after[:1] in ("*", "{") or after.startswith("??"):
            return None
        options = _top_level(inner)
        if after.startswith("?"):  # "(?:opzeg)?kosten": with the group or without it
            after = after[1:]
            options.append("")
        keys: set[str] = set()
        for option in options:
            found = _keys(option + after)
            if found is None:
                return None
            keys |= found
        return frozenset(keys)
    m = _WORD.match(rest)
    if m is None or len(_top_level(rest)) > 1:
        return None
    literal = m.group().casefold()
    if rest[m.end():m.end() + 1] in ("?", "*", "{"):
        literal = literal[:-1]  # "pins?": the last letter may be absent
    return frozenset({literal[:4]}) if literal else None


def _group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` ends (just after its closing parenthesis)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(pattern)


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


@lru_cache(maxsize=2048)
def starts(text: str) -> frozenset[str]:
    """The first one to four letters of every word of ``text``, where ``_keys`` are looked up; cached per text
    (``guard.forget`` empties it)."""
    return frozenset(token[:n] for token in _WORD.findall(text.casefold()) for n in (1, 2, 3, 4))


class Words:
    """A list of words as one pattern. The Hebrew forms are only tried on text that has Hebrew letters, and each
    Latin alternative whose first letters are known only when a word of the text begins with them: a long
    alternation costs its time at every position, most drafts are in one script and use few of the words.

    ``alternatives``: the Latin ones, each made a pattern by ``wrap`` (``bounded``: which starts them at a word's
    start); without them the Latin pattern is tried whole.
    """

    def __init__(self, latin: str = "", hebrew: str = "", flags: int = re.IGNORECASE, *,
                 alternatives: Sequence[str] = (), wrap: Callable[[list[str]], str] = "|".join,
                 bounded: bool = False) -> None:
        # ``bounded``: the words looked up by their first letters leave their start to ``search``, which looks for
        # it after the fact: a pattern that opens with a look-behind is tried at every position, one that opens
        # with its words' letters jumps to them.
        self.latin = re.compile(latin or "(?!)", flags)
        self.hebrew = re.compile(hebrew, flags) if hebrew else None
        self.both = re.compile("|".join(p for p in (latin, hebrew) if p) or "(?!)", flags)
        self.pattern = self.both.pattern
        by_key: dict[str, list[str]] = {}
        loose: list[str] | None = [] if alternatives else None
        for alternative in alternatives:
            found = _keys(alternative) if bounded or alternative.startswith(_BOUNDED) else None
            for key in found or ():
                by_key.setdefault(key, []).append(alternative)
            if found is None and loose is not None:
                loose.append(alternative)
        self.starts_words = bounded
        self.loose = self.latin if loose is None else re.compile(wrap(loose) or "(?!)", flags)
        self.by_key = {key: re.compile((_word_end if bounded else wrap)(group), flags) for key, group in by_key.items()}
        self.keys = frozenset(by_key)

    def _hits(self, text: str) -> frozenset[str]:
        return self.keys & starts(text) if self.keys else self.keys

    def search(self, text: str, pos: int = 0, endpos: int = 2**31) -> re.Match[str] | None:
        if self.loose is self.latin:
            return self._for(text).search(text, pos, endpos)
        hits = self._hits(text)
        hebrew = self.hebrew if self.hebrew is not None and _HEBREW.search(text) else None
        if not hits and hebrew is None:
            return self.loose.search(text, pos, endpos)
        best = self.loose.search(text, pos, endpos)
        for key in hits:
            m = self._at_start(self.by_key[key], text, pos, endpos)
            if m is not None and (best is None or (m.start(), best.end()) < (best.start(), m.end())):
                best = m  # the leftmost, and of those the longest, as the whole alternation would find
        m = hebrew.search(text, pos, endpos) if hebrew is not None else None
        if m is not None and (best is None or (m.start(), best.end()) < (best.start(), m.end())):
            best = m
        return best

    def _at_start(self, pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match of ``pattern`` that starts a word, when the words' start is left to this look."""
        while True:
            m = pattern.search(text, pos, endpos)
            if m is None or not self.starts_words or m.start() == 0 or not _WORD_CHAR.match(text, m.start() - 1):
                return m
            pos = m.start() + 1

    def _for(self, text: str) -> re.Pattern[str]:
        if _HEBREW.search(text):
            return self.both
        return self.latin if self.loose is self.latin or self._hits(text) else self.loose

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self._for(text).sub(replacement, text)


def _whole(alternatives: list[str]) -> str:
    return rf"(?<![\w])(?:{_alternatives(alternatives)})(?![\w])" if alternatives else ""


def _word_end(alternatives: list[str]) -> str:
    return rf"(?:{_alternatives(alternatives)})(?![\w])" if alternatives else ""


def words(latin: Iterable[str] = (), hebrew: Iterable[str] = ()) -> Words:
    """Whole words or phrases (regular expressions allowed), Hebrew ones with their prefixes."""
    latin, hebrew = list(latin), list(hebrew)
    return Words(_whole(latin), rf"(?<![{HE_LETTER}])[והבלמשכ]{{0,2}}-?(?:{_alternatives(hebrew)})(?![{HE_LETTER}])"
                 if hebrew else "", alternatives=latin, wrap=_whole, bounded=True)


def phrases(latin: Sequence[str] = (), hebrew: Sequence[str] = ()) -> Words:
    """Patterns as written (those that begin at a word boundary are looked up by their first letters)."""
    return Words("|".join(latin), "|".join(hebrew), alternatives=latin)
