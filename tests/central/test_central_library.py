"""Trainers read the central store through the coaching service: the library and the replay show every desk's
calls of the trainer's own teams, exactly as the local record shows them, and row-level security on the real
server keeps every other team's calls (and other desks' calls, for a desk) out of sight."""

from __future__ import annotations

import pytest
from recorded import CALL_EN, CALL_NL, default_playbook, record_call

from copilot.central.connect import CentralConfig, connect
from copilot.central.library import CentralLibrary
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
