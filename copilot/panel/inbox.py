"""Messages from live sources on their way to the desk: the local API, stdin and followed files.

Sources run on their own threads (the API in its own process) and append to the inbox; the UI thread drains
it in slices of a few milliseconds, hands each message to the desk and draws what a whole slice changed
once, so a burst from a CTI never freezes the panel.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from copilot.live.desk import Update
from copilot.live.protocol import Message
from copilot.panel.controller import PanelController

log = logging.getLogger("copilot.sources")
SLICE_S = 0.005  # UI-thread time spent on incoming messages before letting the panel breathe


class Inbox(QObject):
    messages_waiting = Signal()  # emitted on any thread when the inbox was empty
    problem_reported = Signal(str)  # a passing problem: a toast
    notice_reported = Signal(str)  # a lasting one (a source that could not start): the notice area
    messages_handled = Signal(int)  # how many so far, for tests and benchmarks

    def __init__(self, controller: PanelController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.handled = 0
        self._inbox: deque[Message] = deque()
        self._inbox_lock = threading.Lock()
        self._drain_scheduled = False
        self.messages_waiting.connect(self._on_messages_waiting, Qt.ConnectionType.QueuedConnection)
        self.problem_reported.connect(self._on_problem_reported, Qt.ConnectionType.QueuedConnection)
        self.notice_reported.connect(self._on_notice_reported, Qt.ConnectionType.QueuedConnection)

    def deliver(self, message: Message) -> None:
        """Thread-safe entry for every source."""
        with self._inbox_lock:
            self._inbox.append(message)
            if self._drain_scheduled:
                return
            self._drain_scheduled = True
        self.messages_waiting.emit()

    def report(self, problem: str) -> None:
        self.problem_reported.emit(problem)

    def _on_messages_waiting(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        update = Update()
        handled = 0
        while True:
            with self._inbox_lock:
                if not self._inbox:
                    self._drain_scheduled = False
                    break
                message = self._inbox.popleft()
            update.merge(self.controller.receive(message))
            handled += 1
            if time.perf_counter() >= deadline:
                QTimer.singleShot(0, self, self._on_messages_waiting)  # let paints and input in, then go on
                break
        if handled:
            self.controller.apply(update)
            self.handled += handled
            self.messages_handled.emit(self.handled)

    def _on_notice_reported(self, notice: str) -> None:
        log.warning("%s", notice)
        shown = self.controller.window.cards.notice_label.text()
        self.controller.window.cards.show_notice("\n".join(filter(None, [shown, notice])))

    def _on_problem_reported(self, problem: str) -> None:
        log.warning("%s", problem)
        self.controller.window.show_toast(problem)
