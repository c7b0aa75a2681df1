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

from copilot import __version__
from copilot.config import paths


def setup(verbose: bool = False) -> None:
    root = logging.getLogger("copilot")
    if any(getattr(h, "_copilot", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = LogFile(paths.log_dir() / "copilot.log", maxBytes=2_000_000, backupCount=3,
                                           encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._copilot = True  # type: ignore[attr-defined]
    root.addHandler(handler)


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file, which says once on stderr that it cannot be written (a full disk, a read-only
    folder) and once that it can again, instead of a traceback on stderr for every line it loses."""

    failing: str | None = None  # why lines are lost now
    _lost = False  # the line being written was lost

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self._lost = True
        if self.failing is None:
            self.failing = error.strerror or type(error).__name__
            _say(f"copilot: the log file {self.baseFilename} cannot be written ({self.failing}); "
                 "log lines are lost until it can")
        if self.stream is not None:  # a new file is opened for the next line: the disk may have room again
            try:
                self.stream.close()
            except OSError:
                pass
            self.stream = None

    def emit(self, record: logging.LogRecord) -> None:
        self._lost = False
        super().emit(record)
        if self.failing is not None and not self._lost:
            self.failing = None
            _say(f"copilot: the log file {self.baseFilename} is written again")


def _say(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # no stderr (a windowed bundle) or a closed one
        pass


class PrivateFormatter(logging.Formatter):
    """Tracebacks in the log file without the messages of exceptions that may quote the conversation.

    Messages are kept for the errors that describe the machine, not the customer: files and disks
    (OSError), the database (sqlite3.Error) and the app's own explained errors (KnownError), whose
    messages name files and fields, never what was said."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802 (logging's name)
        exc = ei[1]
        if exc is None or _speaks_of_the_machine(exc):
            return super().formatException(ei)
        return "\n".join(exception_lines(exc))


def _speaks_of_the_machine(exc: BaseException) -> bool:
    import sqlite3

    from copilot.errors import KnownError

    return isinstance(exc, OSError | sqlite3.Error | KnownError) and not isinstance(exc, UnicodeError)


def diagnostics(exc: BaseException | None = None) -> str:
    """What a bug report needs and nothing a customer said: versions, the exception's type and where
    it happened (file, line, function, for it and the exceptions that led to it). Exception messages
    are left out, because they can quote the conversation (``ValueError: bad text '...'``)."""
    lines = [
        f"Agent Copilot {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt platform {_qt_platform()}",
        f"Time {time.strftime('%Y-%m-%d %H:%M:%S')}",
    ]
    if exc is not None:
        lines += ["", *exception_lines(exc)]
    return "\n".join(lines)


def exception_lines(exc: BaseException) -> list[str]:
    """The exception and those that led to it: type and frames (file, line, function), never the message."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    lines: list[str] = []
    for n, error in enumerate(reversed(chain)):
        if n:
            lines += ["", "which led to:"]
        withheld = len(str(error))
        note = f" (message of {withheld} characters withheld: it may quote customer text)" if withheld else ""
        lines.append(f"{type(error).__module__}.{type(error).__qualname__}{note}")
        lines += [f'  File "{_short(f.filename)}", line {f.lineno}, in {f.name}'
                  for f in traceback.extract_tb(error.__traceback__)]
    return lines


def _short(filename: str) -> str:
    """A path from the package on (``copilot/panel/cards.py``): the user's home and folders stay out."""
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("copilot", "site-packages", "PySide6"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + (1 if anchor == "site-packages" else 0):])
    return parts[-1]


def _qt_platform() -> str:
    qt = sys.modules.get("PySide6.QtGui")
    app = qt.QGuiApplication.instance() if qt is not None else None
    return app.platformName() if app is not None else "not started"


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
