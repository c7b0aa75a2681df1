"""The team's dispositions file: the shipped list is usable as it is, and every mistake a team lead can make in a
spreadsheet is answered with the file, the line and the field, never a half-read list."""

from __future__ import annotations

import pytest

from copilot.errors import InputError
from copilot.wrapup import DispositionError, load_dispositions

HEADER = "code,label_en,label_nl,label_fr,label_he,description"


def write(tmp_path, text: str, *, encoding: str = "utf-8", name: str = "codes.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_the_shipped_list_covers_a_general_contact_centre_in_four_languages():
    codes = load_dispositions()
    assert 12 <= len(codes) <= 16
    assert {"billing_question", "technical_fault", "cancellation", "complaint", "order_status",
            "address_account_change", "payment_arrangement", "information_request"} <= {d.code for d in codes}
    for disposition in codes:
        assert set(disposition.labels) == {"en", "nl", "fr", "he"}, disposition.code
        assert set(disposition.descriptions) == {"en", "nl", "fr", "he"}, disposition.code
        assert all(len(text.split()) >= 8 for text in disposition.descriptions.values()), disposition.code


def test_a_minimal_file_needs_only_code_and_description_and_labels_fall_back(tmp_path):
    path = write(tmp_path, "code,description\nrefund,Customer wants money back\n# a comment row\n\n")
    codes = load_dispositions(path)
    assert [d.code for d in codes] == ["refund"]
    assert codes.get("refund").label("nl") == "refund"  # no label at all: the code itself


def test_a_quoted_description_may_hold_commas_and_a_spreadsheet_bom(tmp_path):
    path = write(tmp_path, "\ufeff" + HEADER + ',description_nl\nmove,Move,Verhuizing,Déménagement,מעבר,'
                 '"New address, moving house","Nieuw adres, verhuizen"\n')
    move = load_dispositions(path).get("move")
    assert move.label("fr") == "Déménagement" and move.label("he") == "מעבר"
    assert move.descriptions["nl"] == "Nieuw adres, verhuizen"
    assert move.descriptions["en"] == "New address, moving house"


@pytest.mark.parametrize(("content", "line", "says"), [
    (HEADER + "\nbill,Bill,,,,About a bill\nbill,Bill again,,,,Another\n", 3,
     "field 'code': 'bill' is already used on line 2"),
    (HEADER + "\n,Nameless,,,,A description\n", 2, "field 'code': empty"),
    (HEADER + "\nbill,Bill,,,,\n", 2, "field 'description': empty for code 'bill'"),
    ("code,label_de,description\nbill,Rechnung,About a bill\n", 1, "unknown column 'label_de'"),
    ("code,label_en\nbill,Bill\n", 1, "the header has no 'description' column"),
    (HEADER + "\nbill,Bill,,,,About a bill,extra\n", 2, "7 fields where the header has 6 columns"),
    (HEADER + "\n", 1, "the file has a header but no codes"),
    ("", 1, "the file is empty"),
    ("\n\n", 1, "the file is empty"),
    (HEADER + '\nbill,"Bill,,,,About a bill\n', 2, "not valid CSV"),
])
def test_a_mistake_names_the_file_the_line_and_the_field(tmp_path, content, line, says):
    path = write(tmp_path, content)
    with pytest.raises(DispositionError) as caught:
        load_dispositions(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert says in str(caught.value)
    assert isinstance(caught.value, InputError)  # the project's own kind: shown to the user, no traceback


def test_a_file_saved_in_a_legacy_encoding_is_named_with_the_line_of_the_first_bad_byte(tmp_path):
    path = write(tmp_path, HEADER + "\nmove,Move,Verhuizing,Déménagement,,New address\n", encoding="cp1252")
    with pytest.raises(DispositionError, match=r"codes\.csv:2: the file is not UTF-8 text"):
        load_dispositions(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DispositionError, match=r"nothere\.csv: cannot read the dispositions file"):
        load_dispositions(tmp_path / "nothere.csv")
