"""Fit the knowledge confidence on the tuning corpus: a logistic model of "the top article is right".

    python tests/bench/bench_retrieval.py --corpus dstc11-restaurant --dump /tmp/tune.jsonl
    python tests/bench/calibrate.py /tmp/tune.jsonl

Reads the features ``bench_retrieval --dump`` wrote for the top hit of every turn of the tuning split
that needs an article or needs none (a turn answered elsewhere says nothing either way, and a first line
has no context to weigh), fits the
weights by Newton's method with a small ridge (pure Python: seven weights, a thousand rows), and prints
the ``WEIGHTS`` line for ``copilot/knowledge/confidence.py`` and, for each threshold, what it would
mean on the tuning split. It refuses rows from any other split: held-out corpora are never fitted on.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from bench_corpora import TUNE

from copilot.knowledge.confidence import FEATURES, NO_CONTEXT, probability

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


def fit(rows: list[tuple[list[float], int]], iterations: int = 30) -> list[float]:
    size = len(rows[0][0])
    w = [0.0] * size
    for _ in range(iterations):
        gradient = [-RIDGE * w[j] if j else 0.0 for j in range(size)]
        hessian = [[(RIDGE if i == j and i else 0.0) for j in range(size)] for i in range(size)]
        for x, y in rows:
            p = 1 / (1 + math.exp(-max(min(sum(a * b for a, b in zip(w, x, strict=True)), 40), -40)))
            for i in range(size):
                gradient[i] += (y - p) * x[i]
                for j in range(size):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        step = _solve(hessian, gradient)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", help="the JSON lines bench_retrieval --dump wrote for the tuning split")
    args = parser.parse_args(argv)
    with open(args.dump, encoding="utf-8") as dump:
        records = [json.loads(line) for line in dump if line.strip()]
    others = {r["corpus"] for r in records} - {TUNE}
    if others:
        parser.error(f"only the tuning split {TUNE} may be fitted on, not {', '.join(sorted(others))}")
    # Turns with nothing said before them are left out (see confidence.NO_CONTEXT): on DSTC they are greetings
    # and bookings, and would teach that the first line of a call never needs an article.
    records = [r for r in records if r["need"] in ("answerable", "none") and r["features"]
               and (r["features"]["context_cover"], r["features"]["context_title"]) != (NO_CONTEXT, NO_CONTEXT)]
    rows = [([1.0, *(r["features"][name] for name in FEATURES)], int(r["right"])) for r in records]
    weights = fit(rows)
    print(f"# fitted on {len(rows)} turns of {TUNE}, {sum(y for _, y in rows)} with the right article on top")
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    print("threshold  shown  precision")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        shown = [r for r in records if probability(r["features"], tuple(weights)) >= threshold]
        right = sum(1 for r in shown if r["right"])
        print(f"{threshold:9.2f}  {len(shown):5d}  {right / len(shown) if shown else float('nan'):9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
