"""The wrap-up on the real panel: drafted while the call runs, on the panel the moment it ends, edited and
approved by the agent, copied like a card, recorded with the after-call time and sent to integrated CRMs."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from copilot.config import paths
from copilot.live.session import Session
from copilot.record.session_record import load_record
from copilot.record.storage import Store

CALL = [
    ("Customer", "Hi, my internet has been down since yesterday and nothing works"),
    ("Agent", "I'm sorry to hear that. I have reset your line from here."),
    ("Customer", "It still does not work, the router light is red"),
    ("Agent", "I have booked an engineer visit for tomorrow between 8 and 12."),
    ("Customer", "Thanks, that is helpful"),
]


@pytest.fixture
def panel(playbook_file, make_panel):
    return make_panel("--playbook", playbook_file())


def say(qtbot, app, text, speaker="Customer"):
    bar = app.window.input
    bar.speaker.setCurrentIndex(0 if speaker == "Customer" else 1)
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        bar.line.setText(text)
        bar.submit()


def events_of(app):
    seen: list[dict] = []
    app.controller.suggestion_events.connect(lambda events: seen.extend(e for e in events if e["type"] == "wrapup"))
    return seen


def end_call(app):
    app.controller.end_session(app.controller.session)


def test_the_draft_is_on_the_panel_when_the_call_ends_with_codes_follow_up_and_mood(qtbot, panel):
    events = events_of(panel)
    for speaker, text in CALL:
        say(qtbot, panel, text, speaker)
    card = panel.window.wrapup
    assert not card.isVisible()  # nothing to wrap up while the call runs
    end_call(panel)
    assert card.isVisible()  # drawn in the same update that ended the call: no waiting
    note = card.editor.toPlainText()
    assert "internet" in note.lower() and "engineer" in note.lower()
    assert "Technical fault" in [box.text() for box in card.codes] and card.chosen_codes()[0] == "technical_fault"
    assert card.source.text() == "Drafted on this computer"
    assert "No AI-drafted text reached the customer" in card.mood.text()
    assert [e["status"] for e in events] == ["drafted"]
    follow_ups = events[0]["follow_ups"]
    assert follow_ups and follow_ups[0]["due"]  # "tomorrow" became a date
    screenshot(panel, "wrapup.png")


def test_the_agent_edits_unticks_a_code_and_approves_with_ctrl_enter(qtbot, panel):
    events = events_of(panel)
    for speaker, text in CALL:
        say(qtbot, panel, text, speaker)
    end_call(panel)
    card = panel.window.wrapup
    card.editor.setFocus()
    card.editor.moveCursor(card.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(card.editor, " Customer to call back if the visit slips.")
    extra = [box for box in card.codes if box.property("code") != "technical_fault"]
    for box in extra:
        box.setChecked(False)
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    final = card.editor.toPlainText()
    assert final.endswith("Customer to call back if the visit slips.")
    assert QGuiApplication.clipboard().text() == final
    assert card.approved and card.editor.isReadOnly() and not card.approve_button.isVisible()
    approved = [e for e in events if e["status"] == "approved"]
    assert len(approved) == 1 and approved[0]["text"] == final
    assert [d["code"] for d in approved[0]["dispositions"]] == ["technical_fault"]
    assert approved[0]["edit_distance"] == len(" Customer to call back if the visit slips.")
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len([e for e in events if e["status"] == "approved"]) == 1  # approving twice records once
    sid = panel.controller.session.id
    assert panel.recorder.flush()
    with Store(paths.database_path()) as store:
        wrapup = load_record(store.db.conn, sid).wrapup
    assert wrapup.final_text == final and wrapup.dispositions == ["technical_fault"]
    assert wrapup.after_call_ms is not None and wrapup.after_call_ms >= 0 and wrapup.delivered == "clipboard"
    assert wrapup.draft_text != final and wrapup.edit_distance == approved[0]["edit_distance"]


def test_an_empty_note_is_not_approved(qtbot, panel):
    for speaker, text in CALL:
        say(qtbot, panel, text, speaker)
    end_call(panel)
    card = panel.window.wrapup
    card.editor.setPlainText("   ")
    card.approve()
    assert not card.approved and "empty" in panel.window.toast.text()


def test_each_conversation_keeps_its_own_wrapup_and_the_agents_unfinished_edit(qtbot, panel):
    for speaker, text in CALL:
        say(qtbot, panel, text, speaker)
    first = panel.controller.conversation
    end_call(panel)
    card = panel.window.wrapup
    card.editor.setPlainText("My own words about the fault")
    panel.controller.open_session(Session(panel.controller.session.engine), "Chat 2", activate=True)
    assert not card.isVisible()  # the new chat is still running
    panel.controller.apply(panel.desk.show(first.id))
    assert card.isVisible() and card.editor.toPlainText() == "My own words about the fault"


def test_a_call_where_nobody_spoke_has_no_wrapup(qtbot, panel):
    end_call(panel)
    assert not panel.window.wrapup.isVisible()


def test_inserting_an_ai_card_is_what_the_wrapup_reports_as_ai_text_reaching_the_customer(qtbot, panel):
    from copilot.model import Kind, Suggestion

    say(qtbot, panel, "My internet is down")
    conversation = panel.controller.conversation
    draft = Suggestion(kind=Kind.REPLY, title="AI", text="I'll check your line now.", rationale="AI draft",
                       entry_id="ai:1", lang="en", score=50.0, engine="ai", source_label="AI draft",
                       ai_generated=True, utterance_index=0)
    conversation.session.offer([draft], 0)
    panel.controller.apply(panel.desk.insert(draft.id))
    end_call(panel)
    assert "AI-drafted text reached the customer" in panel.window.wrapup.mood.text()
    assert "No AI" not in panel.window.wrapup.mood.text()


def screenshot(app, name):
    folder = os.environ.get("COPILOT_SCREENSHOTS")
    if folder:
        app.window.grab().save(os.path.join(folder, name))
