"""The replay room, driven as a trainer would: open, play, seek, jump, annotate, and ask "what if"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableWidgetItem
from recorded import CALL_EN, default_playbook, record_call

from copilot.coaching.qt.replay_window import ReplayWindow
from copilot.coaching.service import CoachingService
from copilot.engines.factory import local_engine
from copilot.playbook.file import parse_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store
from copilot.shell import theme


def insert_then_edit(session, step):
    """The agent inserts the top card after its first line and edits the top card after its second."""
    if not session.cards:
        return
    card = session.cards[0]
    if step == 1:
        session.insert(card.id)
    elif step == 3:
        session.insert(card.id, "Sure, I can help with that today.")


@pytest.fixture
def recorded(tmp_path):
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    session = record_call(recorder, CALL_EN, agent=insert_then_edit, step_s=4.0, tags=["billing"])
    recorder.flush()
    recorder.close()
    store = Store(path)
    record = load_record(store.db.conn, session.id)
    store.close()
    return path, record


@pytest.fixture
def replay(qtbot, recorded):
    path, record = recorded
    window = ReplayWindow(CoachingService(path), theme.tokens("light"),
                          engine_factory=lambda: local_engine(default_playbook()).engine)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.load(record.id)
    return window


def said(window):
    return [text for text, shown in window.transcript.line_states() if shown]


def test_a_session_opens_at_its_start_with_who_when_and_how_it_ended(replay, recorded):
    _, record = recorded
    assert "ann" in replay.heading.text() and "resolved" in replay.heading.text() and "billing" in replay.heading.text()
    assert said(replay) == [] and [t for t, _ in replay.transcript.line_states()] == [t for _, t in CALL_EN]
    assert replay.time_label.text().startswith("0:00 /")
    assert replay.timeline.sentiment, "the customer's mood is plotted under the timeline"


def test_clicking_the_timeline_seeks_and_shows_the_board_of_that_moment(qtbot, replay, recorded):
    _, record = recorded
    escalation = next(c for c in record.cards.values() if c.kind == "escalation")
    x = replay.timeline._x(escalation.offset + 0.5)
    qtbot.mouseClick(replay.timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(x), 20))
    assert abs(replay.position - (escalation.offset + 0.5)) < record.duration / replay.timeline.width() * 2
    shown = [c.suggestion.id for c in replay.cards.cards]
    assert shown == [c.id for c in record.board_at(replay.position)] and escalation.id in shown
    assert said(replay) == [t.text for t in record.turns if t.offset <= replay.position]


def test_jumps_land_on_the_next_escalation_and_decision_with_what_the_agent_did(replay, recorded):
    _, record = recorded
    replay.jump("escalation")
    assert replay.position == next(c for c in record.cards.values() if c.kind == "escalation").offset
    replay.seek(0.0)
    replay.jump("decision")
    first = min((c for c in record.cards.values() if c.decision), key=lambda c: c.decision.offset)
    assert replay.position == first.decision.offset
    replay.seek(0.0)
    replay.jump("decision")
    replay.jump("decision")
    edited = next(c for c in record.cards.values() if c.decision.action == "edited")
    replay.seek(edited.offset)
    [card] = [c for c in replay.cards.cards if c.suggestion.id == edited.id]
    assert "Edited" in card.fate_text and "<u" in card.fate_text and "today." in card.fate_text
    assert not card.insert_button.isVisible()  # a replay shows, it does not act


def test_playing_at_eight_times_moves_about_eight_times_faster(qtbot, replay):
    replay.play()
    qtbot.wait(400)
    replay.pause()
    at_1x = replay.position
    replay.seek(0.0)
    replay.set_speed(8)
    replay.play()
    qtbot.wait(400)
    replay.pause()
    assert at_1x > 0.2 and replay.position > at_1x * 4
    assert replay.speed_box.currentText() == "8×"


def test_playback_stops_at_the_end_with_every_line_said(qtbot, replay, recorded):
    _, record = recorded
    replay.seek(record.duration - 0.3)
    replay.play()
    qtbot.waitUntil(lambda: not replay.playing, timeout=3000)
    assert replay.position == record.duration and said(replay) == [t for _, t in CALL_EN]
    assert replay.cards.cards == []  # the call ended: its cards had expired


def test_a_note_is_pinned_to_the_moment_kept_in_the_database_and_found_again(qtbot, replay, recorded):
    path, record = recorded
    replay.seek(9.0)
    replay.notes.text.setText("Offer the retention plan earlier")
    replay.notes.tags.setText("retention, timing")
    replay.notes.pin_button.click()
    qtbot.waitUntil(lambda: replay.notes.list.count() == 1, timeout=3000)
    store = Store(path)
    [note] = load_record(store.db.conn, record.id).notes
    store.close()
    assert (note.offset, note.text, note.tags) == (9.0, "Offer the retention plan earlier", ["retention", "timing"])
    assert note.utterance_idx == max(t.index for t in record.turns if t.offset <= 9.0)
    replay.seek(0.0)
    replay.notes.list.itemClicked.emit(replay.notes.list.item(0))
    assert replay.position == 9.0
    replay.notes.list.setCurrentRow(0)
    replay.notes.delete_button.click()
    qtbot.waitUntil(lambda: "deleted" in replay.notes.status.text(), timeout=3000)
    store = Store(path)
    assert load_record(store.db.conn, record.id).notes == []
    store.close()


def test_what_if_shows_old_and_new_suggestions_side_by_side(qtbot, replay):
    trial = parse_playbook({"playbook": {"name": "Trial"}, "entry": [
        {"id": "objection.price.v2", "kind": "objection", "title": {"en": "Budget plan"},
         "text": {"en": "Let me find a plan that fits your budget."}, "triggers": {"en": ["too expensive"]}}]})
    replay.what_if.engine_factory = lambda: local_engine(trial).engine
    with qtbot.waitSignal(replay.what_if.finished, timeout=5000):
        replay.what_if.run_button.click()
    table = replay.what_if.table
    rows = {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}
    then, now = rows[CALL_EN[2][1]]
    assert "Budget plan" in now and "Budget plan" not in then
    assert "would get other suggestions" in replay.what_if.summary.text()
    replay.what_if.only_changes.setChecked(True)
    assert 0 < table.rowCount() <= len(rows)


def test_the_scorecard_is_prefilled_from_the_record_and_saved_as_confirmed(qtbot, replay, recorded):
    path, record = recorded
    card = replay.scorecard
    assert card.boxes == {}  # worked out only when the trainer opens the tab
    replay.tabs.setCurrentWidget(card)
    greeting = card.boxes["greeting"]
    assert greeting.currentData() is True and "suggested" in card.evidence["greeting"].text()
    assert card.boxes["resolution"].currentData() is True  # the call ended "resolved"
    card.boxes["empathy"].setCurrentIndex(card.boxes["empathy"].findData(False))
    assert "Score" in card.total.text()
    with qtbot.waitSignal(card.saved, timeout=5000):
        card.save_button.click()
    store = Store(path)
    saved = load_record(store.db.conn, record.id).scorecard
    store.close()
    assert (saved["answers"]["empathy"]["value"], saved["answers"]["empathy"]["prefilled"]) == (False, False)
    assert saved["answers"]["greeting"]["value"] is True and saved["answers"]["greeting"]["prefilled"] is True
    assert [c["id"] for c in saved["template"]["criteria"]][:2] == ["greeting", "identity_check"]


def test_a_team_lead_edits_the_template_and_a_bad_weight_is_named(qtbot, replay, tmp_path):
    from copilot.coaching import scorecard as sc
    from copilot.coaching.qt.replay_scorecard import TemplateEditor

    editor = TemplateEditor(sc.load_template())
    qtbot.addWidget(editor)
    row = editor.table.rowCount()
    editor.table.insertRow(row)
    for column, text in enumerate(("hold_time", "Kept hold short", "", "heavy", "")):
        editor.table.setItem(row, column, QTableWidgetItem(text))
    target = tmp_path / "team.toml"
    editor.save(str(target))
    assert "hold_time" in editor.error.text() and "weight" in editor.error.text() and not target.exists()
    editor.table.item(row, 3).setText("2")
    editor.save(str(target))
    assert [c.id for c in sc.load_template(target).criteria][-1] == "hold_time"


def test_the_report_button_saves_what_the_trainer_wrote_in_this_replay(qtbot, replay, tmp_path):
    import pypdf

    replay.seek(3.0)
    replay.notes.text.setText("Good recovery after the price objection")
    replay.notes.pin_button.click()
    qtbot.waitUntil(lambda: replay.notes.list.count() == 1, timeout=3000)
    written = replay.export_report(str(tmp_path / "coaching.pdf"))
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    assert "Good recovery after the price objection" in " ".join(text.split())
    assert replay.export_report(str(tmp_path / "missing" / "coaching.html")) is None
    assert "does not exist" in replay.report_status


def test_a_session_opened_from_a_file_says_notes_would_not_be_kept(qtbot, recorded):
    path, record = recorded
    window = ReplayWindow(CoachingService(path, read_only="Opened from a file: import it first"), theme.tokens("light"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.load(record.id)
    assert not window.notes.pin_button.isEnabled() and not window.scorecard.save_button.isEnabled()
    assert "import it first" in window.notes.status.text()
    window.jump("escalation")  # the replay itself works as ever
    assert window.position > 0


def test_the_trainer_sets_outcome_and_tags_and_the_library_finds_the_call_by_them(qtbot, replay, recorded):
    from copilot.record.library import LibraryQuery, list_sessions

    path, record = recorded
    assert replay.outcome_edit.text() == "resolved" and replay.tags_edit.text() == "billing"
    replay.outcome_edit.setText("escalated")
    replay.tags_edit.setText("billing, coaching-pick, billing")
    with qtbot.waitSignal(replay.described, timeout=5000):
        replay.describe_button.click()
    store = Store(path)
    [row] = list_sessions(store.db.conn, LibraryQuery(tag="coaching-pick"))
    store.close()
    assert row.id == record.id and row.outcome == "escalated" and row.tags == ["billing", "coaching-pick"]


def test_the_wrapup_tab_shows_the_approved_note_or_says_there_was_none(qtbot, replay, recorded):
    path, record = recorded
    assert "No wrap-up was recorded" in replay.wrapup.toPlainText()
    with Store(path) as store:
        store.wrapup_drafted(record.id, {"lang": "en", "drafted_by": "local", "draft_text": "Reason: bill too high",
                                         "draft": {"dispositions": [{"code": "billing_question"}]},
                                         "ended_at": record.started_at + 20})
        store.wrapup_approved(record.id, {"final_text": "Reason: bill too high; refund agreed", "edit_distance": 16,
                                          "after_call_ms": 31_000.0, "delivered": "crm",
                                          "final": {"dispositions": [{"code": "billing_question"}]}})
    with qtbot.waitSignal(replay.loaded, timeout=5000):
        replay.load(record.id)
    text = replay.wrapup.toPlainText()
    assert "approved 31 s after the call ended, pasted into the CRM" in text
    assert "billing_question" in text and "refund agreed" in text
    assert replay.tabs.tabText(replay.tabs.indexOf(replay.wrapup)) == "Wrap-up"


def test_the_scorecard_quotes_the_call_as_written_never_as_markup(qtbot, tmp_path):
    """The evidence beside a suggested answer quotes the call: the outcome the CRM sent at its end, card titles (a
    knowledge article's among them). An outcome holding markup was drawn bold with a clickable link in the trainer's
    scorecard."""
    from PySide6.QtGui import QTextDocument

    hostile = '<b>zq</b> <a href="https://evil.example">zq</a>'
    path = tmp_path / "copilot.db"
    recorder = BackgroundRecorder(path)
    session = record_call(recorder, CALL_EN, agent=insert_then_edit, step_s=4.0, outcome=f"callback {hostile}")
    recorder.flush()
    recorder.close()
    window = ReplayWindow(CoachingService(path), theme.tokens("light"),
                          engine_factory=lambda: local_engine(default_playbook()).engine)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.load(session.id)
    window.tabs.setCurrentWidget(window.scorecard)
    shown = []
    for label in window.scorecard.evidence.values():
        document = QTextDocument()
        if label.textFormat() == Qt.TextFormat.PlainText:
            document.setPlainText(label.text())
        else:
            document.setHtml(label.text())
        shown.append(document.toPlainText())
        assert 'href="https://evil.example"' not in document.toHtml()
    assert any(hostile in text for text in shown), shown
    window.close()
