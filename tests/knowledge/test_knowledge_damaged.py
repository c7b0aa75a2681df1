"""A knowledge base file damaged on disk (a bad sector, a half-copied file, a sync tool's accident): the agent is
told that knowledge answers are off instead of silently getting none, the playbook keeps working, the damaged file
is never written to, and importing the articles again moves it aside unchanged and starts a new one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.cli.main import main
from copilot.config import paths
from copilot.knowledge import Article, KnowledgeBase, KnowledgeEngine
from copilot.knowledge.store import KnowledgeDamaged, open_for_import
from copilot.model import Conversation, Speaker, Utterance

TOPICS = ["invoice", "password", "delivery", "warranty", "router", "contract", "moving", "roaming", "fibre"]


def articles() -> list[Article]:
    """Enough articles that the index spans many pages of the file (a damaged page is then one a search reads)."""
    found = []
    for n in range(400):
        topic = TOPICS[n % len(TOPICS)]
        found.append(Article(f"{topic}-{n}", f"{topic.title()} on plan {n}",
                             f"How the {topic} works on plan {n}: the {topic} team answers within {n % 5 + 1} "
                             "working days.", lang="en"))
    found.append(Article("refund-policy", "Refund policy", "You can ask for a refund of an order within 30 days of "
                         "delivery. The money reaches your card within five working days.", lang="en"))
    return found


def damage(path: Path) -> bytes:
    """Overwrite everything after the file's first page, as a failing disk would: the first page (the schema)
    still reads, so the file opens, and the first search reads garbage."""
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    path.write_bytes(bytes(data))
    return bytes(data)


def filled_then_damaged(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    kb = KnowledgeBase(path)
    kb.add_articles(articles(), "faq")
    kb.close()  # the write-ahead log is folded into the file
    return damage(path)


@pytest.fixture
def damaged(tmp_path) -> tuple[Path, bytes]:
    path = tmp_path / "knowledge.db"
    return path, filled_then_damaged(path)


def refund_question() -> tuple[Conversation, Utterance]:
    conversation = Conversation()
    line = conversation.add(Utterance(Speaker.CUSTOMER, "Can I get a refund for my order? It arrived broken."))
    return conversation, line


def test_damage_found_while_searching_turns_answers_off_by_name_and_a_new_import_brings_them_back(damaged):
    path, bytes_before = damaged
    kb = KnowledgeBase(path)
    engine = KnowledgeEngine(kb)
    conversation, line = refund_question()

    assert engine.suggest(conversation, line) == []
    assert kb.problem is not None and str(path) in kb.problem and "damaged" in kb.problem
    assert engine.suggest(conversation, line) == []  # stays off, without touching the file again
    with pytest.raises(KnowledgeDamaged, match="import the articles again"):
        kb.ids()
    assert path.read_bytes() == bytes_before

    fresh, said = open_for_import(path)  # what `copilot kb import` and the panel's import do
    assert said is not None and str(path) in said and "moved aside" in said
    [moved] = path.parent.glob("knowledge.damaged-*.db")
    assert moved.name in said and moved.read_bytes() == bytes_before
    fresh.add_articles(articles(), "faq")
    fresh.close()

    kb.refresh()  # the panel's import tells its own connection that the articles changed
    [card] = engine.suggest(conversation, line)
    assert card.entry_id == "kb:refund-policy" and kb.problem is None


def test_a_sound_base_is_imported_into_as_it_is(tmp_path):
    path = tmp_path / "knowledge.db"
    kb, said = open_for_import(path)
    kb.add_articles(articles()[:5], "faq")
    kb.close()
    kb, said = open_for_import(path)
    assert said is None and len(kb) == 5 and not list(tmp_path.glob("*.damaged-*"))
    kb.close()


def test_a_file_that_is_no_database_at_all_is_named_and_moved_aside_on_import(tmp_path):
    path = tmp_path / "knowledge.db"
    path.write_bytes(b"This is a shopping list, not a knowledge base. " * 200)
    with pytest.raises(KnowledgeDamaged, match="knowledge.db is damaged"):
        KnowledgeBase(path)
    kb, said = open_for_import(path)
    assert said is not None and "moved aside" in said and len(kb) == 0
    kb.close()


def run(capsys, *args):
    code = main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_commands_name_the_damage_and_an_import_rebuilds(tmp_path, capsys):
    path = paths.knowledge_path(None)
    bytes_before = filled_then_damaged(path)

    code, out, err = run(capsys, "kb", "search", "I want a refund")
    assert code == 2 and out == "" and "is damaged" in err and str(path) in err and "Traceback" not in err

    faq = tmp_path / "faq.jsonl"
    faq.write_text(json.dumps({"id": "refund-policy", "title": "Refund policy",
                               "body": "You can ask for a refund within 30 days of delivery."}) + "\n",
                   encoding="utf-8")
    code, out, err = run(capsys, "kb", "import", faq)
    assert code == 0 and "moved aside as knowledge.damaged-" in err and "1 added" in out
    [moved] = path.parent.glob("knowledge.damaged-*.db")
    assert moved.read_bytes() == bytes_before
    code, out, _ = run(capsys, "kb", "search", "I want a refund")
    assert code == 0 and "Refund policy" in out


def test_the_panel_tells_the_agent_and_the_playbook_keeps_answering(qtbot, make_panel, playbook_file):
    from PySide6.QtCore import Qt

    path = paths.knowledge_path(None)
    filled_then_damaged(path)
    app = make_panel("--playbook", playbook_file())
    assert "Knowledge answers off" not in app.window.notices.details  # the file opens: nothing is known yet

    bar = app.window.input
    bar.line.setFocus()
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        qtbot.keyClicks(bar.line, "I would like a refund please, this is way too expensive")
        qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Knowledge answers off" in app.window.notices.details, timeout=3000)
    assert app.window.notices.isVisible() and str(path) in app.window.notices.details
    assert any(card.suggestion.engine == "playbook" for card in app.window.cards.cards)  # the playbook still answers


    # The agent (or IT) imports the articles again from the window: the damaged file is moved aside unchanged, a new
    # base is built, the panel's own connection follows it, and the notice goes once answers are back.
    report = import_from_the_window(qtbot, app, path)
    assert "moved aside" in report and "1 added" in report
    assert len(list(path.parent.glob("knowledge.damaged-*.db"))) == 1
    answers_again(qtbot, app)


def test_ai_drafts_are_grounded_on_nothing_while_the_base_is_damaged_and_again_after_the_rebuild(damaged):
    from copilot.engines.prompt import knowledge_passages

    path, _ = damaged
    passages = knowledge_passages(path)  # the AI threads' own connection, never refreshed by the panel
    conversation, line = refund_question()
    assert passages(conversation, line) == []  # no exception on the AI thread: the draft goes on ungrounded
    fresh, _ = open_for_import(path)
    fresh.add_articles(articles(), "faq")
    fresh.close()
    assert passages(conversation, line)[0].id == "kb:refund-policy"


def test_a_base_too_damaged_to_open_is_said_at_start_and_the_notice_goes_after_an_import(qtbot, make_panel,
                                                                                         playbook_file):
    path = paths.knowledge_path(None)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"This is a shopping list, not a knowledge base. " * 200)
    app = make_panel("--playbook", playbook_file())
    app.window.notices.set_notices(app.notices)  # as the program does once the window shows
    notices = app.window.notices.details
    assert "Knowledge answers off" in notices and "knowledge.db is damaged" in notices

    assert "moved aside" in import_from_the_window(qtbot, app, path)
    answers_again(qtbot, app)


def import_from_the_window(qtbot, app, path: Path) -> str:
    """Import one refund article through the settings' import, as the agent or IT would; the report's text."""
    from copilot.admin.qt.knowledge_import import KnowledgeImport

    folder = path.parent / "articles"
    folder.mkdir()
    (folder / "refunds.md").write_text("# Refund policy\n\nYou can ask for a refund of an order within 30 days of "
                                       "delivery. The money reaches your card within five working days.\n",
                                       encoding="utf-8")
    importer = KnowledgeImport(app.window, path)
    importer.finished.connect(app._on_knowledge_imported)
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        importer.start(folder)
    report = importer.report.text()
    importer.report.close()
    return report


def answers_again(qtbot, app) -> None:
    """The knowledge card comes for a refund question, and the panel no longer says answers are off."""
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        app.controller.add_utterance("customer", "Can I get a refund for my order? It arrived broken.")
    assert "Refund policy" in [card.suggestion.title for card in app.window.cards.cards]
    qtbot.waitUntil(lambda: "Knowledge answers off" not in app.window.notices.details, timeout=3000)

