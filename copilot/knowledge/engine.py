"""The knowledge engine: after a customer line, the one passage worth quoting, or nothing.

A card is shown only when the search confidence (the calibrated chance that the article is right, see
``confidence``) reaches the threshold, because a wrong article on every line teaches agents to ignore
the panel. The default threshold was chosen on the tuning corpora (DSTC11 restaurant dialogues and a shop's
help centre in four languages) with ``tests/bench/calibrate.py``: the one at which the shown cards are
right most often on the worse of the two while each still gets a card on at least a tenth of the lines
that need one; what it means on held-out corpora is in the README. Like the playbook engine, an article shown a
moment ago is not offered again until ``cooldown`` utterances have passed.
"""

from __future__ import annotations

import logging
import time

from copilot.knowledge.search import Hit, build_query, search, sentences
from copilot.knowledge.store import KnowledgeBase, KnowledgeDamaged
from copilot.model import Conversation, Kind, Speaker, Suggestion, Utterance
from copilot.ranking import knowledge_score
from copilot.text.clean import shortened
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_THRESHOLD = 0.55
ANSWER_SENTENCES = 3
ANSWER_CHARS = 600

log = logging.getLogger("copilot.knowledge")


class KnowledgeEngine:
    name = "knowledge"

    def __init__(self, kb: KnowledgeBase, threshold: float = DEFAULT_THRESHOLD, cooldown: int = 6) -> None:
        self.kb = kb
        self.threshold = threshold
        self.cooldown = cooldown

    # -- the Engine protocol -------------------------------------------------------------------

    def opening(self, conversation: Conversation) -> list[Suggestion]:
        return []  # nobody asked anything yet

    def observe(self, conversation: Conversation, utterance: Utterance) -> None:
        """Nothing to note: the query is rebuilt from the conversation on every customer line."""

    def suggest(self, conversation: Conversation, utterance: Utterance) -> list[Suggestion]:
        self.kb.follow_rebuild()
        if utterance.speaker is not Speaker.CUSTOMER or self.kb.problem is not None:
            return []  # a damaged base stays off (the panel says so) until its articles are imported again
        try:
            hits = self.rank(conversation, utterance)
        except KnowledgeDamaged as exc:
            log.error("knowledge answers off: %s", exc)
            return []
        for hit in hits:
            if hit.confidence < self.threshold:
                continue  # the customer's language goes first, not always the likeliest article
            entry_id = f"kb:{hit.article.id}"
            if self._cooling(entry_id, conversation, utterance.index):
                continue
            return [self._suggestion(hit, entry_id, conversation, utterance)]
        return []

    def rank(self, conversation: Conversation, utterance: Utterance, limit: int = 3) -> list[Hit]:
        """The articles for the conversation up to ``utterance``, best first, whatever their confidence.

        What ``suggest`` chooses its card from; ``copilot kb search --conversation`` and the retrieval
        benchmark call it too, so they measure exactly what the panel would show."""
        said = (conversation.utterances[: utterance.index + 1] if utterance.index >= 0
                else [*conversation.utterances, utterance])
        return search(self.kb, build_query(said, conversation.customer_language), limit=limit)

    def restate(self, suggestion: Suggestion, conversation: Conversation) -> tuple[str, str, str] | None:
        return None  # an article is written in one language; there is no other wording to offer

    # -- helpers -------------------------------------------------------------------------------

    def _cooling(self, entry_id: str, conversation: Conversation, index: int) -> bool:
        last = conversation.last_shown.get(entry_id)
        if last is None or entry_id in conversation.visible:
            return False  # a card still up may be confirmed again
        return index - last < max(self.cooldown, 1)

    def _suggestion(self, hit: Hit, entry_id: str, conversation: Conversation, utterance: Utterance) -> Suggestion:
        return Suggestion(
            kind=Kind.KNOWLEDGE,
            text=answer_text(hit.passage),
            title=hit.article.title,
            rationale=rationale(hit),
            entry_id=entry_id,
            lang=hit.article.lang or conversation.customer_language,
            score=round(knowledge_score(hit.confidence), 3),
            engine=self.name,
            source_label=QT_TRANSLATE_NOOP("Source", "Knowledge base"),
            utterance_index=utterance.index,
            latency_ms=(time.perf_counter_ns() - utterance.received_ns) / 1e6,
            matched=hit.matched,
        )


def answer_text(passage: str, max_sentences: int = ANSWER_SENTENCES, max_chars: int = ANSWER_CHARS) -> str:
    """The passage cut to whole sentences that fit a card and a chat box."""
    kept: list[str] = []
    for sentence in sentences(passage)[:max_sentences]:
        if kept and len(" ".join([*kept, sentence])) > max_chars:
            break
        kept.append(sentence)
    text = " ".join(kept)
    return shortened(text, max_chars)


def rationale(hit: Hit) -> str:
    words = ", ".join(f"“{word}”" for word in hit.matched[:4])
    percent = round(100 * hit.confidence)
    return translate("Why", "Matches {words} ({percent}% confidence)").format(words=words, percent=percent) if words \
        else translate("Why", "{percent}% confidence").format(percent=percent)
