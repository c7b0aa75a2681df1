"""Benchmark: the passage a knowledge card shows, on a manual imported as one article.

A team that drops a product manual into the knowledge folder as one text file gets one article of thousands of
sentences. Each time it comes first, the card's passage (the window of three sentences holding most of the question)
is worked out from its body: read a sentence at a time, a two-megabyte manual took seconds. The body is now read in
one pass (which sentences hold each word kept for the last few long articles) and only the windows around a
sentence holding a word of the question are weighed. Timed here against the plain scan of every window (the code
before, kept in `tests/passage_reference.py` as the baseline) in the same process, on the same article and questions,
which must give the same passage.

    python tests/bench/bench_passage.py [--sentences N] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the plain scan

import bench_common as bc  # noqa: E402
from passage_reference import plain_scan  # noqa: E402

from copilot.knowledge.readers import Article  # noqa: E402
from copilot.knowledge.search import best_passage, build_query  # noqa: E402
from copilot.model import Speaker, Utterance  # noqa: E402

WORDS = ("machine tank water filter light button grinder steam wand cup display power setting descale clean rinse "
         "coffee beans milk froth temperature pressure pump valve seal warranty service repair error code").split()
search_module = importlib.import_module("copilot.knowledge.search")  # the package's `search` is the function
QUESTIONS = ("how do I descale the machine", "the light keeps blinking red", "what does error code 4 mean",
             "can I replace the water filter myself", "is the pump covered by the warranty")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=20_000, help="sentences in the manual (default 20,000)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(bc.SEED)
    # a manual's vocabulary: a few thousand words, of which the questions' words are a few dozen (each sentence
    # holds one of those about one time in five)
    vocabulary = ["".join(rng.choice("abcdefghiklmnoprstuvw") for _ in range(rng.randint(3, 10))) for _ in range(4000)]
    body = "\n".join(" ".join(rng.choice(WORDS) if rng.random() < 0.02 else rng.choice(vocabulary)
                               for _ in range(rng.randint(6, 18))).capitalize() + "."
                      for _ in range(args.sentences))
    article = Article("manual", "Espresso machine manual", body, (), "en")
    queries = [build_query([Utterance(Speaker.CUSTOMER, q)], "en") for q in QUESTIONS]
    cold: list[float] = []
    warm: list[float] = []
    before: list[float] = []
    for _ in range(args.repeat):
        for query in queries:  # alternated, so a busy machine weighs on both alike
            search_module._bodies.clear()  # the first question on this article
            started = time.perf_counter()
            new = best_passage(article, query.terms)
            cold.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()  # a later question on it, in the same call
            best_passage(article, query.terms)
            warm.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            old = plain_scan(article, query.terms)
            before.append((time.perf_counter() - started) * 1000)
            if new != old:
                print(f"different passages for {query.terms!r}", file=sys.stderr)
                return 1
    memory = bc.rss_mb()
    title = f"Knowledge card passage: one article of {args.sentences:,} sentences ({len(body) / 1e6:.1f} MB)"
    bc.print_figures(title, [
        bc.dist("passage, the first question on the article", cold),
        bc.dist("passage, a later question on the same article", warm),
        bc.dist("passage, every sentence read alone (before; the baseline)", before),
        bc.value("median ratio to the baseline, first question", bc.percentile(cold, 50) / bc.percentile(before, 50)),
        bc.value("median ratio to the baseline, later question", bc.percentile(warm, 50) / bc.percentile(before, 50)),
        bc.value("peak memory", memory["ru_maxrss"], "MB"),
    ])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
