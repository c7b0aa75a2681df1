"""The session library window, as a trainer uses it: find a call, filter, open, export, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from recorded import recorded_db

from copilot.coaching.qt.library_window import LibraryWindow
from copilot.coaching.qt.windows import CoachingWindows
from copilot.coaching.service import CoachingService, LibraryPage
from copilot.record.session_record import load_record
from copilot.record.storage import Store
from copilot.shell import theme


@pytest.fixture
def library_db(tmp_path):
    return recorded_db(tmp_path / "copilot.db", calls=4)


@pytest.fixture
def library(qtbot, library_db):
    path, _ = library_db
    window = LibraryWindow(CoachingService(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    return window


def shown_ids(window):
    return [row.id for row in window.model.rows]


def test_the_library_lists_every_session_newest_first_with_its_figures(library, library_db):
    _, ids = library_db
    assert shown_ids(library) == list(reversed(ids))
    assert library.count_label.text() == "4 sessions"
    model = library.model
    first = {model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
             for c in range(model.columnCount())}
    assert first["Agent"] == "bob" and first["Language"] == "NL" and first["Outcome"] == "resolved"
    assert first["Accepted"].endswith("%") and int(first["Cards"]) > 0


def test_a_count_that_stopped_at_its_cap_says_more_sessions_match(library):
    """A central search for common words counts up to 10,000: the window never shows that as the exact number."""
    rows = library.model.rows[:2]
    library._on_read(LibraryPage(rows, 10_000, count_capped=True))
    assert library.count_label.text() == "2 of more than 10,000 sessions"
    library._on_read(LibraryPage(rows, 10_000))
    assert library.count_label.text() == "2 of 10,000 sessions"


def test_searching_what_was_said_finds_the_calls_that_said_it(qtbot, library, library_db):
    _, ids = library_db
    with qtbot.waitSignal(library.refreshed, timeout=5000):
        library.search.setText("opzeg")  # a prefix of "opzeggen", said only in the Dutch calls
    assert set(shown_ids(library)) == {ids[1], ids[3]}
    with qtbot.waitSignal(library.refreshed, timeout=5000):
        library.search.setText('manager "right (now')  # no search syntax error, whatever is typed
    assert set(shown_ids(library)) == {ids[0], ids[2]}
    with qtbot.waitSignal(library.refreshed, timeout=5000):
        library.search.setText("zeppelin")
    assert shown_ids(library) == [] and library.status.text() == "No session matches."


def test_filters_offer_the_values_recorded_and_narrow_the_list(qtbot, library, library_db):
    _, ids = library_db
    agents = library.filters["agent"]
    assert [agents.itemText(i) for i in range(agents.count())] == ["All agents", "ann", "bob"]
    with qtbot.waitSignal(library.refreshed, timeout=5000):
        agents.setCurrentIndex(agents.findData("ann"))
    assert set(shown_ids(library)) == {ids[0], ids[2]}


def test_double_click_opens_the_replay_of_that_session(qtbot, library_db):
    path, ids = library_db
    windows = CoachingWindows(CoachingService(path), theme.tokens("light"), engine_factory=None)
    library = windows.show_library()
    qtbot.addWidget(library)
    qtbot.waitUntil(lambda: library.model.rowCount() == 4, timeout=5000)
    index = library.model.index(1, 0)
    library.table.doubleClicked.emit(index)
    replay = windows.replays[ids[2]]
    qtbot.addWidget(replay)
    qtbot.waitUntil(lambda: replay.record is not None, timeout=5000)
    assert replay.record.id == ids[2] and "ann" in replay.heading.text()
    assert windows.open_replay(ids[2]) is replay  # the same session again: the same window
    windows.close()


def test_a_session_exported_redacted_imports_on_another_machine(qtbot, library, library_db, tmp_path):
    _, ids = library_db
    library.table.selectRow(0)
    target = tmp_path / "call.copilot-session"
    library.export_selected(str(target))
    qtbot.waitUntil(lambda: "Exported" in library.status.text(), timeout=5000)
    assert target.exists() and "redacted" in library.status.text()
    other_db = tmp_path / "trainer.db"
    Store(other_db).close()
    trainer = LibraryWindow(CoachingService(other_db))
    qtbot.addWidget(trainer)
    qtbot.waitUntil(lambda: trainer.status.text() == "No sessions recorded yet.", timeout=5000)
    with qtbot.waitSignal(trainer.refreshed, timeout=5000):
        trainer.import_file(str(target))
        qtbot.waitUntil(lambda: "imported" in trainer.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: trainer.model.rowCount() == 1, timeout=5000)
    store = Store(other_db)
    assert len(load_record(store.db.conn, ids[3]).turns) > 0
    store.close()


def test_a_corrupt_file_is_refused_with_its_name_and_nothing_changes(qtbot, library, tmp_path):
    bad = tmp_path / "broken.copilot-session"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    library.import_file(str(bad))
    qtbot.waitUntil(lambda: "broken.copilot-session" in library.status.text(), timeout=5000)
    assert library.model.rowCount() == 4


def test_the_panel_menu_opens_the_library_with_the_calls_just_recorded(qtbot, make_panel):
    app = make_panel(settings={"api_enabled": False})
    app.controller.add_utterance("customer", "This is way too expensive for me")
    app.recorder.flush()
    [action] = [a for a in app.window.menu.actions() if a.text() == "Session library…"]
    action.trigger()
    library = app.coaching.library
    qtbot.waitUntil(lambda: library.model.rowCount() == 1, timeout=5000)
    assert library.isVisible() and library.model.rows[0].shown >= 1
    [stats] = [a for a in app.window.menu.actions() if a.text() == "Statistics…"]
    stats.trigger()
    assert app.coaching.stats.isVisible()


def test_a_damaged_database_is_named_in_the_window_not_a_crash(qtbot, tmp_path):
    junk = tmp_path / "copilot.db"
    junk.write_bytes(b"not a database, only some text " * 40)
    window = LibraryWindow(CoachingService(junk))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    assert window.status.text().startswith("Could not read the session library:")
    assert str(junk) in window.status.text() and "cannot open the session database" in window.status.text()
    assert window.model.rowCount() == 0 and window.count_label.text() == ""
