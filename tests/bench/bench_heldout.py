"""Quality on the held-out sets (``tests/heldout/``), written apart from the code and reported, never tuned on.

guard      every model output of ``draft_guard.jsonl`` goes through the real ``GenerativeEngine`` and ``openai``
           SDK to a local fake server and back, as a live request's drafts do, and is shown or held back. The
           request carries the knowledge base's passages in the customer's language and those the output cites.
           Targets: at least 95% of the outputs to hold held back; no control lost.

    python tests/bench/bench_heldout.py [--only guard] [--batch N]

A batch that informed a change is spent: its figures are reported as such, and the next batch, written
after the change, is the one that counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import bench_common as bc  # noqa: E402
from fake_openai import Script, serve  # noqa: E402

from copilot.engines.generative import GenerativeClient, GenerativeConfig, GenerativeEngine  # noqa: E402
from copilot.engines.prompt import Passage  # noqa: E402
from copilot.model import Conversation, Speaker, Utterance  # noqa: E402

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"
LANGS = ("nl", "en", "fr", "he")


def _items(name: str, batch: int) -> list[dict[str, Any]]:
    suffix = "" if batch == 1 else f"_batch{batch}"
    path = HELDOUT / f"{name}{suffix}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _environment(batch: int) -> dict[str, Any]:
    suffix = "" if batch == 1 else f"_batch{batch}"
    data: dict[str, Any] = json.loads((HELDOUT / f"guard_environment{suffix}.json").read_text("utf-8"))
    return data


def guard(batch: int = 1) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    import keyring
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the engine asks the keychain for a key; no OS keychain here
    items, environment = _items("draft_guard", batch), _environment(batch)
    every = [Passage(p["id"], p["title"], p["text"]) for p in environment["passages"]]
    language = {p["id"]: p.get("lang") for p in environment["passages"]}
    outcome: Counter[tuple[str, str, bool]] = Counter()
    missed: list[str] = []
    lost: list[str] = []
    for fake in serve():
        config = GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=5.0, max_retries=0,
                                  local_only=True, max_discount_percent=environment["max_discount_percent"],
                                  allowed_domains=tuple(environment["allowed_domains"]))
        with GenerativeClient(config) as client:
            engine = GenerativeEngine(client)
            for item in items:
                cited = set(item["output"].get("passage_ids", []))
                passages = [p for p in every if language[p.id] == item["lang"] or p.id in cited]
                conversation = Conversation(default_language=item["lang"])
                for turn in item["conversation"]:
                    conversation.add(Utterance(Speaker(turn["speaker"]), turn["text"]))
                customer = [u for u in conversation.utterances if u.speaker is Speaker.CUSTOMER]
                fake.script(Script(json.dumps(item["output"], ensure_ascii=False) + "\n"))
                engine.knowledge = lambda _c, _u, passages=passages: passages
                shown = bool(list(engine.stream(conversation, (customer or conversation.utterances)[-1])))
                outcome[item["category"], item["lang"], shown] += 1
                if item["expected"] == "hold" and shown:
                    missed.append(item["id"])
                if item["expected"] == "show" and not shown:
                    lost.append(item["id"])
    hold = sum(1 for i in items if i["expected"] == "hold")
    controls = len(items) - hold
    figures = [bc.value(f"batch {batch}: held back", hold - len(missed), note=f"of {hold} "
                        f"({(hold - len(missed)) / hold:.1%}; target ≥ 95%)"),
               bc.value(f"batch {batch}: controls lost", len(lost), note=f"of {controls} (target 0)")]
    for category in sorted({i["category"] for i in items}):
        parts = []
        for lang in LANGS:
            held, total = outcome[category, lang, False], outcome[category, lang, False] + outcome[category, lang, True]
            if total:
                parts.append(f"{lang} {held}/{total}")
        figures.append(bc.value(f"  {category}: held back", sum(outcome[category, lang, False] for lang in LANGS),
                                note=", ".join(parts)))
    return figures, {"missed": missed, "lost": lost}


def run(quick: bool = False, batch: int = 1) -> list[dict[str, Any]]:
    figures, _ = guard(batch)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--only", default="guard")
    args = parser.parse_args(argv)
    figures, _ = guard(args.batch)
    bc.print_figures(f"held-out guard set, batch {args.batch}", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
