"""AI drafts on threads of their own, beside the engine lane: the playbook's cards never wait for a model.

The desk decides when to ask (now, or once a burst of lines pauses) and what becomes of each draft; this
runs the requests it hands over, one thread each, and passes every update the stream produces to the
panel's thread. A newer customer line, or the end of the call, cancels a request through the desk.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from copilot.live.conversation import AiRequest, LiveConversation
from copilot.live.desk import Desk

log = logging.getLogger("copilot.panel")


class AiDrafts(QObject):
    update_ready = Signal(object)  # an Update, emitted from the request's thread

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.requests_started = 0
        self._threads: list[threading.Thread] = []
        self._requests: list[AiRequest] = []
        self._lock = threading.Lock()

    def start(self, request: AiRequest) -> None:
        """Start ``request`` now, or after its pause unless a newer line cancelled it meanwhile."""
        if request.delay_s:
            QTimer.singleShot(int(request.delay_s * 1000), self, lambda: self._run(request))
        else:
            self._run(request)

    def _run(self, request: AiRequest) -> None:
        if request.cancelled.is_set():
            return
        self.requests_started += 1

        def stream() -> None:
            for update in self.desk.ai_updates(request):
                self.update_ready.emit(update)

        thread = threading.Thread(target=stream, name="copilot-ai", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            self._requests = [r for r in self._requests if not r.cancelled.is_set()] + [request]
        thread.start()

    def start_wrapup(self, conversation: LiveConversation) -> None:
        """Ask the model for an ended call's wrap-up, on a thread of its own (it may take seconds); the local draft
        is already on the panel. Joined like the drafts' threads when the panel closes."""
        def ask() -> None:
            try:
                update = self.desk.ai_wrapup(conversation)
            except Exception:  # the local draft stays; a bug here must not take anything down
                log.exception("AI wrap-up failed")
                return
            self.update_ready.emit(update)

        thread = threading.Thread(target=ask, name="copilot-ai-wrapup", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel every request and wait for the threads (closing the panel)."""
        with self._lock:
            requests, threads = list(self._requests), list(self._threads)
            self._requests.clear()
        for request in requests:
            request.cancel()
        for thread in threads:
            thread.join(timeout)
