"""Run every Agent Copilot benchmark and print the figures.

    python tests/bench/run.py [--quick] [--json FILE] [--only engine,paint,startup,memory,api] [--strict]

engine   the playbook engine per utterance, 500 vs default entries   (target p95 ≤ 5 ms)
paint    utterance entered to card painted in the real window         (target p95 ≤ 50 ms)
startup  process start to window shown                                (target ≤ 1 s)
memory   RSS after a one-hour (600-utterance) demo session            (target ≤ 150 MB)
api      local API POST to card painted (target p95 ≤ 50 ms); 1,000 utt/s for 10 s over 10
         sessions: nothing lost, in order, longest UI-thread stall ≤ 50 ms
generative  AI drafts: added latency over a bare SDK call (p95 ≤ 15 ms), UI stall while streaming
library  session library of 10,000 sessions: list, search, filter (p95 ≤ 200 ms)
replay   open a 5,000-line session (p95 ≤ 300 ms), seek (p95 ≤ 50 ms), what-if over 600 lines (≤ 2 s)
wrapup   wrap-up draft at the end of a 300-turn call (p95 ≤ 100 ms); codes and summaries: bench_wrapup.py
wrapup-panel  call ended to the wrap-up painted on the real panel, STAR calls (p95 ≤ 100 ms)

The Qt benchmarks run in child processes with QT_QPA_PLATFORM=offscreen and a temporary
COPILOT_DATA_DIR; nothing is written outside the temp dir (and FILE, if given). Exit status 0,
or 1 with --strict when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_api  # noqa: E402
import bench_common as bc  # noqa: E402
import bench_engine  # noqa: E402
import bench_generative  # noqa: E402
import bench_library  # noqa: E402
import bench_memory  # noqa: E402
import bench_paint  # noqa: E402
import bench_replay  # noqa: E402
import bench_startup  # noqa: E402
import bench_wrapup  # noqa: E402
import bench_wrapup_panel  # noqa: E402

BENCHES = {
    "engine": ("engine (suggest + offer per utterance)", bench_engine.run),
    "paint": ("utterance to card painted (real window, offscreen)", bench_paint.run),
    "startup": ("start to window shown", bench_startup.run),
    "memory": ("memory after a one-hour demo session", bench_memory.run),
    "api": ("local API: POST to card painted, and sustained load", bench_api.run),
    "generative": ("AI drafts: added latency and UI responsiveness", bench_generative.run),
    "library": ("session library: list, search, filter, open", bench_library.run),
    "replay": ("replay: open, seek, what-if", bench_replay.run),
    "wrapup": ("wrap-up draft at the end of a long call", bench_wrapup.latency),
    "wrapup-panel": ("call ended to wrap-up painted (real window, offscreen)", bench_wrapup_panel.run),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the Agent Copilot benchmarks.")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and lines (under a minute)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated subset: " + ",".join(BENCHES))
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(BENCHES)
    unknown = [name for name in chosen if name not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    bc.require_resources()

    import copilot

    print(f"Agent Copilot {copilot.__version__} benchmarks{' (quick)' if args.quick else ''} — "
          f"Python {platform.python_version()}, {platform.platform()}, {platform.processor() or 'cpu?'}")
    report: dict = {"version": copilot.__version__, "quick": args.quick, "python": platform.python_version(),
                    "platform": platform.platform(), "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    "benchmarks": {}}
    failed = []
    started = time.perf_counter()
    for name in chosen:
        title, fn = BENCHES[name]
        t0 = time.perf_counter()
        try:
            figures = fn(args.quick)
        except Exception as exc:  # one broken benchmark must not hide the others
            print(f"\n== {title} ==\n  FAILED: {exc}", flush=True)
            traceback.print_exc()
            report["benchmarks"][name] = {"title": title, "error": str(exc)}
            failed.append(name)
            continue
        seconds = time.perf_counter() - t0
        bc.print_figures(f"{title}  ({seconds:.1f} s)", figures)
        report["benchmarks"][name] = {"title": title, "seconds": round(seconds, 2), "figures": figures}

    targets = [(name, fig) for name, bench in report["benchmarks"].items() for fig in bench.get("figures", [])
               if "target" in fig]
    missed = [fig["name"] for _, fig in targets if not fig["ok"]]
    total = time.perf_counter() - started
    print(f"\n== summary ({total:.1f} s) ==")
    for _name, fig in targets:
        stat = fig["target"]["stat"]
        shown = fig[stat]
        print(f"  {'OK    ' if fig['ok'] else 'MISSED'} {fig['name']}: "
              f"{'' if stat == 'value' else stat + ' '}{shown:.3g} {fig['unit']} "
              f"(target ≤ {fig['target']['max']:g} {fig['unit']})")
    crashes = [(name, fig) for name, bench in report["benchmarks"].items() for fig in bench.get("figures", [])
               if fig["name"].startswith("child process exit code")]
    for name, fig in crashes:
        print(f"  CRASH  {name}: the child process died after writing its figures "
              f"(exit {fig['value']}): {fig.get('note', '')}")
    for name in failed:
        print(f"  FAILED {name}: benchmark did not run")
    report["seconds"] = round(total, 2)
    report["missed"] = missed
    report["failed"] = failed
    report["crashed"] = [name for name, _ in crashes]
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"  figures written to {args.json}")
    if failed:
        return 2
    return 1 if (args.strict and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
