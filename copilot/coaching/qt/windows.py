"""The trainer's windows, opened from the panel's menu or from ``copilot sessions`` and ``copilot replay``.

One library, one statistics window, and a replay window per session opened (opening the same session
again brings its window forward). All of them share the one ``CoachingService`` they are given: the
composition root (``copilot.app``) or the command builds it, and no window opens the database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from copilot.coaching.qt.library_window import LibraryWindow
from copilot.coaching.qt.replay_window import ReplayWindow
from copilot.coaching.service import CoachingService
from copilot.engines.base import Engine
from copilot.shell import language, theme


class CoachingWindows:
    def __init__(self, service: CoachingService, palette: dict[str, str], engine_factory: Callable[[], Engine] | None,
                 playbook_path: Callable[[], Path] | None = None, *, card_ttl: int = 6) -> None:
        self.service = service
        self.palette = palette
        self.engine_factory = engine_factory
        self.playbook_path = playbook_path
        self.library: LibraryWindow | None = None
        self.stats: QWidget | None = None
        self.replays: dict[str, ReplayWindow] = {}
        self.card_ttl = card_ttl

    @classmethod
    def from_settings(cls, service: CoachingService, palette: dict[str, str], settings: Any) -> CoachingWindows:
        """As the panel and the trainer's commands both open them: today's engine and playbook for what-if
        and statistics, the panel's card lifetime."""
        from copilot.config import paths
        from copilot.engines.factory import from_settings

        return cls(service, palette, lambda: from_settings(settings).engine,
                   playbook_path=lambda: Path(settings["playbook_path"] or paths.default_playbook_path()),
                   card_ttl=settings["card_ttl"])

    def show_library(self) -> LibraryWindow:
        if self.library is None:
            self.library = LibraryWindow(self.service, on_open=self.open_replay, on_stats=self.show_stats)
            theme.dress(self.library, self.palette)
        else:
            self.library.refresh()
        _raise(self.library)
        return self.library

    def open_replay(self, session_id: str) -> ReplayWindow:
        window = self.replays.get(session_id)
        if window is None:
            window = ReplayWindow(self.service, self.palette, engine_factory=self.engine_factory,
                                  card_ttl=self.card_ttl)
            theme.dress(window, self.palette)
            window.load(session_id)
            self.replays[session_id] = window
            window.destroyed.connect(lambda _obj=None, sid=session_id: self.replays.pop(sid, None))
        _raise(window)
        return window

    def show_stats(self) -> QWidget:
        from copilot.coaching.qt.stats_view import StatsWindow

        if self.stats is None:
            playbook = None
            if self.playbook_path is not None:
                from copilot.errors import KnownError
                from copilot.playbook.file import load_playbook

                try:  # for "entries never used"; without it the statistics still show
                    playbook = load_playbook(self.playbook_path())
                except KnownError:
                    playbook = None
            self.stats = StatsWindow(self.service, playbook=playbook, palette=self.palette)
            theme.dress(self.stats, self.palette)
        _raise(self.stats)
        return self.stats

    def close(self) -> None:
        for window in [self.library, self.stats, *self.replays.values()]:
            if window is not None:
                window.close()


def _raise(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


def run_standalone(service: CoachingService, *, session_id: str | None = None, screenshot: str | None = None,
                   quit_after: float | None = None) -> int:
    """``copilot sessions`` (the library) or ``copilot replay`` (one session), without the agent's panel."""
    from PySide6.QtWidgets import QApplication

    from copilot.config import logs
    from copilot.config.settings import Settings

    logs.setup(verbose=False)
    settings = Settings()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    shown_in = language.install(settings["ui_language"])
    palette = theme.tokens(settings["theme"])
    before = app.styleSheet(), app.quitOnLastWindowClosed()  # an application shared with others (tests)
    app.setStyleSheet(theme.stylesheet(palette))
    windows = CoachingWindows.from_settings(service, palette, settings)
    window: QWidget = windows.show_library() if session_id is None else windows.open_replay(session_id)
    app.setQuitOnLastWindowClosed(True)
    if screenshot or quit_after:  # unattended: documentation screenshots and tests

        def finish() -> None:
            if screenshot:
                window.grab().save(screenshot)
            windows.close()
            app.quit()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(1000 * (quit_after or 1.0)), finish)
    try:
        return app.exec()
    finally:
        app.setStyleSheet(before[0])
        app.setQuitOnLastWindowClosed(before[1])
        shown_in.remove()
