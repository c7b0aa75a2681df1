"""Commands on a console or redirect in a legacy code page (Windows' cp1252 or cp437, ``PYTHONIOENCODING`` here), and
on a pipe whose reader goes away.

Before, ``copilot kb search`` and ``copilot wrapup`` ended in a ``UnicodeEncodeError`` traceback the moment they
printed Hebrew, and a UTF-8 transcript piped into ``copilot suggest -`` was read as cp1252 mojibake, so its
Hebrew customer got English cards. Output to a file or pipe is now UTF-8, a terminal that cannot show a character
shows "?", and what is piped in is read as UTF-8. Each run is a process of its own, as a desk would start it.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

ARTICLE = {"id": "refunds-he", "title": "החזר כספי על הזמנה", "body": "תקבלו את הכסף בחזרה תוך 14 יום."}


def copilot(tmp_path, *args: str, stdin: bytes | None = None, **streams) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COPILOT_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "cp1252"}
    return subprocess.run([sys.executable, "-m", "copilot", *args], input=stdin, env=env, timeout=180,
                          **(streams or {"capture_output": True}))


def _knowledge(tmp_path) -> None:
    articles = tmp_path / "kb.jsonl"
    articles.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    assert copilot(tmp_path, "kb", "import", str(articles)).returncode == 0


def test_a_hebrew_article_found_is_printed_to_a_pipe_as_utf8(tmp_path):
    _knowledge(tmp_path)
    result = copilot(tmp_path, "kb", "search", "החזר כספי")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert ARTICLE["title"] in result.stdout.decode("utf-8") and b"Traceback" not in result.stderr


def test_a_hebrew_wrapup_is_printed_to_a_pipe_as_utf8(tmp_path):
    transcript = tmp_path / "call.txt"
    transcript.write_text("customer: שלום, אני רוצה החזר כספי על ההזמנה\nagent: בטח, אבדוק את זה\n", encoding="utf-8")
    result = copilot(tmp_path, "wrapup", str(transcript))
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert "אני רוצה החזר כספי" in result.stdout.decode("utf-8")


def test_a_utf8_transcript_piped_in_is_read_as_utf8(tmp_path):
    result = copilot(tmp_path, "suggest", "-", "--format", "jsonl",
                     stdin="customer: שלום, אני רוצה החזר כספי על ההזמנה\n".encode())
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    cards = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines() if line.strip()]
    assert any(card.get("lang") == "he" for card in cards)  # the customer's language, not mojibake's


def test_a_terminal_that_cannot_show_hebrew_gets_question_marks_not_a_traceback(tmp_path):
    _knowledge(tmp_path)
    main, terminal = pty.openpty()
    try:
        result = copilot(tmp_path, "kb", "search", "החזר כספי", stdout=terminal, stderr=subprocess.PIPE)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert b"?" in shown and b"0." in shown  # the hit is listed with its confidence, its letters as "?"


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    # ``copilot kb search ... | head -1``: the reader closed the pipe, and the command printed a BrokenPipeError
    # traceback.
    _knowledge(tmp_path)
    env = {**os.environ, "COPILOT_DATA_DIR": str(tmp_path / "data")}
    with subprocess.Popen([sys.executable, "-m", "copilot", "kb", "search", "החזר כספי"], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as command:
        command.stdout.close()  # gone before the first line is written
        errors = command.stderr.read()
        code = command.wait(180)
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors and code == 1
