"""Line sources: JSON lines (or ``Speaker: text``) from stdin or from a transcript file that grows.

Every line may be any message the API takes. A bad line is reported with its number and skipped;
the rest goes on. Reading happens on a thread of its own; ``deliver`` and ``report`` must be safe
to call from it (the panel passes queued Qt signals). Qt-free.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from copilot.live.protocol import Message, ProtocolError, parse_message
from copilot.sources.transcript import split_labelled

log = logging.getLogger("copilot.sources")
POLL_INTERVAL = 0.2


def parse_line(raw: str, number: int, default_session: str) -> Message | None:
    """One line as a message; ``None`` for blank lines and comments; ``ProtocolError`` if bad."""
    line = raw.strip().lstrip("\ufeff")
    if not line or line.startswith("#"):
        return None
    if line.startswith("{"):
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            raise ProtocolError("line", "not valid JSON") from None
        except ValueError:
            raise ProtocolError("line", "holds a number too long to read") from None
        if isinstance(data, dict) and "session" not in data:
            data = {**data, "session": default_session}
        return parse_message(data)
    labelled = split_labelled(line)
    if labelled is None:
        raise ProtocolError("line", "expected a JSON object or 'Speaker: text'")
    speaker, text = labelled  # checked as the same line in JSON is: its length, its session
    return parse_message({"speaker": str(speaker), "text": text}, session=default_session)


class LineSource:
    """Feeds lines to ``deliver`` on a thread; problems go to ``report`` as readable sentences."""

    def __init__(self, name: str, default_session: str, deliver: Callable[[Message], None],
                 report: Callable[[str], None]) -> None:
        self.name = name
        self.default_session = default_session
        self.deliver = deliver
        self.report = report
        self.lines_read = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run_safely, name=f"copilot-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def feed(self, lines: Iterable[str]) -> None:
        for raw in lines:
            self.lines_read += 1
            try:
                message = parse_line(raw, self.lines_read, self.default_session)
            except ProtocolError as exc:
                self.report(f"{self.name}:{self.lines_read}: {exc} (line skipped)")
                continue
            if message is not None:
                self.deliver(message)

    def _run_safely(self) -> None:
        try:
            self.run()
        except Exception as exc:  # a source must never take the panel down
            log.exception("%s stopped", self.name)
            self.report(f"{self.name} stopped: {type(exc).__name__} (details in the log)")

    def run(self) -> None:
        raise NotImplementedError


class StreamSource(LineSource):
    """``copilot listen --stdin``: lines piped in by a transcription tool, until it closes."""

    def __init__(self, stream: IO[str], *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.stream = stream

    def run(self) -> None:
        for raw in self.stream:
            if self._stop.is_set():
                return
            self.feed([raw])
        self.report(f"{self.name}: the input ended")


class FollowSource(LineSource):
    """``copilot listen --follow FILE``: new lines as the file grows, through truncation and rotation."""

    def __init__(self, path: str | Path, *args: object, from_start: bool = True, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.path = Path(path)
        self.from_start = from_start

    def run(self) -> None:
        handle: IO[bytes] | None = None
        identity: tuple[int, int] | None = None
        pending = b""
        waiting_reported = False
        while not self._stop.is_set():
            if handle is None:
                try:
                    handle = open(self.path, "rb")  # noqa: SIM115 (kept open while following)
                except OSError:
                    if not waiting_reported:
                        self.report(f"{self.name}: waiting for {self.path} to appear")
                        waiting_reported = True
                    self._stop.wait(POLL_INTERVAL)
                    continue
                stat = os.fstat(handle.fileno())
                identity = (stat.st_dev, stat.st_ino)
                if not self.from_start:
                    handle.seek(0, os.SEEK_END)
                self.from_start = True  # a rotated-in file is read from its start
                pending = b""
            chunk = handle.read(65536)
            if chunk:
                pending += chunk
                *complete, pending = pending.split(b"\n")
                self.feed(line.decode("utf-8", "replace") for line in complete)
                continue
            change = self._file_changed(handle, identity)
            if change == "rotated":
                handle.close()
                handle = None
                continue
            if change == "truncated":
                handle.seek(0)
                pending = b""
                continue
            self._stop.wait(POLL_INTERVAL)
        if handle is not None:
            handle.close()

    def _file_changed(self, handle: IO[bytes], identity: tuple[int, int] | None) -> str | None:
        """"rotated" (another file at the path), "truncated" (shorter than what was read), or None."""
        try:
            stat = os.stat(self.path)
        except OSError:
            return None  # moved away and not yet replaced: keep the old handle for now
        if (stat.st_dev, stat.st_ino) != identity:
            return "rotated"
        if stat.st_size < handle.tell():
            return "truncated"
        return None

