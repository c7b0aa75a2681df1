"""Live sources wired to the panel: the local API, stdin, followed files and the clipboard.

Sources run on their own threads and hand messages over through a queued signal; here, on the UI
thread, the session hub sorts them into conversations and the controller shows them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from copilot.live.hub import ContextChanged, Ended, InterimChanged, Opened, Said, SessionHub
from copilot.live.protocol import Message, clean_text
from copilot.live.session import Session
from copilot.panel.controller import PanelController

log = logging.getLogger("copilot.sources")
SLICE_S = 0.005  # UI-thread time spent on incoming messages before letting the panel breathe


class LiveSources(QObject):
    messages_waiting = Signal()  # emitted on any thread when the inbox was empty
    problem_reported = Signal(str)  # a passing problem: a toast
    notice_reported = Signal(str)  # a lasting one (a source that could not start): the notice area
    messages_handled = Signal(int)  # how many so far, for tests and benchmarks

    def __init__(self, controller: PanelController,
                 factory: Callable[[str, dict[str, Any], str | None], Session]) -> None:
        super().__init__(controller)
        self.controller = controller
        self.hub = SessionHub(factory)
        self.handled = 0
        # Sources append here from their threads; the UI thread drains it in slices of a few
        # milliseconds, so a burst from a CTI never freezes the panel.
        self._inbox: deque[Message] = deque()
        self._inbox_lock = threading.Lock()
        self._drain_scheduled = False
        self.messages_waiting.connect(self._on_messages_waiting, Qt.ConnectionType.QueuedConnection)
        self.problem_reported.connect(self._on_problem_reported, Qt.ConnectionType.QueuedConnection)
        self.notice_reported.connect(self._on_notice_reported, Qt.ConnectionType.QueuedConnection)
        controller.session_closed.connect(self._on_controller_session_closed)

    def deliver(self, message: Message) -> None:
        """Thread-safe entry for every source."""
        with self._inbox_lock:
            self._inbox.append(message)
            if self._drain_scheduled:
                return
            self._drain_scheduled = True
        self.messages_waiting.emit()

    def _on_messages_waiting(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        handled = 0
        while True:
            with self._inbox_lock:
                if not self._inbox:
                    self._drain_scheduled = False
                    break
                message = self._inbox.popleft()
            self._handle(message)
            handled += 1
            if time.perf_counter() >= deadline:
                QTimer.singleShot(0, self, self._on_messages_waiting)  # let paints and input in, then go on
                break
        if handled:
            self.handled += handled
            self.messages_handled.emit(self.handled)

    def report(self, problem: str) -> None:
        self.problem_reported.emit(problem)

    def _on_controller_session_closed(self, session: Session) -> None:
        for key, live in list(self.hub.sessions.items()):
            if live.session is session:
                self.hub.forget(key)

    def _on_notice_reported(self, notice: str) -> None:
        log.warning("%s", notice)
        shown = self.controller.window.cards.notice_label.text()
        self.controller.window.cards.show_notice("\n".join(filter(None, [shown, notice])))

    def _on_problem_reported(self, problem: str) -> None:
        log.warning("%s", problem)
        self.controller.window.show_toast(problem)

    def _handle(self, message: Message) -> None:
        for event in self.hub.handle(message):
            if isinstance(event, Opened):
                self._open(event.live.session, event.live.key)
            elif isinstance(event, Said):
                self.controller.utterance_added(event.live.session, event.utterance)
            elif isinstance(event, InterimChanged):
                self.controller.interim_changed(event.live.session, event.utterance_id, event.speaker, event.text)
            elif isinstance(event, Ended):
                self.controller.end_session(event.live.session)
            elif isinstance(event, ContextChanged) and event.live.session is self.controller.session:
                self.controller.window.show_toast("Customer details updated from the CRM")

    def _open(self, session: Session, key: str) -> None:
        """Show a new conversation at once if the panel is idle; otherwise light up its tab."""
        shown = self.controller.session
        idle = shown.ended or (not shown.conversation.utterances and shown not in self._live_sessions())
        self.controller.open_session(session, key, activate=idle)
        if idle and shown is not session and not shown.conversation.utterances:
            self.controller.close_session(shown)

    def _live_sessions(self) -> list[Session]:
        return [live.session for live in self.hub.sessions.values()]


class ClipboardCapture(QObject):
    """Text the agent copies in another app becomes a customer line (off unless switched on).

    The copilot's own inserts are never captured back: the clipboard is ours then, and the text is
    one the controller just put there.
    """

    def __init__(self, controller: PanelController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.enabled = False
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self.clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on

    def _on_clipboard_data_changed(self) -> None:
        if not self.enabled or self.clipboard.ownsClipboard():
            return
        text = clean_text(self.clipboard.text())[:20_000]
        if text and text not in self.controller.own_clipboard_texts:
            self.controller.add_utterance("customer", text)
