"""The log is for fixing bugs, not a second transcript: at the default level it never holds what a
customer said or who they are, not even when a write fails; it rotates, and lives in the user's log dir."""

from __future__ import annotations

import itertools
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
import pytest
from recorded import default_playbook

from copilot.config import logs, paths
from copilot.engines.composite import CompositeEngine
from copilot.engines.factory import local_engine
from copilot.knowledge import KnowledgeBase
from copilot.live.session import Session
from copilot.model import Speaker, Utterance
from copilot.record.recorder import BackgroundRecorder

CONTEXT = {"customer": {"id": "Q-40417", "name": "Zygmunt Pelletier-Orbach", "email": "zygmunt.po@orbach.example",
                        "phone": "+44 7700 900461"}}
CALL = [
    ("customer", "Hi, Zygmunt Pelletier-Orbach here, my router light blinks orange since the thunderstorm"),
    ("agent", "Hello Zygmunt, sorry about that, let me look at the router for you"),
    ("customer", "Honestly this is way too expensive for a box that breaks, I want to cancel"),
    ("agent", "I understand, let me see what I can do for you"),
    ("customer", "Put me through to a manager, my number is +44 7700 900461"),
]
SECRETS = ("Zygmunt", "Pelletier", "Orbach", "zygmunt.po", "7700 900461", "900461", "Q-40417", "thunderstorm",
           "blinks orange", "box that breaks", "Put me through")


def copilot_handler() -> logging.Handler:
    return next(h for h in logging.getLogger("copilot").handlers if getattr(h, "_copilot", False))


def test_a_recorded_call_with_failing_writes_leaves_no_customer_text_in_the_log(tmp_path):
    logs.setup()  # the default level, into the test's private data dir
    assert logging.getLogger("copilot").getEffectiveLevel() == logging.INFO
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "router.md").write_text("# Router light blinks orange\n\nWhen the router light blinks orange, "
                                        "restart the router and wait two minutes.\n", encoding="utf-8")
    kb = KnowledgeBase(paths.knowledge_path())
    kb.import_path(articles)
    kb.close()
    local = local_engine(default_playbook(), knowledge_path=paths.knowledge_path(), threshold=0.3)
    engine, knowledge = local.engine, local.knowledge
    assert isinstance(engine, CompositeEngine)
    recorder = BackgroundRecorder(paths.database_path())
    ticks = itertools.count(1_700_000_000.0, 0.5)
    session = Session(engine, recorder, context=CONTEXT, external_id="Q-40417", clock=lambda: next(ticks))
    session.start()
    shown = []
    for speaker, text in CALL:
        change = session.offer(session.suggest(session.add_utterance(speaker, text)))
        shown += change.shown
        if speaker == "agent" and session.cards:
            session.insert(session.cards[0].id)
    session.set_context({**CONTEXT, "note": "Zygmunt called before about the thunderstorm"})
    session.end(outcome="escalated")
    # Writes that fail: the same line twice (a source replaying), and details for a session not recorded.
    recorder.utterance_added(session.id, Utterance(Speaker.CUSTOMER, CALL[0][1], index=0))
    recorder.context_changed("Q-40417", CONTEXT)
    recorder.flush()
    recorder.close()
    if knowledge is not None:
        knowledge.close()

    text = (paths.log_dir() / "copilot.log").read_text(encoding="utf-8")
    assert any(s.entry_id.startswith("kb:") for s in shown) and len(shown) > 2  # both engines answered
    assert recorder.failures == 2 and text.count("could not record") == 2  # the failures were logged
    assert [s for s in SECRETS if s.lower() in text.lower()] == []


def test_the_log_rotates_in_the_log_dir():
    logs.setup()
    handler = copilot_handler()
    assert isinstance(handler, RotatingFileHandler) and handler.backupCount >= 1
    assert Path(handler.baseFilename) == paths.log_dir() / "copilot.log"
    line = "a long line, " * 80
    for _ in range(handler.maxBytes // len(line) + 50):
        logging.getLogger("copilot.test").info("%s", line)
    assert (paths.log_dir() / "copilot.log.1").stat().st_size > handler.maxBytes * 0.9
    assert (paths.log_dir() / "copilot.log").stat().st_size < handler.maxBytes


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' known-folder API ignores the environment: the "
                    "test would create the folder in the developer's real profile")
def test_without_an_override_the_log_lives_in_the_platform_user_log_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("COPILOT_DATA_DIR")
    for variable in ("HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "home"))  # never the developer's own folders
    expected = Path(platformdirs.user_log_dir(paths.APP_NAME, paths.APP_AUTHOR))
    assert tmp_path in expected.parents
    assert paths.log_dir() == expected and expected.is_dir()
