"""The one door for background work: run a function on a worker, get the result on the UI thread.

Workers never touch a widget. Results and errors come back through a queued signal, so slots run
on the thread that owns the runner (the UI thread). ``run`` is the form windows use, after Anki's
``QueryOp``/``CollectionOp``: the operation as a function, what to do with its result and with its
failure, and, for a query the user may ask again before the answer is in, a name under which only the
newest answer counts. A bug in a job is logged with its traceback, whoever shows the failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from copilot.errors import KnownError

log = logging.getLogger("copilot.tasks")


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, ident: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.ident, self.fn, self.relay = ident, fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the caller's error handler, never lost
            self.relay.failed.emit(self.ident, exc)
        else:
            self.relay.finished.emit(self.ident, result)


class TaskRunner(QObject):
    """Runs jobs in order on its own pool (one worker: engines see utterances in order)."""

    def __init__(self, parent: QObject | None = None, workers: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(workers)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_job_finished)
        self._relay.failed.connect(self._on_job_failed)
        self._handlers: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._next = 0
        self._tickets: dict[str, int] = {}  # for each ``latest`` name, the number of the run that still counts

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        self._next += 1
        self._handlers[self._next] = (on_done, on_error)
        self.pool.start(_Job(self._next, fn, self._relay))

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, latest: str | None = None) -> None:
        """Run ``fn`` on the worker, then ``on_done(result)`` or ``on_error(exc)`` on this runner's thread.

        With ``latest``, a newer run under the same name makes this one's outcome irrelevant: neither handler
        is called for it (the user changed the search before the old answer came in). Anything but a
        ``KnownError`` is a bug and is logged with its traceback, handled or not; a ``KnownError`` nobody
        handles is logged as a warning.
        """
        ticket = 0
        if latest is not None:
            ticket = self._tickets[latest] = self._tickets.get(latest, 0) + 1

        def current() -> bool:
            return latest is None or self._tickets[latest] == ticket

        def done(result: Any) -> None:
            if current() and on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, KnownError):
                log.error("background job failed", exc_info=exc)
            if not current():
                return
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, KnownError):
                log.warning("background job failed: %s", exc)

        self.submit(fn, done, failed)

    @property
    def pending(self) -> int:
        return len(self._handlers)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until workers are idle (shutdown and tests only; never on a user action)."""
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_job_finished(self, ident: int, result: object) -> None:
        handlers = self._handlers.pop(ident, None)
        if handlers is not None:
            handlers[0](result)

    @Slot(int, object)
    def _on_job_failed(self, ident: int, exc: object) -> None:
        handlers = self._handlers.pop(ident, None)
        if handlers is not None:
            handlers[1](exc)  # type: ignore[arg-type]
        else:
            log.error("background job failed after its owner left", exc_info=exc)  # type: ignore[arg-type]
