"""Filling a throw-away central store with a contact centre's year of calls, on the server, in minutes.

Row by row through the desk's sync (``bench_central.py``) a million sessions would take hours; here the server
writes them itself (``INSERT ... SELECT`` over ``generate_series``), so the library benchmark measures reading a
large store rather than waiting for one. What is written follows the central schema exactly (the tables are the
migrations' own; indexes are dropped for the load and made again by running the migrations once more, which
also shows they are idempotent). Everything is derived from hashes of the row numbers, so two runs hold the same
calls.

The calls: 500 agents in 40 teams (an agent stays in their team; each team works mostly in one of English,
Dutch, French and Hebrew), a year of calls spread evenly over working hours, phone, chat, e-mail and WhatsApp,
outcomes and a few tags. What was said comes from public dialogues in English (STAR, DialogSum, under
``../shared/data``) and from the benchmarks' seeded conversations in the four languages; each session's lines are
drawn from its language's pool, about 20 of them, with numbers varied so that not every line repeats.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from typing import Any

import bench_common as bc

DATA = bc.ROOT.parent / "shared" / "data"
YEAR_START = 1_704_067_200.0  # 2024-01-01 UTC
YEAR_S = 365 * 86_400
AGENTS, TEAMS = 500, 40
TEAM_LANGS = ("en", "en", "en", "en", "nl", "nl", "fr", "fr", "fr", "he")  # team % 10 -> its main language
CHANNELS = "(ARRAY['phone','phone','phone','phone','phone','phone','chat','chat','email','whatsapp'])"
OUTCOMES = "(ARRAY['resolved','resolved','resolved','resolved','resolved','callback','escalated','retained'," \
           "'churned',NULL])"
TAGS = "(ARRAY['vip','complaint','training','outage','price','move'])"


def agent_name(n: int) -> str:
    return f"agent-{n:03d}"


def team_name(n: int) -> str:
    return f"team-{n:02d}"


def text_pool(seed: int = bc.SEED) -> dict[str, list[str]]:
    """Lines per language: public English dialogues when present, and the seeded four-language conversations."""
    from copilot.text.language import detect

    pool: dict[str, list[str]] = {lang: [] for lang in bc.LANGS}
    star = DATA / "star-tasks" / "star_dialogues.jsonl"
    if star.exists():
        for line in star.read_text(encoding="utf-8").splitlines():
            pool["en"].extend(t["text"] for t in json.loads(line)["turns"] if t.get("text"))
    summaries = DATA / "dialogsum" / "dialogsum.dev.jsonl"
    if summaries.exists():
        for line in summaries.read_text(encoding="utf-8").splitlines():
            pool["en"].extend(part.split(":", 1)[1].strip() for part in json.loads(line)["dialogue"].split("\n")
                              if ":" in part)
    data, demos = bc.playbook_data(), bc.demo_data()
    for k in range(4):
        for _, text in bc.build_conversation(data, demos, 600, seed + k):
            lang = detect(text)
            pool[lang if lang in pool else "en"].append(text)
    rng = random.Random(seed)
    for lang in bc.LANGS:  # filler with varied numbers and products: more distinct words, as real calls have
        frames = bc.CUSTOMER_FILLER[lang] + bc.AGENT_FILLER[lang]
        pool[lang].extend(bc._fill(rng.choice(frames), rng, lang) for _ in range(3000))
    return {lang: [t for t in dict.fromkeys(lines) if t.strip()] for lang, lines in pool.items()}


def _load_pool(conn: Any, pool: dict[str, list[str]]) -> None:
    conn.execute("DROP TABLE IF EXISTS bench_pool; DROP TABLE IF EXISTS bench_pool_size")
    conn.execute("CREATE UNLOGGED TABLE bench_pool (lang text, k integer, text text, PRIMARY KEY (lang, k))")
    with conn.cursor() as cur, cur.copy("COPY bench_pool (lang, k, text) FROM STDIN") as copy:
        for lang, lines in pool.items():
            for k, text in enumerate(lines):
                copy.write_row((lang, k, text))
    conn.execute("CREATE UNLOGGED TABLE bench_pool_size AS SELECT lang, count(*)::integer AS n FROM bench_pool "
                 "GROUP BY lang")


def _drop_indexes(conn: Any) -> None:
    for (name,) in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'copilot' "
                                "AND indexname NOT LIKE '%pkey'").fetchall():
        conn.execute(f"DROP INDEX copilot.{name}")


def fill(conn: Any, sessions: int, share: float, per_session: int = 20, cards: int = 8,
         say: Callable[[str], None] = print) -> dict[str, Any]:
    """Write ``sessions`` sessions; the newest ``share`` of them with ``per_session`` utterances and ``cards``
    cards and decisions each. ``conn`` is the owner's (or a superuser's), in autocommit. Returns what was built."""
    from copilot.central import schema

    built: dict[str, Any] = {"sessions": sessions, "share": share}
    started = time.perf_counter()
    pool = text_pool()
    _load_pool(conn, pool)
    built["pool_lines"] = {lang: len(lines) for lang, lines in pool.items()}
    conn.execute("SET maintenance_work_mem = '512MB'")
    conn.execute("SET synchronous_commit = off")  # the load only; the benchmark's readers do not write
    tables = ("sessions", "utterances", "suggestions", "decisions")
    for table in tables:  # no autovacuum racing the migrations' rerun below; one VACUUM at the end instead
        conn.execute(f"ALTER TABLE copilot.{table} SET (autovacuum_enabled = false)")
    _drop_indexes(conn)
    conn.execute("ALTER TABLE copilot.utterances DISABLE TRIGGER USER")  # the migrations' backfill does it at once
    for table in ("decisions", "suggestions", "utterances"):
        conn.execute(f"ALTER TABLE copilot.{table} DROP CONSTRAINT IF EXISTS {table}_pkey")
    step = YEAR_S / sessions
    t = time.perf_counter()
    # h: a hash of the row number to draw from; agents keep their team; a team mostly speaks its language
    conn.execute(f"""
        INSERT INTO copilot.sessions (id, started_at, ended_at, source, engine, context, channel, external_id,
            agent, team, language, outcome, tags, customer_id, version, shipped_by, shipped_at)
        SELECT md5('session' || g), st, st + 120 + (h % 900), 'live', 'playbook',
            jsonb_build_object('customer', jsonb_build_object('id', 'C-' || (h % 400000))),
            {CHANNELS}[1 + (h / 7) % 10], 'CRM-' || g, 'agent-' || lpad((h % {AGENTS})::text, 3, '0'),
            'team-' || lpad(((h % {AGENTS}) % {TEAMS})::text, 2, '0'),
            CASE WHEN (h / 11) % 10 = 0 THEN (ARRAY['en','nl','fr','he'])[1 + (h / 13) % 4]
                 ELSE (ARRAY{list(TEAM_LANGS)})[1 + ((h % {AGENTS}) % {TEAMS}) % 10] END,
            {OUTCOMES}[1 + (h / 17) % 10],
            CASE WHEN (h / 19) % 8 = 0 THEN jsonb_build_array({TAGS}[1 + (h / 23) % 6]) ELSE '[]'::jsonb END,
            'C-' || (h % 400000), st, 'desk_' || lpad((h % {AGENTS})::text, 3, '0'),
            to_timestamp(st + 1200)
        FROM (SELECT g, abs(hashint4(g)::bigint) AS h,
                     {YEAR_START} + (g - 1) * {step} + abs(hashint4(-g)) % 60 AS st
              FROM generate_series(1, {sessions}) g) x""")
    say(f"  {sessions:,} sessions written in {time.perf_counter() - t:.0f} s")
    cutoff = YEAR_START + YEAR_S * (1 - share)
    built["with_content_since"] = cutoff
    t = time.perf_counter()
    conn.execute(f"""
        INSERT INTO copilot.utterances (session_id, idx, speaker, text, lang, ts, received_at)
        SELECT s.id, i, CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'agent' END,
               replace(p.text, '{{n}}', (abs(hashtext(s.id || i)) % 99999)::text), s.language, i * 15.0,
               s.started_at + i * 15
        FROM copilot.sessions s CROSS JOIN generate_series(0, {per_session - 1}) i
        JOIN bench_pool_size z ON z.lang = s.language
        JOIN bench_pool p ON p.lang = s.language AND p.k = abs(hashtext(i || s.id)) % z.n
        WHERE s.started_at >= {cutoff}""")
    say(f"  utterances written in {time.perf_counter() - t:.0f} s")
    t = time.perf_counter()
    conn.execute(f"""
        INSERT INTO copilot.suggestions (session_id, id, utterance_idx, engine, kind, entry_id, title, text, lang,
            score, created_at, shown_at, latency_ms, card_ms)
        SELECT s.id, s.id || '-' || c, c * 2, 'playbook',
               (ARRAY['objection','reply','knowledge','compliance'])[1 + c % 4],
               'entry-' || (abs(hashtext(s.id || c)) % 60), 'Card ' || c, 'Say it kindly', s.language, 0.8,
               s.started_at + c * 30, s.started_at + c * 30 + 0.01, 2 + c, 9 + c
        FROM copilot.sessions s CROSS JOIN generate_series(0, {cards - 1}) c WHERE s.started_at >= {cutoff}""")
    conn.execute("""
        INSERT INTO copilot.decisions (session_id, suggestion_id, action, final_text, edit_distance, decided_at,
            time_to_decision_ms)
        SELECT session_id, id, (ARRAY['inserted','inserted','edited','discarded','expired'])
               [1 + abs(hashtext(id)) % 5], text, abs(hashtext(id)) % 30, shown_at + 4, 4000
        FROM copilot.suggestions""")
    say(f"  cards and decisions written in {time.perf_counter() - t:.0f} s")
    t = time.perf_counter()
    for table, key in (("utterances", "session_id, idx"), ("suggestions", "session_id, id"),
                       ("decisions", "session_id, suggestion_id")):
        conn.execute(f"ALTER TABLE copilot.{table} ADD PRIMARY KEY ({key})")
    conn.execute("DELETE FROM copilot.schema_version")  # every migration runs again: the indexes come back
    schema.migrate(conn)
    say(f"  indexes made again (the migrations, rerun) in {time.perf_counter() - t:.0f} s")
    conn.execute("DROP TABLE bench_pool; DROP TABLE bench_pool_size")
    for table in tables:
        conn.execute(f"ALTER TABLE copilot.{table} RESET (autovacuum_enabled)")
    t = time.perf_counter()
    conn.execute("VACUUM (ANALYZE)")
    say(f"  vacuum and analyze in {time.perf_counter() - t:.0f} s")
    for table in ("sessions", "utterances", "suggestions", "decisions"):
        built[table] = int(conn.execute(f"SELECT count(*) FROM copilot.{table}").fetchone()[0])
    built["size_mb"] = int(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]) // 2**20
    built["fill_s"] = time.perf_counter() - started
    return built


def grant_teams(conn: Any, member: str, teams: list[str]) -> None:
    conn.execute("DELETE FROM copilot.trainer_teams WHERE member = %s", [member])
    for team in teams:
        conn.execute("INSERT INTO copilot.trainer_teams (member, team) VALUES (%s, %s)", [member, team])

