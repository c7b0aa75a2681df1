"""``copilot experiments``: list the playbook's experiments, report one arm against arm, stop one in its file."""

from __future__ import annotations

import csv
import io
import json

import pytest
from recorded import insert_top, record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.playbook.file import load_playbook
from copilot.record.recorder import BackgroundRecorder

T0 = 1_780_000_000.0
BOOK = '''[playbook]
name = "Experiment book"

[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand."
triggers.en = ["too expensive"]

[entry.experiment]
name = "softer-price"
split = 50
text.en = "That is a fair question."
'''
CALL = [("customer", "Hello"), ("agent", "Good morning"), ("customer", "This is too expensive"),
        ("agent", "Let me see")]


def run(capsys, *args):
    code = main(["experiments", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def book(playbook_file):
    path = playbook_file(BOOK)
    recorder = BackgroundRecorder(paths.database_path())  # the database the panel records into
    try:
        for n in range(8):
            record_call(recorder, CALL, playbook=load_playbook(path), agent=insert_top, agent_name=f"agent-{n}",
                        start=T0 + n * 600, outcome="resolved")
        recorder.flush()
    finally:
        recorder.close()
    return path


def arms_of_agents(book):
    [experiment] = load_playbook(book).experiments
    arms = [experiment.arm_of(f"agent-{n}") for n in range(8)]
    return arms.count("A"), arms.count("B")


def test_list_names_each_experiment_with_its_cards(capsys, book):
    code, out, err = run(capsys, "--playbook", str(book), "list")
    a, b = arms_of_agents(book)
    assert code == 0 and err == ""
    assert out.startswith("softer-price: entry objection.price (Price), 50% of agents see B; running\n")
    assert f"cards: A {a}, B {b};" in out


def test_report_as_text_json_and_csv(capsys, book):
    a, b = arms_of_agents(book)
    code, out, _ = run(capsys, "--playbook", str(book), "report", "softer-price")
    assert code == 0
    assert "Cards used: A 100%" in out and "no clear difference yet" in out
    code, out, _ = run(capsys, "--playbook", str(book), "report", "softer-price", "--format", "json")
    [data] = json.loads(out)
    assert code == 0 and (data["arms"]["A"]["shown"], data["arms"]["B"]["shown"]) == (a, b)
    assert data["arms"]["B"]["acceptance"]["value"] == 1.0
    code, out, _ = run(capsys, "--playbook", str(book), "report", "softer-price", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == ["experiment", "arm", "metric", "value", "low", "high", "n"]
    assert ["softer-price", "B", "shown", str(b), "", "", ""] in rows


def test_a_wrong_name_or_date_is_exit_2(capsys, book):
    code, out, err = run(capsys, "--playbook", str(book), "report", "louder")
    assert code == 2 and out == ""
    assert err.startswith("copilot experiments report: no experiment named 'louder'") and "softer-price" in err
    code, _, err = run(capsys, "--playbook", str(book), "report", "softer-price", "--since", "March")
    assert code == 2 and "--since: 'March' is not a date" in err
    code, _, err = run(capsys, "--playbook", str(book), "stop", "louder")
    assert code == 2 and "no experiment named 'louder'" in err


def test_a_broken_playbook_is_exit_2_with_its_line(capsys, playbook_file):
    path = playbook_file(BOOK.replace("split = 50", "split = 0"))
    code, _, err = run(capsys, "--playbook", str(path), "list")
    assert code == 2 and f"{path}:13: entry 'objection.price' (#1): field 'experiment.split'" in err


def test_an_unreadable_database_is_exit_1(capsys, playbook_file):
    paths.database_path().write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "--playbook", str(playbook_file(BOOK)), "report", "softer-price")
    assert code == 1 and "cannot read the session database" in err


def test_stop_writes_the_file_and_the_report_says_so(capsys, book):
    code, out, err = run(capsys, "--playbook", str(book), "stop", "softer-price", "--keep", "B")
    assert code == 0 and err == ""
    assert out.startswith("softer-price stopped ") and "everyone now sees B" in out
    [experiment] = load_playbook(book).experiments
    assert experiment.keep == "B" and experiment.stop is not None
    assert "\nstop = " in book.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "--playbook", str(book), "report", "softer-price")
    assert code == 0 and ", everyone now sees B\n" in out
    assert "  cards shown: A " in out  # what was recorded stays
    code, out, _ = run(capsys, "--playbook", str(book), "stop", "softer-price")
    assert code == 0 and out.startswith("softer-price already stopped")
