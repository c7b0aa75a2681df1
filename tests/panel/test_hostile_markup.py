"""Text that arrives from outside (a customer's line, the CRM's customer name, a knowledge article's title and
body, a session id) shown as it was written, never read as markup: Qt reads a label's or a tooltip's text as rich
text when it looks like HTML, so "<b>" would turn bold, a link would become clickable and an ``<img>`` would load.
Every label and tooltip of the real panel is walked after hostile values went through it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit

from copilot.config import keychain

MARK = "zq"  # a word no label of ours holds, so what came from outside is found wherever it is shown
HOSTILE = f'<b>{MARK}</b><img src="file:///etc/passwd"><a href="https://evil.example">{MARK}</a>'


def _rendered_as_markup() -> list[str]:
    """Every label, tooltip or document that shows text from outside and would read it as markup."""
    found = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and MARK in widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(widget.text()))
            if rich and "<b>" + MARK in widget.text():
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()[:80]}")
        if isinstance(widget, QTextEdit) and MARK in widget.toPlainText():
            markup = widget.toHtml()
            if '<img src="file:///etc/passwd"' in markup or 'href="https://evil.example"' in markup:
                found.append(f"document of {type(widget).__name__} {widget.objectName()!r}")
        tip = widget.toolTip()
        if MARK in tip and GuiQt.mightBeRichText(tip) and "<b>" + MARK in tip:
            found.append(f"tooltip of {type(widget).__name__} {widget.objectName()!r}: {tip[:80]}")
    return found


@pytest.fixture
def hostile_panel(tmp_path, playbook_file, make_panel):
    from copilot.cli.main import main

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "refunds.md").write_text(
        f"# Refunds {HOSTILE}\n\nA refund is paid to your bank account within five working days. {HOSTILE}\n",
        encoding="utf-8")
    assert main(["kb", "import", str(articles)]) == 0
    return make_panel("--playbook", playbook_file(), api=True, settings={"knowledge_threshold": 0.3})


def _post(app, path: str, body: dict) -> None:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", app.api.port, timeout=5)
    connection.request("POST", path, body=json.dumps(body), headers={
        "Authorization": f"Bearer {keychain.api_token()}", "Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 202


def test_markup_from_outside_is_shown_as_written_everywhere_in_the_panel(qtbot, hostile_panel):
    app = hostile_panel
    for session in ("call-1", "call-2"):
        with qtbot.waitSignal(app.inbox.messages_handled, timeout=3000):
            _post(app, f"/v1/sessions/{session}/context", {"customer": {"first_name": HOSTILE, "last_name": HOSTILE,
                                                                         "plan": HOSTILE}})
        for text in (f"This is too expensive {HOSTILE}", f"When is the refund paid to my bank account? {HOSTILE}"):
            with qtbot.waitSignal(app.inbox.messages_handled, timeout=3000):
                _post(app, f"/v1/sessions/{session}/utterances", {"speaker": "customer", "text": text})
            app.runner.wait(2000)
            qtbot.wait(50)
    cards = app.window.cards.cards
    assert any(MARK in c.suggestion.text for c in cards), "the hostile values reached no card"
    for card in list(cards):
        card.article_button.click() if card.article_button.isVisible() else None
    qtbot.wait(50)
    assert _rendered_as_markup() == []
    if app.article_dialog is not None:
        app.article_dialog.close()

    # What the trainer sees of the same calls: the library, the replay room, the statistics.
    for session in ("call-1", "call-2"):
        with qtbot.waitSignal(app.inbox.messages_handled, timeout=3000):
            _post(app, f"/v1/sessions/{session}/end", {})
    app.recorder.flush()
    coaching = app.coaching_windows()
    library = coaching.show_library()
    qtbot.waitUntil(lambda: library.model.rowCount() >= 2, timeout=5000)
    session_id = library.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    replay = coaching.open_replay(session_id)
    qtbot.waitUntil(lambda: bool(replay.transcript.line_states()), timeout=5000)
    stats = coaching.show_stats()
    qtbot.wait(300)
    assert any(MARK in text for text, _ in replay.transcript.line_states())
    assert _rendered_as_markup() == []
    for window in (replay, library, stats):
        window.close()


def test_a_transcript_line_naming_a_field_in_markup_is_reported_as_written(qtbot, tmp_path, playbook_file, make_panel):
    """A followed transcript's bad line is answered with a toast naming the field it holds; the name came from the
    file, so the toast shows it as text (it was read as markup: bold, a clickable link, an image loaded)."""
    import argparse

    transcript = tmp_path / "call.jsonl"
    transcript.write_text(json.dumps({"type": "utterance", "speaker": "customer", "text": "hello",
                                      HOSTILE: 1}) + "\n", encoding="utf-8")
    app = make_panel("--playbook", playbook_file())
    app.start_line_source(argparse.Namespace(stdin=False, follow=str(transcript), session=None,
                                             new_lines_only=False))
    qtbot.waitUntil(lambda: MARK in app.window.toast.text() and app.window.toast.isVisible(), timeout=5000)
    assert "unknown field" in app.window.toast.text()
    assert _rendered_as_markup() == []
