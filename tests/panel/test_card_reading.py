"""What a new agent reads on a card and around it: whole titles at the panel's default width, a "Copied" toast
that covers nothing the agent is using, quoted Hebrew words in order, and one word for each kind."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout, QTextLine

from copilot.config import paths
from copilot.model import KIND_LABELS
from copilot.panel.cards import isolate_quotes
from copilot.panel.window import PANEL_WIDTH

BOOK = '''
[playbook]
name = "Reading test book"
default_language = "en"

[[entry]]
id = "escalation.human"
kind = "escalation"
title.en = "Customer asks for a person"
text.en = "Offer to bring in a supervisor."
triggers.en = ["manager"]

[[entry]]
id = "upsell.fibre"
kind = "upsell"
title.en = "Faster internet for the same money"
text.en = "Fibre 1000 costs the same as your plan today."
triggers.en = ["slow"]
'''


def say(qtbot, app, text):
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        app.window.input.line.setText(text)
        qtbot.keyClick(app.window.input.line, Qt.Key.Key_Return)


def test_typical_titles_are_shown_whole_at_the_default_width(qtbot, playbook_file, make_panel):
    app = make_panel("--playbook", playbook_file(BOOK))
    assert app.window.width() == PANEL_WIDTH
    say(qtbot, app, "my internet is slow, get me a manager")
    qtbot.waitUntil(lambda: all(card.title.width() > 100 for card in app.window.cards.cards))
    for card in app.window.cards.cards:
        assert card.title.text() == card.suggestion.title  # one line, not cut
        assert card.title.accessibleDescription() == card.suggestion.title


def test_every_title_of_the_default_playbook_fits_a_card_at_the_default_width(qtbot, make_panel):
    app = make_panel()
    say(qtbot, app, "my internet is slow, get me a manager")
    card = app.window.cards.cards[0]
    qtbot.waitUntil(lambda: card.title.width() > 100)
    book = tomllib.loads(paths.default_playbook_path().read_text(encoding="utf-8"))
    titles = [title for entry in book["entry"] for title in entry.get("title", {}).values()]
    assert len(titles) > 100
    for title in titles:
        card.title.set_full_text(title)
        assert " ".join(card.title.text().split("\n")) == title  # whole, on one line or two broken between words


def test_the_copied_toast_moves_nothing_and_the_typed_line_stays(qtbot, playbook_file, make_panel):
    app = make_panel("--playbook", playbook_file(BOOK))
    say(qtbot, app, "get me a manager")
    line = app.window.input.line
    qtbot.keyClicks(line, "She wants to")
    before = line.mapTo(app.window, QPoint(0, 0)), line.size()
    qtbot.mouseClick(app.window.cards.cards[0].insert_button, Qt.MouseButton.LeftButton)
    assert app.window.toast.isVisible() and app.window.toast.text().startswith("Copied")
    qtbot.wait(20)
    assert (line.mapTo(app.window, QPoint(0, 0)), line.size()) == before
    assert not app.window.toast.geometry().intersects(line.geometry().translated(line.mapTo(app.window, QPoint(0, 0))
                                                                                   - line.pos()))
    # A click where the input is lands on the input, and the typing goes on where it was.
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() - 30, line.height() // 2))
    qtbot.keyClicks(line, " cancel")
    assert line.text() == "She wants to cancel"


def _visual_x(text: str, font) -> list[float]:
    """Where each character of ``text`` is drawn, left to right, as the panel's labels lay it out."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    leading, trailing = QTextLine.Edge.Leading, QTextLine.Edge.Trailing
    return [(line.cursorToX(i, leading)[0] + line.cursorToX(i, trailing)[0]) / 2 for i in range(len(text))]


def test_quoted_hebrew_keeps_its_marks_numbers_and_currency_in_place(qtbot, make_panel):
    app = make_panel()
    why = "Why: " + isolate_quotes("Customer said “יקר מדי”, “לבטל 30 ₪”")
    x = _visual_x(why, app.window.font())
    first_open, first_close = why.index("“"), why.index("”")
    second_open, second_close = why.rindex("“"), why.rindex("”")
    assert all(x[first_open] < x[i] < x[first_close] for i in range(first_open + 3, first_close - 1))
    assert x[first_close] < x[why.index(",")] < x[second_open] < x[second_close]
    shekel, thirty, word = why.index("₪"), why.index("30"), why.index("לבטל") + 1  # a letter inside the word
    assert x[shekel] < x[thirty] < x[word]  # read right to left: the word, then 30, then the currency


def test_the_panel_and_the_reports_use_one_word_for_each_kind(qtbot, playbook_file, make_panel):
    from copilot.coaching import report

    app = make_panel("--playbook", playbook_file(BOOK))
    say(qtbot, app, "my internet is slow")
    [card] = app.window.cards.cards
    assert card.kind.text() == "Upsell" == KIND_LABELS["upsell"] == report.KIND_LABELS["upsell"]


def test_a_long_toast_covers_neither_the_input_line_nor_the_status_line(qtbot, playbook_file, make_panel):
    app = make_panel("--playbook", playbook_file(BOOK))
    window = app.window
    window.show_toast("Demo: a long announcement about the next call, in words that wrap over two or three lines "
                      "of the narrow panel, so the toast grows upwards")
    toast = window.toast.geometry()
    for widget in (window.input, window.stats):
        place = widget.geometry().translated(widget.parentWidget().mapTo(window, QPoint(0, 0)))
        assert not toast.intersects(place), widget.objectName()
    assert toast.height() > window.input.height()  # it did wrap
