"""Trigger phrases compiled into an index, matched against each utterance in a few microseconds.

A playbook of hundreds of entries has thousands of phrases; checking each against every utterance
would grow with the playbook. Instead every phrase is indexed by its first word (exact, as a
word-start for ``cancel*``, and by one-letter deletions for typo tolerance), and only phrases whose
first word occurs in the utterance are verified word by word.

A phrase without a negation of its own never skips one: "i do need" does not match "I do not need it", as
"too expensive" does not match "not too expensive".

Typo tolerance reads a misspelling as the phrase's word only in the phrase's own language: with every
language's triggers checked on every line, the Dutch "storing" (an outage) would otherwise match the English
"staring" and "snoring". A phrase matched exactly counts in any language, as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from copilot.text.words import BREAK, hebrew_stems, is_hebrew_word, tokenize

MAX_GAP = 2  # other words allowed between two words of a phrase
NEGATION_WINDOW = 3  # words before a phrase in which a negation cancels it
FUZZY_MIN_LEN = 7  # words this long (letters only) also match with one letter wrong

NEGATIONS = frozenset(
    """not no never nothing none nor neither without
    niet geen nooit niets zonder noch
    ne n pas jamais aucun aucune sans ni rien
    לא אינ אינו אינה אינמ בלי מעולמ""".split()
)
# Said first in a clause these answer the agent ("No, it's too expensive"); they negate nothing after.
INTERJECTIONS = frozenset("no nope nah nee non".split())
# A question that asks why not ("Why can't I just cancel?") wants the thing, it does not deny it.
WHY = frozenset("why waarom pourquoi למה מדוע".split())
# Hebrew attaches "and", "that" and "when" to a negation ("ולא", "שלא", "כשאין"); other
# prefixes would turn ordinary words into negations ("מלא" is "full", not "from-not").
HEBREW_NEGATION_PREFIXES = ("ו", "ש", "וש", "כש")
# A phrase does not skip these either: "less" turns "c'est cher" into "c'est moins cher" (is it cheaper?).
LESS = frozenset("less minder moins פחות".split())
# A contrast word ends the reach of a negation: "not that I mind, but it is too expensive".
CONTRASTS = frozenset("but however although though maar echter hoewel mais pourtant cependant אבל אולמ".split())


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    prefix: bool  # written with a trailing ``*``
    fuzzy: bool = False  # long enough to match with one typo


@dataclass(frozen=True, slots=True, eq=False)
class Phrase:
    """One trigger phrase of one playbook entry, ready to match.

    Compared and hashed by identity: each is compiled once, and the index puts them in sets
    for every word of every utterance, where hashing the words each time would dominate.
    """

    written: str  # as the team lead wrote it, for the card's rationale
    lang: str
    words: tuple[Word, ...]
    owner: str  # the entry id
    negative: bool  # the phrase itself contains a negation ("not interested")


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    start: int
    end: int  # index of the last matched token
    exact: bool  # consecutive words, no typo tolerance used
    typo: bool = False  # a word matched with one letter wrong


def compile_phrase(written: str, lang: str, owner: str) -> Phrase | None:
    """Turn ``"cancel* contract"`` into a Phrase; ``None`` when nothing matchable remains."""
    words = []
    for raw in written.split():
        prefix = raw.endswith("*")
        for tok in tokenize(raw.rstrip("*")):
            words.append(Word(tok, False, _fuzzy_ok(tok)))
        if prefix and words:
            words[-1] = Word(words[-1].text, True, False)
    if not words:
        return None
    negative = any(w.text in NEGATIONS for w in words)
    return Phrase(written.strip(), lang, tuple(words), owner, negative)


def _deletions(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return a == b
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and (
            a[diffs[1]] == b[diffs[0]]
        )
    if la < lb:
        a, b = b, a
    return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))


def _fuzzy_ok(word: str) -> bool:
    return len(word) >= FUZZY_MIN_LEN and word.isalpha()


def forms_of(token: str) -> tuple[str, ...]:
    """The token and, for a Hebrew word, the token without its attached prefixes."""
    return (token, *hebrew_stems(token)) if is_hebrew_word(token) else (token,)


def word_matches(forms: tuple[str, ...], word: Word) -> tuple[bool, bool]:
    """(matches, exactly) for one utterance token (given by its ``forms``) against a phrase word."""
    text = word.text
    if word.prefix:
        return (True, True) if any(form.startswith(text) for form in forms) else (False, False)
    if text in forms:
        return True, True
    token = forms[0]
    if word.fuzzy and token[:1] == text[:1] and abs(len(token) - len(text)) <= 1 and _one_edit(token, text):
        return True, False
    return False, False


class PhraseIndex:
    """All phrases of a playbook, indexed by their first word."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._exact: dict[str, list[Phrase]] = defaultdict(list)
        self._prefix: dict[str, list[Phrase]] = defaultdict(list)
        self._fuzzy: dict[str, list[Phrase]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        self._fuzzy_longest = 0  # the longest first word indexed for typos: a longer token has no variant here
        self.size = 0
        for phrase in phrases:
            self.size += 1
            first = phrase.words[0]
            if first.prefix:
                self._prefix[first.text].append(phrase)
                self._prefix_lengths.add(len(first.text))
            else:
                self._exact[first.text].append(phrase)
                if _fuzzy_ok(first.text):
                    self._fuzzy_longest = max(self._fuzzy_longest, len(first.text))
                    self._fuzzy[first.text].append(phrase)
                    for variant in _deletions(first.text):
                        self._fuzzy[variant].append(phrase)

    def _candidates(self, token: str, forms: tuple[str, ...]) -> set[Phrase]:
        found: set[Phrase] = set()
        for form in forms:
            found.update(self._exact.get(form, ()))
            for length in self._prefix_lengths:
                if length <= len(form):
                    found.update(self._prefix.get(form[:length], ()))
        if len(token) >= FUZZY_MIN_LEN - 1 and token.isalpha():
            found.update(self._fuzzy.get(token, ()))
            # A token's deletions are one letter shorter than it: none is indexed when it is longer than every
            # indexed word plus one. Making them for a 20,000-letter word built 20,000 strings of its length.
            for variant in _deletions(token) if len(token) <= self._fuzzy_longest + 1 else ():
                found.update(self._fuzzy.get(variant, ()))
        return found

    def search(self, tokens: Sequence[str], lang: str | None = None) -> list[Match]:
        """Every phrase found in ``tokens`` and not cancelled by a negation, best match per phrase.

        ``lang`` is the line's language, when known: a match that needed a typo counts only for phrases
        written in it."""
        best: dict[Phrase, Match] = {}
        forms = [forms_of(token) for token in tokens]
        for start, token in enumerate(tokens):
            if token == BREAK:
                continue
            for phrase in self._candidates(token, forms[start]):
                ok, exact = word_matches(forms[start], phrase.words[0])
                if not ok:
                    continue
                match = _match_rest(tokens, forms, start, phrase, exact)
                if match is None or (not phrase.negative and negated(tokens, start)):
                    continue
                if match.typo and lang and phrase.lang.split("-")[0] != lang.split("-")[0]:
                    continue
                known = best.get(phrase)
                if known is None or (match.exact and not known.exact):
                    best[phrase] = match
        return list(best.values())


def _match_rest(tokens: Sequence[str], forms: Sequence[tuple[str, ...]], start: int, phrase: Phrase,
                exact: bool) -> Match | None:
    position = start
    end = len(tokens)
    typo = not exact  # the first word matched only with a letter wrong
    for word in phrase.words[1:]:
        for step in range(1, MAX_GAP + 2):
            nxt = position + step
            if nxt >= end or tokens[nxt] == BREAK:
                return None
            if step > 1 and not phrase.negative and (_is_negation(tokens[nxt - 1]) or tokens[nxt - 1] in LESS):
                return None  # the words between would negate or reverse the phrase
            ok, word_exact = word_matches(forms[nxt], word)
            if ok:
                exact = exact and word_exact and step == 1
                typo = typo or not word_exact
                position = nxt
                break
        else:
            return None
    return Match(phrase, start, position, exact, typo)


def negated(tokens: Sequence[str], start: int) -> bool:
    """A negation shortly before ``start`` in the same clause, with no contrast word in between."""
    for i in range(start - 1, max(-1, start - 1 - NEGATION_WINDOW), -1):
        token = tokens[i]
        if token == BREAK or token in CONTRASTS:
            return False
        if token in NEGATIONS or (is_hebrew_word(token) and _hebrew_negation(token)):
            clause_start = i
            while clause_start > 0 and tokens[clause_start - 1] != BREAK:
                clause_start -= 1
            if token in INTERJECTIONS and i == clause_start:
                return False
            return tokens[clause_start] not in WHY
    return False


def _is_negation(token: str) -> bool:
    return token in NEGATIONS or (is_hebrew_word(token) and _hebrew_negation(token))


def _hebrew_negation(token: str) -> bool:
    return any(token.startswith(p) and token[len(p):] in NEGATIONS for p in HEBREW_NEGATION_PREFIXES)
