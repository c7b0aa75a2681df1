"""Comparing the arms of a guidance experiment, with 95% intervals, on a recorded database whose figures the test
knows because it wrote them; the intervals are checked against published values and against the formulas worked
out here, apart from the code."""

from __future__ import annotations

import csv
import io
import json
import math
import statistics

import pytest

from copilot.coaching import experiments, intervals
from copilot.coaching.stats import Filters, compute, connect
from copilot.model import Action, Decision, Kind, Suggestion
from copilot.playbook.file import load_playbook
from copilot.record.storage import Store

Z = 1.959963984540054
T0 = 1_780_000_000.0  # inside the experiment's run below
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
outcomes = ["resolved"]
start = 2026-01-01
stop = 2026-12-31
'''


def wilson_by_hand(k, n):
    p = k / n
    centre = (2 * n * p + Z**2) / (2 * (n + Z**2))
    half = Z * math.sqrt(Z**2 + 4 * n * p * (1 - p)) / (2 * (n + Z**2))
    return centre - half, centre + half


# -- the intervals ---------------------------------------------------------------------------------------------------

def test_wilson_matches_the_published_example():
    e = intervals.wilson(81, 263)  # Newcombe (1998), Statistics in Medicine 17: 857-872
    assert (round(e.low, 4), round(e.high, 4)) == (0.2553, 0.3662)
    assert (e.low, e.high) == pytest.approx(wilson_by_hand(81, 263))


def test_the_difference_of_shares_matches_newcombes_example():
    d = intervals.proportion_difference(intervals.wilson(48, 80), intervals.wilson(56, 70))
    assert round(d.value, 4) == 0.2 and (round(d.low, 4), round(d.high, 4)) == (0.0524, 0.3339)


def test_wilson_stays_within_zero_and_one():
    assert intervals.wilson(0, 10).low == 0 and intervals.wilson(10, 10).high == 1
    assert intervals.wilson(0, 0).value is None


def test_the_median_interval_is_between_order_statistics():
    e = intervals.median([float(v) for v in range(1, 101)])
    # ranks round(50 - 1.96 * 10 / 2) = 40 and round(1 + 50 + 9.8) = 61
    assert (e.value, e.low, e.high) == (50.5, 40.0, 61.0)


def test_the_mean_interval_is_the_normal_approximation():
    values = [3.0, 7.0, 8.0, 12.0, 20.0]
    e = intervals.mean(values)
    half = Z * statistics.stdev(values) / math.sqrt(len(values))
    assert (e.value, e.low, e.high) == pytest.approx((10.0, 10.0 - half, 10.0 + half))


# -- a recorded experiment -----------------------------------------------------------------------------------------

# What the scripted agents did, per arm: (inserted, edited, discarded, expired), the characters changed in each
# edited card, the time to decide (ms) of every card the agent decided, and the calls' outcomes.
PLAN = {
    "A": {"actions": (60, 20, 90, 30), "edit": 12, "wait": 6000.0, "outcomes": (90, 80, 30)},
    "B": {"actions": (100, 30, 50, 20), "edit": 4, "wait": 3500.0, "outcomes": (100, 80, 20)},
}  # outcomes: (resolved, escalated, none recorded), one call per card


@pytest.fixture
def database(tmp_path, playbook_file):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    agents = {"A": [], "B": []}
    n = 0
    while min(len(v) for v in agents.values()) < 10:
        agents[experiment.arm_of(f"agent-{n}")].append(f"agent-{n}")
        n += 1
    path = tmp_path / "copilot.db"
    with Store(path) as store:
        for arm, plan in PLAN.items():
            actions = [a for a, count in zip(Action, plan["actions"], strict=True) for _ in range(count)]
            outcomes = [o for o, count in zip(("resolved", "escalated", None), plan["outcomes"], strict=True)
                        for _ in range(count)]
            for number, (action, outcome) in enumerate(zip(actions, outcomes, strict=True)):
                at = T0 + number * 60
                sid = f"{arm}-{number}"
                store.session_started(sid, {"started_at": at, "agent": agents[arm][number % 10], "team": "blue"})
                store.session_described(sid, {"outcome": outcome})
                card = Suggestion(Kind.OBJECTION, "text", "Price", "why", "objection.price", "en", 70.0,
                                  shown_at=at, experiment="softer-price", arm=arm)
                store.suggestion_shown(sid, card)
                decided = action is not Action.EXPIRED
                wait = plan["wait"] + (number % 7) * 100 if decided else 60_000.0
                store.decision_made(sid, Decision(card.id, action, edit_distance=plan["edit"] + number % 3
                                                  if action is Action.EDITED else None, time_to_decision_ms=wait))
        # A panel that had not yet read the stop: recorded with an arm, after the experiment ended.
        late = Suggestion(Kind.OBJECTION, "text", "Price", "why", "objection.price", "en", 70.0,
                          shown_at=experiment.stop + 60, experiment="softer-price", arm="B")
        store.session_started("late", {"started_at": experiment.stop + 60, "agent": agents["B"][0]})
        store.suggestion_shown("late", late)
    return path, book


def test_each_arm_gets_its_figures_and_intervals(database):
    path, book = database
    conn = connect(path)
    try:
        [report] = experiments.reports(conn, Filters(), book, now=T0)
    finally:
        conn.close()
    assert report.state == "running" and report.left_out == 1
    for arm, plan in PLAN.items():
        inserted, edited, discarded, expired = plan["actions"]
        figures = report.arms[arm]
        decided = inserted + edited + discarded + expired
        assert (figures.shown, figures.decided, figures.accepted, figures.edited) == (
            decided, decided, inserted + edited, edited)
        assert figures.units == 10 and figures.sessions == decided
        assert (figures.acceptance.low, figures.acceptance.high) == pytest.approx(
            wilson_by_hand(inserted + edited, decided))
        assert figures.acceptance.value == pytest.approx((inserted + edited) / decided)
        assert (figures.edit_rate.low, figures.edit_rate.high) == pytest.approx(
            wilson_by_hand(edited, inserted + edited))
        resolved, escalated, _unknown = plan["outcomes"]
        assert (figures.outcomes_known, figures.good_outcomes) == (resolved + escalated, resolved)
        assert (figures.outcome.low, figures.outcome.high) == pytest.approx(
            wilson_by_hand(resolved, resolved + escalated))
    # The difference in acceptance, B - A, by Newcombe's method worked out here.
    pa, pb = 80 / 200, 130 / 200
    (la, ua), (lb, ub) = wilson_by_hand(80, 200), wilson_by_hand(130, 200)
    low = pb - pa - math.sqrt((pb - lb) ** 2 + (ua - pa) ** 2)
    high = pb - pa + math.sqrt((ub - pb) ** 2 + (pa - la) ** 2)
    acceptance = report.comparisons[0]
    assert acceptance.metric == "acceptance"
    assert (acceptance.difference.value, acceptance.difference.low, acceptance.difference.high) == pytest.approx(
        (pb - pa, low, high))
    assert acceptance.verdict == (f"B is used more often: +25 points (95% CI +{low * 100:.0f} to "
                                  f"+{high * 100:.0f})")


def test_the_verdicts_say_only_what_the_intervals_support(database):
    path, book = database
    conn = connect(path)
    try:
        [report] = experiments.reports(conn, Filters(), book, now=T0)
    finally:
        conn.close()
    verdicts = {c.metric: c.verdict for c in report.comparisons}
    assert verdicts["edit_distance"].startswith("B's edits are shorter: \u2212")
    edits_a = [12 + n % 3 for n in range(60, 80)]  # the edited cards come after the inserted ones
    edits_b = [4 + n % 3 for n in range(100, 130)]
    shorter = report.comparisons[2].difference
    half = Z * math.sqrt(statistics.variance(edits_a) / 20 + statistics.variance(edits_b) / 30)
    assert shorter.value == pytest.approx(statistics.mean(edits_b) - statistics.mean(edits_a))
    assert (shorter.low, shorter.high) == pytest.approx((shorter.value - half, shorter.value + half))
    assert verdicts["decision_ms"].startswith("B is decided faster: \u22122.5 s (95% CI \u2212")
    assert verdicts["outcome"] == "no clear difference yet (n = 170 A, 180 B)"  # 90/170 against 100/180
    assert verdicts["edit_rate"] == "no clear difference yet (n = 80 A, 130 B)"  # 25% against 23%
    # The median time to decide: the agents' own decisions only; an expired card was never decided.
    waits_a = sorted(6000.0 + (n % 7) * 100 for n in range(200) if n < 170)
    assert report.arms["A"].decision_ms.value == statistics.median(waits_a)


def test_the_statistics_carry_the_experiments_and_a_filter_narrows_them(database):
    path, book = database
    conn = connect(path)
    try:
        stats = compute(conn, Filters(), book)
        [everyone] = stats.experiments
        [nobody] = compute(conn, Filters(team="red"), book).experiments
    finally:
        conn.close()
    assert everyone.arms["A"].shown == 200 and everyone.headline.startswith("B is used more often")
    assert nobody.arms["A"].shown == 0 and nobody.headline == "no clear difference yet (n = 0 A, 0 B)"


def test_the_report_as_json_and_csv(database):
    path, book = database
    conn = connect(path)
    try:
        found = experiments.reports(conn, Filters(), book, now=T0)
    finally:
        conn.close()
    out = io.StringIO()
    experiments.write_json(found, out)
    [data] = json.loads(out.getvalue())
    assert data["name"] == "softer-price" and data["start"] == "2026-01-01" and data["stop"] == "2026-12-31"
    assert data["arms"]["B"]["acceptance"]["value"] == pytest.approx(0.65)
    out = io.StringIO()
    experiments.write_csv(found, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    [difference] = [r for r in rows if r["arm"] == "B-A" and r["metric"] == "acceptance"]
    assert float(difference["value"]) == pytest.approx(0.25) and difference["n"] == "400"


def test_an_experiment_gone_from_the_playbook_is_still_reported(database):
    path, _book = database
    conn = connect(path)
    try:
        [report] = experiments.reports(conn, Filters(), None, now=T0)
    finally:
        conn.close()
    assert not report.in_playbook and report.left_out == 0  # no run to hold the late card against
    assert report.arms["B"].shown == 201
    assert experiments.describe(report) == "softer-price: not in the playbook any more (reported from its record)"
