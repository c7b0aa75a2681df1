"""Reading JSON and TOML documents that nobody has checked yet: playbooks, settings, the IT policy, golden sets,
customer contexts, scorecard templates, knowledge files.

Python's parsers fail in two ways no caller expects from "not valid JSON": a document nested a few thousand
levels deep overflows the interpreter's stack (``RecursionError``), and a number of thousands of digits trips
the integer-conversion limit (a bare ``ValueError``). Both came out of the commands as tracebacks, and a damaged
policy file stopped the self-test. Here every failure is the parser's own error type with a message that names the
problem, so each caller's existing handling (a clear message, the app keeps running) covers them; a document
nested deeper than any real one is refused the same way, before anything walks it.
"""

from __future__ import annotations

import errno
import json
import os
import tomllib
from typing import Any

MAX_NESTING = 64  # levels of objects and lists; real files use a handful, and far deeper ones break what walks them

MB = 1024 * 1024
# The most each kind of file may hold: far beyond a real one, and short of what exhausts a workstation's memory
# (``copilot suggest /dev/zero`` or a multi-gigabyte log picked by mistake ended in a MemoryError traceback).
SETTINGS_LIMIT = 4 * MB  # settings, the IT policy, the window state, scorecard templates, dispositions
PLAYBOOK_LIMIT = 16 * MB
TRANSCRIPT_LIMIT = 64 * MB  # transcripts, customer contexts, golden sets
ARCHIVE_LIMIT = 256 * MB  # a session file
KNOWLEDGE_LIMIT = 512 * MB  # one file of articles, far beyond a help centre's export
MAX_TEXT = 20_000  # characters in one line of a conversation; a whole e-mail fits, a runaway buffer does not
# The largest number of seconds a time read from outside may hold: 9999-12-31, the last moment a date can show.
LAST_MOMENT = 253402214400.0


class TooLarge(OSError):
    """A file larger than its kind may be; an ``OSError`` whose ``strerror`` says so, so every caller's
    "cannot read the file (...)" names the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit // MB} MB, the most this file may hold")

    def __str__(self) -> str:
        return str(self.strerror)


def read_bytes(path: str | os.PathLike[str], limit: int) -> bytes:
    """The file's bytes, or ``TooLarge`` past ``limit`` (read no further: ``/dev/zero`` never ends)."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data


def read_text(path: str | os.PathLike[str], limit: int, encoding: str = "utf-8") -> str:
    """``Path.read_text`` held to ``limit`` bytes (``UnicodeDecodeError`` as it raises it)."""
    return read_bytes(path, limit).decode(encoding)


class _TomlError(tomllib.TOMLDecodeError):
    """A ``TOMLDecodeError`` with a message of ours (its own constructor wants a position in newer Pythons)."""

    def __init__(self, message: str) -> None:
        ValueError.__init__(self, message)


class _JsonError(json.JSONDecodeError):
    """A ``JSONDecodeError`` about the whole document, so its text gives no line and column."""

    def __str__(self) -> str:
        return self.msg


def json_loads(text: str | bytes) -> Any:
    """``json.loads`` whose every failure is a ``json.JSONDecodeError`` naming the problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise _JsonError(f"nested deeper than {MAX_NESTING} levels", _as_text(text), 0) from None
    except ValueError:  # Python's limit on the digits of an int
        raise _JsonError("holds a number too long to read", _as_text(text), 0) from None
    if _too_deep(data):
        raise _JsonError(f"nested deeper than {MAX_NESTING} levels", _as_text(text), 0)
    return data


def toml_loads(text: str) -> dict[str, Any]:
    """``tomllib.loads`` whose every failure is a ``tomllib.TOMLDecodeError`` naming the problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise
    except RecursionError:
        raise _TomlError(f"nested deeper than {MAX_NESTING} levels") from None
    except ValueError:
        raise _TomlError("holds a number too long to read") from None
    if _too_deep(data):
        raise _TomlError(f"nested deeper than {MAX_NESTING} levels")
    return data


def _too_deep(data: Any) -> bool:
    """Whether ``data`` nests objects and lists deeper than ``MAX_NESTING`` (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth >= MAX_NESTING:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _as_text(text: str | bytes) -> str:
    return text if isinstance(text, str) else text.decode("utf-8", "replace")
