"""Benchmark: are knowledge answers right on conversations nobody tuned for? Per corpus, beside a fair baseline.

For each corpus split of ``bench_corpora`` (DSTC11 restaurants to tune on; DSTC11 hotels and DSTC10, spoken,
held out) the corpus's documents are imported into a real knowledge base file, and every dialogue prefix is
replayed through the panel's own ``KnowledgeEngine``: ``rank`` for the ranked articles, ``suggest`` for the
card the panel would show, at the engine's default threshold. Reported:

* recall@1 and @3: a gold article first, or among the first three, on the answerable turns;
* cards on answerable turns: the share of knowledge-seeking turns (with an answer in the base) that get a card;
* precision: of the cards shown on answerable turns and on turns that need none, the share that were right;
* false cards: the share of turns that need no knowledge on which a card was shown;
* a threshold sweep, to show what a threshold means on each corpus.

The fair baseline runs in the same pass: a plain SQLite FTS5 table (unicode61, no stemming) over the raw
title and body, ``bm25()`` on an OR query of the words of the last two turns (the agent's and the
customer's), with a standard English stop-word list removed.

    python tests/bench/bench_retrieval.py [--corpus dstc11-restaurant,dstc11-hotel,dstc10] [--sample N]
                                          [--json FILE] [--dump FILE]

Run it under ``nice -n 19`` on a shared machine. ``--dump`` writes one JSON line per case with the top
hit's features and whether it was right: what ``calibrate.py`` fits the confidence on (tuning split only).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import bench_corpora
from bench_common import SEED, print_figures, value

from copilot.knowledge import Article, KnowledgeBase, KnowledgeEngine
from copilot.knowledge.engine import DEFAULT_THRESHOLD
from copilot.model import Conversation, Speaker, Utterance
from copilot.text.language import _STOPWORDS

THRESHOLDS = (0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8)
# The NLTK English stop-word list: what a fair plain baseline removes.
BASELINE_STOPWORDS = frozenset("""i me my myself we our ours ourselves you your yours yourself yourselves he him
    his himself she her hers herself it its itself they them their theirs themselves what which who whom this
    that these those am is are was were be been being have has had having do does did doing a an the and but if
    or because as until while of at by for with about against between into through during before after above
    below to from up down in out on off over under again further then once here there when where why how all
    any both each few more most other some such no nor not only own same so than too very s t can will just don
    should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan
    shouldn wasn weren won wouldn""".split())
# For Dutch, French and Hebrew dialogues the baseline removes the common words of that language instead.
_WORD = re.compile(r"\w+")


class FairBM25:
    """Plain SQLite FTS5 BM25, as anyone would set it up in an afternoon, but not handicapped."""

    def __init__(self, path: Path, articles: list[Article]) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
                        "tokenize='unicode61 remove_diacritics 2')")
        with self.db:
            self.db.executemany("INSERT INTO docs (id, title, body) VALUES (?, ?, ?)",
                                [(a.id, a.title, a.body) for a in articles])

    def rank(self, turns: list[tuple[str, str]], limit: int = 3, lang: str = "en") -> list[str]:
        stop = BASELINE_STOPWORDS if lang == "en" else _STOPWORDS.get(lang, frozenset())
        words = [w for text in (t for _, t in turns[-2:]) for w in _WORD.findall(text.lower())]
        words = list(dict.fromkeys(w for w in words if w not in stop))
        if not words:
            return []
        expression = " OR ".join(f'"{w}"' for w in words)
        sql = "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?"
        return [row[0] for row in self.db.execute(sql, [expression, limit])]

    def close(self) -> None:
        self.db.close()


def replay(engine: KnowledgeEngine, turns: list[tuple[str, str]]) -> tuple[list[Any], str | None]:
    """The ranked hits and the card (an article id, or None) for the last customer line, as the panel sees it."""
    conversation = Conversation()
    last = None
    for speaker, text in turns:
        last = conversation.add(Utterance(Speaker.CUSTOMER if speaker == "customer" else Speaker.AGENT, text))
    assert last is not None and last.speaker is Speaker.CUSTOMER
    hits = engine.rank(conversation, last)
    cards = engine.suggest(conversation, last)
    return hits, (cards[0].entry_id.removeprefix("kb:") if cards else None)


def run_corpus(corpus: bench_corpora.Corpus, sample: int, seed: int,
               dump: Any = None) -> tuple[list[dict[str, Any]], dict[str, float]]:
    cases = corpus.cases
    if sample and sample < len(cases):
        cases = [cases[i] for i in sorted(random.Random(seed).sample(range(len(cases)), sample))]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(Path(tmp) / "kb.db")
        started = time.perf_counter()
        kb.add_articles(corpus.articles, source=corpus.name)
        import_s = time.perf_counter() - started
        baseline = FairBM25(Path(tmp) / "plain.db", corpus.articles)
        engine = KnowledgeEngine(kb)
        timings = []
        for case in cases:
            t0 = time.perf_counter()
            hits, card = replay(engine, case.turns)
            timings.append(time.perf_counter() - t0)
            top = [h.article.id for h in hits]
            rows.append({"need": case.need, "gold": case.gold, "top": top, "card": card, "lang": case.lang,
                         "confidence": hits[0].confidence if hits else 0.0,
                         "plain": baseline.rank(case.turns, lang=case.lang)})
            if dump is not None and hits:
                dump.write(json.dumps({"corpus": corpus.name, "need": case.need, "right": top[0] in case.gold,
                                       "features": hits[0].features, "line": case.turns[-1][1],
                                       "title": hits[0].article.title, "articles": len(corpus.articles)},
                                      ensure_ascii=False) + "\n")
        baseline.close()
        kb.close()
    return figures(corpus, rows, import_s, timings)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else float("nan")


def figures(corpus: bench_corpora.Corpus, rows: list[dict[str, Any]], import_s: float,
            timings: list[float]) -> tuple[list[dict[str, Any]], dict[str, float]]:
    answerable = [r for r in rows if r["need"] == "answerable"]
    none = [r for r in rows if r["need"] == "none"]
    elsewhere = [r for r in rows if r["need"] == "elsewhere"]
    missing = [r for r in rows if r["need"] == "missing"]  # asks what no article answers: any card is wrong

    def at(key: str, k: int) -> float:
        return _share(sum(1 for r in answerable if set(r[key][:k]) & r["gold"]), len(answerable))

    shown = [r for r in answerable + none + missing if r["card"]]
    right = sum(1 for r in shown if r["card"] in r["gold"])
    summary = {
        "recall@1": at("top", 1), "recall@3": at("top", 3),
        "baseline recall@1": at("plain", 1), "baseline recall@3": at("plain", 3),
        "cards on answerable turns": _share(sum(1 for r in answerable if r["card"]), len(answerable)),
        "precision of shown cards": _share(right, len(shown)),
        "false cards on turns that need none": _share(sum(1 for r in none if r["card"]), len(none)),
    }
    counts = (f"{len(answerable)} answerable, {len(none)} need none, {len(elsewhere)} answered elsewhere, "
              f"{len(missing)} not in the base; "
              f"{len(corpus.articles)} articles imported in {import_s:.1f} s")
    out = [value("cases", len(rows), note=counts)]
    out += [value(name, number) for name, number in summary.items()]
    out.append(value("top-3 over the baseline", summary["recall@3"] - summary["baseline recall@3"],
                     note="target ≥ 0.10"))
    if elsewhere:
        out.append(value("cards on turns answered elsewhere",
                         _share(sum(1 for r in elsewhere if r["card"]), len(elsewhere))))
    if missing:
        out.append(value("cards on questions the base cannot answer (wrong)",
                         _share(sum(1 for r in missing if r["card"]), len(missing))))
    languages = sorted({r["lang"] for r in rows})
    if len(languages) > 1:
        lines = ["lang  answerable  recall@1  recall@3  baseline@3  cards  precision  false-cards"]
        for lang in languages:
            mine = [r for r in rows if r["lang"] == lang]
            ans = [r for r in mine if r["need"] == "answerable"]
            on = [r for r in mine if r["card"] and r["need"] in ("answerable", "none", "missing")]
            none = [r for r in mine if r["need"] == "none"]

            def hit(key: str, k: int, ans: list[dict[str, Any]] = ans) -> float:
                return _share(sum(1 for r in ans if set(r[key][:k]) & r["gold"]), len(ans))

            lines.append(f"{lang:4}  {len(ans):10d}  {hit('top', 1):8.3f}  {hit('top', 3):8.3f}"
                         f"  {hit('plain', 3):10.3f}"
                         f"  {_share(sum(1 for r in ans if r['card']), len(ans)):5.3f}"
                         f"  {_share(sum(1 for r in on if r['card'] in r['gold']), len(on)):9.3f}"
                         f"  {_share(sum(1 for r in none if r['card']), len(none)):11.3f}")
        out.append({"name": "by language", "type": "text", "lines": lines})
    lines = ["threshold  cards-on-answerable  precision  false-cards"]
    for threshold in THRESHOLDS:
        on = [r for r in answerable + none + missing if r["top"] and r["confidence"] >= threshold]
        good = sum(1 for r in on if r["top"][0] in r["gold"])
        false = sum(1 for r in none if r["top"] and r["confidence"] >= threshold)
        cards = _share(sum(1 for r in on if r["need"] == "answerable"), len(answerable))
        lines.append(f"{threshold:9.2f}  {cards:19.3f}"
                     f"  {_share(good, len(on)):9.3f}  {_share(false, len(none)):11.3f}"
                     + ("  <- default" if abs(threshold - DEFAULT_THRESHOLD) < 1e-9 else ""))
    out.append({"name": "by threshold", "type": "text", "lines": lines})
    timings.sort()
    out.append(value("replay per case (rank + suggest), p95", 1000 * timings[int(0.95 * (len(timings) - 1))], "ms"))
    return out, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=",".join(bench_corpora.SPLITS), help="comma-separated splits")
    parser.add_argument("--sample", type=int, default=0, help="cases per split (0 = all)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", metavar="FILE", help="also write the summary per split as JSON")
    parser.add_argument("--dump", metavar="FILE", help="write the top hit's features per case as JSON lines")
    args = parser.parse_args(argv)
    if not bench_corpora.available():
        print(f"SKIPPED: the corpora are not at {bench_corpora.DATA} (see its README)", flush=True)
        return 0
    names = tuple(args.corpus.split(","))
    unknown = set(names) - set(bench_corpora.SPLITS)
    if unknown:
        parser.error(f"unknown split(s): {', '.join(sorted(unknown))}")
    summaries = {}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    try:
        for corpus in bench_corpora.load(names):
            figs, summaries[corpus.name] = run_corpus(corpus, args.sample, args.seed, dump)
            role = "held out" if corpus.held_out else "tuning"
            print_figures(f"Knowledge answers: {corpus.name} ({role}), threshold {DEFAULT_THRESHOLD}", figs)
    finally:
        if dump is not None:
            dump.close()
    if args.json:
        Path(args.json).write_text(json.dumps(summaries, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
