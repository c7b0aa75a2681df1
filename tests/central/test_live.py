"""Supervisors' live view on a real PostgreSQL server: a desk's calls reach the supervisor service in order,
only the supervisor's teams are visible, notes go back to the desk, the server going away blocks nothing and
publishing resumes, and the redacted-only policy sends no personal data."""

from __future__ import annotations

import time

import keyring
import pytest

from copilot.central.connect import CentralConfig
from copilot.central.live import LivePublisher, SupervisorNote
from copilot.live.desk import Desk
from copilot.live.protocol import ContextMessage, EndMessage, UtteranceMessage
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook
from copilot.supervise.service import SupervisorService

SUPERVISOR_PASSWORD = "sup-secret-1"


def eventually(check, timeout: float = 15.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def run_jobs(desk, update):
    jobs = list(update.jobs)
    while jobs:
        result = desk.work(jobs.pop(0))
        jobs += result.jobs
        for conversation in result.gather:
            jobs += desk.next_job(conversation).jobs


def make_desk(playbook_file, *, agent="ann", team="blue"):
    engine = PlaybookEngine(load_playbook(playbook_file()))
    return Desk(lambda key, context, channel: Session(engine, context=context, channel=channel, external_id=key,
                                                      agent=agent, team=team))


def say(desk, call, speaker, text):
    run_jobs(desk, desk.receive(UtteranceMessage(call, speaker, text)))


def supervisor(central, name: str, *teams: str) -> CentralConfig:
    role = f"{central.desk}_{name}"
    url = central.login(role, "copilot_supervisor", SUPERVISOR_PASSWORD)
    with central.admin() as conn:
        for team in teams:
            conn.execute("INSERT INTO copilot.trainer_teams (member, team) VALUES (%s, %s)", [role, team])
    return CentralConfig(url, password=SUPERVISOR_PASSWORD)


@pytest.fixture
def desk_config(central):
    return CentralConfig(central.desk_url, password=central.DESK_PASSWORD)


@pytest.fixture
def closing():
    things = []
    yield things.append
    for thing in reversed(things):
        thing.close()


def test_a_desks_lines_and_cards_reach_the_supervisor_in_order(central, desk_config, playbook_file, closing):
    service = SupervisorService(supervisor(central, "sup", "blue")).start()
    closing(service)
    assert service.wait_connected(10), service.problem
    publisher = LivePublisher(desk_config).start()
    closing(publisher)
    desk = make_desk(playbook_file)
    desk.live = publisher
    said = [("customer", "Hello, this is far too expensive for me"), ("agent", "I hear you."),
            ("customer", "I want to speak to your manager now"), ("agent", "Let me see what I can do.")]
    for speaker, text in said:
        say(desk, "call-1", speaker, text)
    escalation = next(c for c in desk.shown.session.cards if c.entry_id == "escalation.human")
    desk.discard(escalation.id, "done")
    desk.receive(EndMessage("call-1"))

    call = eventually(lambda: next((c for c in service.snapshot() if c.ended), None), what="the call to end")
    assert [(line["speaker"], line["text"]) for line in call.lines] == said
    assert (call.agent, call.team) == ("ann", "blue")
    assert call.escalation_counts() == (1, 1)
    titles = {c["title"]: c["state"] for c in call.cards.values()}
    assert titles["Price"] == "expired" and titles["Person"] == "discarded"
    kinds = [item["type"] for item in call.feed]
    assert kinds.index("card") > 0 and kinds[0] == "line"  # the objection card came after the line that raised it
    assert [seq for _c, seq, *_ in service.received] == sorted(seq for _c, seq, *_ in service.received)


def test_a_supervisor_sees_only_the_calls_of_their_teams(central, desk_config, playbook_file, closing):
    blue_boss = SupervisorService(supervisor(central, "blue_boss", "blue")).start()
    closing(blue_boss)
    assert blue_boss.wait_connected(10), blue_boss.problem
    publisher = LivePublisher(desk_config).start()
    closing(publisher)
    blue, red = make_desk(playbook_file, team="blue"), make_desk(playbook_file, agent="rob", team="red")
    blue.live = red.live = publisher
    say(red, "red-call", "customer", "Red team secret line")
    say(blue, "blue-call", "customer", "Blue team line")
    assert publisher.wait_idle(10)

    eventually(lambda: any(c.lines for c in blue_boss.snapshot()), what="the blue call")
    time.sleep(0.3)  # the red call's notification has come and gone too
    assert [c.team for c in blue_boss.snapshot()] == ["blue"]
    red_id = red.find("red-call").id
    with central.admin() as admin:
        assert admin.execute("SELECT count(*) FROM copilot.live_events WHERE call_id = %s", [red_id]).fetchone()[0]
    import psycopg

    with psycopg.connect(blue_boss.config.url, password=SUPERVISOR_PASSWORD, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM copilot.live_events WHERE call_id = %s", [red_id]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM copilot.live_calls").fetchone()[0] == 1
    sent = []
    blue_boss.on_note_sent = lambda call_id, problem: sent.append((call_id, problem))
    blue_boss.send_note(red_id, "Psst", "Bea")
    eventually(lambda: sent, what="the note's answer")
    assert sent[0][1] is not None
    assert central.count_rows("live_notes") == 0


def test_a_note_reaches_the_desk_once_and_becomes_a_supervisor_card(central, desk_config, playbook_file, closing):
    notes: list[SupervisorNote] = []
    publisher = LivePublisher(desk_config, on_note=notes.append).start()
    closing(publisher)
    desk = make_desk(playbook_file)
    desk.live = publisher
    say(desk, "call-1", "customer", "Hello there")
    service = SupervisorService(supervisor(central, "sup", "blue")).start()
    closing(service)
    call = eventually(lambda: next(iter(service.snapshot()), None), what="the call")
    service.send_note(call.id, "Offer the loyalty discount", "Bea")

    note = eventually(lambda: notes and notes[0], what="the note")
    assert (note.call_id, note.text, note.author_name) == (call.id, "Offer the loyalty discount", "Bea")
    update = desk.receive_supervisor_note(note)
    [card] = [c for c in desk.shown.session.cards if c.engine == "supervisor"]
    assert card.source_label == "Supervisor · Bea" and str(card.kind) == "supervisor"
    assert card.id in {c.id for c in update.boards[call.id].cards}
    for n in range(8):  # it does not age off the board like a playbook card
        say(desk, "call-1", "customer", f"Line {n}")
    assert card in desk.shown.session.cards
    time.sleep(0.3)
    assert len(notes) == 1  # delivered once
    with central.admin() as admin:
        assert admin.execute("SELECT delivered_at IS NOT NULL FROM copilot.live_notes").fetchone()[0]


def test_the_server_going_away_blocks_nothing_and_publishing_resumes(central, desk_config, playbook_file,
                                                                      pg_cluster, closing):
    publisher = LivePublisher(desk_config).start()
    closing(publisher)
    assert publisher.wait_connected(10)
    desk = make_desk(playbook_file)
    desk.live = publisher
    say(desk, "call-1", "customer", "Before the outage")
    assert publisher.wait_idle(10)
    pg_cluster.stop("immediate")
    try:
        started = time.perf_counter()
        for n in range(50):
            say(desk, "call-1", "customer", f"During the outage {n}")
        assert time.perf_counter() - started < 2.0  # a connect timeout alone would be 5 s
        eventually(lambda: publisher.problem, what="the publisher to notice")
    finally:
        pg_cluster.start()
    say(desk, "call-1", "customer", "After the outage")
    assert publisher.wait_idle(40)
    with central.admin() as admin:
        texts = [r[0] for r in admin.execute(
            "SELECT data->>'text' FROM copilot.live_events WHERE kind = 'line' ORDER BY seq")]
    assert texts == ["Before the outage", *(f"During the outage {n}" for n in range(50)), "After the outage"]
    assert publisher.problem is None and publisher.dropped == 0


def test_a_full_queue_drops_the_oldest_and_counts_them(desk_config):
    publisher = LivePublisher(CentralConfig("postgresql://nobody@127.0.0.1:1/none"), queue_max=10)
    publisher.call_started("c", agent="a", team="t", channel=None, started_at=0.0)
    for n in range(25):
        publisher.publish("c", "line", {"text": str(n)})
    assert publisher.dropped == 16 and [e.data.get("text") for e in publisher._queue][-1] == "24"
    publisher.close()


def test_redacted_only_publishes_no_personal_data(central, playbook_file, closing):
    config = CentralConfig(central.desk_url, redacted_only=True, password=central.DESK_PASSWORD)
    publisher = LivePublisher(config).start()
    closing(publisher)
    desk = make_desk(playbook_file)
    desk.live = publisher
    desk.receive(ContextMessage("call-1", {"customer": {"first_name": "Marieke", "last_name": "Jansen",
                                                        "email": "marieke.jansen@example.nl"}}))
    say(desk, "call-1", "customer", "Hi, this is Marieke Jansen, my e-mail is marieke.jansen@example.nl")
    say(desk, "call-1", "agent", "Thanks Marieke, and your phone number?")
    say(desk, "call-1", "customer", "It is 06 12345678")
    assert publisher.wait_idle(10)
    with central.admin() as admin:
        published = " ".join(str(r[0]) for r in admin.execute("SELECT data FROM copilot.live_events"))
        calls = " ".join(str(r) for r in admin.execute("SELECT * FROM copilot.live_calls"))
    for personal in ("Marieke", "Jansen", "example.nl", "12345678"):
        assert personal not in published and personal not in calls
    assert "[" in published  # placeholders where the values were


@pytest.mark.slow
def test_the_panel_shows_a_supervisors_note_as_its_card_and_records_it(central, make_panel, qtbot, closing):
    keyring.set_password("AgentCopilot", "central-password", central.DESK_PASSWORD)
    app = make_panel(settings={"central_url": central.desk_url, "team": "blue", "agent_name": "ann"})
    assert app.live is not None and app.live.wait_connected(10), app.live and app.live.problem
    app.controller.add_utterance("customer", "My bill is wrong again")
    service = SupervisorService(supervisor(central, "sup", "blue")).start()
    closing(service)
    call = eventually(lambda: next(iter(service.snapshot()), None), what="the call")

    service.send_note(call.id, "Check the March invoice first", "Bea")

    def shown():
        return [c for c in app.window.cards.cards if c.suggestion.engine == "supervisor"]

    qtbot.waitUntil(lambda: bool(shown()), timeout=15000)
    [card] = shown()
    assert card.source.text() == "Supervisor · Bea" and card.kind.text() == "Supervisor"
    assert card.text_label.text() == "Check the March invoice first"
    with qtbot.waitSignal(app.controller.decision_recorded, timeout=5000):
        card.insert_button.click()
    app.recorder.flush()
    from copilot.config import paths
    from copilot.record.storage import Store

    with Store(paths.database_path()) as store:
        engine, title = store.db.execute("SELECT engine, title FROM suggestions WHERE engine = 'supervisor'").fetchone()
        action = store.db.execute("SELECT action FROM decisions d JOIN suggestions s ON s.id = d.suggestion_id "
                                  "WHERE s.engine = 'supervisor'").fetchone()[0]
    assert (engine, title, action) == ("supervisor", "Note from your supervisor", "inserted")
