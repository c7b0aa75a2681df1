"""Trainers read the central store through the coaching service: the library and the replay show every desk's
calls of the trainer's own teams, exactly as the local record shows them, and row-level security on the real
server keeps every other team's calls (and other desks' calls, for a desk) out of sight."""

from __future__ import annotations

import time

import pytest
from recorded import CALL_EN, CALL_NL, default_playbook, record_call

from copilot.central import library as central_library
from copilot.central import schema
from copilot.central.connect import CentralConfig, connect
from copilot.central.library import CentralLibrary
from copilot.central.ship import ship
from copilot.central.sync import Sync
from copilot.coaching.service import FROM_CENTRAL, CoachingService, LibraryQuery, ReadOnlyError
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import Note, RecordNotFound


def desk_with_calls(db, team: str, calls: int, start: float) -> list[str]:
    recorder = BackgroundRecorder(db)
    try:
        ids = [record_call(recorder, CALL_EN if n % 2 == 0 else CALL_NL, playbook=default_playbook(),
                           start=start + n * 600, team=team, agent_name=f"{team}-agent").id for n in range(calls)]
        recorder.flush()
    finally:
        recorder.close()
    return ids


@pytest.fixture
def two_teams(tmp_path, central):
    """Team blue's calls shipped from one desk, team red's from another (two desktop logins)."""
    red_desk = central.login("red_" + central.desk, "copilot_desktop", "red-secret-1")
    blue = desk_with_calls(tmp_path / "blue.db", "blue", 3, 1_700_000_000.0)
    red = desk_with_calls(tmp_path / "red.db", "red", 2, 1_700_050_000.0)
    with Sync(tmp_path / "blue.db", CentralConfig(central.desk_url, password=central.DESK_PASSWORD)) as sync:
        assert sync.run_once(settle_s=0).complete
    with Sync(tmp_path / "red.db", CentralConfig(red_desk, password="red-secret-1")) as sync:
        assert sync.run_once(settle_s=0).complete
    return {"blue": blue, "red": red, "red_desk": red_desk}


def trainer(central, name: str, *teams: str) -> CoachingService:
    """A trainer's login, granted ``teams`` the way IT does it, and the coaching service on it."""
    url = central.login(f"{name}_{central.desk}", "copilot_trainer", f"{name}-secret-1")
    with central.admin() as conn:
        for team in teams:
            conn.execute("INSERT INTO copilot.trainer_teams (member, team) VALUES (%s, %s)",
                         [f"{name}_{central.desk}", team])
    library = CentralLibrary(CentralConfig(url, password=f"{name}-secret-1"))
    return CoachingService("/nonexistent/not-used.db", central=library)


def test_a_trainer_sees_only_their_teams_calls(central, two_teams):
    service = trainer(central, "tess", "blue")
    page = service.read_library()
    assert sorted(r.id for r in page.rows) == sorted(two_teams["blue"]) and page.total == 3
    assert page.choices["team"] == ["blue"]
    with pytest.raises(RecordNotFound, match="not one of your teams"):
        service.load_record(two_teams["red"][0])
    assert service.list_sessions(LibraryQuery(team="red")) == []


def test_a_trainer_with_two_teams_sees_both_and_one_with_none_sees_nothing(central, two_teams):
    assert len(trainer(central, "tom", "blue", "red").list_sessions()) == 5
    assert trainer(central, "nina").read_library().total == 0


def test_the_central_replay_shows_what_the_local_replay_shows(tmp_path, central, two_teams):
    service = trainer(central, "tess", "blue")
    local = CoachingService(tmp_path / "blue.db")
    for sid in two_teams["blue"]:
        there, here = service.load_record(sid), local.load_record(sid)
        # cards shown at one moment come in id order from a session file and the central store alike
        assert sorted(there.events(), key=repr) == sorted(here.events(), key=repr)
        assert [c.title for c in there.board_at(10.0)] == [c.title for c in here.board_at(10.0)]
        assert (there.agent, there.team, there.duration) == (here.agent, here.team, here.duration)
    assert service.find_session(two_teams["blue"][0][:8]) == two_teams["blue"][0]
    assert [r.id for r in service.list_sessions(LibraryQuery(text="opzeggen"))] == [two_teams["blue"][1]]


def test_the_central_library_is_read_only_and_says_why(central, two_teams):
    service = trainer(central, "tess", "blue")
    assert service.read_only == FROM_CENTRAL
    with pytest.raises(ReadOnlyError):
        service.add_note(two_teams["blue"][0], Note(None, 1.0, None, "nice"))


def test_a_desk_sees_only_the_calls_it_shipped(central, two_teams):
    with connect(CentralConfig(two_teams["red_desk"], password="red-secret-1")) as conn:
        seen = sorted(r[0] for r in conn.execute("SELECT id FROM copilot.sessions"))
        lines = conn.execute("SELECT count(DISTINCT session_id) FROM copilot.utterances").fetchone()[0]
    assert seen == sorted(two_teams["red"]) and lines == 2


def test_a_search_finds_words_said_in_different_lines_of_one_session(central, two_teams):
    service = trainer(central, "tess", "blue")
    # "expensive" and "supervisor" come in different lines of the English calls; prefixes match
    found = service.read_library(LibraryQuery(text="Expens SUPERVIS"), with_choices=False)
    assert sorted(r.id for r in found.rows) == sorted(two_teams["blue"][0::2]) and found.total == 2
    assert service.read_library(LibraryQuery(text="expensive zebra"), with_choices=False).total == 0


def test_common_words_find_the_same_sessions_as_rare_ones(central, two_teams, monkeypatch):
    service = trainer(central, "tess", "blue")
    named = service.read_library(LibraryQuery(text="manager"), with_choices=False)
    monkeypatch.setattr(central_library, "FEW", 2)  # two sessions say it: still a few, counted exactly
    exact = service.read_library(LibraryQuery(text="manager"), with_choices=False)
    monkeypatch.setattr(central_library, "FEW", 1)  # now more than a few: the count stops at one, and says so
    walked = service.read_library(LibraryQuery(text="manager"), with_choices=False)
    assert [r.id for r in walked.rows] == [r.id for r in exact.rows] == [r.id for r in named.rows]
    assert (named.total, named.count_capped, exact.total, exact.count_capped) == (2, False, 2, False)
    assert (walked.total, walked.count_capped) == (1, True)
    with service.central.connection() as conn:  # every match, for a caller that asks for the exact count
        assert central_library.count_sessions(conn, LibraryQuery(text="manager")) == 2


def test_a_capped_count_counts_only_what_the_filters_keep(central, two_teams, monkeypatch):
    """Words common among the trainer's sessions, with a filter that keeps fewer than the cap: counted exactly."""
    service = trainer(central, "tom", "blue", "red")
    monkeypatch.setattr(central_library, "FEW", 2)  # three of the five say "hello"
    everyone = service.read_library(LibraryQuery(text="hello"), with_choices=False)
    assert (everyone.total, everyone.count_capped, len(everyone.rows)) == (2, True, 3)
    red = service.read_library(LibraryQuery(text="hello", team="red"), with_choices=False)
    assert [r.id for r in red.rows] == [two_teams["red"][0]] and (red.total, red.count_capped) == (1, False)
    none = service.read_library(LibraryQuery(text="hello", team="green"), with_choices=False)
    assert (none.rows, none.total, none.count_capped) == ([], 0, False)


@pytest.mark.parametrize("order", sorted(central_library.ORDERS))
def test_pages_one_after_another_are_the_whole_list_in_its_order(central, two_teams, order):
    service = trainer(central, "tom", "blue", "red")
    whole = service.list_sessions(LibraryQuery(order=order))
    assert len(whole) == 5
    if order != "longest":
        newest = sorted(whole, key=lambda r: (r.started_at, r.id), reverse=True)
        assert whole == (newest if order == "newest" else newest[::-1])
    for size in (1, 2, 3):
        pages = [service.read_library(LibraryQuery(order=order, limit=size, offset=start), with_choices=False)
                 for start in range(0, 7, size)]
        assert [r for page in pages for r in page.rows] == whole
        assert {page.total for page in pages} == {5}
    assert service.list_sessions(LibraryQuery(order=order, offset=5)) == []


def test_each_filter_keeps_the_sessions_with_that_value_in_order(central, two_teams):
    service = trainer(central, "tom", "blue", "red")
    whole = service.list_sessions()
    tried = 0
    for column in central_library.FILTER_COLUMNS:
        for value in {getattr(r, column) for r in whole if getattr(r, column)}:
            wanted = [r for r in whole if getattr(r, column) == value]
            page = service.read_library(LibraryQuery(**{column: value}), with_choices=False)
            assert page.rows == wanted and (page.total, page.count_capped) == (len(wanted), False)
            later = service.list_sessions(LibraryQuery(**{column: value}, offset=1, limit=1))
            assert later == wanted[1:2]
            tried += 1
    assert tried >= 3  # team, agent and language at least


@pytest.mark.parametrize("said", ["SELECT copilot.sessions_saying(to_tsquery('simple', 'hello:*'), 100)",
                                  "SELECT id FROM copilot.sessions_found(to_tsquery('simple', 'hello:*'), 100)"])
def test_the_search_index_never_names_sessions_the_login_may_not_see(central, two_teams, said):
    """The index is read as the owner; asked directly, it keeps to the teams of a trainer and the calls of a desk
    (by id, for desktops before schema 7, and with the rows the library sorts and filters, from schema 7)."""
    with trainer(central, "tess", "blue").central.connection() as conn:
        assert sorted(r[0] for r in conn.execute(said)) == sorted(two_teams["blue"][0::2])
    with trainer(central, "nina").central.connection() as conn:
        assert conn.execute(said).fetchall() == []
    with connect(CentralConfig(two_teams["red_desk"], password="red-secret-1")) as conn:
        assert [r[0] for r in conn.execute(said)] == [two_teams["red"][0]]


@pytest.mark.parametrize("order", sorted(central_library.ORDERS))
def test_a_searchs_pages_one_after_another_are_all_it_found_each_with_the_count(central, two_teams, order):
    service = trainer(central, "tom", "blue", "red")
    whole = service.list_sessions(LibraryQuery(order=order))
    said = [r for r in whole if r.id in {*two_teams["blue"][0::2], two_teams["red"][0]}]  # the English calls
    assert service.list_sessions(LibraryQuery(text="hello", order=order)) == said and len(said) == 3
    for size in (1, 2):
        pages = [service.read_library(LibraryQuery(text="hello", order=order, limit=size, offset=start),
                                      with_choices=False) for start in range(0, 5, size)]
        assert [r for page in pages for r in page.rows] == said
        assert {(page.total, page.count_capped) for page in pages} == {(3, False)}  # past the last page too
    since = sorted(r.started_at for r in said)[1]
    later = service.read_library(LibraryQuery(text="hello", order=order, since=since), with_choices=False)
    assert later.rows == [r for r in said if r.started_at >= since] and later.total == 2
    blue = service.read_library(LibraryQuery(text="hello", team="blue", order=order, offset=5), with_choices=False)
    assert (blue.rows, blue.total) == ([], 2)
    nothing = service.read_library(LibraryQuery(text="hello", team="green", order=order), with_choices=False)
    assert (nothing.rows, nothing.total, nothing.count_capped) == ([], 0, False)


def test_a_server_at_schema_6_is_read_as_before_and_upgrades(central, two_teams):
    """A trainer's library works with a server not yet migrated to schema 7 (found sessions named by id and read
    again, each card, decision and line counted under the policies), and the migration to 7 changes none of what a
    page shows, finds or counts."""
    service = trainer(central, "tom", "blue", "red")
    queries = [LibraryQuery(), LibraryQuery(order="longest", limit=2, offset=1), LibraryQuery(text="hello"),
               LibraryQuery(text="hello", team="blue", limit=1, offset=1), LibraryQuery(text="opzeg", order="oldest"),
               LibraryQuery(text="hello", offset=9)]
    now = [service.read_library(q, with_choices=False) for q in queries]
    with central.admin() as conn:  # the server as it was at schema 6
        conn.execute("DROP FUNCTION copilot.sessions_found(tsquery, integer)")
        conn.execute("DROP FUNCTION copilot.session_tallies(text[], text[], text[])")
        conn.execute("DELETE FROM copilot.schema_version WHERE version = 7")
        assert schema.server_version(conn) == 6
    assert [service.read_library(q, with_choices=False) for q in queries] == now
    assert [(len(p.rows), p.total) for p in now] == [(5, 5), (2, 5), (3, 3), (1, 2), (2, 2), (0, 3)]
    assert all(r.shown and r.utterances and r.decided for r in now[0].rows)
    with central.admin() as conn:
        assert schema.migrate(conn) == (6, schema.SCHEMA_VERSION)
        assert conn.execute("SELECT to_regprocedure('copilot.sessions_found(tsquery, integer)') IS NOT NULL AND "
                            "to_regprocedure('copilot.session_tallies(text[], text[], text[])') IS NOT NULL"
                            ).fetchone()[0]
    assert [service.read_library(q, with_choices=False) for q in queries] == now


def test_a_central_page_counts_cards_decisions_and_lines_as_the_local_library_does(tmp_path, central, two_teams):
    central_rows = trainer(central, "tess", "blue").list_sessions()
    local_rows = CoachingService(tmp_path / "blue.db").list_sessions()
    assert central_rows == local_rows and len(central_rows) == 3


def test_the_page_tallies_never_count_sessions_the_login_may_not_see(central, two_teams):
    tally = "SELECT id FROM copilot.session_tallies(%s, ARRAY['inserted'], ARRAY['inserted'])"
    every = [*two_teams["blue"], *two_teams["red"]]
    with trainer(central, "tess", "blue").central.connection() as conn:
        assert sorted(r[0] for r in conn.execute(tally, [every])) == sorted(two_teams["blue"])
    with connect(CentralConfig(two_teams["red_desk"], password="red-secret-1")) as conn:
        assert sorted(r[0] for r in conn.execute(tally, [every])) == sorted(two_teams["red"])


def test_a_session_shipped_again_is_found_by_what_it_says_now(central, two_teams):
    sid = two_teams["blue"][0]
    with connect(CentralConfig(central.desk_url, password=central.DESK_PASSWORD)) as conn:
        payload = central_library.load_payload(conn, sid)
        payload["utterances"][0]["text"] = "Bonjour, ma facture est fausse"
        assert ship(conn, payload, version=time.time() + 60, redacted=False, customer_id=None)
    service = trainer(central, "tess", "blue")
    assert [r.id for r in service.list_sessions(LibraryQuery(text="factur"))] == [sid]
    assert sid not in {r.id for r in service.list_sessions(LibraryQuery(text="hello"))}


def test_a_team_taken_away_leaves_the_trainers_search_at_once(central, two_teams):
    service = trainer(central, "tess", "blue", "red")
    assert len(service.list_sessions(LibraryQuery(text="hello"))) == 3
    with central.admin() as conn:
        conn.execute("DELETE FROM copilot.trainer_teams WHERE team = 'red'")
    assert sorted(r.id for r in service.list_sessions(LibraryQuery(text="hello"))) == sorted(two_teams["blue"][0::2])


def test_migrating_again_changes_nothing(central):
    wanted = [n for n, m in enumerate(schema.MIGRATIONS, start=1) if m is not None]
    with central.admin() as conn:
        assert schema.migrate(conn) == (schema.SCHEMA_VERSION, schema.SCHEMA_VERSION)
        assert [r[0] for r in conn.execute("SELECT version FROM copilot.schema_version ORDER BY 1")] == wanted


def test_a_migration_numbered_below_one_applied_still_runs(central, monkeypatch):
    """A migration from another branch landing in a slot below the server's version is applied all the same."""
    landed = list(schema.MIGRATIONS)
    landed[3] = lambda: "CREATE TABLE IF NOT EXISTS copilot.landed_later (id text)"
    monkeypatch.setattr(schema, "MIGRATIONS", landed)
    with central.admin() as conn:
        conn.execute("DELETE FROM copilot.schema_version WHERE version = 4")
        assert schema.migrate(conn)[1] == schema.SCHEMA_VERSION
        assert conn.execute("SELECT to_regclass('copilot.landed_later') IS NOT NULL").fetchone()[0]
