"""``copilot wrapup``: the wrap-up note of a recorded call or a transcript, from the terminal.

A team lead runs it on either transcript format and on a recorded session by the start of its id; a broken
dispositions file is one line naming the file, the line and the field, with exit status 2 and no traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest
from recorded import CALL_NL, record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.record.recorder import BackgroundRecorder

PLAIN = """# a call, as a transcription tool writes it
Klant: Goedemiddag
Medewerker: Goedemiddag, waarmee kan ik u helpen?
Klant: Mijn internet doet het niet meer sinds gisteren, de modem blijft opnieuw opstarten.
Medewerker: Ik heb uw verbinding op afstand opnieuw ingesteld.
Medewerker: Er komt morgen een monteur langs tussen 8 en 12 uur.
Klant: Top, bedankt
"""
JSONL = "\n".join(json.dumps(line, ensure_ascii=False) for line in [
    {"speaker": "customer", "text": "Hello, I want to cancel my subscription, I'm moving abroad.", "ts": 1.0},
    {"speaker": "agent", "text": "I'm sorry to see you go. I have cancelled your subscription.", "lang": "en"},
    {"speaker": "agent", "text": "You will receive a final invoice within 5 working days."},
]) + "\n"


def run(capsys, *args):
    code = main(["wrapup", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_plain_transcript_gives_the_note_in_the_customers_language(capsys, tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(PLAIN, encoding="utf-8")
    code, out, err = run(capsys, path, "--date", "2024-03-08")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Reden van contact: Mijn internet doet het niet meer sinds gisteren, de modem blijft opnieuw opstarten.",
        "Gedaan / afgesproken:",
        "- Ik heb uw verbinding op afstand opnieuw ingesteld.",
        "Opvolging:",
        "- Er komt morgen een monteur langs tussen 8 en 12 uur. (uiterlijk 2024-03-09)",
        "Afhandelcode: Technische storing (technical_fault)",
        "Stemming klant: begin neutraal, eind positief",
        "AI-tekst naar de klant gegaan: nee",
    ]


def test_a_json_lines_transcript_gives_the_fields(capsys, tmp_path):
    path = tmp_path / "call.jsonl"
    path.write_text(JSONL, encoding="utf-8")
    code, out, err = run(capsys, path, "--format", "json", "--date", "2024-03-08")
    assert (code, err) == (0, "")
    fields = json.loads(out)
    assert fields["reason"] == "Hello, I want to cancel my subscription, I'm moving abroad."
    assert fields["actions"] == ["I have cancelled your subscription."]
    assert fields["follow_ups"] == [{"text": "You will receive a final invoice within 5 working days.",
                                     "due": "2024-03-15"}]
    assert [d["code"] for d in fields["dispositions"]] == ["cancellation"]
    assert fields["drafted_by"] == "local" and fields["language"] == "en"


def test_a_transcript_on_standard_input(capsys, tmp_path, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(JSONL))
    code, out, _ = run(capsys, "-", "--format", "json")
    assert code == 0 and json.loads(out)["dispositions"][0]["code"] == "cancellation"


@pytest.fixture
def recorded_dutch():
    recorder = BackgroundRecorder(paths.database_path())
    try:
        session = record_call(recorder, CALL_NL, start=datetime(2024, 3, 5, 16, 30).timestamp())
        recorder.flush()
    finally:
        recorder.close()
    return session.id


def test_a_recorded_session_is_found_by_the_start_of_its_id(capsys, recorded_dutch):
    code, out, err = run(capsys, recorded_dutch[:8], "--format", "json")
    assert (code, err) == (0, "")
    fields = json.loads(out)
    assert fields["reason"].startswith("Goedemiddag, ik heb een vraag over mijn factuur")
    assert fields["language"] == "nl"
    assert fields["dispositions"][0]["code"] in {"billing_question", "cancellation"}
    assert fields["ai_text_reached_customer"] is False


def test_an_exported_session_file_is_read_without_joining_the_library(capsys, recorded_dutch, tmp_path):
    exported = tmp_path / "call.copilot"
    assert main(["sessions", "export", recorded_dutch, "-o", str(exported)]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, exported)
    assert (code, err) == (0, "")
    assert out.startswith("Reden van contact: Goedemiddag, ik heb een vraag over mijn factuur")


def test_a_bad_dispositions_file_is_named_with_line_and_field_and_exit_2(capsys, tmp_path):
    transcript = tmp_path / "call.txt"
    transcript.write_text(PLAIN, encoding="utf-8")
    codes = tmp_path / "codes.csv"
    codes.write_text("code,label_en,description\nbill,Bill,About a bill\nmove,Move,\n", encoding="utf-8")
    code, out, err = run(capsys, transcript, "--dispositions", codes)
    assert (code, out) == (2, "")
    assert err == f"copilot wrapup: {codes}:3: field 'description': empty for code 'move'; the description is " \
                  "what the code is chosen by\n"


def test_the_teams_own_codes_are_used(capsys, tmp_path):
    transcript = tmp_path / "call.jsonl"
    transcript.write_text(JSONL, encoding="utf-8")
    codes = tmp_path / "codes.csv"
    codes.write_text("code,label_en,description\nCHURN,Lost customer,Customer cancels or leaves\n"
                     "TECH,Fault,Something is broken or does not work\n", encoding="utf-8")
    code, out, _ = run(capsys, transcript, "--dispositions", codes)
    assert code == 0 and "Disposition: Lost customer (CHURN)" in out


@pytest.mark.parametrize(("args", "says"), [
    (["nosuchsession"], "nosuchsession: no such file, and no recorded session with that id"),
    (["{call}", "--date", "8 March"], "--date '8 March': give the day as YYYY-MM-DD"),
    (["{bad}"], ":2: expected 'Speaker: text'"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, tmp_path, args, says):
    (tmp_path / "call.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Klant: hallo\nwho said this?\n", encoding="utf-8")
    args = [a.format(call=tmp_path / "call.txt", bad=tmp_path / "bad.txt") for a in args]
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert says in err and err.count("\n") == 1 and "Traceback" not in err


def test_the_installed_command_runs_headless(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(PLAIN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "copilot", "wrapup", str(path), "--format", "json"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dispositions"][0]["code"] == "technical_fault"


def test_with_ai_drafts_on_the_model_writes_the_note_and_a_fault_falls_back_saying_why(capsys, tmp_path, fake):
    from fake_openai import Script

    for name, value in (("ai_enabled", "true"), ("ai_base_url", fake.base_url), ("ai_model", "fake"),
                        ("ai_timeout", "1")):
        assert main(["config", "set", name, value]) == 0
    capsys.readouterr()
    path = tmp_path / "call.jsonl"
    path.write_text(JSONL, encoding="utf-8")
    fake.script(Script(reply=json.dumps({"reason": "The customer is moving abroad and cancels.",
                                         "actions": ["Cancelled the subscription."], "follow_ups": []})),
                Script(reply="no JSON here"))
    code, out, err = run(capsys, path)
    assert (code, err) == (0, "")
    assert out.startswith("Reason for contact: The customer is moving abroad and cancels.")
    assert out.rstrip().endswith("(Drafted by AI)")
    code, out, err = run(capsys, path)
    assert code == 0 and out.startswith("Reason for contact: Hello, I want to cancel my subscription")
    assert err == "copilot wrapup: AI draft unavailable (the AI answer was not in the expected format); " \
                  "the local draft follows\n"
    code, out, err = run(capsys, path, "--local")
    assert (code, err) == (0, "") and len(fake.requests) == 2
