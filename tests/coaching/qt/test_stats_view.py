"""The statistics window and its charts, offscreen, on real recorded databases."""

from __future__ import annotations

import csv
from collections import Counter

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QColor
from recorded import CALL_EN, CALL_NL, default_playbook, insert_top, mixed_agent, record_call

from copilot.coaching.qt.charts import BarChart, LinePlot
from copilot.coaching.qt.stats_view import NO_MATCH, NO_SESSIONS, StatsWindow
from copilot.coaching.service import CoachingService
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import Store
from copilot.shell import theme

T0 = 1_700_000_000.0
DAY = 86_400.0


def discard_all(session, step):
    for card in list(session.cards):
        session.discard(card.id, "irrelevant")


CALLS = [("ann", "blue", CALL_EN, mixed_agent, T0), ("bob", "blue", CALL_NL, insert_top, T0 + 3600),
         ("cid", "red", CALL_EN, discard_all, T0 + 3 * DAY)]


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    try:
        for agent, team, turns, behaviour, start in CALLS:
            record_call(recorder, turns, agent=behaviour, agent_name=agent, team=team, start=start)
        recorder.flush()
    finally:
        recorder.close()
    return path


def open_window(qtbot, path, playbook=None):
    window = StatsWindow(CoachingService(path), playbook, palette=theme.LIGHT)
    qtbot.addWidget(window)
    window.show()
    return window


def loaded(qtbot, window, signal="stats_shown"):
    with qtbot.waitSignal(getattr(window, signal), timeout=5000) as blocker:
        pass
    return blocker.args[0]


def figure(window, name):
    for row in range(window.table.rowCount()):
        if window.table.item(row, 0).text() == name:
            return window.table.item(row, 1).text()
    raise AssertionError(f"no figure {name!r} in the table")


def test_the_window_says_loading_then_shows_the_figures(qtbot, database):
    window = open_window(qtbot, database, default_playbook())
    assert window.message.text() == "Loading…" and window.pages.currentIndex() == 0
    assert not window.export_button.isEnabled()
    loaded(qtbot, window)
    assert window.pages.currentIndex() == 1 and window.state.text() == f"{len(CALLS)} sessions"
    assert [window.agent.itemText(i) for i in range(window.agent.count())] == ["All agents", "ann", "bob", "cid"]
    assert [window.team.itemText(i) for i in range(window.team.count())] == ["All teams", "blue", "red"]
    assert window.since.date() == QDateTime.fromSecsSinceEpoch(int(T0)).date()
    assert window.until.date() == QDate.currentDate()  # the period runs up to today
    assert figure(window, "Sessions") == str(len(CALLS))
    labels = [bar.label for bar in window.by_kind.bars]
    assert any(label.startswith("Objection") for label in labels) and any(label.startswith("Escalation")
                                                                          for label in labels)
    assert "Price too high (3)" in [bar.label for bar in window.by_entry.bars]  # one per call, in the playbook's words
    assert figure(window, "Playbook entries never shown").endswith(f"of {len(default_playbook().entries)}")
    assert window.export_button.isEnabled()


def test_choosing_an_agent_shows_only_their_calls(qtbot, database):
    window = open_window(qtbot, database)
    loaded(qtbot, window)
    window.agent.setCurrentIndex(window.agent.findData("cid"))
    stats = loaded(qtbot, window)  # asked after a short pause, so quick changes ask once
    assert window.state.text() == "1 session"
    assert stats.filters.agent == "cid" and figure(window, "Sessions") == "1"
    assert all(bar.value == 0 for bar in window.by_kind.bars)  # cid discarded every card
    assert figure(window, "Objections handled").startswith("0 of ")
    assert figure(window, "Cards used").startswith("0 of ")


def test_a_team_and_a_period_narrow_the_figures(qtbot, database):
    window = open_window(qtbot, database)
    loaded(qtbot, window)
    window.team.setCurrentIndex(window.team.findData("blue"))
    loaded(qtbot, window)
    assert figure(window, "Sessions") == "2"
    last_day = QDateTime.fromSecsSinceEpoch(int(T0 + 3 * DAY)).date()
    window.since.setDate(last_day)  # only cid's call (team red) is on that day or later
    stats = loaded(qtbot, window)
    assert stats.empty and window.pages.currentIndex() == 0 and window.message.text() == NO_MATCH
    window.team.setCurrentIndex(0)
    loaded(qtbot, window)
    assert window.pages.currentIndex() == 1 and figure(window, "Sessions") == "1"


def test_the_end_of_a_period_cannot_come_before_its_start(qtbot, database):
    window = open_window(qtbot, database)
    loaded(qtbot, window)
    window.until.setDate(window.since.date().addDays(-5))
    assert window.until.date() == window.since.date()


def test_export_writes_the_figures_on_screen_as_csv(qtbot, database, tmp_path):
    window = open_window(qtbot, database)
    loaded(qtbot, window)
    window.team.setCurrentIndex(window.team.findData("red"))
    loaded(qtbot, window)
    target = window.export_csv(tmp_path / "red team.csv")
    assert target == tmp_path / "red team.csv" and window.state.text() == "Saved red team.csv"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["section", "key", "metric", "value"]
    values = {(s, k, m): v for s, k, m, v in table[1:]}
    assert values[("filter", "team", "equals")] == "red"
    assert values[("overview", "all", "sessions")] == figure(window, "Sessions") == "1"


def test_export_to_a_place_that_cannot_be_written_says_so(qtbot, database, tmp_path):
    window = open_window(qtbot, database)
    loaded(qtbot, window)
    assert window.export_csv(tmp_path / "no such folder" / "stats.csv") is None
    assert "cannot write the CSV file" in window.state.text()


def test_a_database_without_sessions_has_a_clear_empty_state(qtbot, tmp_path):
    Store(tmp_path / "copilot.db").close()
    window = open_window(qtbot, tmp_path / "copilot.db")
    stats = loaded(qtbot, window)
    assert stats.empty and window.message.text() == NO_SESSIONS and window.pages.currentIndex() == 0
    assert window.agent.count() == 1 and window.team.count() == 1  # only "All agents", "All teams"


@pytest.mark.parametrize(("content", "said"), [
    (None, "no session database here"),
    (b"not a database, just some text " * 40, "cannot read the session database"),
])
def test_a_broken_or_missing_file_is_explained_not_a_crash(qtbot, tmp_path, content, said):
    path = tmp_path / "copilot.db"
    if content is not None:
        path.write_bytes(content)
    window = open_window(qtbot, path)
    text = loaded(qtbot, window, "load_failed")
    assert text.startswith("Cannot show statistics.") and said in text and str(path) in text
    assert window.message.text() == text and window.pages.currentIndex() == 0
    assert not window.export_button.isEnabled() and window.export_csv(tmp_path / "x.csv") is None


def test_closing_while_loading_leaves_nothing_running(qtbot, database):
    window = open_window(qtbot, database)
    window.close()
    assert not window.isVisible() and window.ops.pool.activeThreadCount() == 0


def test_the_window_shows_bars_in_the_theme_colours(qtbot, database):
    window = open_window(qtbot, database)
    loaded(qtbot, window)
    qtbot.waitExposed(window)
    picture = window.grab().toImage()
    colours = Counter(picture.pixel(x, y) for x in range(0, picture.width(), 2) for y in range(0, picture.height(), 2))
    for kind in ("compliance", "objection"):  # used cards of these kinds: their bars are drawn in their colours
        assert colours[QColor(theme.LIGHT[kind]).rgb()] > 20


# -- the charts on their own --------------------------------------------------------------------


def bands(image, colour):
    """(left, right) of each horizontal run of ``colour``, one per bar, measured at the bar's middle."""
    rgb = QColor(colour).rgb()
    rows = []
    for y in range(image.height()):
        xs = [x for x in range(image.width()) if image.pixel(x, y) == rgb]
        rows.append((min(xs), max(xs)) if xs else None)
    found, start = [], None
    for y, row in enumerate([*rows, None]):
        if row is not None and start is None:
            start = y
        elif row is None and start is not None:
            found.append(rows[(start + y - 1) // 2])
            start = None
    return found


def test_bars_are_as_long_as_their_share(qtbot):
    chart = BarChart(palette=theme.LIGHT)
    qtbot.addWidget(chart)
    chart.set_data(["All used", "Half used", "Not decided yet"], [1.0, 0.5, None])
    image = chart.render_image(420, 130)
    assert (image.width(), image.height()) == (420, 130)
    full, half = bands(image, theme.LIGHT["accent"])  # the undecided row draws no bar
    assert half[0] == pytest.approx(full[0], abs=1)  # both grow from the same edge
    assert (half[1] - half[0]) / (full[1] - full[0]) == pytest.approx(0.5, abs=0.03)
    assert [chart.value_text(v) for v in (1.0, 0.5, None)] == ["100%", "50%", "—"]


def test_bars_grow_from_the_right_in_a_right_to_left_layout(qtbot):
    chart = BarChart(palette=theme.LIGHT)
    qtbot.addWidget(chart)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.set_data(["הכל", "חצי"], [1.0, 0.5])
    full, half = bands(chart.render_image(420, 100), theme.LIGHT["accent"])
    assert half[1] == pytest.approx(full[1], abs=1) and half[0] > full[0] + 50
    assert full[1] > 420 / 2  # the bars sit on the right, beside the labels


def test_raw_numbers_scale_to_the_largest_and_show_as_numbers(qtbot):
    chart = BarChart(palette=theme.LIGHT, percent=False)
    qtbot.addWidget(chart)
    chart.set_data(["Shown", "Used"], [40, 10], tones=["objection", "upsell"])
    image = chart.render_image(420, 100)
    (shown,), (used,) = bands(image, theme.LIGHT["objection"]), bands(image, theme.LIGHT["upsell"])
    assert (used[1] - used[0]) / (shown[1] - shown[0]) == pytest.approx(0.25, abs=0.03)
    assert [chart.value_text(v) for v in (40, 2.5, 1234)] == ["40", "2.5", "1,234"]


def test_the_mood_line_rises_when_the_call_turns_and_has_a_zero_line(qtbot):
    plot = LinePlot(palette=theme.DARK)
    qtbot.addWidget(plot)
    plot.set_points([(0, -0.8), (30, 0.0), (60, 0.8)])
    image = plot.render_image(320, 140)
    assert image.pixel(1, 1) == QColor(theme.DARK["surface"]).rgb()  # the dark theme's surface
    accent = QColor(theme.DARK["accent"]).rgb()
    points = [(x, y) for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == accent]
    leftmost, rightmost = min(points), max(points)
    assert leftmost[1] > rightmost[1] + 40  # starts low (angry), ends high (pleased)
    muted = QColor(theme.DARK["muted"]).rgb()
    zero_row = Counter(y for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == muted)
    assert zero_row.most_common(1)[0][1] > 60  # the dashed zero line across the plot


def test_the_mood_line_runs_right_to_left_when_the_layout_does(qtbot):
    plot = LinePlot(palette=theme.LIGHT)
    qtbot.addWidget(plot)
    plot.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    plot.set_points([(0, -0.8), (60, 0.8)])
    image = plot.render_image(320, 140)
    accent = QColor(theme.LIGHT["accent"]).rgb()
    points = [(x, y) for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == accent]
    assert min(points)[1] < max(points)[1] - 40  # the start of the call is on the right, and low


def test_an_empty_chart_says_so_instead_of_drawing_nothing(qtbot):
    for chart in (BarChart(palette=theme.LIGHT), LinePlot(palette=theme.LIGHT)):
        qtbot.addWidget(chart)
        image = chart.render_image(300, 100)
        colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
        assert QColor(theme.LIGHT["accent"]).rgb() not in colours
        assert len(colours) > 2  # the muted "No data" text


def test_knowledge_gaps_are_listed_beside_the_figures(qtbot, database):
    window = open_window(qtbot, database)
    with qtbot.waitSignals([window.stats_shown, window.gaps_shown], timeout=5000):
        pass
    rows = [[window.gaps.item(row, column).text() for column in range(3)] for row in range(window.gaps.rowCount())]
    # Nothing here had a knowledge base: every question the customers asked is a gap.
    assert rows == [["bill", "2", "Hello, I have a question about my bill"],
                    ["factuur", "1", "Goedemiddag, ik heb een vraag over mijn factuur"]]
    assert window.gaps_title.text().startswith("Knowledge gaps")
    window.agent.setCurrentIndex(window.agent.findData("bob"))
    gaps = loaded(qtbot, window, "gaps_shown")
    assert [(gap.label, gap.count) for gap in gaps] == [("factuur", 1)] and window.gaps.rowCount() == 1
