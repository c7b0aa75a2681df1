"""The one command module that reaches into the Qt halves, and only to open something: the agent's panel, the
trainer's library and replay windows, or a coaching report drawn with Qt's text and chart widgets.

Every other command runs without Qt (``tests/test_architecture.py`` and the import contracts check it); they
come here, lazily, when a window or a drawing is wanted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the panel's start must not pay for the trainer's service and the session-file code
    from copilot.coaching.service import CoachingService


def _platform_problem() -> bool:
    """Say why no window can open here (no display, a library Qt lacks) instead of letting Qt abort."""
    from copilot.shell.platform_check import problem

    why = problem()
    if why:
        sys.stderr.write(f"copilot: {why}\n")
    return bool(why)


def open_panel(args: argparse.Namespace) -> int:
    """The agent's side panel (``copilot``, ``copilot --demo``, ``copilot listen``)."""
    if _platform_problem():
        return 1
    from copilot.app import run

    return run(args)


def open_coaching(service: CoachingService, *, session_id: str | None = None, screenshot: str | None = None,
                  quit_after: float | None = None) -> int:
    """The session library (``copilot sessions``) or one session's replay (``copilot replay ID``)."""
    if _platform_problem():
        return 1
    from copilot.coaching.qt.windows import run_standalone

    return run_standalone(service, session_id=session_id, screenshot=screenshot, quit_after=quit_after)


def open_supervise(args: argparse.Namespace) -> int:
    """``copilot supervise``: the team's live calls, from the central store the settings name."""
    if _platform_problem():
        return 1
    from copilot.config.settings import Settings
    from copilot.errors import KnownError
    from copilot.supervise.qt.window import run_standalone
    from copilot.supervise.service import from_settings

    settings = Settings()
    try:
        service = from_settings(settings)
    except KnownError as exc:
        sys.stderr.write(f"copilot supervise: {exc}\n")
        return 1
    name = args.name or settings["agent_name"] or os.environ.get("USER") or "Supervisor"
    return run_standalone(service, author_name=name, screenshot=args.screenshot, quit_after=args.quit_after)


def write_report(service: CoachingService, session_id: str, out: Path) -> Path:
    """``copilot replay ID --report FILE``: the charts are widgets, drawn without a window. Offscreen, unless the
    user chose a Qt platform themselves."""
    from PySide6.QtWidgets import QApplication

    from copilot.coaching.qt.report_writer import write_record_report

    if QApplication.instance() is None:
        platform = [] if os.environ.get("QT_QPA_PLATFORM") else ["-platform", "offscreen"]
        _APPLICATION.append(QApplication(["copilot", *platform]))
    return write_record_report(service.load_record(session_id), out)


_APPLICATION: list[object] = []  # the command's Qt application, kept for the life of the process
