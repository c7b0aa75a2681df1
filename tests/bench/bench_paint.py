"""Benchmark 2: utterance entered to card painted, in the real window.

Builds the real ``CopilotApp`` (as ``copilot.app.run`` does), shows the window on the offscreen
platform, and feeds customer lines that trigger cards through ``PanelController.add_utterance``.
The figure is what ``CardPanel.cards_painted`` reports: ms from the utterance's ``received_ns`` to
the first paint of its new card (engine on the worker thread, queued result, session offer, card
widgets built, layout, paint). Runs in a child process so Qt never loads in the runner.

    python tests/bench/bench_paint.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

TARGET_P95_MS = 50.0
WARMUP = 10
PAINT_TIMEOUT_MS = 2000


def child(out: Path, quick: bool) -> None:
    rss_start = bc.rss_mb()
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from copilot.app import SWITCH_INTERVAL_S, CopilotApp, freeze_startup_heap
    from copilot.cli.main import build_parser
    from copilot.config import logs
    from copilot.config.settings import Settings
    from copilot.live.session import Session
    from copilot.playbook.engine import PlaybookEngine

    n = (80 if quick else 200) + WARMUP
    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as copilot.app.run does for the panel's process
    logs.setup()
    app = QApplication.instance() or QApplication(["copilot-bench"])
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    args = build_parser().parse_args([])
    copilot = CopilotApp(args, Settings())
    window, controller = copilot.window, copilot.controller
    window.show()
    exposed = QTest.qWaitForWindowExposed(window, 5000)
    QTest.qWait(200)  # the first full paint of the window
    freeze_startup_heap()  # as copilot.app.run does once the panel is ready
    refs_start = bc.singleton_refs()

    # A shadow session, fed the same lines in the same order, says beforehand how many new cards
    # each line will put up (the engine is deterministic), so the bench knows what to wait for.
    shadow = Session(PlaybookEngine(copilot.playbook, copilot.settings["policies"]), None,
                     context=copilot.context, source="bench",
                     default_language=controller.session.conversation.default_language,
                     card_ttl=copilot.settings["card_ttl"])
    shadow.start()

    loop = QEventLoop()
    timer = QTimer(singleShot=True)
    timer.timeout.connect(loop.quit)
    painted: list[tuple[float, int]] = []
    applied: list[tuple[int, int]] = []

    def on_painted(ms: float) -> None:
        painted.append((ms, time.perf_counter_ns()))
        loop.quit()

    def on_applied(indices: list[int]) -> None:
        now = time.perf_counter_ns()
        applied.extend((index, now) for index in indices)
        loop.quit()  # the wait below checks whether this was the signal it waits for

    window.cards.cards_painted.connect(on_painted)
    controller.suggestions_applied.connect(on_applied)

    def wait(done: Any, timeout_ms: int) -> bool:
        deadline = time.perf_counter() + timeout_ms / 1000
        while not done():
            remaining = int((deadline - time.perf_counter()) * 1000)
            if remaining <= 0:
                return False
            timer.start(remaining)
            loop.exec()
            timer.stop()
        return True

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    data = bc.playbook_data()
    lines = bc.triggering_customer_lines(data, n * 4)
    first_ms: list[float] = []   # cards_painted, first new card of the line
    last_ms: list[float] = []    # cards_painted, last new card of the line painted in that pass
    bench_ms: list[float] = []   # bench clock: before add_utterance -> paint
    engine_ms: list[float] = []  # before add_utterance -> suggestions_applied (cards built, not painted)
    call_ms: list[float] = []    # the add_utterance call itself (UI thread: session, conversation view)
    ready_ms: list[float] = []   # received -> suggestion ready on the worker (Suggestion.latency_ms)
    cold_ms = None
    timeouts = 0
    skipped = 0
    expected_cards = 0
    got_cards = 0
    measured = 0
    for text in lines:
        if measured >= n:
            break
        su = shadow.add_utterance("customer", text)
        expected = len(shadow.offer(shadow.suggest(su), su.index).shown)
        painted.clear()
        applied.clear()
        t0 = time.perf_counter_ns()
        controller.add_utterance("customer", text)
        t_call = time.perf_counter_ns()
        index = controller.session.conversation.current_index
        if not expected:  # the line puts up no new card (cooldown, already visible): let it pass
            skipped += 1
            wait(lambda i=index: any(a[0] == i for a in applied), PAINT_TIMEOUT_MS)
            settle()
            continue
        ok = wait(lambda: bool(painted), PAINT_TIMEOUT_MS)
        if not ok:
            timeouts += 1
            settle()
            continue
        settle()
        measured += 1
        if measured <= WARMUP:
            if cold_ms is None:
                cold_ms = painted[0][0]
            continue
        expected_cards += expected
        got_cards += len(painted)
        first_ms.append(painted[0][0])
        last_ms.append(max(p[0] for p in painted))
        bench_ms.append((painted[0][1] - t0) / 1e6)
        call_ms.append((t_call - t0) / 1e6)
        fresh = [c.latency_ms for c in controller.session.cards if c.utterance_index == index]
        if fresh:
            ready_ms.append(max(fresh))
        done = [a[1] for a in applied if a[0] == index]
        if done:
            engine_ms.append((done[0] - t0) / 1e6)
    rss_end = bc.rss_mb()
    live_cards = len(window.cards.cards)
    copilot.close()
    window.close()
    refs_end = bc.singleton_refs()
    result = {
        "refs_start": refs_start, "refs_end": refs_end,
        "exposed": bool(exposed), "first_ms": first_ms, "last_ms": last_ms, "bench_ms": bench_ms,
        "engine_ms": engine_ms, "call_ms": call_ms, "ready_ms": ready_ms, "cold_ms": cold_ms,
        "timeouts": timeouts, "skipped": skipped,
        "expected_cards": expected_cards, "got_cards": got_cards, "live_cards": live_cards,
        "rss_start": rss_start, "rss_end": rss_end, "platform": QApplication.platformName(),
        "playbook_entries": len(copilot.playbook.entries),
        "controller_latencies": len(controller.latencies_ms),
    }
    out.write_text(json.dumps(result), encoding="utf-8")


def run(quick: bool = False) -> list[dict[str, Any]]:
    bc.require_resources()
    args = ["--quick"] if quick else []
    r = bc.run_child(Path(__file__), args, {}, timeout=120)
    n = len(r["first_ms"])
    figures = [
        bc.dist("utterance → first new card painted (cards_painted)", r["first_ms"], "ms",
                target=("p95", TARGET_P95_MS),
                note=f"{r['platform']} platform, exposed={r['exposed']}, default playbook "
                     f"({r['playbook_entries']} entries), {WARMUP} warm-up lines excluded"),
        bc.dist("utterance → all new cards of the line painted", r["last_ms"], "ms",
                note=f"{r['got_cards']} of {r['expected_cards']} new cards reported a paint"),
        bc.dist("add_utterance call → first card painted (bench clock)", r["bench_ms"], "ms"),
        bc.dist("  of which: the add_utterance call (UI thread, conversation view)", r["call_ms"], "ms"),
        bc.dist("  of which: received → suggestion ready on the worker", r["ready_ms"], "ms"),
        bc.dist("  of which: add_utterance call → suggestions applied, card widgets built", r["engine_ms"],
                "ms"),
    ]
    if r["cold_ms"] is not None:
        figures.append(bc.value("first card of the session (cold, not in the figures above)", r["cold_ms"],
                                "ms"))
    figures.append(bc.value("lines measured / not triggering a new card / timed out",
                            n, "", note=f"{r['skipped']} skipped, {r['timeouts']} timeouts "
                                        f"(> {PAINT_TIMEOUT_MS} ms with no paint)",
                            skipped=r["skipped"], timeouts=r["timeouts"]))
    figures.append(bc.value("paint bench process RSS at end (VmRSS)", r["rss_end"]["vmrss"], "MB",
                            note=f"peak {r['rss_end']['ru_maxrss']:.1f} MB"))
    figures += bc.child_health(r, len(r["first_ms"]) + r["skipped"] + r["timeouts"] + WARMUP)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child), args.quick)
        return 0
    bc.print_figures("utterance to card painted", run(args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
