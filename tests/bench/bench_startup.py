"""Benchmark 3: process start to window shown.

Runs ``python -m copilot --quit-after 0.1`` a few times (offscreen, a fresh COPILOT_DATA_DIR each
time, so every run is a first start with no settings and a new database). Per run:

* start → window shown: from just before the process is spawned to the timestamp of the app's
  "window shown in N ms" log line (log timestamps have 1 ms resolution);
* start → panel ready: the same to its "panel ready in N ms" line, once the playbook, the engines,
  the record and the first conversation (with its opening cards) are built after the first paint;
* the in-app figure N itself (from ``run()`` entry, so without interpreter start and Qt import);
* whole-process wall time (includes the 0.1 s quit timer, the event loop and shutdown).

Baselines, each run right after a start (interleaved): ``python -c "import PySide6.QtWidgets"`` and
``python -c pass``. The headline figure is the ratio of each start → window shown to the bare Qt
import measured beside it, so that a busy machine slows both sides of a pair alike.

Python's bytecode cache is written (by the warm-up run) and used, as an installed app has it:
``PYTHONDONTWRITEBYTECODE`` is removed from the children's environment, or every start would compile
the app's sources again.

    python tests/bench/bench_startup.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

TARGET_MS = 1000.0
TARGET_RATIO = 2.5
QUIT_AFTER = 0.1
SHOWN = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO copilot\.app: window shown in (\d+) ms",
                   re.MULTILINE)
READY = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO copilot\.app: panel ready in (\d+) ms",
                   re.MULTILINE)


def _env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run writes the bytecode cache, the others use it
    env.update({"QT_QPA_PLATFORM": "offscreen", "COPILOT_DATA_DIR": data_dir})
    return env


def _stamp(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def _one_start() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="copilot-bench-start-") as tmp:
        env = _env(tmp)
        spawned_wall = time.time()
        t0 = time.perf_counter_ns()
        proc = subprocess.run([sys.executable, "-m", "copilot", "--quit-after", str(QUIT_AFTER)], env=env,
                              capture_output=True, text=True, timeout=60, cwd=str(bc.ROOT))
        wall_ms = (time.perf_counter_ns() - t0) / 1e6
        log = Path(tmp) / "logs" / "copilot.log"
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        match = SHOWN.search(text)
        if proc.returncode != 0 or match is None:
            raise RuntimeError(f"copilot did not start cleanly (exit {proc.returncode}); log:\n{text}\n"
                               f"stderr:\n{proc.stderr[-2000:]}")
        ready = READY.search(text)
        return {"start_to_shown": (_stamp(match.group(1)) - spawned_wall) * 1000, "in_app": float(match.group(2)),
                "start_to_ready": (_stamp(ready.group(1)) - spawned_wall) * 1000 if ready else None,
                "wall": wall_ms}


def _bare(code: str) -> float:
    env = _env(tempfile.gettempdir())
    t0 = time.perf_counter_ns()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60, capture_output=True)
    return (time.perf_counter_ns() - t0) / 1e6


def run(quick: bool = False) -> list[dict[str, Any]]:
    bc.require_resources()
    runs = 3 if quick else 7
    all_imports = ("import copilot.cli.main, copilot.app" if (bc.ROOT / "copilot" / "cli" / "main.py").exists()
                   else "import copilot.cli, copilot.app")  # the layout before copilot/cli/ became a package
    _one_start()  # warm-up: page cache, byte-code compilation
    _bare("import PySide6.QtWidgets")
    starts = []
    bare_qt = []
    bare_py = []
    imports = []
    for _ in range(runs):  # interleaved with the baselines
        starts.append(_one_start())
        bare_qt.append(_bare("import PySide6.QtWidgets"))
        bare_py.append(_bare("pass"))
        imports.append(_bare(all_imports))
    shown = [s["start_to_shown"] for s in starts]
    ready = [s["start_to_ready"] for s in starts if s["start_to_ready"] is not None]
    walls = [s["wall"] for s in starts]
    ratios = [s / q for s, q in zip(shown, bare_qt, strict=True)]
    figures = [
        bc.dist("ratio start→shown / bare PySide6.QtWidgets import, per run", ratios, "×",
                target=("median", TARGET_RATIO),
                note="each start against the bare import run right after it; ratio of the medians "
                     f"{bc.percentile(shown, 50) / bc.percentile(bare_qt, 50):.2f}×"),
        bc.dist("process start → window shown", shown, "ms", target=("p95", TARGET_MS),
                note="spawn to the 'window shown' log line, fresh data dir each run"),
    ]
    if ready:
        figures.append(bc.dist("process start → panel ready (first conversation and its cards, after the first "
                               "paint)", ready, "ms", note="spawn to the 'panel ready' log line"))
    figures += [
        bc.dist("in-app 'window shown in N ms' (run() entry → show())", [s["in_app"] for s in starts], "ms"),
        bc.dist(f"whole process wall time (--quit-after {QUIT_AFTER})", walls, "ms",
                note="includes the quit timer, event loop and shutdown"),
        bc.dist("baseline: python -c 'import PySide6.QtWidgets' wall time", bare_qt, "ms"),
        bc.dist("baseline: python -c pass wall time", bare_py, "ms"),
        bc.dist(f"python -c '{all_imports}' wall time (all imports, no window)", imports, "ms"),
    ]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    bc.print_figures("start to window shown", run(args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
