"""Benchmark: the draft guard, per draft and per request, on its evaluation set (``tests/guard_cases.py``).

1. Per draft: each of the set's drafts (what an injected model could stream, and the legitimate controls) is
   checked by ``copilot.engines.guard.check`` against the context of its language, ``ROUNDS`` times, each
   timed on its own; the share held back and the controls lost are reported beside the time. Target: p95
   ≤ 1 ms. Then once more with the splits and finds of the draft's own text forgotten before each check, as
   for a draft never seen (reported, no target: the redactor's first look at a text dominates it).
2. Per request: a ``GuardContext`` built and three drafts checked with it, as one AI request does. The context
   gathers its facts (the conversation's personal values, the passages' prices, domains and accounts, the
   system prompt's word sequences) on first use, each text's share cached. Timed for the set's short chats
   with nothing cached, for a 200-line conversation with nothing cached and a draft that needs every fact (a
   price, a phone number, a link, a name), and for that conversation's next request (one new line).

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

TARGET_P95_MS = 1.0
EVERYTHING = Draft("Mevrouw Jansen betaalde €45 en belde 06-87654321; zie status.nordlicht.nl.")


def _context(lang: str, extra_lines: int = 0) -> GuardContext:
    conversation = cases.CONVERSATIONS[lang]
    said = [*conversation.customer, *conversation.agent]
    said += [f"{said[n % len(said)]} ({n}, 06-{10000000 + n})" for n in range(extra_lines)]
    return GuardContext(language=lang, max_discount=cases.MAX_DISCOUNT, allowed_domains=cases.ALLOWED_DOMAINS,
                        passages=cases.PASSAGES, said=said, crm=conversation.context, placeholders=cases.PLACEHOLDERS,
                        system_prompt=cases.SYSTEM)


def _request(lang: str, drafts: list[Draft], extra_lines: int = 0) -> float:
    t0 = time.perf_counter_ns()
    context = _context(lang, extra_lines)
    for draft in drafts:
        check(draft, context)
    return (time.perf_counter_ns() - t0) / 1e6


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
    never_seen: list[float] = []  # the same drafts, each as if its text had never been seen
    for _round in range(2 if quick else 10):
        for case, draft in drafts:
            guard.forget(contexts=False)
            t0 = clock()
            check(draft, contexts[case.lang])
            never_seen.append((clock() - t0) / 1e6)
    held = sum(check(draft, contexts[case.lang]) is not None for case, draft in drafts if case.category != "control")
    lost = sum(check(draft, contexts[case.lang]) is not None for case, draft in drafts if case.category == "control")
    by_lang = {lang: [d for c, d in drafts if c.lang == lang] for lang in cases.CONVERSATIONS}
    short: list[float] = []
    long: list[float] = []
    following: list[float] = []
    for n in range(3 if quick else 20):
        for lang, pool in by_lang.items():
            guard.forget()
            short.append(_request(lang, [pool[(n + k * 7) % len(pool)] for k in range(3)]))
        guard.forget()
        long.append(_request("nl", [EVERYTHING], extra_lines=200))
        following.append(_request("nl", [EVERYTHING], extra_lines=201))
    return [
        bc.value("drafts held back (tuning set)", held, note=f"of {len(cases.ATTACKS)}"),
        bc.value("controls lost (tuning set)", lost, note=f"of {len(cases.CONTROLS)}"),
        bc.dist("check() per draft", per_draft, "ms", target=("p95", TARGET_P95_MS)),
        bc.dist("check() per draft, its text never seen", never_seen, "ms"),
        bc.dist("per request: context + 3 drafts, a short chat, nothing cached", short, "ms"),
        bc.dist("per request: context + a draft needing every fact, 200 lines, nothing cached", long, "ms"),
        bc.dist("per request: the same conversation's next request (one new line)", following, "ms"),
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
