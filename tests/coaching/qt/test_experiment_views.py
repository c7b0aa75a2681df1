"""Guidance experiments in the trainer's windows, offscreen: the statistics window's Experiments table, one row per
experiment, arm against arm; and the replay's cards, which name the arm the agent was given."""

from __future__ import annotations

from recorded import insert_top, record_call

from copilot.coaching.qt.replay_window import as_suggestion
from copilot.coaching.qt.stats_view import StatsWindow
from copilot.coaching.service import CoachingService
from copilot.playbook.file import load_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.shell import theme

T0 = 1_780_000_000.0
BOOK = '''
[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand."
triggers.en = ["too expensive"]

[entry.experiment]
name = "softer-price"
text.en = "That is a fair question."
'''
CALL = [("customer", "This is too expensive"), ("agent", "Let me see")]


def open_window(qtbot, path, playbook):
    window = StatsWindow(CoachingService(path), playbook, palette=theme.LIGHT)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.stats_shown, timeout=5000):
        pass
    return window


def cells(table, row):
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_window_lists_each_experiment_with_both_arms(qtbot, tmp_path, playbook_file):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    agents = [f"agent-{n}" for n in range(10)]
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    try:
        for n, agent in enumerate(agents):
            record_call(recorder, CALL, playbook=book, agent=insert_top, agent_name=agent, start=T0 + n * 600)
        recorder.flush()
    finally:
        recorder.close()
    window = open_window(qtbot, path, book)
    assert window.experiments.isVisible() and window.experiments_title.isVisible()
    assert window.experiments.rowCount() == 1
    name, state, a, b, verdict = cells(window.experiments, 0)
    in_b = sum(experiment.arm_of(agent) == "B" for agent in agents)
    assert (name, state) == ("softer-price", "running")
    assert a.startswith("100% (") and a.endswith(f"n = {len(agents) - in_b})")
    assert b.startswith("100% (") and b.endswith(f"n = {in_b})")
    assert verdict == f"no clear difference yet (n = {len(agents) - in_b} A, {in_b} B)"
    tip = window.experiments.item(0, 4).toolTip()
    assert "Median time to decide" in tip and "Calls with a good outcome (resolved/sale)" in tip


def test_without_experiments_the_table_stays_hidden(qtbot, tmp_path, playbook_file):
    book = load_playbook(playbook_file(BOOK.split("[entry.experiment]")[0]))
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    try:
        record_call(recorder, CALL, playbook=book, agent=insert_top, start=T0)
        recorder.flush()
    finally:
        recorder.close()
    window = open_window(qtbot, path, book)
    assert window.pages.currentIndex() == 1 and not window.experiments.isVisible()
    assert window.experiments.rowCount() == 0


def test_a_replayed_card_names_its_experiment_and_arm(tmp_path, playbook_file):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    try:
        session = record_call(recorder, CALL, playbook=book, agent=insert_top, agent_name="ann", start=T0)
        recorder.flush()
    finally:
        recorder.close()
    [card] = CoachingService(tmp_path / "copilot.db").load_record(session.id).cards.values()
    shown = as_suggestion(card)
    assert shown.source_label == f"Playbook · softer-price: {experiment.arm_of('ann')}"
    assert shown.rationale == "Customer said “too expensive”"
