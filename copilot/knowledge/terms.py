"""The words the knowledge index and its queries see: normalised, stemmed per language, Hebrew prefixes off.

A customer says "deliveries", "delivered", "bezorgen", "remboursé"; the article says "delivery",
"bezorging", "remboursement". Snowball stemmers (the same algorithms every search engine ships) fold
those together for English, Dutch and French: PyStemmer, the Snowball project's C build, where it is
installed (the package and the bundle), else ``snowballstemmer``, the same algorithms in pure Python with
the same stems, a hundred times slower. Hebrew keeps its own prefix stripping
(``copilot.text.words.hebrew_stems``), since no Snowball stemmer exists for it. Words of other languages
keep the old fold of a plural's final "s".

A Dutch verb with a separable particle comes apart in speech and in writing ("terugsturen", "terug te sturen",
"stuur het terug"; "opzeggen", "ik zeg het op"): a query's such verb is also looked up without its particle. The
index keeps one form per word (indexing both halves of an article's compounds was measured too: it gave as much
recall and cost precision).

An article is stemmed in its own language, a query in the conversation's: both sides go through
``word_forms``, which remembers each (word, language) it has stemmed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache

try:
    from Stemmer import Stemmer as _Stemmer
except ImportError:  # no wheel for this platform: the pure-Python build of the same algorithms
    from snowballstemmer import stemmer as _Stemmer

from copilot.text.words import hebrew_stems, is_hebrew_word, tokenize, tokenize_lines

_HEBREW = re.compile("[\u05d0-\u05ea]")  # a Hebrew word has more than one form (``hebrew_stems``)
_SNOWBALL = {"en": "english", "nl": "dutch", "fr": "french"}
_stemmers = {lang: _Stemmer(name) for lang, name in _SNOWBALL.items()}
_stemming = threading.Lock()  # a stemmer keeps state while it works; an import and a search may stem at once


# Dutch verbs with a separable particle: "terugsturen" and "teruggestuurd" come apart in "terug te sturen" and
# "stuur het terug", "opzeggen" in "ik zeg het op".
_NL_PARTICLE = re.compile(r"(terug|aan|af|op|uit|in|mee|door|weg|toe|na|bij|vast|los|om|over)(\w{4,})")


@lru_cache(maxsize=262_144)
def word_forms(token: str, lang: str | None = None) -> tuple[str, ...]:
    """The forms a normalised word is indexed and looked up under: its stem, or a Hebrew word and its stems, or a
    Dutch verb's stem and that of the verb without its particle."""
    if is_hebrew_word(token):
        return (token, *hebrew_stems(token))
    if not token.isalpha():
        return (token,)
    stemmer = _stemmers.get(lang or "en")
    if stemmer is not None:
        with _stemming:
            stem = stemmer.stemWord(token)
            split = _NL_PARTICLE.fullmatch(token) if lang == "nl" and token.endswith(("en", "d", "t")) else None
            verb = stemmer.stemWord(split.group(2)) if split else stem
        return (stem,) if verb == stem or len(verb) < 3 else (stem, verb)
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return (token[:-3] + "y" if token.endswith("ies") and len(token) > 4 else token[:-1],)
    return (token,)


def index_terms(text: str, lang: str | None = None) -> list[str]:
    """The words of ``text`` as the index holds them, in order."""
    return _terms(text, tokenize(text), lang)


def index_terms_of_lines(lines: Sequence[str], lang: str | None = None) -> list[list[str]]:
    """``index_terms`` of each of many lines with no line break (an article's sentences), read in one pass."""
    return [_terms(line, tokens, lang) for line, tokens in zip(lines, tokenize_lines(lines), strict=True)]


def _terms(text: str, tokens: Sequence[str], lang: str | None) -> list[str]:
    if _HEBREW.search(text):
        terms: list[str] = []
        for token in tokens:
            terms.extend(word_forms(token, lang))
        return terms
    return [word_forms(token, lang)[0] for token in tokens]  # one form per word outside Hebrew
