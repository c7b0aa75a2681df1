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
# The most of one line a source holds while waiting for its end: the local API's largest body, which fits a line of
# the longest text as JSON with every character escaped. A longer line is skipped and named, not gathered whole:
# a tool writing on and on without a line break (a binary file, a stuck loop) grew the buffer to the file's size and
# searched it again for each new chunk (60 MB: the next line arrived 51 s late).
LINE_LIMIT = 256 * 1024


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

    def skip_long_line(self) -> None:
        self.lines_read += 1
        self.report(f"{self.name}:{self.lines_read}: longer than {LINE_LIMIT // 1024} KB without a line break "
                    "(line skipped)")

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
        while not self._stop.is_set():
            raw = self.stream.readline(LINE_LIMIT)
            if not raw:
                break
            if len(raw) >= LINE_LIMIT and not raw.endswith("\n"):
                self.skip_long_line()
                while raw and not raw.endswith("\n"):  # the rest of it, a bounded piece at a time
                    raw = self.stream.readline(LINE_LIMIT)
                continue
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
        skipping = False  # in the middle of a line too long to hold, until its end
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
                pending, skipping = b"", False
            chunk = handle.read(65536)
            if chunk:
                if skipping:
                    end = chunk.find(b"\n")
                    if end < 0:
                        continue
                    chunk, skipping = chunk[end + 1:], False
                if b"\n" not in chunk:  # the middle of a line: only the new piece is searched
                    pending += chunk
                    if len(pending) > LINE_LIMIT:
                        self.skip_long_line()
                        pending, skipping = b"", True
                    continue
                *complete, rest = (pending + chunk).split(b"\n")
                pending = rest
                self.feed(line.decode("utf-8", "replace") for line in complete)
                continue
            change = self._file_changed(handle, identity)
            if change == "rotated":
                handle.close()
                handle = None
                continue
            if change == "truncated":
                handle.seek(0)
                pending, skipping = b"", False
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

