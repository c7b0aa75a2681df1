"""A help centre's size: the search bounds its work, the counts are kept, the stemmers agree."""

from __future__ import annotations

import importlib
import sqlite3
import threading
from pathlib import Path

import pytest

from copilot.knowledge import Article, KnowledgeBase, build_query, search
from copilot.knowledge.terms import index_terms
from copilot.model import Speaker, Utterance
from copilot.text.words import normalize

search_module = importlib.import_module("copilot.knowledge.search")  # the package exports the function by that name
WORDS = {
    "en": "deliveries delivered delivery refunded refunds cancelling cancellation routers connected connection",
    "nl": "bezorging bezorgen bezorgde facturen factuur opzeggen opgezegd abonnementen verhuizing verhuisd",
    "fr": "remboursement remboursé livraisons livrée factures résiliation résilier abonnements déménagement",
}


def _base(tmp_path: Path, filler: int) -> KnowledgeBase:
    """``filler`` articles that all say "account" and "order", and one that also names the rare "passport"."""
    kb = KnowledgeBase(tmp_path / "kb.db")
    articles = [Article(f"filler-{n}", f"Account order note {n}", f"Your account and your order number {n}.",
                        lang="en") for n in range(filler)]
    articles.append(Article("passport", "Passport check for an account",
                            "We check the passport before an order of a SIM card is sent.", lang="en"))
    kb.add_articles(articles, "test")
    return kb


def _ask(kb: KnowledgeBase, line: str) -> list[str]:
    said = [Utterance(Speaker.CUSTOMER, line, index=0)]
    return [hit.article.id for hit in search(kb, build_query(said, "en"))]


def test_words_in_more_articles_than_the_budget_still_find_the_article_by_its_rare_word(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = _base(tmp_path, 300)
    unbounded = _ask(kb, "do you need my passport for the account order?")
    monkeypatch.setattr(search_module, "POSTINGS", 50)  # "account" and "order" are each in 301 articles
    bounded = _ask(kb, "do you need my passport for the account order?")
    assert unbounded[0] == bounded[0] == "passport"
    # A line of common words alone keeps its most telling word, so it still finds articles.
    assert _ask(kb, "my account order")


def test_the_article_counts_are_kept_by_the_import_and_rebuilt_for_an_older_base(tmp_path: Path) -> None:
    kb = _base(tmp_path, 20)
    counted = kb.stats()
    assert counted[0] == 21
    kb.close()
    with sqlite3.connect(tmp_path / "kb.db") as conn:  # a base written before the counts were kept
        conn.execute("DROP TABLE stats")
    again = KnowledgeBase(tmp_path / "kb.db")
    assert again.stats() == counted
    assert _ask(again, "passport")[0] == "passport"
    again.add_articles([Article("extra", "Extra article", "Some more words here.", lang="en")], "other")
    assert again.stats()[0] == 22  # an import recounts
    reopened = KnowledgeBase(tmp_path / "kb.db")
    assert reopened.stats()[0] == 22


def test_the_c_stemmer_and_the_pure_python_fallback_give_the_same_stems() -> None:
    stemmer_module = pytest.importorskip("Stemmer")
    from snowballstemmer import dutch_stemmer, english_stemmer, french_stemmer

    python = {"en": english_stemmer.EnglishStemmer(), "nl": dutch_stemmer.DutchStemmer(),
              "fr": french_stemmer.FrenchStemmer()}
    names = {"en": "english", "nl": "dutch", "fr": "french"}
    for lang, words in WORDS.items():
        compiled = stemmer_module.Stemmer(names[lang])
        for word in normalize(words).split():
            assert compiled.stemWord(word) == python[lang].stemWord(word), (lang, word)


def test_accents_and_hebrew_points_fold_as_before_on_every_path() -> None:
    assert normalize("Café CRÈME naïve") == "cafe creme naive"
    assert normalize("שָׁלוֹם") == normalize("שלום")
    assert normalize("ﬁle ²") == "file 2"  # compatibility forms
    assert index_terms("Les livraisons sont livrées", "fr") == index_terms("les livraisons sont livrees", "fr")


def test_an_import_and_searches_at_once_stem_alike(tmp_path: Path) -> None:
    """Stemmers keep state while they work: two threads stemming at once must not mix their words."""
    words = [f"{stem}{ending}" for stem in ("deliver", "connect", "refund", "cancel", "install")
             for ending in ("", "s", "ed", "ing", "ation", "ings", "er", "ers")]
    expected = {word: index_terms(word, "en") for word in words}
    from copilot.knowledge.terms import word_forms

    word_forms.cache_clear()
    wrong: list[str] = []

    def stem_all() -> None:
        for _ in range(200):
            for word in words:
                if index_terms(word, "en") != expected[word]:
                    wrong.append(word)
            word_forms.cache_clear()

    threads = [threading.Thread(target=stem_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong
