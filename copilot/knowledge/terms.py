"""The words the knowledge index and its queries see: normalised, stemmed per language, Hebrew prefixes off.

A customer says "deliveries", "delivered", "bezorgen", "remboursé"; the article says "delivery",
"bezorging", "remboursement". Snowball stemmers (the ``snowballstemmer`` package, pure Python, the same
algorithms every search engine ships) fold those together for English, Dutch and French; Hebrew keeps
its own prefix stripping (``copilot.text.words.hebrew_stems``), since no Snowball stemmer exists for it.
Words of other languages keep the old fold of a plural's final "s".

An article is stemmed in its own language, a query in the conversation's: both sides go through
``word_forms``. Stemming costs about 0.1 ms a word, so each (language, word) is stemmed once.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from copilot.text.words import hebrew_stems, is_hebrew_word, tokenize

_SNOWBALL = {"en": "english", "nl": "dutch", "fr": "french"}
_stemmers = {lang: snowballstemmer.stemmer(name) for lang, name in _SNOWBALL.items()}


@lru_cache(maxsize=262_144)
def word_forms(token: str, lang: str | None = None) -> tuple[str, ...]:
    """The forms a normalised word is indexed and looked up under: its stem, or a Hebrew word and its stems."""
    if is_hebrew_word(token):
        return (token, *hebrew_stems(token))
    if not token.isalpha():
        return (token,)
    stemmer = _stemmers.get(lang or "en")
    if stemmer is not None:
        return (stemmer.stemWord(token),)
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return (token[:-3] + "y" if token.endswith("ies") and len(token) > 4 else token[:-1],)
    return (token,)


def index_terms(text: str, lang: str | None = None) -> list[str]:
    """The words of ``text`` as the index holds them, in order."""
    terms: list[str] = []
    for token in tokenize(text):
        terms.extend(word_forms(token, lang))
    return terms
