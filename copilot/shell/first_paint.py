"""Run something once a window has painted for the first time, so the user sees it before the rest is built.

A zero-length timer after ``show()`` is not enough: on X11 the window is exposed, and so painted, only when the
display server answers, which may come after the timer. Here the work waits for the window's first paint event
(or, if the window never paints, for example because it starts minimised, a short while).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500  # a window that never paints (minimised, or on a platform that does not draw) waits this long


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, action: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.action: Callable[[], None] | None = action
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Paint and self.action is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is done and on screen
        return False

    def _run(self) -> None:
        action, self.action = self.action, None
        if action is None:
            return
        self.window.removeEventFilter(self)
        action()


def after_first_paint(window: QWidget, action: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> None:
    """Call ``action`` (once) on the UI thread as soon as ``window`` has painted for the first time."""
    _FirstPaint(window, action, fallback_ms)
