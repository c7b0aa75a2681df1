"""What would the copilot say now: recorded calls re-run through today's playbook."""

from __future__ import annotations

import threading

import pytest
from recorded import CALL_EN, default_playbook, record_call

from copilot.coaching.whatif import OPENING, WhatIfCancelled, rerun
from copilot.engines.factory import local_engine
from copilot.playbook.file import parse_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

NEW_BOOK = parse_playbook({"playbook": {"name": "Trial"}, "entry": [
    {"id": "objection.price.v2", "kind": "objection", "title": {"en": "Price, new wording"},
     "text": {"en": "I hear you. Let me look for a plan that fits your budget."},
     "triggers": {"en": ["too expensive", "way too expensive"]}},
]})


@pytest.fixture
def record(tmp_path):
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    session = record_call(recorder, CALL_EN)
    recorder.flush()
    recorder.close()
    store = Store(tmp_path / "copilot.db")
    yield load_record(store.db.conn, session.id)
    store.close()


def test_the_same_playbook_suggests_what_was_shown_then(record):
    engine = local_engine(default_playbook()).engine
    result = rerun(record, engine)
    assert [row.utterance_idx for row in result.rows] == [OPENING, *range(len(CALL_EN))]
    shown_then = {(c.utterance_idx, c.entry_id) for c in record.cards.values()}
    would_show = {(row.utterance_idx, c.entry_id) for row in result.rows for c in row.new}
    assert shown_then == would_show
    assert result.changed_rows == 0
    fates = {c.fate for row in result.rows for c in row.old}
    assert {"inserted", "discarded (wrong)"} & fates  # the old side says what the agent did


def test_a_changed_playbook_shows_old_and_new_side_by_side(record):
    engine = local_engine(NEW_BOOK).engine
    result = rerun(record, engine)
    price_line = next(i for i, (_, text) in enumerate(CALL_EN) if "too expensive" in text)
    row = next(r for r in result.rows if r.utterance_idx == price_line)
    assert "objection.price.v2" in {c.entry_id for c in row.new}
    assert "objection.price.v2" not in {c.entry_id for c in row.old}
    assert row.changed and row.text == CALL_EN[price_line][1]
    assert "escalation.human" in result.entries("old") - result.entries("new")  # gone with the new book
    assert row.as_dict()["new"][0]["text"].startswith("I hear you")


def test_progress_is_reported_and_the_rerun_can_be_stopped(record):
    engine = local_engine(default_playbook()).engine
    seen = []
    rerun(record, engine, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(CALL_EN), len(CALL_EN))
    stop = threading.Event()
    stop.set()
    with pytest.raises(WhatIfCancelled):
        rerun(record, engine, cancel=stop)
