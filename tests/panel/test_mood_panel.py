"""The customer's mood on the real panel: shown when the words make it clear, each conversation its own."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from copilot.live.session import Session
from copilot.model import Kind

ANGRY = ["Hi, I'm calling about my internet connection", "My customer number is 5521",
         "It has been down since Monday and I'm really annoyed",
         "This is ridiculous, I am furious, nobody helps me"]


@pytest.fixture
def panel(playbook_file, make_panel):
    return make_panel("--playbook", playbook_file())


def say(qtbot, app, text, speaker="Customer"):
    bar = app.window.input
    bar.speaker.setCurrentIndex(0 if speaker == "Customer" else 1)
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        bar.line.setText(text)
        bar.submit()


def test_an_angry_customer_shows_upset_and_worsening_with_an_explaining_tooltip(qtbot, panel):
    mood = panel.window.mood
    for line in ANGRY[:2]:
        say(qtbot, panel, line)
    assert not mood.isVisible()
    for line in ANGRY[2:]:
        say(qtbot, panel, line)
    assert mood.isVisible() and mood.words.text() == "upset, worsening"
    assert mood.accessibleName() == "Customer mood: upset, worsening"
    assert "estimated from the words" in mood.toolTip()
    hint = [card for card in panel.window.cards.cards if card.suggestion.entry_id == "mood.drop"]
    assert [card.suggestion.kind for card in hint] == [Kind.ESCALATION]
    assert "“furious”" in hint[0].findChild(type(hint[0].number), "cardWhy").text()
    screenshot(qtbot, panel, "mood-ltr.png")


def test_a_neutral_call_shows_no_mood(qtbot, panel):
    for line in ["Hello, I'd like to change my address", "It's Main Street 12", "Yes, from next month"]:
        say(qtbot, panel, line)
    assert not panel.window.mood.isVisible()


def test_each_conversation_shows_its_own_mood(qtbot, panel):
    for line in ANGRY:
        say(qtbot, panel, line)
    first = panel.controller.conversation
    other = Session(panel.controller.session.engine)
    panel.controller.open_session(other, "Chat 2", activate=True)
    assert not panel.window.mood.isVisible()  # the new chat has said nothing yet
    say(qtbot, panel, "Thanks, that was great and really helpful")
    say(qtbot, panel, "Perfect, I'm very happy with it")
    assert panel.window.mood.words.text() == "pleased"
    tabs = panel.window.session_tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabData(i) == first.id))
    assert panel.window.mood.isVisible() and panel.window.mood.words.text() == "upset, worsening"
    panel.controller.close_session(first.session)
    assert panel.window.mood.words.text() == "pleased"


def test_right_to_left_the_mood_sits_on_the_other_side_and_stays_readable(qtbot, panel):
    window = panel.window
    for line in ["שלום, אני מתקשר בקשר לחשבון", "מספר הלקוח שלי 5521", "אני ממש לא מרוצה, זה מגוחך",
                 "נורא, שירות גרוע, אני כועס"]:
        say(qtbot, panel, line)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(20)
    mood, heading = window.mood, window.cards_heading
    assert mood.isVisible() and mood.words.text() == "upset, worsening"
    assert mood.mapTo(window, mood.rect().topLeft()).x() < heading.mapTo(window, heading.rect().topLeft()).x()
    screenshot(qtbot, panel, "mood-rtl.png")


def screenshot(qtbot, app, name):
    """With COPILOT_SCREENSHOTS=folder, keep a picture of the panel to look at."""
    folder = os.environ.get("COPILOT_SCREENSHOTS")
    if folder:
        qtbot.wait(300)  # the lines of a burst are drawn at the next frame
        app.window.grab().save(os.path.join(folder, name))
