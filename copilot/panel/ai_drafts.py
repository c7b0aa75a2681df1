"""AI drafts beside the local cards: one streaming request per conversation, cancelled by the next.

The playbook and knowledge cards come from the ordered engine lane and never wait for the model.
Each customer line starts a request on a thread of its own; every draft is handed to the UI thread
as soon as the stream completes it, and a newer customer line (or the end of the call) cancels the
request in flight. Any failure is one calm status, and the local engine carries on.

Requests are debounced on the leading edge: a line after a quiet spell is asked about at once (so a
normal conversation pays no delay), while a burst (several chat messages sent in a row, a
transcriber's rapid finals) waits until the customer pauses for ``debounce_s`` and asks once, about
the newest line, instead of starting and cancelling a request per line.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from copilot.engines.generative import CALM_MESSAGE, GenerativeEngine, GenerativeUnavailable, SuggestionStream
from copilot.live.session import Session
from copilot.model import Utterance

log = logging.getLogger("copilot.generative")


class AiDrafts(QObject):
    draft_ready = Signal(object, object, object)  # Session, Utterance, Suggestion (from the AI thread)
    unavailable = Signal(str, str)  # calm message, reason for the tooltip and the log
    recovered = Signal()
    used = Signal(object, int)  # Session, tokens the request took (prompt + completion)

    def __init__(self, engine: GenerativeEngine, parent: QObject | None = None, *, debounce_s: float = 0.3) -> None:
        super().__init__(parent)
        self.engine = engine
        self.debounce_s = debounce_s
        self._last_start: dict[str, float] = {}  # session id -> when its last request was asked for
        self._timers: dict[str, QTimer] = {}  # session id -> a burst's pending request
        self.requests_started = 0
        self._streams: dict[str, SuggestionStream] = {}  # session id -> the request in flight
        self._threads: list[threading.Thread] = []
        self._cancels: dict[str, threading.Event] = {}
        self.sent: dict[str, list[dict[str, str]]] = {}  # session id -> the last request, exactly as sent
        self._lock = threading.Lock()
        self.failing = False
        self.unavailable.connect(self._on_unavailable, Qt.ConnectionType.QueuedConnection)
        self.recovered.connect(self._on_recovered, Qt.ConnectionType.QueuedConnection)

    def start(self, session: Session, utterance: Utterance) -> None:
        """Ask for drafts on ``utterance`` (now, or once a burst of lines pauses); the request for this
        conversation's previous line stops. Call on the UI thread."""
        self.cancel(session)
        now = time.monotonic()
        last = self._last_start.get(session.id)
        self._last_start[session.id] = now
        if last is None or now - last >= self.debounce_s:
            self._request(session, utterance)
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._after_pause(session, utterance, timer))
        self._timers[session.id] = timer
        timer.start(int(self.debounce_s * 1000))

    def _after_pause(self, session: Session, utterance: Utterance, timer: QTimer) -> None:
        if self._timers.get(session.id) is timer:
            del self._timers[session.id]
            self._last_start[session.id] = time.monotonic()
            if not session.ended:
                self._request(session, utterance)
        timer.deleteLater()

    def _request(self, session: Session, utterance: Utterance) -> None:
        self.requests_started += 1
        cancel = threading.Event()

        def run() -> None:
            try:
                stream = self.engine.stream(session.conversation, utterance, cancel=cancel, channel=session.channel)
                with self._lock:
                    self._streams[session.id] = stream
                    self.sent[session.id] = stream.prompt.messages  # redacted: for the audit view
                for suggestion in stream:
                    if cancel.is_set():
                        return
                    self.draft_ready.emit(session, utterance, suggestion)
                if stream.usage is not None:
                    self.used.emit(session, stream.usage.total_tokens)
                if not cancel.is_set():
                    self.recovered.emit()
            except GenerativeUnavailable as exc:
                if not cancel.is_set():
                    self.unavailable.emit(str(exc), exc.reason)
            except Exception as exc:  # a bug here must not reach the panel's thread
                log.exception("AI drafts failed")
                self.unavailable.emit(CALM_MESSAGE, exc.__class__.__name__)

        thread = threading.Thread(target=run, name="copilot-ai", daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            self._cancels[session.id] = cancel
        thread.start()

    def cancel(self, session: Session) -> None:
        timer = self._timers.pop(session.id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        with self._lock:
            cancel = self._cancels.pop(session.id, None)
            stream = self._streams.pop(session.id, None)
        if cancel is not None:
            cancel.set()
        if stream is not None:
            stream.cancel()

    def stop(self, timeout: float = 5.0) -> None:
        for timer in self._timers.values():
            timer.stop()
        self._timers.clear()
        with self._lock:
            cancels, streams = list(self._cancels.values()), list(self._streams.values())
            self._cancels.clear()
            self._streams.clear()
            threads = list(self._threads)
        for cancel in cancels:
            cancel.set()
        for stream in streams:
            stream.cancel()
        for thread in threads:
            thread.join(timeout)

    def _on_unavailable(self, message: str, reason: str) -> None:
        if not self.failing:
            log.warning("AI drafts unavailable: %s", reason)
        self.failing = True

    def _on_recovered(self) -> None:
        self.failing = False

