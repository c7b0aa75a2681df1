"""Named loggers, a rotating log file, and crash reports.

Customer text never goes to the log at INFO; tracebacks do, with enough context to fix the bug.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import time
import traceback

from copilot import __version__, paths


def setup(verbose: bool = False) -> None:
    root = logging.getLogger("copilot")
    if any(getattr(h, "_copilot", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir() / "copilot.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._copilot = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def diagnostics(exc: BaseException | None = None) -> str:
    lines = [
        f"Agent Copilot {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Time {time.strftime('%Y-%m-%d %H:%M:%S')}",
    ]
    if exc is not None:
        lines.append("")
        lines.extend(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return "\n".join(line.rstrip("\n") for line in lines)


def write_crash_report(exc: BaseException) -> str:
    """Log the bug and keep a crash.log to offer on the next start; returns the report text."""
    report = diagnostics(exc)
    logging.getLogger("copilot.crash").error("unexpected error\n%s", report)
    try:
        paths.crash_log_path().write_text(report, encoding="utf-8")
    except OSError:
        pass
    return report


def take_previous_crash() -> str | None:
    """The crash report left by the last run, moved aside so it is offered only once."""
    path = paths.crash_log_path()
    if not path.exists():
        return None
    try:
        report = path.read_text(encoding="utf-8")
        path.replace(path.with_name(f"crash-{int(path.stat().st_mtime)}.log"))
    except OSError:
        return None
    return report
