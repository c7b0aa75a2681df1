"""Benchmark: the draft guard, per draft and per request, on its evaluation set (``tests/guard_cases.py``).

Each of the set's drafts (what an injected model could stream, and the legitimate controls) is checked by
``copilot.engines.guard.check`` against the context of its language, ``ROUNDS`` times, each timed on its own;
the share held back and the controls lost are reported beside the time. Building the context (once per AI
request: the conversation's personal values, the passages' prices, domains and accounts, the system prompt's
word sequences) is timed for the set's conversations and for a 200-line conversation, with nothing cached,
and for the next request of that conversation (each text's facts are cached, so only the new line is read).
Target: a draft's check p95 ≤ 1 ms.

    python tests/bench/bench_guard.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import bench_common as bc  # noqa: E402
import guard_cases as cases  # noqa: E402

from copilot.engines import guard  # noqa: E402
from copilot.engines.guard import Draft, GuardContext, check  # noqa: E402
from copilot.engines.guard_rules import personal_findings  # noqa: E402

TARGET_P95_MS = 1.0


def _context(lang: str, extra_lines: int = 0) -> GuardContext:
    conversation = cases.CONVERSATIONS[lang]
    said = [*conversation.customer, *conversation.agent]
    said += [f"{said[n % len(said)]} ({n})" for n in range(extra_lines)]
    return GuardContext(language=lang, max_discount=cases.MAX_DISCOUNT, allowed_domains=cases.ALLOWED_DOMAINS,
                        passages=cases.PASSAGES, said=said, crm=conversation.context, placeholders=cases.PLACEHOLDERS,
                        system_prompt=cases.SYSTEM)


def _forget() -> None:
    """Empty the per-text caches: a request about a conversation the guard has never seen."""
    personal_findings.cache_clear()
    guard._facts.cache_clear()


def run(quick: bool = False) -> list[dict[str, Any]]:
    clock = time.perf_counter_ns
    contexts = {lang: _context(lang) for lang in cases.CONVERSATIONS}
    drafts = [(case, Draft(case.text, case.rationale, case.kind, case.cited))
              for case in cases.ATTACKS + cases.CONTROLS]
    per_draft: list[float] = []
    for _round in range(3 if quick else 20):
        for case, draft in drafts:
            t0 = clock()
            check(draft, contexts[case.lang])
            per_draft.append((clock() - t0) / 1e6)
    held = sum(check(draft, contexts[case.lang]) is not None for case, draft in drafts if case.category != "control")
    lost = sum(check(draft, contexts[case.lang]) is not None for case, draft in drafts if case.category == "control")
    build: list[float] = []
    build_long: list[float] = []
    build_next: list[float] = []
    for _round in range(3 if quick else 20):
        for lang in cases.CONVERSATIONS:
            _forget()
            t0 = clock()
            _context(lang)
            build.append((clock() - t0) / 1e6)
        _forget()
        t0 = clock()
        _context("nl", extra_lines=200)
        build_long.append((clock() - t0) / 1e6)
        t0 = clock()
        _context("nl", extra_lines=201)  # the next line of the same conversation: one new line to read
        build_next.append((clock() - t0) / 1e6)
    return [
        bc.value("drafts held back (tuning set)", held, note=f"of {len(cases.ATTACKS)}"),
        bc.value("controls lost (tuning set)", lost, note=f"of {len(cases.CONTROLS)}"),
        bc.dist("check() per draft", per_draft, "ms", target=("p95", TARGET_P95_MS)),
        bc.dist("GuardContext per request (a short chat, 17 passages)", build, "ms"),
        bc.dist("GuardContext per request (a 200-line conversation, nothing cached)", build_long, "ms"),
        bc.dist("GuardContext for the next request of that conversation (one new line)", build_next, "ms"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = run(args.quick)
    bc.print_figures(f"draft guard ({time.perf_counter() - started:.1f} s)", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
