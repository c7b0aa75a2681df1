"""Knowledge gaps: what customers asked in recorded sessions that no article answered, grouped and counted.

A gap is a customer line that looks like a question or a request (a question mark, a question word or a request
phrase first after any greeting or filler, in English, Dutch, French or Hebrew: ``copilot.text.questions``)
after which no knowledge card came up: the knowledge base had no article it was confident about. Lines are
grouped by their content words (small words and greetings left out, plural endings folded), so "How do I reset
my router?" and "router reset, how?" count together, and the groups are ranked by how often they were asked:
what the knowledge authors should write next. ``write_csv`` gives the table ``copilot kb gaps`` prints. No Qt
here.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

from copilot.record.gap_queries import UnansweredLine
from copilot.text.clean import spreadsheet_row
from copilot.text.language import _STOPWORDS
from copilot.text.questions import ASKING_WORDS, looks_like_a_question
from copilot.text.words import is_hebrew_word, tokenize

MIN_OVERLAP = 0.5  # share of content words two questions must share to be one gap (Jaccard)
EXAMPLES = 3
_EXTRA_STOPWORDS = frozenset(tokenize("""
    hello hi hey thanks thank please yes no okay ok sure well also really just like get got know tell help want need
    question questions vraag vragen vraagje over
    would could should might about there their them then than some any anyone something anything one ones
    goedemorgen graag wel even eens iets iemand mijn jullie
    bonjour merci est-ce quelque chose quelqu
    של את זה זו זאת אני אתה לי לך שלי שלך יש אין לא כן מה איך למה מתי איפה כמה האם על עם גם רק אבל או אם כי כל
    עוד כבר מאוד תודה בבקשה שלום היי אפשר רוצה צריך צריכה אז עכשיו שאלה"""))
_STOP = frozenset().union(*_STOPWORDS.values(), ASKING_WORDS, _EXTRA_STOPWORDS)


@dataclass(slots=True)
class Gap:
    """Customer questions that no article answered, about the same thing."""

    words: Counter[str] = field(default_factory=Counter)  # content words over all its questions
    count: int = 0
    examples: list[str] = field(default_factory=list)  # newest first, distinct
    last_seen: float = 0.0
    languages: set[str] = field(default_factory=set)
    _key: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        """The words at least half of its questions have, most frequent first (four at most)."""
        common = [(word, n) for word, n in self.words.items() if 2 * n >= self.count]
        return " ".join(word for word, _ in sorted(common, key=lambda kv: (-kv[1], kv[0]))[:4])


def content_words(text: str) -> frozenset[str]:
    """The words that say what the question is about, with plural endings folded ("routers" is "router")."""
    words = set()
    for token in tokenize(text):
        if token in _STOP or token.isdigit() or len(token) < (2 if is_hebrew_word(token) else 3):
            continue
        words.add(_fold(token))
    return frozenset(words)


def _fold(token: str) -> str:
    if is_hebrew_word(token):
        token = token[1:] if len(token) > 3 and token.startswith("ה") else token  # the attached "the"
        return token[:-2] if len(token) > 4 and token.endswith(("ימ", "ות")) else token  # final mem is folded
    if len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def find_gaps(lines: Iterable[UnansweredLine], limit: int | None = None) -> list[Gap]:
    """Questions among ``lines`` (newest first, as the record gives them) grouped by shared content words,
    the most asked first. A question joins the group whose words it shares most (at least half of the two
    sets together); otherwise it starts one."""
    gaps: list[Gap] = []
    by_word: dict[str, list[int]] = {}
    for line in lines:
        if not looks_like_a_question(line.text):
            continue
        words = content_words(line.text)
        if not words:
            continue  # "is anyone there?": nothing an article could answer
        best, best_score = None, MIN_OVERLAP
        for number in {n for word in words for n in by_word.get(word, ())}:
            key = gaps[number]._key
            score = len(words & key) / len(words | key)
            if score >= best_score and (best is None or score > best_score or number < best):
                best, best_score = number, score
        if best is None:
            best = len(gaps)
            gaps.append(Gap(_key=words))
            for word in words:
                by_word.setdefault(word, []).append(best)
        _add(gaps[best], line, words)
    ranked = sorted(gaps, key=lambda gap: (-gap.count, -gap.last_seen, gap.label))
    return ranked[:limit] if limit is not None else ranked


def _add(gap: Gap, line: UnansweredLine, words: frozenset[str]) -> None:
    gap.count += 1
    gap.words.update(words)
    gap.last_seen = max(gap.last_seen, line.at)
    if line.lang:
        gap.languages.add(line.lang)
    text = " ".join(line.text.split())
    if len(gap.examples) < EXAMPLES and text.casefold() not in {e.casefold() for e in gap.examples}:
        gap.examples.append(text)


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else ""  # the team lead's own clock


def rows(gaps: Sequence[Gap]) -> list[tuple[str, str, str, str]]:
    """(group, count, example questions, last seen) per gap, as text a spreadsheet reads."""
    return [(gap.label, str(gap.count), " | ".join(gap.examples), _day(gap.last_seen)) for gap in gaps]


def write_csv(gaps: Sequence[Gap], target: IO[str]) -> None:
    writer = csv.writer(target)
    writer.writerow(("group", "count", "example questions", "last seen"))
    writer.writerows(spreadsheet_row(row) for row in rows(gaps))
