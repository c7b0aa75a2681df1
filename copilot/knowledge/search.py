"""From a conversation to the passage an agent may quote, with a confidence a threshold can use.

The query is the conversation's content words, weighted: the customer's latest line counts most,
older customer lines less with each turn, and the agent's own words less still (the agent names
the product, the customer says what is wrong with it). FTS5 ``bm25()`` on one OR query (every word said and
the words related to the latest line) picks the candidates; they are re-scored with BM25 per word, times
the word's weight, from the index's own words and statistics. One query per word would be simpler
but costs a posting-list scan each, too slow for 10,000 articles.

Customers paraphrase: "is their beer good value" for the article "Do you serve alcohol?". The import learns
from the base's own articles which words a question is asked in and which it is answered in
(``store.learn_related``); a word of the latest line that an article lacks counts partly when the article
holds one of its related words (``RELATED_WEIGHT`` times the learned strength, at most ``RELATED_CAP`` of a
match), and those words also bring candidates. On the tuning split (DSTC11 restaurants) top-1 went from
0.380 to 0.556 and top-3 from 0.472 to 0.759, cards shown right 0.500 -> 0.544, false cards 4.0% -> 3.2%;
held out, checked once: DSTC11 hotels top-3 0.391 -> 0.735 (top-1 0.298 -> 0.490, false cards 4.9% -> 4.5%),
DSTC10 top-3 0.500 -> 0.567 (precision 0.42 -> 0.455, false cards 0). Tried on the tuning split and left
out: pseudo-relevance feedback (RM3 from the top three or ten candidates: top-1 fell, 0.380 -> 0.287..0.375,
precision fell, top-3 unchanged), related words for the earlier lines too (top-3 0.736 -> 0.699), and a
confidence feature for the share matched only through related words (recalibrated: more cards but
precision 0.544 -> 0.464 and false cards 3.2% -> 5.7%).

Raw BM25 scores are not comparable between queries, so the confidence is built from shares instead:
how much of the latest customer line (weighted by rarity) the article covers, how much of the
whole weighted query it covers, and how far it stands above the runner-up. A line of small talk
has no content words and so no confidence at all; a follow-up with none ("and if not?") is ranked on what
was said before, for the agent to look up, with no confidence of its own; and an article first only by what was
said before, when another holds the latest line's words far better (a change of subject), gets none either
(``_pulled``).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from copilot.knowledge.confidence import NO_CONTEXT, probability
from copilot.knowledge.readers import Article
from copilot.knowledge.stopwords import STOP_FORMS, STOPWORDS
from copilot.knowledge.store import TITLE_WEIGHT, KnowledgeBase
from copilot.knowledge.terms import index_terms, index_terms_of_lines, word_forms
from copilot.model import Speaker, Utterance
from copilot.text.language import detect
from copilot.text.questions import asks_only_for_someone, looks_like_a_question
from copilot.text.words import is_hebrew_word, tokenize

CUSTOMER_DECAY = 0.5  # each older customer line counts half as much as the next
AGENT_WEIGHT = 0.6  # the agent's words, relative to the customer's line that followed them
LOOKBACK = 8  # utterances that make up the query
CANDIDATES = 80  # articles scored: the best of one OR query over every word said and the words related to the line
POSTINGS = 3000  # articles the candidate queries may score, summed over their words (see _within_budget)
CONTEXT_ALONE = 1.0  # what the earlier lines count for an article that holds nothing of the latest one
PASSAGE_SENTENCES = 3
UNKNOWN_SHARE = 0.5  # of the rarest known word's IDF, for a word no article contains (see _rarity)
RELATED_WEIGHT = 3.0  # a related word counts this many times its learned strength (0..1) of a match of the word
RELATED_CAP = 0.9  # and never as much as the word itself (see _related)
K1, B = 1.2, 0.75  # the BM25 constants FTS5 uses
RERANK = 10  # the best candidates re-ranked by what their titles name that nobody said (see _rerank)
UNSAID_PENALTY = 0.3  # a title nobody said a word of keeps 70% of its score
LANGUAGE_SHARE = 0.2  # an article in the customer's language goes first when it scores at least this share of the best
PULLED_SHARE = 0.7  # a top article holding less than this share of the best latest-line score gets no card (_pulled)
SLIM_LEAD = 0.2  # nor one that another holds the latest line better than, when it leads by less than this share

# Words that say a line brings a question or a problem, not what it is about ("bonjour, j'ai une question", "יש לי
# בעיה"): no query word, though a wrap-up still reads "a question about my invoice" as the reason for the call.
_PURPOSE = frozenset(tokenize("""question questions problem problems issue issues vraag vraagje vragen probleem
    probleempje problème problèmes souci soucis שאלה בעיה"""))
# "I'd", also typed "id", leaves no word; "ID" in capitals is an ID card or document ("can't verify my ID").
_I_WOULD = re.compile(r"\b(?:[Ii]['\u2019]d|id)\b")
_SENTENCE = re.compile(r"(?<=[.!?\u05c3])\s+|\n+")


@dataclass(slots=True, frozen=True)
class Term:
    word: str  # as said, normalised
    forms: tuple[str, ...]  # the word and, for Hebrew, its prefix-stripped stems
    weight: float
    recent: bool  # said in the customer's latest line

    @property
    def expression(self) -> str:
        return " OR ".join(f'"{form}"' for form in self.forms)


@dataclass(slots=True)
class Query:
    terms: list[Term] = field(default_factory=list)
    asks: bool = False  # the customer's latest line asks something (``copilot.text.questions``)
    lang: str | None = None  # the customer's language, when known
    numbers: frozenset[str] = frozenset()  # numbers said, which are no query words (see content_terms)

    @property
    def recent(self) -> list[Term]:
        return [term for term in self.terms if term.recent]

    def expression(self, terms: Sequence[Term] | None = None) -> str:
        forms = dict.fromkeys(form for term in (self.terms if terms is None else terms) for form in term.forms)
        return " OR ".join(f'"{form}"' for form in forms)


@dataclass(slots=True)
class Hit:
    article: Article
    doc: int
    score: float
    confidence: float  # 0..1, comparable across queries
    matched: tuple[str, ...]  # the query words found in the article, most telling first
    features: dict[str, float] = field(default_factory=dict)  # what the confidence was computed from
    terms: tuple[Term, ...] = ()  # the query, for the passage
    rarity: dict[str, float] | None = None
    _passage: str | None = None

    @property
    def passage(self) -> str:
        """The best-matching window of sentences, worked out when first asked for: the panel shows one hit of
        three, and most lines show none."""
        if self._passage is None:
            self._passage = best_passage(self.article, self.terms, self.rarity)
        return self._passage


def content_terms(text: str, lang: str | None) -> list[tuple[str, tuple[str, ...]]]:
    """(word, forms) for the words of ``text`` that are not stop words, in order, without repeats."""
    if lang is None:
        lang = detect(text)
    stop = STOPWORDS.get(lang or "en", STOPWORDS["en"]) | STOPWORDS["en"]
    found: dict[str, tuple[str, ...]] = {}
    for token in tokenize(_I_WOULD.sub(" ", text)):
        # A customer's numbers are data, not a topic: an order or phone number, a flat, a quantity ("4 instead of
        # 14") matched the days and prices in policies. Three or four digits may be an error code or a model.
        if len(token) < 2 or token in found or (token.isdigit() and len(token) not in (3, 4)):
            continue
        forms = word_forms(token, lang)
        if token in stop or token in _PURPOSE or is_hebrew_word(token) and any(form in stop for form in forms[1:]):
            continue
        found[token] = forms
    return list(found.items())


def build_query(utterances: Sequence[Utterance], language: str | None = None, *, lookback: int = LOOKBACK) -> Query:
    """Weighted words of the last ``lookback`` utterances, the newest customer line first."""
    weights: dict[str, float] = {}
    forms_of: dict[str, tuple[str, ...]] = {}
    recent: set[str] = set()
    customer_turns = 0  # customer lines already seen, walking back from the newest
    for utterance in reversed(utterances[-lookback:]):
        if utterance.speaker is Speaker.CUSTOMER and asks_only_for_someone(utterance.text):
            customer_turns += 1
            continue  # "hello, anyone there?" names no topic: nothing of its own to look up
        if utterance.speaker is Speaker.CUSTOMER:
            weight = CUSTOMER_DECAY ** customer_turns
            customer_turns += 1
        else:
            weight = AGENT_WEIGHT * CUSTOMER_DECAY ** max(customer_turns - 1, 0)
        for word, forms in content_terms(utterance.text, language or utterance.lang):
            if utterance.speaker is Speaker.CUSTOMER and customer_turns == 1:
                recent.add(word)
            weights[word] = max(weights.get(word, 0.0), weight)
            forms_of[word] = forms
    terms = [Term(word, forms_of[word], weight, word in recent) for word, weight in weights.items()]
    terms.sort(key=lambda term: -term.weight)
    latest = next((u for u in reversed(utterances[-lookback:]) if u.speaker is Speaker.CUSTOMER), None)
    numbers = frozenset(token for u in utterances[-lookback:] for token in tokenize(u.text) if token.isdigit())
    return Query(terms, asks=latest is not None and looks_like_a_question(latest.text),
                 lang=language or (latest.lang if latest is not None else None), numbers=numbers)


def search(kb: KnowledgeBase, query: Query, limit: int = 3) -> list[Hit]:
    """The best articles for a weighted query, each with its passage and confidence."""
    if not query.terms:
        return []  # nothing of substance said: nothing to look up
    # A follow-up with nothing of its own ("and if he says no?", "so what do I need for that?") is about what was
    # said before: the articles for that, ranked, with no confidence (see _features), so no card of its own.
    terms = query.terms
    related = _related(kb, query.recent)
    frequency = kb.doc_frequency([*(form for term in terms for form in term.forms),
                                  *(form for pairs in related.values() for form, _ in pairs)])
    rarity = _rarity(kb, terms, frequency)
    total = max(kb.stats()[0], 1)
    related_rarity = {form: _idf(total, frequency.get(form, 0)) for pairs in related.values() for form, _ in pairs}
    # What a related word found in an article counts for, before BM25's saturation: its share of a match of the
    # word it stands for, times the rarer-is-stronger weight of the two.
    partial = {word: [(form, min(RELATED_CAP, RELATED_WEIGHT * strength) * min(rarity[word], related_rarity[form]))
                      for form, strength in pairs] for word, pairs in related.items()}
    # One candidate query for the whole conversation and the related words: its postings are read once (two
    # queries, all words and the latest line's, read the latest line's twice), and twice the candidates keep
    # what the latest line alone would rank high.
    extra = [Term(form, (form,), 0.0, True) for pairs in related.values() for form, _ in pairs]
    candidates = _within_budget([*terms, *extra], frequency, {**related_rarity, **rarity})
    docs = dict(kb.match(query.expression(candidates), CANDIDATES))
    if not docs:
        return []
    _, average = kb.stats()
    now: dict[int, float] = {}
    context: dict[int, float] = {}
    found: dict[int, set[str]] = {}
    in_title: dict[int, set[str]] = {}
    titles: dict[int, set[str]] = {}
    for doc, (title, body) in kb.indexed(list(docs)).items():
        title_counts, body_counts = Counter(title.split()), Counter(body.split())
        titles[doc] = set(title_counts)
        length = TITLE_WEIGHT * sum(title_counts.values()) + sum(body_counts.values())
        norm = K1 * (1 - B + B * length / average)
        now[doc] = context[doc] = 0.0
        found[doc], in_title[doc] = set(), set()
        for term in terms:
            tf = 0.0
            for form in term.forms:
                if form in title_counts:
                    in_title[doc].add(term.word)
                if form in body_counts or form in title_counts:
                    tf = max(tf, TITLE_WEIGHT * title_counts.get(form, 0) + body_counts.get(form, 0))
            if tf:
                gain = rarity[term.word] * tf * (K1 + 1) / (tf + norm)
                found[doc].add(term.word)
            else:
                gain = 0.0
                for form, weight in partial.get(term.word, ()):
                    rtf = TITLE_WEIGHT * title_counts.get(form, 0) + body_counts.get(form, 0)
                    if rtf:
                        gain = max(gain, weight * rtf * (K1 + 1) / (rtf + norm))
            if gain:
                if term.recent:
                    now[doc] += gain
                else:
                    context[doc] += term.weight * gain
    top_now = max(now.values()) or 1.0
    scores = {doc: now[doc] + context[doc] * min(1.0, CONTEXT_ALONE + now[doc] / top_now) for doc in now}
    ranked = sorted(scores, key=lambda doc: (-scores[doc], doc))
    # The customer's language first: the agent answers in it. Only articles that hold their own against the best
    # one go first: a job advert in Dutch that mentions a router does not push the English router article down.
    written = kb.languages(ranked) if query.lang else {}
    best = scores[ranked[0]]
    behind = {doc: written.get(doc, query.lang) != query.lang or scores[doc] < LANGUAGE_SHARE * best for doc in ranked}
    ranked.sort(key=lambda doc: behind[doc])  # stable: each side keeps its order
    kinds = {doc: (behind[doc], now[doc] <= 0) for doc in ranked}
    window = max(RERANK, limit)
    ranked = _rerank(kb, ranked[:window], scores, kinds, titles, query, related, total) + ranked[window:]
    first = scores[ranked[0]]
    lead = (first - scores[ranked[1]]) / first if len(ranked) > 1 and first > 0 else 1.0
    pulled = _pulled(ranked[0], now, lead)
    return _hits(kb, query, ranked[: max(limit, 2)], scores, found, limit, rarity, in_title, pulled)


def _pulled(top: int, now: dict[int, float], lead: float = 1.0) -> bool:
    """Whether the best article stands first by what was said before, against the customer's latest line.

    The earlier lines count in full (counting them less cost recall on the read corpora: they carry the topic a
    follow-up leaves out), so after a change of subject the previous topic's article may still come first while
    another article holds the latest line's words far better ("and until then, can my boat get shore power on the
    jetty?" after a long talk about winter storage: "boat" keeps the storage article first). The ranking stays
    (the agent may still want the previous topic's article), but the top article gets no confidence, so no card:
    when its score for the latest line is below ``PULLED_SHARE`` of another candidate's, or below it at all while
    its ``lead`` over the runner-up (the share of its score) is under ``SLIM_LEAD``: a toss-up between siblings
    that the latest line decides against it. On the ten read help centres and the DSTC restaurants this took 42
    wrong cards for 26 right ones, as much on the corpora it was checked on as on those it was designed on (see
    the README). A line of which no candidate holds anything is a follow-up, not judged here.
    """
    best_now = max((score for doc, score in now.items() if doc != top), default=0.0)
    return best_now > 0 and (now[top] < PULLED_SHARE * best_now or now[top] < best_now and lead < SLIM_LEAD)


def _rerank(kb: KnowledgeBase, ranked: list[int], scores: dict[int, float], kinds: dict[int, tuple[bool, bool]],
            titles: dict[int, set[str]], query: Query, related: dict[str, list[tuple[str, float]]],
            total: int) -> list[int]:
    """The best candidates again, each score lowered by the share of its title that nobody said (``UNSAID_PENALTY``).

    A title that names a product, a place or a case the conversation never mentioned ("Pizza Hut City Centre:
    can I book for 8?" when the customer asked to book the place they were talking about) is less likely the
    right article, however well its question matches. A word the knowledge base relates to a word said counts
    as said as far as it counts in the score. Articles of each kind (``kinds``: put behind, not in the customer's
    language or too weak; holding nothing of the latest line) are re-ranked among themselves and keep their
    places between the kinds: an article matching only what the agent said never climbs over one matching what
    the customer just said. Changes ``scores`` in place.
    """
    said = {form: 1.0 for term in query.terms for form in term.forms}
    said.update(dict.fromkeys(query.numbers, 1.0))  # "windows 11": the 11 is no topic, but it was said
    for pairs in related.values():
        for form, strength in pairs:
            said[form] = max(said.get(form, 0.0), min(RELATED_CAP, RELATED_WEIGHT * strength))
    words = {doc: {word for word in titles[doc] if word not in STOP_FORMS} for doc in ranked}
    frequency = kb.doc_frequency({word for title in words.values() for word in title})

    def heard(word: str) -> float:  # a Hebrew title word is said when any of its forms is ("לראוטר", "הראוטר")
        return max(said.get(form, 0.0) for form in (word, *word_forms(word)))

    for doc in ranked:
        weight = {word: _idf(total, frequency.get(word, 0)) for word in words[doc]}
        mass = sum(weight.values())
        if mass > 0:
            unsaid = sum(w * (1.0 - heard(word)) for word, w in weight.items())
            scores[doc] *= 1.0 - UNSAID_PENALTY * unsaid / mass
    groups: dict[tuple[bool, bool], list[int]] = {}
    for doc in ranked:
        groups.setdefault(kinds[doc], []).append(doc)
    for group in groups.values():
        group.sort(key=lambda doc: (-scores[doc], doc))
    return [groups[kinds[doc]].pop(0) for doc in ranked]


def plain_bm25(kb: KnowledgeBase, query_text: str, limit: int = 3) -> list[Hit]:
    """Baseline for comparison: FTS5 bm25() on all words of one line, no weights, no stop words removed."""
    words = list(dict.fromkeys(tok for tok in tokenize(query_text) if tok))
    terms = [Term(word, word_forms(word), 1.0, True) for word in words]
    if not terms:
        return []
    ranked_scores = kb.match(Query(terms).expression(), max(limit, 2))
    if not ranked_scores:
        return []
    scores = dict(ranked_scores)
    ranked = [doc for doc, _ in ranked_scores]
    indexed = kb.indexed(ranked)
    found = {doc: {t.word for t in terms if set(t.forms) & set(" ".join(indexed[doc]).split())} for doc in ranked}
    return _hits(kb, Query(terms), ranked, scores, found, limit)


def _hits(kb: KnowledgeBase, query: Query, ranked: list[int], scores: dict[int, float],
          found: dict[int, set[str]], limit: int, rarity: dict[str, float] | None = None,
          in_title: dict[int, set[str]] | None = None, pulled: bool = False) -> list[Hit]:
    terms = query.terms
    rarity = rarity if rarity is not None else _rarity(kb, terms)
    articles = max(kb.stats()[0], 1)
    first = scores[ranked[0]]
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    margin = max(0.0, (first - second) / first) if first > 0 else 0.0
    hits = []
    for position, doc in enumerate(ranked[:limit]):
        article = kb.article(doc)
        if article is None:
            continue
        features = _features(query, rarity, found[doc], (in_title or {}).get(doc, set()),
                             margin if position == 0 else 0.0, articles)
        if features and position == 0 and pulled:
            features["pulled"] = 1.0  # not a confidence feature: says why there is no confidence (see _pulled)
        confidence = round(probability(features), 4) if features and "pulled" not in features else 0.0
        matched = sorted(found[doc], key=lambda word: -rarity[word] * _weight(terms, word))
        hits.append(Hit(article, doc, scores[doc], confidence, tuple(matched), features, tuple(terms), rarity))
    return hits


def _weight(terms: Sequence[Term], word: str) -> float:
    return next((term.weight for term in terms if term.word == word), 0.0)


def _related(kb: KnowledgeBase, terms: Sequence[Term]) -> dict[str, list[tuple[str, float]]]:
    """(form, strength) of the words the knowledge base learned to go with each of the latest line's words.

    Only words the line does not already hold: "beer" brings "alcohol", but an article with the word "beer"
    in it is scored on "beer" alone (``search`` takes the related words only for an article without the word).
    """
    own = {form for term in terms for form in term.forms}
    learned = kb.related(form for term in terms for form in term.forms)
    out: dict[str, list[tuple[str, float]]] = {}
    for term in terms:
        pairs: dict[str, float] = {}
        for form in term.forms:
            for other, strength in learned.get(form, ()):
                if other not in own:
                    pairs[other] = max(pairs.get(other, 0.0), strength)
        if pairs:
            out[term.word] = sorted(pairs.items(), key=lambda pair: -pair[1])
    return out


def _within_budget(terms: Sequence[Term], frequency: dict[str, int], rarity: dict[str, float]) -> list[Term]:
    """The words that pick the candidates: all of them, unless their articles would cost more than ``POSTINGS``.

    FTS5 scores every article that holds any word of an OR query, so the cost grows with the articles each
    word is in (times the words). In a small base every word fits. In a large one the words worth most to the
    score (rarity times weight) come first, and a word found in more articles than the budget has left is
    skipped: it still counts when the candidates are scored, it only does not bring
    articles of its own. The most telling word always stays, so a line made of common words still finds
    something.
    """
    cost = {term.word: sum(frequency.get(form, 0) for form in term.forms) for term in terms}
    if sum(cost.values()) <= POSTINGS:
        return list(terms)
    chosen: list[Term] = []
    spent = 0
    for term in sorted(terms, key=lambda t: -rarity[t.word] * (1.0 if t.recent else t.weight)):
        if not chosen or spent + cost[term.word] <= POSTINGS:
            chosen.append(term)
            spent += cost[term.word]
    return chosen


def _rarity(kb: KnowledgeBase, terms: Sequence[Term], frequency: dict[str, int] | None = None) -> dict[str, float]:
    """IDF of each word (of its most common form), never negative.

    A word no article contains gets only a share of the rarest known word's IDF: customers say many words a
    knowledge base never uses ("damaged", a name), and such a word cannot tell articles apart; it
    lowers the confidence a little, not by as much as the rarest real word would.
    """
    if frequency is None:
        frequency = kb.doc_frequency(form for term in terms for form in term.forms)
    total = max(kb.stats()[0], 1)
    known = {term.word: max(frequency.get(form, 0) for form in term.forms) for term in terms}
    rarity = {word: _idf(total, df) for word, df in known.items() if df}
    unknown = UNKNOWN_SHARE * max(rarity.values(), default=math.log(1 + 2 * total))
    return {term.word: rarity.get(term.word, unknown) for term in terms}


def _idf(total: int, df: int) -> float:
    """BM25's inverse document frequency of a word ``df`` of ``total`` articles hold, never negative."""
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def _features(query: Query, rarity: dict[str, float], found: set[str], in_title: set[str],
              margin: float, articles: int) -> dict[str, float]:
    """What ``confidence.probability`` weighs (see there); none for a line with nothing to look up."""
    terms = query.terms
    recent = [term for term in terms if term.recent]
    recent_mass = sum(rarity[t.word] for t in recent)
    if recent_mass <= 0:
        return {}
    context = [term for term in terms if not term.recent]
    context_mass = sum(rarity[t.word] * t.weight for t in context)
    return {
        "recent_cover": sum(rarity[t.word] for t in recent if t.word in found) / recent_mass,
        "title_cover": sum(rarity[t.word] for t in recent if t.word in in_title) / recent_mass,
        "context_cover": (sum(rarity[t.word] * t.weight for t in context if t.word in found) / context_mass
                          if context_mass > 0 else NO_CONTEXT),  # nothing said before: the usual share
        "context_title": (sum(rarity[t.word] * t.weight for t in context if t.word in in_title) / context_mass
                          if context_mass > 0 else NO_CONTEXT),
        "margin": margin,
        # the latest line's rarity in units of the rarest word this base can have: the same line scores
        # alike in a base of 80 articles and one of 12,000
        "content": math.log1p(recent_mass / math.log(1 + 2 * articles)),
        "asks": 1.0 if query.asks else 0.0,
        "first": 0.0 if context_mass > 0 else 1.0,
    }


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.split(text) if part.strip()]


def best_passage(article: Article, terms: Sequence[Term], rarity: dict[str, float] | None = None,
                 size: int = PASSAGE_SENTENCES) -> str:
    """The window of up to ``size`` sentences of the body that holds the most query weight (the first such)."""
    parts, postings = _read_body(article, size)
    if len(parts) <= size:
        return " ".join(parts)
    value = [(term.forms, term.weight * (rarity or {}).get(term.word, 1.0)) for term in terms]
    # which query words each sentence holds, from the sentences each word of the body is in; a window holding none
    # is worth nothing, so only the windows around a sentence that holds one are weighed (the first window when
    # none does)
    held: dict[int, set[int]] = {}
    for j, (forms, _) in enumerate(value):
        for form in forms:
            for i in postings.get(form, ()):
                held.setdefault(i, set()).add(j)
    starts = sorted({start for i in held for start in range(max(0, i - size + 1), min(i, len(parts) - size) + 1)})
    best, best_value = 0, 0.0
    for start in starts:
        got = sum(value[j][1] for j in set().union(*(held.get(i, ()) for i in range(start, start + size))))
        if got > best_value + 1e-9:
            best, best_value = start, got
    return " ".join(parts[best : best + size])


# A manual imported as one article has thousands of sentences; read a sentence at a time, its passage took seconds
# each time it came first. Its body is read in one pass, and which sentences hold each word is kept for the last few
# long articles (a call's follow-ups find the same one again).
_LONG_BODY = 200  # sentences from which an article's postings are kept
_KEPT_BODIES = 4
_bodies: OrderedDict[tuple[str, str | None, int], tuple[list[str], dict[str, list[int]]]] = OrderedDict()
_bodies_lock = threading.Lock()


def _read_body(article: Article, size: int) -> tuple[list[str], dict[str, list[int]]]:
    """The article's sentences and, when there are more than ``size``, the sentences (by index) each indexed word of
    the body is in."""
    key = (article.id, article.lang, hash(article.body))
    with _bodies_lock:
        kept = _bodies.get(key)
        if kept is not None:
            _bodies.move_to_end(key)
            return kept
    parts = sentences(article.body) or [article.title]
    postings: dict[str, list[int]] = {}
    if len(parts) <= size:
        return parts, postings
    long = len(parts) >= _LONG_BODY  # a short body's sentences are read one by one: each is remembered
    for i, words in enumerate(index_terms_of_lines(parts, article.lang) if long else
                              (index_terms(part, article.lang) for part in parts)):
        for word in set(words):
            postings.setdefault(word, []).append(i)
    if long:
        with _bodies_lock:
            _bodies[key] = (parts, postings)
            while len(_bodies) > _KEPT_BODIES:
                _bodies.popitem(last=False)
    return parts, postings
