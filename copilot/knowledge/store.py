"""Articles in one SQLite file with an FTS5 index over normalised words.

The index holds the words as ``copilot.knowledge.terms`` sees them: normalised (case, accents and
Hebrew final letters folded away), stemmed in the article's language ("prices" -> "price"), and each
Hebrew word with its prefix-stripped stems, so "והחשבונית" in a question finds "חשבונית" in an
article. Queries go through the same function. Each import also learns which words go together in the
base's own articles, a question's words with its answer's (``learn_related``, kept in ``related``), for the
search to use as a partial match. A file indexed by an older version is re-indexed
from its articles when opened. Re-importing a folder or file compares content hashes: changed articles are
rewritten, vanished ones removed, and a file that cannot be read is reported and leaves its
earlier articles alone.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import sqlite_utils

from copilot.errors import InputError, KnownError
from copilot.knowledge.readers import SUFFIXES, Article, read_file
from copilot.knowledge.stopwords import STOP_FORMS
from copilot.knowledge.terms import index_terms, word_forms
from copilot.text.i18n import translate

__all__ = ["Article", "ImportResult", "KnowledgeBase", "KnowledgeDamaged", "KnowledgeError", "index_terms",
           "word_forms"]

# 5: no stop word learned as a related word; 4: document frequencies kept; 3: related words learned; 2: words
# stemmed per language (1: plain words); an older file is re-indexed on opening
INDEX_VERSION = 5
TITLE_WEIGHT = 2.0  # bm25() column weight: a word in the title says more than one in the body
Progress = Callable[[int, int, str], None]  # done, in all, and what: "files" read, then "articles" indexed


class KnowledgeError(KnownError):
    """The knowledge base file cannot be opened or the path to import does not exist."""


class KnowledgeDamaged(KnowledgeError):
    """SQLite finds the knowledge base file damaged (malformed pages, or no database at all). The articles can be
    imported again; the file is never written to once found damaged."""


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _damage_named(method: Callable[Concatenate[KnowledgeBase, _P], _R]) -> Callable[Concatenate[KnowledgeBase, _P], _R]:
    """A method that reads or writes the file: damage SQLite finds on the way is noted on the base (``problem``, for
    the panel to show) and raised as ``KnowledgeDamaged`` naming the file, never a raw ``sqlite3`` error."""

    @functools.wraps(method)
    def guarded(self: KnowledgeBase, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
            self.problem = _damaged_text(self.path, str(exc))
            raise KnowledgeDamaged(self.problem) from exc

    return guarded


def _damaged_text(path: Path, reason: str) -> str:
    return translate("Knowledge", "{path} is damaged ({reason}); import the articles again to rebuild it").format(
        path=path, reason=reason)


@dataclass(slots=True)
class ImportResult:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)  # "file: reason", one per skipped file
    rebuilt: str | None = None  # the base was damaged, moved aside and started anew (``open_for_import``)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def _hash(article: Article) -> str:
    payload = json.dumps([article.title, article.body, list(article.tags), article.lang], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class KnowledgeBase:
    """Synchronous, used by one thread at a time. The panel's engine worker may be a different
    pool thread from one job to the next, so the connection is not tied to the thread that opened
    it; imports use an instance of their own (WAL lets them write while searches read)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.problem: str | None = None  # damage found while searching: knowledge answers are off until a rebuild
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite_utils.Database(sqlite3.connect(self.path, check_same_thread=False))
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=5000")
            self._create()
            self._upgrade()
        except sqlite3.DatabaseError as exc:
            if _is_damage(exc):
                raise KnowledgeDamaged(_damaged_text(self.path, str(exc))) from exc
            raise KnowledgeError(translate("Knowledge", "{path}: cannot open the knowledge base ({reason})").format(
                path=self.path, reason=exc)) from exc
        self._stats: tuple[int, float] | None = None
        self._identity = _identity(self.path)
        self._look_again = False

    def refresh(self) -> None:
        """Another instance imported articles: recount before the next search, and look at the next one whether
        the import rebuilt a damaged file (``follow_rebuild``)."""
        self._stats = None
        self._look_again = True

    def follow_rebuild(self) -> None:
        """In the thread that searches: when an import put a new file in place of a damaged one, use the new one
        (and knowledge answers are on again). A base known to be damaged looks (one ``stat``) on every call."""
        if not self._look_again and self.problem is None:
            return
        self._look_again = False
        if _identity(self.path) == self._identity:
            return
        try:
            fresh = KnowledgeBase(self.path)
        except KnowledgeError as exc:
            self.problem = str(exc)
            return
        self.db.close()
        self.db, self.problem, self._identity, self._stats = fresh.db, None, fresh._identity, None

    def _create(self) -> None:
        if "articles" not in self.db.table_names():
            self.db.table("articles").create(
                {"doc": int, "id": str, "title": str, "body": str, "tags": str, "lang": str,
                 "source": str, "hash": str},
                pk="doc",
            )
            self.db.table("articles").create_index(["id"], unique=True)
            self.db.table("articles").create_index(["source"])
        if "articles_fts" not in self.db.table_names():
            self.db.execute(
                "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"
            )
            self.db.execute("CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')")
            self.db.execute("CREATE VIRTUAL TABLE articles_vocab_col USING fts5vocab(articles_fts, 'col')")
        if "related" not in self.db.table_names():
            try:
                self.db.execute(
                    "CREATE TABLE related (term TEXT NOT NULL, other TEXT NOT NULL, strength REAL NOT NULL)")
                self.db.execute("CREATE INDEX related_term ON related (term)")
            except sqlite3.OperationalError:
                pass  # read-only: the search does without related words
        if "frequency" not in self.db.table_names():
            try:
                self.db.execute("CREATE TABLE frequency (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID")
            except sqlite3.OperationalError:
                pass  # read-only: ``doc_frequency`` asks the full-text index itself
        if "stats" not in self.db.table_names():
            try:
                self.db.execute("CREATE TABLE stats (articles INTEGER NOT NULL, words REAL NOT NULL)")
            except sqlite3.OperationalError:
                pass  # a base on a read-only share: ``stats`` counts on each opening instead

    def _upgrade(self) -> None:
        """Re-index every article when the file was indexed with other words than this version's."""
        conn = self.db.conn
        if conn.execute("PRAGMA user_version").fetchone()[0] == INDEX_VERSION:
            return
        with conn:
            conn.execute("DELETE FROM articles_fts")
            rows = conn.execute("SELECT doc, title, body, lang FROM articles").fetchall()
            conn.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                             [(doc, *_indexed(title, body, lang)) for doc, title, body, lang in rows])
            self._count(conn)
            conn.execute(f"PRAGMA user_version = {INDEX_VERSION}")

    def close(self) -> None:
        self.db.close()

    @_damage_named
    def __len__(self) -> int:
        return self.db.table("articles").count

    # -- import ------------------------------------------------------------------------------

    @_damage_named
    def import_path(self, path: str | Path, progress: Progress | None = None) -> ImportResult:
        """Import a folder (recursively) or one file; re-importing the same path syncs it."""
        root = Path(path).resolve()
        if not root.exists():
            raise KnowledgeError(translate("Knowledge", "{path}: no such file or folder to import").format(path=path))
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            files = [root]
        result = ImportResult()
        articles: list[Article] = []
        broken: set[str] = set()
        total = len(files)
        step = max(1, total // 100)
        for done, file in enumerate(files, 1):
            article_id = file.relative_to(root).as_posix() if root.is_dir() else file.name
            try:
                articles.extend(read_file(file, article_id))
            except InputError as exc:
                result.errors.append(str(exc))
                broken.add(str(file))
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total, "files")
        scope = ("source LIKE ? ESCAPE '\\'", [_like_prefix(root)]) if root.is_dir() else ("source = ?", [str(root)])
        self._sync(articles, scope, broken, result, progress)
        return result

    @_damage_named
    def add_articles(self, articles: Iterable[Article], source: str) -> ImportResult:
        """Replace everything imported under ``source`` (a label, not a file) with ``articles``."""
        listed = list(articles)
        for article in listed:
            article.source = source
        result = ImportResult()
        self._sync(listed, ("source = ?", [source]), set(), result)
        return result

    def _sync(self, articles: list[Article], scope: tuple[str, list[str]], broken: set[str],
              result: ImportResult, progress: Progress | None = None) -> None:
        """Bring the scope's articles in line with ``articles``; one file of 100,000 articles reports as it goes."""
        conn = self.db.conn
        known: dict[str, tuple[int, str]] = {}
        sources: dict[str, str] = {}
        for article_id, doc, digest, source in conn.execute("SELECT id, doc, hash, source FROM articles"):
            known[article_id] = (doc, digest)
            sources[article_id] = source
        seen: set[str] = set()
        total = len(articles)
        step = max(1, total // 100)
        with conn:
            for done, article in enumerate(articles, 1):
                if progress is not None and (done % step == 0 or done == total):
                    progress(done, total, "articles")
                if article.id in seen:
                    result.errors.append(f"{Path(article.source).name}: duplicate id {article.id!r}, later one kept")
                seen.add(article.id)
                digest = _hash(article)
                row = (article.title, article.body, ",".join(article.tags), article.lang, article.source, digest)
                previous = known.get(article.id)
                if previous is not None and previous[1] == digest:
                    if sources.get(article.id) != article.source:
                        conn.execute("UPDATE articles SET source = ? WHERE doc = ?", (article.source, previous[0]))
                        sources[article.id] = article.source
                    result.unchanged += 1
                    continue
                title_terms, body_terms = _indexed(article.title, article.body, article.lang)
                if previous is None:
                    cursor = conn.execute(
                        "INSERT INTO articles (id, title, body, tags, lang, source, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (article.id, *row),
                    )
                    doc = int(cursor.lastrowid or 0)
                    conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                 (doc, title_terms, body_terms))
                    known[article.id] = (doc, digest)
                    sources[article.id] = article.source
                    result.added += 1
                else:
                    doc = previous[0]
                    conn.execute(
                        "UPDATE articles SET title = ?, body = ?, tags = ?, lang = ?, source = ?, hash = ? "
                        "WHERE doc = ?",
                        (*row, doc),
                    )
                    conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (doc,))
                    conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                 (doc, title_terms, body_terms))
                    known[article.id] = (doc, digest)
                    sources[article.id] = article.source
                    result.updated += 1
            where, params = scope
            in_scope = conn.execute(f"SELECT doc, id, source FROM articles WHERE {where}", params)
            stale = [doc for doc, article_id, source in in_scope if article_id not in seen and source not in broken]
            for doc in stale:
                conn.execute("DELETE FROM articles WHERE doc = ?", (doc,))
                conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (doc,))
            result.removed = len(stale)
            if result.added or result.updated or result.removed:
                self._count(conn)
        self._stats = None

    # -- reading -----------------------------------------------------------------------------

    @_damage_named
    def get(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT doc FROM articles WHERE id = ?", [article_id]).fetchone()
        return self.article(row[0]) if row else None

    @_damage_named
    def article(self, doc: int) -> Article | None:
        sql = "SELECT id, title, body, tags, lang, source FROM articles WHERE doc = ?"
        row = self.db.execute(sql, [doc]).fetchone()
        if row is None:
            return None
        tags = tuple(tag for tag in (row[3] or "").split(",") if tag)
        return Article(row[0], row[1], row[2], tags, row[4], row[5])

    @_damage_named
    def languages(self, docs: Sequence[int]) -> dict[int, str]:
        """The language each doc is written in (its primary tag, lower case: "en-US" is "en"), where it has one."""
        if not docs:
            return {}
        marks = ",".join("?" * len(docs))
        sql = f"SELECT doc, lang FROM articles WHERE doc IN ({marks}) AND lang IS NOT NULL AND lang != ''"
        return {row[0]: row[1].replace("_", "-").split("-")[0].lower() for row in self.db.execute(sql, list(docs))}

    @_damage_named
    def ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT id FROM articles ORDER BY id")]

    # -- search primitives (used by copilot.knowledge.search) ----------------------------------

    @_damage_named
    def match(self, expression: str, limit: int = 50) -> list[tuple[int, float]]:
        """(doc, score) for an FTS5 MATCH expression, best first; score is -bm25(), higher is better."""
        if not expression:
            return []
        sql = (f"SELECT rowid, -bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS score FROM articles_fts "
               "WHERE articles_fts MATCH ? ORDER BY score DESC LIMIT ?")
        return [(row[0], row[1]) for row in self.db.execute(sql, [expression, limit])]

    @_damage_named
    def doc_frequency(self, terms: Iterable[str]) -> dict[str, int]:
        """How many articles hold each word.

        The full-text index counts a word's articles by reading all of its postings (a tenth of a millisecond
        for a common word at 100,000 articles, and a query asks for twenty), so an import keeps the counts in
        ``frequency``; a base from an older version opened read-only asks the index."""
        listed = list(dict.fromkeys(terms))
        if not listed:
            return {}
        marks = ",".join("?" * len(listed))
        try:
            found = dict(self.db.execute(f"SELECT term, doc FROM frequency WHERE term IN ({marks})", listed).fetchall())
        except sqlite3.OperationalError:  # no such table
            found = dict(self.db.execute(f"SELECT term, doc FROM articles_vocab WHERE term IN ({marks})",
                                         listed).fetchall())
        return {term: found.get(term, 0) for term in listed}

    @_damage_named
    def indexed(self, docs: Sequence[int]) -> dict[int, tuple[str, str]]:
        """The indexed (normalised) title and body words of each doc."""
        if not docs:
            return {}
        marks = ",".join("?" * len(docs))
        sql = f"SELECT rowid, title, body FROM articles_fts WHERE rowid IN ({marks})"
        return {row[0]: (row[1], row[2]) for row in self.db.execute(sql, list(docs))}

    @_damage_named
    def stats(self) -> tuple[int, float]:
        """(articles, average indexed length with the title weighted), cached until the next import.

        Counting the words means reading the whole vocabulary (most of a second at 100,000 articles), so an
        import stores the figures and a search reads them; a base from an older version is counted once."""
        if self._stats is None:
            try:
                row = self.db.execute("SELECT articles, words FROM stats").fetchone()
            except sqlite3.OperationalError:  # no such table: an older base opened read-only
                row = None
            if row is None:
                try:
                    with self.db.conn:
                        row = self._count(self.db.conn)
                except sqlite3.OperationalError:  # read-only: count without keeping the figures
                    row = _measure(self.db.conn)
            count, words = int(row[0]), float(row[1])
            self._stats = (count, max(words / max(count, 1), 1.0))
        return self._stats

    @staticmethod
    def _count(conn: sqlite3.Connection) -> tuple[int, float]:
        """Count the articles, their indexed words (the title weighted) and each word's articles into ``stats`` and
        ``frequency``, and learn the related words again; inside a transaction."""
        count, words = _measure(conn)
        conn.execute("DELETE FROM frequency")
        conn.execute("INSERT INTO frequency (term, doc) SELECT term, doc FROM articles_vocab")
        conn.execute("DELETE FROM stats")
        conn.execute("INSERT INTO stats (articles, words) VALUES (?, ?)", (count, words))
        _relate(conn, count)
        return count, words

    @_damage_named
    def related(self, terms: Iterable[str]) -> dict[str, list[tuple[str, float]]]:
        """The words learned to go with each indexed word (see ``learn_related``), strongest first."""
        listed = list(dict.fromkeys(terms))
        if not listed:
            return {}
        marks = ",".join("?" * len(listed))
        try:
            rows = self.db.execute(f"SELECT term, other, strength FROM related WHERE term IN ({marks}) "
                                   "ORDER BY strength DESC", listed).fetchall()
        except sqlite3.OperationalError:
            return {}
        found: dict[str, list[tuple[str, float]]] = {}
        for term, other, strength in rows:
            found.setdefault(term, []).append((other, strength))
        return found


def _measure(conn: sqlite3.Connection) -> tuple[int, float]:
    count = int(conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0])
    sql = "SELECT sum(cnt) FROM articles_vocab_col WHERE col = ?"
    title = conn.execute(sql, ["title"]).fetchone()[0] or 0
    body = conn.execute(sql, ["body"]).fetchone()[0] or 0
    return count, float(TITLE_WEIGHT * title + body)


RELATED_SAMPLE = 10_000  # articles learned from, evenly spread: the import's cost stays bounded at any size
RELATED_PER_WORD = 4
RELATED_MIN_PAIRS = 2
RELATED_SURPRISE = 3.84  # G² of a pair against chance, p < 0.05 (10.83, p < 0.001, lost 0.05 of top-3 on tuning)
RELATED_MAX_SHARE = 0.1  # a word in more of the articles ("you", "the", "can") relates to nothing


def _relate(conn: sqlite3.Connection, count: int) -> None:
    """Learn the related words again from the ``count`` indexed articles (see ``learn_related``); inside the
    import's transaction."""
    step = max(1, -(-count // RELATED_SAMPLE))
    rows = conn.execute("SELECT title, body FROM articles_fts WHERE rowid % ? = 0", (step,)).fetchall()
    conn.execute("DELETE FROM related")
    conn.executemany("INSERT INTO related (term, other, strength) VALUES (?, ?, ?)", learn_related(rows))


def learn_related(rows: Sequence[tuple[str, str]]) -> list[tuple[str, str, float]]:
    """(word, related word, strength 0..1) from indexed (title, body) pairs: question words to answer words.

    A pair counts when one word is in an article's title and not its body, the other in its body and not its
    title: the words a question is asked in and the words it is answered in ("Can I bring my own beer?" /
    "BYOB is not allowed"; "Do you serve beer?" / "Alcohol is served"). A name in both title and body (the
    place, the product) pairs with nothing, nor does a stop word ("how", "why", "איך": a question's way of asking,
    which every title shares and no answer is about). Kept: pairs seen in at least ``RELATED_MIN_PAIRS`` articles, of
    words in at most ``RELATED_MAX_SHARE`` of them, more often than chance could explain (a log-likelihood
    ratio over ``RELATED_SURPRISE``: a base tests so many pairs that a few meet twice by chance; at 100,000
    synthetic articles this keeps 33,000 of 68,000 pairs, in DSTC11 741 of 1,067); the strength is the
    normalised PMI, and each word keeps its ``RELATED_PER_WORD`` strongest. Language-agnostic: it sees only
    the index's words, stems or Hebrew forms alike.
    """
    docs = len(rows)
    split = [(set(title.split()), set(body.split())) for title, body in rows]
    df: Counter[str] = Counter()
    for title, body in split:
        df.update(title | body)
    cap = max(RELATED_MIN_PAIRS, RELATED_MAX_SHARE * docs)
    keep = {term for term, n in df.items() if RELATED_MIN_PAIRS <= n <= cap and term not in STOP_FORMS}
    pairs: Counter[tuple[str, str]] = Counter()
    for title, body in split:
        only_title = [t for t in title - body if t in keep]
        only_body = [t for t in body - title if t in keep]
        pairs.update((x, y) if x < y else (y, x) for x in only_title for y in only_body)  # counted in C
    best: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (x, y), n in pairs.items():
        if n < RELATED_MIN_PAIRS:
            continue
        expected = df[x] * df[y] / docs
        if _surprise(n, expected) < RELATED_SURPRISE:
            continue
        pmi = math.log(n / expected)
        npmi = pmi / -math.log(n / docs)
        best[x].append((npmi, y))
        best[y].append((npmi, x))
    out: list[tuple[str, str, float]] = []
    for term, others in best.items():
        others.sort(reverse=True)
        out.extend((term, other, round(strength, 4)) for strength, other in others[:RELATED_PER_WORD])
    return out


def _surprise(seen: int, expected: float) -> float:
    """The log-likelihood ratio (G², Poisson) of seeing a pair ``seen`` times where chance gives ``expected``."""
    return 2.0 * (seen * math.log(seen / expected) - (seen - expected)) if seen > expected else 0.0


def _indexed(title: str, body: str, lang: str | None) -> tuple[str, str]:
    return " ".join(index_terms(title, lang)), " ".join(index_terms(body, lang))


def _like_prefix(root: Path) -> str:
    prefix = str(root).rstrip(os.sep) + os.sep
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def open_for_import(path: str | Path) -> tuple[KnowledgeBase, str | None]:
    """The knowledge base at ``path`` to import into, checked first. A damaged file is moved aside unchanged under
    a dated name (it may still be rescued) and a new, empty base started in its place, to hold what is imported
    now; the second value then says so, naming both files."""
    from copilot.record.storage import damage, set_aside  # the session database's own check and set-aside

    path = Path(path)
    try:
        found = damage(path)  # read-only, every page; None when sound or absent
    except KnownError:
        found = None  # cannot be read (permissions, a lock): opening it says what is wrong
    if found is None:
        return KnowledgeBase(path), None
    try:
        moved = set_aside(path, time.time())
    except OSError as exc:
        raise KnowledgeError(translate("Knowledge", "{path} is damaged ({reason}) and cannot be moved aside to start "
                                                    "anew ({problem})").format(
            path=path, reason=found, problem=exc.strerror or exc)) from exc
    said = translate("Knowledge", "{path} was damaged ({reason}): it was moved aside as {moved} and a new knowledge "
                                  "base started; import every article file or folder again").format(
        path=path, reason=found, moved=moved.name)
    return KnowledgeBase(path), said
