"""The supervisor's window with real widgets on a real PostgreSQL server: the team's live calls listed, a call
followed as it happens, an unhandled escalation raising an alert, and a note reaching the agent's desk."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt

from copilot.central.connect import CentralConfig
from copilot.central.live import LivePublisher
from copilot.live.desk import Desk
from copilot.live.protocol import UtteranceMessage
from copilot.live.session import Session
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import load_playbook
from copilot.shell import theme
from copilot.supervise.calls import AlertRules
from copilot.supervise.qt.window import SuperviseWindow
from copilot.supervise.service import SupervisorService


def _say(desk, call, speaker, text):
    jobs = list(desk.receive(UtteranceMessage(call, speaker, text)).jobs)
    while jobs:
        result = desk.work(jobs.pop(0))
        jobs += result.jobs
        for conversation in result.gather:
            jobs += desk.next_job(conversation).jobs


@contextmanager
def _supervised_desk(central, playbook_file, qtbot, *, role, password, agent, on_note=None):
    """A desk publishing its calls live as ``agent``, and a supervisor's window following them; closed after."""
    url = central.login(role, "copilot_supervisor", password)
    with central.admin() as conn:
        conn.execute("INSERT INTO copilot.trainer_teams (member, team) VALUES (%s, 'blue')", [role])
    publisher = LivePublisher(CentralConfig(central.desk_url, password=central.DESK_PASSWORD), on_note=on_note).start()
    engine = PlaybookEngine(load_playbook(playbook_file()))
    desk = Desk(lambda key, context, channel: Session(engine, context=context, channel=channel, external_id=key,
                                                      agent=agent, team="blue"))
    desk.live = publisher
    service = SupervisorService(CentralConfig(url, password=password), rules=AlertRules(escalation_s=0.5, silence_s=60))
    window = SuperviseWindow(service, theme.tokens("light"), author_name="Bea")
    qtbot.addWidget(window)
    service.start()
    window.show()
    try:
        yield desk, window
    finally:
        window.close()
        service.close()
        publisher.close()


def test_the_window_lists_follows_alerts_and_sends_a_note(central, playbook_file, qtbot, tmp_path):
    notes = []
    with _supervised_desk(central, playbook_file, qtbot, role=f"{central.desk}_sup", password="sup-secret-1",
                          agent="ann", on_note=notes.append) as (desk, window):
        _say(desk, "call-1", "customer", "This is too expensive")
        _say(desk, "call-1", "customer", "I want your manager")
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
        model = window.model
        assert model.index(0, 0).data() == "ann"
        qtbot.waitUntil(lambda: model.index(0, 3).data() == "0 of 1 handled", timeout=10000)

        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.transcript.count() >= 2, timeout=5000)
        texts = [window.transcript.item(n).text() for n in range(window.transcript.count())]
        assert "Customer: This is too expensive" in texts and "Customer: I want your manager" in texts
        _say(desk, "call-1", "agent", "Let me get someone for you")
        qtbot.waitUntil(lambda: any("Let me get someone" in window.transcript.item(n).text()
                                    for n in range(window.transcript.count())), timeout=10000)

        qtbot.waitUntil(lambda: model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None, timeout=5000)
        assert window.banner.isVisible() and "ann" in window.banner.text() and "Escalation" in window.banner.text()
        window.grab().save(str(tmp_path / "supervise.png"))

        window.note.setText("Offer the callback slot")
        qtbot.mouseClick(window.send, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(notes), timeout=15000)
        assert (notes[0].text, notes[0].author_name) == ("Offer the callback slot", "Bea")
        qtbot.waitUntil(lambda: any(window.transcript.item(n).text() == "Your note: Offer the callback slot"
                                    for n in range(window.transcript.count())), timeout=5000)



def test_an_agent_name_holding_markup_is_shown_as_written(central, playbook_file, qtbot):
    """A desk's agent name reaches every supervisor through the central record; a name holding markup was drawn
    bold, with a clickable link and a loaded image, in the alert banner and the followed call's title."""
    from PySide6.QtGui import Qt as GuiQt

    hostile = '<b>zq</b><img src="file:///etc/passwd"><a href="https://evil.example">zq</a>'
    with _supervised_desk(central, playbook_file, qtbot, role=f"{central.desk}_sup2", password="sup-secret-2",
                          agent=hostile) as (desk, window):
        _say(desk, "call-9", "customer", "I want your manager")
        qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=15000)
        row = next(n for n in range(window.model.rowCount()) if "zq" in str(window.model.index(n, 0).data()))
        window.table.selectRow(row)
        qtbot.waitUntil(lambda: window.banner.isVisible() and "zq" in window.banner.text(), timeout=10000)
        for label in (window.banner, window.call_title):
            assert "zq" in label.text()
            rich = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
            assert not rich, f"{label.objectName()} reads the agent's name as markup"
