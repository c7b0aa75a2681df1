"""AI drafts in the real panel, from a local server speaking the OpenAI protocol to the real SDK."""

from __future__ import annotations

import json

import pytest
from fake_openai import Script

from copilot.config.settings import Settings

# The drafts' own book: one test finds this card's text in what is sent to the model.
PLAYBOOK = '''
[playbook]
name = "AI test book"
[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand the price matters."
triggers.en = ["too expensive"]
'''


def drafts_on(fake) -> dict:
    """Settings that turn AI drafts on against the fake model server."""
    return {"ai_enabled": True, "ai_base_url": fake.base_url, "ai_model": "fake-model", "ai_timeout": 2.0}


@pytest.fixture
def panel(fake, playbook_file, make_panel):  # the fake first: the panel closes before its server stops
    return make_panel("--playbook", playbook_file(PLAYBOOK), settings=drafts_on(fake))


def reply(*texts: str) -> str:
    return "".join(json.dumps({"kind": "reply", "text": t, "rationale": "Answers the question",
                               "passage_ids": []}) + "\n" for t in texts)


def test_the_playbook_card_comes_first_and_the_ai_draft_joins_labelled(qtbot, panel, fake):
    fake.script(Script(reply("I can look at a cheaper plan for you right now."), ttft=0.3))
    with qtbot.waitSignal(panel.controller.suggestions_applied, timeout=3000):
        panel.controller.add_utterance("customer", "This is too expensive for me")
    assert [c.suggestion.engine for c in panel.window.cards.cards] == ["playbook"]  # did not wait for the model
    qtbot.waitUntil(lambda: len(panel.window.cards.cards) == 2, timeout=5000)
    playbook, ai = panel.window.cards.cards
    assert playbook.suggestion.entry_id == "objection.price"
    assert ai.suggestion.ai_generated and ai.source.text() == "AI draft"
    assert ai.suggestion.text == "I can look at a cheaper plan for you right now."
    [request] = fake.requests
    assert "too expensive" in request.text()


def test_a_failing_model_leaves_a_calm_status_and_the_playbook_working(qtbot, panel, fake):
    fake.script(Script.server_error(), Script.server_error())  # the first try and the SDK's one retry
    panel.controller.add_utterance("customer", "This is too expensive for me")
    qtbot.waitUntil(lambda: "AI unavailable" in panel.window.stats.text(), timeout=5000)
    assert [c.suggestion.engine for c in panel.window.cards.cards] == ["playbook"]
    fake.script(Script(reply("Shall I check your usage?")))
    panel.controller.add_utterance("customer", "Still too expensive, honestly")
    qtbot.waitUntil(lambda: "AI unavailable" not in panel.window.stats.text(), timeout=5000)
    assert any(c.suggestion.ai_generated for c in panel.window.cards.cards)


def test_a_newer_customer_line_supersedes_the_draft_in_flight(qtbot, panel, fake):
    fake.script(Script(reply("An answer to the old line."), ttft=1.0),
                Script(reply("An answer to the new line.")))
    panel.controller.add_utterance("customer", "What about my old invoice?")
    qtbot.wait(200)
    panel.controller.add_utterance("customer", "Actually, what about roaming?")
    qtbot.waitUntil(lambda: any(c.suggestion.ai_generated for c in panel.window.cards.cards), timeout=5000)
    qtbot.wait(1200)
    drafts = [c.suggestion.text for c in panel.window.cards.cards if c.suggestion.ai_generated]
    assert drafts == ["An answer to the new line."]


def test_a_burst_of_lines_asks_the_model_once_after_the_pause_and_a_lone_line_at_once(qtbot, panel, fake):
    fake.default = Script(reply("A draft."))
    lines = ["Hi", "my internet is down", "since this morning", "and I work from home"]
    panel.controller.add_utterance("customer", lines[0])
    qtbot.waitUntil(lambda: len(fake.requests) == 1, timeout=3000)  # after quiet: asked at once
    for line in lines[1:]:
        qtbot.wait(60)
        panel.controller.add_utterance("customer", line)
    qtbot.wait(150)
    assert len(fake.requests) == 1  # the burst is still going on: nothing asked yet
    qtbot.waitUntil(lambda: len(fake.requests) == 2, timeout=3000)
    qtbot.wait(500)
    assert len(fake.requests) == 2  # one request for the whole burst, about its newest line
    assert lines[-1] in fake.requests[1].text()
    assert fake.requests[1].received_at - fake.requests[0].received_at >= panel.desk.ai_debounce_s


def test_a_remote_endpoint_is_refused_in_local_only_mode(make_panel):
    app = make_panel(settings={"ai_enabled": True, "ai_base_url": "https://api.example.invalid/v1", "ai_model": "m"},
                     show=False)
    assert app.ai is None
    assert any(n.startswith("AI drafts off") for n in app.notices)


def test_the_key_goes_to_the_keychain_and_the_connection_test_answers(fake, monkeypatch, capsys):
    import io

    import keyring

    from copilot.cli.main import main
    from copilot.config import keychain, paths

    monkeypatch.setattr("sys.stdin", io.StringIO("sk-test-1234567890\n"))
    assert main(["ai", "set-key"]) == 0
    assert keyring.get_password(keychain.SERVICE, keychain.MODEL_KEY) == "sk-test-1234567890"
    Settings().set("ai_base_url", fake.base_url)
    Settings().set("ai_model", "fake-model")
    fake.script(Script("Hello there."))
    assert main(["ai", "test"]) == 0
    assert "fake-model answered in" in capsys.readouterr().out
    stored = [p.read_bytes() for p in paths.data_dir().rglob("*") if p.is_file()]
    assert not any(b"sk-test-1234567890" in data for data in stored)  # only the keychain holds it
    assert main(["ai", "delete-key"]) == 0
    assert keyring.get_password(keychain.SERVICE, keychain.MODEL_KEY) is None


def test_a_connection_test_against_nothing_says_why(capsys):
    from copilot.cli.main import main

    Settings().set("ai_base_url", "http://127.0.0.1:9/v1")
    Settings().set("ai_model", "m")
    assert main(["ai", "test"]) == 1
    assert "AI unavailable" in capsys.readouterr().err


def test_drafts_are_grounded_in_knowledge_and_the_playbook_advice(qtbot, tmp_path, fake, playbook_file, make_panel):
    from copilot.cli.main import main

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "price.md").write_text("# Price promise\n\nWe match any cheaper offer for the same speed.\n",
                                       encoding="utf-8")
    assert main(["kb", "import", str(articles)]) == 0
    app = make_panel("--playbook", playbook_file(PLAYBOOK), settings=drafts_on(fake), show=False)
    fake.script(Script(reply("We can match that cheaper offer.")))
    app.controller.add_utterance("customer", "A cheaper offer for the same speed is too expensive to ignore")
    qtbot.waitUntil(lambda: any(c.suggestion.ai_generated for c in app.window.cards.cards), timeout=5000)
    sent = fake.requests[0].text()
    assert "We match any cheaper offer" in sent  # the knowledge passage
    assert "I understand the price matters." in sent  # the playbook's advice on screen


def test_the_settings_store_the_key_in_the_keychain_and_test_the_endpoint(qtbot, fake):
    import keyring

    from copilot.admin.qt.ai_settings import AiSettings
    from copilot.config import keychain

    form = AiSettings(Settings())
    qtbot.addWidget(form)
    form.key.setText("sk-live-abcdef")
    [store] = [b for b in form.findChildren(type(form.test_button)) if b.text() == "Store key"]
    store.click()
    assert keyring.get_password(keychain.SERVICE, keychain.MODEL_KEY) == "sk-live-abcdef"
    assert form.key.text() == "" and "stored" in form.key.placeholderText()  # never shown back
    form.base_url.setText(fake.base_url)
    form.model.setText("fake-model")
    fake.script(Script("Ready."))
    form.test_button.click()
    qtbot.waitUntil(lambda: "answered in" in form.result.text(), timeout=5000)
    form.enabled.setChecked(True)
    form.save()
    assert Settings()["ai_enabled"] is True and Settings()["ai_base_url"] == fake.base_url


def test_the_settings_connect_to_azure_openai_with_a_deployment_and_api_version(qtbot, fake):
    import keyring

    from copilot.admin.qt.ai_settings import AiSettings
    from copilot.config import keychain

    keyring.set_password(keychain.SERVICE, keychain.MODEL_KEY, "azure-key")
    form = AiSettings(Settings())
    qtbot.addWidget(form)
    form.show()
    assert not form.api_version.isVisible()  # only Azure asks for one
    form.provider.setCurrentIndex(form.provider.findData("azure"))
    assert form.api_version.isVisible() and form.model.placeholderText() == "deployment name"
    form.base_url.setText(f"http://127.0.0.1:{fake.port}")
    form.model.setText("drafts")
    form.api_version.setText("2025-01-01-preview")
    fake.script(Script("Ready."))
    form.test_button.click()
    qtbot.waitUntil(lambda: "answered in" in form.result.text(), timeout=5000)
    assert fake.requests[0].path == "/openai/deployments/drafts/chat/completions"
    assert fake.requests[0].query["api-version"] == "2025-01-01-preview"
    form.save()
    saved = Settings()
    names = ("ai_provider", "ai_model", "ai_api_version")
    assert [saved[n] for n in names] == ["azure", "drafts", "2025-01-01-preview"]


def test_the_audit_view_shows_what_was_sent_with_personal_data_replaced(qtbot, panel, fake):
    from PySide6.QtWidgets import QPlainTextEdit

    fake.script(Script(reply("I have noted your new address.")))
    panel.controller.add_utterance("customer", "Mail the contract to anna.devries@example.com, too expensive")
    qtbot.waitUntil(lambda: any(c.suggestion.ai_generated for c in panel.window.cards.cards), timeout=5000)
    assert panel.window.audit_button.isVisible()
    panel.window.audit_button.click()
    text = panel.audit_dialog.findChild(QPlainTextEdit, "auditText").toPlainText()
    assert "[EMAIL_1]" in text and "anna.devries@example.com" not in text
    assert "anna.devries@example.com" not in fake.requests[0].text()
    panel.audit_dialog.close()


def test_token_use_is_shown_and_kept_with_the_session(qtbot, panel, fake):
    from copilot.config import paths
    from copilot.record.storage import Store

    fake.script(Script(reply("Shall I look at your plan?"), prompt_tokens=120, completion_tokens=30))
    panel.controller.add_utterance("customer", "This is too expensive for me")
    qtbot.waitUntil(lambda: "AI 150 tokens" in panel.window.stats.text(), timeout=5000)
    assert panel.recorder.flush()
    store = Store(paths.database_path())
    try:
        assert [s["ai_tokens"] for s in store.rows("sessions") if s["id"] == panel.controller.session.id] == [150]
    finally:
        store.close()


@pytest.mark.parametrize("channel", ["phone", "email"])
def test_drafts_take_the_form_of_the_conversation_s_channel(qtbot, panel, fake, channel):
    panel.controller.bind(panel.new_session({}, "live", channel=channel, external_id="c-1"))
    fake.script(Script(reply("Thank you for your patience.")))
    panel.controller.add_utterance("customer", "This is too expensive for me")
    qtbot.waitUntil(lambda: any(c.suggestion.ai_generated for c in panel.window.cards.cards), timeout=5000)
    assert f"Channel: {channel}." in fake.requests[0].text()


def _echo_placeholders(body: dict) -> str:
    """A model that repeats every placeholder it was sent: the way a draft would carry a value back."""
    import re

    sent = " ".join(str(m.get("content", "")) for m in body["messages"])
    found = sorted(set(re.findall(r"\[[A-Z_]+_[0-9]+\]", sent)))
    return reply(f"I'll confirm it to {' and '.join(found) or 'you'} straight away.")


@pytest.mark.slow
def test_fifty_calls_in_a_row_never_show_another_customers_data(qtbot, fake, playbook_file, make_panel):
    """Vaults were once keyed by id(conversation), which CPython reuses: a draft showed the previous caller's
    e-mail. Fifty calls through the real API and panel, the model echoing placeholders, some customers typing
    placeholder-shaped text: every draft carries only its own customer's values."""
    import http.client

    from copilot.config import keychain, paths
    from copilot.record.storage import Store

    app = make_panel("--playbook", playbook_file(PLAYBOOK), settings=drafts_on(fake), api=True)
    fake.default = Script(respond=_echo_placeholders)

    def post(path: str, body: dict | None) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", app.api.port, timeout=5)
        connection.request("POST", path, body=json.dumps(body) if body is not None else None,
                           headers={"Authorization": f"Bearer {keychain.api_token()}",
                                    "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        connection.close()
        assert response.status == 202

    def drafted(key: str) -> bool:
        conversation = app.desk.find(key)
        return conversation is not None and any(card.ai_generated for card in conversation.session.cards)

    for number in range(50):
        key = f"call-{number}"
        typed = " My old address was [EMAIL_1]." if number % 3 == 0 else ""
        post(f"/v1/sessions/{key}/context", {"customer": {"first_name": f"Klant{number}"}})
        text = f"Please mail klant{number}@example.com, too expensive.{typed}"
        post(f"/v1/sessions/{key}/utterances", {"speaker": "customer", "text": text})
        qtbot.waitUntil(lambda key=key: drafted(key), timeout=5000)
        post(f"/v1/sessions/{key}/end", None)
    assert app.recorder.flush()
    with Store(paths.database_path()) as store:
        sessions = {row["id"]: row["external_id"] for row in store.rows("sessions")}
        drafts = [(sessions[row["session_id"]], row["text"]) for row in store.rows("suggestions")
                  if row["ai_generated"]]
    assert len({key for key, _ in drafts}) == 50
    for key, text in drafts:
        number = int(key.removeprefix("call-"))
        assert f"klant{number}@example.com" in text, (key, text)
        others = [n for n in range(50) if n != number and f"klant{n}@example.com" in text]
        assert others == [], (key, text)
        # What a customer typed in the shape of a placeholder comes back as typed, never as a value.
        assert ("[EMAIL_1]" in text) == (number % 3 == 0), (key, text)
