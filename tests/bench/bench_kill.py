"""Benchmark: does an acknowledged utterance survive a SIGKILL of the panel?

The real panel runs as its own process (offscreen, its local API on a free port, a data folder that
lives through every round). A client posts utterances at ``RATE`` per second over ``SESSIONS`` calls, up
to ``IN_FLIGHT`` requests at a time, and notes every one answered 202. After ``KILL_AFTER_S`` the panel
is killed with SIGKILL (its API process then ends with it), the client stops, and the session database
is read: an acknowledged utterance missing from it is lost. ``ROUNDS`` rounds, each a fresh start on the
same data folder. Target: 0 acknowledged utterances lost.

    python tests/bench/bench_kill.py [--quick] [--rate N] [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

RATE = 1000
SESSIONS = 10
IN_FLIGHT = 64
KILL_AFTER_S = 2.0
ROUNDS = 10
HERE = Path(__file__).resolve().parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_panel(data: Path, port: int) -> subprocess.Popen[bytes]:
    (data / "config").mkdir(parents=True, exist_ok=True)
    (data / "config" / "settings.json").write_text(json.dumps({"version": 1, "api_port": port}), "utf-8")
    env = {**os.environ, "COPILOT_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen",
           "COPILOT_POLICY": str(data / "no-policy.toml"), "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
           "COPILOT_BENCH_KEYRING": str(data / "keyring.json"),
           "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-m", "copilot", "--no-crash-dialog"], env=env, cwd=str(bc.ROOT),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _token(data: Path) -> str:
    return str(json.loads((data / "keyring.json").read_text("utf-8"))["AgentCopilot/local-api-token"])


async def _wait_ready(port: int, timeout: float = 60.0) -> None:
    import aiohttp

    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/v1/health") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the panel's local API did not come up")


async def _load(port: int, token: str, round_no: int, rate: int, kill: Any) -> tuple[list[str], int]:
    """Post until the panel is gone; the texts of the utterances answered 202, and how many were sent."""
    import aiohttp

    acked: list[str] = []
    sent = 0
    limit = asyncio.Semaphore(IN_FLIGHT)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    gone = asyncio.Event()

    async def post(http: aiohttp.ClientSession, number: int) -> None:
        nonlocal sent
        text = f"round {round_no} line {number}"
        body = json.dumps({"speaker": "customer", "text": text, "utterance_id": f"r{round_no}-{number}"})
        try:
            async with http.post(f"http://127.0.0.1:{port}/v1/sessions/r{round_no}-c{number % SESSIONS}/utterances",
                                 data=body, headers=headers) as response:
                await response.read()
                if response.status == 202:
                    acked.append(text)
        except (aiohttp.ClientError, OSError, TimeoutError):
            gone.set()
        finally:
            limit.release()

    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=IN_FLIGHT)) as http:
        started = time.monotonic()
        tasks = []
        killed = False
        number = 0
        while not gone.is_set():
            now = time.monotonic()
            if not killed and now - started >= KILL_AFTER_S:
                kill()
                killed = True
            if killed and now - started >= KILL_AFTER_S + 2.0:
                break
            due = started + number / rate
            if due > now:
                await asyncio.sleep(due - now)
            await limit.acquire()
            tasks.append(asyncio.ensure_future(post(http, number)))
            sent += 1
            number += 1
        await asyncio.gather(*tasks, return_exceptions=True)
    return acked, sent


def _stored(data: Path) -> set[str]:
    with sqlite3.connect(data / "copilot.db") as conn:
        return {row[0] for row in conn.execute("SELECT text FROM utterances")}


def run(quick: bool = False, rate: int = RATE, rounds: int | None = None) -> list[dict[str, Any]]:
    rounds = rounds or (3 if quick else ROUNDS)
    lost_per_kill: list[float] = []
    acked_per_kill: list[float] = []
    with tempfile.TemporaryDirectory(prefix="copilot-bench-kill-") as folder:
        data = Path(folder) / "data"
        for round_no in range(rounds):
            port = _free_port()
            panel = _start_panel(data, port)
            try:
                asyncio.run(_wait_ready(port))
                acked, _sent = asyncio.run(_load(port, _token(data), round_no, rate,
                                                 lambda p=panel: os.kill(p.pid, signal.SIGKILL)))
            finally:
                if panel.poll() is None:
                    panel.kill()
                panel.wait(30)
            time.sleep(0.5)  # the API process notices its panel is gone and ends
            stored = _stored(data)
            lost = [text for text in acked if text not in stored]
            acked_per_kill.append(len(acked))
            lost_per_kill.append(len(lost))
    return [
        bc.value("kills", rounds, note=f"SIGKILL after {KILL_AFTER_S:g} s of {rate} utterances/s over "
                 f"{SESSIONS} calls, {IN_FLIGHT} requests in flight"),
        bc.value("acknowledged utterances lost, in all", sum(lost_per_kill), target=0),
        bc.dist("acknowledged utterances lost per kill", lost_per_kill, ""),
        bc.dist("utterances acknowledged per round", acked_per_kill, ""),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three kills instead of ten")
    parser.add_argument("--rate", type=int, default=RATE)
    parser.add_argument("--rounds", type=int)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = run(args.quick, args.rate, args.rounds)
    bc.print_figures(f"acknowledged means stored ({time.perf_counter() - started:.0f} s)", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
