"""The live wrap-up through the desk: drafted locally the moment a call ends, replaced by the model's version
(redacted on the way out, labelled AI) unless the agent already edited it, and the local one kept with the
reason when the model fails. Real SDK, real HTTP to the fake OpenAI server, real SQLite."""

from __future__ import annotations

import json

import pytest
from fake_openai import Script, serve

from copilot.engines.generative import GenerativeClient, GenerativeConfig, GenerativeEngine
from copilot.live.desk import Desk
from copilot.live.protocol import ContextMessage, EndMessage, UtteranceMessage
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store
from copilot.wrapup import DispositionIndex, load_dispositions

BOOK = parse_playbook({"playbook": {}, "entry": [
    {"id": "reply.sorry", "kind": "reply", "title": {"nl": "Sorry"}, "text": {"nl": "Vervelend, ik help u."},
     "triggers": {"nl": ["ligt eruit"]}}]})
CONTEXT = {"customer": {"id": "C-1001", "first_name": "Sanne", "last_name": "de Vries"}}
CALL = [("customer", "Hallo, met Sanne de Vries. Mijn internet ligt er al sinds gisteren uit."),
        ("agent", "Vervelend Sanne. Ik heb uw verbinding op afstand opnieuw ingesteld."),
        ("customer", "Het werkt nog steeds niet, bel me op 06 12345678."),
        ("agent", "Ik heb een monteur ingepland voor morgen tussen 8 en 12 uur.")]
AI_NOTE = {"reason": "[NAME_1] heeft sinds gisteren geen internet.",
           "actions": ["Verbinding op afstand opnieuw ingesteld."],
           "follow_ups": [{"text": "Monteur komt morgen tussen 8 en 12 uur.", "due": None}]}


@pytest.fixture
def fake():
    yield from serve()


@pytest.fixture
def desk(tmp_path, fake):
    client = GenerativeClient(GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=1.0, max_retries=0))
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    playbook = PlaybookEngine(BOOK)
    made = Desk(lambda key, context, channel: Session(playbook, recorder, context=context, channel=channel,
                                                      external_id=key),
                ai=GenerativeEngine(client), ai_debounce_s=0, dispositions=DispositionIndex(load_dispositions()))
    yield made, recorder, tmp_path / "copilot.db"
    recorder.close()
    client.close()


def call(desk: Desk):
    desk.receive(ContextMessage(session="call-1", context=CONTEXT))
    for speaker, text in CALL:
        desk.receive(UtteranceMessage(session="call-1", speaker=speaker, text=text))
    conversation = desk.find("call-1")
    for request in list(filter(None, [conversation.ai])):
        request.cancel()  # the cards' AI requests are not what these tests are about
    return conversation, desk.receive(EndMessage(session="call-1"))


def stored(recorder, path, conversation):
    assert recorder.flush()
    with Store(path) as store:
        return load_record(store.db.conn, conversation.id).wrapup


def test_the_models_wrapup_replaces_the_local_draft_redacted_out_and_labelled_ai(desk, fake):
    desk, recorder, path = desk
    conversation, ended = call(desk)
    local = conversation.wrapup.draft
    assert local.drafted_by == "local" and ended.wrapup_ai == [conversation]
    assert [e["status"] for e in ended.events if e["type"] == "wrapup"] == ["drafted"]
    fake.script(Script(reply=json.dumps(AI_NOTE)))
    update = desk.ai_wrapup(conversation)
    draft = conversation.wrapup.draft
    assert update.wrapups == [conversation] and draft.drafted_by == "ai"
    assert draft.reason == "Sanne de Vries heeft sinds gisteren geen internet."
    assert draft.dispositions == local.dispositions  # the codes stay the measured ones
    sent = fake.requests[-1].text()
    assert "Sanne" not in sent and "12345678" not in sent
    assert stored(recorder, path, conversation).drafted_by == "ai"


def test_a_late_model_draft_never_overwrites_what_the_agent_is_editing(desk, fake):
    desk, recorder, path = desk
    conversation, _ = call(desk)
    desk.wrapup_edited(conversation.id, "Mijn eigen notitie")
    fake.script(Script(reply=json.dumps(AI_NOTE)))
    assert desk.ai_wrapup(conversation).wrapups == []
    assert conversation.wrapup.draft.drafted_by == "local"
    update = desk.approve_wrapup(conversation.id, "Mijn eigen notitie", ["technical_fault"])
    event = [e for e in update.events if e["type"] == "wrapup"][0]
    assert event["status"] == "approved" and event["text"] == "Mijn eigen notitie"
    assert [d["code"] for d in event["dispositions"]] == ["technical_fault"]
    record = stored(recorder, path, conversation)
    assert record.final_text == "Mijn eigen notitie" and record.drafted_by == "local"


@pytest.mark.parametrize(("script", "reason"), [
    (Script(hang=3.0), "did not answer in time"),
    (Script(reply="Here is the wrap-up: no internet."), "not in the expected format"),
])
def test_a_failing_model_leaves_the_local_draft_with_the_reason(desk, fake, script, reason):
    desk, recorder, path = desk
    conversation, _ = call(desk)
    fake.script(script)
    desk.ai_wrapup(conversation)
    draft = conversation.wrapup.draft
    assert draft.drafted_by == "local" and reason in (draft.fallback_reason or "")
    assert reason in (stored(recorder, path, conversation).note or "")
