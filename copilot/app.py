"""The composition root: builds settings, store, engine, session and window, and wires them.

Nothing else creates long-lived objects; widgets get what they need through their constructors.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from copilot.config import logs, paths
from copilot.config.settings import Settings
from copilot.engines.base import Engine
from copilot.errors import KnownError
from copilot.live.desk import Desk
from copilot.live.session import Session
from copilot.panel.clipboard import ClipboardCapture
from copilot.panel.controller import PanelController
from copilot.panel.crm_bridge import CrmBridge
from copilot.panel.inbox import Inbox
from copilot.panel.window import PanelWindow
from copilot.shell import language, theme
from copilot.shell.crash import CrashHandler, offer_previous_crash
from copilot.shell.first_paint import after_first_paint
from copilot.shell.plain import plain_tip
from copilot.shell.tasks import TaskRunner
from copilot.text.documents import SETTINGS_LIMIT, json_loads, read_text
from copilot.text.i18n import translate

if TYPE_CHECKING:
    from copilot.central.live import LivePublisher
    from copilot.central.sync import BackgroundSync
    from copilot.coaching.qt.windows import CoachingWindows
    from copilot.knowledge.store import KnowledgeBase
    from copilot.panel.ai_drafts import AiDrafts
    from copilot.panel.demo import DemoPlayer
    from copilot.playbook.file import Playbook
    from copilot.record.recorder import BackgroundRecorder
    from copilot.sources.api_process import ApiProcess
    from copilot.sources.lines import LineSource
    from copilot.wrapup import DispositionIndex

log = logging.getLogger("copilot.app")

RECORD_WATCH_MS = 500  # how often the panel looks whether its record still writes
# Four threads share the GIL (UI, engine, recorder, AI). Handing it over every millisecond instead of every five
# keeps the UI thread's waits short when a live source is busy. Set once, for the process, by ``run``.
SWITCH_INTERVAL_S = 0.001


class CopilotApp:
    """Everything one running panel owns, built in dependency order and closed in reverse."""

    def __init__(self, args: argparse.Namespace, settings: Settings, *, core_later: bool = False) -> None:
        """The window and what drives it, then (unless ``core_later``: the panel's start does it after the first
        paint) the core: playbook, engines, the record and the first conversation."""
        self.args = args
        self.settings = settings
        self.notices: list[str] = list(settings.problems)
        self.knowledge_path = paths.knowledge_path(settings["knowledge_path"])
        self.playbook: Playbook | None = None
        self.engine: Engine | None = None
        self.knowledge: KnowledgeBase | None = None
        self.context: dict = {}
        self.recorder: BackgroundRecorder | None = None
        self.central_sync: BackgroundSync | None = None  # ships the record to the central store, on its own thread
        self.live: LivePublisher | None = None  # supervisors' live view of this desk's calls, on its own thread
        self.ai: AiDrafts | None = None
        # The agent's language before the first window: every widget reads its words as it is built.
        self.language = language.install(settings["ui_language"])
        self.palette = theme.tokens(settings["theme"])
        stay_on_top = settings["stay_on_top"] and not args.no_on_top
        self.window = PanelWindow(self.palette, stay_on_top=stay_on_top)
        self.apply_theme()
        self.runner = TaskRunner(self.window)
        self.maintenance = TaskRunner(self.window)  # its own lane: a purge's VACUUM never delays suggestions
        self._retention_ran: float | None = None
        self.retention_timer = QTimer(self.window)
        self.retention_timer.timeout.connect(self._on_retention_timer_timeout)
        self.desk = Desk(lambda key, context, channel: self.new_session(context, "live", channel=channel,
                                                                         external_id=key),
                         ai_debounce_s=settings["ai_debounce_ms"] / 1000)
        self.controller = PanelController(self.window, self.desk, self.runner)
        self.window.stay_on_top_toggled.connect(self._on_window_stay_on_top_toggled)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: self.apply_theme())
        self.demo: DemoPlayer | None = None
        self.inbox = Inbox(self.controller)
        self.inbox.notice_reported.connect(self.notices.append)  # the record watch redraws the notices from these
        self.clipboard = ClipboardCapture(self.controller)
        self.window.clipboard_toggled.connect(self._on_window_clipboard_toggled)
        self.window.set_clipboard_capture(settings["clipboard_capture"])
        if settings.locked("clipboard_capture"):
            self.window.clip.setEnabled(False)
            self.window.clip.setToolTip(plain_tip(settings.managed_reason("clipboard_capture")))
        if settings.locked("stay_on_top"):
            self.window.pin.setEnabled(False)
            self.window.pin.setToolTip(plain_tip(settings.managed_reason("stay_on_top")))
        self.clipboard.set_enabled(settings["clipboard_capture"])
        self.window.settings_requested.connect(self._on_window_settings_requested)
        self.coaching: CoachingWindows | None = None
        self.window.library_requested.connect(lambda: self.coaching_windows().show_library())
        self.window.stats_requested.connect(lambda: self.coaching_windows().show_stats())
        self.api: ApiProcess | None = None
        self._api_starter: threading.Thread | None = None
        self._api_restarter: threading.Thread | None = None
        self._api_restart_lock = threading.Lock()
        self.not_recording = ""  # why nothing is recorded this run ("" while it is)
        self._recording_said: tuple[str, str] = ("", "")  # the record and knowledge problems the notices show now
        self._engine_notices: list[str] = []  # what building the local engine said (a knowledge base that cannot open)
        self.record_watch = QTimer(self.window)  # a failing record is shown while it fails, not only logged
        self.record_watch.timeout.connect(self._on_record_watch_timeout)
        self.line_sources: list[LineSource] = []
        self.crm = CrmBridge(self.controller, settings)
        self.window.cards.article_requested.connect(self._on_cards_article_requested)
        if not core_later:
            self.start_core()

    def start_core(self) -> None:
        """The playbook, the engines, the record and the first conversation with its opening cards.

        Their modules (the knowledge base's SQLite layer among them) and the playbook take a third of the start,
        so the panel shows its window first and builds these right after its first paint."""
        from copilot.engines.factory import playbook_or_default
        from copilot.record.recorder import BackgroundRecorder

        args, settings = self.args, self.settings
        # A playbook IT placed (on a share, say) wins over --playbook; otherwise the command line wins.
        chosen = settings["playbook_path"] if settings.locked("playbook_path") else args.playbook
        self.playbook = playbook_or_default(chosen or settings["playbook_path"], self.notices)
        self.window.set_playbook_name(self.playbook.name)
        self.engine = self._build_engine()
        self.context = self._load_context(args.context)
        try:
            self.recorder = BackgroundRecorder(paths.database_path())
        except KnownError as exc:
            self.recorder = None
            self.not_recording = str(exc)
            log.error("not recording: %s", exc)
            self.notices.append(translate("CopilotApp", "Not recording this session: {problem}").format(
                problem=exc))
        else:
            if self.recorder.notice:
                self.notices.append(self.recorder.notice)
        self.record_watch.start(RECORD_WATCH_MS)
        from copilot.central.sync import start_from_settings

        self.central_sync = start_from_settings(paths.database_path(), self.settings, self.notices)
        from copilot.central.live import start_from_settings as start_live

        # The team's supervisors follow the desk's calls; their notes come back as cards, drawn on the UI thread.
        self.live = start_live(self.settings, self.notices, on_note=self.controller.note_arrived.emit)
        self.desk.live = self.live
        self.desk.dispositions = self._load_dispositions()
        self.controller.open_session(self.new_session(self.context, "manual"),
                                     translate("CopilotApp", "Conversation"), activate=True)
        self.ai = self._build_ai()

    def _load_dispositions(self) -> DispositionIndex:
        """The team's disposition codes for wrap-ups; a file that cannot be used is a notice naming the line, and the
        bundled list is used meanwhile."""
        from copilot.wrapup import DispositionIndex, load_dispositions

        path = self.settings["dispositions_path"] or None
        try:
            return DispositionIndex(load_dispositions(path))
        except KnownError as exc:
            log.warning("dispositions: %s", exc)
            self.notices.append(translate("CopilotApp", "Wrap-up codes: {problem}; using the bundled list")
                                .format(problem=exc))
            return DispositionIndex(load_dispositions())

    def _build_engine(self) -> Engine:
        """The playbook, joined by the knowledge base once it holds articles (``copilot.engines.factory``)."""
        from copilot.engines.factory import from_settings

        assert self.playbook is not None
        said: list[str] = []
        local = from_settings(self.settings, playbook=self.playbook, knowledge_path=self.knowledge_path,
                              notices=said)
        self.notices[:] = [n for n in self.notices if n not in self._engine_notices] + said  # the last build's only
        self._engine_notices = said
        self.knowledge, self.playbook_engine = local.knowledge, local.playbook_engine
        return local.engine

    def _build_ai(self) -> AiDrafts | None:
        """AI drafts when a model is configured; a setting that cannot work is a notice, not a crash."""
        if not self.settings["ai_enabled"]:
            return None
        import copilot.privacy.redaction  # noqa: F401  (loaded now, not on the first customer line)
        from copilot.engines.generative import GenerativeClient, GenerativeEngine
        from copilot.engines.prompt import config_from_settings, knowledge_passages
        from copilot.panel.ai_drafts import AiDrafts

        try:
            self.ai_client = GenerativeClient(config_from_settings(self.settings))
        except KnownError as exc:
            self.notices.append(translate("CopilotApp", "AI drafts off: {problem}").format(problem=exc))
            return None
        passages = knowledge_passages(self.knowledge_path) if self.knowledge is not None else None
        self.desk.ai = GenerativeEngine(self.ai_client, knowledge=passages, guidance=self.playbook_engine.advice)
        ai = AiDrafts(self.desk, self.window)
        self.controller.attach_ai(ai)
        self.window.audit_button.setVisible(True)
        self.window.audit_requested.connect(self._on_window_audit_requested)
        return ai

    def _on_window_audit_requested(self) -> None:
        from copilot.panel.audit_view import show_sent

        shown = self.desk.shown
        sent = shown.ai_sent if shown is not None else None
        self.audit_dialog = show_sent(self.window, sent)

    def _load_context(self, path: str | None) -> dict:
        if not path:
            return {}
        from copilot.sources.transcript import read_context

        try:
            return read_context(path)
        except KnownError as exc:
            self.notices.append(translate("CopilotApp", "Customer context not loaded: {problem}").format(
                problem=exc))
            return {}

    def new_session(self, context: dict, source: str, language: str | None = None, *,
                    channel: str | None = None, external_id: str | None = None) -> Session:
        """A new conversation; ``language`` is the expected one (a queue's or a demo's), if known."""
        assert self.playbook is not None and self.engine is not None, "the core is not started yet"
        default = language or self.settings["default_language"] or self.playbook.default_language
        return Session(self.engine, self.recorder, context=context, source=source, default_language=default,
                       card_ttl=self.settings["card_ttl"], channel=channel, external_id=external_id,
                       agent=self.settings["agent_name"] or _login_name(), team=self.settings["team"] or None)

    def start_api(self, *, wait: bool = True) -> None:
        """Serve the local API if enabled; a failure is a notice, the panel runs on without it.

        ``wait`` False (the running app) does it all on a helper thread: reading the token may wait
        for the OS keychain (an unlock prompt), and the server's process takes a moment to start."""
        if not self.settings["api_enabled"]:
            return
        if wait:
            problem = self._start_api()
            if problem:
                self.notices.append(problem)
            return
        self._api_starter = threading.Thread(target=self._start_api_in_background, name="copilot-api-start",
                                             daemon=True)
        self._api_starter.start()

    def _start_api_in_background(self) -> None:
        problem = self._start_api()
        if problem:
            self.inbox.notice_reported.emit(problem)

    def _start_api(self) -> str | None:
        # Imported here: aiohttp and the keychain take a third of a second to load, after the window shows.
        from copilot.config import keychain
        from copilot.sources.api_process import ApiProcess

        try:
            token = keychain.api_token(file_allowed=self.settings["api_token_file"])
            api = ApiProcess(self.inbox.deliver, token, host=self.settings["api_bind"],
                             port=self.settings["api_port"], allowed_origins=self.settings["api_allowed_origins"],
                             stored=self._after_stored, status=self.record_status, on_gone=self._on_api_gone)
            api.start()
        except KnownError as exc:
            return translate("CopilotApp", "Local API off: {problem}").format(problem=exc)
        self.api = api
        self.controller.suggestion_events.connect(api.publish_many)  # emitted on the UI thread, sent by a pipe
        return None

    def record_status(self) -> dict[str, object]:
        """Whether what arrives now is recorded, for the API's health and its answers (any thread)."""
        recorder = self.recorder
        problem = self.not_recording or (recorder.problem if recorder is not None else "the record is not open yet")
        return {"recording": not problem, **({"problem": problem} if problem else {})}

    def _after_stored(self, done: Callable[[bool, str | None], None]) -> None:
        """Call ``done`` once everything the desk was handed so far is committed (on the recorder's thread)."""
        recorder = self.recorder
        if recorder is None:
            done(False, self.not_recording or "the session record is not open")
        else:
            recorder.after_writes(done)

    def _on_api_gone(self, why: str) -> None:
        """The API process ended or stalled without being asked (any thread): say so, and start a new one."""
        self.inbox.problem_reported.emit(translate("CopilotApp", "{problem}; restarting it").format(
            problem=why))
        with self._api_restart_lock:
            if self._api_restarter is not None and self._api_restarter.is_alive():
                return
            self._api_restarter = threading.Thread(target=self._restart_api, name="copilot-api-restart",
                                                   daemon=True)
            self._api_restarter.start()

    def _restart_api(self) -> None:
        api = self.api
        if api is None:
            return
        try:
            api.restart()
        except KnownError as exc:
            self.inbox.notice_reported.emit(translate("CopilotApp", "Local API off: {problem}").format(
                problem=exc))
            return
        self.inbox.problem_reported.emit(translate("CopilotApp", "The local API is back on {url}").format(
            url=api.url))

    def _on_record_watch_timeout(self) -> None:
        """Show, for as long as it lasts, that the record fails (a read-only folder, a full disk) or that the
        knowledge base turned out damaged while searching (answers are off until its articles are imported again)."""
        recorder = self.recorder
        problem = (recorder.problem if recorder is not None else "") or ""
        damaged = (self.knowledge.problem if self.knowledge is not None else "") or ""
        if (problem, damaged) == self._recording_said:
            return
        self._recording_said = (problem, damaged)
        if problem:
            log.error("not recording: %s", problem)
        self._show_notices()

    def _show_notices(self) -> None:
        """The start notices, and the record's and the knowledge base's problems while they last."""
        problem, damaged = self._recording_said
        said = translate("CopilotApp", "Not recording: {problem}. What is said now waits in memory until it can be "
                                       "written; it is lost if the panel closes first.")
        off = translate("CopilotApp", "Knowledge answers off: {problem}")
        shown = [*self.notices, *([said.format(problem=problem)] if problem else []),
                 *([off.format(problem=damaged)] if damaged else [])]
        self.window.notices.set_notices(shown)

    def start_line_source(self, args: argparse.Namespace) -> None:
        """``copilot listen --stdin`` or ``--follow FILE``."""
        from copilot.sources.lines import FollowSource, StreamSource

        session = args.session or ("stdin" if args.stdin else Path(args.follow).name)
        if args.stdin:
            source: LineSource = StreamSource(sys.stdin, "stdin", session, self.inbox.deliver, self.inbox.report)
        else:
            source = FollowSource(args.follow, Path(args.follow).name, session, self.inbox.deliver,
                                  self.inbox.report, from_start=not args.new_lines_only)
        source.start()
        self.line_sources.append(source)

    def _on_window_clipboard_toggled(self, on: bool) -> None:
        self.clipboard.set_enabled(on)
        if not self.settings.locked("clipboard_capture"):
            self.settings.set("clipboard_capture", on)

    def start_retention(self) -> None:
        """Purge sessions older than ``retention_days`` now, then daily (checked hourly: a laptop that
        slept past the day's mark still purges)."""
        from copilot.record import privacy

        self.retention_timer.start(privacy.RETENTION_CHECK_MS)
        self._on_retention_timer_timeout()

    def _on_retention_timer_timeout(self) -> None:
        from copilot.record import privacy

        days, now = self.settings["retention_days"], time.time()
        if days and privacy.due(self._retention_ran, now):
            self._retention_ran = now
            self.maintenance.submit(lambda: privacy.purge_older_than(paths.database_path(), days),
                                    lambda purged: log.info("retention: %d sessions purged", purged),
                                    lambda exc: log.warning("retention purge failed: %s", type(exc).__name__))

    def coaching_windows(self) -> CoachingWindows:
        """The session library, replays and statistics, made when a trainer first asks."""
        if self.coaching is None:
            from copilot.coaching.qt.windows import CoachingWindows
            from copilot.coaching.service import CoachingService

            service = CoachingService.from_settings(paths.database_path(), self.settings)
            self.coaching = CoachingWindows.from_settings(service, self.palette, self.settings)
        return self.coaching

    def _on_window_settings_requested(self) -> None:
        from copilot.admin.qt.settings_dialog import SettingsDialog

        unavailable = "" if self.crm.paster.available else self.crm.paster.reason
        dialog = SettingsDialog(self.settings, self.api, self.window, paste_unavailable=unavailable)
        dialog.token_rotated.connect(self._on_settings_token_rotated)
        dialog.import_requested.connect(self._on_settings_import_requested)
        dialog.open()

    def _on_cards_article_requested(self, entry_id: str) -> None:
        from copilot.panel.audit_view import show_article

        article = self.knowledge.get(entry_id.removeprefix("kb:")) if self.knowledge is not None else None
        if article is not None:
            self.article_dialog = show_article(self.window, article.title, article.body)

    def _on_settings_import_requested(self) -> None:
        from copilot.admin.qt.knowledge_import import KnowledgeImport

        self.knowledge_import = KnowledgeImport(self.window, self.knowledge_path)
        self.knowledge_import.finished.connect(self._on_knowledge_imported)
        self.knowledge_import.choose_and_import()

    def _on_knowledge_imported(self, _result: object) -> None:
        if self.knowledge is not None:
            self.knowledge.refresh()
            return
        self.engine = self._build_engine()  # the first articles: open conversations answer from them too
        self.desk.use_engine(self.engine)
        self._show_notices()  # a knowledge base that could not open at start may do so now

    def _on_settings_token_rotated(self, token: str) -> None:
        if self.api is not None:
            self.api.token = token

    def apply_theme(self) -> None:
        self.palette = theme.tokens(self.settings["theme"])
        self.window.conversation.set_palette_tokens(self.palette)
        self.window.setStyleSheet(theme.stylesheet(self.palette))

    def _on_window_stay_on_top_toggled(self, on: bool) -> None:
        self.window.apply_stay_on_top(on)
        if not self.settings.locked("stay_on_top"):
            self.settings.set("stay_on_top", on)

    def start_demo(self, pace: float) -> None:
        from copilot.panel.demo import DemoPlayer, load_demos

        demos = load_demos(paths.demo_dir())

        def start_session(demo) -> None:
            self.controller.bind(self.new_session(demo.context, "demo", demo.language))
            self.window.show_toast(translate("CopilotApp", "Demo: {title}").format(title=demo.title))

        self.demo = DemoPlayer(demos, start_session, self.controller.add_utterance, pace, self.window)
        self.demo.finished.connect(self._on_demo_finished)
        self.demo.start()

    def _on_demo_finished(self) -> None:
        """The last demo call is over like any call: its cards expire and its tab says it ended."""
        if self.desk.shown is not None:
            self.controller.end_session(self.desk.shown.session)

    def restore_window_state(self) -> None:
        """Put the panel where the agent left it, if that place is still on a screen."""
        try:
            state = json_loads(read_text(paths.window_state_path(), SETTINGS_LIMIT))
            rect = QRect(int(state["x"]), int(state["y"]), int(state["width"]), int(state["height"]))
        except (OSError, ValueError, KeyError, TypeError):
            return
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        if rect.width() >= self.window.minimumWidth() and any(s.intersects(rect) for s in screens):
            self.window.setGeometry(rect)

    def save_window_state(self) -> None:
        rect = self.window.geometry()
        state = {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height()}
        try:
            paths.window_state_path().write_text(json.dumps(state), encoding="utf-8")
        except OSError as exc:
            log.warning("window position not saved: %s", exc)

    def close(self) -> None:
        self.save_window_state()
        if self.coaching is not None:
            self.coaching.close()
        if self.demo is not None:
            self.demo.stop()
        for source in self.line_sources:
            source.stop()
        self.crm.stop()
        if self.ai is not None:
            self.ai.stop()
            self.ai_client.close()
        if self._api_starter is not None:
            self._api_starter.join(25)
        if self._api_restarter is not None:
            self._api_restarter.join(25)
        if self.api is not None:
            self.api.stop()
        self.record_watch.stop()
        self.controller.shutdown()
        self.runner.wait(3000)
        self.retention_timer.stop()
        self.maintenance.wait(30000)
        if self.recorder is not None:
            self.recorder.close()
        if self.central_sync is not None:
            self.central_sync.close()
        if self.live is not None:
            self.live.close()
        self.language.remove()


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    logs.setup(verbose=args.verbose)
    settings = Settings()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    if settings["font_scale"] != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * settings["font_scale"])
        app.setFont(font)
    dialogs = not getattr(args, "no_crash_dialog", False)
    CrashHandler(app, dialogs=dialogs).install()
    try:
        copilot = CopilotApp(args, settings, core_later=True)
    except KnownError as exc:
        QMessageBox.critical(None, "Agent Copilot", str(exc))  # not translated: the product's name
        return 2
    crashed = offer_previous_crash(copilot.window, dialogs=dialogs)
    if crashed:
        copilot.notices.append(crashed)
    copilot.crm.start()
    copilot.notices.extend(copilot.crm.notices)
    copilot.restore_window_state()
    copilot.window.show()
    log.info("window shown in %.0f ms", (time.perf_counter() - started) * 1000)
    if copilot.notices:
        copilot.window.notices.set_notices(copilot.notices)
    # The agent sees the panel first: the core (playbook, engines, the record, the first conversation), then the
    # live sources and the demo start once the window has painted.
    after_first_paint(copilot.window, lambda: _start(app, copilot, args, started))
    if args.screenshot or args.quit_after:
        QTimer.singleShot(int(1000 * (args.quit_after or 0.5)),
                          lambda: _finish(app, copilot, args.screenshot))
    app.aboutToQuit.connect(copilot.close)
    return app.exec()


def _start(app: QApplication, copilot: CopilotApp, args: argparse.Namespace, started: float) -> None:
    try:
        copilot.start_core()
    except KnownError as exc:  # not even the built-in playbook loads: a broken installation
        QMessageBox.critical(copilot.window, "Agent Copilot", str(exc))  # not translated: the product's name
        app.exit(2)
        return
    log.info("panel ready in %.0f ms", (time.perf_counter() - started) * 1000)
    freeze_startup_heap()
    _start_sources(copilot, args)
    if args.demo:
        copilot.start_demo(args.demo_pace or copilot.settings["demo_pace"])


def freeze_startup_heap() -> None:
    """The objects made while the panel starts (modules, Qt's wrappers, the playbook) live as long as it does.
    Frozen, they are skipped by the garbage collector's full passes, which stay short while a live source floods
    the panel. ``run`` calls this once the panel is ready; benchmarks that build the app themselves do too."""
    gc.freeze()


def _start_sources(copilot: CopilotApp, args: argparse.Namespace) -> None:
    copilot.start_api(wait=False)
    copilot.start_retention()
    if args.command == "listen":
        copilot.start_line_source(args)
    if copilot.notices:
        copilot.window.notices.set_notices(copilot.notices)


def _finish(app: QApplication, copilot: CopilotApp, screenshot: str | None) -> None:
    if screenshot:
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        copilot.window.grab().save(screenshot)
    app.quit()


def _login_name() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (a service account, a container)
        return None
