"""The team's list of disposition codes: a CSV file a team lead keeps by hand (format in docs/wrapup.md).

Wrap-up codes are chosen from their descriptions alone, so the description is required and carries the
words customers and agents use for that kind of call. A team lead edits the file in a spreadsheet, so every
mistake is reported with the file, the line and the field, and a half-read list is never used.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from copilot.config import paths
from copilot.errors import InputError
from copilot.text.documents import SETTINGS_LIMIT, read_bytes
from copilot.text.i18n import translate
from copilot.text.language import detect

LANGUAGES = ("en", "nl", "fr", "he")
REQUIRED = ("code", "description")
COLUMNS = frozenset(
    ["code", "description", *(f"label_{lang}" for lang in LANGUAGES), *(f"description_{lang}" for lang in LANGUAGES)]
)
MAX_CODE = 64


class DispositionError(InputError):
    """A dispositions file that cannot be used; the message names the file, the line and the field."""


@dataclass(frozen=True, slots=True)
class Disposition:
    """One wrap-up code: its labels per language and what calls it covers, per language."""

    code: str
    labels: Mapping[str, str] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)  # language -> what the code covers

    def label(self, lang: str | None) -> str:
        """The label in ``lang``, else in English, else the code itself."""
        return self.labels.get(lang or "en") or self.labels.get("en") or self.code


@dataclass(frozen=True, slots=True)
class Dispositions:
    """The codes of one file, in the file's order."""

    codes: tuple[Disposition, ...]
    source: str = ""

    def __iter__(self) -> Iterator[Disposition]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)

    def get(self, code: str) -> Disposition | None:
        return next((d for d in self.codes if d.code == code), None)


def default_path() -> Path:
    """The general contact-centre list shipped with the app."""
    return paths.resources_dir() / "wrapup" / "dispositions.csv"


def load_dispositions(path: str | Path | None = None) -> Dispositions:
    """The codes in ``path`` (default: the shipped list); raises ``DispositionError`` naming the mistake."""
    path = Path(path) if path is not None else default_path()
    try:
        raw = read_bytes(path, SETTINGS_LIMIT)
    except OSError as exc:
        raise DispositionError(translate("Dispositions", "cannot read the dispositions file ({reason})").format(
            reason=exc.strerror or exc), source=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DispositionError(translate("Dispositions", "the file is not UTF-8 text (save it as 'CSV UTF-8')"),
                               source=str(path),
                               line=line) from None
    return parse_dispositions(text, str(path))


def parse_dispositions(text: str, source: str = "<dispositions>") -> Dispositions:
    """The codes in CSV ``text``: a header row, then one code per row."""
    rows = _rows(text, source)
    header_line, header = next(rows, (0, []))
    if not any(cell.strip() for cell in header):
        raise DispositionError(translate("Dispositions", "the file is empty; it needs a header row such as "
                                                         "'code,label_en,description'"),
                               source=source, line=header_line or 1)
    columns = _columns(header, source, header_line)
    found: list[Disposition] = []
    first_seen: dict[str, int] = {}
    for line, cells in rows:
        if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
            continue  # blank rows and comment rows
        disposition = _disposition(columns, cells, source, line)
        if disposition.code in first_seen:
            raise DispositionError(translate("Dispositions", "field 'code': {code} is already used on line "
                                                             "{line}").format(code=repr(disposition.code),
                                                                              line=first_seen[disposition.code]),
                                   source=source, line=line)
        first_seen[disposition.code] = line
        found.append(disposition)
    if not found:
        raise DispositionError(translate("Dispositions", "the file has a header but no codes"), source=source,
                               line=header_line)
    return Dispositions(tuple(found), source)


def _rows(text: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """(line number where the row starts, cells); a quoted cell may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DispositionError(translate("Dispositions", "not valid CSV ({reason})").format(reason=exc),
                                   source=source, line=start) from None
        yield start, cells


def _columns(header: list[str], source: str, line: int) -> list[str]:
    columns = [cell.strip().lower() for cell in header]
    for name in columns:
        if name not in COLUMNS:
            known = ", ".join(sorted(COLUMNS))
            raise DispositionError(translate("Dispositions", "unknown column {name} (known columns: {known})").format(
                name=repr(name), known=known), source=source, line=line)
    for name in REQUIRED:
        if name not in columns:
            raise DispositionError(translate("Dispositions", "the header has no {name} column").format(
                name=repr(name)), source=source, line=line)
    repeated = next((name for name in columns if columns.count(name) > 1), None)
    if repeated is not None:
        raise DispositionError(translate("Dispositions", "column {name} appears twice in the header").format(
            name=repr(repeated)), source=source, line=line)
    return columns


def _disposition(columns: list[str], cells: list[str], source: str, line: int) -> Disposition:
    if len(cells) > len(columns):
        raise DispositionError(translate("Dispositions", "{fields} fields where the header has {columns} columns (a "
                                                         "comma in an unquoted description?)").format(
            fields=len(cells), columns=len(columns)), source=source, line=line)
    values = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(columns)}
    code = values["code"]
    if not code:
        raise DispositionError(translate("Dispositions", "field 'code': empty; every row needs a code"), source=source,
                               line=line)
    if len(code) > MAX_CODE or any(ch.isspace() for ch in code):
        raise DispositionError(translate("Dispositions", "field 'code': {code} must be one word of at most {n} "
                                                         "characters").format(code=repr(code), n=MAX_CODE),
                               source=source, line=line)
    if not values["description"]:
        raise DispositionError(translate("Dispositions", "field 'description': empty for code {code}; the description "
                                                         "is what the code is chosen by").format(code=repr(code)),
                               source=source, line=line)
    labels = {lang: values[f"label_{lang}"] for lang in LANGUAGES if values.get(f"label_{lang}")}
    descriptions = {lang: values[f"description_{lang}"] for lang in LANGUAGES if values.get(f"description_{lang}")}
    plain = values["description"]
    lang = detect(plain) or "en"  # the plain column is in the team's own language, whichever that is
    descriptions[lang] = f"{plain} {descriptions[lang]}" if lang in descriptions else plain
    return Disposition(code, labels, descriptions)


def from_descriptions(items: Iterable[tuple[str, str]]) -> Dispositions:
    """Codes made in code (code, English description), for callers that hold their list elsewhere."""
    return Dispositions(tuple(Disposition(code, {}, {"en": text}) for code, text in items))
