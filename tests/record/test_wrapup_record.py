"""A call's wrap-up is part of its record: the draft and what the agent approved survive a restart, travel in
session files (redacted when asked), and go with the session when it is erased."""

from __future__ import annotations

import sqlite3

import pytest
from recorded import record_call

from copilot.record.archive import export_session, import_session, read_archive
from copilot.record.privacy import erase_session
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

CALL = [
    ("customer", "Hi, this is Sanne de Vries, my internet has been down since yesterday"),
    ("agent", "I'm sorry Sanne, I have reset your line and booked an engineer for Monday"),
    ("customer", "Thanks, mail the confirmation to sanne.devries@example.nl"),
]
DRAFT = {"reason": "Sanne de Vries: internet down since yesterday",
         "actions": ["Line reset", "Engineer booked"],
         "follow_ups": [{"text": "Engineer visit", "due": "2026-12-07"}],
         "dispositions": [{"code": "technical_fault", "label": "Technical fault", "confidence": 0.82}],
         "mood_start": "negative", "mood_end": "positive", "ai_text_reached_customer": False,
         "language": "en", "drafted_by": "local"}
DRAFT_TEXT = "Reason: Sanne de Vries: internet down since yesterday\nDone: line reset; engineer booked"


def _recorded(tmp_path, *, approve: bool = True) -> tuple[str, str]:
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    try:
        sid = record_call(recorder, CALL, start=1_700_000_000.0).id
        recorder.wrapup_drafted(sid, {"lang": "en", "drafted_by": "local", "draft": DRAFT,
                                      "draft_text": DRAFT_TEXT, "drafted_at": 1_700_000_100.05,
                                      "ended_at": 1_700_000_100.0})
        if approve:
            final = {**DRAFT, "dispositions": [{"code": "technical_fault", "label": "Technical fault"},
                                               {"code": "complaint", "label": "Complaint"}]}
            recorder.wrapup_approved(sid, {"final": final, "final_text": DRAFT_TEXT + "\nCustomer unhappy",
                                           "edit_distance": 17, "approved_at": 1_700_000_142.0,
                                           "after_call_ms": 42_000.0, "delivered": "clipboard"})
        assert recorder.flush()
    finally:
        recorder.close()
    return str(path), sid


def test_the_draft_and_the_approved_wrapup_are_read_back_with_the_after_call_time(tmp_path):
    path, sid = _recorded(tmp_path)
    with Store(path) as store:
        record = load_record(store.db.conn, sid)
    wrapup = record.wrapup
    assert wrapup is not None and wrapup.approved
    assert wrapup.draft["reason"].startswith("Sanne") and wrapup.draft_text == DRAFT_TEXT
    assert wrapup.final_text.endswith("Customer unhappy") and wrapup.edit_distance == 17
    assert wrapup.after_call_ms == 42_000.0 and wrapup.delivered == "clipboard"
    assert wrapup.dispositions == ["technical_fault", "complaint"]  # as approved, not as drafted


def test_a_later_draft_replaces_the_first_but_never_what_was_approved(tmp_path):
    path, sid = _recorded(tmp_path)
    with Store(path) as store:
        store.wrapup_drafted(sid, {"lang": "en", "drafted_by": "ai", "draft": {**DRAFT, "drafted_by": "ai"},
                                   "draft_text": "AI text", "drafted_at": 1_700_000_101.0,
                                   "ended_at": 1_700_000_100.0})
        record = load_record(store.db.conn, sid)
    assert record.wrapup.drafted_by == "ai" and record.wrapup.draft_text == "AI text"
    assert record.wrapup.final_text.endswith("Customer unhappy")


def test_an_unapproved_draft_says_so_and_keeps_the_drafted_codes(tmp_path):
    path, sid = _recorded(tmp_path, approve=False)
    with Store(path) as store:
        wrapup = load_record(store.db.conn, sid).wrapup
    assert not wrapup.approved and wrapup.final is None and wrapup.dispositions == ["technical_fault"]


def test_the_wrapup_travels_in_a_session_file_and_is_redacted_when_asked(tmp_path):
    path, sid = _recorded(tmp_path)
    with Store(path) as store:
        plain = export_session(store.db.conn, sid, tmp_path / "call.copilot")
        redacted = export_session(store.db.conn, sid, tmp_path / "redacted.copilot", redact=True)
        original = load_record(store.db.conn, sid)
    with Store(tmp_path / "trainer.db") as trainer:
        import_session(trainer.db.conn, plain)
        assert load_record(trainer.db.conn, sid).wrapup == original.wrapup
        assert import_session(trainer.db.conn, plain).status == "already present"
    _, payload = read_archive(redacted)
    body = repr(payload["wrapup"])
    assert "Sanne" not in body and "sanne.devries" not in body
    assert payload["wrapup"]["after_call_ms"] == 42_000.0


def test_erasing_the_session_erases_its_wrapup(tmp_path):
    path, sid = _recorded(tmp_path)
    erase_session(path, sid, log_dir=tmp_path / "logs")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM wrapups").fetchone()[0] == 0


@pytest.mark.parametrize("damage", ["not json", "[1, 2]"])
def test_a_damaged_wrapup_field_still_opens_the_record(tmp_path, damage):
    path, sid = _recorded(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE wrapups SET draft = ?, final = ?", [damage, damage])
    with Store(path) as store:
        wrapup = load_record(store.db.conn, sid).wrapup
    assert wrapup is not None and wrapup.final_text.endswith("Customer unhappy")
    assert wrapup.draft == {} and wrapup.dispositions == []


def test_statistics_count_approved_wrapups_the_after_call_work_and_the_codes(tmp_path):
    from copilot.coaching import stats

    path, _ = _recorded(tmp_path)
    figures = stats.compute(stats.connect(path))
    w = figures.wrapups
    assert (w.drafted, w.approved, w.drafted_by_ai) == (1, 1, 0)
    assert w.after_call_ms.median == 42_000.0 and w.edit_distance.mean == 17
    assert w.dispositions == {"technical_fault": 1, "complaint": 1}
    rows = {(section, key, metric): value for section, key, metric, value in stats.rows(figures)}
    assert rows[("wrapup", "after_call_ms", "median")] == "42000"
    assert rows[("disposition", "complaint", "approved_calls")] == "1"


def test_the_report_shows_the_wrapup_with_the_agents_changes(tmp_path):
    from copilot.coaching.report import report_html

    path, sid = _recorded(tmp_path)
    with Store(path) as store:
        html = report_html(load_record(store.db.conn, sid))
    section = html[html.index("<h2 style='font-size:14pt'>Wrap-up</h2>"):]
    assert "approved 42 s after the call ended, copied, 17 characters changed" in section
    assert "technical_fault, complaint" in section
    assert "<u style='color:#15803d'>Customer unhappy</u>" in section  # what the agent added, marked
