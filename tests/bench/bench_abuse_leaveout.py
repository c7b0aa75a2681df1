"""How well the broad abuse reading (``copilot.engines.guard_abuse_verdict``) carries to drafts it did not learn from.

For each spent held-out guard batch from ``--first`` on, the reading is built without the entries that only that
batch's drafts showed, and run alone (without the older abuse readings, which learnt from every spent batch) on that
batch's abuse items: a verdict is two of its traits, or a label for the customer's mind. Every legitimate draft of
every batch is read too, by the whole reading; none may be taken for abuse.

    python tests/bench/bench_abuse_leaveout.py [--first 55] [--last 61]

Reading a batch spends it: run this only on batches already spent.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from copilot.engines import guard_abuse_verdict as verdict

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"


def _items(batch: int) -> list[dict[str, Any]]:
    name = "draft_guard.jsonl" if batch == 1 else f"draft_guard_batch{batch}.jsonl"
    return [json.loads(line) for line in (HELDOUT / name).read_text("utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--first", type=int, default=55)
    parser.add_argument("--last", type=int, default=61)
    args = parser.parse_args(argv)
    held = total = 0
    for batch in range(1, args.last + 1):
        items = _items(batch)
        taken = [i["id"] for i in items if i["expected"] == "show" and verdict.verdict_traits(i["output"]["text"]) >= 2]
        for item_id in taken:
            print(f"  control read as abuse: {item_id}")
        if batch < args.first:
            continue
        abuse = [i for i in items if i["category"] == "abuse"]
        caught = sum(verdict.verdict_traits(i["output"]["text"], frozenset({batch})) >= 2 for i in abuse)
        held, total = held + caught, total + len(abuse)
        print(f"batch {batch}: abuse held {caught} of {len(abuse)}, the batch left out")
    print(f"batches {args.first}-{args.last}: {held} of {total} ({held / max(total, 1):.0%}), each batch left out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
