"""The real side panel, offscreen: type lines, see cards, insert, edit, discard, by mouse and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from copilot.config import paths
from copilot.config.settings import Settings
from copilot.live.session import Session
from copilot.model import Action
from copilot.record.storage import Store

# The panel's own book: its tests name its Dutch and Hebrew texts, its titles and the wish to cancel.
PLAYBOOK = '''
[playbook]
name = "Panel test book"
default_language = "en"

[[entry]]
id = "objection.price"
kind = "objection"
title = { en = "Price too high", nl = "Prijs te hoog", he = "מחיר גבוה" }
text.en = "I understand[, {customer.first_name}]. Let's see what you really use."
text.nl = "Dat begrijp ik[, {customer.first_name}]. Laten we kijken wat u echt gebruikt."
text.he = "אני מבין[, {customer.first_name}]. בוא נבדוק במה אתה באמת משתמש."
triggers = { en = ["too expensive"], nl = ["te duur"], he = ["יקר מדי"] }

[[entry]]
id = "escalation.human"
kind = "escalation"
title = { en = "Wants a person", nl = "Wil een mens", he = "מבקש נציג אנושי" }
text.en = "Offer to bring in a supervisor."
text.nl = "Bied aan een leidinggevende te betrekken."
text.he = "הצע לערב מנהל."
triggers = { en = ["manager"], nl = ["leidinggevende", "manager"], he = ["מנהל"] }

[[entry]]
id = "objection.cancel"
kind = "objection"
title.en = "Wants to cancel"
text.en = "May I ask what made you decide?"
text.nl = "Mag ik vragen waarom u wilt opzeggen?"
text.he = "אפשר לשאול מה הוביל להחלטה?"
triggers = { en = ["cancel*"], nl = ["opzeg*"], he = ["לבטל"] }
'''


@pytest.fixture
def panel(tmp_path, playbook_file, make_panel):
    context = tmp_path / "ctx.json"
    context.write_text('{"customer": {"first_name": "Anna"}}', encoding="utf-8")
    return make_panel("--playbook", playbook_file(PLAYBOOK), "--context", context)


def say(qtbot, app, text, speaker="Customer"):
    """Type a line into the panel's input as the agent would, and wait for the engine's answer."""
    bar = app.window.input
    bar.speaker.setCurrentIndex(0 if speaker == "Customer" else 1)
    bar.line.setFocus()
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        if text.isascii():
            qtbot.keyClicks(bar.line, text)
        else:
            bar.line.setText(text)  # pasted: QTest cannot type letters outside the keyboard map
        qtbot.keyClick(bar.line, Qt.Key.Key_Return)


def card_texts(app):
    return [card.suggestion.text for card in app.window.cards.cards]


def recorded(app):
    assert app.recorder.flush()
    store = Store(paths.database_path())
    try:
        return {d["suggestion_id"]: d for d in store.rows("decisions")}, store.rows("suggestions")
    finally:
        store.close()


def test_typed_customer_line_shows_a_card_with_kind_source_and_reason(qtbot, panel):
    say(qtbot, panel, "That is way too expensive for me")
    [card] = panel.window.cards.cards
    assert card.suggestion.text == "I understand, Anna. Let's see what you really use."
    assert card.findChild(type(card.number), "cardKind").text() == "Objection"
    assert card.findChild(type(card.number), "cardSource").text() == "Playbook"
    assert card.findChild(type(card.number), "cardWhy").text() == "Why: Customer said “too expensive”"
    assert panel.window.conversation.line_texts() == ["That is way too expensive for me"]
    assert not panel.window.cards.empty_label.isVisible()


def test_insert_copies_to_clipboard_confirms_and_records(qtbot, panel):
    say(qtbot, panel, "too expensive")
    card = panel.window.cards.cards[0]
    qtbot.mouseClick(card.insert_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == card.suggestion.text
    assert panel.window.toast.isVisible() and "paste" in panel.window.toast.text()
    assert panel.window.cards.cards == []
    decisions, _ = recorded(panel)
    assert decisions[card.suggestion.id]["action"] == Action.INSERTED
    assert decisions[card.suggestion.id]["final_text"] == card.suggestion.text


def test_edit_then_insert_records_the_final_text_and_distance(qtbot, panel):
    say(qtbot, panel, "too expensive")
    card = panel.window.cards.cards[0]
    qtbot.keyClick(panel.window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert card.editing and card.editor.hasFocus()
    card.editor.selectAll()
    qtbot.keyClicks(card.editor, "I get it, Anna.")
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "I get it, Anna."
    decisions, _ = recorded(panel)
    decision = decisions[card.suggestion.id]
    assert decision["action"] == Action.EDITED
    assert decision["final_text"] == "I get it, Anna."
    assert decision["edit_distance"] > 10


def test_escape_cancels_an_edit_and_keeps_the_card(qtbot, panel):
    say(qtbot, panel, "too expensive")
    card = panel.window.cards.cards[0]
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(card.editor, Qt.Key.Key_Escape)
    assert not card.editing and panel.window.cards.cards == [card]


def test_discard_with_a_reason_from_the_menu(qtbot, panel):
    say(qtbot, panel, "too expensive")
    card = panel.window.cards.cards[0]
    [tone] = [a for a in card.discard_button.menu().actions() if a.data() == "tone"]
    tone.trigger()
    assert panel.window.cards.cards == []
    decisions, _ = recorded(panel)
    assert decisions[card.suggestion.id]["action"] == Action.DISCARDED
    assert decisions[card.suggestion.id]["reason"] == "tone"


def test_keyboard_inserts_card_one_and_discards_card_two(qtbot, panel):
    say(qtbot, panel, "too expensive")
    say(qtbot, panel, "I want to cancel, get me a manager")
    first, second, third = (card.suggestion for card in panel.window.cards.cards)
    assert first.entry_id == "escalation.human"
    qtbot.keyClick(panel.window.input.line, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == first.text
    assert [c.suggestion for c in panel.window.cards.cards] == [second, third]
    qtbot.keyClick(panel.window.input.line, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.suggestion for c in panel.window.cards.cards] == [second]
    assert panel.window.input.line.hasFocus()  # the agent's typing place was never taken away
    decisions, _ = recorded(panel)
    assert decisions[first.id]["action"] == Action.INSERTED
    assert decisions[third.id]["action"] == Action.DISCARDED and decisions[third.id]["reason"] is None


def test_new_cards_do_not_take_the_keyboard(qtbot, panel):
    say(qtbot, panel, "too expensive")
    assert panel.window.input.line.hasFocus()


def test_cards_follow_a_language_switch(qtbot, panel):
    say(qtbot, panel, "Het is echt te duur")
    assert card_texts(panel) == ["Dat begrijp ik, Anna. Laten we kijken wat u echt gebruikt."]
    assert panel.window.language_pill.text() == "NL"
    say(qtbot, panel, "Sorry, I'll take over: can I speak to your manager?")
    assert card_texts(panel)[0] == "Offer to bring in a supervisor."
    assert panel.window.language_pill.text() == "EN"


def test_hebrew_conversation_reads_right_to_left(qtbot, panel):
    say(qtbot, panel, "Good morning, how can I help?", speaker="Me")
    say(qtbot, panel, "שלום, המחיר יקר מדי בשבילי")
    say(qtbot, panel, "אני רוצה לדבר עם מנהל")
    directions = panel.window.conversation.block_directions()
    assert directions == [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft,
                          Qt.LayoutDirection.RightToLeft]
    texts = card_texts(panel)
    assert texts[0] == "הצע לערב מנהל." and texts[1].startswith("אני מבין, Anna")
    for card in panel.window.cards.cards:
        assert card.text_label.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_labelled_paste_picks_the_speaker(qtbot, panel):
    say(qtbot, panel, "Medewerker: het is te duur zegt u?")
    assert panel.controller.session.conversation.utterances[0].speaker == "agent"
    assert panel.window.cards.cards == []  # the agent's words do not trigger customer objections


class BrokenEngine:
    name = "broken"

    def opening(self, conversation):
        return []

    def suggest(self, conversation, utterance):
        raise RuntimeError("index corrupted")

    def restate(self, suggestion, conversation):
        return None

    def observe(self, conversation, utterance):
        pass


def test_an_engine_failure_is_shown_and_the_conversation_goes_on(qtbot, panel):
    panel.controller.bind(Session(BrokenEngine(), panel.recorder))
    with qtbot.waitSignal(panel.controller.engine_failed, timeout=3000):
        qtbot.keyClicks(panel.window.input.line, "too expensive")
        qtbot.keyClick(panel.window.input.line, Qt.Key.Key_Return)
    assert panel.window.notices.isVisible()
    assert "Suggestions paused" in panel.window.notices.details
    assert panel.window.isVisible()
    panel.controller.bind(panel.new_session({}, "manual"))
    say(qtbot, panel, "still too expensive")
    assert not panel.window.notices.isVisible()
    assert len(panel.window.cards.cards) == 1


def test_cards_are_painted_and_the_latency_is_shown_and_kept(qtbot, panel):
    with qtbot.waitSignal(panel.window.cards.card_painted, timeout=3000) as painted:
        say(qtbot, panel, "too expensive")
    suggestion_id, card_ms = painted.args
    assert card_ms > 0
    assert "cards in" in panel.window.stats.text() and "1 shown" in panel.window.stats.text()
    _, suggestions = recorded(panel)
    [row] = [s for s in suggestions if s["id"] == suggestion_id]
    assert row["card_ms"] == card_ms
    assert 0 < row["latency_ms"] <= card_ms  # the engine's answer comes before the paint


def test_narrow_window_stays_on_top_and_the_pin_turns_it_off(qtbot, panel):
    assert 340 <= panel.window.width() <= 420
    assert panel.window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    panel.window.pin.click()
    assert not panel.window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert Settings()["stay_on_top"] is False


def test_a_broken_playbook_setting_falls_back_and_says_so(playbook_file, make_panel):
    app = make_panel("--playbook", playbook_file("[[entry]]\nid = 'x'\n", "bad.toml"), show=False)
    assert "bad.toml" in app.notices[0] and "built-in playbook" in app.notices[0]
    assert len(app.playbook.entries) >= 40


def test_demo_shows_cards_within_seconds(qtbot, make_panel):
    app = make_panel()
    app.start_demo(pace=8.0)
    qtbot.waitUntil(lambda: any(c.suggestion.utterance_index >= 0 for c in app.window.cards.cards), timeout=6000)
    assert app.window.conversation.lines > 0
    assert app.window.toast.text().startswith("Demo: ")


def test_a_bounced_shortcut_does_not_use_the_card_that_moved_up(qtbot, panel):
    say(qtbot, panel, "too expensive")
    say(qtbot, panel, "I want to cancel")
    first, second = (card.suggestion for card in panel.window.cards.cards)
    qtbot.keyClick(panel.window.input.line, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.window.input.line, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert [c.suggestion for c in panel.window.cards.cards] == [second]
    assert QGuiApplication.clipboard().text() == first.text
    qtbot.wait(400)
    qtbot.keyClick(panel.window.input.line, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert panel.window.cards.cards == []


def test_hebrew_words_in_the_reason_keep_their_order_in_an_english_sentence(qtbot, panel):
    say(qtbot, panel, "זה יקר מדי ואני רוצה לבטל")
    why = {c.suggestion.entry_id: c.findChild(type(c.number), "cardWhy").text() for c in panel.window.cards.cards}
    # Each phrase is isolated inside its marks, so the marks and commas follow the English sentence.
    assert why["objection.price"] == "Why: Customer said “\u2068יקר מדי\u2069”"


class SlowEngine:
    """A real playbook engine behind a slow line, as a remote engine would be."""

    def __init__(self, inner, delay):
        self.inner, self.delay, self.name = inner, delay, "slow"

    def opening(self, conversation):
        return self.inner.opening(conversation)

    def suggest(self, conversation, utterance):
        import time

        time.sleep(self.delay)
        return self.inner.suggest(conversation, utterance)

    def restate(self, suggestion, conversation):
        return self.inner.restate(suggestion, conversation)

    def observe(self, conversation, utterance):
        self.inner.observe(conversation, utterance)


def test_cards_of_a_call_that_ended_never_reach_the_next_call(qtbot, panel):
    panel.controller.bind(Session(SlowEngine(panel.engine, 0.3), panel.recorder))
    panel.controller.add_utterance("customer", "too expensive, I want a manager")
    next_call = panel.new_session({}, "manual")
    panel.controller.bind(next_call)
    qtbot.wait(600)
    assert panel.runner.pending == 0
    assert panel.window.cards.cards == [] and next_call.cards == []


def test_a_card_being_edited_stays_while_the_call_goes_on(qtbot, panel):
    say(qtbot, panel, "too expensive")
    card = panel.window.cards.cards[0]
    qtbot.keyClick(panel.window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    card.editor.setPlainText("My own words, Anna.")
    for i in range(8):
        panel.controller.add_utterance("agent", f"let me see, step {i}")
    qtbot.waitUntil(lambda: panel.runner.pending == 0)
    assert panel.window.cards.cards == [card] and card.editing
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "My own words, Anna."


def test_an_emptied_edit_is_not_inserted(qtbot, panel):
    say(qtbot, panel, "too expensive")
    card = panel.window.cards.cards[0]
    card.start_edit()
    card.editor.setPlainText("   ")
    QGuiApplication.clipboard().setText("before")
    qtbot.mouseClick(card.insert_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "before"
    assert panel.window.cards.cards == [card]
    assert "empty" in panel.window.toast.text()


def test_holding_a_card_shortcut_does_not_repeat_it(panel):
    assert panel.controller._shortcuts
    assert not any(shortcut.autoRepeat() for shortcut in panel.controller._shortcuts)


def test_start_up_notices_stay_when_cards_arrive(qtbot, playbook_file, make_panel):
    app = make_panel("--playbook", playbook_file("not = [valid", "bad.toml"), show=False)
    app.window.notices.set_notices(app.notices)
    app.window.show()
    say(qtbot, app, "this is way too expensive")
    assert app.window.notices.isVisible()
    assert "bad.toml" in app.window.notices.details


def test_a_theme_change_recolours_the_lines_already_shown(qtbot, panel):
    from PySide6.QtGui import QTextCursor

    from copilot.shell import theme

    say(qtbot, panel, "too expensive")
    panel.settings.values["theme"] = "dark"
    panel.apply_theme()
    cursor = QTextCursor(panel.window.conversation.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    assert cursor.charFormat().foreground().color().name() == theme.DARK["customerText"]
    assert panel.window.conversation.line_texts() == ["too expensive"]


def test_the_panel_comes_back_where_the_agent_left_it(make_panel):
    first = make_panel(show=False)
    first.window.setGeometry(40, 60, 390, 700)
    make_panel.close(first)
    second = make_panel(show=False)
    second.restore_window_state()
    geometry = second.window.geometry()
    assert (geometry.x(), geometry.y(), geometry.width(), geometry.height()) == (40, 60, 390, 700)


@pytest.mark.parametrize("damage", ["[" * 5000 + "]" * 5000, '{"x": ' + "9" * 5000 + "}", "{ not json"])
def test_a_damaged_window_state_file_leaves_the_panel_where_it_opens(make_panel, damage):
    from copilot.config import paths

    paths.window_state_path().parent.mkdir(parents=True, exist_ok=True)
    paths.window_state_path().write_text(damage, encoding="utf-8")
    panel = make_panel(show=False)
    before = panel.window.geometry()
    panel.restore_window_state()
    assert panel.window.geometry() == before


def test_long_titles_never_widen_the_narrow_panel(qtbot, panel):
    say(qtbot, panel, "I want to cancel")
    card = panel.window.cards.cards[0]
    card.suggestion.title = "A very long title that a team lead wrote for this card in a hurry today, and then more"
    card.refresh_text()
    qtbot.wait(50)
    assert card.minimumSizeHint().width() <= panel.window.width()
    lines = card.title.text().split("\n")
    assert len(lines) == 2 and lines[1].endswith("…") and card.title.toolTip() == card.suggestion.title
    shown_words = " ".join(lines).removesuffix("…").split()
    assert shown_words == card.suggestion.title.split()[:len(shown_words)]  # shortened after a whole word


def test_the_conversation_follows_new_lines_unless_the_agent_scrolled_up(qtbot, panel):
    view = panel.window.conversation
    for i in range(30):
        panel.controller.add_utterance("agent", f"line number {i} of a long conversation")
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.flush()
    qtbot.wait(50)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()  # the newest line is in view
    bar.setValue(0)  # the agent scrolls up to reread something
    panel.controller.add_utterance("customer", "and one more thing")
    view.flush()
    qtbot.wait(50)
    assert bar.value() == 0


def test_the_last_demo_call_ends_when_the_demo_does(qtbot, make_panel):
    app = make_panel()
    app.start_demo(pace=50.0)
    with qtbot.waitSignal(app.demo.finished, timeout=30000):
        pass
    shown = app.controller.session
    assert shown.ended and shown.conversation.utterances and app.window.cards.cards == []
    tabs = app.window.session_tabs
    assert tabs.tabText(tabs.currentIndex()).endswith("(ended)")
    assert app.recorder.flush()
    with Store(paths.database_path()) as store:
        assert [s["ended_at"] is not None for s in store.rows("sessions") if s["id"] == shown.id] == [True]


def test_opening_and_closing_the_panel_leaves_no_empty_session(make_panel):
    for _ in range(2):
        app = make_panel()
        assert app.window.cards.cards  # the opening cards were shown: a recording notice, say
        make_panel.close(app)
    with Store(paths.database_path()) as store:
        assert store.rows("sessions") == [] and store.rows("suggestions") == []


def test_a_conversation_begins_in_the_record_with_its_first_line(qtbot, make_panel):
    app = make_panel()  # the default playbook has opening cards
    opening = list(app.controller.session.cards)
    assert opening
    say(qtbot, app, "That is way too expensive for me")
    _, suggestions = recorded(app)
    assert {s["session_id"] for s in suggestions} == {app.controller.session.id}
    assert {c.id for c in opening} <= {s["id"] for s in suggestions}  # the opening cards are kept with it


def test_the_status_line_counts_the_shown_call_as_the_library_does(qtbot, panel):
    from copilot.record.library import list_sessions

    def library_row():
        assert panel.recorder.flush()
        with Store(paths.database_path()) as store:
            [row] = [r for r in list_sessions(store.db.conn) if r.id == panel.controller.session.id]
        return row

    say(qtbot, panel, "too expensive, get me your manager")
    panel.controller.insert_card(1)
    panel.controller.discard_card(1)
    say(qtbot, panel, "I want to cancel")
    row = library_row()
    assert (row.shown, row.accepted) == (3, 1)
    assert panel.window.stats.text().startswith(f"{row.shown} shown · {row.accepted} used · 1 discarded")
    panel.controller.bind(panel.new_session({}, "manual"))  # the next call: its own counts, not a running total
    say(qtbot, panel, "I want to cancel")
    row = library_row()
    assert (row.shown, row.accepted) == (1, 0)
    assert panel.window.stats.text().startswith("1 shown · 0 used · 0 discarded")


def test_a_pasted_log_file_is_cut_to_the_longest_line_any_source_may_give(qtbot, panel):
    """The API and transcripts refuse a line over 20,000 characters; a paste into the input line took 32,767 (Qt's
    default) to the engines and the record, so the same line was refused one way and taken the other."""
    bar = panel.window.input
    bar.line.setFocus()
    with qtbot.waitSignal(panel.controller.suggestions_applied, timeout=20000):  # a long line: a loaded CI is slow
        bar.line.setText("é" + "too expensive and " * 3000)  # pasted
        qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    [line] = panel.window.conversation.line_texts()
    assert len(line) <= 20_000 and line.startswith("étoo expensive")
