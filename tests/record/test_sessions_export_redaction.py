"""``copilot sessions export --redact`` reads the call as a conversation: what a customer gave as the bare
answer to the agent's question, or dictated in pieces, is not in the file a trainer receives."""

from __future__ import annotations

import zipfile

from recorded import record_call

from copilot.cli.main import main
from copilot.config import paths
from copilot.record.recorder import BackgroundRecorder
from copilot.record.storage import Store

CALL = [
    ("agent", "Goedemiddag, met wie spreek ik?"),
    ("customer", "Johan Visser"),
    ("agent", "Dag meneer Visser. Mag ik voor de verificatie uw geboortedatum?"),
    ("customer", "12 maart 1985"),
    ("customer", "Ik bel eigenlijk namens mijn moeder, Maria Jansen, zij is verhuisd."),
    ("agent", "Wat is haar nieuwe adres?"),
    ("customer", "Populierenlaan 8 in Den Dolder"),
    ("agent", "En op welk nummer kan ik haar bereiken?"),
    ("customer", "nul zes twaalf"),
    ("customer", "34 56 78"),
]
PRIVATE = ("Johan", "Visser", "12 maart 1985", "Maria", "Jansen", "Populierenlaan", "nul zes twaalf", "34 56 78")


def test_a_redacted_export_keeps_no_bare_date_of_birth_name_street_or_dictated_number(capsys, tmp_path):
    recorder = BackgroundRecorder(paths.database_path())
    try:
        sid = record_call(recorder, CALL, context={"customer": {"plan": "Vast 3 jaar"}}).id
        recorder.flush()
    finally:
        recorder.close()
    store = Store(paths.database_path())
    try:
        store.add_note(sid, 4.0, "Maria Jansen verhuisd, geboortedatum 12 maart 1985 gecontroleerd", tags=["moved"])
    finally:
        store.close()
    target = tmp_path / "call.copilot-session"
    assert main(["sessions", "export", sid, "-o", str(target), "--redact"]) == 0
    capsys.readouterr()
    with zipfile.ZipFile(target) as archive:
        exported = archive.read("session.json").decode("utf-8")
    assert [value for value in PRIVATE if value.casefold() in exported.casefold()] == []
    assert "[DATE_OF_BIRTH_1]" in exported and "[NAME_1]" in exported and "[ADDRESS_1]" in exported
    assert "Vast 3 jaar" in exported and "Den Dolder" in exported  # what is no one's personal data stays
