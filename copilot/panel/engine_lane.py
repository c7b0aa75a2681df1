"""The desk's engine jobs on the panel's engine lane, paced for a flood.

The desk decides when a conversation needs the engine (``Update.jobs``, ``Update.gather``); this runs those jobs
on the ``TaskRunner``'s single worker and hands their results back to be drawn. Two rules keep a flood of lines
from turning into a flood of hand-overs between threads, each of which costs the UI thread a wait for the GIL:

* one task on the lane at a time: jobs that come while it runs go together in the next one, and their results
  come back, and are drawn, together;
* a conversation's next job waits until its previous result is drawn, then for a short gathering pause, so that it
  takes every line that came in meanwhile (a line after a quiet moment still goes at once).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QObject, QTimer

from copilot.live.conversation import EngineJob, LiveConversation
from copilot.live.desk import Desk, Update
from copilot.shell.tasks import TaskRunner

log = logging.getLogger("copilot.panel")
GATHER_MS = 50  # while a conversation floods in, the lines of this long go to the engine in one job


class EngineLane(QObject):
    def __init__(self, desk: Desk, runner: TaskRunner, draw: Callable[[Update], None], parent: QObject) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.draw = draw
        self._in_flight: set[LiveConversation] = set()  # a job runs for them, its result not drawn yet
        self._parked: dict[LiveConversation, EngineJob] = {}  # their next job, started once that result is drawn
        self._queued: list[tuple[LiveConversation, Callable[[], Update]]] = []  # the lane's next task
        self._task = False  # a task is on the lane, its result not back yet

    @property
    def busy(self) -> bool:
        """Results are on their way (a live source keeps the engine busy)."""
        return bool(self._in_flight or self._parked)

    def start(self, jobs: list[EngineJob]) -> None:
        for job in jobs:
            if job.conversation in self._in_flight:
                self._parked[job.conversation] = job
            else:
                self._enqueue(job.conversation, partial(self.desk.work, job))

    def gather(self, conversations: list[LiveConversation]) -> None:
        """Lines kept coming while the engine worked on these: their next jobs after a gathering pause."""
        QTimer.singleShot(GATHER_MS, self, lambda: self._next_jobs(conversations))

    def _next_jobs(self, conversations: list[LiveConversation]) -> None:
        # Asked for on the lane, like the job itself: the desk's lock may be held by a source's thread.
        for conversation in conversations:
            self._enqueue(conversation, partial(self._work_next, conversation))

    def _work_next(self, conversation: LiveConversation) -> Update:
        return _merged(self.desk.work(job) for job in self.desk.next_job(conversation).jobs)

    def _enqueue(self, conversation: LiveConversation, work: Callable[[], Update]) -> None:
        self._in_flight.add(conversation)
        self._queued.append((conversation, work))
        if not self._task:
            self._submit()

    def _submit(self) -> None:
        queued, self._queued = self._queued, []
        conversations = [conversation for conversation, _ in queued]
        self._task = True
        self.runner.submit(lambda: _merged(work() for _, work in queued),
                           lambda update: self._on_done(conversations, update),
                           lambda exc: self._on_bug(conversations, exc))

    def _on_done(self, conversations: list[LiveConversation], update: Update) -> None:
        self._task = False
        if self._queued:
            self._submit()
        self._in_flight.difference_update(conversations)
        parked = [self._parked.pop(conversation) for conversation in conversations if conversation in self._parked]
        self.draw(update)
        if parked:
            QTimer.singleShot(GATHER_MS, self, lambda: self.start(parked))

    def _on_bug(self, conversations: list[LiveConversation], exc: BaseException) -> None:
        log.error("engine job failed", exc_info=exc)  # Desk.work catches engine faults; this is a bug of ours
        self._on_done(conversations, Update())


def _merged(updates: Iterable[Update]) -> Update:
    merged = Update()
    for update in updates:
        merged.merge(update)
    return merged
