"""The trainers' library and replay read from the central store: the same rows as the local library
(``copilot.record.library.SessionRow``), the same filters and orders, and each session as the payload a session
file holds, so the replay, reports and ``sessions list --central`` show a central session exactly as a local one.

Which sessions a login sees is the server's decision, not ours: row-level security (``schema``) shows a trainer
the teams ``copilot.trainer_teams`` grants them and nothing else, whatever is asked here. A page of sessions is
chosen first along the ``started_at`` index, then only its rows are counted. Search matches each word the trainer
typed as a prefix, anywhere in the session, like the local library, through each session's words (``words``, schema
5; a server older than that is searched line by line). The sessions that said the words stay on the server: one
statement finds them, filters, counts and sorts them and reads the page (schema 7 hands over what sorting and the
filters need with the sessions found, and counts a page's cards, decisions and lines once per session rather than
once per row under the policies; a server at 5 or 6 is read as before). Words so common that more than ``FEW``
sessions said them are counted up to ``FEW`` and no further ("more than 10,000"): counting every one of a million
sessions' words would take longer than the page itself. Each call opens a connection and closes it, so any thread
may call and no window holds one. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from copilot.central.connect import CentralConfig, CentralError, connect, explain, from_settings
from copilot.record.archive import SPEC
from copilot.record.library import ACCEPTED, DECIDED, FILTER_COLUMNS, LibraryQuery, SessionRow

if TYPE_CHECKING:
    from copilot.config.settings import Settings

ORDERS = {
    "newest": "{p}started_at DESC, {p}id DESC",
    "oldest": "{p}started_at ASC, {p}id ASC",
    "longest": "(coalesce({p}ended_at, {p}started_at) - {p}started_at) DESC, {p}started_at DESC",
}
_WORD = re.compile(r"\w+")
FEW = 10_000  # sessions a search names by id; beyond this many its words are common (``_words_clause``)
# Part of a payload: (table, order). Boards and notes keep the order they were written in (``n``).
_PARTS = {"utterances": ("utterances", "idx"), "suggestions": ("suggestions", "coalesce(shown_at, created_at), id"),
          "decisions": ("decisions", "decided_at, suggestion_id"), "boards": ("boards", "n"),
          "notes": ("notes", "at, n"), "held": ("held_drafts", "held_at, id")}


def prefix_query(text: str) -> str | None:
    """The words typed as a tsquery of prefixes that must all occur ('cancel' finds 'cancellation'); None for
    nothing searchable. Only letters and digits reach the query, so no input is a syntax error."""
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(text.replace("\0", " "))))
    return " & ".join(f"{w}:*" for w in words) or None


# The sessions that said the words, found through the words index (up to a cap; all of them for none) and kept on the
# server for the rest of the statement: from schema 7 with what sorting and the filters need (``sessions_found``),
# before that by id only (``sessions_saying``), to be read again under the policies.
_FOUND_ROWS = "found AS MATERIALIZED (SELECT * FROM copilot.sessions_found(to_tsquery('simple', %s), %s))"
_FOUND_IDS = "found AS MATERIALIZED (SELECT copilot.sessions_saying(to_tsquery('simple', %s), %s) AS id)"


@dataclass(frozen=True)
class _Search:
    """Words searched through the server's words index (schema 5 on)."""

    words: str  # as a tsquery (``prefix_query``)
    rows: bool  # the server returns the found sessions' rows (schema 7), not only their ids

    @property
    def found(self) -> str:
        return _FOUND_ROWS if self.rows else _FOUND_IDS

    @property
    def source(self) -> str:
        """Where a statement with ``found`` reads the matching sessions from (as ``s``)."""
        return "found s" if self.rows else "copilot.sessions s"

    @property
    def how(self) -> str:
        return "rows" if self.rows else "ids"


@dataclass(frozen=True)
class _Server:
    """What the server's schema offers the library: its words index (5), the found sessions' rows and the page's
    tallies (7)."""

    saying: bool
    found: bool
    tallies: bool

    @classmethod
    def of(cls, conn: Any) -> _Server:
        row = conn.execute("SELECT to_regprocedure('copilot.sessions_saying(tsquery, integer)') IS NOT NULL, "
                           "to_regprocedure('copilot.sessions_found(tsquery, integer)') IS NOT NULL, "
                           "to_regprocedure('copilot.session_tallies(text[], text[], text[])') IS NOT NULL"
                           ).fetchone()
        return cls(*(bool(r) for r in row))

    def search(self, query: LibraryQuery) -> _Search | None:
        """The words typed as the server's words index takes them; None when nothing is searched or the server is
        older than schema 5 (``_where`` then tests them line by line)."""
        words = prefix_query(query.text)
        return _Search(words, self.found) if words and (self.saying or self.found) else None


def _where(query: LibraryQuery, how: str | None) -> tuple[str, list[Any]]:
    """The WHERE clause and its parameters. ``how`` the words typed are matched: ``"rows"``, they were (the rows
    are the statement's ``found``); ``"ids"``, the session is one ``found`` names; ``"words"``, each session's words
    are tested one by one (common words: the page is a short walk newest first away); None, line by line (a
    server older than schema 5)."""
    clauses: list[str] = []
    params: list[Any] = []
    for column in FILTER_COLUMNS:
        wanted = getattr(query, column)
        if wanted:
            clauses.append(f"s.{column} = %s")
            params.append(wanted)
    if query.tag:
        clauses.append("s.tags ? %s")
        params.append(query.tag)
    if query.since is not None:
        clauses.append("s.started_at >= %s")
        params.append(query.since)
    if query.until is not None:
        clauses.append("s.started_at < %s")
        params.append(query.until)
    words = prefix_query(query.text)
    if words and how == "ids":  # each word somewhere in the session, not necessarily in one line
        clauses.append("s.id IN (SELECT id FROM found)")
    elif words and how == "words":
        clauses.append("s.words @@ to_tsquery('simple', %s)")
        params.append(words)
    elif words and how is None:
        for word in words.split(" & "):
            clauses.append("EXISTS (SELECT 1 FROM copilot.utterances u WHERE u.session_id = s.id "
                           "AND to_tsvector('simple', u.text) @@ to_tsquery('simple', %s))")
            params.append(word)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_sessions(conn: Any, query: LibraryQuery | None = None) -> list[SessionRow]:
    return _read(conn, query or LibraryQuery(), counted=False)[0]


def read_page(conn: Any, query: LibraryQuery | None = None) -> tuple[list[SessionRow], int, bool]:
    """A page of sessions, how many match, and whether that count stopped at ``FEW`` (common words: there are
    more). A search counts in the statement that reads its page: its words are looked up once, and the sessions
    that said them never leave the server."""
    return _read(conn, query or LibraryQuery(), counted=True)


def _read(conn: Any, query: LibraryQuery, *, counted: bool) -> tuple[list[SessionRow], int, bool]:
    server = _Server.of(conn)
    search = server.search(query)
    if search is None:
        where, params = _where(query, None)
        rows, _, _ = _list(conn, query, where, params, tallies=server.tallies)
        return (rows, *_count(conn, where, params, common=False)) if counted else (rows, 0, False)
    where, params = _where(query, search.how)
    rows, total, found = _list(conn, query, where, params, search=search, tallies=server.tallies)
    if found <= FEW:
        if total is None and counted:  # a page past the last: nothing on it to carry the count
            total = _count_found(conn, where, params, search, FEW + 1)
        return rows, total or 0, False
    where, params = _where(query, "words")
    rows, _, _ = _list(conn, query, where, params, tallies=server.tallies)
    return (rows, *_count(conn, where, params, common=True)) if counted else (rows, 0, False)


# How a page's rows get their cards, accepted and decided cards, lines and last line counted (the select list and the
# joins after ``page p``): by the server's ``session_tallies`` (schema 7), or row by row under the
# policies, where every card, decision and line is tested against its session.
_TALLIES = ("t.shown, t.accepted, t.decided, t.said, t.last",
            "LEFT JOIN copilot.session_tallies(ARRAY(SELECT id FROM chosen), %s, %s) t ON t.id = p.id")
_TALLIES_UNDER_POLICIES = (
    "(SELECT count(*) FROM copilot.suggestions g WHERE g.session_id = p.id), d.accepted, d.decided, u.n, u.last",
    "LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE action IN ({})) AS accepted, count(*) FILTER (WHERE action IN "
    "({})) AS decided FROM copilot.decisions WHERE session_id = p.id) d ON true "
    "LEFT JOIN LATERAL (SELECT count(*) AS n, max(received_at) AS last FROM copilot.utterances "
    "WHERE session_id = p.id) u ON true".format(", ".join(f"'{a}'" for a in ACCEPTED),
                                                ", ".join(f"'{a}'" for a in DECIDED)))


def _list(conn: Any, query: LibraryQuery, where: str, params: list[Any], *,
          search: _Search | None = None, tallies: bool = False) -> tuple[list[SessionRow], int | None, int]:
    """The page, how many match (None unless words are searched, and when the page is past the last), and how
    many sessions said the words (0 with none).

    The page's sessions are chosen by id first, so that walking to the page (and past the rows a later page skips)
    reads only the index of the order and its columns (schema 6); only the page's own rows are then read. With
    a ``search``, the sessions that said its words (``found``) are filtered, counted and sorted for the page in one
    pass (read again by key under the policies first when the server names them by id only); when more than
    ``FEW`` said them, none is: the caller walks instead. Each row's cards, decisions and lines are counted by
    ``session_tallies`` when the server has it (schema 7), or else row by row under the policies."""
    if query.order not in ORDERS:
        raise ValueError(f"unknown order {query.order!r}; one of {', '.join(ORDERS)}")
    if search is None:
        found, source, heads, total, found_n = "", "copilot.sessions s", [], "NULL::bigint", "0"
    else:
        found, source, heads, total = f"{search.found}, ", search.source, [search.words, FEW + 1], "count(*) OVER ()"
        found_n = "(SELECT count(*) FROM found)"
        few = f"{found_n} <= {int(FEW)}"
        where = f"{where} AND {few}" if where else f" WHERE {few}"
    counts, joins = _TALLIES if tallies else _TALLIES_UNDER_POLICIES
    sql = (
        f"WITH {found}chosen AS (SELECT s.id, {total} AS total FROM {source}{where} "
        f"ORDER BY {ORDERS[query.order].format(p='s.')} LIMIT %s OFFSET %s), "
        "page AS (SELECT s.id, s.started_at, s.ended_at, s.agent, s.team, s.channel, s.language, s.tags, "
        "s.outcome, s.external_id, c.total FROM copilot.sessions s JOIN chosen c ON c.id = s.id) "
        f"SELECT p.*, {counts}, f.n FROM (SELECT {found_n} AS n) f LEFT JOIN page p ON true {joins} "
        f"ORDER BY {ORDERS[query.order].format(p='p.')}")
    rows = []
    counted: int | None = None
    said = 0
    tally = [list(ACCEPTED), list(DECIDED)] if tallies else []
    for (sid, start, ended, agent, team, channel, language, tags, outcome, external, matched, shown, acc, dec, n,
         last, saying) in conn.execute(sql, [*heads, *params, max(0, query.limit), max(0, query.offset), *tally]):
        said = int(saying)
        if sid is None:  # no session on the page: only how many said the words
            continue
        counted = None if matched is None else int(matched)
        start = float(start or 0.0)
        end = ended if ended is not None else last
        rows.append(SessionRow(
            id=sid, started_at=start, duration=None if end is None else max(0.0, end - start), agent=agent, team=team,
            channel=channel, language=language, tags=[str(t) for t in tags] if isinstance(tags, list) else [],
            outcome=outcome, shown=int(shown or 0), accepted=int(acc or 0), decided=int(dec or 0),
            acceptance=(acc / dec) if dec else None, utterances=int(n or 0), external_id=external))
    if search is not None and counted is None and not rows and query.offset <= 0 < query.limit and said <= FEW:
        counted = 0  # the first page, empty: nothing matches
    return rows, counted, said


def count_sessions(conn: Any, query: LibraryQuery | None = None) -> int:
    """How many sessions match, every one counted."""
    query = query or LibraryQuery()
    search = _Server.of(conn).search(query)
    if search is None:
        where, params = _where(query, None)
        return int(conn.execute(f"SELECT count(*) FROM copilot.sessions s{where}", params).fetchone()[0])
    return _count_found(conn, *_where(query, search.how), search, None)


def _count_found(conn: Any, where: str, params: list[Any], search: _Search, cap: int | None) -> int:
    """How many of the sessions that said the words (up to ``cap`` of them; all for None) match ``where``."""
    return int(conn.execute(f"WITH {search.found} SELECT count(*) FROM {search.source}{where}",
                            [search.words, cap, *params]).fetchone()[0])


def _count(conn: Any, where: str, params: list[Any], common: bool) -> tuple[int, bool]:
    if not common:
        return int(conn.execute(f"SELECT count(*) FROM copilot.sessions s{where}", params).fetchone()[0]), False
    found = int(conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM copilot.sessions s{where} LIMIT %s) c",
                             [*params, FEW + 1]).fetchone()[0])
    return (FEW, True) if found > FEW else (found, False)


def distinct_values(conn: Any, column: str) -> list[str]:
    if column in ("tag", "tags"):
        sql = ("SELECT DISTINCT t FROM copilot.sessions s, jsonb_array_elements_text("
               "CASE WHEN jsonb_typeof(s.tags) = 'array' THEN s.tags ELSE '[]' END) t")
    elif column in FILTER_COLUMNS:
        sql = f"SELECT DISTINCT {column} FROM copilot.sessions WHERE {column} IS NOT NULL AND {column} != ''"
    else:
        raise ValueError(f"no filter on {column!r}; one of {', '.join((*FILTER_COLUMNS, 'tag'))}")
    return sorted((str(r[0]) for r in conn.execute(sql) if str(r[0]).strip()), key=str.casefold)


def find_session_ids(conn: Any, given: str) -> list[str]:
    """As the local library finds them: the id, the CRM's id for the call, or the start of the id."""
    like = given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [r[0] for r in conn.execute(
        "SELECT id FROM copilot.sessions WHERE id = %s OR external_id = %s OR id LIKE %s "
        "ORDER BY id = %s DESC LIMIT 2", [given, given, like, given])]


def _rows(conn: Any, part: str, table: str, order: str, session_id: str) -> list[dict[str, Any]]:
    columns = list(SPEC[part])
    return [dict(zip(columns, row, strict=True)) for row in conn.execute(
        f"SELECT {', '.join(columns)} FROM copilot.{table} WHERE session_id = %s ORDER BY {order}", [session_id])]


def load_payload(conn: Any, session_id: str) -> dict[str, Any] | None:
    """Everything the central store holds about one session, in a session file's shape; None if it has none
    (or this login may not see it)."""
    columns = list(SPEC["session"])
    row = conn.execute(f"SELECT {', '.join(columns)} FROM copilot.sessions WHERE id = %s", [session_id]).fetchone()
    if row is None:
        return None
    payload: dict[str, Any] = {"session": dict(zip(columns, row, strict=True))}
    for part, (table, order) in _PARTS.items():
        payload[part] = _rows(conn, part, table, order, session_id)
    for part, table in (("scorecard", "scorecards"), ("wrapup", "wrapups")):
        found = _rows(conn, part, table, "session_id", session_id)
        payload[part] = found[0] if found else None
    return payload


@dataclass(frozen=True)
class CentralLibrary:
    """The central store as the coaching service reads it: a connection per call."""

    config: CentralConfig

    @property
    def where(self) -> str:
        return self.config.where

    @contextmanager
    def connection(self) -> Iterator[Any]:
        import psycopg

        conn = connect(self.config, application="agent-copilot-coaching")
        try:
            with conn.transaction():  # one snapshot for everything one call reads
                yield conn
        except psycopg.OperationalError as exc:
            raise explain(exc, self.config) from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise CentralError(f"this login may not read the central store at {self.where} "
                               f"({exc.diag.message_primary}); IT grants trainers the copilot_trainer role") from None
        except psycopg.errors.UndefinedTable:
            raise CentralError(f"the central store at {self.where} has no sessions yet (its schema is not set up: "
                               "an administrator runs 'copilot central migrate')") from None
        finally:
            conn.close()


def library_from_settings(settings: Settings) -> CentralLibrary | None:
    """The central library the settings name, or None when the central record is off (``CentralError`` for a
    setting that cannot work)."""
    config = from_settings(settings)
    return None if config is None else CentralLibrary(config)
