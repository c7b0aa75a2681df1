"""``copilot supervise``: the team's live calls, one of them followed as it happens, and a note to its agent.

The window never touches the network: a ``SupervisorService`` (Qt-free) follows the calls on its own thread and
calls back with the ids of the calls that changed; ``_Bridge`` turns that into a Qt signal, so everything here
runs on the UI thread. A one-second tick makes durations and silences move and looks for alerts: a row that needs
attention is tinted, and each new alert is said once in the calm line at the top (no pop-up, no sound: the
supervisor may be on a call too).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copilot.model import kind_label
from copilot.supervise.calls import LiveCall
from copilot.supervise.qt.calls_model import LiveCallsModel, clock, mood_words
from copilot.supervise.service import SupervisorService
from copilot.text.words import is_rtl

TICK_MS = 1000


class _Bridge(QObject):
    """The service's callbacks (its thread) as signals (queued to the UI thread)."""

    calls_changed = Signal(list)
    note_sent = Signal(str, object)


class SuperviseWindow(QMainWindow):
    def __init__(self, service: SupervisorService, palette: dict[str, str], *, author_name: str) -> None:
        super().__init__()
        self.service = service
        self.author_name = author_name
        self.setWindowTitle(self.tr("Live calls"))
        self.resize(980, 560)
        self.bridge = _Bridge(self)
        self.bridge.calls_changed.connect(self._on_service_calls_changed)
        self.bridge.note_sent.connect(self._on_service_note_sent)
        service.on_change = self.bridge.calls_changed.emit
        service.on_note_sent = self.bridge.note_sent.emit
        self._alerted: set[tuple[str, str]] = set()
        self.followed: str | None = None
        self._feed_shown = 0

        self.status = QLabel(objectName="superviseStatus")
        self.status.setWordWrap(True)
        self.banner = QLabel(objectName="superviseAlert")
        self.banner.setWordWrap(True)
        # Agents' names and alerts come from the team's desks through the central record: text, never markup.
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setVisible(False)
        attention = QColor(palette.get("escalation", "#c2410c"))
        attention.setAlpha(48)
        self.model = LiveCallsModel(service.rules, attention, self)
        self.table = QTableView(objectName="liveCalls")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.follow_row(current.row()))

        self.call_title = QLabel(self.tr("Choose a call to follow it"), objectName="followedCall")
        self.call_title.setWordWrap(True)
        self.call_title.setTextFormat(Qt.TextFormat.PlainText)
        self.transcript = QListWidget(objectName="followedTranscript")
        self.transcript.setWordWrap(True)
        self.note = QLineEdit(objectName="noteInput")
        self.note.setPlaceholderText(self.tr("A note for the agent: it shows on their panel as a card"))
        self.note.returnPressed.connect(self.send_note)
        self.send = QPushButton(self.tr("Send note"))
        self.send.clicked.connect(self.send_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.send)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.call_title)
        right.addWidget(self.transcript, 1)
        right.addLayout(note_row)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._set_note_enabled()
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._on_ticker_timeout)
        self.ticker.start(TICK_MS)
        self._refresh()

    # -- the list --------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        calls = self.service.snapshot()
        selected = self.followed
        self.model.set_calls(calls, time.time())
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0 and self.table.currentIndex().row() != row:
                self.table.selectRow(row)
        self._say_alerts()
        problem = self.service.problem
        if problem:
            self.status.setText(self.tr("Not connected: {problem}").format(problem=problem))
        elif not calls:
            self.status.setText(self.tr("No live calls in your teams right now"))
        else:
            running = len([c for c in calls if not c.ended])
            self.status.setText(self.tr("1 live call") if running == 1
                                else self.tr("{n} live calls").format(n=QLocale().toString(running)))

    def _say_alerts(self) -> None:
        fresh = []
        for call in self.model.calls:
            for alert in self.model.alerts.get(call.id, []):
                if (call.id, alert.kind) not in self._alerted:
                    self._alerted.add((call.id, alert.kind))
                    fresh.append(self.tr("{agent}: {alert}").format(agent=call.agent or "?", alert=alert.text))
        if fresh:
            self.banner.setText(" · ".join(fresh))
            self.banner.setVisible(True)

    def _on_ticker_timeout(self) -> None:
        self._refresh()

    def _on_service_calls_changed(self, ids: list[str]) -> None:
        self._refresh()
        if self.followed is not None and (not ids or self.followed in ids):
            self._draw_followed()

    # -- one call --------------------------------------------------------------------------------------

    def follow_row(self, row: int) -> None:
        call = self.model.call_at(row)
        self.follow(call.id if call is not None else None)

    def follow(self, call_id: str | None) -> None:
        if call_id != self.followed:
            self.followed = call_id
            self.transcript.clear()
            self._feed_shown = 0
        self._draw_followed()

    def _followed_call(self) -> LiveCall | None:
        return next((c for c in self.service.snapshot() if c.id == self.followed), None)

    def _draw_followed(self) -> None:
        call = self._followed_call()
        self._set_note_enabled(call)
        if call is None:
            self.call_title.setText(self.tr("Choose a call to follow it"))
            return
        title = self.tr("{agent} · {duration} · {mood}").format(
            agent=call.agent or "?", duration=clock(call.duration(time.time())), mood=mood_words(call) or "–")
        self.call_title.setText(title)
        with self.service.lock:
            feed = list(call.feed[self._feed_shown:])
            self._feed_shown = len(call.feed)
        for item in feed:
            self._add_feed_item(item)
        if feed:
            self.transcript.scrollToBottom()

    def _add_feed_item(self, item: dict) -> None:
        if item["type"] == "line":
            who = self.tr("Customer") if item.get("speaker") == "customer" else self.tr("Agent")
            text = self.tr("{who}: {text}").format(who=who, text=item.get("text") or "")
        elif item["type"] == "card":
            states = {"shown": self.tr("shown"), "inserted": self.tr("used"), "edited": self.tr("used, edited"),
                      "discarded": self.tr("discarded"), "expired": self.tr("left unanswered")}
            text = self.tr("Card {kind} “{title}”: {state}").format(
                kind=kind_label(str(item.get("kind"))), title=item.get("title") or "",
                state=states.get(str(item.get("state")), str(item.get("state"))))
        else:
            text = self.tr("Your note: {text}").format(text=item.get("text") or "")
        entry = QListWidgetItem(text)
        rtl = is_rtl(str(item.get("text") or item.get("title") or ""))
        entry.setTextAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                               | Qt.AlignmentFlag.AlignVCenter)
        if item["type"] != "line":
            font = entry.font()
            font.setItalic(True)
            entry.setFont(font)
        self.transcript.addItem(entry)

    # -- notes -----------------------------------------------------------------------------------------

    def _set_note_enabled(self, call: LiveCall | None = None) -> None:
        live = call is not None and not call.ended
        self.note.setEnabled(live)
        self.send.setEnabled(live)

    def send_note(self) -> None:
        text = self.note.text().strip()
        if not text or self.followed is None:
            return
        self.service.send_note(self.followed, text, self.author_name)
        self.note.clear()

    def _on_service_note_sent(self, call_id: str, problem: str | None) -> None:
        if problem:
            self.banner.setText(self.tr("The note was not sent: {problem}").format(problem=problem))
            self.banner.setVisible(True)
        if call_id == self.followed:
            self._draw_followed()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.ticker.stop()
        self.service.on_change = None
        self.service.on_note_sent = None
        super().closeEvent(event)


def run_standalone(service: SupervisorService, *, author_name: str, screenshot: str | None = None,
                   quit_after: float | None = None) -> int:
    """``copilot supervise``: the window, until it is closed."""
    from PySide6.QtWidgets import QApplication

    from copilot.config import logs
    from copilot.config.settings import Settings
    from copilot.shell import language, theme

    logs.setup(verbose=False)
    settings = Settings()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    shown_in = language.install(settings["ui_language"])
    palette = theme.tokens(settings["theme"])
    before = app.styleSheet(), app.quitOnLastWindowClosed()
    app.setStyleSheet(theme.stylesheet(palette))
    window = SuperviseWindow(service, palette, author_name=author_name)
    service.start()
    window.show()
    app.setQuitOnLastWindowClosed(True)
    if screenshot or quit_after:  # unattended: documentation screenshots and tests

        def finish() -> None:
            if screenshot:
                window.grab().save(screenshot)
            window.close()
            app.quit()

        QTimer.singleShot(int(1000 * (quit_after or 2.0)), finish)
    try:
        return app.exec()
    finally:
        service.close()
        app.setStyleSheet(before[0])
        app.setQuitOnLastWindowClosed(before[1])
        shown_in.remove()
