"""The central store's schema, versioned on its own: the server outlives every desktop version that writes to it.

Everything lives in the PostgreSQL schema ``copilot``. ``copilot.schema_version`` holds one row per migration
applied. Each migration is idempotent (``IF NOT EXISTS``, policies dropped before they are created) and runs in
its own transaction under an advisory lock, so two desktops, or an administrator and a desktop, starting at
once never apply one twice, and a migration cut short is simply run again. Migrations only ever add: a desktop
written for schema N works with a server at N or later.

Version 2 adds the access rules. Three group roles (NOLOGIN; IT makes login roles members of them):
``copilot_desktop`` ships sessions and sees only those it shipped itself (``shipped_by``); ``copilot_trainer``
reads the sessions of the teams ``copilot.trainer_teams`` grants it; ``copilot_privacy`` (the data protection
officer's) reads and erases every session. Rows of the other tables are visible exactly when their session is.
The owner of the tables (whoever ran the migrations) is not subject to these rules.

Version 4 adds the supervisors' live view (``copilot.central.live``): ``live_calls`` (one row per call running on
a desk, with its agent and team), ``live_events`` (what happens in it, numbered per call) and ``live_notes`` (a
supervisor's note to the agent of a call). A fourth group role, ``copilot_supervisor``, reads the live calls of
the teams ``copilot.trainer_teams`` grants it (the same grants as trainers: one list of who leads which team)
and writes notes only to those calls. Desks write and read only their own calls and the notes sent to them.
Live rows are short-lived: a desk purges its own after ``LIVE_RETENTION_HOURS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from copilot.central.connect import CentralError

SCHEMA = "copilot"
LOCK_KEY = 7_314_200_914  # pg_advisory_xact_lock: one migrator at a time
ROLES = ("copilot_desktop", "copilot_trainer", "copilot_privacy")
LIVE_ROLES = (*ROLES, "copilot_supervisor")
LIVE_RETENTION_HOURS = 12
CHILD_TABLES = ("utterances", "suggestions", "decisions", "boards", "notes", "scorecards", "held_drafts", "wrapups")

_V1 = """
CREATE TABLE IF NOT EXISTS copilot.sessions (
    id text PRIMARY KEY, started_at double precision NOT NULL, ended_at double precision, source text, engine text,
    context jsonb NOT NULL DEFAULT '{}', channel text, external_id text, ai_tokens bigint, agent text, team text,
    language text, outcome text, tags jsonb NOT NULL DEFAULT '[]', customer_id text,
    redacted boolean NOT NULL DEFAULT false, version double precision NOT NULL DEFAULT 0,
    shipped_by name NOT NULL DEFAULT current_user, shipped_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX IF NOT EXISTS sessions_started ON copilot.sessions (started_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS sessions_team ON copilot.sessions (team, started_at DESC);
CREATE INDEX IF NOT EXISTS sessions_agent ON copilot.sessions (agent, started_at DESC);
CREATE INDEX IF NOT EXISTS sessions_customer ON copilot.sessions (customer_id);
CREATE INDEX IF NOT EXISTS sessions_external ON copilot.sessions (external_id);
CREATE INDEX IF NOT EXISTS sessions_shipped_by ON copilot.sessions (shipped_by);
CREATE TABLE IF NOT EXISTS copilot.utterances (
    session_id text NOT NULL REFERENCES copilot.sessions ON DELETE CASCADE, idx integer NOT NULL,
    speaker text NOT NULL, text text NOT NULL, lang text, ts double precision, received_at double precision,
    PRIMARY KEY (session_id, idx));
CREATE INDEX IF NOT EXISTS utterances_words ON copilot.utterances USING gin (to_tsvector('simple', text));
CREATE TABLE IF NOT EXISTS copilot.suggestions (
    session_id text NOT NULL REFERENCES copilot.sessions ON DELETE CASCADE, id text NOT NULL, utterance_idx integer,
    engine text, kind text, entry_id text, title text, text text, rationale text, lang text,
    ai_generated boolean NOT NULL DEFAULT false, score double precision, created_at double precision,
    shown_at double precision, latency_ms double precision, card_ms double precision, PRIMARY KEY (session_id, id));
CREATE TABLE IF NOT EXISTS copilot.decisions (
    session_id text NOT NULL REFERENCES copilot.sessions ON DELETE CASCADE, suggestion_id text NOT NULL,
    action text NOT NULL, final_text text, edit_distance integer, reason text, decided_at double precision,
    time_to_decision_ms double precision, PRIMARY KEY (session_id, suggestion_id));
CREATE TABLE IF NOT EXISTS copilot.boards (
    session_id text NOT NULL REFERENCES copilot.sessions ON DELETE CASCADE, n integer NOT NULL,
    at double precision NOT NULL, cards jsonb NOT NULL DEFAULT '[]', PRIMARY KEY (session_id, n));
CREATE TABLE IF NOT EXISTS copilot.notes (
    session_id text NOT NULL REFERENCES copilot.sessions ON DELETE CASCADE, n integer NOT NULL, id bigint,
    at double precision NOT NULL, utterance_idx integer, text text NOT NULL, tags jsonb NOT NULL DEFAULT '[]',
    author text, created_at double precision, PRIMARY KEY (session_id, n));
CREATE TABLE IF NOT EXISTS copilot.scorecards (
    session_id text PRIMARY KEY REFERENCES copilot.sessions ON DELETE CASCADE, template jsonb NOT NULL DEFAULT '{}',
    answers jsonb NOT NULL DEFAULT '{}', trainer text, updated_at double precision);
CREATE TABLE IF NOT EXISTS copilot.held_drafts (
    session_id text NOT NULL REFERENCES copilot.sessions ON DELETE CASCADE, id text NOT NULL, utterance_idx integer,
    kind text, title text, text text, rationale text, lang text, reason text NOT NULL, held_at double precision,
    latency_ms double precision, PRIMARY KEY (session_id, id));
CREATE TABLE IF NOT EXISTS copilot.wrapups (
    session_id text PRIMARY KEY REFERENCES copilot.sessions ON DELETE CASCADE, lang text, drafted_by text,
    draft jsonb NOT NULL DEFAULT '{}', draft_text text, drafted_at double precision, ended_at double precision,
    final jsonb NOT NULL DEFAULT '{}', final_text text, edit_distance integer, approved_at double precision,
    after_call_ms double precision, delivered text, note text);
"""


def _v2_access() -> str:
    """Roles, grants and row-level security; see the module's docstring."""
    roles = "".join(f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{r}') THEN CREATE ROLE {r} NOLOGIN; "
                    "END IF; " for r in ROLES)
    tables = ", ".join(f"copilot.{t}" for t in ("sessions", *CHILD_TABLES))
    sql = [
        "CREATE TABLE IF NOT EXISTS copilot.trainer_teams (member name NOT NULL, team text NOT NULL, "
        "PRIMARY KEY (member, team))",
        f"DO $$ BEGIN {roles}END $$",
        "GRANT USAGE ON SCHEMA copilot TO " + ", ".join(ROLES),
        "GRANT SELECT ON copilot.schema_version, copilot.trainer_teams TO " + ", ".join(ROLES),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO copilot_desktop, copilot_privacy",
        f"GRANT SELECT ON {tables} TO copilot_trainer",
        "ALTER TABLE copilot.sessions ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS desktop_own ON copilot.sessions",
        "CREATE POLICY desktop_own ON copilot.sessions TO copilot_desktop "
        "USING (shipped_by = current_user) WITH CHECK (shipped_by = current_user)",
        "DROP POLICY IF EXISTS trainer_team ON copilot.sessions",
        "CREATE POLICY trainer_team ON copilot.sessions FOR SELECT TO copilot_trainer "
        "USING (team IN (SELECT t.team FROM copilot.trainer_teams t WHERE t.member = current_user))",
        "DROP POLICY IF EXISTS privacy_all ON copilot.sessions",
        "CREATE POLICY privacy_all ON copilot.sessions TO copilot_privacy USING (true) WITH CHECK (true)",
    ]
    for table in CHILD_TABLES:
        sql += [f"ALTER TABLE copilot.{table} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS with_session ON copilot.{table}",
                f"CREATE POLICY with_session ON copilot.{table} "
                "USING (EXISTS (SELECT 1 FROM copilot.sessions s WHERE s.id = session_id)) "
                "WITH CHECK (EXISTS (SELECT 1 FROM copilot.sessions s WHERE s.id = session_id))"]
    return ";\n".join(sql)


# Guidance experiments: the experiment a card counted for and the arm whose wording it showed.
_V3_EXPERIMENTS = ("ALTER TABLE copilot.suggestions ADD COLUMN IF NOT EXISTS experiment text;\n"
                   "ALTER TABLE copilot.suggestions ADD COLUMN IF NOT EXISTS arm text")



def _v4_live() -> str:
    """The supervisors' live view: calls, their events and notes, the supervisor role and its row-level security.
    Self-contained: it creates the role it needs and touches no table of another migration."""
    visible_call = "EXISTS (SELECT 1 FROM copilot.live_calls c WHERE c.id = call_id)"  # RLS applies inside too
    teams = "team IN (SELECT t.team FROM copilot.trainer_teams t WHERE t.member = current_user)"
    sql = [
        "CREATE TABLE IF NOT EXISTS copilot.live_calls (id text PRIMARY KEY, agent text, team text, channel text, "
        "started_at double precision NOT NULL, ended_at double precision, last_seq integer NOT NULL DEFAULT 0, "
        "published_by name NOT NULL DEFAULT current_user, updated_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX IF NOT EXISTS live_calls_team ON copilot.live_calls (team, updated_at DESC)",
        "CREATE INDEX IF NOT EXISTS live_calls_desk ON copilot.live_calls (published_by, updated_at)",
        "CREATE TABLE IF NOT EXISTS copilot.live_events (call_id text NOT NULL REFERENCES copilot.live_calls "
        "ON DELETE CASCADE, seq integer NOT NULL, kind text NOT NULL, at double precision NOT NULL, "
        "data jsonb NOT NULL DEFAULT '{}', PRIMARY KEY (call_id, seq))",
        "CREATE TABLE IF NOT EXISTS copilot.live_notes (id bigserial PRIMARY KEY, call_id text NOT NULL "
        "REFERENCES copilot.live_calls ON DELETE CASCADE, desk name NOT NULL, author name NOT NULL DEFAULT "
        "current_user, author_name text, text text NOT NULL, sent_at timestamptz NOT NULL DEFAULT now(), "
        "delivered_at timestamptz)",
        "CREATE INDEX IF NOT EXISTS live_notes_waiting ON copilot.live_notes (desk) WHERE delivered_at IS NULL",
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copilot_supervisor') THEN "
        "CREATE ROLE copilot_supervisor NOLOGIN; END IF; END $$",
        "GRANT USAGE ON SCHEMA copilot TO copilot_supervisor",
        "GRANT SELECT ON copilot.schema_version, copilot.trainer_teams TO copilot_supervisor",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON copilot.live_calls, copilot.live_events TO copilot_desktop, "
        "copilot_privacy",
        "GRANT SELECT ON copilot.live_calls, copilot.live_events TO copilot_supervisor",
        "GRANT SELECT, UPDATE, DELETE ON copilot.live_notes TO copilot_desktop, copilot_privacy",
        "GRANT SELECT, INSERT ON copilot.live_notes TO copilot_supervisor",
        "GRANT USAGE ON SEQUENCE copilot.live_notes_id_seq TO copilot_supervisor",
        "ALTER TABLE copilot.live_calls ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE copilot.live_events ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE copilot.live_notes ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS desktop_own ON copilot.live_calls",
        "CREATE POLICY desktop_own ON copilot.live_calls TO copilot_desktop "
        "USING (published_by = current_user) WITH CHECK (published_by = current_user)",
        "DROP POLICY IF EXISTS supervisor_team ON copilot.live_calls",
        f"CREATE POLICY supervisor_team ON copilot.live_calls FOR SELECT TO copilot_supervisor USING ({teams})",
        "DROP POLICY IF EXISTS privacy_all ON copilot.live_calls",
        "CREATE POLICY privacy_all ON copilot.live_calls TO copilot_privacy USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS with_call ON copilot.live_events",
        f"CREATE POLICY with_call ON copilot.live_events USING ({visible_call}) WITH CHECK ({visible_call})",
        "DROP POLICY IF EXISTS desk_notes ON copilot.live_notes",
        "CREATE POLICY desk_notes ON copilot.live_notes TO copilot_desktop "
        "USING (desk = current_user) WITH CHECK (desk = current_user)",
        "DROP POLICY IF EXISTS privacy_all ON copilot.live_notes",
        "CREATE POLICY privacy_all ON copilot.live_notes TO copilot_privacy USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS supervisor_notes ON copilot.live_notes",
        f"CREATE POLICY supervisor_notes ON copilot.live_notes TO copilot_supervisor USING ({visible_call}) "
        "WITH CHECK (author = current_user AND EXISTS (SELECT 1 FROM copilot.live_calls c "
        "WHERE c.id = call_id AND c.published_by = desk AND c.ended_at IS NULL))",
    ]
    return ";\n".join(sql)


# The library at a million sessions (the README's figures). Each session's words in one stripped tsvector on its row,
# so "every word somewhere in the session" is one GIN lookup on a million rows rather than one per word on twenty
# million, and a page's filter is one cheap test per session. A deferred row trigger on the utterances keeps it: at
# commit the first utterance of a session written in the transaction recomputes its words (``words_xid`` marks it
# done) and the others find it done, so a desk of any version ships as before. Row-level security keeps a trainer's
# own search off every index (a policy's rule must run before the non-leakproof ``@@``), so ``sessions_saying`` reads
# the index as the owner, keeping only the sessions the login (``session_user``) may see by the same rules as the
# policies; the library then reads those rows under the policies as usual. The trainer policy compares the team with an
# array worked out once per query (an uncorrelated sub-select), not a sub-select per row, and the team index serves it;
# with the filters a trainer picks (channel, language, outcome) beside the team, counting what matches reads an index.
_V5_LIBRARY = """
ALTER TABLE copilot.sessions ADD COLUMN IF NOT EXISTS words tsvector;
ALTER TABLE copilot.sessions ADD COLUMN IF NOT EXISTS words_xid bigint;
CREATE OR REPLACE FUNCTION copilot.words_of(sid text) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT w.lexeme)), ''::tsvector)
    FROM copilot.utterances u, unnest(to_tsvector('simple', u.text)) w WHERE u.session_id = sid $$;
CREATE OR REPLACE FUNCTION copilot.utterances_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sid text := CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END;
BEGIN
    UPDATE copilot.sessions SET words = copilot.words_of(sid), words_xid = txid_current()
    WHERE id = sid AND words_xid IS DISTINCT FROM txid_current();
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS utterances_changed ON copilot.utterances;
CREATE CONSTRAINT TRIGGER utterances_changed AFTER INSERT OR DELETE ON copilot.utterances
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION copilot.utterances_changed();
UPDATE copilot.sessions s SET words = w.words FROM (
    SELECT u.session_id, array_to_tsvector(array_agg(DISTINCT l.lexeme)) AS words
    FROM copilot.utterances u, unnest(to_tsvector('simple', u.text)) l GROUP BY u.session_id) w
WHERE s.id = w.session_id AND s.words IS NULL;
CREATE INDEX IF NOT EXISTS sessions_words ON copilot.sessions USING gin (words);
CREATE INDEX IF NOT EXISTS sessions_team_channel ON copilot.sessions (team, channel, started_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS sessions_team_language ON copilot.sessions (team, language, started_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS sessions_team_outcome ON copilot.sessions (team, outcome, started_at DESC, id DESC);
DROP POLICY IF EXISTS trainer_team ON copilot.sessions;
CREATE POLICY trainer_team ON copilot.sessions FOR SELECT TO copilot_trainer
    USING (team = ANY (ARRAY(SELECT t.team FROM copilot.trainer_teams t WHERE t.member = current_user)));
CREATE OR REPLACE FUNCTION copilot.sessions_saying(said tsquery, cap integer) RETURNS SETOF text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    owner oid := (SELECT relowner FROM pg_class WHERE oid = 'copilot.sessions'::regclass);
    teams text[] := CASE WHEN pg_has_role(session_user, 'copilot_trainer', 'MEMBER')
                    THEN ARRAY(SELECT t.team FROM copilot.trainer_teams t WHERE t.member = session_user) END;
    desk name := CASE WHEN pg_has_role(session_user, 'copilot_desktop', 'MEMBER') THEN session_user END;
BEGIN
    IF pg_has_role(session_user, 'copilot_privacy', 'MEMBER') OR pg_has_role(session_user, owner, 'MEMBER') THEN
        RETURN QUERY SELECT s.id FROM copilot.sessions s WHERE s.words @@ said LIMIT cap;
    ELSE
        RETURN QUERY SELECT s.id FROM copilot.sessions s
            WHERE s.words @@ said AND (s.team = ANY (teams) OR s.shipped_by = desk) LIMIT cap;
    END IF;
END $$;
REVOKE ALL ON FUNCTION copilot.sessions_saying(tsquery, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copilot.sessions_saying(tsquery, integer) TO copilot_desktop, copilot_trainer, copilot_privacy
"""

# A trainer's library walks the sessions newest first and keeps those of their teams that pass the filters they
# picked. With the team and the filter columns beside the order in one index, that walk (and the rows a later page
# skips) reads the index alone, not a session row per step: the policy's team test and an outcome or channel filter
# are answered from the index, and only the page's own rows are read from the table.
_V6_LIBRARY_WALK = """
CREATE INDEX IF NOT EXISTS sessions_started_walk ON copilot.sessions (started_at DESC, id DESC)
    INCLUDE (team, agent, channel, language, outcome)
"""

# What the library reads for a page, without reading a row twice or testing a policy per line. A search's page and
# count come from the sessions that said the words (up to 10,000 of them), sorted and counted on the server.
# ``sessions_saying`` names them by id only, so the library had to read each one again, by key and under the policies,
# to sort and filter them: for a word said in thousands of the trainer's sessions, reading the same rows twice.
# ``sessions_found`` returns what the sorting and the filters need from the rows the index lookup reads anyway; only
# the page's own rows are then read under the policies. ``sessions_saying`` stays for desktops of an earlier version.
# Each row of a page shows its cards, decisions and lines counted: under the policies every one of those rows (36 a
# session, 18,000 a page of 500) was tested against its session, which cost a page more than choosing it.
# ``session_tallies`` counts them for the page's sessions (the actions that count as accepted and as decided are the
# desktop's to say) once each session is known to be visible. Both keep to
# what the login may see by the same rules as ``sessions_saying`` (and the policies).
_V7_LIBRARY_READS = """
CREATE OR REPLACE FUNCTION copilot.sessions_found(said tsquery, cap integer)
RETURNS TABLE (id text, started_at double precision, ended_at double precision, agent text, team text, channel text,
               language text, outcome text, tags jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    owner oid := (SELECT relowner FROM pg_class WHERE oid = 'copilot.sessions'::regclass);
    teams text[] := CASE WHEN pg_has_role(session_user, 'copilot_trainer', 'MEMBER')
                    THEN ARRAY(SELECT t.team FROM copilot.trainer_teams t WHERE t.member = session_user) END;
    desk name := CASE WHEN pg_has_role(session_user, 'copilot_desktop', 'MEMBER') THEN session_user END;
BEGIN
    IF pg_has_role(session_user, 'copilot_privacy', 'MEMBER') OR pg_has_role(session_user, owner, 'MEMBER') THEN
        RETURN QUERY SELECT s.id, s.started_at, s.ended_at, s.agent, s.team, s.channel, s.language, s.outcome, s.tags
            FROM copilot.sessions s WHERE s.words @@ said LIMIT cap;
    ELSE
        RETURN QUERY SELECT s.id, s.started_at, s.ended_at, s.agent, s.team, s.channel, s.language, s.outcome, s.tags
            FROM copilot.sessions s WHERE s.words @@ said AND (s.team = ANY (teams) OR s.shipped_by = desk) LIMIT cap;
    END IF;
END $$;
REVOKE ALL ON FUNCTION copilot.sessions_found(tsquery, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copilot.sessions_found(tsquery, integer) TO copilot_desktop, copilot_trainer, copilot_privacy;
CREATE OR REPLACE FUNCTION copilot.session_tallies(ids text[], accepting text[], deciding text[])
RETURNS TABLE (id text, shown bigint, accepted bigint, decided bigint, said bigint, last double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    owner oid := (SELECT relowner FROM pg_class WHERE oid = 'copilot.sessions'::regclass);
    everyone boolean := pg_has_role(session_user, 'copilot_privacy', 'MEMBER')
                        OR pg_has_role(session_user, owner, 'MEMBER');
    teams text[] := CASE WHEN pg_has_role(session_user, 'copilot_trainer', 'MEMBER')
                    THEN ARRAY(SELECT t.team FROM copilot.trainer_teams t WHERE t.member = session_user) END;
    desk name := CASE WHEN pg_has_role(session_user, 'copilot_desktop', 'MEMBER') THEN session_user END;
BEGIN
    RETURN QUERY SELECT s.id, (SELECT count(*) FROM copilot.suggestions g WHERE g.session_id = s.id),
            d.accepted, d.decided, u.n, u.last
        FROM copilot.sessions s
        CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE x.action = ANY (accepting)) AS accepted,
            count(*) FILTER (WHERE x.action = ANY (deciding)) AS decided
            FROM copilot.decisions x WHERE x.session_id = s.id) d
        CROSS JOIN LATERAL (SELECT count(*) AS n, max(x.received_at) AS last FROM copilot.utterances x
            WHERE x.session_id = s.id) u
        WHERE s.id = ANY (ids) AND (everyone OR s.team = ANY (teams) OR s.shipped_by = desk);
END $$;
REVOKE ALL ON FUNCTION copilot.session_tallies(text[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION copilot.session_tallies(text[], text[], text[])
    TO copilot_desktop, copilot_trainer, copilot_privacy
"""

# A slot may be ``None`` (never run, never recorded) while a migration written on another branch has not landed;
# a server migrated meanwhile still takes it later, as a missing one below its version runs.
MIGRATIONS: list[Callable[[], str] | None] = [lambda: _V1, _v2_access, lambda: _V3_EXPERIMENTS, _v4_live,
                                               lambda: _V5_LIBRARY, lambda: _V6_LIBRARY_WALK, lambda: _V7_LIBRARY_READS]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(CentralError):
    """The central store's schema is missing or older than this version needs, and this login cannot bring it
    up to date; the message says who must run what."""


def server_version(conn: Any) -> int:
    """The central store's schema version; 0 when it has none yet."""
    with conn.transaction():
        found = conn.execute("SELECT to_regclass('copilot.schema_version') IS NOT NULL").fetchone()[0]
        if not found:
            return 0
        return int(conn.execute("SELECT coalesce(max(version), 0) FROM copilot.schema_version").fetchone()[0])


def _all_applied(conn: Any) -> bool:
    """Whether every migration this build has is recorded (one from another branch may have landed after a later
    one was applied)."""
    wanted = [n for n, m in enumerate(MIGRATIONS, start=1) if m is not None]
    with conn.transaction():
        found = {int(r[0]) for r in conn.execute("SELECT version FROM copilot.schema_version WHERE version = ANY(%s)",
                                                 [wanted])}
    return found == set(wanted)


def migrate(conn: Any) -> tuple[int, int]:
    """Bring the schema up to ``SCHEMA_VERSION``; returns (version before, version after). Needs a login that may
    create tables (the owner IT chose); ``SchemaError`` otherwise."""
    import psycopg

    before = server_version(conn)
    if before >= SCHEMA_VERSION and _all_applied(conn):
        return before, before
    try:
        for number, migration in enumerate(MIGRATIONS, start=1):
            if migration is None:
                continue
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
                conn.execute("CREATE SCHEMA IF NOT EXISTS copilot")
                conn.execute("CREATE TABLE IF NOT EXISTS copilot.schema_version (version integer PRIMARY KEY, "
                             "applied_at timestamptz NOT NULL DEFAULT now())")
                done = conn.execute("SELECT 1 FROM copilot.schema_version WHERE version = %s", [number]).fetchone()
                if done:
                    continue
                conn.execute(migration())
                conn.execute("INSERT INTO copilot.schema_version (version) VALUES (%s)", [number])
    except psycopg.errors.InsufficientPrivilege as exc:
        raise SchemaError(
            f"the central store's schema is at version {before} and this version of Agent Copilot needs "
            f"{SCHEMA_VERSION}, but this login may not change it ({exc.diag.message_primary}); an administrator runs "
            "'copilot central migrate' with the owner's login") from exc
    return before, SCHEMA_VERSION


def require(conn: Any) -> int:
    """The server's schema version when it is recent enough for this desktop, migrating when this login may;
    ``SchemaError`` naming what to do when it is not."""
    version = server_version(conn)
    if version >= SCHEMA_VERSION:
        return version
    return migrate(conn)[1]
