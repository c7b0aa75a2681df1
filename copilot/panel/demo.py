"""``copilot --demo``: bundled sample conversations played into the panel at a talking pace.

A newcomer sees cards within seconds, offline. Each sample starts a new session with its own
customer context, exactly as a new call would.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from copilot.errors import InputError
from copilot.text.documents import json_loads

log = logging.getLogger("copilot.demo")


@dataclass(frozen=True, slots=True)
class DemoConversation:
    title: str
    context: dict[str, Any]
    utterances: list[tuple[str, str]]
    language: str | None = None


def load_demos(folder: Path) -> list[DemoConversation]:
    demos = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json_loads(path.read_text(encoding="utf-8"))
            lines = [(u["speaker"], u["text"]) for u in data["utterances"]]
            demos.append(DemoConversation(str(data.get("title", path.stem)), dict(data.get("context", {})),
                                          lines, data.get("language")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not a demo conversation ({exc})", source=str(path)) from None
    return demos


def pause_after(text: str) -> float:
    """Seconds a person takes to say ``text``: about 14 characters a second, within bounds."""
    return min(max(1.2, 0.8 + len(text) / 14.0), 4.5)


class DemoPlayer(QObject):
    conversation_started = Signal(str)  # title
    finished = Signal()

    def __init__(self, demos: list[DemoConversation], start_session: Callable[[DemoConversation], None],
                 add_utterance: Callable[[str, str], None], pace: float = 1.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.demos = demos
        self._start_session = start_session
        self._add_utterance = add_utterance
        self.pace = max(pace, 0.05)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._demo = -1
        self._line = 0

    def start(self) -> None:
        self._next_conversation()

    def stop(self) -> None:
        self._timer.stop()

    def _next_conversation(self) -> None:
        self._demo += 1
        if self._demo >= len(self.demos):
            self.finished.emit()
            return
        demo = self.demos[self._demo]
        self._line = 0
        self._start_session(demo)
        self.conversation_started.emit(demo.title)
        self._timer.start(int(1000 * 1.0 / self.pace))

    def _on_timer_timeout(self) -> None:
        demo = self.demos[self._demo]
        if self._line >= len(demo.utterances):
            self._next_conversation()
            return
        speaker, text = demo.utterances[self._line]
        self._line += 1
        self._add_utterance(speaker, text)
        pause = pause_after(text) if self._line < len(demo.utterances) else 4.0
        self._timer.start(int(1000 * pause / self.pace))
