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
        known = [rules.clean(line) for line in said] + record + backing
        self.hosts = frozenset({_domain(d) for d in allowed_domains if _domain(d)}
                               | {host for text in backing for host in rules.hosts(text)})
        self.ibans = frozenset(iban for text in known for iban in rules.ibans(text))
        self.announces_new_account = any(w.NEW_ACCOUNT.search(text) for text in backing)
        runs = {rules.digits(m) for text in known for m in re.findall(r"\+?\d[\d ()./-]{4,}\d", text)}
        self.digits = frozenset(run for run in runs | {rules.digits(i) for i in self.ibans} if len(run) >= 6)
        self.phone_tails = frozenset(run[-9:] for run in self.digits if len(run) >= 9)
        self.amounts = frozenset(value for text in known for _, _, value in rules.amounts(rules.numerals(text)))
        self.free_clauses = self._clauses(backing, w.FREE)
        self.refund_clauses = self._clauses(backing, w.REFUND)
        self.personal_keys = frozenset(f.key for text in known for f in rules.personal_findings(text))
        self.words = frozenset(word for text in known for word in self._word_forms(text))
        self.placeholders = frozenset(p.upper().replace(" ", "") for p in placeholders)
        spoken = [word.casefold() for word in re.findall(r"\w+", system_prompt)]
        self.prompt_grams = frozenset(tuple(spoken[i:i + _GRAM]) for i in range(len(spoken) - _GRAM + 1))

    @staticmethod
    def _clauses(texts: list[str], pattern: re.Pattern[str]) -> list[tuple[set[str], set[float], bool]]:
        """(content words, figures, says "full"/"all") of each passage sentence that gives or refunds something."""
        found = []
        for text in texts:
            for sentence in rules.sentences(rules.numerals(text)):
                if pattern.search(sentence):
                    found.append((rules.stems(w.FREE.sub(" ", w.REFUND.sub(" ", sentence))), rules.numbers(sentence),
                                  bool(w.FULL.search(sentence))))
        return found

    @staticmethod
    def _word_forms(text: str) -> Iterator[str]:
        for word in re.findall(r"[^\W\d_]+", text.casefold()):
            yield word
            if "\u05d0" <= word[0] <= "\u05ea":
                yield from (word[n:] for n in (1, 2) if len(word) - n >= 2 and all(c in "והבלמשכ" for c in word[:n]))

    def knows(self, word: str) -> bool:
        """Whether a name-like word occurs anywhere in the conversation, its CRM record or the passages."""
        return any(form in self.words for form in self._word_forms(word))

    def issued(self, placeholder: str) -> bool:
        key = placeholder.upper().replace(" ", "")
        return key in self.placeholders or (self.restore is not None and self.restore(placeholder) != placeholder)


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
