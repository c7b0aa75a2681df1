"""Stopping a guidance experiment in its playbook file, as ``copilot experiments stop`` does.

The team lead's file is theirs: comments, order and layout stay as they wrote them. A TOML playbook gets one line,
``stop = <now>`` (and ``keep``, when asked), in the experiment's own table, replacing a ``stop`` or ``keep``
already there; a JSON playbook is rewritten with the same data plus those fields. The result is loaded back
before it replaces the file, so a playbook is never left broken, and it replaces the file in one step. From the
stop on every panel that reads the file shows the kept wording and counts nothing; what was recorded stays.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from copilot.errors import KnownError
from copilot.playbook.experiments import Experiment
from copilot.playbook.file import PlaybookError, line_of, load_playbook

_SUB_TABLE = re.compile(r"^\s*\[")


class StopError(KnownError):
    """The experiment cannot be stopped in this file; the message says why and what to do instead."""


def stop_experiment(path: str | Path, name: str, at: float, keep: str | None = None) -> Experiment:
    """Write the stop of experiment ``name`` (at epoch seconds ``at``, to the minute) into the playbook at
    ``path``; returns the experiment as the file now defines it."""
    path = Path(path)
    book = load_playbook(path)
    found = [(number, e) for number, e in enumerate(book.entries, 1) if e.experiment and e.experiment.name == name]
    if not found:
        names = ", ".join(e.name for e in book.experiments) or "none"
        raise PlaybookError(f"no experiment named {name!r} (the playbook's experiments: {names})", source=str(path))
    number, _entry = found[0]
    moment = dt.datetime.fromtimestamp(at).replace(second=0, microsecond=0)
    values: dict[str, Any] = {"stop": moment, **({"keep": keep} if keep else {})}
    original = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        data = json.loads(original)
        entries = data.get("entry", data.get("entries"))
        entries[number - 1]["experiment"].update({k: v.isoformat() if k == "stop" else v for k, v in values.items()})
        changed = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        changed = _toml_with(original, number, values)
    _replace(path, changed, name, moment.timestamp())
    stopped = next(e for e in load_playbook(path).experiments if e.name == name)
    return stopped


def _toml_with(text: str, number: int, values: dict[str, Any]) -> str:
    """The TOML text with ``values`` set in entry ``number``'s experiment, right after its ``name``."""
    lines = text.splitlines(keepends=True)
    at = line_of(text, number, "experiment.name")
    if at is None or "name" not in lines[at - 1].split("=", 1)[0]:
        raise StopError("cannot find the experiment's name line; write stop = <date> in its table by hand")
    name_line = lines[at - 1]
    prefix = name_line[: len(name_line) - len(name_line.lstrip())]
    dotted = "experiment." if name_line.lstrip().startswith("experiment.") else ""
    begin, end = at - 1, at
    while begin > 0 and not _SUB_TABLE.match(lines[begin - 1]):  # the table the name is in, header excluded
        begin -= 1
    while end < len(lines) and not _SUB_TABLE.match(lines[end]):
        end += 1
    replaced = {f"{dotted}{k}" for k in values}

    def kept(part: list[str]) -> list[str]:
        return [line for line in part if line.split("=", 1)[0].strip() not in replaced]

    def said(key: str, value: Any) -> str:
        return value.isoformat(timespec="seconds") if key == "stop" else f'"{value}"'

    added = [f"{prefix}{dotted}{key} = {said(key, value)}\n" for key, value in values.items()]
    if not name_line.endswith("\n"):
        name_line += "\n"
    return "".join([*lines[:begin], *kept(lines[begin: at - 1]), name_line, *added, *kept(lines[at:end]),
                    *lines[end:]])


def _replace(path: Path, text: str, name: str, stop: float) -> None:
    """Check the new text loads with the experiment stopped at ``stop``, then put it in place in one step."""
    handle, scratch = tempfile.mkstemp(prefix=".stop-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        try:
            check = load_playbook(scratch)
        except PlaybookError as exc:
            raise StopError(f"{path}: the playbook would not load with the stop written in ({exc.detail}); write "
                            "stop = <date> in the experiment's table by hand") from None
        if not any(e.name == name and e.stop == stop for e in check.experiments):
            raise StopError("the stop could not be written where the experiment is defined; write stop = <date> "
                            "in its table by hand")
        if path.exists():
            os.chmod(scratch, path.stat().st_mode & 0o7777)
        os.replace(scratch, path)
    except OSError as exc:
        raise StopError(f"{path}: cannot write the playbook ({exc.strerror or exc})") from exc
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
