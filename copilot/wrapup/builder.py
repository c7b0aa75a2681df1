"""The wrap-up builds up while the call runs, so it is ready the moment the call ends.

Each utterance is read once, as it arrives: its language followed, its words added to the disposition query,
its sentences sorted into reason, actions and follow-ups, the customer's mood scored. ``draft()`` then only
ranks the codes and assembles what was gathered, which takes about a millisecond even for a long call
(``tests/bench/bench_wrapup.py``). No Qt and no I/O here: the live panel, the headless command and the tests
use the same builder.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from statistics import fmean
from types import MappingProxyType

from copilot.model import Conversation, Speaker, Utterance
from copilot.text.sentiment import score as mood_score
from copilot.text.words import normalize
from copilot.wrapup.choose import OPENING_LINES, DispositionIndex, add_turn
from copilot.wrapup.dates import find_dates
from copilot.wrapup.dispositions import Dispositions, load_dispositions
from copilot.wrapup.draft import DispositionChoice, FollowUp, WrapupDraft
from copilot.wrapup.extract import clip, is_action, split_sentences, substantive

REASON_SENTENCES = 2
SHORT_REASON = 8  # words: a first reason this short takes the customer's next substantive sentence too
MAX_ACTIONS = 8
MAX_FOLLOW_UPS = 5
MOOD_WINDOW = 4  # customer lines at the start, and at the end, that the moods are read from
CLEAR_MOOD = 0.3  # mean score beyond which a mood is clear; in between it is neutral


def mood_label(scores: list[float]) -> str | None:
    """positive, negative or neutral from the sentiment scores of some customer lines; None without any line.

    Lines without a mood word ("Hello", an account number) are no evidence either way and do not dilute
    the ones that have; a window without any is neutral."""
    if not scores:
        return None
    scores = [value for value in scores if value] or [0.0]
    mean = fmean(scores)
    if mean >= CLEAR_MOOD and min(scores) > -CLEAR_MOOD:
        return "positive"
    if mean <= -CLEAR_MOOD and max(scores) < CLEAR_MOOD:
        return "negative"
    return "neutral"


class WrapupBuilder:
    """Feed it the call as it happens; ask for ``draft()`` at any moment.

    ``dispositions``: the team's codes (default: the shipped list), or an index of them shared between calls;
    ``call_date``: the day relative dates count from (default today). Not thread-safe: one caller at a time.
    """

    def __init__(self, dispositions: Dispositions | DispositionIndex | None = None, *,
                 call_date: date | None = None, default_language: str = "en") -> None:
        if isinstance(dispositions, DispositionIndex):
            self.index = dispositions
        else:
            self.index = DispositionIndex(dispositions if dispositions is not None else load_dispositions())
        self.call_date = call_date or date.today()
        self.conversation = Conversation(default_language=default_language)
        self._query: dict[str, float] = {}
        self._openings = 0
        self._reason: list[str] = []
        self._actions: dict[str, str] = {}  # normalised -> as said, in order
        self._follow_ups: dict[str, FollowUp] = {}
        self._moods: list[float] = []
        self._ai_reached = False
        self._cached: WrapupDraft | None = None

    @property
    def utterances(self) -> list[Utterance]:
        """The call so far, as this builder numbered it and detected its languages."""
        return self.conversation.utterances

    @property
    def query(self) -> Mapping[str, float]:
        """The call's weighted word forms, as the disposition codes are scored against them."""
        return MappingProxyType(self._query)

    @property
    def language(self) -> str:
        return self.conversation.customer_language

    def add(self, speaker: Speaker | str | Utterance, text: str = "", lang: str | None = None,
            ts: float | None = None) -> Utterance:
        """One utterance: ``add(Utterance)`` or ``add("customer", "text", lang, ts)``. The caller's utterance is
        copied, never changed."""
        said = (Utterance(speaker.speaker, speaker.text, lang=speaker.lang, ts=speaker.ts)
                if isinstance(speaker, Utterance) else Utterance(Speaker(speaker), text, lang=lang, ts=ts))
        utterance = self.conversation.add(said)
        self._read(utterance)
        self._cached = None
        return utterance

    def note_ai_text_reached_customer(self) -> None:
        """An AI-drafted suggestion was inserted: the wrap-up says so."""
        self._ai_reached = True
        self._cached = None

    def _read(self, utterance: Utterance) -> None:
        lang = utterance.lang or self.language
        customer = utterance.speaker is Speaker.CUSTOMER
        opening = False
        if customer:
            self._moods.append(mood_score(utterance.text, lang))
            if substantive(utterance.text, lang) and self._openings < OPENING_LINES:
                opening = True
                self._openings += 1
                self._note_reason(utterance.text, lang)
        add_turn(self._query, str(utterance.speaker), utterance.text, lang, opening)
        for sentence in split_sentences(utterance.text):
            self._note_sentence(sentence, lang, customer)

    def _note_reason(self, text: str, lang: str) -> None:
        if len(self._reason) >= REASON_SENTENCES:
            return
        if self._reason and len(" ".join(self._reason).split()) >= SHORT_REASON:
            return
        for sentence in split_sentences(text):
            if len(self._reason) < REASON_SENTENCES and (substantive(sentence, lang) or not self._reason):
                self._reason.append(clip(sentence))

    def _note_sentence(self, sentence: str, lang: str, customer: bool) -> None:
        question = sentence.rstrip().endswith("?")
        action = is_action(sentence, lang)
        key = normalize(sentence)
        dates = [] if question else find_dates(sentence, lang, self.call_date)
        if dates and (action or not customer):
            self._follow_ups.pop(key, None)  # said again: keep it in its latest place
            self._follow_ups[key] = FollowUp(clip(sentence), dates[-1].due)
            self._actions.pop(key, None)
        elif action and not customer and key not in self._follow_ups:
            self._actions.pop(key, None)
            self._actions[key] = clip(sentence)

    def draft(self) -> WrapupDraft:
        """The wrap-up as the call stands now (cached until the next utterance)."""
        if self._cached is None:
            self._cached = self._assemble()
        return self._cached

    def dispositions(self, limit: int = 2) -> list[DispositionChoice]:
        """The chosen code(s), best first, labelled in the customer's language."""
        return self.index.choose(self._query, self.language, limit)

    def _assemble(self) -> WrapupDraft:
        actions = list(self._actions.values())
        follow_ups = list(self._follow_ups.values())
        moods = self._moods
        return WrapupDraft(
            reason=" ".join(self._reason),
            actions=tuple(actions[-MAX_ACTIONS:]),
            follow_ups=tuple(follow_ups[-MAX_FOLLOW_UPS:]),
            dispositions=tuple(self.dispositions()),
            mood_start=mood_label(moods[:min(MOOD_WINDOW, (len(moods) + 1) // 2)]),
            mood_end=mood_label(moods[max(len(moods) // 2, len(moods) - MOOD_WINDOW):]),
            ai_text_reached_customer=self._ai_reached,
            language=self.language,
            turns=len(self.utterances),
        )
