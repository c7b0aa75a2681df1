"""The task runner's ``run``: windows' background work comes back on the UI thread, newest answer first.

Real worker threads, real queued signals: what a window relies on when a trainer types faster than the
database answers, or when a job fails.
"""

from __future__ import annotations

import logging
import threading

import pytest

from copilot.errors import KnownError
from copilot.shell.tasks import TaskRunner


@pytest.fixture
def ops(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.wait(5000)


def test_the_result_arrives_on_the_ui_thread_not_the_worker(qtbot, ops):
    ran_on, answered_on = [], []

    def job():
        ran_on.append(threading.get_ident())
        return 42

    ops.run(job, on_done=lambda result: answered_on.append((threading.get_ident(), result)))
    qtbot.waitUntil(lambda: bool(answered_on), timeout=5000)
    assert answered_on == [(threading.get_ident(), 42)] and ran_on != [threading.get_ident()]


def test_only_the_newest_question_under_a_name_is_answered(qtbot, ops):
    release = threading.Event()
    answers, errors = [], []
    ops.run(lambda: release.wait(5) and "old", on_done=answers.append, on_error=errors.append, latest="search")
    ops.run(lambda: 1 / 0, on_done=answers.append, on_error=errors.append, latest="search")
    ops.run(lambda: "newest", on_done=answers.append, on_error=errors.append, latest="search")
    ops.run(lambda: "other", on_done=answers.append, latest="statistics")  # another name is its own question
    release.set()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=5000)
    assert answers == ["newest", "other"] and errors == []


def test_a_known_error_goes_to_the_handler_and_a_bug_is_logged_with_its_traceback(qtbot, ops, caplog):
    caplog.set_level(logging.WARNING, logger="copilot.tasks")
    failures = []

    def broken():
        raise KnownError("the disk is full")

    ops.run(broken, on_error=failures.append)
    ops.run(lambda: {}["missing"], on_error=failures.append)
    ops.run(broken)  # nobody handles it: it is logged, not lost
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=5000)
    assert [type(f) for f in failures] == [KnownError, KeyError]
    [bug, unhandled] = caplog.records
    assert bug.levelno == logging.ERROR and bug.exc_info[0] is KeyError
    assert unhandled.levelno == logging.WARNING and "the disk is full" in unhandled.getMessage()
