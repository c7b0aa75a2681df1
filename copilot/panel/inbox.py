"""Messages from live sources on their way to the desk: the local API, stdin and followed files.

Sources run on their own threads (the API in its own process). The desk is thread-safe, so each message goes
to it at once, on the source's thread: numbering the line, detecting its language and queueing it for the
record never take the UI thread's time. What the messages changed gathers here as one update, and the UI
thread draws it once, however many messages came in meanwhile, so a burst from a CTI never freezes the panel.
"""

from __future__ import annotations

import logging
import threading
from collections import deque

from PySide6.QtCore import QObject, Qt, Signal

from copilot.live.desk import Update
from copilot.live.protocol import Message
from copilot.panel.controller import PanelController

log = logging.getLogger("copilot.sources")


class Inbox(QObject):
    messages_waiting = Signal()  # emitted on any thread when the first change since the last drawing came in
    problem_reported = Signal(str)  # a passing problem: a toast
    notice_reported = Signal(str)  # a lasting one (a source that could not start): the notice area
    messages_handled = Signal(int)  # how many so far, for tests and benchmarks

    def __init__(self, controller: PanelController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.handled = 0
        self._updates: deque[Update] = deque()  # what each message changed, in the order the desk took them
        self._receiving = threading.Lock()  # one message at a time to the desk (sources' threads only)
        self._lock = threading.Lock()  # guards the flag below, never held while the desk works
        self._draw_scheduled = False
        self.messages_waiting.connect(self._on_messages_waiting, Qt.ConnectionType.QueuedConnection)
        self.problem_reported.connect(self._on_problem_reported, Qt.ConnectionType.QueuedConnection)
        self.notice_reported.connect(self._on_notice_reported, Qt.ConnectionType.QueuedConnection)

    def deliver(self, message: Message) -> None:
        """Thread-safe entry for every source: the desk takes the message now, the UI thread draws it soon."""
        with self._receiving:
            self._updates.append(self.controller.receive(message))
        with self._lock:
            if self._draw_scheduled:
                return
            self._draw_scheduled = True
        self.messages_waiting.emit()

    def report(self, problem: str) -> None:
        self.problem_reported.emit(problem)

    def _on_messages_waiting(self) -> None:
        # The UI thread never waits for the desk: the sources' lock is not taken here, and deque hand-over is atomic.
        with self._lock:
            self._draw_scheduled = False
        update, taken = Update(), 0
        while self._updates:
            update.merge(self._updates.popleft())
            taken += 1
        if taken:
            self.controller.apply(update)
            self.handled += taken
            self.messages_handled.emit(self.handled)

    def _on_notice_reported(self, notice: str) -> None:
        log.warning("%s", notice)
        self.controller.window.notices.add_notice(notice)

    def _on_problem_reported(self, problem: str) -> None:
        log.warning("%s", problem)
        self.controller.window.show_toast(problem)
