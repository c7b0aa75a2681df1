"""The confidence of a knowledge answer: the chance that the article is the right one, not a score.

Raw BM25 scores are not comparable between queries, so the answer is described by shares that are:

* ``recent_cover``: how much of the customer's latest line (each word weighted by its rarity) the
  article holds;
* ``title_cover``: how much of that line its title holds (a title names what an article is about);
* ``context_cover``: how much of the conversation so far (weighted as the query weighs it) it holds,
  and ``context_title`` how much its title holds (the product or place named a few lines ago);
* ``margin``: how far it stands above the runner-up;
* ``content``: how much there was to look up at all (the rarity of the latest line's words, on a log
  scale): "yes please" has little, "is the pool heated in winter" a lot.

Whether the line is a question was tried and left out: on DSTC every knowledge turn is a question, so
it weighed heavily there, and it would hide the answer to "my router keeps disconnecting".

A logistic model over these gives the chance that the article is right, fitted on the tuning corpus
only (DSTC11 track 5, restaurant dialogues: turns that need an article and turns that need none) by
``tests/bench/calibrate.py``. So a threshold of 0.8 means: cards shown when at least 80% likely right
on that corpus. ``tests/bench/bench_retrieval.py`` shows what it means on the held-out corpora.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

FEATURES = ("recent_cover", "title_cover", "context_cover", "context_title", "margin", "content")
# Fitted by tests/bench/calibrate.py on dstc11-restaurant (see the module docstring); intercept first.
WEIGHTS = (-4.201, 1.528, 2.131, 1.408, 2.212, 1.381, 0.073)
# The context shares for a line with nothing said before it: their mean on the tuning corpus's right answers,
# so the first line of a call is judged on itself (the turns without context were left out of the fit: on
# DSTC they are greetings and bookings, and would have taught that a first line never needs an article).
NO_CONTEXT = 0.12

def probability(features: Mapping[str, float], weights: tuple[float, ...] = WEIGHTS) -> float:
    """The fitted chance that the article is right, 0..1."""
    z = weights[0] + sum(w * features.get(name, 0.0) for w, name in zip(weights[1:], FEATURES, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))
