"""Coaching statistics from a real session database, checked against what the scripted agents did.

Each call is played through the real session and recorder; a tally wrapped around the recorder
notes, on its own, every card shown, painted and decided, so the expected figures are counted here
and never copied from the code under test.
"""

from __future__ import annotations

import csv
import itertools
import sqlite3
import statistics
from dataclasses import dataclass, field

import pytest
from recorded import CALL_EN, CALL_NL, default_playbook, insert_top, mixed_agent, record_call

from copilot.coaching.stats import Filters, StatsError, compute, connect, write_csv
from copilot.errors import KnownError
from copilot.record.recorder import BackgroundRecorder

T0 = 1_700_000_000.0
DAY = 86_400.0
CALL_HE = [("customer", "שלום, זה יקר מדי"), ("agent", "שלום, אני מבין"), ("customer", "אני רוצה לבטל"),
           ("agent", "בוא נבדוק"), ("customer", "תודה רבה")]
ACTIONS = ("inserted", "edited", "discarded", "expired")


def discard_all(session, step):
    for card in list(session.cards):
        session.discard(card.id, "irrelevant")


def leave_alone(session, step):
    pass


@dataclass
class Card:
    session: str
    kind: str
    entry: str
    latency_ms: float
    card_ms: float | None = None
    action: str | None = None
    edit_distance: int | None = None
    waited_ms: float | None = None


@dataclass
class Tally:
    """Forwards everything to the real recorder and keeps its own account of the cards."""

    recorder: BackgroundRecorder
    sessions: dict[str, dict] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)

    def __getattr__(self, name):
        return getattr(self.recorder, name)

    def session_started(self, session_id, info):
        self.sessions[session_id] = dict(info)
        self.recorder.session_started(session_id, info)

    def suggestion_shown(self, session_id, s):
        self.cards[s.id] = Card(session_id, str(s.kind), s.entry_id, s.latency_ms)
        self.recorder.suggestion_shown(session_id, s)

    def suggestion_painted(self, session_id, suggestion_id, card_ms):
        self.cards[suggestion_id].card_ms = card_ms
        self.recorder.suggestion_painted(session_id, suggestion_id, card_ms)

    def decision_made(self, session_id, d):
        card = self.cards[d.suggestion_id]
        card.action, card.edit_distance, card.waited_ms = str(d.action), d.edit_distance, d.time_to_decision_ms
        self.recorder.decision_made(session_id, d)

    def select(self, agent=None, team=None, since=None, until=None) -> tuple[list[str], list[Card]]:
        keep = [sid for sid, info in self.sessions.items()
                if (agent is None or info["agent"] == agent) and (team is None or info["team"] == team)
                and (since is None or info["started_at"] >= since) and (until is None or info["started_at"] < until)]
        return keep, [c for c in self.cards.values() if c.session in keep]


_paint_times = itertools.count(40, 15)


def painting(agent):
    """The panel paints each new card (at known times), then the agent acts."""
    def act(session, step):
        for card in session.cards:
            session.note_painted(card.id, float(next(_paint_times)))
        agent(session, step)
    return act


CALLS = [  # agent, team, turns, what the agent does, when
    ("ann", "blue", CALL_EN, painting(mixed_agent), T0),
    ("bob", "blue", CALL_NL, painting(insert_top), T0 + 3600),
    ("cid", "red", CALL_EN, discard_all, T0 + 7200),
    ("bob", "blue", CALL_HE, painting(leave_alone), T0 + DAY),
    ("ann", "blue", CALL_EN, insert_top, T0 + 3 * DAY),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stats") / "copilot.db"
    tally = Tally(BackgroundRecorder(path))
    try:
        for agent, team, turns, behaviour, start in CALLS:
            record_call(tally, turns, agent=behaviour, agent_name=agent, team=team, start=start)
        tally.recorder.flush()
    finally:
        tally.recorder.close()
    return path, tally


@pytest.fixture
def conn(db):
    connection = connect(db[0])
    yield connection
    connection.close()


def quantile(values, q):
    values = sorted(values)
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def test_the_tally_covers_every_kind_of_fate(db):
    _, tally = db
    assert {c.action for c in tally.cards.values()} == set(ACTIONS)
    assert all(c.action for c in tally.cards.values()), "every card shown has a decision"


@pytest.mark.parametrize("filters", [
    {}, {"agent": "ann"}, {"agent": "bob"}, {"team": "red"}, {"team": "blue", "since": T0, "until": T0 + 2 * DAY},
    {"since": T0 + 3600, "until": T0 + 7200},
])
def test_acceptance_by_kind_matches_what_the_agents_did(db, conn, filters):
    _, tally = db
    sessions, cards = tally.select(**filters)
    stats = compute(conn, Filters(**filters))
    assert stats.sessions == len(sessions)
    kinds = {c.kind for c in cards}
    assert set(stats.by_kind) == kinds
    for kind in kinds:
        mine = [c for c in cards if c.kind == kind]
        got = stats.by_kind[kind]
        assert got.shown == len(mine)
        assert [getattr(got, a) for a in ACTIONS] == [sum(c.action == a for c in mine) for a in ACTIONS]
        accepted = sum(c.action in ("inserted", "edited") for c in mine)
        assert got.rate == pytest.approx(accepted / len(mine))
    assert stats.overall.shown == len(cards)
    assert stats.overall.accepted == sum(c.action in ("inserted", "edited") for c in cards)


def test_acceptance_by_entry_and_the_entries_that_never_help(db, conn):
    _, tally = db
    book = default_playbook()
    stats = compute(conn, Filters(), book)
    cards = list(tally.cards.values())
    entries = {c.entry for c in cards}
    assert set(stats.by_entry) == entries
    for entry in entries:
        mine = [c for c in cards if c.entry == entry]
        assert stats.by_entry[entry].shown == len(mine)
        assert stats.by_entry[entry].accepted == sum(c.action in ("inserted", "edited") for c in mine)
    used = {c.entry for c in cards if c.action in ("inserted", "edited")}
    assert stats.never_accepted == sorted(entries - used) and "reply.greeting" in stats.never_accepted
    assert stats.never_shown == [e.id for e in book.entries if e.id not in entries]
    assert "upsell.tv" in stats.never_shown and "objection.price" not in stats.never_shown
    assert stats.by_entry["objection.price"].title == "Price too high"  # the playbook's language, not the call's
    assert stats.titles["upsell.tv"] == "TV package"


def test_edit_distance_of_edited_cards(db, conn):
    _, tally = db
    distances = [c.edit_distance for c in tally.cards.values() if c.action == "edited"]
    assert distances
    stats = compute(conn)
    assert stats.edit_distance.count == len(distances)
    assert stats.edit_distance.mean == pytest.approx(statistics.mean(distances))
    assert stats.edit_distance.median == pytest.approx(statistics.median(distances))


def test_time_to_decision_per_action(db, conn):
    _, tally = db
    stats = compute(conn, Filters(agent="ann"))
    _, cards = tally.select(agent="ann")
    for action in ACTIONS:
        waited = [c.waited_ms for c in cards if c.action == action]
        if not waited:
            assert action not in stats.time_to_decision
            continue
        got = stats.time_to_decision[action]
        assert got.count == len(waited)
        assert got.median == pytest.approx(statistics.median(waited))
        assert got.p90 == pytest.approx(quantile(waited, 0.9))


def test_suggestion_and_paint_latency(db, conn):
    _, tally = db
    stats = compute(conn, Filters(team="blue"))
    _, cards = tally.select(team="blue")
    latencies = [c.latency_ms for c in cards]
    painted = [c.card_ms for c in cards if c.card_ms is not None]
    assert len(painted) < len(latencies)  # some cards were never painted: they do not count as zero
    assert stats.latency_ms.count == len(latencies) and stats.card_ms.count == len(painted)
    assert stats.latency_ms.median == pytest.approx(statistics.median(latencies))
    assert stats.latency_ms.p95 == pytest.approx(quantile(latencies, 0.95))
    assert stats.card_ms.median == pytest.approx(statistics.median(painted))
    assert stats.card_ms.p95 == pytest.approx(quantile(painted, 0.95))


def test_objections_met_and_handled(db, conn):
    _, tally = db
    for who in ("ann", "bob", "cid"):
        _, cards = tally.select(agent=who)
        objections = [c for c in cards if c.kind == "objection"]
        stats = compute(conn, Filters(agent=who))
        assert stats.objections_met == len(objections) > 0
        assert stats.objections_handled == sum(c.action in ("inserted", "edited") for c in objections)
    assert compute(conn, Filters(agent="cid")).objections_handled == 0  # cid discards everything


def test_a_period_without_sessions_is_empty_not_an_error(conn):
    stats = compute(conn, Filters(agent="nobody"), default_playbook())
    assert stats.empty and stats.sessions == 0 and stats.by_kind == {}
    assert stats.overall.rate is None and stats.edit_distance.median is None
    assert len(stats.never_shown) == len(default_playbook().entries)


def test_the_csv_opens_as_one_table_with_the_same_figures(db, conn, tmp_path):
    _, tally = db
    stats = compute(conn, Filters(team="blue"), default_playbook())
    target = tmp_path / "team blue.csv"
    write_csv(stats, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read the Hebrew and accents right
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["section", "key", "metric", "value"]
    assert all(len(row) == 4 for row in table)
    values = {(s, k, m): v for s, k, m, v in table[1:]}
    sessions, cards = tally.select(team="blue")
    assert values[("filter", "team", "equals")] == "blue" and values[("filter", "agent", "equals")] == "all"
    assert int(values[("overview", "all", "sessions")]) == len(sessions)
    objections = [c for c in cards if c.kind == "objection"]
    handled = sum(c.action in ("inserted", "edited") for c in objections)
    assert int(values[("objections", "all", "met")]) == len(objections)
    assert int(values[("objections", "all", "handled")]) == handled
    assert float(values[("kind", "objection", "acceptance_rate")]) == pytest.approx(handled / len(objections), abs=1e-4)
    assert values[("entry", "objection.price", "title")] == "Price too high"
    assert ("unused", "upsell.tv", "never_shown") in values
    assert float(values[("latency", "latency_ms", "median")]) == pytest.approx(
        statistics.median(c.latency_ms for c in cards), abs=1e-4)


def test_an_empty_result_still_exports_a_readable_csv(conn, tmp_path):
    target = tmp_path / "empty.csv"
    write_csv(compute(conn, Filters(agent="nobody")), target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "section,key,metric,value" and "overview,all,sessions,0" in text


def test_files_that_are_not_session_databases_are_clear_errors(tmp_path):
    with pytest.raises(StatsError, match="no session database here"):
        connect(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()  # never leaves an empty database behind
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all, just some bytes" * 20)
    with pytest.raises(StatsError, match="cannot read"):
        connect(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (id INTEGER)").connection.close()
    with pytest.raises(KnownError, match="not an Agent Copilot session database"):
        connect(other)
