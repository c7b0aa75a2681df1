"""Benchmark: a call ends, and its wrap-up draft is painted on the real panel.

Builds the real ``CopilotApp`` on the offscreen platform, plays whole service dialogues nobody here wrote
(STAR, ``../shared/data/star-tasks``) into it one call after another, and times from just before the call is
ended (``PanelController.end_session``, what an API ``end`` message or the demo does) to the wrap-up card's
first paint: the local draft from every line (the draft, the codes, the mood), the record's write queued, the
card filled, laid out and painted. Runs in a child process so Qt never loads in the runner. Target: p95 ≤ 100 ms.

    python tests/bench/bench_wrapup_panel.py [--quick]
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

TARGET_P95_MS = 100.0
STAR = bc.ROOT.parent / "shared" / "data" / "star-tasks" / "star_dialogues.jsonl"


def _dialogues(n: int) -> list[list[tuple[str, str]]]:
    calls = []
    with STAR.open(encoding="utf-8") as handle:
        for line in handle:
            turns = [(t["speaker"], t["text"]) for t in json.loads(line)["turns"] if t.get("text", "").strip()]
            if len(turns) >= 8:
                calls.append(turns)
            if len(calls) >= n:
                break
    return calls


def child(out: Path, quick: bool) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from copilot.app import SWITCH_INTERVAL_S, CopilotApp
    from copilot.cli.main import build_parser
    from copilot.config import logs
    from copilot.config.settings import Settings
    from copilot.live.session import Session

    sys.setswitchinterval(SWITCH_INTERVAL_S)
    logs.setup()
    app = QApplication.instance() or QApplication(["copilot-bench"])
    app.setStyle("Fusion")
    copilot = CopilotApp(build_parser().parse_args([]), Settings())
    window, controller = copilot.window, copilot.controller
    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    QTest.qWait(200)

    painted: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter_ns())
            return False

    watch = Watch()
    window.wrapup.installEventFilter(watch)
    calls = _dialogues(12 if quick else 40)
    end_ms, lines = [], []
    for turns in calls:
        controller.bind(Session(controller.session.engine, copilot.recorder, source="bench"))
        for speaker, text in turns:
            controller.add_utterance(speaker, text)
        deadline = time.monotonic() + 5
        while (controller.conversation.waiting or controller.conversation.busy) and time.monotonic() < deadline:
            QTest.qWait(5)  # the engine lane has read every line, as in a call that ran for minutes
        QTest.qWait(20)
        painted.clear()
        t0 = time.perf_counter_ns()
        controller.end_session(controller.session)
        deadline = time.monotonic() + 2
        while not painted and time.monotonic() < deadline:
            app.processEvents()
        if painted:
            end_ms.append((painted[0] - t0) / 1e6)
            lines.append(len(turns))
    out.write_text(json.dumps({"end_ms": end_ms, "lines": lines, "calls": len(calls)}), encoding="utf-8")
    copilot.close()


def run(quick: bool = False) -> list[dict[str, Any]]:
    bc.require_resources()
    if not STAR.exists():
        print(f"  skipped: {STAR} is absent (public dialogue data, see ../shared/data/README.md)")
        return []
    r = bc.run_child(Path(__file__), ["--quick"] if quick else [], {}, timeout=300)
    lines = r["lines"]
    return [
        bc.dist("call ended → wrap-up draft painted on the panel (local engine)", r["end_ms"], "ms",
                target=("p95", TARGET_P95_MS),
                note=f"{len(r['end_ms'])} of {r['calls']} STAR calls painted, "
                     f"{min(lines, default=0)}–{max(lines, default=0)} lines each, offscreen"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child), args.quick)
        return 0
    bc.print_figures("call ended to wrap-up painted", run(args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
