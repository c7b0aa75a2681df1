"""The trainer's session library: finding calls by what was said and by who, when and how they ended."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recorded import CALL_EN, CALL_NL, insert_top, record_call, recorded_db

from copilot.record.library import LibraryQuery, count_sessions, distinct_values, list_sessions
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

MARCH_4 = datetime(2024, 3, 4, 9, 30).timestamp()
MARCH_5 = datetime(2024, 3, 5, 14, 0).timestamp()
MARCH_6 = datetime(2024, 3, 6, 23, 45).timestamp()
CALL_FR = [
    ("customer", "Bonjour, je voudrais résilier mon abonnement"),
    ("agent", "Bonjour, je regarde cela pour vous"),
    ("customer", "C'est beaucoup trop cher"),
]


def never_decides(session, step):
    """An agent who reads the cards but clicks none: every card expires."""


@pytest.fixture
def library(tmp_path):
    """Four real calls: English (ann, blue, phone), Dutch (bob, red, chat), French (ann, red), silent agent."""
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    try:
        ids = {
            "en": record_call(recorder, CALL_EN, start=MARCH_4, agent_name="ann", team="blue", channel="phone",
                              outcome="resolved", tags=["billing", "escalated"]).id,
            "nl": record_call(recorder, CALL_NL, start=MARCH_5, agent_name="bob", team="red", channel="chat",
                              outcome="churned", tags=["billing"], agent=insert_top).id,
            "fr": record_call(recorder, CALL_FR, start=MARCH_6, agent_name="ann", team="red", channel="phone",
                              outcome="retained", tags=["vip"]).id,
            "idle": record_call(recorder, CALL_EN[:3], start=MARCH_4 + 600, agent_name="cas", team="blue",
                                channel="phone", outcome=None, agent=never_decides).id,
        }
        recorder.flush()
    finally:
        recorder.close()
    store = Store(path)
    yield store.db.conn, ids
    store.close()


def found(conn, **query):
    return [row.id for row in list_sessions(conn, LibraryQuery(**query))]


def test_the_library_lists_newest_first_with_what_each_call_looked_like(library):
    conn, ids = library
    rows = list_sessions(conn, LibraryQuery())
    assert [r.id for r in rows] == [ids["fr"], ids["nl"], ids["idle"], ids["en"]]
    english = next(r for r in rows if r.id == ids["en"])
    record = load_record(conn, ids["en"])
    actions = [c.decision.action for c in record.cards.values()]
    assert (english.agent, english.team, english.channel, english.language, english.outcome) == (
        "ann", "blue", "phone", "en", "resolved")
    assert english.tags == ["billing", "escalated"]
    assert english.utterances == len(CALL_EN) and english.started_at == MARCH_4
    assert english.duration == pytest.approx(record.duration)
    assert english.shown == len(record.cards)
    assert english.accepted == actions.count("inserted") + actions.count("edited")
    assert english.decided == english.accepted + actions.count("discarded")
    assert english.acceptance == pytest.approx(english.accepted / english.decided)


def test_a_call_where_the_agent_decided_nothing_has_no_acceptance_rate(library):
    conn, ids = library
    idle = next(r for r in list_sessions(conn) if r.id == ids["idle"])
    assert idle.shown > 0 and idle.decided == 0 and idle.acceptance is None
    dutch = next(r for r in list_sessions(conn) if r.id == ids["nl"])
    assert dutch.acceptance == 1.0  # the agent inserted every card they acted on


def test_search_finds_word_prefixes_in_any_language_and_case(library):
    conn, ids = library
    assert found(conn, text="opzeg") == [ids["nl"]]  # "opzeggen"
    assert found(conn, text="RÉSILIER") == [ids["fr"]]
    assert found(conn, text="resilier") == [ids["fr"]]  # accents do not matter
    assert found(conn, text="subscr") == [ids["idle"], ids["en"]]
    assert found(conn, text="C'EST trop") == [ids["fr"]]  # split at the apostrophe as the transcript was


def test_every_word_must_be_said_in_the_same_call_though_not_in_the_same_turn(library):
    conn, ids = library
    assert found(conn, text="manager subscription") == [ids["en"]]  # turns 2 and 4 of the English call
    assert found(conn, text="manager factuur") == []  # one word in each of two different calls
    assert found(conn, text="factuur duur") == [ids["nl"]]


@pytest.mark.parametrize("typed", [
    'manager"', '"manager', "(manager", "manager*", "manager:", "(manager)", "^manager", "-manager", "manager +",
    "'manager'", "{manager}", "manager \\", "manager;",
])
def test_whatever_a_trainer_types_searches_as_plain_words(library, typed):
    conn, ids = library
    assert found(conn, text=typed) == [ids["en"]]


def test_query_operators_are_words_to_find_not_instructions(library):
    conn, ids = library
    assert found(conn, text="manager OR factuur") == []  # not "either": the English call never says "or"
    assert found(conn, text="manager NOT supervisor") == []  # nor "but not": nobody says "not"
    assert found(conn, text="Thanks that is great") == [ids["en"]]


@pytest.mark.parametrize("typed", ['"', "*", "AND", "-", "((", ":", "' OR 1=1 --", "NEAR", "\u200f"])
def test_punctuation_and_operators_alone_never_break_the_search(library, typed):
    conn, _ = library
    rows = found(conn, text=typed)  # no error: either nothing matches or the words are ordinary words
    assert isinstance(rows, list)


@pytest.fixture(scope="module")
def small_library(tmp_path_factory):
    path, ids = recorded_db(tmp_path_factory.mktemp("library") / "copilot.db", calls=2)
    store = Store(path)
    yield store.db.conn, ids
    store.close()


@settings(max_examples=300, deadline=None)
@given(typed=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_no_typed_text_makes_the_search_fail(small_library, typed):
    conn, ids = small_library
    assert set(found(conn, text=typed)) <= set(ids)
    assert found(conn, text=f"{typed} manager") in ([], [ids[0]])


def test_blank_search_shows_every_session(library):
    conn, ids = library
    assert len(found(conn, text="   ")) == len(ids) == count_sessions(conn, LibraryQuery(text="  "))


def test_filters_narrow_the_list_and_combine(library):
    conn, ids = library
    assert found(conn, agent="ann") == [ids["fr"], ids["en"]]
    assert found(conn, team="red") == [ids["fr"], ids["nl"]]
    assert found(conn, channel="chat") == [ids["nl"]]
    assert found(conn, language="nl") == [ids["nl"]]
    assert found(conn, outcome="retained") == [ids["fr"]]
    assert found(conn, tag="billing") == [ids["nl"], ids["en"]]
    assert found(conn, tag="bill") == []  # a tag is matched whole
    assert found(conn, agent="ann", team="red") == [ids["fr"]]
    assert found(conn, agent="ann", text="manager") == [ids["en"]]
    assert found(conn, agent="bob", text="manager") == []
    assert count_sessions(conn, LibraryQuery(team="blue")) == 2


def test_a_date_range_keeps_calls_started_inside_it(library):
    conn, ids = library
    day = datetime(2024, 3, 5).timestamp()
    next_day = datetime(2024, 3, 6).timestamp()
    assert found(conn, since=day, until=next_day) == [ids["nl"]]
    assert found(conn, since=day) == [ids["fr"], ids["nl"]]
    assert found(conn, until=day) == [ids["idle"], ids["en"]]
    assert found(conn, since=MARCH_5) == [ids["fr"], ids["nl"]]  # the start is inclusive


def test_pages_follow_each_other_without_gaps_or_repeats(library):
    conn, ids = library
    everything = found(conn, order="oldest")
    assert everything == [ids["en"], ids["idle"], ids["nl"], ids["fr"]]
    pages = [found(conn, order="oldest", limit=3, offset=0), found(conn, order="oldest", limit=3, offset=3)]
    assert pages == [everything[:3], everything[3:]]
    assert found(conn, offset=10) == []
    longest = list_sessions(conn, LibraryQuery(order="longest"))
    assert [r.duration for r in longest] == sorted((r.duration for r in longest), reverse=True)


def test_an_unknown_order_is_refused(library):
    conn, _ = library
    with pytest.raises(ValueError, match="sideways"):
        list_sessions(conn, LibraryQuery(order="sideways"))


def test_filter_choices_offer_each_value_once_in_order(library):
    conn, _ = library
    assert distinct_values(conn, "agent") == ["ann", "bob", "cas"]
    assert distinct_values(conn, "team") == ["blue", "red"]
    assert distinct_values(conn, "outcome") == ["churned", "resolved", "retained"]
    assert distinct_values(conn, "language") == ["en", "fr", "nl"]
    assert distinct_values(conn, "tag") == ["billing", "escalated", "vip"]
    with pytest.raises(ValueError, match="context"):
        distinct_values(conn, "context")


def test_a_session_with_damaged_tags_still_lists_and_the_others_still_filter(library):
    conn, ids = library
    with conn:
        conn.execute("UPDATE sessions SET tags = ? WHERE id = ?", ["[not json", ids["idle"]])
    assert ids["idle"] in found(conn)
    assert next(r for r in list_sessions(conn) if r.id == ids["idle"]).tags == []
    assert found(conn, tag="billing") == [ids["nl"], ids["en"]]
    assert distinct_values(conn, "tag") == ["billing", "escalated", "vip"]


def test_a_call_still_going_lasts_until_its_last_utterance(library):
    conn, ids = library
    record = load_record(conn, ids["idle"])
    with conn:
        conn.execute("UPDATE sessions SET ended_at = NULL WHERE id = ?", [ids["idle"]])
    idle = next(r for r in list_sessions(conn) if r.id == ids["idle"])
    assert idle.duration == pytest.approx(record.turns[-1].offset)


def test_the_reader_connection_is_left_as_it_was(library):
    conn, _ = library
    factory = conn.row_factory
    list_sessions(conn, LibraryQuery(text="manager"))
    assert conn.row_factory is factory
