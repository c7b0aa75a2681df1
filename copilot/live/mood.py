"""The customer's mood while the call runs: a smoothed level, its trend, and whether it is clear enough to show.

Agents learn to ignore a mood tag that is often wrong, so this module would rather show nothing than guess.
Each customer turn is scored on the replay's scale (``copilot.text.sentiment``: word lists per language,
negation, intensifiers); the level is smoothed so one sharp word does not read as a change of heart. A mood is
*clear*, and so shown, only when the level is well away from neutral, recent turns back it (two of the last
three lean the same way, or one says it very strongly) and none of them pulls the other way. One "ridiculous"
in a long calm call stays a word, not a mood.

A *sharp drop* is a call that was calm or friendly and turns clearly upset within a couple of turns. It is
reported once: the next one needs the mood to settle first. The turn loop (``copilot.live.turns``) turns a drop
into an escalation hint card that quotes the words that drove it.

The thresholds in ``MoodRules`` were tuned on a labelled tuning set of public customer turns and checked on a
held-out set (docs/mood.md, tests/bench/bench_mood.py).
"""

from __future__ import annotations

import enum
import re
from collections import deque
from dataclasses import dataclass, field

from copilot.model import Kind, Suggestion
from copilot.ranking import mood_score
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate
from copilot.text.sentiment import contributions, score
from copilot.text.words import tokenize

HINT_ENTRY = "mood.drop"  # the entry id the hint is recorded under, so trainers can count it like any card


class Tone(enum.StrEnum):
    UPSET = "upset"
    PLEASED = "pleased"


class Trend(enum.StrEnum):
    IMPROVING = "improving"
    STEADY = "steady"
    WORSENING = "worsening"


@dataclass(frozen=True, slots=True)
class MoodRules:
    """When a mood counts as clear, when it moves, and what a sharp drop is. Tuned on the tuning set only."""

    smoothing: float = 0.5  # weight of the newest turn in the level
    level_min: float = 0.25  # the level must be at least this far from neutral to show
    turn_min: float = 0.15  # a turn scoring at least this (either way) leans that way
    window: int = 3  # the recent turns that must back the mood
    support_min: int = 2  # turns of the window leaning the mood's way...
    strong: float = 0.8  # ...or one turn at least this strong
    trend_turns: int = 2  # the trend compares the level now with the level this many turns ago
    trend_min: float = 0.15
    drop_min: float = 0.25  # how far the level falls for a sharp drop...
    drop_turns: int = 2  # ...within this many turns
    calm_floor: float = -0.1  # the level before a drop: not already upset
    calm_turns: int = 1  # customer turns heard before a drop can be one (an angry opening is no drop)


@dataclass(frozen=True, slots=True)
class Mood:
    """What the panel is handed: the mood as it stands, to draw as it is."""

    level: float = 0.0  # smoothed, -1 (furious) .. 1 (delighted)
    trend: Trend = Trend.STEADY
    tone: Tone | None = None  # None: the evidence is not clear; show nothing
    turns: int = 0  # customer turns heard

    @property
    def clear(self) -> bool:
        return self.tone is not None

    @property
    def words(self) -> str:
        """A short description for the indicator ("upset, worsening"); empty when nothing should show."""
        if self.tone is None:
            return ""
        return str(self.tone) if self.trend is Trend.STEADY else f"{self.tone}, {self.trend}"


@dataclass(frozen=True, slots=True)
class Drop:
    """A calm call turned clearly upset: the level before and now, and the customer's words that did it."""

    before: float
    after: float
    turns: int  # within how many customer turns
    words: tuple[str, ...]  # as the customer wrote them, strongest first

    @property
    def size(self) -> float:
        return self.before - self.after


@dataclass(slots=True)
class _Turn:
    score: float
    level: float
    negative: tuple[tuple[str, float], ...]  # (quoted words, weight) that pulled this turn down


@dataclass
class MoodTrend:
    """One conversation's mood, fed the customer's turns in order. Not thread-safe on its own: the desk runs one
    engine job per conversation at a time, and the panel only ever gets the frozen ``Mood``."""

    rules: MoodRules = field(default_factory=MoodRules)
    _turns: list[_Turn] = field(default_factory=list)
    _armed: bool = True  # a drop may be reported (none since the mood last settled)
    _recent: deque[float] = field(default_factory=deque)

    def add(self, text: str, lang: str | None) -> Drop | None:
        """Hear one customer turn; a sharp drop it completes, once."""
        rules = self.rules
        value = score(text, lang)
        previous = self._turns[-1].level if self._turns else 0.0
        level = value if not self._turns else rules.smoothing * value + (1 - rules.smoothing) * previous
        quote = _Quoter(text)
        negative = tuple((quote(words), weight) for words, weight in contributions(text, lang) if weight < 0)
        self._turns.append(_Turn(value, level, negative))
        self._recent.append(value)
        while len(self._recent) > rules.window:
            self._recent.popleft()
        if level >= rules.calm_floor:
            self._armed = True
        return self._drop()

    @property
    def mood(self) -> Mood:
        if not self._turns:
            return Mood()
        level = self._turns[-1].level
        return Mood(level=level, trend=self._trend(), tone=self._tone(level), turns=len(self._turns))

    def _tone(self, level: float) -> Tone | None:
        rules = self.rules
        if abs(level) < rules.level_min:
            return None
        sign = 1.0 if level > 0 else -1.0
        leaning = [value * sign for value in self._recent if abs(value) >= rules.turn_min]
        if any(value < 0 for value in leaning):
            return None  # a recent turn pulls the other way: mixed, not clear
        if len(leaning) < rules.support_min and max(leaning, default=0.0) < rules.strong:
            return None
        return Tone.PLEASED if sign > 0 else Tone.UPSET

    def _trend(self) -> Trend:
        back = self.rules.trend_turns
        if len(self._turns) <= back:
            return Trend.STEADY
        delta = self._turns[-1].level - self._turns[-1 - back].level
        if delta <= -self.rules.trend_min:
            return Trend.WORSENING
        if delta >= self.rules.trend_min:
            return Trend.IMPROVING
        return Trend.STEADY

    def _drop(self) -> Drop | None:
        rules = self.rules
        now = len(self._turns) - 1
        if not self._armed or self._tone(self._turns[now].level) is not Tone.UPSET:
            return None
        for back in range(1, rules.drop_turns + 1):
            start = now - back  # the turn whose level the call fell from
            if start + 1 < rules.calm_turns:
                break
            before = self._turns[start].level
            if before >= rules.calm_floor and before - self._turns[now].level >= rules.drop_min:
                self._armed = False
                said = sorted((item for turn in self._turns[start + 1:] for item in turn.negative), key=lambda i: i[1])
                words = tuple(dict.fromkeys(quoted for quoted, _ in said))
                return Drop(before, self._turns[now].level, back, words)
        return None


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class _Quoter:
    """The customer's own spelling of scored words ("Belachelijk", Hebrew final letters), not the normalised
    form the lexicon matched; the normalised form when the text spells them apart.

    The text is read once per turn, not once per scored word: a line of the protocol's longest length made of one
    scored word ("nul zes nul zes ...") has thousands of them, and each used to tokenize the whole line again."""

    def __init__(self, text: str) -> None:
        self.words = _WORD.findall(text)
        self.tokens: list[str] = []
        self.owner: list[int] = []  # token -> the written word it came from ("doesn't" gives "does", "not")
        self.starts: dict[str, list[int]] = {}  # token -> where it stands, in order
        for number, word in enumerate(self.words):
            for token in tokenize(word):
                self.starts.setdefault(token, []).append(len(self.tokens))
                self.tokens.append(token)
                self.owner.append(number)
        self.quoted: dict[str, str] = {}

    def __call__(self, normalised: str) -> str:
        if normalised not in self.quoted:
            self.quoted[normalised] = self._first(normalised)
        return self.quoted[normalised]

    def _first(self, normalised: str) -> str:
        wanted = tuple(normalised.split())
        if not wanted:
            return normalised
        tokens, owner = self.tokens, self.owner
        for start in self.starts.get(wanted[0], ()):
            if tuple(tokens[start:start + len(wanted)]) == wanted:
                return " ".join(self.words[owner[start]:owner[start + len(wanted) - 1] + 1])
        return normalised


# The hint's card, in the customer's language: what an agent can say when a calm call turns.
_TITLES = {
    "en": "Mood dropped",
    "nl": "Stemming omgeslagen",
    "fr": "L'humeur se dégrade",
    "he": "מצב הרוח ירד",
}
_TEXTS = {
    "en": "I can hear this has become frustrating, and I'm sorry. Tell me what matters most to you right now, "
          "and I'll make sure that gets sorted. If you'd prefer, I can also bring in my supervisor.",
    "nl": "Ik hoor dat dit frustrerend is geworden, en dat spijt me. Vertel me wat nu het belangrijkste voor u is, "
          "dan zorg ik dat dat geregeld wordt. Als u dat liever heeft, haal ik er ook mijn leidinggevende bij.",
    "fr": "Je comprends que cela devienne frustrant, et j'en suis désolé. Dites-moi ce qui compte le plus pour vous "
          "maintenant, et je m'assure que ce soit réglé. Si vous le préférez, je peux aussi faire appel à mon "
          "responsable.",
    "he": "ברור לי שזה נהיה מתסכל, ומצטערים על כך. מה הכי חשוב עכשיו? אדאג שזה יטופל. "
          "אם מעדיפים, אפשר גם לצרף את אחראי המשמרת.",
}


def drop_hint(drop: Drop, lang: str, utterance_index: int) -> Suggestion:
    """The escalation hint for a sharp drop: ranked on the one scale (an escalation, with the drop's size as its
    evidence), its "why" quoting the customer's words as they said them."""
    lang = lang if lang in _TEXTS else "en"
    quoted = ", ".join(f"“{word}”" for word in drop.words[:3])
    rationale = (translate("Why", "The customer's mood turned from calm to upset within one turn") if drop.turns == 1
                 else translate("Why", "The customer's mood turned from calm to upset within {n} turns").format(
                     n=drop.turns))
    rationale += f": {quoted}" if quoted else ""
    return Suggestion(kind=Kind.ESCALATION, text=_TEXTS[lang], title=_TITLES[lang], rationale=rationale,
                      entry_id=HINT_ENTRY, lang=lang, score=mood_score(drop.size), engine="mood",
                      source_label=QT_TRANSLATE_NOOP("Source", "Mood estimate"), utterance_index=utterance_index,
                      matched=drop.words[:3])
