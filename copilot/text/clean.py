"""Text from outside made safe to show, store and print: control characters dropped, lone surrogates replaced.

Every way text arrives goes through ``clean_text``: the local API, piped and followed lines, the clipboard,
transcript files and knowledge articles. A transcription engine's NULs, a terminal's escape sequences and a bare
carriage return have no place in a card, a record or a CRM field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode's control characters (Cc) but tab and line feed
_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85]")  # controls that end a line (a form feed, NEL): a space, not nothing


def clean_text(text: str) -> str:
    """Drop control characters (a transcription engine's NULs and escapes), keep line breaks, and
    replace lone surrogates (valid in JSON, not in UTF-8) so the text can be stored."""
    if _has_surrogates(text):  # pairs join up, lone halves become U+FFFD
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _CONTROL.sub("", _BREAKS.sub(" ", text)).strip()


def _has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def shortened(text: str, limit: int) -> str:
    """``text`` as it is, or cut before the word that would take it past ``limit`` characters, with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_NUMBER = re.compile(r"[+-]?(?:\d[\d,.]*)?\d%?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text. Excel and LibreOffice run a cell that starts with = + - or @ as a
    formula, so a customer who typed ``=HYPERLINK("https://...")`` into the chat would have the team lead's
    spreadsheet send its contents away; such a cell gets a leading apostrophe, which spreadsheets read as "text".
    Plain numbers ("-0.25", "+3", "12%") are left as they are."""
    if value[:1] in _FORMULA_START and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_row(row: Iterable[object]) -> list[str]:
    return [spreadsheet_cell(str(value)) for value in row]
