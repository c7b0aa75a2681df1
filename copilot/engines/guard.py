"""The last look at an AI draft before it may become a card: ``check(draft, context) -> reason | None``.

A model that read an injected instruction, or simply went wrong, can stream a draft that looks like any
other: a discount spelled out in words, a link to a look-alike domain, a request for the customer's SMS
code, "pay to our new account", its own system prompt, a reply in the wrong language, a placeholder the
conversation never issued, a refund nobody allowed, an insult, another customer's phone number. The
prompt asks the model not to; this module checks that it did not, against what the request knew:

* the playbook's limit (``max_discount``) and the company's domains (``allowed_domains``);
* the knowledge passages and guidance sent with the request, which alone may back a price, a "free"
  item, a refund, a bank account or a link;
* the conversation itself (what was said, the CRM record), the only source of personal data a draft may
  repeat, and the placeholders its vault issued;
* the system prompt, which a draft must not recite.

Deterministic, offline and fast (well under a millisecond for a typical draft; ``tests/bench/bench_guard.py``):
regular expressions and word lists in four languages (``guard_words``), one function per check
(``guard_rules``). A draft held back is never shown; the stream records it with the reason for trainers.
No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from copilot.engines import guard_rules as rules
from copilot.engines import guard_words as w
from copilot.model import Suggestion
from copilot.privacy.redaction import names_from_context

_GRAM = 5  # words in a row shared with the system prompt that make a recital


class PassageLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft as the model wrote it: placeholders not yet restored."""

    text: str
    rationale: str = ""
    kind: str = "reply"
    cited: tuple[str, ...] = ()  # the passage ids it cites


@dataclass(frozen=True, slots=True)
class HeldDraft:
    """A well-formed draft no agent will see, and why: kept for trainers, never shown as a card."""

    suggestion: Suggestion
    reason: str


def _flatten(value: Any) -> Iterator[str]:
    if isinstance(value, Mapping):
        for item in value.values():
            yield from _flatten(item)
    elif isinstance(value, list | tuple | set):
        for item in value:
            yield from _flatten(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def _domain(entry: str) -> str:
    """"https://www.Example.com/path" -> "example.com": the setting may be written as a link."""
    host = re.sub(r"^[a-z]+://", "", entry.strip().casefold()).split("/")[0].split("@")[-1].split(":")[0]
    return host.removeprefix("*.").removeprefix("www.").strip(".")


class GuardContext:
    """What one request knew, prepared once so each draft is checked in well under a millisecond.

    ``said``: every line of the conversation, both speakers; ``crm``: the CRM context; ``passages`` and
    ``guidance``: what was sent to ground the drafts; ``placeholders``: those the conversation's vault
    issued (``restore``, if given, is asked about any other); ``system_prompt``: as sent.
    """

    def __init__(self, *, language: str = "en", max_discount: float = 10.0, allowed_domains: Iterable[str] = (),
                 passages: Iterable[PassageLike] = (), guidance: str = "", said: Iterable[str] = (),
                 crm: Mapping[str, Any] | None = None, placeholders: Iterable[str] = (), system_prompt: str = "",
                 restore: Callable[[str], str] | None = None) -> None:
        self.language = language
        self.max_discount = float(max_discount)
        self.restore = restore
        backing = [rules.clean(f"{p.title}. {p.text}") for p in passages]
        backing += [rules.clean(line) for line in guidance.splitlines() if line.strip()]
        record = [rules.clean(value) for value in _flatten(crm or {})]
        record += [rules.clean(name) for name in names_from_context(crm or {})]
        known = [_facts(text) for text in [rules.clean(line) for line in said] + record + backing]
        grounds = [_facts(text) for text in backing]  # only the company's word backs an offer or a link
        self.hosts = frozenset({_domain(d) for d in allowed_domains if _domain(d)}
                               | {host for facts in grounds for host in facts.hosts})
        self.ibans = frozenset(iban for facts in known for iban in facts.ibans)
        self.announces_new_account = any(facts.new_account for facts in grounds)
        self.digits = frozenset(run for facts in known for run in facts.digits)
        self.phone_tails = frozenset(run[-9:] for run in self.digits if len(run) >= 9)
        self.amounts = frozenset(value for facts in known for value in facts.amounts)
        self.free_clauses = [clause for facts in grounds for clause in facts.free]
        self.refund_clauses = [clause for facts in grounds for clause in facts.refund]
        self.personal_keys = frozenset(key for facts in known for key in facts.personal_keys)
        self.words = frozenset(word for facts in known for word in facts.words)
        self.placeholders = frozenset(p.upper().replace(" ", "") for p in placeholders)
        self.prompt_grams = _grams(system_prompt)

    def knows(self, word: str) -> bool:
        """Whether a name-like word occurs anywhere in the conversation, its CRM record or the passages."""
        return any(form in self.words for form in _word_forms(word))

    def issued(self, placeholder: str) -> bool:
        key = placeholder.upper().replace(" ", "")
        return key in self.placeholders or (self.restore is not None and self.restore(placeholder) != placeholder)


Clause = tuple[set[str], set[str], set[float], bool]  # content words, those before the giving word, figures, "full"


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one text (a line, a CRM value, a passage) tells the guard; lines repeat in every request: cached."""

    hosts: frozenset[str]
    ibans: frozenset[str]
    new_account: bool
    digits: frozenset[str]
    amounts: frozenset[float]
    free: tuple[Clause, ...]
    refund: tuple[Clause, ...]
    personal_keys: frozenset[str]
    words: frozenset[str]


def _clauses(text: str, pattern: w.Words) -> tuple[Clause, ...]:
    """Each sentence of a passage that gives or refunds something, as the draft's clauses are compared to it;
    the words before the giving word name what is given ("Installation by an engineer is free ...")."""
    found = []
    for sentence in rules.sentences(text):
        m = pattern.search(sentence)
        if m is not None:
            plain = w.FREE.sub(" ", w.REFUND.sub(" ", sentence))
            before = w.FREE.sub(" ", w.REFUND.sub(" ", sentence[:m.start()]))
            found.append((rules.stems(plain), rules.stems(before), rules.numbers(sentence),
                          bool(w.FULL.search(sentence))))
    return tuple(found)


def _word_forms(text: str) -> Iterator[str]:
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        yield word
        if "\u05d0" <= word[0] <= "\u05ea":
            yield from (word[n:] for n in (1, 2) if len(word) - n >= 2 and all(c in "והבלמשכ" for c in word[:n]))


@lru_cache(maxsize=4096)
def _facts(text: str) -> _Facts:
    numeric = rules.numerals(text)
    ibans = frozenset(rules.ibans(text))
    runs = {rules.digits(m) for m in re.findall(r"\+?\d[\d ()./-]{4,}\d", text)} | {rules.digits(i) for i in ibans}
    return _Facts(frozenset(rules.hosts(text)), ibans, bool(w.NEW_ACCOUNT.search(text)),
                  frozenset(run for run in runs if len(run) >= 6), frozenset(v for _, _, v in rules.amounts(numeric)),
                  _clauses(numeric, w.FREE), _clauses(numeric, w.REFUND),
                  frozenset(f.key for f in rules.personal_findings(text)), frozenset(_word_forms(text)))


@lru_cache(maxsize=16)
def _grams(system_prompt: str) -> frozenset[tuple[str, ...]]:
    spoken = [word.casefold() for word in re.findall(r"\w+", system_prompt)]
    return frozenset(tuple(spoken[i:i + _GRAM]) for i in range(len(spoken) - _GRAM + 1))


def check(draft: Draft, context: GuardContext) -> str | None:
    """Why ``draft`` must not be shown, in words for a trainer, or ``None`` when it may be."""
    text = rules.clean(draft.text)
    both = f"{text}\n{rules.clean(draft.rationale)}"
    numeric = rules.numerals(both)
    for rule in rules.RULES:
        reason = rule(text, both, numeric, context)
        if reason is not None:
            return reason
    return None


def context_for(conversation: Any, passages: Sequence[PassageLike] = (), *, max_discount: float = 10.0,
                allowed_domains: Iterable[str] = (), guidance: str = "", placeholders: Iterable[str] = (),
                system_prompt: str = "", restore: Callable[[str], str] | None = None) -> GuardContext:
    """The context of one request about a ``copilot.model.Conversation``: its lines, CRM record and language."""
    return GuardContext(language=conversation.customer_language, max_discount=max_discount,
                        allowed_domains=allowed_domains, passages=passages, guidance=guidance,
                        said=[u.text for u in conversation.utterances], crm=conversation.context,
                        placeholders=placeholders, system_prompt=system_prompt, restore=restore)


_ISSUED = re.compile(r"\[[A-Za-z][A-Za-z0-9_]*\]")


def placeholders_in(texts: Iterable[str]) -> set[str]:
    """Placeholders in what was sent (the redacted prompt): those the model was shown, so may use."""
    return {m.group() for text in texts for m in _ISSUED.finditer(text)}
