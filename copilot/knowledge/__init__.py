"""The knowledge base: articles an agent may quote, found from what the customer just asked.

``store`` keeps articles in SQLite with an FTS5 index over normalised words, ``search`` turns a
conversation into a weighted query and returns passages with a confidence, and ``engine`` offers
the best passage as a card when the confidence is high enough. All Qt-free.
"""

from __future__ import annotations

from copilot.knowledge.engine import DEFAULT_THRESHOLD, KnowledgeEngine
from copilot.knowledge.search import Hit, Query, build_query, plain_bm25, search
from copilot.knowledge.store import Article, ImportResult, KnowledgeBase

__all__ = [
    "DEFAULT_THRESHOLD",
    "Article",
    "Hit",
    "ImportResult",
    "KnowledgeBase",
    "KnowledgeEngine",
    "Query",
    "build_query",
    "plain_bm25",
    "search",
]
