"""AI drafts beside the local cards: one streaming request per conversation, cancelled by the next.

The playbook and knowledge cards come from the ordered engine lane and never wait for the model.
Each customer line starts a request on a thread of its own; every draft is handed to the UI thread
as soon as the stream completes it, and a newer customer line (or the end of the call) cancels the
request in flight. Any failure is one calm status, and the local engine carries on.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal

from copilot.engines.generative import CALM_MESSAGE, GenerativeEngine, GenerativeUnavailable, SuggestionStream
from copilot.model import Utterance
from copilot.session import Session

log = logging.getLogger("copilot.generative")


class AiDrafts(QObject):
    draft_ready = Signal(object, object, object)  # Session, Utterance, Suggestion (from the AI thread)
    unavailable = Signal(str, str)  # calm message, reason for the tooltip and the log
    recovered = Signal()
    used = Signal(object, int)  # Session, tokens the request took (prompt + completion)

    def __init__(self, engine: GenerativeEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._streams: dict[str, SuggestionStream] = {}  # session id -> the request in flight
        self._threads: list[threading.Thread] = []
        self._cancels: dict[str, threading.Event] = {}
        self.sent: dict[str, list[dict[str, str]]] = {}  # session id -> the last request, exactly as sent
        self._lock = threading.Lock()
        self.failing = False
        self.unavailable.connect(self._on_unavailable, Qt.ConnectionType.QueuedConnection)
        self.recovered.connect(self._on_recovered, Qt.ConnectionType.QueuedConnection)

    def start(self, session: Session, utterance: Utterance) -> None:
        """Ask for drafts on ``utterance``; the request for this conversation's previous line stops."""
        self.cancel(session)
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
        with self._lock:
            cancel = self._cancels.pop(session.id, None)
            stream = self._streams.pop(session.id, None)
        if cancel is not None:
            cancel.set()
        if stream is not None:
            stream.cancel()

    def stop(self, timeout: float = 5.0) -> None:
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

