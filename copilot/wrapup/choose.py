"""Choosing disposition codes from their descriptions alone: no training data, only what the team wrote.

Each code's labels and descriptions are one small document, stemmed in its own language (Snowball for
English, Dutch and French, prefixes off for Hebrew: ``copilot.knowledge.terms``). The call is a weighted
query over the same word forms: the customer's words count most, the first things the customer said more
than later small talk (the reason for the call comes first), the agent's words a little less (the agent
names the product and the action). Codes are scored with BM25 against that query; a word every code uses
tells nothing and weighs nothing.

The confidence combines how much evidence the call holds for the best code with how far it stands above the
runner-up; a second code is offered only when it scores nearly as high on words of its own.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from copilot.knowledge.stopwords import STOPWORDS
from copilot.knowledge.terms import word_forms
from copilot.text.words import tokenize
from copilot.wrapup.dispositions import Disposition, Dispositions
from copilot.wrapup.draft import DispositionChoice

K1, B = 1.2, 0.5
LABEL_REPEAT = 2  # a label's words count as much as two mentions in the description
CUSTOMER_WEIGHT = 1.0
AGENT_WEIGHT = 0.6
OPENING_WEIGHT = 2.0  # the customer's first substantive lines, where the reason for the call is
OPENING_LINES = 2
EVIDENCE_SCALE = 4.0  # score at which the evidence is 1 - 1/e
SECOND_SHARE = 0.5  # a second code must score this share of the first ...
SECOND_OWN_WORDS = 3  # ... on at least this many words the first code does not have ...
SECOND_SCORE = 2 * EVIDENCE_SCALE  # ... and hold strong evidence of its own


def terms(text: str, lang: str | None) -> list[str]:
    """The word forms of ``text`` that can tell codes apart: stemmed, without stop words."""
    stop = STOPWORDS.get(lang or "en", STOPWORDS["en"]) | STOPWORDS["en"]
    found: list[str] = []
    for token in tokenize(text):
        if len(token) < 2 or token.isdigit() or token in stop:
            continue
        forms = word_forms(token, lang)
        if any(form in stop for form in forms[1:]):
            continue
        found.extend(forms)
    return found


@dataclass(frozen=True, slots=True)
class _Document:
    disposition: Disposition
    counts: Counter[str]
    length: int


class DispositionIndex:
    """The codes of one list, indexed once; ``rank`` takes a weighted bag of the call's word forms."""

    def __init__(self, dispositions: Dispositions) -> None:
        self.dispositions = dispositions
        self._docs = [self._document(d) for d in dispositions]
        df: Counter[str] = Counter()
        for doc in self._docs:
            df.update(doc.counts.keys())
        total = max(len(self._docs), 1)
        self._idf = {term: math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in df.items()}
        self._average = sum(doc.length for doc in self._docs) / total or 1.0

    @staticmethod
    def _document(disposition: Disposition) -> _Document:
        counts: Counter[str] = Counter()
        for lang, label in disposition.labels.items():
            for _ in range(LABEL_REPEAT):
                counts.update(terms(label, lang))
        counts.update(terms(disposition.code.replace("_", " ").replace("-", " "), "en"))
        for lang, text in disposition.descriptions.items():
            counts.update(terms(text, lang))
        return _Document(disposition, counts, sum(counts.values()))

    def scores(self, query: Mapping[str, float]) -> list[tuple[Disposition, float, tuple[str, ...]]]:
        """(code, BM25 score, matched forms most telling first) for every code, best first."""
        weights = {term: math.log1p(weight) for term, weight in query.items() if weight > 0 and term in self._idf}
        ranked = []
        for doc in self._docs:
            norm = K1 * (1 - B + B * doc.length / self._average)
            gains = {}
            for term, weight in weights.items():
                tf = doc.counts.get(term, 0)
                if tf:
                    gains[term] = weight * self._idf[term] * tf * (K1 + 1) / (tf + norm)
            matched = tuple(sorted(gains, key=lambda t: -gains[t]))
            ranked.append((doc.disposition, sum(gains.values()), matched))
        ranked.sort(key=lambda item: -item[1])
        return ranked

    def choose(self, query: Mapping[str, float], lang: str | None, limit: int = 2) -> list[DispositionChoice]:
        """The code for the call and, when clearly supported too, a second one; none without evidence."""
        ranked = self.scores(query)
        if not ranked or ranked[0][1] <= 0:
            return []
        (first, top, first_words), rest = ranked[0], ranked[1:]
        runner_up = rest[0][1] if rest else 0.0
        evidence = 1 - math.exp(-top / EVIDENCE_SCALE)
        confidence = evidence * (0.5 + 0.5 * (top - runner_up) / top)
        chosen = [DispositionChoice(first.code, first.label(lang), confidence, first_words[:5])]
        if limit > 1 and rest:
            second, score, words = rest[0]
            own = [w for w in words if w not in first_words]
            if score >= max(SECOND_SHARE * top, SECOND_SCORE) and len(own) >= SECOND_OWN_WORDS:
                chosen.append(DispositionChoice(second.code, second.label(lang), evidence * 0.5 * score / top,
                                                tuple(own[:5])))
        return chosen


def weigh(turns: Iterable[tuple[str, str, str | None, bool]]) -> dict[str, float]:
    """A query from (speaker, text, language, is_opening) turns; ``WrapupBuilder`` keeps the same sum running."""
    query: dict[str, float] = {}
    for speaker, text, lang, opening in turns:
        add_turn(query, speaker, text, lang, opening)
    return query


def add_turn(query: dict[str, float], speaker: str, text: str, lang: str | None, opening: bool) -> None:
    weight = AGENT_WEIGHT if speaker == "agent" else CUSTOMER_WEIGHT * (OPENING_WEIGHT if opening else 1.0)
    for term in terms(text, lang):
        query[term] = query.get(term, 0.0) + weight
