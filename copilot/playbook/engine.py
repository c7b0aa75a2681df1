"""The local playbook engine: deterministic, offline, instant.

Per utterance it finds the trigger phrases in the words (one index lookup per word), keeps the
entries whose speaker, channel, conditions, policy, cooldown and "already done" state allow them, renders
their text in the customer's language, and ranks them.

Four things hold an entry back although its trigger is there, because a card for them is noise: the words
belong to another request (an ``unless`` phrase in the same line, or an entry it ``yields_to`` triggered
by the same line: "I don't want it anymore" in a refund request is no objection), the line says much more
than the trigger of an entry meant for lines that say little else (``alone``: "Hello, what's the weather
tomorrow?" asks a question, it is no greeting to answer), the agent's latest line already did what the
card suggests (``unless_agent_just_said``: "one moment" is the hold), and the agent has not yet said what the
entry answers (``after_agent_said``: "I don't want to renew my lease" with no offer made declines nothing).

An entry under a guidance experiment is shown in the wording of the arm its agent (or call) is assigned to, and
the card says which arm and experiment it counts for; the reason on the card is the same in both arms, because
the same words triggered it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

from copilot.model import Conversation, Speaker, Suggestion, Utterance
from copilot.playbook.file import CHANNELS, Condition, Entry, Playbook
from copilot.playbook.matching import Match, PhraseIndex
from copilot.playbook.templates import lookup, render
from copilot.ranking import ordered, playbook_score
from copilot.text.i18n import translate
from copilot.text.words import BREAK, clauses

ALONE_WORDS = 4  # other words an ``alone`` entry's line may have besides its triggers ("Hi, I'm Anna Jansen")


class PlaybookEngine:
    name = "playbook"

    def __init__(self, playbook: Playbook, policies: Iterable[str] = ()) -> None:
        self.playbook = playbook
        self.policies = frozenset(policies)
        self._entries = {entry.id: entry for entry in playbook.entries}
        self._index = PhraseIndex(p for entry in playbook.entries for p in entry.trigger_phrases)
        self._done_index = PhraseIndex(p for entry in playbook.entries for p in entry.done_phrases)
        self._just_done_index = PhraseIndex(p for entry in playbook.entries for p in entry.just_done_phrases)
        self._after_index = PhraseIndex(p for entry in playbook.entries for p in entry.after_phrases)
        self._unless_index = PhraseIndex(p for entry in playbook.entries for p in entry.unless_phrases)

    # -- the Engine protocol -------------------------------------------------------------------

    def opening(self, conversation: Conversation) -> list[Suggestion]:
        started = time.perf_counter_ns()
        found = []
        for entry in self.playbook.entries:
            if entry.on_start and self._allowed(entry, conversation, None):
                suggestion = self._suggestion(entry, conversation, [], -1, started)
                if suggestion is not None:
                    found.append(suggestion)
        return _ranked(found)

    def observe(self, conversation: Conversation, utterance: Utterance) -> None:
        if utterance.speaker is Speaker.AGENT:
            tokens = clauses(utterance.text)
            for match in self._done_index.search(tokens, utterance.lang):
                conversation.done.add(match.phrase.owner)
            if self._after_index.size:
                conversation.prompted.update(match.phrase.owner for match in
                                             self._after_index.search(tokens, utterance.lang))

    def suggest(self, conversation: Conversation, utterance: Utterance) -> list[Suggestion]:
        self.observe(conversation, utterance)
        tokens = clauses(utterance.text)
        by_entry = self._triggered(tokens, utterance.lang)
        held = self._held_back(by_entry, conversation, utterance, tokens)
        found = []
        for entry_id, matches in by_entry.items():
            entry = self._entries[entry_id]
            if entry_id in held or not self._allowed(entry, conversation, utterance):
                continue
            suggestion = self._suggestion(entry, conversation, matches, utterance.index, utterance.received_ns,
                                          utterance.received_at)
            if suggestion is not None:
                found.append(suggestion)
        return _ranked(found)

    def matching_entries(self, conversation: Conversation, utterance: Utterance) -> list[Entry]:
        """The entries this line triggers, cooldowns aside: the playbook's advice for a language model.
        Reads only the index, so any thread may ask."""
        tokens = clauses(utterance.text)
        triggered = self._triggered(tokens, utterance.lang)
        held = self._held_back(triggered, conversation, utterance, tokens)
        return [entry for entry_id in sorted(triggered) if entry_id not in held and (entry := self._entries[entry_id])
                .speaker in ("any", str(utterance.speaker)) and _for_channel(entry, conversation)
                and _prompted(entry, conversation) and all(_holds(c, conversation.context) for c in entry.when)]

    def advice(self, conversation: Conversation, utterance: Utterance) -> str:
        """What the playbook advises for this line, as text for a language model: the entries the
        line triggers and those whose cards are up, in the customer's language."""
        chosen = {entry.id: entry for entry in self.matching_entries(conversation, utterance)}
        chosen.update({i: self._entries[i] for i in sorted(conversation.visible) if i in self._entries})
        lines = []
        for entry in chosen.values():
            # The model is told the wording of the agent's own arm, so an experiment's arms stay apart in AI drafts.
            arm = entry.experiment.choose(conversation.agent, conversation.call, utterance.received_at)[0] \
                if entry.experiment is not None else None
            texts, titles = _wording(entry, arm)
            lang = _pick_language(texts, conversation.customer_language, self.playbook.default_language)
            title = titles[_pick_language(titles, lang, self.playbook.default_language)]
            lines.append(f"{title}: {texts[lang]}")
        return "\n".join(lines)

    def restate(self, suggestion: Suggestion, conversation: Conversation) -> tuple[str, str, str] | None:
        entry = self._entries.get(suggestion.entry_id)
        if entry is None:
            return None
        texts, titles = _wording(entry, suggestion.arm)  # a card keeps its arm in every language
        lang = _pick_language(texts, conversation.customer_language, self.playbook.default_language)
        text = render(texts[lang], conversation.context) if lang != suggestion.lang else None
        if text is None:
            return None
        return text, titles[_pick_language(titles, lang, self.playbook.default_language)], lang

    # -- helpers -------------------------------------------------------------------------------

    def _triggered(self, tokens: tuple[str, ...], lang: str | None) -> dict[str, list[Match]]:
        """Entry id -> the trigger phrases of that entry found in the line."""
        by_entry: dict[str, list[Match]] = {}
        for match in self._index.search(tokens, lang):
            by_entry.setdefault(match.phrase.owner, []).append(match)
        return by_entry

    def _held_back(self, triggered: Mapping[str, list[Match]], conversation: Conversation, utterance: Utterance,
                   tokens: tuple[str, ...]) -> set[str]:
        """The triggered entries whose words belong to another request, that are not alone in their line, or
        that the agent has just done.

        The ``unless`` and "just said" indexes are searched only when a triggered entry has such phrases,
        so a playbook without them costs nothing more per line."""
        entries = [self._entries[entry_id] for entry_id in triggered]
        held = {entry.id for entry in entries if any(other in triggered for other in entry.yields_to)
                or (entry.alone and _other_words(tokens, triggered[entry.id]) > ALONE_WORDS)}
        if any(entry.unless_phrases for entry in entries):
            held.update(match.phrase.owner for match in self._unless_index.search(tokens, utterance.lang))
        if any(entry.just_done_phrases for entry in entries):
            latest = _agent_latest(conversation, utterance)
            if latest is not None:
                held.update(match.phrase.owner for match in
                            self._just_done_index.search(clauses(latest.text), latest.lang))
        return held

    def _allowed(self, entry: Entry, conversation: Conversation, utterance: Utterance | None) -> bool:
        if utterance is not None and entry.speaker != "any" and entry.speaker != utterance.speaker:
            return False
        if not _for_channel(entry, conversation):
            return False
        if entry.policy and entry.policy not in self.policies:
            return False
        if entry.id in conversation.done or not _prompted(entry, conversation):
            return False
        last = conversation.last_shown.get(entry.id)
        if last is not None and entry.id not in conversation.visible:
            # A card still up may be triggered again: the session keeps it up longer.
            if entry.once:
                return False
            current = utterance.index if utterance is not None else -1
            if current - last < max(entry.cooldown, 1):
                return False
        return all(_holds(condition, conversation.context) for condition in entry.when)

    def _suggestion(
        self,
        entry: Entry,
        conversation: Conversation,
        matches: list[Match],
        utterance_index: int,
        received_ns: int,
        said_at: float | None = None,
    ) -> Suggestion | None:
        arm, counted = None, False
        if entry.experiment is not None:
            now = time.time() if said_at is None else said_at
            arm, counted = entry.experiment.choose(conversation.agent, conversation.call, now)
        texts, titles = _wording(entry, arm)
        lang = _pick_language(texts, conversation.customer_language, self.playbook.default_language)
        text = render(texts[lang], conversation.context)
        if text is None:
            return None
        title_lang = _pick_language(titles, lang, self.playbook.default_language)
        score = playbook_score(entry.priority)
        matched: tuple[str, ...] = ()
        if matches:
            best = max(matches, key=lambda m: (m.exact, len(m.phrase.words)))
            score = playbook_score(entry.priority, exact=best.exact, phrase_words=len(best.phrase.words),
                                   phrases=len(matches))
            matched = tuple(dict.fromkeys(m.phrase.written.replace("*", "…") for m in matches))
        return Suggestion(
            kind=entry.kind,
            text=text,
            title=titles[title_lang],
            rationale=_rationale(entry, matched),
            entry_id=entry.id,
            lang=lang,
            score=score,
            utterance_index=utterance_index,
            latency_ms=(time.perf_counter_ns() - received_ns) / 1e6,
            matched=matched,
            arm=arm,
            experiment=entry.experiment.name if counted and entry.experiment is not None else None,
        )


def _wording(entry: Entry, arm: str | None) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """The texts and titles of the arm: B's own under an experiment (its title, when it has none, the entry's)."""
    if arm == "B" and entry.experiment is not None:
        return entry.experiment.text, entry.experiment.title or entry.title
    return entry.text, entry.title


def _for_channel(entry: Entry, conversation: Conversation) -> bool:
    """An entry for some channels only is left out of the others; a conversation of unknown channel gets all."""
    channel = conversation.channel
    return not entry.channels or channel not in CHANNELS or channel in entry.channels


def _prompted(entry: Entry, conversation: Conversation) -> bool:
    """An ``after_agent_said`` entry waits until the agent has said one of its phrases."""
    return not entry.after_phrases or entry.id in conversation.prompted


def _other_words(tokens: tuple[str, ...], matches: list[Match]) -> int:
    """Words of the line outside the trigger phrases found in it."""
    covered = {i for match in matches for i in range(match.start, match.end + 1)}
    return sum(1 for i, token in enumerate(tokens) if token != BREAK and i not in covered)


def _agent_latest(conversation: Conversation, utterance: Utterance) -> Utterance | None:
    """The agent's latest line up to ``utterance``: the line itself when the agent said it."""
    if utterance.speaker is Speaker.AGENT:
        return utterance
    said = conversation.utterances
    known = 0 <= utterance.index < len(said) and said[utterance.index] is utterance
    for earlier in reversed(said[: utterance.index] if known else said):
        if earlier.speaker is Speaker.AGENT:
            return earlier
    return None


def _pick_language(texts: Mapping[str, str], wanted: str, fallback: str) -> str:
    if wanted in texts:
        return wanted
    if fallback in texts:
        return fallback
    return next(iter(texts))


def _rationale(entry: Entry, matched: tuple[str, ...]) -> str:
    if not matched:
        if entry.policy:
            return translate("Why", "Start of the conversation; policy '{policy}' asks for it").format(
                policy=entry.policy)
        return translate("Why", "Start of the conversation")
    who = {"customer": translate("Why", "Customer said {words}"), "agent": translate("Why", "You said {words}"),
           "any": translate("Why", "Heard {words}")}[entry.speaker]
    words = ", ".join(f"“{m}”" for m in matched[:3])
    reason = who.format(words=words)
    if entry.when:
        reason += translate("Why", "; customer {conditions}").format(
            conditions=", ".join(_describe(c) for c in entry.when))
    return reason


def _describe(condition: Condition) -> str:
    """One condition in the agent's language, the field's name as the CRM has it. A bound is kept on one line with
    its field ("tenure months ≥ 24", all its spaces no-break): in a right-to-left panel a wrap between the sign and the
    number left the number alone at the far end of the next line."""
    name = condition.path.removeprefix("customer.").replace("_", " ")
    if condition.allowed is not None:
        return translate("Why", "{name} is {values}").format(
            name=name, values="/".join(str(v) for v in condition.allowed))
    parts = []
    bound = name.replace(" ", "\u00a0")
    if condition.minimum is not None:
        parts.append(f"{bound}\u00a0≥\u00a0{condition.minimum:g}")
    if condition.maximum is not None:
        parts.append(f"{bound}\u00a0≤\u00a0{condition.maximum:g}")
    if condition.has is not None:
        parts.append(translate("Why", "has {what}").format(what=condition.has))
    if condition.lacks is not None:
        parts.append(translate("Why", "has no {what}").format(what=condition.lacks))
    return ", ".join(parts)


def _holds(condition: Condition, context: Mapping[str, Any]) -> bool:
    value = lookup(context, condition.path)
    if condition.allowed is not None:
        normal = {str(v).casefold() for v in condition.allowed}
        return value is not None and str(value).casefold() in normal
    if condition.minimum is not None or condition.maximum is not None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return False
        if condition.minimum is not None and value < condition.minimum:
            return False
        if condition.maximum is not None and value > condition.maximum:
            return False
    items = {str(v).casefold() for v in value} if isinstance(value, list | tuple) else set()
    if condition.has is not None and str(condition.has).casefold() not in items:
        return False
    return not (condition.lacks is not None and (value is None or str(condition.lacks).casefold() in items))


def _ranked(found: list[Suggestion]) -> list[Suggestion]:
    unique: dict[str, Suggestion] = {}
    for suggestion in found:
        key = suggestion.text.casefold()
        if key not in unique or suggestion.score > unique[key].score:
            unique[key] = suggestion
    return ordered(unique.values())
