"""Benchmark 4: memory after a one-hour demo session.

In a child process: build the real app (offscreen), show the window, and play ~600 utterances (the
demo conversations' lines, repeated) into one session at maximum speed through
``PanelController.add_utterance``, waiting for each line's suggestions to reach the board and
processing events, with the agent inserting or discarding some cards. Reports RSS (VmRSS from
/proc/self/status, and the peak from getrusage ru_maxrss) at the start and the end, and the growth
along the way.

    python tests/bench/bench_memory.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

TARGET_MB = 150.0


def child(out: Path, quick: bool, n: int = 600) -> None:
    rss_process = bc.rss_mb()
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from copilot.app import SWITCH_INTERVAL_S, CopilotApp, freeze_startup_heap
    from copilot.cli.main import build_parser
    from copilot.config import logs
    from copilot.config.settings import Settings
    from copilot.panel.cards import SuggestionCard

    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as copilot.app.run does for the panel's process
    logs.setup()
    app = QApplication.instance() or QApplication(["copilot-bench"])
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    copilot = CopilotApp(build_parser().parse_args([]), Settings())
    window, controller = copilot.window, copilot.controller
    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    QTest.qWait(200)
    freeze_startup_heap()  # as copilot.app.run does once the panel is ready
    demos = bc.demo_data()
    context = next((d["context"] for d in demos if d["context"]), {})
    controller.bind(copilot.new_session(context, "demo"))
    QTest.qWait(50)
    gc.collect()
    rss_start = bc.rss_mb()
    refs_start = bc.singleton_refs()

    lines = [line for demo in demos for line in demo["utterances"]]
    loop = QEventLoop()
    timer = QTimer(singleShot=True)
    timer.timeout.connect(loop.quit)
    applied: list[int] = []

    def on_applied(indices: list[int]) -> None:
        applied.extend(indices)
        loop.quit()

    controller.suggestions_applied.connect(on_applied)
    rng = random.Random(bc.SEED)
    trend = []
    t_start = time.perf_counter()
    for i in range(n):
        speaker, text = lines[i % len(lines)]
        controller.add_utterance(speaker, text)
        index = controller.session.conversation.current_index
        deadline = time.perf_counter() + 2.0
        while index not in applied and time.perf_counter() < deadline:
            timer.start(max(1, int((deadline - time.perf_counter()) * 1000)))
            loop.exec()
            timer.stop()
        for _ in range(2):  # layout and paint of the new cards, deferred deletes of the old ones
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if window.cards.cards and rng.random() < 0.25:  # the agent acts on the top card
            if rng.random() < 0.7:
                controller.insert_card(1)
            else:
                controller.discard_card(1)
        if (i + 1) % 100 == 0:
            trend.append({"utterances": i + 1, **bc.rss_mb(), "refs": bc.singleton_refs()})
    play_s = time.perf_counter() - t_start
    if copilot.recorder is not None:
        copilot.recorder.flush()
    QTest.qWait(50)
    gc.collect()
    rss_end = bc.rss_mb()
    live_cards = len(window.cards.findChildren(SuggestionCard))
    refs_end = bc.singleton_refs()
    result = {
        "refs_start": refs_start, "refs_end": refs_end,
        "rss_process": rss_process, "rss_start": rss_start, "rss_end": rss_end, "trend": trend,
        "utterances": n, "play_s": play_s, "applied": len(applied), "shown": controller.counts["shown"],
        "used": controller.counts["used"], "discarded": controller.counts["discarded"],
        "live_cards": live_cards, "arrivals_left": len(controller._arrivals),
        "awaiting_paint_left": len(window.cards._awaiting_paint),
        "conversation_lines": window.conversation.lines,
        "db_kb": (Path(copilot.recorder.path).stat().st_size / 1024) if copilot.recorder else 0,
    }
    copilot.close()
    window.close()
    out.write_text(json.dumps(result), encoding="utf-8")


def run(quick: bool = False, utterances: int = 600) -> list[dict[str, Any]]:
    bc.require_resources()
    args = ["--utterances", str(utterances)] + (["--quick"] if quick else [])
    r = bc.run_child(Path(__file__), args, {}, timeout=150 + utterances // 10)
    start, end = r["rss_start"], r["rss_end"]
    trend = ", ".join(f"{t['utterances']}: {t['vmrss']:.1f}" for t in r["trend"])
    figures = [
        bc.value(f"RSS after {r['utterances']}-utterance demo session (VmRSS)", end["vmrss"], "MB",
                 target=TARGET_MB,
                 note=f"at start {start['vmrss']:.1f} MB (app built, window shown), "
                      f"growth {end['vmrss'] - start['vmrss']:+.1f} MB"),
        bc.value("peak RSS of the session process (ru_maxrss)", end["ru_maxrss"], "MB", target=TARGET_MB,
                 note=f"VmHWM {end['vmhwm']:.1f} MB; before Qt import {r['rss_process']['vmrss']:.1f} MB"),
        bc.value("VmRSS every 100 utterances", end["vmrss"], "MB", note=trend),
        bc.value("play time for the whole session at maximum speed", r["play_s"], "s",
                 note=f"{r['shown']} cards shown, {r['used']} used, {r['discarded']} discarded; "
                      f"{r['applied']} of {r['utterances']} engine results applied"),
        bc.value("leftovers at end: card widgets alive", r["live_cards"], "",
                 note=f"controller._arrivals entries {r['arrivals_left']}, "
                      f"cards awaiting paint {r['awaiting_paint_left']}, conversation lines "
                      f"{r['conversation_lines']}, database {r['db_kb']:.0f} KB",
                 arrivals_left=r["arrivals_left"]),
    ]
    figures += bc.child_health(r, r["utterances"])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--utterances", type=int, default=600, help="session length (default 600)")
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child), args.quick, args.utterances)
        return 0
    bc.print_figures("memory after a one-hour session", run(args.quick, args.utterances))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
