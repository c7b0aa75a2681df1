"""The confidence of a knowledge answer: the chance that the article is the right one, not a score.

Raw BM25 scores are not comparable between queries, so the answer is described by shares that are:

* ``recent_cover``: how much of the customer's latest line (each word weighted by its rarity) the
  article holds;
* ``title_cover``: how much of that line its title holds (a title names what an article is about);
* ``context_cover``: how much of the conversation so far (weighted as the query weighs it) it holds,
  and ``context_title`` how much its title holds (the product or place named a few lines ago);
* ``margin``: how far it stands above the runner-up;
* ``content``: how much there was to look up at all: the rarity of the latest line's words in units of
  the rarest word the base can have (on a log scale), so that it means the same in a base of 80 articles
  and one of 12,000: "yes please" has little, "is the pool heated in winter" a lot;
* ``asks``: whether the line asks something (``copilot.text.questions``): a question or a request to be
  told is more often one an article answers than a statement ("I need free parking", "the blue one");
  a problem report still gets its card when the rest speaks for it;
* ``first``: nothing with content was said before the line (``NO_CONTEXT`` stands in for the context shares).

A logistic model over these gives the chance that the article is right, fitted by
``tests/bench/calibrate.py`` on two tuning corpora unlike each other, each weighing alike: DSTC11 track 5
restaurant dialogues (English, a question per title, a hundred places with the same questions) and a
web shop's help centre in Dutch, English, French and Hebrew (headings for titles, chat and voice). Fitted
on the first alone, the confidence did not carry over: on a shop's help centre it showed a card on 6% of
the questions an article answers. So a threshold of 0.55 means: cards shown when at least 55% likely
right on those corpora. ``tests/bench/bench_retrieval.py`` shows what it means on the held-out corpora.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

FEATURES = ("recent_cover", "title_cover", "context_cover", "context_title", "margin", "content", "asks", "first")
# Fitted by tests/bench/calibrate.py on dstc11-restaurant and helpdesk-shop (see the module docstring); intercept
# first.
WEIGHTS = (-6.828, 2.077, 0.724, 0.247, 1.857, 3.333, 2.442, 1.546, -0.701)
# The context shares for a line with nothing said before it: their mean on the first tuning corpus's right answers,
# so the first line of a call is judged on itself (with ``first`` saying that it is one).
NO_CONTEXT = 0.12

def probability(features: Mapping[str, float], weights: tuple[float, ...] = WEIGHTS) -> float:
    """The fitted chance that the article is right, 0..1."""
    z = weights[0] + sum(w * features.get(name, 0.0) for w, name in zip(weights[1:], FEATURES, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
