"""Benchmark: the trainer's session library at the size of a busy team's year, and one very long call.

A library of 10,000 sessions (each about 20 utterances in English, Dutch, French or Hebrew from the
seeded benchmark conversations, 8 cards with decisions and board snapshots, agents, teams, channels,
outcomes and tags) is written straight into a real database made by ``Store`` (so its schema,
indexes and full-text triggers are the app's own), in one transaction. Then, warm:

  list     the first page (500 rows, newest first, with card counts)      target p95 ≤ 200 ms
  search   transcript searches in four languages, prefixes, several words  target p95 ≤ 200 ms
  filter   agent, team + channel, tag, a month, agent + search            target p95 ≤ 200 ms
  open     ``load_record`` of one 5,000-utterance session                  target p95 ≤ 300 ms

    python tests/bench/bench_library.py [--quick] [--sessions N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

from copilot.record.library import LibraryQuery, count_sessions, distinct_values, list_sessions  # noqa: E402
from copilot.record.session_record import load_record  # noqa: E402
from copilot.record.storage import Store  # noqa: E402
from copilot.text.language import detect  # noqa: E402

AGENTS = [f"{first} {last}" for first in ("Ann", "Bob", "Chloé", "Daan", "Eitan", "Fatima", "Gijs", "Hila")
          for last in ("Jansen", "Martin", "Cohen", "Smith", "Peeters")]
TEAMS = ("retention", "billing", "technical", "sales", "care-nl", "care-fr")
CHANNELS = ("phone", "phone", "phone", "chat", "whatsapp", "email")
OUTCOMES = ("resolved", "resolved", "retained", "churned", "escalated", "callback", None)
TAGS = ("billing", "vip", "complaint", "escalated", "training", "move", "outage", "price")
ACTIONS = ("inserted", "inserted", "edited", "discarded", "expired")
QUERIES = ("cancel", "duur", "facture", "יקר", "internet down", "manager supervisor", "je vous", "the", "ro", "zebra")
YEAR_START = 1_704_067_200.0  # 2024-01-01 UTC


def _pools(seed: int) -> tuple[list[tuple[str, str, str]], dict[str, list[tuple[str, str, str]]]]:
    """Conversation lines (speaker, text, language) and the playbook's cards per language."""
    data, demos = bc.playbook_data(), bc.demo_data()
    lines = [line for k in range(3) for line in bc.build_conversation(data, demos, 600, seed + k)]
    langs = {text: detect(text) for _, text in lines}
    pool = [(speaker, text, langs[text] if langs[text] in bc.LANGS else "en") for speaker, text in lines]
    cards: dict[str, list[tuple[str, str, str]]] = {lang: [] for lang in bc.LANGS}
    for entry in bc.raw_entries(data):
        for lang, text in entry.get("text", {}).items():
            if lang in cards:
                cards[lang].append((entry["id"], entry.get("kind", "reply"), text))
    return pool, cards


def _session(rng: random.Random, sid: str, start: float, turns: list[tuple[str, str, str]],
             cards: dict[str, list[tuple[str, str, str]]], n_cards: int, rows: dict[str, list[Any]]) -> None:
    language = Counter(lang for _, _, lang in turns).most_common(1)[0][0]
    rows["sessions"].append((sid, start, start + 14.0 * len(turns) + rng.uniform(5, 60), "live", "playbook",
                             json.dumps({"customer": {"plan": "basic"}}), rng.choice(CHANNELS), f"crm-{sid}",
                             rng.choice(AGENTS), rng.choice(TEAMS), language, rng.choice(OUTCOMES),
                             json.dumps(rng.sample(TAGS, rng.randrange(0, 3)))))
    for idx, (speaker, text, lang) in enumerate(turns):
        at = start + 14.0 * idx + rng.uniform(0, 10)
        rows["utterances"].append((sid, idx, speaker, text, lang, None, at))
    board: list[str] = []
    for k in range(n_cards):
        entry_id, kind, text = rng.choice(cards[language] or cards["en"])
        card_id, idx = f"{sid}-c{k}", rng.randrange(len(turns))
        shown = start + 14.0 * idx + 11
        rows["suggestions"].append((card_id, sid, idx, "playbook", kind, entry_id, entry_id.split(".")[-1], text,
                                    "Customer said something", language, 0, 0.8, shown - 0.002, shown, 1.2, 6.0))
        board = [card_id, *board][:4]
        rows["boards"].append((sid, shown, json.dumps(board)))
        action = rng.choice(ACTIONS)
        if k < n_cards - 1 or rng.random() < 0.5:  # now and then the last card is still up at the end
            rows["decisions"].append((card_id, sid, action, text if action in ("inserted", "edited") else None,
                                      rng.randrange(3, 40) if action == "edited" else 0,
                                      "wrong" if action == "discarded" else None, shown + 4.0, 4000.0))


def build_library(path: Path, sessions: int, seed: int) -> tuple[list[str], str, dict[str, float]]:
    """``sessions`` calls of about 20 lines plus one of 5,000; returns the ids, the long one's id, timings."""
    rng = random.Random(seed)
    pool, cards = _pools(seed)
    rows: dict[str, list[Any]] = {t: [] for t in ("sessions", "utterances", "suggestions", "decisions", "boards")}
    started = time.perf_counter()
    ids = []
    for n in range(sessions):
        sid = f"s{n:06d}"
        at = rng.randrange(len(pool) - 30)
        turns = pool[at:at + rng.randint(14, 26)]
        _session(rng, sid, YEAR_START + n * (365 * 86400 / sessions) + rng.uniform(0, 600), turns, cards,
                 rng.randint(5, 11), rows)
        ids.append(sid)
    long_turns = [pool[k % len(pool)] for k in range(5_000)]
    _session(rng, "long-call", YEAR_START + 200 * 86400, long_turns, cards, 1_600, rows)
    generated = time.perf_counter() - started
    store = Store(path)
    started = time.perf_counter()
    with store.db.conn as conn:
        conn.executemany("INSERT INTO sessions (id, started_at, ended_at, source, engine, context, channel, "
                         "external_id, agent, team, language, outcome, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         rows["sessions"])
        conn.executemany("INSERT INTO utterances (session_id, idx, speaker, text, lang, ts, received_at) "
                         "VALUES (?,?,?,?,?,?,?)", rows["utterances"])
        conn.executemany("INSERT INTO suggestions (id, session_id, utterance_idx, engine, kind, entry_id, title, "
                         "text, rationale, lang, ai_generated, score, created_at, shown_at, latency_ms, card_ms) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows["suggestions"])
        conn.executemany("INSERT INTO decisions (suggestion_id, session_id, action, final_text, edit_distance, "
                         "reason, decided_at, time_to_decision_ms) VALUES (?,?,?,?,?,?,?,?)", rows["decisions"])
        conn.executemany("INSERT INTO boards (session_id, at, cards) VALUES (?,?,?)", rows["boards"])
    inserted = time.perf_counter() - started
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    counts = {table: float(len(r)) for table, r in rows.items()}
    return ids, "long-call", {"generate_s": generated, "insert_s": inserted, **counts}


def _time(fn: Callable[[], Any], repeats: int) -> tuple[list[float], Any]:
    timings, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        result = fn()
        timings.append((time.perf_counter_ns() - t0) / 1e6)
    return timings, result


def run(quick: bool = False, sessions: int = 10_000, seed: int = bc.SEED) -> list[dict[str, Any]]:
    repeats = 5 if quick else 20
    with tempfile.TemporaryDirectory(prefix="copilot-bench-library-") as tmp:
        path = Path(tmp) / "copilot.db"
        _, long_id, built = build_library(path, sessions, seed)
        size_mb = path.stat().st_size / 1e6
        store = Store(path)
        conn = store.db.conn
        t0 = time.perf_counter_ns()
        first = list_sessions(conn, LibraryQuery())
        cold_ms = (time.perf_counter_ns() - t0) / 1e6
        listing, page = _time(lambda: list_sessions(conn, LibraryQuery()), repeats)
        deep, _ = _time(lambda: list_sessions(conn, LibraryQuery(offset=sessions - 500)), repeats)
        searches: list[float] = []
        notes = []
        for text in QUERIES:
            timings, rows = _time(lambda t=text: list_sessions(conn, LibraryQuery(text=t)), repeats)
            searches += timings
            notes.append(f"{text!r}: {count_sessions(conn, LibraryQuery(text=text))} hits, "
                         f"median {bc.percentile(timings, 50):.1f} ms")
        agent, team = distinct_values(conn, "agent")[3], distinct_values(conn, "team")[0]
        month = (YEAR_START + 90 * 86400, YEAR_START + 120 * 86400)
        filters = [LibraryQuery(agent=agent), LibraryQuery(team=team, channel="chat"), LibraryQuery(tag="vip"),
                   LibraryQuery(since=month[0], until=month[1]), LibraryQuery(agent=agent, text="internet"),
                   LibraryQuery(outcome="churned", order="longest")]
        filtering: list[float] = []
        for query in filters:
            filtering += _time(lambda q=query: list_sessions(conn, q), repeats)[0]
        combos, _ = _time(lambda: [distinct_values(conn, c) for c in ("agent", "team", "channel", "outcome", "tag")],
                          repeats)
        opening, record = _time(lambda: load_record(conn, long_id), max(5, repeats // 2))
        store.close()
    memory = bc.rss_mb()
    return [
        bc.value("library built", built["insert_s"], "s",
                 note=f"{sessions:,} sessions + 1 long: {int(built['utterances']):,} utterances, "
                      f"{int(built['suggestions']):,} cards, {int(built['decisions']):,} decisions, "
                      f"{int(built['boards']):,} boards; {size_mb:.0f} MB on disk; text made in "
                      f"{built['generate_s']:.1f} s"),
        bc.value("first page on a fresh connection", cold_ms, "ms", note=f"{len(first)} rows"),
        bc.dist("list: first page (500 rows, newest first, with counts)", listing, target=("p95", 200.0),
                note=f"{len(page)} rows"),
        bc.dist(f"list: last page (offset {max(0, sessions - 500):,})", deep),
        bc.dist(f"search: {len(QUERIES)} queries × {repeats}", searches, target=("p95", 200.0)),
        {"name": "search hits per query", "type": "text", "lines": notes},
        bc.dist(f"filter: {len(filters)} filters × {repeats}", filtering, target=("p95", 200.0)),
        bc.dist("filter choices (5 × distinct_values)", combos),
        bc.dist(f"open a {len(record.turns):,}-utterance session (load_record, {len(record.cards):,} cards, "
                f"{len(record.boards):,} boards)", opening, target=("p95", 300.0)),
        bc.value("peak memory (VmHWM)", memory["vmhwm"], "MB", note=f"now {memory['vmrss']:.0f} MB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (the library keeps its size)")
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=bc.SEED)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = run(args.quick, args.sessions, args.seed)
    bc.print_figures(f"session library ({time.perf_counter() - started:.1f} s)", figures)
    return 0 if all(fig.get("ok", True) for fig in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
