"""The one error type users are meant to read.

A ``KnownError`` says what happened and what to do; the app shows it and keeps running.
Anything else is a bug and goes to the log with its traceback.
"""

from __future__ import annotations


class KnownError(Exception):
    """A failure with a message fit for the person in front of the screen."""


class InputError(KnownError):
    """A file or value given to us is malformed; the message names where."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        where = source or ""
        if line is not None:
            where = f"{where}:{line}" if where else f"line {line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.source = source
        self.line = line
