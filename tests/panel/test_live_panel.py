"""The running panel fed through its local API: real HTTP and WebSocket requests, real widgets."""

from __future__ import annotations

import asyncio
import http.client
import json
import threading

import aiohttp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from copilot.config import keychain, paths
from copilot.config.settings import Settings
from copilot.record.storage import Store


@pytest.fixture
def app(playbook_file, make_panel):
    """The panel with the small test book and its local API on."""
    return make_panel("--playbook", playbook_file(), api=True)


def request(app, method, path, body=None, headers=None, token=None):
    connection = http.client.HTTPConnection("127.0.0.1", app.api.port, timeout=5)
    sent = {"Authorization": f"Bearer {token or keychain.api_token()}", "Content-Type": "application/json"}
    sent.update(headers or {})
    payload = body if isinstance(body, bytes | None) else json.dumps(body)
    connection.request(method, path, body=payload, headers=sent)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, json.loads(data or b"{}")


def post_and_wait(qtbot, app, path, body):
    with qtbot.waitSignal(app.inbox.messages_handled, timeout=3000):
        status, answer = request(app, "POST", path, body)
    assert status == 202, answer
    app.runner.wait(2000)
    qtbot.wait(20)  # let the engine's answer reach the board


def test_a_posted_customer_line_shows_its_card(qtbot, app):
    post_and_wait(qtbot, app, "/v1/sessions/call-7/context", {"customer": {"first_name": "Ravi"}})
    post_and_wait(qtbot, app, "/v1/sessions/call-7/utterances",
                  {"speaker": "customer", "text": "This is too expensive", "channel": "phone"})
    assert [c.suggestion.text for c in app.window.cards.cards] == ["I understand, Ravi."]
    assert app.window.conversation.line_texts() == ["This is too expensive"]


def test_requests_without_token_from_a_foreign_host_or_origin_are_refused(app):
    body = {"speaker": "customer", "text": "too expensive"}
    assert request(app, "POST", "/v1/sessions/a/utterances", body, token="wrong")[0] == 401
    assert request(app, "POST", "/v1/sessions/a/utterances", body, headers={"Host": "attacker.test"})[0] == 403
    status, answer = request(app, "POST", "/v1/sessions/a/utterances", body, headers={"Origin": "https://x.test"})
    assert status == 403 and answer["field"] == "Origin"
    assert request(app, "GET", "/v1/health")[0] == 200
    assert app.controller.session.conversation.utterances == []


def test_malformed_and_oversized_bodies_name_the_problem_and_change_nothing(app):
    status, answer = request(app, "POST", "/v1/sessions/a/utterances", {"speaker": "caller", "text": "hi"})
    assert (status, answer["field"]) == (400, "speaker")
    assert request(app, "POST", "/v1/sessions/a/utterances", b"{not json")[1]["field"] == "body"
    status, _ = request(app, "POST", "/v1/sessions/a/utterances", {"speaker": "customer", "text": "x" * 300_000})
    assert status == 413
    assert app.desk.by_key == {}


def test_a_context_nested_hundreds_deep_is_refused_and_later_messages_still_arrive(qtbot, app):
    deep: dict = {}
    for _ in range(495):
        deep = {"a": deep}
    status, answer = request(app, "POST", "/v1/sessions/call-d/context", deep)
    assert status == 400 and "nested deeper than 12 levels" in answer["error"]
    post_and_wait(qtbot, app, "/v1/sessions/call-d/utterances", {"speaker": "customer", "text": "too expensive"})
    assert app.window.conversation.line_texts() == ["too expensive"]


def test_interim_transcripts_update_one_provisional_line_until_final(qtbot, app):
    path = "/v1/sessions/call/utterances"
    post_and_wait(qtbot, app, path, {"speaker": "customer", "text": "it is", "final": False, "utterance_id": "7"})
    post_and_wait(qtbot, app, path, {"speaker": "customer", "text": "it is too", "final": False,
                                     "utterance_id": "7"})
    view = app.window.conversation
    assert view.line_texts() == [] and view.provisional_texts() == ["Customer …  it is too"]
    post_and_wait(qtbot, app, path, {"speaker": "customer", "text": "it is too expensive", "utterance_id": "7"})
    assert view.line_texts() == ["it is too expensive"] and view.provisional_texts() == []
    assert len(app.window.cards.cards) == 1


def test_several_sessions_get_tabs_and_keep_their_own_cards(qtbot, app):
    post_and_wait(qtbot, app, "/v1/sessions/chat-1/utterances", {"speaker": "customer", "text": "too expensive"})
    post_and_wait(qtbot, app, "/v1/sessions/chat-2/utterances", {"speaker": "customer", "text": "get me a manager"})
    tabs = app.window.session_tabs
    assert tabs.isVisible() and tabs.count() == 2
    assert app.controller.labels[app.controller.session.id] == "chat-1"  # the shown chat stays shown
    assert tabs.has_news(app.desk.find("chat-2").id)
    assert [c.suggestion.entry_id for c in app.window.cards.cards] == ["objection.price"]
    tabs.setCurrentIndex(1)
    assert [c.suggestion.entry_id for c in app.window.cards.cards] == ["escalation.human"]
    assert app.window.conversation.line_texts() == ["get me a manager"]
    assert not tabs.has_news(app.desk.find("chat-2").id)


def test_ending_a_session_expires_its_cards_and_keeps_the_record(qtbot, app):
    post_and_wait(qtbot, app, "/v1/sessions/call-9/utterances", {"speaker": "customer", "text": "too expensive"})
    post_and_wait(qtbot, app, "/v1/sessions/call-9/end", None)
    assert app.window.cards.cards == []
    assert app.recorder.flush()
    store = Store(paths.database_path())
    try:
        [session] = [s for s in store.rows("sessions") if s["external_id"] == "call-9"]
        assert session["ended_at"] is not None
        assert [d["action"] for d in store.rows("decisions")] == ["expired"]
    finally:
        store.close()


def test_a_call_ended_through_the_api_shows_ended_and_drops_its_provisional_line(qtbot, app):
    path = "/v1/sessions/call-5/utterances"
    post_and_wait(qtbot, app, path, {"speaker": "customer", "text": "too expensive"})
    post_and_wait(qtbot, app, path, {"speaker": "customer", "text": "and the", "final": False, "utterance_id": "9"})
    view, tabs = app.window.conversation, app.window.session_tabs
    assert view.provisional_texts() == ["Customer …  and the"]
    post_and_wait(qtbot, app, "/v1/sessions/call-5/end", None)
    assert view.provisional_texts() == [] and view.line_texts() == ["too expensive"]
    assert tabs.tabText(tabs.currentIndex()).endswith("(ended)")
    assert app.window.cards.cards == []


class EventListener:
    """A CRM integration listening on the WebSocket, in a thread with its own event loop."""

    def __init__(self, port):
        self.port, self.events, self.ready, self.done = port, [], threading.Event(), None
        self.thread = threading.Thread(target=lambda: asyncio.run(self._listen()), name="test-ws")

    async def _listen(self):
        self.done = asyncio.Event()
        self.loop = asyncio.get_running_loop()
        url = f"http://127.0.0.1:{self.port}/v1/ws?token={keychain.api_token()}"
        async with aiohttp.ClientSession() as client, client.ws_connect(url) as socket:
            self.ready.set()
            while not self.done.is_set():
                try:
                    message = await asyncio.wait_for(socket.receive(), 0.1)
                except TimeoutError:
                    continue
                if message.type == aiohttp.WSMsgType.TEXT:
                    self.events.append(json.loads(message.data))

    def __enter__(self):
        self.thread.start()
        assert self.ready.wait(5)
        return self

    def __exit__(self, *exc):
        self.loop.call_soon_threadsafe(self.done.set)
        self.thread.join(5)


def test_websocket_clients_hear_shown_inserted_and_discarded(qtbot, app):
    with EventListener(app.api.port) as listener:
        post_and_wait(qtbot, app, "/v1/sessions/crm-1/utterances",
                      {"speaker": "customer", "text": "too expensive, get me a manager"})
        human, price = app.window.cards.cards
        qtbot.mouseClick(human.insert_button, Qt.MouseButton.LeftButton)
        [tone] = [a for a in price.discard_button.menu().actions() if a.data() == "tone"]
        tone.trigger()
        qtbot.waitUntil(lambda: len(listener.events) >= 4, timeout=3000)
    by_type = {}
    for event in listener.events:
        by_type.setdefault(event["type"], []).append(event)
    assert {e["entry_id"] for e in by_type["suggestion.shown"]} == {"objection.price", "escalation.human"}
    [inserted] = by_type["suggestion.inserted"]
    assert inserted["final_text"] == "Offer a supervisor." and inserted["session"] == "crm-1"
    assert QGuiApplication.clipboard().text() == "Offer a supervisor."
    [discarded] = by_type["suggestion.discarded"]
    assert discarded["reason"] == "tone" and discarded["entry_id"] == "objection.price"


def test_websocket_messages_are_validated_like_posts(qtbot, app):
    async def exchange():
        url = f"http://127.0.0.1:{app.api.port}/v1/ws"
        headers = {"Authorization": f"Bearer {keychain.api_token()}"}
        async with aiohttp.ClientSession() as client, client.ws_connect(url, headers=headers) as socket:
            await socket.send_str(json.dumps({"session": "ws-1", "speaker": "agent", "text": "hello"}))
            good = await socket.receive_json(timeout=3)
            await socket.send_str("{broken")
            bad = await socket.receive_json(timeout=3)
            return good, bad

    good, bad = asyncio.run(exchange())
    assert good["type"] == "ack" and good["session"] == "ws-1"
    assert bad["type"] == "error" and bad["field"] == "body"
    qtbot.waitUntil(lambda: app.desk.find("ws-1") is not None, timeout=3000)


def test_a_rotated_token_locks_out_the_old_one(app):
    old = keychain.api_token()
    app._on_settings_token_rotated(keychain.rotate_api_token())
    assert request(app, "GET", "/v1/ws", token=old)[0] == 401
    assert request(app, "POST", "/v1/sessions/a/end", None)[0] == 202


def test_clipboard_capture_takes_copied_text_but_not_our_own_inserts(qtbot, app):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copied before capture was on")
    assert app.controller.session.conversation.utterances == []  # off by default
    app.window.clip.click()
    assert app.clipboard.enabled and Settings()["clipboard_capture"] is True
    # The offscreen test platform has one clipboard and never reports it as owned by another
    # app, so a text set here stands for one the agent copied in the CRM.
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        clipboard.setText("The bill is too expensive")
    assert [u.text for u in app.controller.session.conversation.utterances] == ["The bill is too expensive"]
    [card] = app.window.cards.cards
    qtbot.mouseClick(card.insert_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == card.suggestion.text
    assert len(app.controller.session.conversation.utterances) == 1  # our own insert is not captured back


def test_a_huge_copied_text_becomes_one_line_of_the_first_20000_characters(qtbot, app):
    # A whole log file copied in another app while capture is on: it is cut to one line's limit before anything
    # reads it (cleaning ten megabytes first kept the panel frozen for seconds), control characters still dropped.
    app.window.clip.click()
    huge = "\x00Billing export " + "line of the log\r\n" * 600_000
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=10_000):
        QGuiApplication.clipboard().setText(huge)
    [line] = app.controller.session.conversation.utterances
    assert len(line.text) == 20_000 and line.text.startswith("Billing export line of the log\nline of the log")


def test_settings_show_the_token_and_a_new_one_locks_out_the_old(qtbot, app):
    from PySide6.QtWidgets import QLabel, QLineEdit

    from copilot.admin.qt.settings_dialog import SettingsDialog

    old = keychain.api_token()
    dialog = SettingsDialog(app.settings, app.api, app.window)
    qtbot.addWidget(dialog)
    dialog.token_rotated.connect(app._on_settings_token_rotated)
    field = dialog.findChild(QLineEdit, "apiToken")
    assert field.text() == old and field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.findChild(QLabel, "apiAddress").text() == f"http://127.0.0.1:{app.api.port}"
    dialog.rotate.click()
    new = keychain.api_token()
    assert new != old and field.text() == new
    assert request(app, "POST", "/v1/sessions/a/end", None, token=old)[0] == 401
    assert request(app, "POST", "/v1/sessions/a/end", None, token=new)[0] == 202
    dialog.hotkeys.setChecked(True)
    dialog._on_buttons_accepted()
    assert Settings()["global_hotkeys"] is True


def test_ended_conversations_do_not_pile_up_as_tabs(qtbot, app):
    for number in range(9):
        post_and_wait(qtbot, app, f"/v1/sessions/call-{number}/utterances", {"speaker": "customer", "text": "hi"})
        post_and_wait(qtbot, app, f"/v1/sessions/call-{number}/end", None)
    post_and_wait(qtbot, app, "/v1/sessions/call-live/utterances", {"speaker": "customer", "text": "hello"})
    labels = [app.controller.labels[s.id] for s in app.controller.sessions]
    assert len(labels) <= 7 and "call-live" in labels and "call-8" in labels and "call-0" not in labels
    assert set(app.desk.by_key) == set(labels) - {"Conversation"}


def test_a_taken_port_is_reported_and_the_panel_goes_on(qtbot, make_panel):
    import socket

    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    try:
        copilot = make_panel(settings={"api_port": blocker.getsockname()[1]})
        copilot.start_api(wait=False)  # as the running app does: the window keeps painting meanwhile
        qtbot.waitUntil(lambda: "Local API off" in copilot.window.notices.details, timeout=20_000)
        assert str(blocker.getsockname()[1]) in copilot.window.notices.details
        assert "the port is taken, most likely by Agent Copilot already running" in copilot.window.notices.details
        copilot.controller.add_utterance("customer", "still works by hand")
        assert copilot.controller.session.conversation.utterances[0].text == "still works by hand"
        make_panel.close(copilot)
    finally:
        blocker.close()


@pytest.fixture
def knowledge_panel(make_panel):
    """Opens the panel (after the test imported its articles) with a threshold small articles reach."""
    return lambda: make_panel(settings={"knowledge_threshold": 0.3})


def test_imported_knowledge_answers_in_the_panel(qtbot, tmp_path, capsys, knowledge_panel):
    from copilot.cli.main import main

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "refunds.md").write_text(
        "# Refunds\n\nA refund is paid to your bank account within five working days after the return.\n",
        encoding="utf-8")
    (articles / "broken.jsonl").write_text('{"id": 1\n', encoding="utf-8")
    assert main(["kb", "import", str(articles)]) == 0
    out, err = capsys.readouterr()
    assert "1 added" in out and "1 skipped" in out and "broken.jsonl:1" in err
    copilot = knowledge_panel()
    with qtbot.waitSignal(copilot.controller.suggestions_applied, timeout=3000):
        copilot.controller.add_utterance("customer", "When is the refund paid to my bank account?")
    knowledge = [c for c in copilot.window.cards.cards if c.suggestion.kind == "knowledge"]
    assert [c.suggestion.title for c in knowledge] == ["Refunds"]
    assert knowledge[0].source.text() == "Knowledge base"
    assert "five working days" in knowledge[0].suggestion.text


def test_articles_imported_from_the_window_answer_at_once(qtbot, tmp_path, knowledge_panel):
    from copilot.admin.qt.knowledge_import import KnowledgeImport

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "roaming.txt").write_text(
        "Roaming outside Europe\nA travel pack for roaming outside Europe costs five euro a day.\n", encoding="utf-8")
    copilot = knowledge_panel()
    importer = KnowledgeImport(copilot.window)
    importer.finished.connect(copilot._on_knowledge_imported)
    with qtbot.waitSignal(importer.finished, timeout=10_000) as done:
        importer.start(articles)
    assert done.args[0].added == 1
    assert "1 added" in importer.report.text()
    importer.report.close()
    with qtbot.waitSignal(copilot.controller.suggestions_applied, timeout=3000):
        copilot.controller.add_utterance("customer", "What does roaming cost outside Europe?")
    assert "knowledge" in [str(c.suggestion.kind) for c in copilot.window.cards.cards]


def test_a_knowledge_card_opens_its_whole_article(qtbot, tmp_path, knowledge_panel):
    from PySide6.QtWidgets import QPlainTextEdit

    from copilot.cli.main import main

    articles = tmp_path / "articles"
    articles.mkdir()
    body = "A refund is paid to your bank account within five working days.\n\nThe full refund policy follows."
    (articles / "refunds.md").write_text("# Refunds\n\n" + body + "\n", encoding="utf-8")
    assert main(["kb", "import", str(articles)]) == 0
    copilot = knowledge_panel()
    with qtbot.waitSignal(copilot.controller.suggestions_applied, timeout=3000):
        copilot.controller.add_utterance("customer", "When is the refund paid to my bank account?")
    [card] = [c for c in copilot.window.cards.cards if c.suggestion.kind == "knowledge"]
    assert card.article_button.isVisible()
    card.article_button.click()
    assert "The full refund policy follows." in copilot.article_dialog.findChild(
        QPlainTextEdit, "articleText").toPlainText()
    copilot.article_dialog.close()
    assert not any(c.article_button.isVisible() for c in copilot.window.cards.cards if c is not card)


def test_a_crm_hears_the_wrapup_drafted_when_the_call_ends_and_approved_when_the_agent_approves(qtbot, app):
    with EventListener(app.api.port) as listener:
        path = "/v1/sessions/crm-9/utterances"
        post_and_wait(qtbot, app, path, {"speaker": "customer", "text": "My internet is down since yesterday"})
        post_and_wait(qtbot, app, path, {"speaker": "agent", "text": "I have booked an engineer for tomorrow."})
        post_and_wait(qtbot, app, "/v1/sessions/crm-9/end", None)
        qtbot.waitUntil(lambda: any(e["type"] == "wrapup" for e in listener.events), timeout=3000)
        card = app.window.wrapup
        assert card.isVisible()
        card.editor.setFocus()
        qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: [e.get("status") for e in listener.events if e["type"] == "wrapup"]
                        == ["drafted", "approved"], timeout=3000)
    drafted, approved = [e for e in listener.events if e["type"] == "wrapup"]
    assert drafted["session"] == approved["session"] == "crm-9"
    assert drafted["dispositions"][0]["code"] == "technical_fault" and drafted["follow_ups"][0]["due"]
    assert approved["text"] == card.editor.toPlainText() == QGuiApplication.clipboard().text()
    assert approved["edit_distance"] == 0 and approved["after_call_ms"] >= 0


@pytest.mark.parametrize(("mark", "value"), [
    ("x-kde-passwordManagerHint", b"secret"),  # KeePassXC, Bitwarden and others on Linux
    ("org.nspasteboard.ConcealedType", b""),  # macOS password managers
    ("ExcludeClipboardContentFromMonitorProcessing", b"\x01"),  # Windows
    ("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00"),  # Windows: kept out of the clipboard history
])
def test_a_password_managers_copy_is_never_captured(qtbot, app, mark, value):
    """With capture on, a password copied from a password manager became a customer line: recorded in the session
    and sent on to the language model (a password looks like no personal data, so redaction left it). Password
    managers mark such a copy for clipboard watchers; the mark is honoured, and the next ordinary copy still counts."""
    from PySide6.QtCore import QMimeData

    app.window.clip.click()
    secret = QMimeData()
    secret.setText("Tr0ub4dor&3-horse-battery")
    secret.setData(mark, value)
    QGuiApplication.clipboard().setMimeData(secret)
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        QGuiApplication.clipboard().setText("The bill is too expensive")
    assert [u.text for u in app.controller.session.conversation.utterances] == ["The bill is too expensive"]
