"""From a line on an agent's desk to the supervisor: 200 live calls through a real PostgreSQL server.

Issue 14's target: p95 at most 1 s with 200 live calls. Each call is a desk of its own (its own
``LivePublisher``: a thread and a connection, as on 200 desktops), spread over ``--processes`` processes so
the desks do not share one interpreter's lock with the supervisor. Every call says a line every 3 to 5 s
(uniformly, a fresh draw each time), after a start spread over the first 4 s. One ``SupervisorService`` of the
team follows them all. Latency is from the moment the desk's ``publish`` was called (the event's time) to the
service holding the event, folded into its call (both clocks are this machine's). The desk-side cost is the
``publish`` call itself (what the desk's thread pays) and the whole publishing process's CPU per line (the
publisher threads' redaction-free writes included), divided by its calls.

    python tests/bench/bench_supervise.py [--calls 200] [--seconds 60] [--processes 4]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's copilot, whatever is installed

from bench_common import dist, print_figures, value  # noqa: E402
from pg_server import CentralDb, Cluster, binaries  # noqa: E402

from copilot.central.connect import CentralConfig  # noqa: E402
from copilot.central.live import LivePublisher  # noqa: E402
from copilot.supervise.service import SupervisorService  # noqa: E402


def desks(url: str, password: str, calls: int, seconds: float, seed: int, done: multiprocessing.Queue) -> None:
    """One process's share of the desks: each call publishes a line every 3-5 s for ``seconds``."""
    rng = random.Random(seed)
    config = CentralConfig(url, password=password)
    publishers = [LivePublisher(config).start() for _ in range(calls)]
    for publisher in publishers:
        publisher.wait_connected(30)
    ids = [f"bench-{seed}-{n}" for n in range(calls)]
    for publisher, call_id in zip(publishers, ids, strict=True):
        publisher.call_started(call_id, agent=f"agent-{call_id}", team="floor", channel="phone",
                               started_at=time.time())
    cpu0 = time.process_time()
    start = time.monotonic()
    due = [start + rng.uniform(0, 4) for _ in ids]
    cost_ns: list[int] = []
    lines = 0
    while True:
        n = min(range(calls), key=due.__getitem__)
        if due[n] - start > seconds:
            break
        time.sleep(max(0.0, due[n] - time.monotonic()))
        before = time.perf_counter_ns()
        publishers[n].publish(ids[n], "line", {"speaker": "customer", "text": f"Line {lines} of the call, as said",
                                               "lang": "en", "idx": lines})
        cost_ns.append(time.perf_counter_ns() - before)
        lines += 1
        due[n] += rng.uniform(3, 5)
    for publisher in publishers:
        publisher.wait_idle(10)
    cpu = time.process_time() - cpu0
    dropped = sum(p.dropped for p in publishers)
    for publisher, call_id in zip(publishers, ids, strict=True):
        publisher.call_ended(call_id)
        publisher.close()
    done.put({"lines": lines, "cost_ns": cost_ns, "cpu_s": cpu, "dropped": dropped})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--processes", type=int, default=4)
    args = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        print("PostgreSQL's binaries are not installed (apt-get install postgresql)")
        return 1
    cluster = Cluster(bin_dir)
    cluster.max_connections = args.calls + 40
    cluster.init()
    try:
        central = CentralDb(cluster)
        sup_url = central.login(f"{central.desk}_sup", "copilot_supervisor", "sup-secret-1")
        with central.admin() as conn:
            conn.execute("INSERT INTO copilot.trainer_teams (member, team) VALUES (%s, 'floor')",
                         [f"{central.desk}_sup"])
        service = SupervisorService(CentralConfig(sup_url, password="sup-secret-1")).start()
        assert service.wait_connected(30), service.problem
        context = multiprocessing.get_context("spawn")
        done: multiprocessing.Queue = context.Queue()
        share = [args.calls // args.processes + (1 if n < args.calls % args.processes else 0)
                 for n in range(args.processes)]
        workers = [context.Process(target=desks, args=(central.desk_url, central.DESK_PASSWORD, k, args.seconds,
                                                       n, done)) for n, k in enumerate(share)]
        for worker in workers:
            worker.start()
        results = [done.get(timeout=args.seconds + 180) for _ in workers]
        for worker in workers:
            worker.join(30)
        time.sleep(1.0)
        service.close()
        lines = sum(r["lines"] for r in results)
        with service.lock:
            received = list(service.received)
        latencies = [(got - at) * 1000 for _call, _seq, kind, at, got in received if kind == "line"]
        costs = [ns / 1000 for r in results for ns in r["cost_ns"]]
        cpu_ms_per_line = 1000 * sum(r["cpu_s"] for r in results) / max(lines, 1)
        figures = [
            dist(f"line on the desk -> supervisor service, {args.calls} live calls", latencies,
                 target=("p95", 1000.0)),
            dist("desk: publish() call per line", costs, unit="µs"),
            value("desk: CPU per line (publisher thread and connection, whole process / lines)", cpu_ms_per_line,
                  "ms"),
            value("lines published", lines),
            value("lines received by the supervisor", len(latencies)),
            value("events dropped on the desks", sum(r["dropped"] for r in results)),
        ]
        print_figures("Supervisors' live view", figures)
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
