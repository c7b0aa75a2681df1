"""The report of a guidance experiment: does B's wording get used more, edited less, decided sooner, and do its
calls end better, than A's, and how sure can the team lead be.

Per arm: acceptance (inserted or edited, over every decided card, expired ones included, as the other
statistics count it), the edit rate (edited, over the cards used) and the characters changed in edited cards,
the median time to the agent's decision (inserted, edited or discarded: an expired card was never decided), and
the share of the calls that showed the card whose outcome is one of the experiment's good outcomes (calls with
no outcome recorded are left out). Each with its 95% interval and the difference B - A with its interval
(``copilot.coaching.intervals`` says how they are computed). A plain verdict is given only when the interval of
the difference leaves out zero; otherwise the report says there is no clear difference yet, with the numbers.

Only cards shown while the experiment ran count: a panel that had not yet read the new stop still records arms
for a while, and those cards are left out and counted as such. The playbook says what the experiment is; one
no longer in the playbook is still reported from its record. No Qt here.
"""

from __future__ import annotations

import csv
import json
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Any

from copilot.coaching.intervals import (
    Estimate,
    mean,
    mean_difference,
    median,
    median_difference,
    proportion_difference,
    wilson,
)
from copilot.playbook.experiments import DEFAULT_OUTCOMES, Experiment, describe_moment
from copilot.record.stats_queries import ExperimentCard, Filters, experiment_cards
from copilot.text.clean import spreadsheet_row

if TYPE_CHECKING:
    import sqlite3

    from copilot.playbook.file import Playbook

DECIDED_BY_AGENT = ("inserted", "edited", "discarded")
METRICS = ("acceptance", "edit_rate", "edit_distance", "decision_ms", "outcome")
LABELS = {"acceptance": "Cards used", "edit_rate": "Used cards edited", "edit_distance": "Characters changed",
          "decision_ms": "Median time to decide", "outcome": "Calls with a good outcome"}


@dataclass(slots=True)
class ArmFigures:
    """One arm's cards, calls and figures."""

    arm: str
    units: int = 0  # distinct agents (or calls, when calls are assigned) who saw it
    sessions: int = 0
    shown: int = 0
    decided: int = 0
    accepted: int = 0
    edited: int = 0
    outcomes_known: int = 0  # calls with an outcome recorded
    good_outcomes: int = 0
    acceptance: Estimate = field(default_factory=lambda: Estimate(None))
    edit_rate: Estimate = field(default_factory=lambda: Estimate(None))
    edit_distance: Estimate = field(default_factory=lambda: Estimate(None))
    decision_ms: Estimate = field(default_factory=lambda: Estimate(None))
    outcome: Estimate = field(default_factory=lambda: Estimate(None))


@dataclass(frozen=True, slots=True)
class Comparison:
    metric: str
    difference: Estimate  # B - A
    verdict: str


@dataclass(slots=True)
class ExperimentReport:
    name: str
    entry_id: str | None
    title: str
    in_playbook: bool
    state: str  # planned, running, stopped, or "not in the playbook"
    unit: str | None
    split: int | None
    start: float | None
    stop: float | None
    keep: str | None
    outcomes: tuple[str, ...]
    arms: dict[str, ArmFigures]
    comparisons: list[Comparison]
    first_shown: float | None = None
    last_shown: float | None = None
    left_out: int = 0  # cards recorded outside the experiment's run (before its start, after its stop)

    @property
    def headline(self) -> str:
        """The acceptance verdict: what the statistics window's table shows."""
        return self.comparisons[0].verdict


def reports(conn: sqlite3.Connection, filters: Filters | None = None, playbook: Playbook | None = None,
            *, name: str | None = None, now: float | None = None) -> list[ExperimentReport]:
    """A report for every experiment of the playbook and every other one on record (or for ``name`` alone), the
    playbook's first, in its order."""
    return reports_of(experiment_cards(conn, filters or Filters(), name), playbook, name=name, now=now)


def reports_of(found_cards: Iterable[ExperimentCard], playbook: Playbook | None = None, *, name: str | None = None,
               now: float | None = None) -> list[ExperimentReport]:
    """``reports`` from the experiments' cards a record gave (this computer's or the central store's)."""
    now = time.time() if now is None else now
    cards: dict[str, list[ExperimentCard]] = defaultdict(list)
    for card in found_cards:
        cards[card.experiment].append(card)
    defined = {e.name: (e, playbook) for e in (playbook.experiments if playbook else []) if name in (None, e.name)}
    found = [compare(cards.pop(n, []), e, book, now=now, name=n) for n, (e, book) in defined.items()]
    found += [compare(c, None, None, now=now, name=n) for n, c in sorted(cards.items())]
    return found


def compare(cards: Iterable[ExperimentCard], experiment: Experiment | None, playbook: Playbook | None, *,
            now: float, name: str) -> ExperimentReport:
    """The report of one experiment from its cards."""
    outcomes = experiment.outcomes if experiment else DEFAULT_OUTCOMES
    report = ExperimentReport(
        name, experiment.entry_id if experiment else None, _title(experiment, playbook), experiment is not None,
        experiment.state(now) if experiment else "not in the playbook", experiment.unit if experiment else None,
        experiment.split if experiment else None, experiment.start if experiment else None,
        experiment.stop if experiment else None, experiment.keep if experiment else None, outcomes, {}, [])
    counted: dict[str, list[ExperimentCard]] = {"A": [], "B": []}
    for card in cards:
        if card.arm not in counted or (experiment is not None and experiment.state(card.shown_at) != "running"):
            report.left_out += 1
            continue
        counted[card.arm].append(card)
    every = counted["A"] + counted["B"]
    if every:
        report.first_shown = min(c.shown_at for c in every)
        report.last_shown = max(c.shown_at for c in every)
    by_call = experiment is not None and experiment.unit == "call"
    values: dict[str, dict[str, list[float]]] = {}
    for arm, arm_cards in counted.items():
        report.arms[arm], values[arm] = _figures(arm, arm_cards, outcomes, by_call)
    a, b = report.arms["A"], report.arms["B"]
    differences = {
        "acceptance": proportion_difference(a.acceptance, b.acceptance),
        "edit_rate": proportion_difference(a.edit_rate, b.edit_rate),
        "edit_distance": mean_difference(values["A"]["edits"], values["B"]["edits"]),
        "decision_ms": median_difference(a.decision_ms, b.decision_ms),
        "outcome": proportion_difference(a.outcome, b.outcome),
    }
    report.comparisons = [Comparison(metric, d, verdict(metric, d, getattr(a, metric).n, getattr(b, metric).n,
                                                        outcomes)) for metric, d in differences.items()]
    return report


def _title(experiment: Experiment | None, playbook: Playbook | None) -> str:
    if experiment is None or playbook is None:
        return ""
    for entry in playbook.entries:
        if entry.id == experiment.entry_id:
            return entry.title.get(playbook.default_language) or next(iter(entry.title.values()))
    return ""


def _figures(arm: str, cards: list[ExperimentCard], outcomes: tuple[str, ...],
             by_call: bool) -> tuple[ArmFigures, dict[str, list[float]]]:
    figures = ArmFigures(arm, shown=len(cards))
    figures.units = len({c.session_id if by_call else (c.agent or "") for c in cards})
    figures.decided = sum(c.action is not None for c in cards)
    figures.accepted = sum(c.action in ("inserted", "edited") for c in cards)
    figures.edited = sum(c.action == "edited" for c in cards)
    edits = [float(c.edit_distance) for c in cards if c.action == "edited" and c.edit_distance is not None]
    waits = [float(c.waited_ms) for c in cards if c.action in DECIDED_BY_AGENT and c.waited_ms is not None]
    calls = {c.session_id: c.outcome for c in cards}
    good = {o.casefold() for o in outcomes}
    figures.sessions = len(calls)
    figures.outcomes_known = sum(1 for o in calls.values() if o)
    figures.good_outcomes = sum(1 for o in calls.values() if o and o.casefold() in good)
    figures.acceptance = wilson(figures.accepted, figures.decided)
    figures.edit_rate = wilson(figures.edited, figures.accepted)
    figures.edit_distance = mean(edits)
    figures.decision_ms = median(waits)
    figures.outcome = wilson(figures.good_outcomes, figures.outcomes_known)
    return figures, {"edits": edits}


# -- words ---------------------------------------------------------------------------------------------------------

def _signed(value: float, digits: int) -> str:
    text = f"{value:+.{digits}f}"
    return text.replace("-", "\u2212") if text.strip("+-0.") else text.lstrip("+-")


def _in_units(metric: str, d: Estimate) -> str:
    assert d.value is not None and d.low is not None and d.high is not None
    if metric == "decision_ms":
        scale, digits, unit = 1 / 1000, 1, " s"
    elif metric == "edit_distance":
        scale, digits, unit = 1.0, 1, " characters"
    else:
        scale, unit = 100.0, " points"
        digits = 1 if (d.high - d.low) * 100 < 5 else 0
    return (f"{_signed(d.value * scale, digits)}{unit} (95% CI {_signed(d.low * scale, digits)} to "
            f"{_signed(d.high * scale, digits)})")


def verdict(metric: str, d: Estimate, n_a: int, n_b: int, outcomes: tuple[str, ...] = DEFAULT_OUTCOMES) -> str:
    """In plain words, only when the interval leaves out zero: "B is used more often: +12 points (95% CI +4 to
    +20)"; otherwise "no clear difference yet (n = 40 A, 38 B)"."""
    if not d.excludes_zero or d.value is None:
        return f"no clear difference yet (n = {n_a} A, {n_b} B)"
    up = d.value > 0
    said = {
        "acceptance": "B is used more often" if up else "B is used less often",
        "edit_rate": "B is edited more often" if up else "B is edited less often",
        "edit_distance": "B's edits are longer" if up else "B's edits are shorter",
        "decision_ms": "B is decided more slowly" if up else "B is decided faster",
        "outcome": f"B's calls end {' or '.join(outcomes)} {'more' if up else 'less'} often",
    }[metric]
    return f"{said}: {_in_units(metric, d)}"


def _figure(metric: str, e: Estimate) -> str:
    if e.value is None:
        return "—"
    if metric == "decision_ms":
        text = f"{e.value / 1000:.1f} s"
        bounds = None if e.low is None or e.high is None else f"{e.low / 1000:.1f}–{e.high / 1000:.1f} s"
    elif metric == "edit_distance":
        text = f"{e.value:.1f}"
        bounds = None if e.low is None or e.high is None else f"{e.low:.1f}–{e.high:.1f}"
    else:
        text = f"{e.value:.0%}"
        bounds = None if e.low is None or e.high is None else f"{e.low:.0%}–{e.high:.0%}"
    return f"{text} ({bounds}, n = {e.n})" if bounds else f"{text} (n = {e.n})"


def describe(report: ExperimentReport) -> str:
    """What the experiment is and where it stands, in one line."""
    if not report.in_playbook:
        return f"{report.name}: not in the playbook any more (reported from its record)"
    assert report.split is not None
    state = report.state
    if report.state == "stopped":
        state = f"stopped {describe_moment(report.stop)}, everyone now sees {report.keep}"
    elif report.state == "planned":
        state = f"starts {describe_moment(report.start)}"
    elif report.start is not None:
        state = f"running since {describe_moment(report.start)}"
    return (f"{report.name}: entry {report.entry_id}"
            f"{f' ({report.title})' if report.title else ''}, {report.split}% of {report.unit}s see B; {state}")


def text(report: ExperimentReport) -> str:
    """The report as a team lead reads it in a terminal."""
    lines = [describe(report)]
    arms = report.arms
    unit = "calls" if report.unit == "call" else "agents"
    lines.append(f"  cards shown: A {arms['A'].shown} ({arms['A'].units} {unit}), "
                 f"B {arms['B'].shown} ({arms['B'].units} {unit})")
    if report.left_out:
        lines.append(f"  left out: {report.left_out} cards shown outside the experiment's run")
    for comparison in report.comparisons:
        metric = comparison.metric
        label = LABELS[metric] + (f" ({'/'.join(report.outcomes)})" if metric == "outcome" else "")
        lines.append(f"  {label}: A {_figure(metric, getattr(arms['A'], metric))}, "
                     f"B {_figure(metric, getattr(arms['B'], metric))}")
        lines.append(f"    {comparison.verdict}")
    return "\n".join(lines)


def summary(report: ExperimentReport) -> tuple[str, str, str, str, str]:
    """(experiment, where it stands, A's cards used, B's, the verdict): one row of the statistics window."""
    state = {"stopped": f"stopped {describe_moment(report.stop)}", "planned": f"starts {describe_moment(report.start)}"
             }.get(report.state, report.state)
    a, b = report.arms["A"], report.arms["B"]
    return (report.name, state, _figure("acceptance", a.acceptance), _figure("acceptance", b.acceptance),
            report.headline)


def as_dict(report: ExperimentReport) -> dict[str, Any]:
    """The report as plain data (JSON): figures as fractions, milliseconds and characters."""
    found = asdict(report)
    found["start"], found["stop"] = describe_moment(report.start) or None, describe_moment(report.stop) or None
    found["outcomes"] = list(report.outcomes)
    return found


def write_json(reports: list[ExperimentReport], out: IO[str]) -> None:
    json.dump([as_dict(r) for r in reports], out, ensure_ascii=False, indent=2)
    out.write("\n")


def rows(report: ExperimentReport) -> Iterator[tuple[str, str, str, str, str, str, str]]:
    """(experiment, arm, metric, value, low, high, n): each figure, and each difference as arm ``B-A``."""
    def number(value: float | None) -> str:
        return "" if value is None else f"{value:.6g}"

    for arm in report.arms.values():
        for name in ("shown", "decided", "accepted", "edited", "sessions", "outcomes_known", "good_outcomes",
                     "units"):
            yield report.name, arm.arm, name, str(getattr(arm, name)), "", "", ""
        for metric in METRICS:
            e: Estimate = getattr(arm, metric)
            yield report.name, arm.arm, metric, number(e.value), number(e.low), number(e.high), str(e.n)
    for c in report.comparisons:
        d = c.difference
        yield report.name, "B-A", c.metric, number(d.value), number(d.low), number(d.high), str(d.n)


def write_csv(reports: list[ExperimentReport], out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(("experiment", "arm", "metric", "value", "low", "high", "n"))
    for report in reports:
        writer.writerows(spreadsheet_row(row) for row in rows(report))
