"""Benchmark 3: process start to window shown.

Runs ``python -m copilot --quit-after 0.1`` a few times (offscreen, a fresh COPILOT_DATA_DIR each
time, so every run is a first start with no settings and a new database). Per run:

* start → window shown: from just before the process is spawned to the timestamp of the app's
  "window shown in N ms" log line (log timestamps have 1 ms resolution);
* the in-app figure N itself (from ``run()`` entry, so without interpreter start and Qt import);
* whole-process wall time (includes the 0.1 s quit timer, the event loop and shutdown).

Baselines: ``python -c "import PySide6.QtWidgets"`` and ``python -c pass``.

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
QUIT_AFTER = 0.1
SHOWN = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO copilot\.app: window shown in (\d+) ms",
                   re.MULTILINE)


def _env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "COPILOT_DATA_DIR": data_dir})
    return env


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
        logged = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
        return {"start_to_shown": (logged - spawned_wall) * 1000, "in_app": float(match.group(2)),
                "wall": wall_ms}


def _bare(code: str) -> float:
    env = _env(tempfile.gettempdir())
    t0 = time.perf_counter_ns()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60, capture_output=True)
    return (time.perf_counter_ns() - t0) / 1e6


def run(quick: bool = False) -> list[dict[str, Any]]:
    bc.require_resources()
    runs = 3 if quick else 7
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
        imports.append(_bare("import copilot.cli.main, copilot.app"))
    shown = [s["start_to_shown"] for s in starts]
    walls = [s["wall"] for s in starts]
    figures = [
        bc.dist("process start → window shown", shown, "ms", target=("p95", TARGET_MS),
                note="spawn to the 'window shown' log line, fresh data dir each run"),
        bc.dist("in-app 'window shown in N ms' (run() entry → show())", [s["in_app"] for s in starts], "ms"),
        bc.dist(f"whole process wall time (--quit-after {QUIT_AFTER})", walls, "ms",
                note="includes the quit timer, event loop and shutdown"),
        bc.dist("baseline: python -c 'import PySide6.QtWidgets' wall time", bare_qt, "ms"),
        bc.dist("baseline: python -c pass wall time", bare_py, "ms"),
        bc.dist("python -c 'import copilot.cli.main, copilot.app' wall time (all imports, no window)", imports,
                "ms"),
    ]
    ratio = bc.percentile(shown, 50) / bc.percentile(bare_qt, 50)
    figures.append(bc.value("ratio start→shown / bare PySide6.QtWidgets import, median", ratio, "×"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    bc.print_figures("start to window shown", run(args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
