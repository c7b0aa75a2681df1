"""The coaching service, the trainer's one door to the session record, on real database files.

What a trainer does through the windows and the commands (notes, outcome and tags, scorecards, export
and import, statistics) is checked here by reading the database back with the record's own reader,
never through the service that wrote it.
"""

from __future__ import annotations

import sqlite3

import pytest
from recorded import recorded_db

from copilot.coaching.service import FROM_FILE, CoachingService, LibraryQuery, ReadOnlyError
from copilot.coaching.stats import Filters, compute, connect
from copilot.errors import KnownError
from copilot.record.session_record import Note, RecordNotFound, load_record
from copilot.record.storage import Store


@pytest.fixture
def library(tmp_path):
    path, ids = recorded_db(tmp_path / "copilot.db", calls=3)
    return CoachingService(path), ids


def stored(path, session_id):
    """The session as the database holds it, read without the service."""
    with Store(path) as store:
        return load_record(store.db.conn, session_id)


def test_a_note_pinned_is_kept_with_its_moment_and_tags_and_deleting_it_removes_it(library):
    service, ids = library
    note = Note(None, 4.5, 2, "Acknowledge the price first", ["objection", "timing"], author="tl", created_at=1.0)
    ident = service.add_note(ids[0], note)
    [kept] = stored(service.path, ids[0]).notes
    assert (kept.id, kept.offset, kept.utterance_idx, kept.text, kept.tags, kept.author) == (
        ident, 4.5, 2, "Acknowledge the price first", ["objection", "timing"], "tl")
    assert stored(service.path, ids[1]).notes == []  # pinned to its own session only
    service.delete_note(ident)
    assert stored(service.path, ids[0]).notes == []
    service.delete_note(ident)  # already gone: nothing to complain about


def test_outcome_and_tags_are_tidied_kept_and_found_by_the_library(library):
    service, ids = library
    kept = service.set_outcome_and_tags(ids[1], "  escalated ", [" billing", "coaching-pick", "billing", " ", "x" * 90])
    assert kept == ("escalated", ["billing", "coaching-pick", "x" * 64])
    record = stored(service.path, ids[1])
    assert (record.outcome, record.tags) == kept
    assert [row.id for row in service.list_sessions(LibraryQuery(tag="coaching-pick"))] == [ids[1]]
    page = service.read_library(LibraryQuery(outcome="escalated"))
    assert [row.id for row in page.rows] == [ids[1]] and page.total == 1
    assert "coaching-pick" in page.choices["tag"] and "escalated" in page.choices["outcome"]
    assert service.set_outcome_and_tags(ids[1], "", [f"t{n}" for n in range(30)]) == (
        None, [f"t{n}" for n in range(20)])  # a blank outcome clears it; at most twenty tags


def test_a_scorecard_saved_replaces_the_one_before(library):
    service, ids = library
    template = {"criteria": [{"id": "greeting", "label": "Greeted the customer", "weight": 1}]}
    service.save_scorecard(ids[0], template, {"greeting": {"value": False}})
    service.save_scorecard(ids[0], template, {"greeting": {"value": True}}, trainer="tl")
    saved = stored(service.path, ids[0]).scorecard
    assert saved["answers"] == {"greeting": {"value": True}} and saved["trainer"] == "tl"
    assert saved["template"] == template and saved["updated_at"] > 0


def test_the_replay_reads_the_record_and_the_customers_mood(library):
    service, ids = library
    record, mood = service.load_replay(ids[0])
    assert record.id == ids[0] and record.turns and record.cards
    assert [at for at, _ in mood] == [t.offset for t in record.turns if t.speaker == "customer"]
    assert all(-1 <= value <= 1 for _, value in mood)


def test_statistics_through_the_service_are_the_record_figures(library):
    service, _ = library
    figures, choices = service.statistics(Filters(agent="ann"))
    conn = connect(service.path)
    try:
        expected = compute(conn, Filters(agent="ann"))
    finally:
        conn.close()
    assert figures == expected and figures.sessions == 2
    assert choices.agents == ["ann", "bob"]


def test_changes_to_a_session_that_is_not_there_are_named(library):
    service, _ = library
    with pytest.raises(RecordNotFound, match="'nope'"):
        service.add_note("nope", Note(None, 1.0, None, "lost"))
    with pytest.raises(RecordNotFound, match="'nope'"):
        service.set_outcome_and_tags("nope", "resolved", [])


def test_reading_a_library_never_recorded_into_finds_nothing_and_creates_nothing(tmp_path):
    path = tmp_path / "fresh" / "copilot.db"
    service = CoachingService(path)
    page = service.read_library()
    assert (page.rows, page.total) == ([], 0) and page.choices["agent"] == []
    assert service.list_sessions() == [] and service.filter_choices()["tag"] == []
    with pytest.raises(RecordNotFound, match="no database at"):
        service.load_record("abc")
    with pytest.raises(KnownError, match="no session database here"):
        service.statistics()
    with pytest.raises(RecordNotFound, match="abc: no such file, and no recorded session"):
        service.locate("abc", tmp_path)
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize("make", ["junk file", "folder", "under a file"])
def test_a_bad_database_path_is_a_clear_error_naming_it(library, tmp_path, make):
    service, ids = library
    exported = service.export_session(ids[0], tmp_path / "call.copilot-session")
    path = tmp_path / "copilot-bad.db"
    if make == "junk file":
        path.write_bytes(b"this is not a database, only some text " * 40)
    elif make == "folder":
        path.mkdir()
    else:
        (tmp_path / "plain").write_text("a file, not a folder", encoding="utf-8")
        path = tmp_path / "plain" / "copilot.db"
    bad = CoachingService(path)
    operations = [lambda: bad.import_session(exported)]
    if make != "under a file":  # there is something at the path, so reading it finds out too
        operations += [bad.read_library, lambda: bad.load_record(ids[0])]
    for operation in operations:
        with pytest.raises(KnownError, match="cannot open the session database") as raised:
            operation()
        assert str(path) in str(raised.value)


def test_a_session_moves_to_another_library_as_a_file(library, tmp_path):
    service, ids = library
    service.add_note(ids[2], Note(None, 3.0, None, "Good recovery"))
    exported = service.export_session(ids[2], tmp_path / "call.copilot-session", redact=True)
    trainer = CoachingService(tmp_path / "trainer" / "copilot.db")
    result = trainer.import_session(exported)
    assert (result.session_id, result.status, result.redacted) == (ids[2], "imported", True)
    assert [n.text for n in stored(trainer.path, ids[2]).notes] == ["Good recovery"]
    assert trainer.import_session(exported).status == "already present"
    with pytest.raises(RecordNotFound, match="no database at"):
        CoachingService(tmp_path / "none.db").export_session(ids[2], tmp_path / "x.copilot-session")


def test_a_refused_file_creates_no_database(tmp_path):
    bad = tmp_path / "broken.copilot-session"
    bad.write_bytes(b"not a zip at all")
    service = CoachingService(tmp_path / "copilot.db")
    with pytest.raises(KnownError, match="broken.copilot-session"):
        service.import_session(bad)
    assert not service.path.exists()


def test_a_session_opened_from_a_file_reads_but_refuses_changes(library, tmp_path):
    service, ids = library
    exported = service.export_session(ids[0], tmp_path / "call.copilot-session")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    opened, session_id = service.locate(str(exported), scratch)
    assert session_id == ids[0] and opened.read_only == FROM_FILE and opened.path.parent == scratch
    assert opened.load_record(session_id).turns == stored(service.path, ids[0]).turns
    for change in (lambda: opened.add_note(session_id, Note(None, 1.0, None, "lost")),
                   lambda: opened.set_outcome_and_tags(session_id, "sale", []),
                   lambda: opened.save_scorecard(session_id, {}, {}), lambda: opened.delete_note(1),
                   lambda: opened.import_session(exported)):
        with pytest.raises(ReadOnlyError, match="import it"):
            change()
    assert stored(opened.path, session_id).notes == []


def test_a_session_is_found_by_its_id_its_start_or_the_crm_id(library, tmp_path):
    service, ids = library
    with sqlite3.connect(service.path) as conn:
        conn.execute("UPDATE sessions SET external_id = 'CRM-7' WHERE id = ?", [ids[1]])
    conn.close()
    assert service.locate(ids[2], tmp_path) == (service, ids[2])
    assert service.locate(ids[0][:12], tmp_path) == (service, ids[0])
    assert service.locate("CRM-7", tmp_path) == (service, ids[1])
    with pytest.raises(RecordNotFound, match="more than one session starts with that"):
        service.locate("", tmp_path)
