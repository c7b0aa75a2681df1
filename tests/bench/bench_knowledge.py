"""Benchmark: knowledge suggestions, on data nobody here wrote, and at the size of a real help centre.

(a) DSTC11 track 5 (validation split, from ../shared/data/dstc11-track5): every FAQ becomes an
    article (title = entity name + question, body = question + answer, id keeps domain, entity and
    doc id); every dialogue prefix is fed as a conversation (U = customer, S = agent). Reported for
    the weighted search and the plain BM25 baseline in the same run: recall@1/@3 of a gold FAQ on
    the prefixes whose gold knowledge includes an FAQ, and, per confidence threshold, the share of
    those answered with the right card (recall of cards), the share of shown cards that were right
    (precision) and the false-card rate (a card shown where ``target`` is false).
(b) Speed: 10,000 seeded synthetic articles written as Markdown files, imported with a progress
    callback (target ≤ 15 s), then searches from seeded three-line conversations (target p95 ≤ 20 ms).

    python tests/bench/bench_knowledge.py [--sample N] [--seed S] [--skip-dstc] [--skip-speed]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_common import ROOT, SEED, dist, print_figures, value

from copilot.knowledge import KnowledgeBase, build_query, plain_bm25, search
from copilot.knowledge.engine import DEFAULT_THRESHOLD
from copilot.model import Conversation, Speaker, Utterance

DSTC_DIR = ROOT.parent / "shared" / "data" / "dstc11-track5"
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9)


# -- (a) DSTC11 track 5 ---------------------------------------------------------------------------


def faq_id(domain: str, entity_id: Any, doc_id: Any) -> str:
    return f"{domain}:{entity_id}:faq:{doc_id}"


def write_faqs(knowledge: dict[str, Any], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for domain, entities in knowledge.items():
            for entity_id, entity in entities.items():
                for doc_id, faq in entity.get("faqs", {}).items():
                    row = {"id": faq_id(domain, entity_id, doc_id), "title": f"{entity['name']}: {faq['question']}",
                           "body": f"{faq['question']} {faq['answer']}", "tags": [domain], "lang": "en"}
                    out.write(json.dumps(row) + "\n")
                    count += 1
    return count


def conversation_of(turns: list[dict[str, str]]) -> Conversation:
    conversation = Conversation()
    for turn in turns:
        speaker = Speaker.CUSTOMER if turn["speaker"] == "U" else Speaker.AGENT
        conversation.add(Utterance(speaker, turn["text"]))
    return conversation


def run_dstc(sample: int | None, seed: int) -> list[dict[str, Any]] | None:
    if not (DSTC_DIR / "knowledge.json").exists():
        print(f"SKIPPED (a): DSTC11 track 5 data not found at {DSTC_DIR}", flush=True)
        return None
    knowledge = json.loads((DSTC_DIR / "knowledge.json").read_text(encoding="utf-8"))
    logs = json.loads((DSTC_DIR / "val" / "logs.json").read_text(encoding="utf-8"))
    labels = json.loads((DSTC_DIR / "val" / "labels.json").read_text(encoding="utf-8"))
    indices = list(range(len(logs)))
    if sample and sample < len(indices):
        indices = sorted(random.Random(seed).sample(indices, sample))
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        faqs = Path(tmp) / "faqs.jsonl"
        count = write_faqs(knowledge, faqs)
        kb = KnowledgeBase(Path(tmp) / "kb.db")
        started = time.perf_counter()
        result = kb.import_path(faqs)
        figures.append(value("FAQ articles imported", result.added, note=f"of {count}, "
                             f"{time.perf_counter() - started:.2f} s, errors {len(result.errors)}"))
        rows = {"weighted": [], "plain": []}
        for i in indices:
            turns, label = logs[i], labels[i]
            gold = {faq_id(k["domain"], k["entity_id"], k["doc_id"])
                    for k in label.get("knowledge", []) if k["doc_type"] == "faq"}
            conversation = conversation_of(turns)
            last_customer = next(u.text for u in reversed(conversation.utterances) if u.speaker is Speaker.CUSTOMER)
            methods = {
                "weighted": lambda c=conversation: search(kb, build_query(c.utterances, c.customer_language), 3),
                "plain": lambda t=last_customer: plain_bm25(kb, t, 3),
            }
            for method, run in methods.items():
                hits = run()
                rows[method].append({"target": label["target"], "gold": gold, "top": [h.article.id for h in hits],
                                     "confidence": hits[0].confidence if hits else 0.0})
        kb.close()
    n_note = f"{len(indices)} of {len(logs)} prefixes" + (f" (seeded sample, seed {seed})" if sample else "")
    figures.append(value("prefixes", len(indices), note=n_note))
    for method, method_rows in rows.items():
        figures.extend(_dstc_figures(method, method_rows))
    return figures


def _dstc_figures(method: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    with_faq = [r for r in rows if r["gold"]]
    negatives = [r for r in rows if not r["target"]]
    at1 = sum(1 for r in with_faq if r["top"][:1] and r["top"][0] in r["gold"]) / max(len(with_faq), 1)
    at3 = sum(1 for r in with_faq if set(r["top"][:3]) & r["gold"]) / max(len(with_faq), 1)
    figures = [
        value(f"{method}: recall@1", at1, note=f"{len(with_faq)} prefixes whose gold includes an FAQ"),
        value(f"{method}: recall@3", at3),
    ]
    lines = ["threshold  card-recall  precision  false-card-rate  cards-on-review-only-targets"]
    review_only = [r for r in rows if r["target"] and not r["gold"]]
    for threshold in THRESHOLDS:
        shown = [r for r in rows if r["top"] and r["confidence"] >= threshold]
        right = [r for r in shown if r["top"][0] in r["gold"]]
        recall = len(right) / max(len(with_faq), 1)
        precision = len(right) / max(len(shown), 1)
        false_rate = sum(1 for r in negatives if r["top"] and r["confidence"] >= threshold) / max(len(negatives), 1)
        review = sum(1 for r in review_only if r["top"] and r["confidence"] >= threshold) / max(len(review_only), 1)
        mark = "  <- default" if method == "weighted" and abs(threshold - DEFAULT_THRESHOLD) < 1e-9 else ""
        lines.append(f"{threshold:9.2f}  {recall:11.3f}  {precision:9.3f}  {false_rate:15.3f}  {review:28.3f}{mark}")
    figures.append({"name": f"{method}: trade-off ({len(negatives)} target=false prefixes)", "type": "text",
                    "lines": lines})
    at_default = [r for r in negatives if r["top"] and r["confidence"] >= DEFAULT_THRESHOLD]
    figures.append(value(f"{method}: false-card rate at {DEFAULT_THRESHOLD}", len(at_default) / max(len(negatives), 1)))
    return figures


# -- (b) speed ------------------------------------------------------------------------------------

_TOPICS = ("invoice billing payment refund card charge subscription plan upgrade downgrade cancel renew "
           "delivery shipping parcel courier tracking address return exchange warranty repair broken screen "
           "battery charger router modem wifi internet outage speed password login account email phone "
           "sim roaming contract fee discount coupon voucher store opening hours pickup appointment").split()


def _synthetic_word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def run_speed(seed: int, articles: int = 10_000, searches: int = 300, jsonl: bool = False) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    vocabulary = [_synthetic_word(rng) for _ in range(20_000)] + _TOPICS * 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        rows = []
        for n in range(articles):
            sentences = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 16))).capitalize() + "."
                         for _ in range(rng.randint(3, 12))]
            title = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 6))).capitalize()
            if jsonl:
                rows.append(json.dumps({"id": f"a{n:06d}", "title": title, "body": " ".join(sentences), "lang": "en"}))
            else:
                (folder / f"{n:05d}.md").write_text(f"# {title}\n\n" + " ".join(sentences) + "\n",
                                                    encoding="utf-8")
        if jsonl:
            (folder / "articles.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        kb = KnowledgeBase(Path(tmp) / "kb.db")
        calls: list[tuple[int, int, str]] = []
        started = time.perf_counter()
        result = kb.import_path(folder, progress=lambda done, total, what: calls.append((done, total, what)))
        import_s = time.perf_counter() - started
        started = time.perf_counter()
        again = kb.import_path(folder)
        reimport_s = time.perf_counter() - started
        timings, plain_timings = [], []
        for _ in range(searches):
            lines = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(4, 12))) + "?" for _ in range(3)]
            conversation = Conversation()
            for speaker, line in zip((Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER), lines, strict=True):
                conversation.add(Utterance(speaker, line))
            t0 = time.perf_counter_ns()
            search(kb, build_query(conversation.utterances, conversation.customer_language), 3)
            timings.append((time.perf_counter_ns() - t0) / 1e6)
            t0 = time.perf_counter_ns()
            plain_bm25(kb, lines[-1], 3)
            plain_timings.append((time.perf_counter_ns() - t0) / 1e6)
        kb.close()
    return [
        value(f"import {articles:,} articles ({'one JSON lines file' if jsonl else 'Markdown files'})", import_s, "s",
              target=15.0 if articles <= 10_000 else 60.0,
              note=f"added {result.added}, errors {len(result.errors)}, progress calls {len(calls)}, "
                   f"last {calls[-1] if calls else None}"),
        value("re-import, nothing changed", reimport_s, "s", note=f"unchanged {again.unchanged}"),
        dist("weighted search (query build + rank + passage)", timings, target=("p95", 20.0)),
        dist("plain bm25 baseline", plain_timings),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="number of DSTC prefixes (0 = all)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--skip-dstc", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles for the speed part")
    parser.add_argument("--jsonl", action="store_true", help="write the synthetic articles as one JSON lines file")
    args = parser.parse_args(argv)
    if not args.skip_dstc:
        figures = run_dstc(args.sample or None, args.seed)
        if figures is not None:
            print_figures("Knowledge: DSTC11 track 5 (validation)", figures)
    if not args.skip_speed:
        print_figures("Knowledge: speed", run_speed(args.seed, args.articles, jsonl=args.jsonl))
    return 0


if __name__ == "__main__":
    sys.exit(main())
