"""The passage of a knowledge card worked out as plainly as it can be written: every sentence read alone, every
window of three weighed, the first best kept. What ``copilot.knowledge.search.best_passage`` did before it read a
long body in one pass; the tests compare with it, and ``tests/bench/bench_passage.py`` times against it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from copilot.knowledge.readers import Article
from copilot.knowledge.search import Term, sentences
from copilot.knowledge.terms import index_terms


def plain_scan(article: Article, terms: Sequence[Term], rarity: Mapping[str, float] | None = None,
               size: int = 3) -> str:
    parts = sentences(article.body) or [article.title]
    if len(parts) <= size:
        return " ".join(parts)
    value = [(term.forms, term.weight * (rarity or {}).get(term.word, 1.0)) for term in terms]
    words = [set(index_terms(part, article.lang)) for part in parts]
    best, best_value = 0, -1.0
    for start in range(len(parts) - size + 1):
        window = set().union(*words[start:start + size])
        got = sum(v for forms, v in value if any(form in window for form in forms))
        if got > best_value + 1e-9:
            best, best_value = start, got
    return " ".join(parts[best:best + size])
