"""Coaching figures for an agent, a team and a period, from the counts the session record gives.

What a team lead asks: how often are the cards used, which ones, which playbook entries never help,
how much do agents change a card before using it, how long do they take to decide, how fast do
cards appear, and are objections answered. A card counts as accepted when it was inserted or
edited; the rate is over every decided card, expired ones included (a card left to expire did not
help). The counting itself is SQL and lives with the schema in ``copilot.record.stats_queries``; here
the counts become figures, the playbook names its entries, and ``write_csv`` gives the same figures as
one long table a spreadsheet opens. Guidance experiments are compared arm by arm in the same period
(``copilot.coaching.experiments``). No Qt here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from copilot.coaching.experiments import ExperimentReport, reports
from copilot.playbook.file import Playbook
from copilot.record.session_record import DECISIONS
from copilot.record.stats_queries import (
    Choices,
    Distribution,
    Filters,
    StatsError,
    Tallies,
    WrapupTally,
    choices,
    connect,
    tally,
)
from copilot.text.clean import spreadsheet_row

if TYPE_CHECKING:
    import sqlite3

# The record's types and openers are part of this module's own interface: callers need them with ``compute``.
__all__ = ["Acceptance", "Choices", "Distribution", "Filters", "Stats", "StatsError", "choices", "compute",
           "compute_file", "connect", "from_tallies", "rows", "write_csv"]


@dataclass(slots=True)
class Acceptance:
    """What became of the cards of one kind or one playbook entry."""

    key: str
    title: str = ""
    shown: int = 0
    inserted: int = 0
    edited: int = 0
    discarded: int = 0
    expired: int = 0

    @property
    def decided(self) -> int:
        return self.inserted + self.edited + self.discarded + self.expired

    @property
    def accepted(self) -> int:
        return self.inserted + self.edited

    @property
    def rate(self) -> float | None:
        """Accepted over decided; ``None`` while nothing is decided."""
        return self.accepted / self.decided if self.decided else None


@dataclass(slots=True)
class Stats:
    filters: Filters
    sessions: int = 0
    first_started: float | None = None
    last_started: float | None = None
    overall: Acceptance = field(default_factory=lambda: Acceptance("all"))
    by_kind: dict[str, Acceptance] = field(default_factory=dict)
    by_entry: dict[str, Acceptance] = field(default_factory=dict)  # entries shown in the period
    never_accepted: list[str] = field(default_factory=list)  # shown in the period, never used
    never_shown: list[str] = field(default_factory=list)  # in the playbook, never shown (needs the playbook)
    titles: dict[str, str] = field(default_factory=dict)  # entry id -> title, for labels
    edit_distance: Distribution = field(default_factory=Distribution)  # characters changed in edited cards
    time_to_decision: dict[str, Distribution] = field(default_factory=dict)  # per action, milliseconds
    latency_ms: Distribution = field(default_factory=Distribution)  # utterance -> suggestion ready
    card_ms: Distribution = field(default_factory=Distribution)  # utterance -> card painted
    wrapups: WrapupTally = field(default_factory=WrapupTally)  # approved wrap-ups, after-call work, codes
    experiments: list[ExperimentReport] = field(default_factory=list)  # the playbook's and those on record

    @property
    def objections_met(self) -> int:
        return self.by_kind["objection"].shown if "objection" in self.by_kind else 0

    @property
    def objections_handled(self) -> int:
        return self.by_kind["objection"].accepted if "objection" in self.by_kind else 0

    @property
    def empty(self) -> bool:
        return self.sessions == 0


def compute(conn: sqlite3.Connection, filters: Filters | None = None, playbook: Playbook | None = None) -> Stats:
    """The figures for the sessions ``filters`` select; with the playbook, also its unused entries."""
    filters = filters or Filters()
    return from_tallies(tally(conn, filters), filters, playbook, reports(conn, filters, playbook))


def from_tallies(counted: Tallies, filters: Filters, playbook: Playbook | None,
                 experiments: list[ExperimentReport]) -> Stats:
    """The figures from what a record counted (this computer's or the central store's)."""
    stats = Stats(filters, counted.sessions, counted.first_started, counted.last_started,
                  edit_distance=counted.edit_distance, time_to_decision=counted.time_to_decision,
                  latency_ms=counted.latency_ms, card_ms=counted.card_ms, wrapups=counted.wrapups)
    for card in counted.cards:
        counts = (card.shown, *card.decided)
        stats.by_entry[card.entry] = Acceptance(card.entry, card.title or card.entry, *counts)
        for total in (stats.by_kind.setdefault(card.kind, Acceptance(card.kind, card.kind)), stats.overall):
            for name, value in zip(("shown", *DECISIONS), counts, strict=True):
                setattr(total, name, getattr(total, name) + value)

    stats.titles = {key: a.title for key, a in stats.by_entry.items()}
    in_book = None
    if playbook is not None:
        in_book = [e.id for e in playbook.entries]
        for e in playbook.entries:  # one language for every label: the playbook's own
            stats.titles[e.id] = e.title.get(playbook.default_language) or next(iter(e.title.values()))
            if e.id in stats.by_entry:
                stats.by_entry[e.id].title = stats.titles[e.id]
        stats.never_shown = [e for e in in_book if e not in stats.by_entry]
    stats.never_accepted = sorted(key for key, a in stats.by_entry.items()
                                  if a.accepted == 0 and (in_book is None or key in in_book))
    stats.experiments = experiments
    return stats


def compute_file(path: str | Path, filters: Filters | None = None,
                 playbook: Playbook | None = None) -> tuple[Stats, Choices]:
    """Open, read and close: what a background job runs (a connection belongs to its thread)."""
    conn = connect(path)
    try:
        return compute(conn, filters, playbook), choices(conn)
    finally:
        conn.close()


# -- the CSV export -----------------------------------------------------------------------------


def _day(ts: float | None) -> str:
    return "" if ts is None else datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")  # the team lead's own clock


def _number(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def rows(stats: Stats) -> Iterator[tuple[str, str, str, str]]:
    """(section, key, metric, value): every figure once, as text a spreadsheet reads as numbers."""
    f = stats.filters
    for name, value in (("agent", f.agent or "all"), ("team", f.team or "all"),
                        ("since", _day(f.since) or "any"), ("until", _day(f.until) or "any")):
        yield "filter", name, "equals", value
    yield "overview", "all", "sessions", str(stats.sessions)
    yield "overview", "all", "first_session", _day(stats.first_started)
    yield "overview", "all", "last_session", _day(stats.last_started)
    for section, items in (("overall", [stats.overall]), ("kind", stats.by_kind.values()),
                           ("entry", stats.by_entry.values())):
        for a in items:
            if section == "entry":
                yield section, a.key, "title", a.title
            for metric in ("shown", *DECISIONS, "decided", "accepted"):
                yield section, a.key, metric, str(getattr(a, metric))
            yield section, a.key, "acceptance_rate", _number(a.rate)
    for entry in stats.never_accepted:
        yield "unused", entry, "never_accepted", stats.titles.get(entry, "")
    for entry in stats.never_shown:
        yield "unused", entry, "never_shown", stats.titles.get(entry, "")
    yield "objections", "all", "met", str(stats.objections_met)
    yield "objections", "all", "handled", str(stats.objections_handled)
    spreads: list[tuple[str, str, Distribution, Sequence[str]]] = [
        ("edits", "edit_distance", stats.edit_distance, ("count", "mean", "median"))]
    spreads += [("time_to_decision_ms", action, stats.time_to_decision[action], ("count", "median", "p90"))
                for action in DECISIONS if action in stats.time_to_decision]
    spreads += [("latency", "latency_ms", stats.latency_ms, ("count", "median", "p95")),
                ("latency", "card_ms", stats.card_ms, ("count", "median", "p95"))]
    w = stats.wrapups
    yield "wrapup", "all", "drafted", str(w.drafted)
    yield "wrapup", "all", "approved", str(w.approved)
    yield "wrapup", "all", "drafted_by_ai", str(w.drafted_by_ai)
    spreads += [("wrapup", "after_call_ms", w.after_call_ms, ("count", "median", "p90")),
                ("wrapup", "edit_distance", w.edit_distance, ("count", "mean", "median"))]
    for section, key, spread, metrics in spreads:
        for metric in metrics:
            yield section, key, metric, _number(getattr(spread, metric))
    for code, count in w.dispositions.items():
        yield "disposition", code, "approved_calls", str(count)


def write_csv(stats: Stats, target: str | Path | IO[str]) -> None:
    """One table, columns section,key,metric,value; a file path gets a BOM so Excel reads the accents."""
    if isinstance(target, str | Path):
        try:
            with open(target, "w", newline="", encoding="utf-8-sig") as handle:
                write_csv(stats, handle)
        except OSError as exc:
            raise StatsError(f"{target}: cannot write the CSV file ({exc.strerror or exc})") from exc
        return
    writer = csv.writer(target)
    writer.writerow(("section", "key", "metric", "value"))
    writer.writerows(spreadsheet_row(row) for row in rows(stats))
