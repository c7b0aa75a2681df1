"""Benchmark: a trainer's library on a central store of a million sessions, under row-level security.

A throw-away cluster (``tests/pg_server.py``, the tests' own) is filled on the server by ``central_fill`` (500
agents, 40 teams, four languages, a year of calls; the newest ``--share`` of the sessions with about 20 utterances
and 8 cards with decisions each, the rest as listed sessions without their lines). Then a trainer's login, granted
``--teams`` of the 40 teams the way IT grants them, works through the coaching service exactly as the library
window does (``read_library``: the page and how many match; a connection per call, TCP with a password):

  first page   newest first, 500 rows with their counts                  target p95 ≤ 300 ms
  filters      agent, team, channel, language, outcome, a month, mixed     target p95 ≤ 300 ms
  later pages  the 11th and the 41st page                                   target p95 ≤ 300 ms
  search       what was said, in four languages, rare and common words     target p95 ≤ 300 ms
  open         one session for the replay (``load_replay``)                target p95 ≤ 300 ms
  choices      opening the window: the page and every filter's values

Each query runs once untimed, then ``--repeats`` times. Memory is the benchmark process's (the client) and the
server's database size.

    python tests/bench/bench_central_library.py [--sessions 1000000] [--share 0.25] [--teams 4] [--repeats 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import central_fill  # noqa: E402
from bench_common import dist, print_figures, rss_mb, value  # noqa: E402
from pg_server import CentralDb, Cluster, binaries  # noqa: E402

from copilot.central.connect import CentralConfig  # noqa: E402
from copilot.central.library import CentralLibrary  # noqa: E402
from copilot.coaching.service import CoachingService, LibraryQuery  # noqa: E402

TRAINER, PASSWORD = "tess_trainer", "tess-secret-1"
SEARCHES = ("cancel", "opzeggen", "facture", "יקר", "internet down", "account number", "je vous", "the", "ro",
            "zebra", "doctor appointment")
LIMIT_MS = 300.0


def _timed(action: Callable[[], Any], repeats: int) -> tuple[list[float], Any]:
    result = action()  # warm: the first run reads from disk, as a trainer's first search of the day does
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def run(central: CentralDb, args: argparse.Namespace, built: dict[str, Any]) -> list[dict[str, Any]]:
    # teams of different languages (a team's language is its number modulo 10)
    step = max(1, central_fill.TEAMS // args.teams - 1)
    teams = [central_fill.team_name(n * step % central_fill.TEAMS) for n in range(args.teams)]
    url = central.login(TRAINER, "copilot_trainer", PASSWORD)
    with central.admin() as conn:
        central_fill.grant_teams(conn, TRAINER, teams)
        visible = int(conn.execute("SELECT count(*) FROM copilot.sessions WHERE team = ANY(%s)",
                                   [teams]).fetchone()[0])
        agent = conn.execute("SELECT agent FROM copilot.sessions WHERE team = %s LIMIT 1", [teams[0]]).fetchone()[0]
        newest = float(conn.execute("SELECT max(started_at) FROM copilot.sessions").fetchone()[0])
        replays = [r[0] for r in conn.execute(
            "SELECT id FROM copilot.sessions WHERE team = ANY(%s) AND words IS NOT NULL ORDER BY md5(id) LIMIT 5",
            [teams])]
    service = CoachingService("/nonexistent/central-only.db",
                              central=CentralLibrary(CentralConfig(url, password=PASSWORD)))

    def page(query: LibraryQuery) -> Callable[[], Any]:
        return lambda: service.read_library(query, with_choices=False)

    month = (newest - 40 * 86_400, newest - 10 * 86_400)
    groups: dict[str, list[tuple[str, LibraryQuery]]] = {
        "first page": [("newest first", LibraryQuery())],
        "filters": [("agent", LibraryQuery(agent=agent)), ("team", LibraryQuery(team=teams[-1])),
                    ("channel", LibraryQuery(channel="email")), ("language", LibraryQuery(language="he")),
                    ("outcome", LibraryQuery(outcome="churned")),
                    ("a month", LibraryQuery(since=month[0], until=month[1])),
                    ("team + channel + outcome", LibraryQuery(team=teams[0], channel="chat", outcome="resolved")),
                    ("agent + search", LibraryQuery(agent=agent, text="the"))],
        "later pages": [("page 11", LibraryQuery(offset=5_000)), ("page 41", LibraryQuery(offset=20_000))],
        "search": [(text, LibraryQuery(text=text)) for text in SEARCHES],
    }
    figures: list[dict[str, Any]] = [
        value("store", built["sessions"], "sessions",
              note=f"{built['utterances']:,} utterances and {built['suggestions']:,} cards (the newest "
                   f"{built['share']:.0%} of the sessions have theirs), {built['size_mb']:,} MB on disk, "
                   f"filled in {built['fill_s']:.0f} s"),
        value("the trainer sees", visible, "sessions", note=f"{len(teams)} of {central_fill.TEAMS} teams"),
    ]
    everything: list[float] = []
    for group, queries in groups.items():
        times: list[float] = []
        notes = []
        for label, query in queries:
            taken, result = _timed(page(query), args.repeats)
            times += taken
            notes.append(f"{label}: {result.total:,} match, {sorted(taken)[len(taken) // 2]:.0f} ms")
        everything += times
        figures.append(dist(f"{group} ({len(queries)} × {args.repeats})", times, target=("p95", LIMIT_MS),
                            note="; ".join(notes)))
    taken, _ = _timed(lambda: [service.load_replay(sid) for sid in replays[:1]], args.repeats)
    opened: list[float] = list(taken)
    for sid in replays[1:]:
        opened += _timed(lambda s=sid: service.load_replay(s), args.repeats)[0]
    everything += opened
    figures.append(dist(f"open one session for the replay ({len(replays)} × {args.repeats})", opened,
                        target=("p95", LIMIT_MS)))
    figures.append(dist("all of the above", everything, target=("p95", LIMIT_MS)))
    taken, result = _timed(lambda: service.read_library(LibraryQuery()), max(2, args.repeats // 2))
    figures.append(dist("opening the window: first page and every filter's values", taken,
                        note=f"{len(result.choices['agent'])} agents, {len(result.choices['team'])} teams offered"))
    memory = rss_mb()
    figures.append(value("memory of the benchmark process (the client)", memory["vmhwm"], "MB",
                         note="peak RSS; the server's database as above"))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--share", type=float, default=0.25,
                        help="the newest share of the sessions that get utterances, cards and decisions")
    parser.add_argument("--teams", type=int, default=4, help="teams granted to the trainer (of 40)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        print("PostgreSQL's initdb and pg_ctl are not installed (apt-get install postgresql)", file=sys.stderr)
        return 1
    cluster = Cluster(bin_dir).init()
    try:
        central = CentralDb(cluster)
        print(f"filling {args.sessions:,} sessions ({args.share:.0%} with their lines and cards) ...", flush=True)
        with central.admin() as conn:
            built = central_fill.fill(conn, args.sessions, args.share, say=lambda s: print(s, flush=True))
        figures = run(central, args, built)
        print_figures(f"central library: {args.sessions:,} sessions, a trainer of {args.teams} teams", figures)
        central.drop()
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
