"""The trainer's one door to the session record: what the library, replay, statistics and reports read and write.

The trainer's windows get a ``CoachingService`` through their constructors and call it on a worker;
``copilot sessions`` and ``copilot replay`` call it directly, so the window and the terminal run the same
code. Each call opens the database, does its work and closes it again: no window holds a connection, and
any thread may call. Reading never creates a database (a library nothing was recorded into is empty);
writing to one that is missing makes it. A service opened on a session file works on a scratch copy and
refuses writes with its ``read_only`` reason, which the replay also shows its trainer. Failures are
``KnownError``s that name the file or the session.

With a central store (``central``, from the ``central_url`` setting) the library, replay, exports, statistics,
experiments and knowledge gaps read every desk's sessions there instead, as far as the server's row-level security
lets this login see; notes and scorecards are not written to the central store yet (``read_only`` says so).
No Qt here.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copilot.coaching import experiments, stats
from copilot.coaching.gaps import Gap, find_gaps
from copilot.coaching.sentiment import curve
from copilot.errors import KnownError
from copilot.playbook.file import Playbook
from copilot.record import archive, library
from copilot.record.archive import ImportResult
from copilot.record.gap_queries import unanswered_lines
from copilot.record.library import LibraryQuery, SessionRow
from copilot.record.session_record import Note, RecordNotFound, SessionRecord, load_record
from copilot.record.storage import Store, opened
from copilot.text.i18n import translate

if TYPE_CHECKING:
    import sqlite3

    from copilot.central.library import CentralLibrary
    from copilot.config.settings import Settings

# The record's types in this service's calls, for callers that may not reach into the record themselves.
__all__ = ["FROM_FILE", "FILTERS", "CoachingService", "ImportResult", "LibraryPage", "LibraryQuery",
           "ReadOnlyError", "SessionRow"]

FROM_FILE = "Opened from a file: import it ('copilot sessions import') to keep notes and a scorecard"
FROM_CENTRAL = ("Read from the central record: notes and scorecards are kept only for sessions recorded on this "
                "computer")
FILTERS = (*library.FILTER_COLUMNS, "tag")  # what the library can filter on, in its order
MAX_LABEL, MAX_TAGS = 64, 20  # an outcome's or a tag's characters; tags per session


class ReadOnlyError(KnownError):
    """A change to a session opened from a file, which would be lost with its scratch database."""


@dataclass(frozen=True, slots=True)
class LibraryPage:
    """One page of the library: its sessions, how many match in all, and what each filter offers."""

    rows: list[SessionRow] = field(default_factory=list)
    total: int = 0
    choices: dict[str, list[str]] | None = None  # filter -> values; None when not asked for
    count_capped: bool = False  # ``total`` is where counting stopped: more sessions than that match


class CoachingService:
    def __init__(self, db_path: str | Path, *, read_only: str = "", central: CentralLibrary | None = None) -> None:
        self.path = Path(db_path)
        self.central = central
        # why nothing may be written here, in the trainer's words; "" when it may
        self.read_only = read_only or (FROM_CENTRAL if central is not None else "")

    @classmethod
    def from_settings(cls, db_path: str | Path, settings: Settings) -> CoachingService:
        """The service a trainer's window or command uses: on the central record when ``central_library`` is on and
        a ``central_url`` is set, else on this computer's record."""
        if settings["central_library"]:
            from copilot.central.library import library_from_settings

            central = library_from_settings(settings)
            if central is not None:
                return cls(db_path, central=central)
        return cls(db_path)

    @classmethod
    def open_file(cls, source: str | Path, scratch: str | Path, *,
                  read_only: str = FROM_FILE) -> tuple[CoachingService, str]:
        """A session file read into a scratch database in the folder ``scratch`` (never the library's):
        a service on it, refusing changes, and the session's id."""
        db_path = Path(scratch) / "replay.db"
        imported = cls(db_path).import_session(source)
        return cls(db_path, read_only=read_only), imported.session_id

    def locate(self, given: str, scratch: str | Path) -> tuple[CoachingService, str]:
        """What a trainer names on the command line: an exported file (opened as ``open_file`` does), or a
        session of this library as ``find_session`` finds it."""
        if Path(given).is_file():
            return self.open_file(given, scratch)
        return self, self.find_session(given, or_file=True)

    def find_session(self, given: str, *, or_file: bool = False) -> str:
        """The id of a session of this library named by its id, the CRM's id for it, or the start of its id:
        every command that takes a session id (replay, export) finds it here."""
        found: list[str] = []
        if self.central is not None:
            from copilot.central import library as central_library

            with self.central.connection() as conn:
                found = central_library.find_session_ids(conn, given)
        elif self.exists:
            with opened(self.path) as store:
                found = library.find_session_ids(store.db.conn, given)
        if not found:
            raise RecordNotFound((translate("Record", "{given}: no such file, and no recorded session with that id")
                                  if or_file else translate("Record", "{given}: no recorded session with that id"))
                                 .format(given=given))
        if len(found) > 1 and found[0] != given:
            raise RecordNotFound(translate("Record", "{given}: more than one session starts with that; give more of "
                                                     "the id").format(given=given))
        return found[0]

    @property
    def exists(self) -> bool:
        """Whether there is a database yet (anything in the way of one, such as a folder, counts: opening it
        then says what is wrong)."""
        return self.path.exists()

    # -- the library ----------------------------------------------------------------------------

    def read_library(self, query: LibraryQuery | None = None, *, with_choices: bool = True) -> LibraryPage:
        """A page of sessions, how many match, and (when asked) the values each filter offers."""
        query = query or LibraryQuery()
        if self.central is not None:
            from copilot.central import library as central_library

            with self.central.connection() as conn:
                rows, total, capped = central_library.read_page(conn, query)
                choices = {name: central_library.distinct_values(conn, name) for name in FILTERS} \
                    if with_choices else None
            return LibraryPage(rows, total, choices, count_capped=capped)
        if not self.exists:
            return LibraryPage(choices={name: [] for name in FILTERS} if with_choices else None)
        with opened(self.path) as store:  # brings an older database up to date first
            conn = store.db.conn
            rows = library.list_sessions(conn, query)
            total = library.count_sessions(conn, query)
            choices = _choices(conn) if with_choices else None
        return LibraryPage(rows, total, choices)

    def list_sessions(self, query: LibraryQuery | None = None) -> list[SessionRow]:
        """One page of sessions matching ``query``, without counting them all or reading the filters."""
        if self.central is not None:
            from copilot.central import library as central_library

            with self.central.connection() as conn:
                return central_library.list_sessions(conn, query)
        if not self.exists:
            return []
        with opened(self.path) as store:
            return library.list_sessions(store.db.conn, query)

    def filter_choices(self) -> dict[str, list[str]]:
        """The values each of the library's filters can take (agents, teams, ... tags)."""
        if self.central is not None:
            return self.read_library(LibraryQuery(limit=0)).choices or {}
        if not self.exists:
            return {name: [] for name in FILTERS}
        with opened(self.path) as store:
            return _choices(store.db.conn)

    # -- one session ----------------------------------------------------------------------------

    def load_record(self, session_id: str) -> SessionRecord:
        """Everything recorded about one session, notes and scorecard included: what a report is made of."""
        if self.central is not None:
            return archive.payload_record(self._central_payload(self.central, session_id))
        self._need_database(session_id)
        with opened(self.path) as store:
            return load_record(store.db.conn, session_id)

    def load_replay(self, session_id: str) -> tuple[SessionRecord, list[tuple[float, float]]]:
        """What the replay shows: the record and the customer's mood over the call, worked out by the caller's
        thread (a worker) rather than the window's."""
        record = self.load_record(session_id)
        return record, curve(record)

    def add_note(self, session_id: str, note: Note) -> int:
        """Pin a trainer's note to its moment in the session; returns the note's id."""
        with self._writing(session_id) as store:
            return store.add_note(session_id, note.offset, note.text, utterance_idx=note.utterance_idx,
                                  tags=note.tags, author=note.author, created_at=note.created_at)

    def delete_note(self, note_id: int) -> None:
        """Remove a note; one already gone is no error."""
        self._writable()
        if self.exists:
            with opened(self.path) as store:
                store.delete_note(note_id)

    def set_outcome_and_tags(self, session_id: str, outcome: str | None,
                             tags: Sequence[str]) -> tuple[str | None, list[str]]:
        """How the call ended and the trainer's tags, which the library lists, searches and filters by.

        Blank tags and repeats are dropped and long labels cut, so what is kept fits the library's columns;
        returns what was kept.
        """
        kept_outcome = (outcome or "").strip()[:MAX_LABEL] or None
        kept_tags = list(dict.fromkeys(t.strip()[:MAX_LABEL] for t in tags if t.strip()))[:MAX_TAGS]
        with self._writing(session_id) as store:
            store.session_described(session_id, {"outcome": kept_outcome, "tags": kept_tags})
        return kept_outcome, kept_tags

    def save_scorecard(self, session_id: str, template: dict[str, Any], answers: dict[str, Any],
                       trainer: str | None = None) -> None:
        """Keep the trainer's confirmed scorecard with the session (replacing an earlier one)."""
        with self._writing(session_id) as store:
            store.save_scorecard(session_id, template, answers, trainer, time.time())

    # -- files ----------------------------------------------------------------------------------

    def export_session(self, session_id: str, target: str | Path, *, redact: bool = False) -> Path:
        """Write one session to a file another Agent Copilot can import; returns the path written."""
        if self.central is not None:
            return archive.write_archive(self._central_payload(self.central, session_id), target, redact=redact)
        self._need_database(session_id)
        with opened(self.path) as store:
            return archive.export_session(store.db.conn, session_id, target, redact=redact)

    def import_session(self, source: str | Path, *, replace: bool = False) -> ImportResult:
        """Add a session file; a file that will be refused never creates or upgrades the database."""
        self._writable()
        archive.read_archive(source)
        with opened(self.path) as store:
            return archive.import_session(store.db.conn, source, replace=replace)

    # -- statistics -----------------------------------------------------------------------------

    def statistics(self, filters: stats.Filters | None = None,
                   playbook: Playbook | None = None) -> tuple[stats.Stats, stats.Choices]:
        """The coaching figures for ``filters``, and what the filters can offer; never creates a database."""
        if self.central is not None:
            from copilot.central import stats as central_stats

            filters = filters or stats.Filters()
            with self.central.connection() as conn:
                counted = central_stats.tally(conn, filters)
                cards = central_stats.experiment_cards(conn, filters)
                offered = central_stats.choices(conn)
            return stats.from_tallies(counted, filters, playbook, experiments.reports_of(cards, playbook)), offered
        return stats.compute_file(self.path, filters, playbook)

    def experiment_reports(self, playbook: Playbook | None = None, name: str | None = None,
                           filters: stats.Filters | None = None) -> list[experiments.ExperimentReport]:
        """The guidance experiments of ``playbook`` and those on record (or the one called ``name``), arm against
        arm; never creates a database (none yet: the playbook's experiments, with no cards)."""
        if self.central is not None:
            from copilot.central import stats as central_stats

            with self.central.connection() as conn:
                cards = central_stats.experiment_cards(conn, filters or stats.Filters(), name)
            return experiments.reports_of(cards, playbook, name=name)
        if not self.exists:
            return [experiments.compare([], e, playbook, now=time.time(), name=e.name)
                    for e in (playbook.experiments if playbook else []) if name in (None, e.name)]
        conn = stats.connect(self.path)
        try:
            return experiments.reports(conn, filters, playbook, name=name)
        finally:
            conn.close()

    def knowledge_gaps(self, filters: stats.Filters | None = None, limit: int | None = None) -> list[Gap]:
        """What customers asked in the sessions ``filters`` select that no article answered, grouped, the most
        asked first (``copilot.coaching.gaps``); never creates a database (none yet: no gaps)."""
        if self.central is not None:
            from copilot.central import stats as central_stats

            with self.central.connection() as conn:
                return find_gaps(central_stats.unanswered_lines(conn, filters or stats.Filters()), limit)
        if not self.exists:
            return []
        conn = stats.connect(self.path)
        try:
            return find_gaps(unanswered_lines(conn, filters or stats.Filters()), limit)
        finally:
            conn.close()

    # -- guards ---------------------------------------------------------------------------------

    @staticmethod
    def _central_payload(central: CentralLibrary, session_id: str) -> dict[str, Any]:
        from copilot.central import library as central_library

        with central.connection() as conn:
            payload = central_library.load_payload(conn, session_id)
        if payload is None:
            raise RecordNotFound(translate("Record", "no session with id {id} in the central record at {where} (or not "
                                                     "one of your teams')").format(id=repr(session_id),
                                                                                   where=central.where))
        return payload

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only)

    def _need_database(self, session_id: str) -> None:
        if not self.exists:
            raise RecordNotFound(translate("Record", "no recorded session with id {id} (no database at {path})").format(
                id=repr(session_id), path=self.path))

    @contextlib.contextmanager
    def _writing(self, session_id: str) -> Iterator[Store]:
        """The store, for a change to a session that is there: a missing one is named, not a constraint error."""
        self._writable()
        self._need_database(session_id)
        with opened(self.path) as store:
            if not store.has_session(session_id):
                raise RecordNotFound(translate("Record", "no recorded session with id {id}").format(
                    id=repr(session_id)))
            yield store


def _choices(conn: sqlite3.Connection) -> dict[str, list[str]]:
    return {name: library.distinct_values(conn, name) for name in FILTERS}
