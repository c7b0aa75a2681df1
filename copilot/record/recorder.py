"""The one serialised lane for SQLite writes, on a thread of its own.

The UI thread only puts small records on a queue; the writer thread commits each one as soon as
it arrives (WAL mode makes a commit cheap), so a crash or a kill loses at most the records still in
the queue, and a slow disk never freezes the panel.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from copilot.model import Decision, Suggestion, Utterance
from copilot.record.storage import Store

log = logging.getLogger("copilot.storage")
_STOP = object()


class BackgroundRecorder:
    """Implements the session ``Recorder`` protocol by queueing writes for the writer thread."""

    def __init__(self, path: str | Path, on_error: Callable[[Exception], None] | None = None) -> None:
        self.path = Path(path)
        self._queue: queue.Queue[Any] = queue.Queue()
        self._on_error = on_error
        self._opened = threading.Event()
        self._open_error: Exception | None = None
        self.failures = 0
        self._thread = threading.Thread(target=self._run, name="copilot-recorder", daemon=True)
        self._thread.start()
        self._opened.wait()
        if self._open_error is not None:
            raise self._open_error

    # -- the Recorder protocol (called on any thread, returns at once) ----------------------------

    def session_started(self, session_id: str, info: Mapping[str, Any]) -> None:
        self._queue.put(("session_started", (session_id, dict(info))))

    def utterance_added(self, session_id: str, utterance: Utterance) -> None:
        self._queue.put(("utterance_added", (session_id, utterance)))

    def suggestion_shown(self, session_id: str, suggestion: Suggestion) -> None:
        self._queue.put(("suggestion_shown", (session_id, suggestion)))

    def suggestion_restated(self, session_id: str, suggestion: Suggestion) -> None:
        self._queue.put(("suggestion_restated", (session_id, suggestion)))

    def suggestion_painted(self, session_id: str, suggestion_id: str, card_ms: float) -> None:
        self._queue.put(("suggestion_painted", (session_id, suggestion_id, card_ms)))

    def decision_made(self, session_id: str, decision: Decision) -> None:
        self._queue.put(("decision_made", (session_id, decision)))

    def context_changed(self, session_id: str, context: Mapping[str, Any]) -> None:
        self._queue.put(("context_changed", (session_id, dict(context))))

    def ai_tokens_used(self, session_id: str, tokens: int) -> None:
        self._queue.put(("ai_tokens_used", (session_id, tokens)))

    def session_ended(self, session_id: str, ended_at: float) -> None:
        self._queue.put(("session_ended", (session_id, ended_at)))

    def session_described(self, session_id: str, fields: Mapping[str, Any]) -> None:
        self._queue.put(("session_described", (session_id, dict(fields))))

    def board_changed(self, session_id: str, at: float, card_ids: list[str]) -> None:
        self._queue.put(("board_changed", (session_id, at, list(card_ids))))

    def draft_held(self, session_id: str, suggestion: Suggestion, reason: str) -> None:
        self._queue.put(("draft_held", (session_id, suggestion, reason)))

    # -- lifecycle -------------------------------------------------------------------------------

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far is committed (for tests and shutdown)."""
        done = threading.Event()
        self._queue.put(("_barrier", done))
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            store = Store(self.path)
        except Exception as exc:  # reported to the constructor's caller
            self._open_error = exc
            self._opened.set()
            return
        self._opened.set()
        try:
            running = True
            while running:
                batch = [self._queue.get()]
                try:
                    while len(batch) < 500:
                        batch.append(self._queue.get_nowait())
                except queue.Empty:
                    pass
                running = self._write(store, batch)
        finally:
            store.close()

    def _write(self, store: Store, batch: list[Any]) -> bool:
        """Commit the batch. Runs of lines go in one transaction; everything else commits on its
        own (cheap in WAL mode), and a record that fails costs only itself."""
        running = True
        lines: list[tuple[str, Utterance]] = []
        for item in batch:
            if item is not _STOP and item[0] == "utterance_added":
                lines.append(item[1])
                continue
            self._write_lines(store, lines)
            lines = []
            if item is _STOP:
                running = False
            elif item[0] == "_barrier":
                item[1].set()
            else:
                self._write_one(store, item[0], item[1])
        self._write_lines(store, lines)
        return running

    def _write_lines(self, store: Store, lines: list[tuple[str, Utterance]]) -> None:
        if not lines:
            return
        try:
            store.utterances_added(lines)
        except Exception:  # find the culprit: one by one, the good ones still land
            for line in lines:
                self._write_one(store, "utterance_added", line)

    def _write_one(self, store: Store, name: str, payload: tuple[Any, ...]) -> None:
        try:
            getattr(store, name)(*payload)
        except Exception as exc:
            self.failures += 1
            log.exception("could not record %s in %s", name, self.path)
            if self._on_error is not None:
                self._on_error(exc)
