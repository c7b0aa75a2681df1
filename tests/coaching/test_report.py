"""Coaching reports: a PDF and an HTML file a team lead can send, read back to check what they say."""

from __future__ import annotations

import re
import unicodedata

import pypdf
import pytest
from recorded import CALL_EN, CALL_NL, record_call

from copilot.cli.main import main
from copilot.cli.windows import write_report
from copilot.coaching.qt.report_writer import ReportError
from copilot.coaching.service import CoachingService
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

HEBREW = [("customer", "שלום, החשבון שלי יקר מדי"), ("agent", "אני מבין, אבדוק את זה עבורך")]


@pytest.fixture
def library(tmp_path, monkeypatch):
    from copilot.config import paths

    path = paths.database_path()
    recorder = BackgroundRecorder(path)
    long_call = record_call(recorder, CALL_EN * 12 + HEBREW, tags=["billing"])
    short_call = record_call(recorder, CALL_NL)
    recorder.flush()
    recorder.close()
    store = Store(path)
    store.add_note(long_call.id, 5.0, "Acknowledge the price before the offer", tags=["objection"])
    store.close()
    return path, long_call.id, short_call.id


def pdf_text(path):
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))  # "ﬀ" ligatures


def test_the_pdf_report_holds_transcript_decisions_notes_and_scorecard(qtbot, library, tmp_path):
    path, long_id, _ = library
    out = write_report(CoachingService(path), long_id, tmp_path / "coaching.pdf")
    pages, text = pdf_text(out)
    assert pages >= 2  # a long call runs over several pages, none lost
    for expected in ("Coaching report", "ann", "billing", "Summary", "Scorecard", "Greeted the customer",
                     "Acknowledge the price before the offer", "Transcript and decisions",
                     "I want to speak to a manager right now", "Thanks, that is great", "Edited", "Discarded"):
        assert expected in text, expected
    store = Store(path)
    record = load_record(store.db.conn, long_id)
    store.close()
    assert f"{len(record.turns)}" in text  # the summary counts every line


def test_the_html_report_embeds_its_charts_and_keeps_hebrew_right_to_left(qtbot, library, tmp_path):
    path, long_id, _ = library
    html = write_report(CoachingService(path), long_id, tmp_path / "coaching.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 2  # mood and cards by kind, inside the one file
    assert 'dir="rtl"' in html and "שלום" in html
    assert "<s style='color:#b91c1c'>" in html or "<u style='color:#15803d'>" in html  # an edit's diff


def test_a_report_into_a_missing_folder_is_a_clear_error(qtbot, library, tmp_path):
    path, long_id, _ = library
    with pytest.raises(ReportError, match="does not exist"):
        write_report(CoachingService(path), long_id, tmp_path / "nowhere" / "coaching.pdf")


def test_the_command_line_writes_reports_and_prints_what_if(qtbot, library, tmp_path, capsys):
    _, long_id, short_id = library
    assert main(["replay", short_id[:10], "--report", str(tmp_path / "short.pdf")]) == 0
    assert pdf_text(tmp_path / "short.pdf")[0] >= 1
    assert main(["replay", short_id, "--report", str(tmp_path / "short.txt")]) == 2
    assert "must end in .pdf or .html" in capsys.readouterr().err
    assert main(["replay", "no-such-session", "--what-if"]) == 2
    assert "no recorded session" in capsys.readouterr().err


def test_what_if_runs_from_an_exported_file_with_another_playbook(qtbot, library, tmp_path, playbook_file, capsys):
    import json

    _, long_id, _ = library
    exported = tmp_path / "call.copilot-session"
    assert main(["sessions", "export", long_id, "-o", str(exported)]) == 0
    book = playbook_file('[playbook]\nname = "Trial"\n\n[[entry]]\nid = "objection.budget"\nkind = "objection"\n'
                         'title = { en = "Budget" }\ntext = { en = "Let us find a plan in your budget." }\n'
                         'triggers = { en = ["too expensive"] }\n', "trial.toml")
    capsys.readouterr()
    assert main(["replay", str(exported), "--what-if", "--playbook", str(book), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    priced = [r for r in rows if "too expensive" in r["text"]]
    assert "objection.budget" in {c["entry_id"] for c in priced[0]["new"]}  # up from then on, not shown again
    assert all("objection.budget" not in {c["entry_id"] for c in r["old"]} for r in rows)
    assert any(r["changed"] for r in rows)


def test_a_trainer_who_reads_dutch_gets_the_report_in_dutch(qtbot, library, tmp_path):
    from copilot.config.settings import Settings

    _, long_id, _ = library
    Settings().set("ui_language", "nl")
    assert main(["replay", long_id[:10], "--report", str(tmp_path / "rapport.pdf")]) == 0
    _, text = pdf_text(tmp_path / "rapport.pdf")
    for expected in ("Coachingsrapport", "Samenvatting", "Scorekaart", "Transcript en beslissingen", "Ingevoegd"):
        assert expected in text, expected
    assert "Coaching report" not in text and "Transcript and decisions" not in text
    # what was said stays as it was said
    assert "I want to speak to a manager right now" in text
