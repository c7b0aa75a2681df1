"""Turning the files a team already has into articles: Markdown, text, HTML, JSON lines and CSV.

Each reader raises ``InputError`` naming the file (and line) when the file cannot be read, so the
import can report it and go on with the rest; a half-read file is never imported.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from copilot.errors import InputError
from copilot.text.clean import clean_text
from copilot.text.documents import KNOWLEDGE_LIMIT, json_loads, read_text
from copilot.text.language import detect

ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})
TABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
SUFFIXES = ARTICLE_SUFFIXES | TABLE_SUFFIXES

# A link's text holds no bracket and neither part a line break: one pass, where "[[[[..." used to be rescanned to
# the end of the file from every bracket (50,000 brackets: 12 s).
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_MARKS = re.compile(r"(^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+)|[*_`~]{1,3}", re.MULTILINE)
# A heading's text runs to the end of its line and its closing hashes are cut off after (see _markdown): a lazy
# text followed by optional spaces and hashes was tried at every length against every split of the spaces, so a
# heading holding a long run of spaces took minutes (4,000 spaces: 88 s; 50,000: beyond any wait).
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(\S.*)$", re.MULTILINE)
# A top-level heading ("# ...", not "## ...") and a code fence's opening or closing line: a file of several top-level
# headings is a team's FAQ, one article per heading; a "# comment" inside a fenced shell snippet is no heading.
_MD_TOP = re.compile(r"^[ \t]{0,3}#[ \t]+\S.*$", re.MULTILINE)
_MD_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.MULTILINE)
_SLUG_DROP = re.compile(r"[^\w]+")
_BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 section article header footer ul ol table pre".split())


@dataclass(slots=True)
class Article:
    id: str
    title: str
    body: str
    tags: tuple[str, ...] = ()
    lang: str | None = None
    source: str = ""


def read_file(path: Path, article_id: str) -> list[Article]:
    """The articles in one file; ``article_id`` names a single-article file (its relative path)."""
    try:
        text = read_text(path, KNOWLEDGE_LIMIT, "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", source=path.name) from exc
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", source=path.name) from exc
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        articles = list(_jsonl_rows(text, path.name))
    elif suffix == ".csv":
        articles = list(_csv_rows(text, path.name))
    else:
        reader = _html if suffix in (".html", ".htm") else _plain if suffix == ".txt" else _markdown
        parts = _markdown_sections(text, article_id) if reader is _markdown else [(article_id, text)]
        articles = []
        for part_id, part in parts:
            title, body = reader(part)
            title, body = clean_text(title), clean_text(body)
            if title or body:
                articles.append(Article(part_id, title or body[:80], body or title))
        if not articles:
            raise InputError("no text in the file", source=path.name)
    source = str(path.resolve())
    for article in articles:
        article.source = source
        if article.lang is None:
            article.lang = detect(f"{article.title}\n{article.body[:1000]}")
    return articles


def _plain(text: str) -> tuple[str, str]:
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line] or [""]
    return lines[0], "\n".join(lines[1:])


def _markdown_sections(text: str, article_id: str) -> list[tuple[str, str]]:
    """A Markdown file cut at its top-level headings when it has two or more (an FAQ kept in one file): each
    heading with what follows it is an article, ``<file>#<heading as a slug>``; text before the first heading keeps
    the file's own id. One top-level heading or none: the whole file, as before."""
    fences = [m.start() for m in _MD_FENCE.finditer(text)]
    fenced = list(zip(fences[::2], [*fences[1::2], len(text)], strict=False))
    starts, open_fence = [], 0
    for heading in _MD_TOP.finditer(text):  # both lists in order: one pass, whatever the number of fences
        while open_fence < len(fenced) and fenced[open_fence][1] < heading.start():
            open_fence += 1
        if open_fence < len(fenced) and fenced[open_fence][0] < heading.start():
            continue  # inside a fenced block
        starts.append(heading.start())
    if len(starts) < 2:
        return [(article_id, text)]
    sections = [(article_id, text[: starts[0]])] if text[: starts[0]].strip() else []
    taken: set[str] = set()
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        newline = text.find("\n", start, end)
        line = text[start : newline if newline >= 0 else end]
        slug = _SLUG_DROP.sub("-", line.strip().lstrip("#").strip().rstrip("#").lower()).strip("-_")[:60] or "section"
        unique, n = slug, 1
        while unique in taken:
            n += 1
            unique = f"{slug}-{n}"
        taken.add(unique)
        sections.append((f"{article_id}#{unique}", text[start:end]))
    return sections


def _markdown(text: str) -> tuple[str, str]:
    heading = _MD_HEADING.search(text)
    if heading:
        title = heading.group(1).rstrip().rstrip("#").rstrip() or heading.group(1).strip()
        text = text[: heading.start()] + text[heading.end() :]
    else:
        title, text = _plain(text)
    body = _MD_MARKS.sub("", _MD_LINK.sub(r"\1", text))
    return _MD_MARKS.sub("", title).strip(), "\n".join(line.strip() for line in body.splitlines() if line.strip())


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.heading = ""
        self.parts: list[str] = []
        self._in: list[str] = []
        # how many of each tag are open: sloppy HTML leaves thousands of <p> or <font> unclosed, and looking through
        # every open tag for each piece of text made such a file take minutes (40,000 open tags: 82 s)
        self._open: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("br", "img", "hr", "meta", "link", "input"):
            self._in.append(tag)
            self._open[tag] += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._open[tag]:
            while self._in:
                closed = self._in.pop()
                self._open[closed] -= 1
                if closed == tag:
                    break
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._open["title"]:
            self.title += data
            return
        if self._open["script"] or self._open["style"] or self._open["head"] or self._open["template"]:
            return
        if not self.heading and (self._open["h1"] or self._open["h2"] or self._open["h3"]) and data.strip():
            self.heading = data.strip()
            return
        self.parts.append(data)


def _html(text: str) -> tuple[str, str]:
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    body = "\n".join(" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    body = "\n".join(line for line in body.splitlines() if line)
    title = " ".join((parser.heading or parser.title).split())
    return title, body


def _tags(value: object) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(tag).strip() for tag in value if str(tag).strip())
    return tuple(tag.strip() for tag in re.split(r"[,;|]", str(value)) if tag.strip())


def _row(row: dict[str, object], name: str, line: int) -> Article:
    missing = [key for key in ("id", "title", "body") if row.get(key) in (None, "")]
    if "title" in missing and row.get("body") not in (None, ""):
        missing.remove("title")  # a body alone makes an article; its first line becomes the title
    if missing:
        raise InputError(f"missing {', '.join(missing)}", source=name, line=line)
    body = clean_text(str(row["body"]))
    title = clean_text(str(row.get("title") or "")) or (body.splitlines() or [""])[0][:80]
    if not body and not title:
        raise InputError("no text in the title or body", source=name, line=line)
    lang = str(row["lang"]).strip() if row.get("lang") else None
    return Article(str(row["id"]).strip(), title, body, _tags(row.get("tags")), lang or None)


def _jsonl_rows(text: str, name: str) -> Iterable[Article]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json_loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON ({exc.msg})", source=name, line=number) from exc
        if not isinstance(row, dict):
            raise InputError("expected an object with id, title, body", source=name, line=number)
        yield _row(row, name, number)


def _csv_rows(text: str, name: str) -> Iterable[Article]:
    # Python's csv refuses a field over 128 KB, a long article (terms and conditions, a page with its images
    # inlined) in a help centre's export: a field may be as long as the file may be.
    csv.field_size_limit(max(csv.field_size_limit(), KNOWLEDGE_LIMIT))
    reader = csv.DictReader(text.splitlines())
    fields = {(field or "").strip().lower() for field in reader.fieldnames or ()}
    if not {"id", "body"} <= fields:
        raise InputError("the header must name the columns id,title,body[,tags,lang]", source=name, line=1)
    try:
        for row in reader:
            clean = {(key or "").strip().lower(): value for key, value in row.items()}
            yield _row(clean, name, reader.line_num)
    except csv.Error as exc:
        raise InputError(f"not valid CSV ({exc})", source=name, line=reader.line_num) from exc
