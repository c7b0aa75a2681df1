"""A bug shows a calm dialog with diagnostics to copy (no customer text), leaves crash.log, is offered
once at the next start, and stays silent in unattended use."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from copilot.config import logs, paths
from copilot.shell.crash import CrashHandler, offer_previous_crash

CUSTOMER_WORDS = "Anna de Vries, anna.devries@example.com, says the bill is wrong"


def visible_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def handler(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    made = CrashHandler(qapp).install()
    yield made
    for box in visible_boxes():
        box.close()


def raise_with_customer_text():
    try:
        raise ValueError(f"could not parse {CUSTOMER_WORDS}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def test_an_unexpected_error_shows_diagnostics_without_customer_text(qtbot, handler):
    raise_with_customer_text()
    [box] = visible_boxes()
    assert "ValueError" in box.detailedText() and "raise_with_customer_text" in box.detailedText()
    assert "Anna" not in box.detailedText() and "example.com" not in box.detailedText()
    [copy] = [b for b in box.buttons() if b.text() == "Copy diagnostics"]
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "ValueError" in copied and "Anna" not in copied and box.isVisible()  # copying keeps the box open
    saved = paths.crash_log_path().read_text(encoding="utf-8")
    assert "test_crash_reports.py" in saved and "Anna" not in saved and "bill" not in saved


def test_a_repeating_error_shows_one_dialog(qtbot, handler):
    for _ in range(5):
        raise_with_customer_text()
    [box] = visible_boxes()
    assert "5 times" in box.informativeText()


def test_an_error_on_a_worker_thread_is_reported_on_the_ui_thread(qtbot, handler):
    def work():
        raise RuntimeError(CUSTOMER_WORDS)

    worker = threading.Thread(target=work, name="copilot-test-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(visible_boxes()) == 1, timeout=3000)
    assert "RuntimeError" in handler.reports[-1] and "Anna" not in handler.reports[-1]


def test_the_report_is_offered_once_at_the_next_start(qtbot, handler):
    raise_with_customer_text()
    for box in visible_boxes():
        box.close()
    notice = offer_previous_crash(None)
    assert notice is not None and str(paths.log_dir()) in notice
    [box] = visible_boxes()
    assert "stopped unexpectedly last time" in box.text() and "ValueError" in box.detailedText()
    box.close()
    assert offer_previous_crash(None) is None  # offered once, then kept aside
    assert list(paths.log_dir().glob("crash-*.log"))


def test_unattended_use_logs_the_error_without_a_dialog(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    CrashHandler(qapp, dialogs=False).install()
    raise_with_customer_text()
    assert visible_boxes() == []
    assert "ValueError" in paths.crash_log_path().read_text(encoding="utf-8")


@pytest.mark.slow
def test_no_crash_dialog_is_a_command_line_option(tmp_path):
    done = subprocess.run([sys.executable, "-m", "copilot", "--help"], capture_output=True, text=True, timeout=60)
    assert "--no-crash-dialog" in done.stdout
    assert logs.diagnostics(None).startswith("Agent Copilot")
