"""Benchmark: shipping a desk's sessions to the central record on a real PostgreSQL server.

A throw-away cluster (``tests/pg_server.py``, the tests' own) on this machine; a desk's SQLite record of N calls of
realistic size, each played through the real session, playbook engine and recorder: 48 utterances (the English
and Dutch test calls, four times over), 13 cards with the agent's decisions, 20 board snapshots, a
trainer's note and a scorecard. Then ``Sync.run_once`` ships them all, as ``copilot sync --once`` does, over TCP
with a password, and the benchmark reports:

  throughput   sessions per second for the whole outbox
  per session  seconds per session (SQLite snapshot, PostgreSQL transaction, outbox mark), median and p95
  desk CPU     the desk process's CPU time while syncing, as a share of one core during the sync, and what a desk
               taking 100 calls in an 8-hour day (500 agents, 50,000 calls) spends on it: the target is at most 2%
               of one core

    python tests/bench/bench_central.py [--sessions N] [--redacted]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_common import dist, print_figures, value  # noqa: E402
from pg_server import CentralDb, Cluster, binaries  # noqa: E402
from recorded import CALL_EN, CALL_NL, default_playbook, record_call  # noqa: E402

from copilot.central.connect import CentralConfig  # noqa: E402
from copilot.central.sync import Sync  # noqa: E402
from copilot.record.recorder import BackgroundRecorder  # noqa: E402
from copilot.record.storage import Store  # noqa: E402

CALLS_PER_DESK_DAY = 100  # 50,000 calls a day over 500 agents
DAY_S = 8 * 3600


def build_desk(db: Path, sessions: int) -> dict[str, float]:
    recorder = BackgroundRecorder(db)
    playbook = default_playbook()
    turns = (CALL_EN + CALL_NL) * 4
    try:
        ids = [record_call(recorder, turns, playbook=playbook, start=1_700_000_000.0 + n * 900,
                           context={"customer": {"id": f"C-{n}", "first_name": "Anna"}}).id for n in range(sessions)]
        recorder.flush()
    finally:
        recorder.close()
    with Store(db) as store:
        for sid in ids:
            store.add_note(sid, 12.0, "Good recovery after the price objection", tags=["praise"], author="tess")
            store.save_scorecard(sid, {"name": "basic"}, {"greeted": True, "offer": "made"}, "tess", time.time())
        size = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] / sessions
                for t in ("utterances", "suggestions", "decisions", "boards")}
    return size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--redacted", action="store_true", help="ship redacted, as central_redacted_only does")
    args = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        print("PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)", file=sys.stderr)
        return 1
    cluster = Cluster(bin_dir).init()
    try:
        central = CentralDb(cluster)
        with tempfile.TemporaryDirectory() as scratch:
            db = Path(scratch) / "desk.db"
            size = build_desk(db, args.sessions)
            config = CentralConfig(central.desk_url, redacted_only=args.redacted, password=central.DESK_PASSWORD)
            with Sync(db, config) as sync:
                cpu, wall = time.process_time(), time.perf_counter()
                report = sync.run_once(settle_s=0)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        assert report.complete and report.shipped == args.sessions, report
        per_session_cpu = cpu / args.sessions
        day_share = per_session_cpu * CALLS_PER_DESK_DAY / DAY_S
        print_figures(f"central sync: {args.sessions} sessions" + (" (redacted)" if args.redacted else ""), [
            value("session size", size["utterances"], "utterances",
                  note=f"{size['suggestions']:.0f} cards, {size['decisions']:.0f} decisions, "
                       f"{size['boards']:.0f} board snapshots, a note and a scorecard each"),
            value("throughput", args.sessions / wall, "sessions/s"),
            dist("per session", [s * 1000 for s in report.seconds], "ms",
                 note="PostgreSQL transaction incl. the round trips; excl. the SQLite snapshot"),
            value("per session, all in", wall / args.sessions * 1000, "ms", note="snapshot, ship, mark"),
            value("desk CPU while syncing", 100 * cpu / wall, "% of one core"),
            value("desk CPU per session", per_session_cpu * 1000, "ms"),
            value("desk CPU over a day of 100 calls", 100 * day_share, "% of one core", target=2.0,
                  note="CPU per session × 100 calls / 8 hours"),
        ])
        central.drop()
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
