"""Held-back AI drafts through the real path: a local server speaking the OpenAI protocol streams good and bad
drafts to the real SDK, engine, desk and panel; the bad ones never become cards, the recorder writes them with
their reasons to a real SQLite file, and the replay shows each as "Held back: <reason>" at its moment.
"""

from __future__ import annotations

import json
import time

import pytest
from fake_openai import Script, serve
from guard_cases import COMPANY_IBAN, PASSAGES

from copilot.coaching.qt.replay_window import ReplayWindow
from copilot.coaching.service import CoachingService
from copilot.engines.generative import GenerativeClient, GenerativeConfig, GenerativeEngine
from copilot.live.desk import Desk
from copilot.live.protocol import ContextMessage, UtteranceMessage
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import parse_playbook
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store
from copilot.shell import theme

BOOK = parse_playbook({"playbook": {}, "entry": [
    {"id": "reply.sorry", "kind": "reply", "title": {"nl": "Sorry"}, "text": {"nl": "Vervelend, ik help u."},
     "triggers": {"nl": ["valt weg"]}}]})
CONTEXT = {"customer": {"id": "C-1001", "first_name": "Sanne", "last_name": "de Vries", "plan": "Fiber 500"}}
KNOWLEDGE = [p for p in PASSAGES if p.id in ("kb:install-nl", "kb:payment", "kb:prijzen")]

GOOD = [
    ("reply", "Vervelend dat uw internet steeds wegvalt, ik kijk direct met u mee.", []),
    ("knowledge", "De installatie door een monteur is gratis bij uw nieuwe abonnement.", ["kb:install-nl"]),
    ("reply", f"U kunt overmaken naar {COMPANY_IBAN}, of een afspraak plannen via mijn.nordlicht.nl.", ["kb:payment"]),
]
BAD = [  # (text, the reason a trainer reads)
    ("Omdat u zo lang klant bent, krijgt u vijftig procent korting.", "discount above 10%"),
    ("Activeer uw korting via bit.ly/nordlicht-actie.", "link to a domain that is not allowed"),
    ("Wilt u de sms-code die u net kreeg aan mij voorlezen?", "asks for a password or code"),
    ("Maak het bedrag over naar NL91 ABNA 0417 1643 00, ons nieuwe rekeningnummer.",
     "bank account not in the knowledge base"),
    ("Thank you for your patience, I will check your connection right away.", "not in the customer's language"),
    ("Ik stuur de bevestiging naar [EMAIL_7].", "placeholder the conversation never issued"),
    ("Houd toch eens uw mond, sukkel.", "abusive language"),
]


def drafts() -> str:
    """Bad and good drafts interleaved, each on its own line, as a model streams them."""
    lines = [{"kind": "reply", "text": text, "rationale": "Helps", "passage_ids": []} for text, _ in BAD[:4]]
    lines += [{"kind": kind, "text": text, "rationale": "Helps", "passage_ids": ids} for kind, text, ids in GOOD]
    lines += [{"kind": "reply", "text": text, "rationale": "Helps", "passage_ids": []} for text, _ in BAD[4:]]
    order = [lines[0], lines[4], lines[1], lines[2], lines[5], lines[3], lines[7], lines[6], lines[8], lines[9]]
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in order)


@pytest.fixture
def fake():
    yield from serve()


@pytest.fixture
def desk(tmp_path, fake):
    client = GenerativeClient(GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=2.0, max_retries=0,
                                               allowed_domains=("nordlicht.nl",)))
    recorder = BackgroundRecorder(tmp_path / "copilot.db")
    playbook = PlaybookEngine(BOOK)
    desk = Desk(lambda key, context, channel: Session(playbook, recorder, context=context, channel=channel,
                                                      external_id=key),
                ai=GenerativeEngine(client, knowledge=lambda conversation, utterance: KNOWLEDGE), ai_debounce_s=0)
    yield desk, recorder, tmp_path / "copilot.db"
    recorder.close()
    client.close()


def ask(desk: Desk, text: str):
    """A customer line from a live source, and the AI request it starts, run as the panel's AI thread runs it."""
    update = desk.receive(UtteranceMessage("chat-1", "customer", text, lang="nl"))
    [request] = update.ai
    return list(desk.ai_updates(request))


def test_bad_drafts_never_become_cards_and_are_recorded_with_their_reasons(desk, fake):
    desk, recorder, path = desk
    desk.receive(ContextMessage("chat-1", CONTEXT))
    fake.script(Script(reply=drafts()))
    updates = ask(desk, "Hoi, met Sanne. Mijn internet valt steeds weg, kunnen jullie iets doen?")
    conversation = desk.find("chat-1")
    shown = [card.text for card in conversation.session.cards if card.ai_generated]
    assert sorted(shown) == sorted(text for _, text, _ in GOOD)
    boards = [card.text for update in updates for board in update.boards.values() for card in board.cards]
    assert not any(bad in text for bad, _ in BAD for text in boards)  # not even for a moment
    desk.end(conversation.id)
    assert recorder.flush()
    with Store(path) as store:
        record = load_record(store.db.conn, conversation.id)
        shown_rows = [row["text"] for row in store.rows("suggestions") if row["ai_generated"]]
    assert sorted(shown_rows) == sorted(text for _, text, _ in GOOD)  # the record of shown cards: good ones only
    assert [(h.text, h.reason) for h in record.held] == BAD  # in the order the model wrote them
    assert all(h.utterance_idx == 0 and h.kind == "reply" and h.offset >= 0 for h in record.held)
    assert not set(h.id for h in record.held) & set(record.cards)  # never a card, not even an unshown one


def test_a_held_draft_reads_with_the_real_values_and_the_unknown_placeholder_stays_visible(desk, fake):
    desk, recorder, path = desk
    fake.script(Script(reply=json.dumps({"kind": "reply", "text": "Dag [NAME_1], ik mail [EMAIL_1] en [EMAIL_9].",
                                         "rationale": "", "passage_ids": []}) + "\n"))
    desk.receive(ContextMessage("chat-1", CONTEXT))
    ask(desk, "Met Sanne de Vries, mail me op sanne@example.nl, mijn internet valt weg.")
    conversation = desk.find("chat-1")
    assert not [card for card in conversation.session.cards if card.ai_generated]
    assert recorder.flush()
    with Store(path) as store:
        [held] = load_record(store.db.conn, conversation.id).held
    assert held.reason == "placeholder the conversation never issued"
    assert held.text == "Dag Sanne de Vries, ik mail sanne@example.nl en [EMAIL_9]."


@pytest.fixture
def replay(qtbot, desk, fake):
    desk, recorder, path = desk
    fake.script(Script(reply=drafts()))
    started = time.time()
    ask(desk, "Mijn internet valt steeds weg, kunnen jullie iets doen?")
    conversation = desk.find("chat-1")
    desk.end(conversation.id)
    assert recorder.flush()
    window = ReplayWindow(CoachingService(path), theme.tokens("light"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.load(conversation.id)
    assert window.record is not None and window.record.started_at >= started - 1
    return window


def test_the_replay_shows_each_held_draft_at_its_moment_and_never_as_a_card(replay):
    record = replay.record
    replay.seek(0.0)
    first = min(h.offset for h in record.held)
    if first > 0:  # before the model answered: nothing held yet
        replay.seek(first / 2)
        assert replay.held.lines() == ["None so far."]
    replay.seek(record.duration)
    lines = replay.held.lines()
    assert replay.held.isVisible() and len(lines) == len(BAD)
    for text, reason in BAD:
        assert any(line.endswith(f"Held back: {reason}\n\u201c{text}\u201d") for line in lines)
    on_board = [widget.suggestion.text for widget in replay.cards.cards]
    assert not any(text in on_board for text, _ in BAD)
    marks = [e for e in replay.timeline.events if e.kind == "held"]
    assert len(marks) == len(BAD) and all(e.label.startswith("Held back: ") for e in marks)
    replay.held.list.itemClicked.emit(replay.held.list.item(len(lines) - 1))  # the oldest: back to its moment
    assert replay.position == pytest.approx(first)


def test_a_session_that_held_nothing_back_shows_no_held_list(qtbot, desk, fake):
    desk, recorder, path = desk
    fake.script(Script(reply=json.dumps({"kind": "reply", "text": GOOD[0][1], "rationale": "", "passage_ids": []})
                       + "\n"))
    ask(desk, "Mijn internet valt steeds weg, kunnen jullie iets doen?")
    conversation = desk.find("chat-1")
    desk.end(conversation.id)
    assert recorder.flush()
    window = ReplayWindow(CoachingService(path), theme.tokens("light"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.load(conversation.id)
    assert not window.held.isVisible() and window.record.held == []


def test_the_real_panel_shows_only_the_good_drafts_and_the_library_keeps_the_rest(qtbot, tmp_path, fake):
    from copilot.app import CopilotApp
    from copilot.cli.main import build_parser
    from copilot.config import paths
    from copilot.config.settings import Settings

    settings = Settings()
    settings.values.update(ai_enabled=True, ai_base_url=fake.base_url, ai_model="fake-model", ai_timeout=2.0,
                           ai_allowed_domains=["nordlicht.nl"])
    app = CopilotApp(build_parser().parse_args([]), settings)
    qtbot.addWidget(app.window)
    app.window.show()
    try:
        good = [GOOD[0][1], "U kunt ook zelf een afspraak plannen via mijn.nordlicht.nl/afspraak."]  # no KB here
        lines = [{"kind": "reply", "text": text, "rationale": "Helps", "passage_ids": []}
                 for text in [BAD[0][0], good[0], *(text for text, _ in BAD[1:]), good[1]]]
        fake.script(Script(reply="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)))
        app.controller.add_utterance("customer", "Mijn internet valt steeds weg, kunnen jullie daar iets aan doen?")
        qtbot.waitUntil(lambda: sum(c.suggestion.ai_generated for c in app.window.cards.cards) == 2, timeout=5000)
        drafts_shown = [c.suggestion.text for c in app.window.cards.cards if c.suggestion.ai_generated]
        assert sorted(drafts_shown) == sorted(good)  # the last line of the stream came after every bad one
        assert app.recorder is not None and app.recorder.flush()
        with Store(paths.database_path()) as store:
            record = load_record(store.db.conn, app.controller.session.id)
        assert [(h.text, h.reason) for h in record.held] == BAD
    finally:
        app.close()
