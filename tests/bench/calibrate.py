"""Fit the knowledge confidence on the tuning corpora: a logistic model of "the top article is right".

    python tests/bench/bench_retrieval.py --corpus dstc11-restaurant,helpdesk-shop --dump /tmp/tune.jsonl
    python tests/bench/calibrate.py /tmp/tune.jsonl

Reads the features ``bench_retrieval --dump`` wrote for the top hit of every customer line of the tuning
corpora that needs an article, needs none, or asks what no article answers (a turn answered elsewhere says
nothing either way), fits the weights by Newton's method with a small ridge (pure Python: nine weights, a
few thousand rows), each corpus weighing as much as the other however many lines it has, and prints the
``WEIGHTS`` line for ``copilot/knowledge/confidence.py`` and, for each threshold and corpus, what it would
mean. Two corpora unlike each other (English restaurant FAQs with a question per title, a shop's help centre
in four languages with headings for titles), so that the fit learns what both share rather than the shape of
one. It refuses rows from any other split: held-out corpora are never fitted on.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter

from bench_corpora import TUNING

from copilot.knowledge.confidence import FEATURES, probability

RIDGE = 1.0


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is tiny and well conditioned by the ridge)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[i][n] / a[i][i] for i in range(n)]


def fit(rows: list[tuple[list[float], int]], iterations: int = 30, weights: list[float] | None = None) -> list[float]:
    """Logistic regression; ``weights`` (one per row, default 1) say how much each row counts."""
    size = len(rows[0][0])
    weights = weights or [1.0] * len(rows)
    w = [0.0] * size
    for _ in range(iterations):
        gradient = [-RIDGE * w[j] if j else 0.0 for j in range(size)]
        hessian = [[(RIDGE if i == j and i else 0.0) for j in range(size)] for i in range(size)]
        for (x, y), s in zip(rows, weights, strict=True):
            p = 1 / (1 + math.exp(-max(min(sum(a * b for a, b in zip(w, x, strict=True)), 40), -40)))
            for i in range(size):
                gradient[i] += s * (y - p) * x[i]
                for j in range(size):
                    hessian[i][j] += s * p * (1 - p) * x[i] * x[j]
        step = _solve(hessian, gradient)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", help="the JSON lines bench_retrieval --dump wrote for the tuning corpora")
    args = parser.parse_args(argv)
    with open(args.dump, encoding="utf-8") as dump:
        records = [json.loads(line) for line in dump if line.strip()]
    others = {r["corpus"] for r in records} - set(TUNING)
    if others:
        parser.error(f"only the tuning corpora {', '.join(TUNING)} may be fitted on, not {', '.join(sorted(others))}")
    # A top article the earlier lines pulled first ("pulled", see search._pulled) gets no confidence: not fitted on.
    records = [r for r in records if r["need"] in ("answerable", "none", "missing") and r["features"]
               and "pulled" not in r["features"]]
    rows = [([1.0, *(r["features"][name] for name in FEATURES)], int(r["right"])) for r in records]
    per_corpus = Counter(r["corpus"] for r in records)
    share = [len(records) / (len(per_corpus) * per_corpus[r["corpus"]]) for r in records]
    weights = fit(rows, weights=share)
    print(f"# fitted on {len(rows)} lines of {', '.join(f'{c} ({n})' for c, n in sorted(per_corpus.items()))}, "
          f"{sum(y for _, y in rows)} with the right article on top, each corpus weighing alike")
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    print("threshold  " + "  ".join(f"{c:>36}" for c in sorted(per_corpus)))
    print("           " + "  ".join(f"{'cards  precision  false cards':>36}" for _ in per_corpus))
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8):
        cells = []
        for corpus in sorted(per_corpus):
            mine = [r for r in records if r["corpus"] == corpus]
            shown = [r for r in mine if probability(r["features"], tuple(weights)) >= threshold]
            right = sum(1 for r in shown if r["right"])
            answerable = sum(1 for r in mine if r["need"] == "answerable")
            none = sum(1 for r in mine if r["need"] == "none")
            cards = sum(1 for r in shown if r["need"] == "answerable") / max(answerable, 1)
            false = sum(1 for r in shown if r["need"] == "none") / max(none, 1)
            precision = right / len(shown) if shown else float("nan")
            cells.append(f"{cards:5.2f}  {precision:9.3f}  {false:11.3f}")
        print(f"{threshold:9.2f}  " + "  ".join(f"{cell:>36}" for cell in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
