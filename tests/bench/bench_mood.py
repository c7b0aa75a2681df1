"""Benchmark: is the live mood indicator right when it shows, and how often does it show?

Corpus: 48 conversations from ``../shared/data/`` (STAR customer turns; DialogSum turns of one chosen person),
labelled by hand in ``tests/heldout/mood_labels.jsonl`` (the method, the sampling and the split are in
docs/mood.md). The labels hold no text: the benchmark reads the turns from the data folder and skips, saying so,
when it is absent.

Each conversation's labelled turns are fed in order to ``copilot.live.mood.MoodTrend``, as the panel feeds a
customer's lines. Figures, for the held-out split and, separately and marked as such, the tuning split:

* per turn: **coverage** (the share of turns after which the indicator shows a mood) and **precision when
  shown** (the mood shown, upset or pleased, is the turn's label: negative or positive), with a 95% Wilson
  interval; also how often it shows upset on a turn labelled positive or the other way round (the bad mistake);
* at the end of the conversation: the same against the end mood label;
* sharp drops: precision and recall of the drop hint against the labelled drops (a hint within one turn of the
  labelled turn counts), with how many drops are labelled (few: say so when reading the figure).

    python tests/bench/bench_mood.py [--split heldout|tuning|both] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from copilot.live.mood import MoodRules, MoodTrend, Tone  # noqa: E402

LABELS = ROOT / "tests" / "heldout" / "mood_labels.jsonl"
DATA = ROOT.parent / "shared" / "data"
STAR = DATA / "star-tasks" / "star_dialogues.jsonl"
DIALOGSUM = [DATA / "dialogsum" / "dialogsum.dev.jsonl", DATA / "dialogsum" / "dialogsum.test.jsonl"]
SHOWN_AS = {Tone.UPSET: "negative", Tone.PLEASED: "positive"}


@dataclass(frozen=True, slots=True)
class Labelled:
    id: str
    split: str
    texts: tuple[str, ...]
    turns: tuple[str, ...]
    end: str
    drop_at: int | None


def load(data: Path = DATA) -> list[Labelled] | None:
    """The labelled conversations with their text, or None when the public data is not there."""
    star_path = data / STAR.relative_to(DATA)
    dialogsum_paths = [data / path.relative_to(DATA) for path in DIALOGSUM]
    if not star_path.exists() or not all(path.exists() for path in dialogsum_paths):
        return None
    texts: dict[str, list[tuple[str, str]]] = {}
    with star_path.open(encoding="utf-8") as lines:
        for line in lines:
            dialogue = json.loads(line)
            texts[f"star:{dialogue['dialogue_id']}"] = [(t["speaker"], t["text"]) for t in dialogue["turns"]]
    for path in dialogsum_paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                dialogue = json.loads(line)
                said = [re.match(r"(#Person\d#):\s*(.*)", row) for row in dialogue["dialogue"].split("\n")]
                texts[f"dialogsum:{dialogue['fname']}"] = [(m.group(1), m.group(2)) for m in said if m]
    found = []
    with LABELS.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            turns = tuple(text for speaker, text in texts[row["id"]] if speaker == row["speaker"])
            assert len(turns) == len(row["turns"]), row["id"]
            found.append(Labelled(row["id"], row["split"], turns, tuple(row["turns"]), row["end"], row["drop_at"]))
    return found


def wilson(hits: int, n: int) -> tuple[float, float]:
    if not n:
        return math.nan, math.nan
    z, p = 1.96, hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def evaluate(conversations: list[Labelled], rules: MoodRules | None = None) -> dict[str, Any]:
    turns = shown = right = opposite = 0
    ends_shown = ends_right = 0
    drops_raised = drops_right = 0
    labelled_drops = sum(c.drop_at is not None for c in conversations)
    found_drops = 0
    for conversation in conversations:
        mood = MoodTrend(rules or MoodRules())
        raised: list[int] = []
        tone = None
        for index, (text, label) in enumerate(zip(conversation.texts, conversation.turns, strict=True)):
            if mood.add(text, "en") is not None:
                raised.append(index)
            tone = mood.mood.tone
            turns += 1
            if tone is not None:
                shown += 1
                right += SHOWN_AS[tone] == label
                opposite += label != "neutral" and SHOWN_AS[tone] != label
        if tone is not None:
            ends_shown += 1
            ends_right += SHOWN_AS[tone] == conversation.end
        drops_raised += len(raised)
        if conversation.drop_at is not None:
            near = [index for index in raised if abs(index - conversation.drop_at) <= 1]
            drops_right += len(near)
            found_drops += bool(near)
    return {
        "conversations": len(conversations), "turns": turns,
        "turn_coverage": shown / turns if turns else math.nan, "turn_shown": shown,
        "turn_precision": right / shown if shown else math.nan, "turn_precision_ci": wilson(right, shown),
        "turn_opposite": opposite,
        "end_coverage": ends_shown / len(conversations) if conversations else math.nan, "end_shown": ends_shown,
        "end_precision": ends_right / ends_shown if ends_shown else math.nan,
        "end_precision_ci": wilson(ends_right, ends_shown),
        "drops_labelled": labelled_drops, "drops_raised": drops_raised,
        "drop_precision": drops_right / drops_raised if drops_raised else math.nan,
        "drop_recall": found_drops / labelled_drops if labelled_drops else math.nan,
    }


GRID = {"smoothing": (0.5, 0.7), "level_min": (0.15, 0.2, 0.25, 0.3), "turn_min": (0.15, 0.2),
        "support_min": (1, 2), "strong": (0.4, 0.5, 0.6, 0.8), "drop_min": (0.25, 0.35), "calm_turns": (1, 2)}
PRECISION_FLOOR = 0.85  # the indicator must be right at least this often when it shows (per turn)


def tune(conversations: list[Labelled]) -> tuple[MoodRules, dict[str, Any]]:
    """The rules that show the mood most often while staying right at least ``PRECISION_FLOOR`` of the time
    and never showing the opposite mood; ties go to the stricter rules. Run on the tuning split only."""
    import itertools

    best: tuple[tuple[float, ...], MoodRules, dict[str, Any]] | None = None
    names = list(GRID)
    for values in itertools.product(*(GRID[name] for name in names)):
        rules = MoodRules(**dict(zip(names, values, strict=True)))
        figures = evaluate(conversations, rules)
        if figures["turn_opposite"] or not figures["turn_precision"] >= PRECISION_FLOOR:
            continue
        drop = 0.0 if math.isnan(figures["drop_recall"]) else figures["drop_recall"]
        precision = 0.0 if math.isnan(figures["drop_precision"]) else figures["drop_precision"]
        key = (figures["turn_coverage"], figures["end_coverage"], drop + precision, rules.level_min, rules.strong)
        if best is None or key > best[0]:
            best = (key, rules, figures)
    assert best is not None, "no rules reach the precision floor"
    return best[1], best[2]


def report(name: str, figures: dict[str, Any]) -> str:
    low, high = figures["turn_precision_ci"]
    end_low, end_high = figures["end_precision_ci"]
    return "\n".join([
        f"{name}: {figures['conversations']} conversations, {figures['turns']} labelled turns",
        f"  per turn: shown after {figures['turn_shown']} turns (coverage {figures['turn_coverage']:.0%}), "
        f"precision when shown {figures['turn_precision']:.0%} (95% {low:.0%}-{high:.0%}); "
        f"opposite mood shown {figures['turn_opposite']} times",
        f"  at the end: shown for {figures['end_shown']} (coverage {figures['end_coverage']:.0%}), "
        f"precision when shown {figures['end_precision']:.0%} (95% {end_low:.0%}-{end_high:.0%})",
        f"  sharp drops: {figures['drops_labelled']} labelled, {figures['drops_raised']} hints raised, "
        f"precision {figures['drop_precision']:.0%}, recall {figures['drop_recall']:.0%}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["heldout", "tuning", "both"], default="both")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--tune", action="store_true", help="search the rules on the tuning split and print them")
    args = parser.parse_args(argv)
    conversations = load()
    if conversations is None:
        print(f"bench_mood: skipped, the public data is not in {DATA} (see ../shared/data/README.md)")
        return 0
    if args.tune:
        rules, figures = tune([c for c in conversations if c.split == "tuning"])
        print(rules)
        print(report("TUNING (the search's best)", figures))
        return 0
    results = {}
    for split in ("heldout", "tuning"):
        if args.split in (split, "both"):
            results[split] = evaluate([c for c in conversations if c.split == split])
            title = "HELD-OUT" if split == "heldout" else "TUNING (thresholds were chosen on these; not a result)"
            print(report(title, results[split]))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
