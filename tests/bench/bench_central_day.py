"""Benchmark: a contact centre's day into the central record: 500 desks, 50,000 calls, one PostgreSQL server.

Each of the 500 desks has what a real one has: its own SQLite record (the app's schema, outbox triggers and all),
its own login (a member of ``copilot_desktop``) and its own connection, and ships with the real ``Sync``. Calls
end at random moments of an 8-hour day, about 100 per desk; each is a copy of one call recorded through the real
session and playbook engine (48 utterances, 13 cards and decisions, 20 board snapshots, a note and a scorecard,
as in ``bench_central.py``), written into the desk's record the way a call ends there, under a new id.

What is compressed: the day runs ``--compress`` times faster (8 hours in 10 minutes by default), and the 500
desks live in ``--processes`` processes on this 2-core machine with the server, not on 500 computers. A desk ships
a call as soon as it is written (as a nudged pass would; the panel's own pass comes every 30 s after a 2 s
settle, which a real desk adds to the lag below). Reported:

  throughput   sessions committed per second over the compressed day, and whether it kept up
  lag          from the call's end (written on the desk) to the server's commit (the pass returned): median,
               p95, max; and how late the simulation itself ran behind the schedule
  desk CPU     CPU of a shipping pass per call and of a pass with nothing to send (the thread's own CPU time),
               and from them one desk's share of one core at the real rate: 100 calls and 960 passes (one every
               30 s) in 8 hours; the target is at most 2%

    python tests/bench/bench_central_day.py [--desks 500] [--calls 50000] [--compress 48] [--processes 6]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_common import SEED, dist, percentile, print_figures, rss_mb, value  # noqa: E402
from pg_server import CentralDb, Cluster, binaries  # noqa: E402

DAY_S = 8 * 3600
PASSES_PER_DAY = DAY_S / 30  # the panel's pass every 30 s
PASSWORD = "desk-day-1"
_KEYS = {"suggestions": "id", "decisions": "suggestion_id"}  # ids made unique per copy


def build_template(path: Path) -> str:
    """One realistic call, recorded through the real session and engine, with a trainer's note and scorecard."""
    from bench_central import build_desk

    build_desk(path, 1)
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT id FROM sessions").fetchone()[0])


def _copy_statements(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """INSERT ... SELECT statements copying the template session (schema ``tmpl``) under a new id: (sql, how many
    times the new id is a parameter)."""
    statements = []
    for table in ("sessions", "utterances", "suggestions", "decisions", "boards", "notes", "scorecards",
                  "held_drafts", "wrapups"):
        info = conn.execute(f"PRAGMA tmpl.table_info({table})").fetchall()
        columns, values, uses = [], [], 0
        for _, name, kind, _, _, pk in info:
            if pk and kind.upper() == "INTEGER" and name == "id":
                continue  # a rowid: the desk's own
            columns.append(name)
            if (table == "sessions" and name == "id") or name == "session_id":
                values.append("?")
                uses += 1
            elif _KEYS.get(table) == name:
                values.append(f"? || '-' || {name}")
                uses += 1
            elif table == "sessions" and name == "ended_at":
                values.append("NULL")  # ended below, as a call ends
            else:
                values.append(name)
        key = "id" if table == "sessions" else "session_id"
        statements.append((f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {', '.join(values)} "
                           f"FROM tmpl.{table} WHERE {key} = ?", uses))
    return statements


def _end_call(conn: sqlite3.Connection, statements: list[tuple[str, int]], template: str, sid: str) -> None:
    now = time.time()
    with conn:
        for sql, uses in statements:
            conn.execute(sql, [sid] * uses + [template])
        conn.execute("UPDATE sessions SET started_at = ?, ended_at = ? WHERE id = ?", [now - 300, now, sid])


def desk_worker(desks: list[tuple[int, str, str]], events: list[tuple[float, int]], template_db: str,
                template: str, t0: float, compress: float, out: Any) -> None:
    """Desks ``desks`` (number, database, URL) living in one process; ``events`` are (second of the day, desk)."""
    from copilot.central.connect import CentralConfig
    from copilot.central.sync import Sync

    syncs, conns = {}, {}
    for number, db, url in desks:
        syncs[number] = Sync(db, CentralConfig(url, password=PASSWORD))
        conn = sqlite3.connect(db)
        conn.execute("ATTACH DATABASE ? AS tmpl", [template_db])
        conns[number] = conn
    statements = _copy_statements(next(iter(conns.values())))
    lags, slips, ship_cpu, shipped, problems = [], [], [], 0, []
    for k, (at, number) in enumerate(events):
        due = t0 + at / compress
        wait = due - time.time()
        if wait > 0:
            time.sleep(wait)
        slips.append(max(0.0, time.time() - due))
        sid = f"d{number:03d}-{k:06d}-{int(at * 1000):011d}"
        _end_call(conns[number], statements, template, sid)
        ended = time.time()
        cpu = time.thread_time()
        report = syncs[number].run_once(settle_s=0)
        ship_cpu.append(time.thread_time() - cpu)
        lags.append(time.time() - ended)
        shipped += report.shipped
        if report.problem or report.refused:
            problems.append(report.problem or next(iter(report.refused.values())))
    idle_cpu = []
    for number in list(syncs)[:20]:  # a pass with nothing to send: the panel runs one every 30 s all day
        for _ in range(5):
            cpu = time.thread_time()
            syncs[number].run_once(settle_s=0)
            idle_cpu.append(time.thread_time() - cpu)
    for sync in syncs.values():
        sync.close()
    out.put({"lags": lags, "slips": slips, "ship_cpu": ship_cpu, "idle_cpu": idle_cpu, "shipped": shipped,
             "problems": problems[:5], "rss": rss_mb()["vmhwm"]})


def _moment(rng: random.Random) -> float:
    """A second of the day a call ends: busier mid-morning and mid-afternoon than at the edges."""
    while True:
        at = rng.choice((0.3, 0.7)) * DAY_S + rng.gauss(0, DAY_S / 5)
        if 0 <= at < DAY_S:
            return at


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=500)
    parser.add_argument("--calls", type=int, default=50_000)
    parser.add_argument("--compress", type=float, default=48.0, help="how many times faster than real time")
    parser.add_argument("--processes", type=int, default=6)
    args = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        print("PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    events = sorted((_moment(rng), rng.randrange(args.desks)) for _ in range(args.calls))
    cluster = Cluster(bin_dir, max_connections=args.desks + 20).init()
    scratch = Path(tempfile.mkdtemp(prefix="copilot-day-"))
    try:
        central = CentralDb(cluster)
        template_db = scratch / "template.db"
        template = build_template(template_db)
        empty = scratch / "empty.db"
        shutil.copy(template_db, empty)
        conn = sqlite3.connect(empty)  # the app's schema and triggers, no sessions
        for table in ("outbox", "decisions", "suggestions", "utterances", "boards", "notes", "scorecards",
                      "held_drafts", "wrapups", "sessions"):
            conn.execute(f"DELETE FROM {table}")
        conn.commit()
        conn.execute("PRAGMA journal_mode=DELETE")  # everything in the file itself, not in a -wal beside it
        conn.close()
        desks = []
        for number in range(args.desks):
            db = scratch / f"desk-{number:03d}.db"
            shutil.copy(empty, db)
            url = central.login(f"desk_{number:03d}_{central.name}"[:63], "copilot_desktop", PASSWORD)
            desks.append((number, str(db), url))
        per = [desks[k::args.processes] for k in range(args.processes)]
        ctx = multiprocessing.get_context("fork")
        out = ctx.Queue()
        t0 = time.time() + 2.0
        workers = []
        for group in per:
            mine = {d[0] for d in group}
            proc = ctx.Process(target=desk_worker, args=(group, [e for e in events if e[1] in mine], str(template_db),
                                                           template, t0, args.compress, out))
            proc.start()
            workers.append(proc)
        print(f"{args.calls:,} calls from {args.desks} desks in {args.processes} processes, "
              f"the 8-hour day in {DAY_S / args.compress / 60:.1f} minutes ...", flush=True)
        results = [out.get() for _ in workers]
        wall = time.time() - t0
        for proc in workers:
            proc.join()
        lags = [x * 1000 for r in results for x in r["lags"]]
        slips = [x * 1000 for r in results for x in r["slips"]]
        ship_cpu = [x * 1000 for r in results for x in r["ship_cpu"]]
        idle_cpu = [x * 1000 for r in results for x in r["idle_cpu"]]
        shipped = sum(r["shipped"] for r in results)
        problems = [p for r in results for p in r["problems"]]
        stored = central.count_rows("sessions")
        calls_per_desk = args.calls / args.desks
        share = (calls_per_desk * percentile(ship_cpu, 50) + PASSES_PER_DAY * percentile(idle_cpu, 50)) / 1000 / DAY_S
        figures = [
            value("sessions committed on the server", stored, "", note=f"{shipped:,} shipped of {args.calls:,} "
                  f"calls; {len(problems)} passes stopped" + (f" ({problems[0]})" if problems else "")),
            value("throughput over the compressed day", shipped / wall, "sessions/s",
                  note=f"{wall:.0f} s for the day; real rate 50,000 / 8 h = 1.7 sessions/s"),
            dist("lag: call ended on the desk → committed on the server", lags, "ms"),
            dist("behind schedule (the simulation's own backlog)", slips, "ms"),
            dist("desk CPU of a pass shipping one call", ship_cpu, "ms"),
            dist("desk CPU of a pass with nothing to send", idle_cpu, "ms"),
            value("one desk's sync at the real rate, share of one core", 100 * share, "%", target=2.0,
                  note=f"{calls_per_desk:.0f} calls and {PASSES_PER_DAY:.0f} passes in 8 h, at the medians"),
            value("memory of a desk process (hosting its desks)", max(r["rss"] for r in results), "MB",
                  note=f"{args.desks // args.processes} desks, each its own SQLite and connection"),
        ]
        print_figures(f"central sync: a day of {args.calls:,} calls from {args.desks} desks", figures)
        central.drop()
    finally:
        cluster.destroy()
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
