"""Words the knowledge base itself shows to go together: a customer's word finds an article written in others."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from copilot.knowledge import Article, KnowledgeBase, build_query, search
from copilot.model import Speaker, Utterance

search_module = importlib.import_module("copilot.knowledge.search")  # the package exports the function by that name

# Per language: the customer's word, the word the articles answer in, three places where both are used
# (the customer's word in the title, the answer's in the body), the place asked about, two other articles
# about that place, and the question.
LANGUAGES = {
    "en": ("beer", "alcohol", ("stadium", "train", "festival"), "museum", ("tickets", "parking"),
           "can I get a beer at the museum?"),
    "nl": ("bier", "alcohol", ("stadion", "trein", "festival"), "museum", ("kaartjes", "parkeren"),
           "kan ik een bier drinken in het museum?"),
    "fr": ("bière", "alcool", ("stade", "train", "festival"), "musée", ("billets", "stationnement"),
           "puis-je boire une bière au musée ?"),
    "he": ("בירה", "אלכוהול", ("אצטדיון", "רכבת", "פסטיבל"), "מוזיאון", ("כרטיסים", "חניה"),
           "אפשר לשתות בירה במוזיאון?"),
}


def _base(tmp_path: Path, lang: str) -> KnowledgeBase:
    said, answered, places, place, others, _ = LANGUAGES[lang]
    articles = [Article(f"note-{n}", f"Note{n} overview", f"Note{n} explained step by step.", lang=lang)
                for n in range(40)]  # the rest of a help centre
    articles += [Article(f"{said}-{where}", f"{said} {where}", f"{answered} {where}.", lang=lang) for where in places]
    articles += [Article(f"{place}-{other}", f"{place} {other}", f"{other} {place}.", lang=lang) for other in others]
    articles.append(Article("target", f"{place} {answered}", f"{answered} {place}.", lang=lang))  # last: loses a tie
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.add_articles(articles, "test")
    return kb


def _ask(kb: KnowledgeBase, lang: str) -> list[str]:
    said = [Utterance(Speaker.CUSTOMER, LANGUAGES[lang][-1], index=0)]
    return [hit.article.id for hit in search(kb, build_query(said, lang))]


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_paraphrase_finds_the_article_written_in_the_knowledge_bases_own_words(
        tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = _base(tmp_path, lang)
    try:
        assert _ask(kb, lang)[0] == "target"  # "beer at the museum": the museum's article about alcohol
        monkeypatch.setattr(search_module, "RELATED_WEIGHT", 0.0)
        monkeypatch.setattr(search_module, "UNSAID_PENALTY", 0.0)  # the re-ranking reads the learned words too
        assert _ask(kb, lang)[0] != "target"  # without the learned words, a tie the other museum articles win
    finally:
        kb.close()


def test_related_words_are_learned_at_import_bounded_and_forgotten_with_their_articles(tmp_path: Path) -> None:
    kb = _base(tmp_path, "en")
    try:
        related = kb.related(["beer"])["beer"]
        assert related[0][0] == "alcohol" and 0 < related[0][1] <= 1
        rows = kb.db.execute("SELECT term, count(*) FROM related GROUP BY term").fetchall()
        assert rows and max(count for _, count in rows) <= importlib.import_module(
            "copilot.knowledge.store").RELATED_PER_WORD
        kb.add_articles([], "test")  # the articles that taught it are gone
        assert kb.related(["beer"]) == {}
    finally:
        kb.close()


def test_an_article_with_the_customers_own_word_still_comes_first(tmp_path: Path) -> None:
    kb = _base(tmp_path, "en")
    try:  # as long as the target: a related word counts for less than the word (RELATED_CAP), length aside
        kb.add_articles([Article("museum-beer", "museum beer", "beer museum.", lang="en")], "more")
        assert _ask(kb, "en")[0] == "museum-beer"
    finally:
        kb.close()


@pytest.mark.parametrize(("lang", "asking", "answer"), [
    ("en", "How do I", "You"), ("he", "איך אפשר", "פשוט"), ("fr", "Comment puis-je", "Vous"),
])
def test_a_questions_way_of_asking_is_related_to_no_answer_word(tmp_path: Path, lang, asking, answer) -> None:
    # Four titles ask "How do I ...?" and their bodies answer "You ...": the asking words pair with the answer
    # words, and a customer's "how" must not bring in whatever the answers say.
    topics = ["card", "loan", "transfer", "savings"]
    filler = [Article(f"note-{n}", f"Note{n} overview", f"Note{n} explained step by step.", lang="nl")
              for n in range(40)]
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.add_articles([*filler, *(Article(t, f"{asking} {t}{lang}?", f"{answer} {t}x {t}z.", lang=lang)
                                for t in topics)], "faq")
    asked = {form for word in asking.split() for form in search_module.word_forms(word.lower(), lang)}
    assert kb.related(asked) == {}
    kb.close()


def test_an_id_document_is_a_query_word() -> None:
    query = build_query([Utterance(Speaker.CUSTOMER, "the app can't verify my ID")], "en")
    assert "id" in {term.word for term in query.terms}


def test_i_would_is_no_id_document() -> None:
    query = build_query([Utterance(Speaker.CUSTOMER, "I'd like a refund, I’d rather not wait, id hate to")], "en")
    assert "id" not in {term.word for term in query.terms}
