"""A bug shows a dialog with diagnostics to copy, leaves crash.log, and is offered once next start."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from copilot import logs, paths
from copilot.app import _install_crash_handler


def test_an_unexpected_error_is_reported_and_offered_on_the_next_start(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _install_crash_handler(qapp)
    try:
        raise ValueError("card index out of range")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    qtbot.addWidget(box)
    assert "card index out of range" in box.detailedText()
    [copy] = [b for b in box.buttons() if b.text() == "Copy diagnostics"]
    copy.click()
    assert "ValueError: card index out of range" in QGuiApplication.clipboard().text()

    assert "card index out of range" in paths.crash_log_path().read_text(encoding="utf-8")
    report = logs.take_previous_crash()
    assert report is not None and "Agent Copilot" in report
    assert logs.take_previous_crash() is None  # offered once, then kept aside
