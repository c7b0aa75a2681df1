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
regular expressions and word lists in four languages (``guard_words``, ``guard_words_conduct``,
``guard_words_abuse``, made patterns by ``guard_lexicon``), one function per check (``guard_rules``, and for what a
draft offers ``guard_offers``) over shared text helpers (``guard_text``). A draft held back is never shown; the
stream records it with the reason for trainers. No Qt here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from math import prod
from typing import Any, Protocol

from copilot.config.options import is_public_suffix, site_domain
from copilot.engines import guard_lexicon as lexicon
from copilot.engines import guard_rules as rules
from copilot.engines import guard_text as tx
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
        self.placeholders = frozenset(p.upper().replace(" ", "") for p in placeholders)
        self._allowed = tuple(allowed_domains)
        self._system_prompt = system_prompt
        passages = list(passages)
        advice = [tx.clean(line) for line in guidance.splitlines() if line.strip()]
        backing = [tx.clean(f"{p.title}. {p.text}") for p in passages] + advice
        # What a passage gives, it gives in its text: a title ("Outages and compensation") promises nothing.
        self._giving = tuple([tx.clean(p.text) for p in passages] + advice)
        record = [tx.clean(value) for value in _flatten(crm or {})]
        record += [tx.clean(name) for name in names_from_context(crm or {})]
        self._grounds = tuple(backing)  # only the company's word backs an offer, a link or an account change
        self.matches_prices = any(  # "we match any cheaper offer"; not "we do not match other shops' prices"
            w.MATCHES_PRICES.search(clause) and not tx.negated(clause)
            for text in self._giving for sentence in tx.sentences(text) for clause in tx.clauses(sentence))
        lines = [tx.clean(line) for line in said]
        self.last_said = lines[-1] if lines else ""  # the line the draft answers: a code it mentions is its topic
        # the last few lines: a code the agent sent ("I've just sent you a one-time code") stays the topic when the
        # customer only says "Got it"
        self.recent_said = tuple(lines[-3:])
        self._said = tuple(lines + record)
        self._lines = tuple(lines)
        self._known = tuple(list(self._said) + backing)

    @property
    def known_texts(self) -> tuple[str, ...]:
        """What the conversation, the customer's record and the passages say, as written."""
        return self._known

    # Each fact is gathered on first use: most drafts have no link, price or phone number, so most requests
    # never read the conversation for one. Each text's share is cached, and lines repeat in every request.

    @cached_property
    def said_words(self) -> frozenset[str]:
        """Every word the conversation's lines said, folded: what a draft may quote back without giving it."""
        return frozenset(word for line in self._lines for word in re.findall(r"\w+", line.casefold()))

    @cached_property
    def said_labels(self) -> frozenset[str]:
        """The words of the conversation's lines that may name a thing priced (``tx.label_words``): what a draft
        answering it may leave unnamed ("A week of the Pro Kit?" "That is €236")."""
        return frozenset(tx.label_words(" ".join(self._lines)))

    @cached_property
    def recent_sums(self) -> tuple[float, ...]:
        """The sums the last lines of the conversation named, in order: a draft's first sentence may add up prices the
        agent just gave ("A mug is €14.95 and the calendar €24.95." "Together that's €39.90"), as a later sentence adds
        up those of the sentence before."""
        return tuple(dict.fromkeys(value for line in self.recent_said for _, _, value in tx.amounts(tx.numerals(line))))

    @cached_property
    def counted_prices(self) -> frozenset[float]:
        """What a count the last lines give of a thing the price list names comes to ("I ordered two crates of the
        IPA": twice the IPA crate's price, and twice its keg's): what the customer's own order cost, worked out, no
        price of the draft's own. Only a count said right before the thing's name, by a word that labels few sums."""
        found: set[float] = set()
        for line in self.recent_said:
            tokens = tx.numerals(line).split()
            for n, token in enumerate(tokens):
                for count in tx.counts(token):
                    named = tx.label_words(" ".join(tokens[n + 1:n + 5]))
                    found.update(count * value for stem in named for value in self.labelled.get(stem, ())
                                 if value in self.amounts)
        return frozenset(round(value, 2) for value in found)

    @cached_property
    def ordered_totals(self) -> frozenset[float]:
        """What the order the conversation's lines describe comes to, by the price list: a thing it names plus a count
        it gives of another it names ("45 guests, the Garden Pavilion and the Signature Menu": the pavilion and 45
        menus). A discount a draft takes off that total ("9% off: €6,755 becomes €6,147.05") rests on the company's
        prices, though the draft does not add them up again. A thing is named by the two words before its sum in
        the price list ("Garden Pavilion (up to 70 guests) €1,850"), both of them, or the one ("Orangery ...
        €3,200")."""
        # (a Hebrew prefix joined by a hyphen to a name in Latin letters is no part of it: "ב-Garden Pavilion")
        lines = [tx.stems(_PREFIXED_NAME.sub("", line)) for line in self._lines]
        named: set[float] = set()
        for text in self._grounds:
            for sentence in tx.sentences(tx.numerals(text)):
                plain = _BRACKETED.sub(lambda m: " " * len(m.group()), sentence)
                last = 0
                for begin, end, value in tx.amounts(plain):
                    label = tx.content_words(_LIST_BREAK.split(plain[last:begin])[-1])[-2:]
                    last = end
                    if label and value in self.amounts and any(
                            all(_names(forms, said) for forms in label) for said in lines):
                        named.add(value)
        if len(named) < 2 or len(named) > 8:  # (lines naming much of the price list name no one order)
            return frozenset()
        counted = {n for line in self._lines for n in tx.counts(tx.numerals(line)) if 1 < n <= 1000 and n == int(n)}
        return frozenset(round(a + n * b, 2) for a in named for b in named if a != b for n in counted)

    @cached_property
    def order_sums(self) -> frozenset[float]:
        """What a whole order a recent line lists comes to by the price list: each thing it names, by the words that
        label its sum, times the count said in the same item of the list, or once ("a Base Kit, five outdoor cameras
        and two smoke detectors": the kit, five cameras and two detectors). A draft saying what that order costs
        ("your order comes to €2,065") states the company's prices added up, no price of its own; a discount off it
        is judged as one. A thing two sums may be (a price in euro and in shekels) gives a total of each, a few at
        most; an item naming no one thing leaves the list unread."""
        found: set[float] = set()
        for line in self.recent_said:
            choices: list[tuple[float, frozenset[float]]] = []
            names = 0  # items named by a name of the price list
            for item in _ORDER_ITEM.split(tx.numerals(line)):
                # (a sum the line names is no thing ordered: "another firm offers €1,650 for the Base Kit")
                sums, sums_cut = tx.amounts(item), item
                # (or, when nothing after it names a thing, what comes before the sum: "20 extra badges for €1,950",
                # the price the whole order was offered at elsewhere)
                item = item[sums[-1][1]:] if sums else item
                if sums and not self._labels_a_thing(item) and self._labels_a_thing(before := sums_cut[:sums[0][0]]):
                    item = before
                # each word votes for the sums it labels; the thing is the one most of its words name ("Eye
                # Outdoor camera" of "Eye Indoor camera: €139; Eye Outdoor camera: €229")
                votes: dict[float, int] = {}
                named = 0  # words of a name ("Base Kit"): what the line surely orders
                for word in re.findall(r"[^\W\d_][\w'-]*", item):
                    if tx.counts(word):
                        continue
                    labels = {v for stem in tx.label_words(word) - _COUNT_STEMS
                              for v in self.labelled.get(stem, ()) if v in self.amounts}
                    named += bool(labels) and word[:1].isupper()
                    for value in labels:
                        votes[value] = votes.get(value, 0) + 1
                if not votes:
                    continue
                most = max(votes.values())
                values = frozenset(v for v, n in votes.items() if n == most)
                numbers = {n for n in tx.counts(item) if n == int(n) and 1 < n <= 100}
                if len(numbers) > 1:
                    choices = []
                    break
                # (an item neither counted nor named by a name may be no thing ordered at all, its words only like a
                # label's: "for the same system", "can I pay in instalments")
                sure = bool(numbers) or named >= 2
                names += named >= 1
                choices.append((numbers.pop() if numbers else 1.0, values if sure else values | {0.0}))
            # (an order names at least two things by their names: "three weeks" and "the deposit" order nothing)
            # (or one by its name and another by a count of it: "Entry Connect with 20 extra badges")
            counted_item = any(n > 1 and 0.0 not in values for n, values in choices)
            if len(choices) < 2 or names < 2 and not (names and counted_item) or prod(
                    len(values) for _, values in choices) > 4096:
                continue
            found.update(round(sum(n * v for (n, _), v in zip(choices, pick, strict=True)), 2)
                         for pick in itertools.product(*(sorted(values) for _, values in choices))
                         if sum(1 for v in pick if v) >= 2)
        return frozenset(found)

    def _labels_a_thing(self, text: str) -> bool:
        """Whether a word of ``text`` longer than three letters labels one of the company's sums (no "op", "aan")."""
        return any(self.labelled.get(stem) for word in re.findall(r"[^\W\d_][\w'-]{3,}", text) if not tx.counts(word)
                   for stem in tx.label_words(word) - _COUNT_STEMS)

    @cached_property
    def said_counts(self) -> frozenset[float]:
        """How long the line the draft answers says something lasted ("the site has been shut for four days"): a price
        per day times it is worked out, as a count the draft gives is. Not a count of things ("I missed three
        lessons"): what those come to is the draft's own sum."""
        said = tx.numerals(self.last_said)
        return frozenset(n for m in _LASTED.finditer(said) for n in tx.counts(m.group(1)))

    @property
    def giving_texts(self) -> tuple[str, ...]:
        """The passages' texts, what the company's word gives in them (not their titles)."""
        return self._giving

    @cached_property
    def named_numbers(self) -> re.Pattern[str] | None:
        """The numbers the company's word uses as part of a name ("Suite 45", "Pod 20", "Plan XL 300"): a capitalised
        word, then a number that no sign, percentage or unit follows. A draft naming the thing says no figure."""
        found = {m.group() for text in self._grounds for m in _NAME_NUMBER.finditer(text)}
        if not found:
            return None
        return re.compile("|".join(rf"(?<![\w-]){re.escape(name)}(?![\w,.]?\d|\s\d)" for name in sorted(found, key=len,
                                                                                                reverse=True)))

    @cached_property
    def numbered_names(self) -> re.Pattern[str] | None:
        """The names of two capitalised words the company's word uses ("Meeting Room", "Salle Atelier"): a number a
        draft writes right after one, with no sign, percentage or unit after it, tells which one ("Meeting Room 5 is
        free now"), no figure. Not the first digits of a sum grouped by spaces ("Garden Pavilion 1 850 €")."""
        found = {m.group() for text in self._grounds for m in _TWO_CAPITALS.finditer(text)}
        if not found:
            return None
        names = "|".join(re.escape(name) for name in sorted(found, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])({names}) \d{{1,4}}(?![\w,.]?\d)(?!\s\d{{3}}(?!\d))"
                          rf"(?!\s?(?:%|€|\$|£|₪|[-/:x×]|{_UNIT}))")

    def unnumbered(self, text: str) -> str:
        """``text`` with the numbers of the company's names left out ("Lounge 60" is "Lounge")."""
        names = self.named_numbers
        text = text if names is None else names.sub(lambda m: m.group().rsplit(" ", 1)[0], text)
        numbered = self.numbered_names
        return text if numbered is None else numbered.sub(lambda m: m.group(1), text)

    @cached_property
    def hosts(self) -> frozenset[str]:
        allowed = {site_domain(d) for d in self._allowed}  # a suffix ("com", "co.uk") would allow every site
        return frozenset({d for d in allowed if d and not is_public_suffix(d)}
                         | {host for text in self._grounds for host in _hosts(text)})

    @cached_property
    def ibans(self) -> frozenset[str]:
        return frozenset(iban for text in self._known for iban in _ibans(text))

    @cached_property
    def announces_new_account(self) -> bool:
        return any(w.NEW_ACCOUNT.search(text) for text in self._grounds)

    @cached_property
    def digits(self) -> frozenset[str]:
        return frozenset(run for text in self._known for run in _digit_runs(text))

    @cached_property
    def phone_tails(self) -> frozenset[str]:
        return frozenset(run[-9:] for run in self.digits if len(run) >= 9)

    @cached_property
    def amounts(self) -> frozenset[float]:
        return frozenset(value for text in self._known for value in _amounts(text))

    @cached_property
    def currencies(self) -> dict[float, frozenset[str]]:
        """The currencies each known sum is named in ("" for a sum without one)."""
        found: dict[float, set[str]] = {}
        for text in self._known:
            for value, sign in _signed_sums(text):
                found.setdefault(value, set()).add(sign)
        return {value: frozenset(signs) for value, signs in found.items()}

    def other_currency(self, value: float, said: str) -> bool:
        """Whether a known sum is said (``said``, the sum as written) in a currency it is never named in: "twenty euros"
        of a price the company's word gives only in shekels is no price of its own."""
        sign, signs = tx.currency(said), self.currencies.get(value)
        return bool(sign) and signs is not None and "" not in signs and sign not in signs

    @cached_property
    def unit_rates(self) -> frozenset[float]:
        """Sums the company's word charges per unit ("a meeting room is €35 an hour", "€0.10 per page"): a booking
        of a few units costs a few times one ("the €70 for your two hours"). Not a rate of credit ("€10 credit a
        day"): what a few units of that come to is a gift, judged as one."""
        return frozenset(value for text in self._grounds for sentence in tx.sentences(tx.numerals(text))
                         if not w.REFUND.search(sentence)
                         for value in _charged_rates(sentence) | _listed_rates(sentence))

    @cached_property
    def few(self) -> frozenset[float]:
        """How many units a booking at a rate may be of without the draft counting them: a few, or a count the company's
        word states ("a week costs the price of 4 days")."""
        return frozenset({2.0, 3.0, 4.0} | {n for found in self.stated_counts for n in found if n <= 14})

    @cached_property
    def bookings(self) -> frozenset[float]:
        """What a booking of a few units at one of the rates or prices costs (``few``, ``unit_rates``, ``prices``), or
        of as many as the conversation counts ("I booked the escape room for five"; up to a dozen): a sum given back
        whole ("you cancelled in time: the full €177 comes back") is what was paid, whichever thing it was for."""
        party = {n for line in self._lines for n in tx.counts(tx.numerals(line)) if n <= _PARTY}
        return frozenset(round(n * rate, 2) for n in self.few | party for rate in self.unit_rates | self.prices)

    @cached_property
    def prices(self) -> frozenset[float]:
        """The sums the company's word charges for something, each or once ("a tasting menu: €65", "Day ticket €12"):
        a booking of a few of them, given back whole, cost a few times one (not a sum a sentence gives back or
        gives, what a credit of it comes to is a gift, judged as one)."""
        return frozenset(value for text in self._grounds for sentence in tx.sentences(tx.numerals(text))
                         if not w.REFUND.search(sentence) and not w.FREE.search(sentence)
                         for _, _, value in tx.amounts(sentence))

    @cached_property
    def stated_counts(self) -> tuple[frozenset[float], ...]:
        """The counts of units each part of a sentence of the company's word names together ("a week (7 days) costs the
        price of 4 days; a weekend ..."): a rate per unit times one of them is a price it states, and one such price
        instead of the other is its own deal, no discount of the agent's (not the 5 hours of the next part instead of
        the 10 of this one)."""
        return tuple(found for text in self._grounds for sentence in tx.sentences(tx.numerals(text))
                     for part in sentence.split(";")
                     if len(found := frozenset(tx.number(m.group(1)) for m in _UNITS.finditer(part)
                                               if tx.number(m.group(1)) > 1)) > 1)

    @cached_property
    def given_amounts(self) -> frozenset[float]:
        """Sums of money the company's word names (passages, guidance): an amount off must be one of them."""
        return frozenset(value for text in self._grounds for value in _amounts(text))

    @cached_property
    def _taken_off_sentences(self) -> tuple[str, ...]:
        """The sentences of the company's word that take a sum off what is paid, or say what someone else pays towards
        it (an insurer's share, a grant, a contribution: "the fund pays 20% of the price, up to €200")."""
        found: list[str] = []
        for text in self._grounds:
            said = tx.sentences(tx.numerals(text))
            for n, sentence in enumerate(said):
                if _TAKES_OFF.search(sentence):
                    # (one that names no sum takes off what the sentence before names: "The council pays 50% of a
                    # repair, up to €25. We take the bonus straight off the bill.")
                    found.extend(said[max(0, n - 1):n + 1] if n and not tx.amounts(sentence) else [sentence])
        return tuple(dict.fromkeys(found))

    @cached_property
    def off_sums(self) -> dict[float, tuple[frozenset[str], frozenset[str]]]:
        """Sums the company's word itself takes off what is paid ("we take their share off at the till: €75 per
        adult", "the €35 is taken off a pair ordered within 60 days", "up to €200"): no discount of the agent's. Each
        with the words of what its sentence says it is not taken off ("but not off sunglasses or lenses"), and the
        words of its sentence, which a draft taking it off names."""
        found: dict[float, tuple[set[str], set[str]]] = {}
        for sentence in self._taken_off_sentences:
            but = _BUT_NOT.search(sentence)
            refused = tx.stems(sentence[but.end():]) - tx.stems(sentence[:but.start()]) if but else set()
            for _, _, value in tx.amounts(sentence):
                kept = found.setdefault(value, (set(), set()))
                kept[0].update(refused)
                kept[1].update(tx.stems(sentence[:but.start()] if but else sentence))
        return {value: (frozenset(refused), frozenset(about)) for value, (refused, about) in found.items()}

    @cached_property
    def off_shares(self) -> dict[float, tuple[frozenset[tuple[float, str]], frozenset[str]]]:
        """The percentages the company's word takes off what is paid, or says someone else pays ("the fund pays 20% of
        the price"), as parts of one, each with the ceilings its sentence names by their currency ("up to €200 / 800
        ₪") and the words of its sentence."""
        found: dict[float, tuple[set[tuple[float, str]], set[str]]] = {}
        for sentence in self._taken_off_sentences:
            caps = {(value, sign.group() if sign else "") for start, end, value in tx.amounts(sentence)
                    for sign in [_CURRENCY_SIGN.search(sentence[start:end])]}
            for m in _PERCENT_SIGN.finditer(sentence):
                kept = found.setdefault(tx.number(m.group(1) or m.group(2)) / 100, (set(), set()))
                kept[0].update(caps)
                kept[1].update(tx.stems(sentence))
        return {share: (frozenset(caps), frozenset(about)) for share, (caps, about) in found.items()}

    @cached_property
    def priced(self) -> dict[float, frozenset[str]]:
        """The words of each clause of the company's word that names a sum ("Delivery costs €4.95"), by the sum."""
        words: dict[float, set[str]] = {}
        for text in self._grounds:
            for value, stems in _priced(text):
                words.setdefault(value, set()).update(stems)
        return {value: frozenset(stems) for value, stems in words.items()}

    @cached_property
    def labelled(self) -> dict[str, frozenset[float]]:
        """The sums of the company's word by the words that label them, those written between the sum before (or the
        sentence's start, or a colon) and it ("Prices: Baby €24, Mini (4 toys) €29": "mini" labels €29). Only a word
        that labels few sums names one: "Ludora" before every plan's price names none."""
        found: dict[str, set[float]] = {}
        for text in self._grounds:
            for sentence in tx.sentences(tx.numerals(text)):
                start, label = 0, ""
                for begin, end, value in tx.amounts(sentence):
                    # (the same sum in another currency, in brackets after it, has its label: "Single Vision €98
                    # (392 ₪)")
                    if not (start and _IN_BRACKETS.fullmatch(sentence, start, begin)):
                        # (a sum right after the colon is labelled by what stands before it: "Suite (45 minutes): €34")
                        head, _, label = sentence[start:begin].rpartition(":")
                        label = label if tx.label_words(label) else head
                    for stem in tx.label_words(label):
                        found.setdefault(stem, set()).add(value)
                    start = end
        return {stem: frozenset(values) for stem, values in found.items() if len(values) <= _LABELLED}

    @cached_property
    def said_text(self) -> str:
        """The conversation and the CRM record as one text, case folded."""
        return "\n".join(self._said).casefold()

    @cached_property
    def proposed_below(self) -> dict[float, float]:
        """The sums the line answered proposes that no line of the other side and no passage names ("meet us at €3,500
        and we'll sign today"), each with the highest sum a line of the other side named (the price the agent quoted,
        "40,000 × €0.12 = €4,800"): a draft that agrees to one gives what lies between them off."""
        if len(self._lines) < 3:
            return {}
        # (the lines of the other side, one in two back from the line answered: a sum the agent named is the agent's
        # own price, which the customer may pick, as is one of the passages)
        earlier = frozenset().union(*(tx.sums(tx.numerals(line)) for line in self._lines[-2::-2]))
        if not earlier:
            return {}
        known = earlier.union(*(tx.sums(tx.numerals(text)) for text in self._grounds))
        return {value: max(earlier) for value in tx.sums(tx.numerals(self._lines[-1])) if value not in known}

    @cached_property
    def quoted_sums(self) -> frozenset[float]:
        """Sums of money the customer or the CRM record already named ("my final bill shows €84.20 in credit"): a
        draft repeating one invents nothing, so the knowledge base need not name it."""
        return frozenset(value for text in self._said for _, _, value in tx.amounts(tx.numerals(text)))

    @cached_property
    def bare_sums(self) -> frozenset[float]:
        """Figures a line that names a sum names bare after it, the currency understood ("that's 1,264 ₪, can you
        round it to 900?", "c'est 1 135 €, vous faites 900 ?"): the customer's, which a draft may refuse by name."""
        return frozenset(float(m.group().replace(",", "").replace(".", "")) for text in self._said
                         if tx.amounts(tx.numerals(text)) for m in _BARE_SUM.finditer(text))

    @cached_property
    def figures(self) -> frozenset[float]:
        """Every figure the conversation, the CRM record and the passages name."""
        return frozenset(value for text in self._known for value in _figures(text))

    @cached_property
    def given_rates(self) -> dict[float, tuple[frozenset[str], ...]]:
        """Each percentage the company's word gives ("Children aged 2 to 11 get 25% off Classic"), with the words
        of each sentence that gives it: a draft that says the same of the same people quotes a policy, whatever the
        agent's own limit."""
        found: dict[float, list[frozenset[str]]] = {}
        for text in self._giving:
            for sentence in tx.sentences(tx.numerals(text)):
                # "we do not give 25% to groups" gives nobody 25%; a "not" in another clause of the sentence
                # takes none of its rates back ("if we cannot offer an alternative, a voucher worth 110%", "3 days or
                # less, or not turning up, 100%")
                for m in tx.PERCENT.finditer(sentence):
                    if tx.negated(tx.clause_around(sentence, m.start(), m.end())[0]):
                        continue
                    found.setdefault(tx.number(m.group(1) or m.group(2)), []).append(frozenset(tx.stems(sentence)))
        return {rate: tuple(words) for rate, words in found.items()}

    @cached_property
    def given_fractions(self) -> dict[float, tuple[tuple[frozenset[str], frozenset[float]], ...]]:
        """Each fraction of a price the company's word has some people pay ("Members under 18 pay half (€6)"), with
        the words of its clause before the fraction, whom it is for, and the sums of its sentence: a draft saying the
        same of them quotes a fare, not a discount of the agent's own (not a half price for anyone the clause does
        not name)."""
        found: dict[float, list[tuple[frozenset[str], frozenset[float]]]] = {}
        for text in self._giving:
            for sentence in tx.sentences(tx.numerals(text)):
                if tx.negated(sentence):
                    continue
                for pattern, value in w.FRACTIONS:
                    for m in pattern.finditer(sentence):
                        clause, (start, _) = tx.clause_around(sentence, m.start(), m.end())
                        # (the sentence before it when its clause names too little: "Who retakes the exam, pays a
                        # third less")
                        whom = tx.stems(clause[:start])
                        whom = whom if len(whom) >= 2 else tx.stems(sentence[:m.start()])
                        found.setdefault(value, []).append((frozenset(whom),
                                                            frozenset(v for _, _, v in tx.amounts(sentence))))
        return {value: tuple(homes) for value, homes in found.items()}

    @cached_property
    def fraction_objects(self) -> dict[float, tuple[frozenset[str], ...]]:
        """Each fraction the company's word gives of a thing ("you get half the Green Fee back", "dan betaalt u een
        halve maand rente"), with the words of its clause after the fraction, what it is a share of: a draft giving
        the same share of the same thing quotes the passage, not a discount of the agent's own ("half price" is no
        share of a month's interest)."""
        found: dict[float, list[frozenset[str]]] = {}
        for text in self._giving:
            for sentence in tx.sentences(tx.numerals(text)):
                for pattern, value in w.FRACTIONS:
                    for m in pattern.finditer(sentence):
                        clause, (_, end) = tx.clause_around(sentence, m.start(), m.end())
                        # (the clause that gives it says no, not a condition before it: "if a rug cannot be
                        # cleaned, half the fee comes back")
                        if tx.negated(clause):
                            continue
                        found.setdefault(value, []).append(frozenset(tx.stems(clause[end:])))
        return {value: tuple(objects) for value, objects in found.items()}

    @cached_property
    def never_asked(self) -> tuple[frozenset[str], ...]:
        """What the company's word says it never asks the customer for ("We never ask for your PIN, nor for the locker
        code from the app"), as each item's words: a draft asking for one asks what the company says it never will,
        whatever the thing is called there (a locker code, a gate code, a boarding code)."""
        found: list[frozenset[str]] = []
        for text in self._giving:
            for sentence in tx.sentences(text):
                m = _NEVER_ASK.search(sentence)
                if m is not None:
                    found.extend(frozenset(tx.stems(item)) for item in _LIST_PARTS.split(sentence[m.end():])
                                 if tx.stems(item))
        return tuple(found)

    @cached_property
    def free_clauses(self) -> list[tx.Giving]:
        # what is refunded in full when cancelled in time is cancelled free of charge: "a room cancelled at least
        # 24 hours ahead is refunded in full" backs "you can cancel free of charge up to 24 hours before", and only
        # a free cancelling (so its subject is the cancelling)
        return [clause for text in self._giving for clause in _clauses(_warranty_free(text), "free")] + [
            clause._replace(subject=clause.words & _CANCELLED) for clause in self.refund_clauses
            if clause.full and clause.words & _CANCELLED]

    @cached_property
    def free_refusals(self) -> tuple[frozenset[str], ...]:
        """What the passages say is not free ("Breakdown cover abroad is not free"), as each sentence's words."""
        return tuple(words for text in self._giving for words in _refusals(text, "free"))

    @cached_property
    def refund_refusals(self) -> tuple[frozenset[str], ...]:
        """What the passages say is not refunded or compensated ("no compensation for damp or mould"), as each
        sentence's words."""
        return tuple(words for text in self._giving for words in _refusals(text, "refund"))

    @cached_property
    def unrefunded(self) -> frozenset[float]:
        """Sums a passage says are not refunded ("The €250 excess on a claim is not refunded")."""
        return frozenset(value for text in self._giving for value in _unrefunded(text))

    @cached_property
    def deducted(self) -> frozenset[float]:
        """Sums the company's word keeps back from a refund ("we refund minus €30 per visit carried out"), and gives
        back nowhere ("purchases refunded up to €50 a day"): a draft that pays one back turns a deduction into a
        refund."""
        kept: set[float] = set()
        given: set[float] = set()
        for text in self._giving:
            for sentence in tx.sentences(tx.numerals(text)):
                if w.REFUND.search(sentence) or _GIVES_BACK.search(sentence):
                    for start, _, value in tx.amounts(sentence):
                        (kept if w.DEDUCTION.search(sentence[max(0, start - 25):start]) else given).add(value)
        return frozenset(kept - given)

    @cached_property
    def ceilings(self) -> frozenset[float]:
        """The figures the company's word sets a thing under ("children under 12", "kinderen onder de 12", "moins de 12
        ans", "מתחת לגיל 12", "a table for up to 10 people"): a draft's figure below one meets that condition ("your
        child of 8 goes free"). Not "up to 48 hours before", a time before which it is the other way round."""
        return frozenset(tx.number(next(g for g in m.groups() if g)) for text in self._giving
                         for m in _UNDER.finditer(tx.numerals(text)))

    @cached_property
    def terms(self) -> frozenset[float]:
        """The times the company's word pays a refund in, said right after it ("Refunds within 10 working days", "the
        money is refunded within 5 days"): any refund the draft backs may be promised in one of them, whichever
        sentence of the passages it rests on, or a verb after it ("Refunds reach your account within 10 working days",
        "Terugbetalingen staan binnen 10 werkdagen op je rekening", "les remboursements arrivent sous 10 jours",
        "החזרים מגיעים תוך 10 ימי עסקים"). Not a time that is a condition of one ("cancel within 7 days: ...")."""
        return frozenset(tx.number(m.group(1)) for text in self._giving for sentence in tx.sentences(tx.numerals(text))
                         for refund in w.REFUND.finditer(sentence)
                         for m in [w.WITHIN.search(sentence, refund.end() + 1, refund.end() + 50)]
                         if m is not None and _VERB_GAP.fullmatch(sentence, refund.end(), m.start()))

    @cached_property
    def refund_clauses(self) -> list[tx.Giving]:
        # and the other way round: what may be cancelled free of charge is paid back in full when it is ("you can cancel
        # an order free of charge until it is in production" backs "I cancel it and you get the full amount back")
        # a right to withdraw gives the price back, less what the sentence deducts: "the plan has a 14-day cooling-off
        # period; we deduct €5 per class attended" backs "you used no class, so the €29 comes back in full"
        # (and only for a draft that names its period: "within the 14 days", not any refund "within 10 days")
        own = [clause for text in self._giving for clause in _clauses(text, "refund")]
        withdrawn = [clause._replace(conditions=_withdrawal_days(text), routes=frozenset())
                     for text in self._giving if _WITHDRAWAL.search(text)
                     for clause in _clauses(_withdrawal_refunds(text), "refund") if clause not in own]
        # (and credit a passage gives free is credit given, whatever word puts it on the account: "plus one free hour
        # of credit" backs "we add a free hour of credit to your account")
        return own + withdrawn + [
            clause._replace(full=True) for text in self._giving for clause in _clauses(text, "free")
            if clause.subject & _CANCELLED] + [
            clause for text in self._giving for clause in _clauses(text, "free") if clause.words & _CREDIT]

    @cached_property
    def personal_keys(self) -> frozenset[str]:
        return frozenset(f.key for text in self._known for f in tx.personal_findings(text))

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(word for text in self._known for word in _words(text))

    @cached_property
    def prompt_grams(self) -> frozenset[tuple[str, ...]]:
        spoken = [word.casefold() for word in re.findall(r"\w+", self._system_prompt)]
        return frozenset(tuple(spoken[i:i + _GRAM]) for i in range(len(spoken) - _GRAM + 1))

    def knows(self, word: str) -> bool:
        """Whether a name-like word occurs anywhere in the conversation, its CRM record or the passages."""
        return any(form in self.words for form in _word_forms(word))

    def issued(self, placeholder: str) -> bool:
        key = placeholder.upper().replace(" ", "")
        return key in self.placeholders or (self.restore is not None and self.restore(placeholder) != placeholder)

    def where_issued(self, placeholder: str, sentence: str) -> bool:
        """Whether a placeholder stands where what it was issued for belongs. The vault also issues placeholders for
        the passages' text (the company's IBAN, a price list read as an address): the customer never gave that, so
        the draft may use it only as the passage does, in a sentence that shares a word with the one it stands in
        ("transfer to Kastora B.V., IBAN [IBAN_1]"), not as the customer's own ("the refund goes back to [IBAN_1]")."""
        value = self.restore(placeholder) if self.restore is not None else placeholder
        if value == placeholder or any(value in line for line in self._said):
            return True
        homes = [tx.stems(home.replace(value, " ")) for text in self._grounds for home in tx.sentences(text)
                 if value in home]
        return not homes or any(tx.stems(sentence) & home for home in homes)


_LABELLED = 3  # the most sums a word may label and still name one of them
# the items of a list a line orders: "a Base Kit, five cameras and two detectors", "ארבע Eye Outdoor ושלוש Eye Indoor"
_ORDER_ITEM = re.compile(r"[,;:](?!\d)|[+()]|[.?!](?!\S)|(?<!\w)(?:and|plus|with|en|met|et|avec|und)(?!\w)|"
                         r"(?<![\u05d0-\u05ea])ו(?=-?[\u05d0-\u05ea]|-)", re.IGNORECASE)
# words of a count, which label no thing ("two", "stuks", "pièces")
_COUNT_STEMS = frozenset({"piece", "pièce", "stuk", "stuks", "units", "unit"})
# a name with a number in it: a capitalised word or acronym, then the number, with no sign, percentage, unit or further
# figure after it ("Suite 45 (45 minutes", "Pod 20:", not "Studio 2 hours", "Room 3 €40")
_NAME_NUMBER = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+|[A-Z]{2,4}) \d{1,4}(?![\w,.]?\d)(?!\s?(?:\d|%|€|\$|£|₪|[-/]|[a-z]|"
                          r"[\u05d0-\u05ea]))")
# two capitalised words in a row, a name ("Meeting Room", "Event Space"); and the words of a unit that make a number
# after a name a quantity ("Studio 2 hours")
_TWO_CAPITALS = re.compile(r"(?<![\w-])[A-Z][a-z]+ [A-Z][a-z]+(?![\w-])")
_UNIT = (r"(?:hours?|hrs?|uur|uren|heures?|h\b|days?|dagen|dag|jours?|weeks?|weken|semaines?|months?|maanden|mois|"
         r"times|keer|fois|people|persons|personen|personnes|places|plaatsen|pers|שעות|ימים|חודשים|אנשים|פעמים)")
_PARTY = 12  # the most people or units a conversation's count may stand for in a booking given back whole

# what the company's word sets a thing under: see ``GuardContext.ceilings``
_UNDER = re.compile(
    r"(?i:(?<!\w)(?:under|below|younger than|less than|fewer than|onder de|jonger dan|minder dan|(?<!dans )moins de)"
    r"\s(?:the age of |age |de leeftijd van )?(\d+)(?![\d.,])(?!\s?(?:[%€$£₪]|h\b|hours?|uur|heures?|days?|dagen|"
    r"jours?))|(?<!\w)(?:up to|tot|jusqu'à|jusqu'a)\s(\d+)(?![\d.,])(?=\s(?:people|persons|guests|personen|mensen|"
    r"gasten|personnes|invités)))|(?:מתחת ל|פחות מ)(?:גיל )?-?(\d+)(?![\d.,])(?!\s?(?:%|₪|שעות|ימים))|"
    r"עד (\d+)(?![\d.,]) (?=אנשים|איש|משתתפים)")
# a count of days, weeks, months or hours: "four days", "6 jours", "ארבעה ימים", "drie hele weken"
_LASTED = re.compile(r"(?<!\S)((?:\S+ ){1,2})(?:days?|dagen|jours|weeks?|weken|semaines|months?|maanden|mois|"
                     r"hours?|uur|uren|heures|ימים|שבועות|חודשים|שעות)(?!\w)", re.IGNORECASE)
# Hebrew gives back in the present tense with any object: "מחזירים קניות הכרחיות עד 200 ₪ ליום".
_GIVES_BACK = re.compile(r"(?<![\u05d0-\u05ea])ו?מחזיר(?:ה|ים|ות)?(?![\u05d0-\u05ea])")
_CREDIT = frozenset(tx.stems("credit crédit tegoed זיכוי קרדיט"))
_CANCELLED = frozenset(tx.stems("cancel cancelled cancelling annuleren annuleert annulering annuler annulée annulé "
                                "ביטול בוטל לבטל מבטלים"))


_ASIDE = re.compile(r"\([^()]*\)")
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]{3,}-([^\W\d_]{3,})(?![\w-])")
# a verb of receiving, what follows the giving word after it being the thing received
_RECEIVED = re.compile(r"(?i:(?<!\w)(?:get|gets|receive|receives|krijg|krijgt|krijgen|ontvang|ontvangt|ontvangen|"
                       r"re[çc]oi(?:s|t|vent)|recevez|recevons|obtenez|obtient|obtiennent)(?!\w))"
                       r"|(?<![\u05d0-\u05ea])(?:מקבל|מקבלת|מקבלים|תקבל|תקבלי|תקבלו|נקבל)(?![\u05d0-\u05ea])")


def _shares(sentence: str) -> frozenset[float]:
    """The percentages of a passage sentence that are shares of a price ("without Rush, 10% of the translation price
    back"): what another clause of it gives, no condition of the whole one it gives ("a Rush surcharge refunded in
    full")."""
    return frozenset(tx.number(m.group(1) or m.group(2)) for m in tx.PERCENT.finditer(sentence)
                     if _SHARE_OF.match(sentence, m.end()))


_SHARE_OF = re.compile(r"\s?(?i:of|van|de|du|des|d')(?!\w)|\s?מ(?=[\u05d0-\u05ea])|\s(?:מה|מן|מתוך)\s")


_ONLY_IF = re.compile(r"(?i:(?<!\w)(?:only (?:\S+ ){0,2}?(?:if|when|where)|(?:alleen|enkel) (?:\S+ ){0,2}?"
                      r"(?:als|wanneer|indien)|"
                      r"(?:ne |n')?\S+ que (?:si|lorsque|quand)|seulement (?:si|lorsque|quand)|"
                      r"uniquement (?:si|lorsque|"
                      r"quand))(?!\w))|(?<![\u05d0-\u05ea])רק (?:אם|כאשר|כש)")
_CHARGED = re.compile(r"(?i:(?<!\w)(?:charged|billed|payable|paid|kosten|rekenen|gerekend|berekend|betaald|"
                      r"factur[ée]e?s?|pay[ée]e?s?|d[uû]s?))(?!\w)|\w*kosten(?!\w)|"
                      r"(?<![\u05d0-\u05ea])(?:מחויב|מחויבת|מחויבות|מחויבים|בתשלום|משולמ\w*)(?![\u05d0-\u05ea])")


def _list_refused(sentence: str, start: int) -> bool:
    """Whether a giving word closes a list that a "no" opens: "pas de pages, d'originaux ni de relectures
    supplémentaires gratuits", "אין עמודים, עותקים או סבבי תיקונים נוספים בחינם", "geen pagina's, originelen of
    extra rondes gratis" (the clause the comma cuts off the "no" is refused with it)."""
    part = re.split(r"[.;:!?]", sentence[:start])[-1]
    if not _NO_LIST.match(part) or _AND_BUT.search(part) or "(" in part:
        return False
    # (the giving word after the list's last item, not opening an item of its own: "no booking fee, free delivery")
    items = _LISTED.split(part)
    return len(items) > 1 and bool(items[-1].split())


_NO_LIST = re.compile(r"\s*(?:(?i:no|not any|geen|pas de|pas d'|aucune?|ni)(?!\w)|(?:אין|ללא|בלי)(?![\u05d0-\u05ea]))")
_LISTED = re.compile(r",|(?i:\s(?:or|of|ou|ni|nor)\s)|\sאו\s")
_AND_BUT = re.compile(r"(?i:\s(?:but|maar|mais|and|en|et)\s)|\sאבל\s")


def _received_after(clause: str, span: tuple[int, int]) -> set[str]:
    """The first words after a giving word that a verb of receiving comes before: what is received ("krijgt u dan
    gratis een nieuw origineel per post" gives the original, not only the Sworn Page it is for)."""
    if not _RECEIVED.search(clause[:span[0]]):
        return set()
    return tx.stems(" ".join(re.split(r"[,;:(]", clause[span[1]:], maxsplit=1)[0].split()[:4]))


def _free_unless(sentence: str, named: str, bounds: frozenset[float] = frozenset()) -> tx.Giving:
    """A sentence that charges for something only under a condition or past a bound, as the giving of it free
    otherwise: what ``named`` names, up to ``bounds``."""
    return tx.Giving(tx.stems(sentence), tx.stems(named), set(tx.numbers(sentence)), False, frozenset(),
                     tx.periods(sentence), tx.sums(sentence), bounds=bounds)


_AND_FREE = re.compile(r"and|plus|en|et|ו", re.IGNORECASE)  # the "and" before a gift added to a list

# what may stand between a refund and the time it is paid in: a few words, no clause or figure ("reach your account")
_VERB_GAP = re.compile(r"\s*(?:[^\W\d_][\w'-]*\s+){0,3}")


# what the company says it never asks for: "we never ask for", "we will never ask you", "wij vragen nooit (om)",
# "nous ne demandons jamais", "nous ne vous demanderons jamais", "לעולם לא נבקש", "אנחנו אף פעם לא מבקשים"
_NEVER_ASK = re.compile(r"(?i:(?:we|staff|our \w+) (?:will )?never (?:ask|request)s?(?: you)?(?: for)?|"
                        r"(?:wij|we) (?:\w+ )?(?:vragen|zullen) (?:u |je )?nooit(?: (?:om|naar|vragen))?|"
                        r"(?:nous|on) ne (?:vous )?(?:demandons|demanderons|demande|demandera) jamais)|"
                        r"(?:לעולם|אף פעם) לא (?:נבקש|נבקשו|מבקשים|נשאל)")
# the items of such a list: "your PIN, password or SMS code, and never the boarding code"
_LIST_PARTS = re.compile(r",|;|\s(?:or|nor|and|of|en|ou|ni|et|או)\s|\sוגם\s", re.IGNORECASE)


# a right of withdrawal: "cooling-off period", "right of withdrawal", "bedenktijd", "herroepingsrecht", "délai de
# rétractation", "ביטול עסקה", "תקופת צינון"
_WITHDRAWAL = re.compile(r"(?i:cooling[- ]off|right (?:of|to) withdraw\w*|bedenktijd|bedenktermijn|herroeping\w*|"
                         r"r[ée]tractation|d[ée]lai de r[ée]flexion)|"
                         # "תקופת צינון", "14 ימי צינון" (cooling-off days), "ימי הצינון"
                         r"ביטול עסקה|(?<![\u05d0-\u05ea])[ובלמ]?(?:תקופת|ימי) ה?צינון")


# between a sum and the same in another currency: "€98 (392 ₪)", "€200 / 800 ₪"
_IN_BRACKETS = re.compile(r"\s?[(/]\s?")


# what makes a sentence of the company's word one that takes a sum off the price (itself or for someone paying part):
# "take off", "trekken ... af", "déduisons", "מורידים", "deducted", an insurer's share, a grant, a subsidy
_TAKES_OFF = re.compile(r"(?i)(?<!\w)(?:tak(?:e|es|en|ing) (?:\S+ ){0,4}?off|(?:comes?|coming|goes|going) off|"
                        r"(?:deduct|d[ée]dui[st]|d[ée]duction)\w*|"
                        r"(?:trek|trekt|trekken|getrokken|gaat|gaan)\b(?: \S+){0,8}? af(?!\w)|afgetrokken|"
                        r"grants?|subsid\w*|subvention\w*|primes?|contribut\w*|bijdrage\w*|tegemoetkoming\w*|"
                        r"(?:their|its|hun|leur) (?:share|part|deel)|participation\w*)(?!\w)|"
                        r"(?<![\u05d0-\u05ea])(?:מורידים|נוריד|יורדים|יורד|תרד|ירדו|מקזזים|ינוכה|מנכים|מענק|השתתפות|"
                        r"סבסוד|החלק שלה[םן]?)"
                        r"(?![\u05d0-\u05ea])")
# where a sentence that takes a sum off starts to say what it is not taken off: "but not off sunglasses", "maar niet
# van", "mais pas d'une solaire", "אבל לא ממשקפי שמש", "except", "sauf", "behalve"
_BUT_NOT = re.compile(r"(?i)(?<!\w)(?:not|niet|pas|except|excluding|behalve|uitgezonderd|sauf|hors)(?!\w)|"
                      r"(?<![\u05d0-\u05ea])(?:לא|חוץ)(?![\u05d0-\u05ea])")
_CURRENCY_SIGN = re.compile(r"[€$£₪]")
_PERCENT_SIGN = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?%|%\s?(\d{1,3}(?:[.,]\d+)?)(?![\d])")


@lru_cache(maxsize=256)
def _withdrawal_refunds(text: str) -> str:
    """``text`` with each sentence that grants a right of withdrawal saying that it refunds in full: a withdrawal
    gives the price back (less what the sentence deducts), though the passage never says "refund". Not a sentence
    that refuses one ("bought at the counter: no cooling-off")."""
    if not _WITHDRAWAL.search(text):
        return text
    # (said right after the withdrawal, so what has it is named before, not the rest of the sentence: "if bought by
    # phone" names no phone refunded)
    return " ".join(_WITHDRAWAL.sub(lambda m: f"{m.group()}, refunded in full,", sentence, count=1)
                    if _WITHDRAWAL.search(sentence) and not tx.negated(sentence) and not w.REFUND.search(sentence)
                    else sentence for sentence in tx.sentences(text))


# a warranty or guarantee for a time: "Warranty: 2 years on the whole installation", "garantie de 2 ans", "2 jaar
# garantie", "אחריות: שנתיים"
_WARRANTY = re.compile(r"(?i:(?<!\w)(?:warrant(?:y|ies)|guarantee[ds]?|garantie|garanties)(?!\w))|"
                       r"(?<![\u05d0-\u05ea])ה?אחריות(?![\u05d0-\u05ea])")


@lru_cache(maxsize=256)
def _warranty_free(text: str) -> str:
    """``text`` with the clause of each sentence that grants a warranty for a time saying that what it covers is
    repaired free of charge: a repair under the warranty costs nothing within its term, though the passage never
    says "free". Not a clause that refuses one ("not covered: frost damage") or a sentence with no length of time."""
    if not _WARRANTY.search(text):
        return text
    def free(sentence: str) -> str:
        if not _WARRANTY.search(sentence) or tx.negated(sentence) or not _YEARS_OR_MONTHS.search(sentence):
            return sentence
        parts = sentence.split(";")
        return ";".join(f"{part}, repair free of charge" if _WARRANTY.search(part) and _YEARS_OR_MONTHS.search(part)
                        and not tx.negated(part) else part for part in parts)
    return " ".join(free(sentence) for sentence in tx.sentences(text))


_YEARS_OR_MONTHS = re.compile(r"(?i:\d+\s?-?(?:years?|jaar|ans?|années|months?|maanden|mois)(?!\w)|(?:two|twee|deux) "
                              r"(?:years|jaar|ans))|\d+ (?:שנים|חודשים)|שנתיים|שנה(?![\u05d0-\u05ea])")


# the days a withdrawal lasts: "14 dagen bedenktijd", "a 14-day cooling-off period", "14 jours de rétractation",
# "14 יום לביטול עסקה"
_DAYS = re.compile(r"(\d{1,3})(?:\s|-)?(?:days?|dagen|dag|jours?|יום|ימים)(?!\w)", re.IGNORECASE)


def _withdrawal_days(text: str) -> frozenset[float]:
    """The counts of days of the sentences of ``text`` that grant a right of withdrawal: what a draft giving its
    refund must name."""
    return frozenset(float(m.group(1)) for sentence in tx.sentences(text) if _WITHDRAWAL.search(sentence)
                     and not tx.negated(sentence) for m in _DAYS.finditer(sentence))


# a sentence that names what it is about only by a pronoun, or as what is included: "It includes the yearly service,
# ...", "Het omvat ...", "Il comprend ...", "Included: ...", "כלול: טיפול שנתי, ..."
_PRONOUN_FIRST = re.compile(r"(?i:(?:it|they|this|these|het|dit|deze|hij|il|elle|ils|elles|cela|ça) (?:includes?|"
                            r"covers?|omvat|omvatten|bevat|bevatten|dekt|comprend|comprennent|inclut|couvre)\b|"
                            r"(?:included|inbegrepen|inclusief|compris|inclus)\s?:)|"
                            r"(?:זה|הוא|היא|הם) (?:כולל|כוללת|כוללים)|כלול(?:ים|ה)?:")
# what the sentence before is about: its words before its first figure or sum, a few ("Warmelo Care costs €14 ...")
_LEAD = re.compile(r"^[^\d€$£₪.;:]{3,50}?(?=\s*[\d€$£₪])")


def _subjects_named(said: Sequence[str]) -> list[str]:
    """The sentences of a passage, one that names what it is about only by a pronoun given the words the sentence
    before starts with ("Warmelo Care costs €14 a month. It includes ... free labour and parts": Care's labour and
    parts are free, as a draft naming Care says)."""
    out = list(said)
    for n in range(1, len(said)):
        lead = _LEAD.match(said[n - 1]) if _PRONOUN_FIRST.match(said[n]) else None
        if lead is not None:
            out[n] = f"{lead.group().strip()}: {said[n]}"
    return out


@lru_cache(maxsize=4096)
def _clauses(text: str, kind: str) -> tuple[tx.Giving, ...]:
    """Each sentence of a passage that gives (or refunds) something, as the draft's clauses are compared to it.
    What is given is named before the giving word ("Installation by an engineer is free ...") or, when nothing
    is, after it ("We refund the full purchase price ..."); the figures of the sentences around count too ("You
    can return an item within 30 days. We refund the full price within 5 days.")."""
    pattern = w.FREE if kind == "free" else w.PAID_INTO_ACCOUNT  # (the company's word may say where it lands)
    found: list[tx.Giving] = []
    # a compound the passage gives is named by its last part too: its "photo-album" is the draft's "album"
    said = _subjects_named(tx.sentences(tx.numerals(_COMPOUND.sub(lambda m: f"{m.group()} {m.group(1)}", text))))
    for n, sentence in enumerate(said):
        if pattern.search(sentence) is None:
            if found and kind == "refund" and w.ALSO.search(sentence) and pattern.search(said[n - 1]):
                found.append(_added(sentence, said[n - 1]))
            # a charge made only under a condition ("Travel is charged only if the interpreter had already left",
            # "Reiskosten alleen als de tolk al vertrokken was") leaves the thing free without it: a draft that does
            # not charge it because the condition is not met keeps to it
            only = _ONLY_IF.search(sentence) if kind == "free" else None
            if only is not None and _CHARGED.search(sentence):
                found.append(_free_unless(sentence, sentence[:only.start()]))
            past = _PAST_BOUND.search(sentence) if kind == "free" else None
            if past is not None and tx.sums(sentence):
                # a charge that starts only past a bound ("more than 14 days after ..., storage is €5 a day") leaves
                # the thing free up to that bound, and only so far
                found.append(_free_unless(sentence, sentence, frozenset({tx.number(past.group(1))})))
            continue  # most sentences give nothing: one quick look
        # "Months already paid are not refunded", "no other compensation": a refusal backs no giveaway
        giving = [(m, clause, span) for m, clause, span in
                  ((m, *tx.clause_around(sentence, *m.span())) for m in pattern.finditer(sentence))
                  if not tx.refused(clause, span) and not _list_refused(sentence, m.start())]
        m, clause, span = giving[0] if giving else (None, "", (0, 0))
        listed, alone = tx.listed(sentence, m.end()) if m is not None else ((), False)
        if listed:  # "Free at Techora: delivery from €50; returns within 30 days; ...": each item is given
            gives = tx.giving_words(pattern, sentence)
            found.extend(tx.Giving(tx.stems(item), _head(item), tx.numbers(item), bool(w.FULL.search(item)),
                                   _gift_sums(item, kind), tx.periods(item),
                                   tx.sums(item), gives) for item in listed)
        if m is not None and not alone:
            plain = _ungiven(sentence)
            subject = tx.stems(_ungiven(sentence[:m.start()]))
            if not subject or not tx.stems(clause[:span[0]]):
                # nothing before the giving word in its clause: what is given follows it, after a condition or
                # with none ("If your order is late, we refund the delivery charge")
                # (of a list, its first item's thing, not what that is of: "Free are the delivery of every box, ...")
                subject |= (_head(_ungiven(clause[span[1]:])) if listed
                            else tx.stems(_ungiven(clause)))
            # what a passage adds after the thing it gives by "and so is" is given too: "The consultation is free, and
            # so is one check-up within a month and the leaflet", "..., net als ...", "..., ainsi que ...", "וכך גם ..."
            also = _SO_IS.match(sentence, m.end())
            if also is not None:
                subject |= tx.stems(_ungiven(sentence[also.end():]))
            # a clause that ends at the giving word names what it gives further on, past a time or condition set
            # between commas: "We send free of charge, within 2 working days, the tent certificate and the ground
            # plan", "אנחנו שולחים בחינם, בתוך 2 ימי עבודה, את תעודת האוהל ..."
            if not clause[span[1]:].strip(" ,;:") and sentence[m.end():].lstrip().startswith(","):
                subject |= tx.stems(_ungiven(sentence[m.end():]))
            around = said[max(0, n - 1):n + 2]
            figures = set().union(*(tx.numbers(near) for near in around))
            subject |= tx.infinitive_after(clause, span[1]) | _added_to_gift(sentence, clause)
            # a gift added to a list by "and" names its thing after the giving word: "with 15% off every order and free
            # standard shipping", "met 15% korting en gratis standaardverzending"
            prior = clause[:span[0]].split()
            # and so does a gift got by a verb of receiving before the giving word: "krijgt u dan gratis een nieuw
            # origineel per post", "you get free delivery", "vous recevez gratuitement un nouvel original"
            subject |= _received_after(clause, span) if kind == "free" else set()
            if prior and _AND_FREE.fullmatch(prior[-1]):
                subject |= tx.stems(" ".join(re.split(r"[,;:(]", clause[span[1]:], maxsplit=1)[0].split()[:3]))
            # (the price of a thing given back is the whole of what was paid for it)
            whole = bool(w.FULL.search(sentence) or kind == "refund" and w.PRICE_OF.search(sentence))
            found.append(tx.Giving(tx.stems(plain), subject, figures, whole,
                                   tx.sums(clause),
                                   frozenset().union(*(tx.periods(near) for near in around)),
                                   tx.sums(sentence),
                                   tx.giving_words(pattern, sentence),
                                   frozenset(tx.numbers(sentence)) - tx.sums(sentence) - _shares(sentence),
                                   _routes(sentence, m.start())))
            # a later clause that gives something else gives it too, its own words naming what: "Skipping a week is
            # free ...; pausing is free for up to 8 weeks"
            for _, other, at in giving[1:]:
                if other == clause:
                    continue
                own = tx.stems(_ungiven(other[:at[0]])) or tx.stems(_ungiven(other))
                found.append(found[-1]._replace(subject=own | tx.infinitive_after(other, at[1])
                                                | (_received_after(other, at) if kind == "free" else set()),
                                                sums=tx.sums(other)))
                clause = other
    return tuple(found)


# a bound past which a charge starts: "more than 14 days", "beyond 30 km", "langer dan 14 dagen", "au-delà de 30 km",
# "plus de 14 jours", "יותר מ־14 יום", "מעבר ל־30 ק"מ"
_PAST_BOUND = re.compile(r"(?<!\w)(?i:more than|longer than|beyond|over|meer dan|langer dan|verder dan|boven de|"
                         r"plus de|au-del[àa] de|pass[ée]s?|"
                         r"(?<![\u05d0-\u05ea])(?:יותר|מעבר) ?[מל][־-]?)\s?(\d+)(?![\d.,]\d)")


_SO_IS = re.compile(r"[\s,;]*(?i:(?:(?:and )?so (?:is|are|do|does)|as (?:is|are)|(?:en )?(?:net )?als(?: ook)?|evenals|"
                    r"(?:en )?(?:dat|dit) geldt ook voor|tout comme|(?:et )?c'est aussi le cas d[eu])(?!\w)|"
                    r"(?:ainsi|de même) qu(?:e(?!\w)|')|(?:et )?c'est aussi le cas d')|"
                    r"[\s,;]*(?:וכך גם|כמו גם|וגם)(?![\u05d0-\u05ea])")


# the words that start what a listed gift's thing is given with or after ("the delivery of every box", "a glass to take
# home after a tasting", "la livraison de chaque box", "משלוח של כל קופסה"), not what it is of ("het lenen van
# verhuisdozen" lends the boxes), nor its condition ("skipping a month if you tell us before the 20th" is backed by
# both)
_OF_WHAT = re.compile(r"(?<!\w)(?:(?:of|for|with|on|at|in|by|to|van|bij|voor|met|op|de|du|pour|avec|à|au|sur|par) "
                      r"(?:every|each|any|elke|ieder|iedere|chaque|tout|toute)|"
                      r"after|na|après|אחרי|של כל|בכל|לכל)(?!\w)", re.IGNORECASE)


def _ungiven(text: str) -> str:
    """The text without its giving and refunding words: what is given, or what it is given for."""
    return tx.ungiven(w.FREE, tx.ungiven(w.REFUND, text))


def _head(item: str) -> set[str]:
    """What a listed gift gives: the words before what it is given with or after. "The delivery of every box"
    gives delivery, not the box, so it backs no free box; an item that opens with such a word is named by all its
    words."""
    # (the first such word after a content word: Dutch "de" is the article, French "de" is "of")
    for m in _OF_WHAT.finditer(item):
        head = tx.stems(item[:m.start()])
        if head:
            # (a counted thing it comes with is given too: "one proof per order with one round of changes")
            counted = _WITH_ONE.search(item, m.end())
            return head | tx.stems(counted.group(1) or counted.group(2)) if counted else head
    return tx.stems(item)


# "with one ...", "met één ...", "avec une ...", "עם ... אחד": a thing a listed gift comes with, counted
_WITH_ONE = re.compile(r"(?<!\w)(?i:with (?:one|a single|1)|met (?:één|een|1)|avec (?:une?|1)) "
                       r"([^\W\d_]+(?: [^\W\d_]+){0,3})|"
                       r"(?<![\u05d0-\u05ea])עם ((?:[\u05d0-\u05ea]+ ){1,3})(?:אחד|אחת)(?![\u05d0-\u05ea])")


def _charged_rates(sentence: str) -> frozenset[float]:
    """The sums a sentence charges per unit, less those it gives: a rate after a giving word ("Free: ... €10 credit a
    day") is a gift, one after a refusing one ("Not free: delivery (€149, €40 extra per floor)", "Niet gratis: ...",
    "בתשלום: ...") is what more of it costs. The nearest giving word before the rate decides, or, with none before
    it, any after it."""
    rated = tx.rates(sentence)
    if not rated:
        return rated
    giving = [(m.start(), tx.refused(*tx.clause_around(sentence, *m.span()))) for m in w.FREE.finditer(sentence)]
    if not giving:
        return rated
    charged: set[float] = set()
    for start, _, value in tx.amounts(sentence):
        if value not in rated:
            continue
        before = [refused for at, refused in giving if at < start]
        if before[-1:] == [True] or not before and all(refused for _, refused in giving):
            charged.add(value)
    return frozenset(charged)


# a list's heading that says what each of its sums is charged per: "Daily prices: ...", "Prix par jour : ...",
# "Huurprijzen per dag: ...", "מחירי השכרה ליום: ..."
_RATE_HEADING = re.compile(r"(?<!\w)(?:daily|hourly|weekly|monthly|nightly|(?:per|a|an) (?:day|hour|week|month|night)|"
                           r"per (?:dag|uur|week|maand|nacht)|(?:dag|uur|maand)(?:prijz|tarie)\w*|"
                           r"par (?:jour|heure|semaine|mois|nuit)|journaliers?|horaires?|"
                           r"ליום|לשעה|לשבוע|לחודש|ללילה|יומיים?)(?!\w)", re.IGNORECASE)


# a count of units of time ("7 days", "4 dagen", "2 jours", "4 ימים"), not of the working days a term is counted in
_UNITS = re.compile(r"(?<![\w.,])(\d{1,2})\s(?:days?|hours?|weeks?|nights?|dag(?:en)?|uur|uren|weken|nachten|jours?|"
                    r"heures?|semaines?|nuits?|ימים|יום|שעות|שבועות|לילות)(?!\w)(?!\s+ouvr)", re.IGNORECASE)


def _listed_rates(sentence: str) -> frozenset[float]:
    """The sums a sentence lists under a heading charging per unit ("Daily prices: Basic €29, Pro €59"): each is a
    rate, though none is followed by "a day"."""
    head, colon, listed = sentence.partition(":")
    if not colon or len(head) > 60 or not _RATE_HEADING.search(head) or w.FREE.search(head):
        return frozenset()
    return frozenset(value for _, _, value in tx.amounts(listed.split(";")[0]))


def _gift_sums(item: str, kind: str) -> frozenset[float]:
    """The sums a listed gift is of, which a draft promising it must name. Beside a free thing, a sum charged per unit
    is what more of it costs ("the van for 3 hours, first 50 km included, then €0.35 per km"), not a condition of
    the gift: "you get the van free on move-in day" keeps to it. A refund's rate ("€10 per day") is the gift."""
    sums = tx.sums(item)
    return sums - tx.rates(item) if kind == "free" else sums


def _added_to_gift(sentence: str, clause: str) -> set[str]:
    """The words of the clauses after a giving one that add to its gift ("..., including the admin fee"): what the
    sentence gives as much as what comes before its giving word, so a draft naming only that is about it."""
    after = tx.clauses(sentence)
    after = after[after.index(clause) + 1:] if clause in after else ()
    return set().union(*(tx.stems(other) for other in after if w.ADDED_TO_GIFT.search(other)))


_ALTERNATIVE = re.compile(r"\s(?:or|of|ou|או)\s", re.IGNORECASE)  # "or" between a condition's alternatives


def _routes(sentence: str, start: int) -> frozenset[str]:
    """The words of each alternative of a passage sentence's condition that names no figure ("If your coach departs
    more than 90 minutes late or is cancelled, you choose: ... a full refund"): a draft that names one ("your coach
    was cancelled") meets the condition without its figure. A condition with no alternative has none."""
    parts = _ALTERNATIVE.split(sentence[:start].split(":", 1)[0])
    return frozenset().union(*(tx.condition_stems(part.split(",", 1)[0]) for part in parts
                               if len(parts) > 1 and not re.search(r"\d", part)))


def _added(sentence: str, before: str) -> tx.Giving:
    """What a sentence gives "as well" after one that refunds ("you also get a €5 voucher"): all it names."""
    sums = tx.sums(sentence)
    return tx.Giving(tx.stems(sentence), tx.stems(sentence), tx.numbers(sentence) | tx.numbers(before),
                     bool(w.FULL.search(sentence)), sums, tx.periods(sentence) | tx.periods(before), sums,
                     frozenset(), frozenset(tx.numbers(sentence)) - sums)


@lru_cache(maxsize=4096)
def _refusals(text: str, kind: str) -> tuple[frozenset[str], ...]:
    """The words of each sentence of a passage that only refuses to give ("... are not free")."""
    # "Basic does not include breakdown cover": what a plan leaves out is refused as free with it
    pattern = w.FREE_OR_INCLUDED if kind == "free" else w.REFUND
    # (what an aside in brackets says is no part of what is refused: "No compensation for: dizziness (you may stop at
    # any time), ..., your own late arrival (the session still ends on time)" refuses nothing for a session)
    return tuple(frozenset(tx.stems(tx.ungiven(pattern, _ASIDE.sub(" ", sentence))))
                 for sentence in tx.sentences(tx.numerals(text))
                 if pattern.search(sentence) and all(tx.refused(*tx.clause_around(sentence, *m.span()))
                                                     for m in pattern.finditer(sentence)))


@lru_cache(maxsize=4096)
def _unrefunded(text: str) -> frozenset[float]:
    return frozenset(value for sentence in tx.sentences(tx.numerals(text)) if w.REFUND.search(sentence)
                     and all(tx.refused(*tx.clause_around(sentence, *m.span())) for m in w.REFUND.finditer(sentence))
                     for _, _, value in tx.amounts(sentence))


def _word_forms(text: str) -> Iterator[str]:
    for word in re.findall(r"[^\W\d_]+", text.casefold()):
        yield word
        if "\u05d0" <= word[0] <= "\u05ea":
            yield from (word[n:] for n in (1, 2) if len(word) - n >= 2 and all(c in "והבלמשכ" for c in word[:n]))


@lru_cache(maxsize=4096)
def _hosts(text: str) -> frozenset[str]:
    return frozenset(tx.hosts(text))


@lru_cache(maxsize=4096)
def _ibans(text: str) -> frozenset[str]:
    return frozenset(tx.ibans(text))


@lru_cache(maxsize=4096)
def _digit_runs(text: str) -> frozenset[str]:
    runs = {tx.digits(m) for m in re.findall(r"\+?\d[\d ()./-]{4,}\d", text)}
    runs |= {tx.digits(iban) for iban in _ibans(text)}
    return frozenset(run for run in runs if len(run) >= 6)


@lru_cache(maxsize=4096)
def _amounts(text: str) -> frozenset[float]:
    return tx.sums(tx.numerals(text))


@lru_cache(maxsize=4096)
def _signed_sums(text: str) -> frozenset[tuple[float, str]]:
    return tx.signed_sums(tx.numerals(text))


@lru_cache(maxsize=4096)
def _priced(text: str) -> tuple[tuple[float, frozenset[str]], ...]:
    return tuple((value, frozenset(tx.stems(clause))) for sentence in tx.sentences(tx.numerals(text))
                 for clause in tx.clauses(sentence) for _, _, value in tx.amounts(clause))


@lru_cache(maxsize=4096)
def _figures(text: str) -> frozenset[float]:
    return frozenset(tx.numbers(tx.numerals(text)))


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(_word_forms(text))


def forget(contexts: bool = True) -> None:
    """Empty the per-text caches, for a benchmark of a conversation never seen (or, ``contexts`` false, of drafts
    never seen: what a request's context gathered stays)."""
    gathered = ((_clauses, _refusals, _unrefunded, _hosts, _ibans, _digit_runs, _amounts, _signed_sums, _priced,
                 _figures, _words)
                if contexts
                else ())
    for clear in (*(c.cache_clear for c in gathered), tx.personal_findings.cache_clear, tx.numerals.cache_clear,
                  tx.sentences.cache_clear, tx.clauses.cache_clear, tx.amounts.cache_clear, tx.negated.cache_clear,
                  tx.periods.cache_clear, lexicon.starts.cache_clear):
        clear()


def check(draft: Draft, context: GuardContext) -> str | None:
    """Why ``draft`` must not be shown, in words for a trainer, or ``None`` when it may be."""
    text = context.unnumbered(tx.unsaid_quotes(tx.clean(draft.text), context.said_words))
    both = f"{text}\n{context.unnumbered(tx.clean(draft.rationale))}"
    numeric = tx.numerals(both)
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


# a bare figure of three or more digits, no percentage, time, date, year or part of a longer number: "ל-900?"
_BARE_SUM = re.compile(r"(?<!\d\s)(?<![\w.,:/€$£₪-])(?<![\w.,:/€$£₪]-)(?!(?:19|20)\d\d(?![\d.,]))"
                       r"[1-9]\d{0,2}(?:[.,]\d{3})*(?<=\d{3})(?![\w%.,:/€$£₪]|\s?(?:[€$£₪%]|euros?|שקל|ש\"ח|אחוז))"
                       r"|(?<![\w.,:/€$£₪])(?<=[\u05d0-\u05ea]-)(?!(?:19|20)\d\d(?![\d.,]))[1-9]\d{0,2}(?:[.,]\d{3})*(?<=\d{3})"
                       r"(?![\w%.,:/€$£₪]|\s?(?:[€$£₪%]|שקל|ש\"ח|אחוז))")


_BRACKETED = re.compile(r"\([^()]*\)")
_LIST_BREAK = re.compile(r"[,:;]")
_PREFIXED_NAME = re.compile(r"(?<![\u05d0-\u05ea])[והבלמשכ]{1,3}-(?=[A-Za-z])")
def _names(forms: frozenset[str], said: set[str]) -> bool:
    """Whether a line's stems name a word of a price list's label, a short word in its plural too ("Studio Hours")."""
    return bool(forms & said) or any(len(form) < 5 and stem.startswith(form) and len(stem) - len(form) <= 2
                                     for form in forms for stem in said)


_ISSUED = re.compile(r"\[[A-Za-z][A-Za-z0-9_]*\]")


def placeholders_in(texts: Iterable[str]) -> set[str]:
    """Placeholders in what was sent (the redacted prompt): those the model was shown, so may use."""
    return {m.group() for text in texts for m in _ISSUED.finditer(text)}
