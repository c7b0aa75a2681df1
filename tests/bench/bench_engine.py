"""Benchmark 1: the playbook engine per utterance, over an hour-long conversation.

Times ``session.suggest(utterance)`` + ``session.offer(...)`` for each of ~600 utterances with a
500-entry playbook (the default playbook grown with product variants) and, in the same process and
interleaved round by round, with the default playbook itself; plus index build and load times.

    python tests/bench/bench_engine.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

TARGET_P95_MS = 5.0


def _context(demos: list[dict[str, Any]]) -> dict[str, Any]:
    """A customer context from the demos, so conditional offers and {variables} take part."""
    for demo in demos:
        if demo["context"]:
            return demo["context"]
    return {}


def _play(engine: Any, conversation: list[tuple[str, str]], context: dict[str, Any], default_language: str,
          seed: int) -> dict[str, Any]:
    """One conversation through a fresh session; returns per-utterance times in ms."""
    from copilot.live.session import Session
    from copilot.text import words as text_module

    text_module._tokens_cached.cache_clear()  # every round sees the words for the first time
    rng = random.Random(seed)
    session = Session(engine, context=context, default_language=default_language, source="bench")
    session.start()
    engine_ms: list[float] = []
    add_ms: list[float] = []
    shown = 0
    with_suggestions = 0
    clock = time.perf_counter_ns
    for speaker, line in conversation:
        t0 = clock()
        utterance = session.add_utterance(speaker, line)
        t1 = clock()
        found = session.suggest(utterance)
        change = session.offer(found, utterance.index)
        t2 = clock()
        add_ms.append((t1 - t0) / 1e6)
        engine_ms.append((t2 - t1) / 1e6)
        shown += len(change.shown)
        with_suggestions += bool(found)
        # the agent uses or dismisses some cards, as a person would (not timed)
        if session.cards and rng.random() < 0.3:
            card = session.cards[0]
            if rng.random() < 0.7:
                session.insert(card.id)
            else:
                session.discard(card.id, "irrelevant")
    session.end()
    return {"engine": engine_ms, "add": add_ms, "shown": shown, "with_suggestions": with_suggestions}


def _build_times(playbook: Any, repeats: int) -> list[float]:
    from copilot.playbook.engine import PlaybookEngine

    times = []
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        PlaybookEngine(playbook)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    return times


def run(quick: bool = False) -> list[dict[str, Any]]:
    bc.require_resources()
    from copilot.playbook.engine import PlaybookEngine
    from copilot.playbook.file import load_playbook, parse_playbook

    rounds = 2 if quick else 5
    n_utt = 600
    data = bc.playbook_data()
    demos = bc.demo_data()
    big_data = bc.expand_playbook(data, 500)

    load_ms = []
    for _ in range(3 if quick else 10):
        t0 = time.perf_counter_ns()
        small = load_playbook(bc.PLAYBOOK_PATH)
        load_ms.append((time.perf_counter_ns() - t0) / 1e6)
    parse_big_ms = []
    for _ in range(3 if quick else 10):
        t0 = time.perf_counter_ns()
        big = parse_playbook(big_data, source="generated-500")
        parse_big_ms.append((time.perf_counter_ns() - t0) / 1e6)

    policies = sorted({e.policy for e in big.entries if e.policy})  # every entry may take part
    engines = {"500": PlaybookEngine(big, policies), str(len(small.entries)): PlaybookEngine(small, policies)}
    small_key = str(len(small.entries))
    context = _context(demos)
    conversation = bc.build_conversation(data, demos, n_utt, seed=bc.SEED)
    warmup = bc.build_conversation(data, demos, 200, seed=bc.SEED + 1)

    for engine in engines.values():  # warm-up: imports, regex compilation, caches of the interpreter
        _play(engine, warmup, context, big.default_language, seed=1)

    samples: dict[str, dict[str, Any]] = {k: {"engine": [], "add": [], "shown": 0, "with_suggestions": 0}
                                          for k in engines}
    for r in range(rounds):  # interleaved, so drift of the machine hits both alike
        for key in (("500", small_key) if r % 2 == 0 else (small_key, "500")):
            result = _play(engines[key], conversation, context, big.default_language, seed=r)
            samples[key]["engine"] += result["engine"]
            samples[key]["add"] += result["add"]
            samples[key]["shown"] += result["shown"]
            samples[key]["with_suggestions"] += result["with_suggestions"]

    big_engine = engines["500"]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    kept = PlaybookEngine(big, policies)
    index_bytes = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    del kept

    figures = []
    s_big, s_small = samples["500"], samples[small_key]
    phrases_big = big_engine._index.size
    phrases_small = engines[small_key]._index.size
    figures.append(bc.dist(
        f"engine per utterance (500 entries, {n_utt} utt)", s_big["engine"], "ms",
        target=("p95", TARGET_P95_MS),
        note=f"{phrases_big} trigger phrases, {rounds} rounds, "
             f"{s_big['with_suggestions'] / rounds:.0f}/{n_utt} utt with suggestions, "
             f"{s_big['shown'] / rounds:.0f} cards shown per round"))
    figures.append(bc.dist(
        f"engine per utterance ({small_key} entries, {n_utt} utt)", s_small["engine"], "ms",
        note=f"{phrases_small} trigger phrases, "
             f"{s_small['with_suggestions'] / rounds:.0f}/{n_utt} utt with suggestions, "
             f"{s_small['shown'] / rounds:.0f} cards shown per round"))
    med_ratio = bc.percentile(s_big["engine"], 50) / bc.percentile(s_small["engine"], 50)
    p95_ratio = bc.percentile(s_big["engine"], 95) / bc.percentile(s_small["engine"], 95)
    figures.append(bc.value(f"ratio 500 / {small_key} entries, median", med_ratio, "×",
                            note=f"p95 ratio {p95_ratio:.2f}×", p95_ratio=p95_ratio))
    figures.append(bc.dist("add_utterance (numbering + language detection), 500 entries", s_big["add"], "ms"))
    figures.append(bc.dist("index build PlaybookEngine(500 entries)", _build_times(big, 5 if quick else 20),
                           "ms", note=f"index ≈ {index_bytes / 1e6:.2f} MB (tracemalloc)",
                           index_mb=index_bytes / 1e6))
    figures.append(bc.dist(f"index build PlaybookEngine({small_key} entries)",
                           _build_times(small, 5 if quick else 20), "ms"))
    figures.append(bc.dist(f"load_playbook(default.toml, {small_key} entries)", load_ms, "ms"))
    figures.append(bc.dist("parse_playbook(500 entries, already-parsed TOML data)", parse_big_ms, "ms"))
    rss = bc.rss_mb()
    figures.append(bc.value("engine bench process peak RSS (ru_maxrss)", rss["ru_maxrss"], "MB",
                            note="Qt not loaded"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    bc.print_figures("engine", run(args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
