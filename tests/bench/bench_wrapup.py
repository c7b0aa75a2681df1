"""The wrap-up: how often the right disposition code is chosen, how close its summary comes to people's, how fast.

    python tests/bench/bench_wrapup.py [--only star,dialogsum,latency] [--split tune|heldout|both] [--quick]

star       Disposition top-1 and top-3 on STAR (``../shared/data/star-tasks/star_dialogues.jsonl``; RasaHQ/STAR,
           MIT): its 24 tasks are the codes, chosen from one-line descriptions alone
           (``tests/bench/star_dispositions.csv``, written from the task names and the TUNE half only). The halves
           are fixed by the SHA-1 of the dialogue id (even: tune, odd: held out); the held-out half was never read
           while the descriptions or the chooser were written or tuned. Target: held-out top-1 >= 0.80.
dialogsum  ROUGE-1/2/L F1 of the local wrap-up's summary (reason + actions) on DialogSum's test split
           (``../shared/data/dialogsum/dialogsum.test.jsonl``; cylnlp/dialogsum, CC BY-NC-SA 4.0, evaluation only)
           against its three reference summaries, the mean over the three and the best of the three, beside a
           lead-3 baseline (the dialogue's first three sentences) in the same run. The dev split was the only one
           read while tuning. ROUGE is computed here plainly (lower-cased words, Snowball English stems, F1 of
           unigrams, bigrams and the longest common subsequence), so the figures compare with each other, not
           necessarily to the third decimal with other ROUGE implementations.
latency    ``draft()`` at the end of a 300-turn call (the builder has read each turn as it came): median and p95,
           the cost of reading one utterance, and the memory the builder holds. Target: draft p95 < 100 ms.

The data is read from ``../shared/data/`` beside the repository; a corpus that is absent is skipped with a message.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import re
import sys
import time
import tracemalloc
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's copilot, whichever is installed

import bench_common as bc  # noqa: E402
import snowballstemmer  # noqa: E402

from copilot.wrapup import WrapupBuilder, load_dispositions  # noqa: E402
from copilot.wrapup.choose import DispositionIndex  # noqa: E402
from copilot.wrapup.extract import split_sentences  # noqa: E402

DATA = bc.ROOT.parent / "shared" / "data"
STAR = DATA / "star-tasks" / "star_dialogues.jsonl"
DIALOGSUM = DATA / "dialogsum"
STAR_CODES = bc.BENCH_DIR / "star_dispositions.csv"
DEMO_CALLS = sorted(bc.DEMO_DIR.glob("*.json"))
TURNS = 300


# -- STAR: disposition codes --------------------------------------------------------------------------------


def star_half(dialogue_id: Any) -> str:
    """tune or heldout, fixed by the dialogue id alone."""
    return "tune" if int(hashlib.sha1(str(dialogue_id).encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def star(split: str) -> list[dict[str, Any]]:
    if not STAR.exists():
        print(f"star: skipped, {STAR} is absent (see ../shared/data/README.md)")
        return []
    index = DispositionIndex(load_dispositions(STAR_CODES))
    rows = [json.loads(line) for line in STAR.read_text(encoding="utf-8").splitlines() if line.strip()]
    figures = []
    for half in (["tune", "heldout"] if split == "both" else [split]):
        chosen = [row for row in rows if star_half(row["dialogue_id"]) == half]
        top1 = top3 = seconds = 0
        missed: dict[str, int] = {}
        for row in chosen:
            builder = WrapupBuilder(index, call_date=date(2024, 3, 8))
            for turn in row["turns"]:
                builder.add(turn["speaker"], turn["text"], "en")
            ranked = [d.code for d, _, _ in index.scores(builder.query)]
            top1 += ranked[0] == row["task"]
            top3 += row["task"] in ranked[:3]
            seconds += len(builder.draft().dispositions) > 1
            if ranked[0] != row["task"]:
                missed[f"{row['task']}->{ranked[0]}"] = missed.get(f"{row['task']}->{ranked[0]}", 0) + 1
        n = len(chosen)
        label = "held out" if half == "heldout" else "TUNE half (descriptions written on it)"
        worst = ", ".join(f"{k} {v}" for k, v in sorted(missed.items(), key=lambda kv: -kv[1])[:4])
        figures += [
            bc.value(f"STAR {label}: top-1", top1 / n, "", note=f"{n} dialogues; most missed: {worst}"),
            bc.value(f"STAR {label}: top-3", top3 / n, ""),
            bc.value(f"STAR {label}: calls given a second code", seconds / n, "",
                     note="every STAR dialogue has one task"),
        ]
    return figures


# -- DialogSum: summaries -----------------------------------------------------------------------------------

_STEM = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[a-z0-9]+")
_TAGGED = re.compile(r"^#(Person\d)#:\s*(.*)$")


def rouge_tokens(text: str) -> list[str]:
    return [_STEM.stemWord(word) for word in _WORD.findall(text.lower())]


def _ngrams(tokens: list[str], n: int) -> dict[tuple[str, ...], int]:
    counts: dict[tuple[str, ...], int] = {}
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts


def _f1(overlap: float, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    ours, theirs = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum(min(count, theirs.get(gram, 0)) for gram, count in ours.items())
    return _f1(overlap, sum(ours.values()), sum(theirs.values()))


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    if not candidate or not reference:
        return 0.0
    previous = [0] * (len(reference) + 1)
    for word in candidate:
        current = [0]
        for j, other in enumerate(reference, 1):
            current.append(previous[j - 1] + 1 if word == other else max(previous[j], current[j - 1]))
        previous = current
    return _f1(previous[-1], len(candidate), len(reference))


def rouge(candidate: str, references: list[str]) -> dict[str, tuple[float, float]]:
    """{"rouge1"|"rouge2"|"rougeL": (mean over references, best reference)}."""
    ours = rouge_tokens(candidate)
    theirs = [rouge_tokens(ref) for ref in references]
    scores = {"rouge1": [rouge_n(ours, ref, 1) for ref in theirs], "rouge2": [rouge_n(ours, ref, 2) for ref in theirs],
              "rougeL": [rouge_l(ours, ref) for ref in theirs]}
    return {name: (sum(values) / len(values), max(values)) for name, values in scores.items()}


def dialogue_turns(dialogue: str, customer: str = "Person1") -> list[tuple[str, str]]:
    """DialogSum's ``#Person1#: text`` lines as (speaker, text); ``customer`` is the person taken as the caller."""
    turns = []
    for line in dialogue.splitlines():
        match = _TAGGED.match(line.strip())
        if match:
            turns.append(("customer" if match.group(1) == customer else "agent", match.group(2)))
    return turns


def wrapup_summary(turns: Iterable[tuple[str, str]]) -> str:
    builder = WrapupBuilder(call_date=date(2024, 3, 8))
    for speaker, text in turns:
        builder.add(speaker, text, "en")
    return builder.draft().summary


def lead(turns: list[tuple[str, str]], sentences: int = 3) -> str:
    said = [s for _, text in turns for s in split_sentences(text)]
    return " ".join(said[:sentences])


def dialogsum(split: str, quick: bool) -> list[dict[str, Any]]:
    name = "dev" if split == "tune" else "test"
    path = DIALOGSUM / f"dialogsum.{name}.jsonl"
    if not path.exists():
        print(f"dialogsum: skipped, {path} is absent (see ../shared/data/README.md)")
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:100] if quick else rows
    totals: dict[str, dict[str, list[float]]] = {"wrap-up": {}, "lead-3": {}}
    for row in rows:
        references = [row[key] for key in ("summary", "summary1", "summary2", "summary3") if row.get(key)]
        turns = dialogue_turns(row["dialogue"])
        for system, text in (("wrap-up", wrapup_summary(turns)), ("lead-3", lead(turns))):
            for metric, (mean, best) in rouge(text, references).items():
                totals[system].setdefault(f"{metric} mean", []).append(mean)
                totals[system].setdefault(f"{metric} max", []).append(best)
    figures = []
    for system, metrics in totals.items():
        for metric, values in metrics.items():
            figures.append(bc.value(f"DialogSum {name} ({len(rows)}): {system} {metric} F1",
                                    sum(values) / len(values), ""))
    return figures


# -- latency --------------------------------------------------------------------------------------------------


def long_call(turns: int = TURNS) -> list[tuple[str, str, str]]:
    """The demo conversations, one after another, until the call is ``turns`` lines long."""
    said: list[tuple[str, str, str]] = []
    for path in DEMO_CALLS:
        call = json.loads(path.read_text(encoding="utf-8"))
        said += [(u["speaker"], u["text"], call.get("language", "en")) for u in call["utterances"]]
    english = [line for line in said if line[2] == "en"] or said
    return [english[i % len(english)] for i in range(turns)]


def latency(quick: bool) -> list[dict[str, Any]]:
    call = long_call()
    dispositions = load_dispositions()
    index = DispositionIndex(dispositions)
    drafts, adds = [], []
    rounds = 10 if quick else 60
    for _ in range(rounds):
        builder = WrapupBuilder(index, call_date=date(2024, 3, 8))
        for speaker, text, lang in call:
            started = time.perf_counter()
            builder.add(speaker, text, lang)
            adds.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        builder.draft()
        drafts.append((time.perf_counter() - started) * 1000)
    gc.collect()
    tracemalloc.start()
    builder = WrapupBuilder(index, call_date=date(2024, 3, 8))
    for speaker, text, lang in call:
        builder.add(speaker, text, lang)
    builder.draft()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [
        bc.dist(f"draft() at the end of a {TURNS}-turn call", drafts, target=("p95", 100.0)),
        bc.dist("reading one utterance as it comes (add)", adds),
        bc.value("memory one 300-turn builder holds", held / 1e6, "MB",
                 note=f"peak while building {peak / 1e6:.1f} MB"),
        bc.value("process RSS", bc.rss_mb()["vmrss"], "MB"),
    ]


def run(quick: bool = False, only: Iterable[str] = ("star", "dialogsum", "latency"),
        split: str = "both") -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = []
    chosen = set(only)
    if "star" in chosen:
        figures += star(split)
    if "dialogsum" in chosen:
        for half in (["tune", "heldout"] if split == "both" else [split]):
            figures += dialogsum(half, quick)
    if "latency" in chosen:
        figures += latency(quick)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="star,dialogsum,latency", help="comma-separated: star,dialogsum,latency")
    parser.add_argument("--split", choices=["tune", "heldout", "both"], default="both",
                        help="tune: STAR's tune half and DialogSum dev; heldout: STAR's other half and DialogSum test")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, 100 DialogSum dialogues")
    args = parser.parse_args(argv)
    bc.print_figures("wrap-up", run(args.quick, args.only.split(","), args.split))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
