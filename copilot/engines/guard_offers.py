"""The draft guard's checks of what a draft offers: discounts and prices (``discounts``), free things (``free``) and
refunds or compensation (``refunds``), each against the limit and what the knowledge passages give. Called like the
other checks (``guard_rules``), over the same text helpers (``guard_text``). They only read. No Qt here.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from copilot.engines import guard_words as w
from copilot.engines.guard_lexicon import Words
from copilot.engines.guard_text import (
    PERCENT,
    Giving,
    amounts,
    clause_around,
    clauses,
    condition_stems,
    content_words,
    counts,
    giving_part,
    giving_words,
    label_words,
    listed,
    negated,
    number,
    numbers,
    numerals,
    periods,
    refused,
    sentences,
    short_refusal,
    stems,
    taken_back,
    ungiven,
    weeks_as_days,
)
from copilot.engines.guard_text import (
    rates as charged_per_unit,
)
from copilot.engines.prompt import _HALF_PRICE, discount_over

if TYPE_CHECKING:
    from copilot.engines.guard import GuardContext

PRICE = "price not in the knowledge base"
FREE = "free offer the knowledge base does not back"
REFUND = "refund or compensation the knowledge base does not back"


_PERCENT = PERCENT


def _backs(said: list[frozenset[str]], passage: set[str], subject: set[str], lead: bool = False) -> bool:
    """Whether a passage sentence is about what the draft's clause gives: the clause's first content word is
    what the passage gives ("Installation is free" / "Installation by an engineer is free ..."), or half its
    words are in the passage and one of them names what the passage gives. "Your subscription is free" is not
    backed by "Installation is free with every new subscription"."""
    if not said:
        return False
    if said[0] & subject or len(said) <= 3 and any(forms & subject for forms in said):
        return True  # a short clause naming what the passage gives: "we send you a new SIM for free"
    # a verb the passage does not use before it, as Dutch puts it after an opening clause: "(als je wilt,) kijkt een
    # vormgever gratis naar de opmaak" (``lead``: what the giving part names after such a clause)
    if lead and len(said) > 1 and not said[0] & passage and said[1] & subject:
        return True
    return (sum(bool(forms & passage) for forms in said) >= math.ceil(len(said) / 2)
            and any(forms & subject for forms in said))


def _agreed_below(text: str, ctx: GuardContext) -> bool:
    """Whether the draft agrees to a price the customer proposed ("Agreed: €3,500 for the full bundle", « Entendu :
    2 000 € tout compris ») that lies further below the price quoted earlier in the conversation than the limit (up to
    three fifths below it: a sum much smaller is no price of the same order)."""
    proposed = ctx.proposed_below
    if not proposed:
        return False
    for sentence in sentences(text):
        if negated(sentence) or sentence.rstrip().endswith("?"):
            continue
        for _, _, value in amounts(sentence):
            quoted = proposed.get(value)
            if quoted and ctx.max_discount + 0.005 < (quoted - value) / quoted * 100 <= 60:
                return True
    return False


# the customer asking for a better price: "what's your best price?", « votre meilleur prix », "המחיר הכי טוב",
# "kan het goedkoper?", "any discount?", "une remise ?", "הנחה?"
_ASKS_PRICE = re.compile(r"(?i:(?<!\w)(?:best|lowest|better|final|beste|laagste|scherpste|meilleur|dernier)\s(?:price|"
                         r"deal|offer|prijs|aanbod|prix|offre)|(?:discount|korting|remise|réduction|rabais|cheaper|"
                         r"goedkoper|moins cher)(?!\w))|הכי טוב|הנחה|מחיר טוב|יותר זול")


def _under_asked_total(text: str, ctx: GuardContext) -> bool:
    """Whether the draft answers a customer who names what their order comes to and asks for a better price ("the
    rental comes to €2,960. What's your best price?") with a price further below that sum than the limit, and no
    more than half below it ("I can go down to €2,660"): a discount in figures alone. Not a share the sentence names,
    a sum given back, or what is left once a sum the company's word or the draft names is taken off."""
    asked = ctx.last_said
    said = [value for _, _, value in amounts(asked)]
    if len(said) != 1 or "?" not in asked or _PERCENT.search(asked) or not _ASKS_PRICE.search(asked):
        return False
    whole, named = said[0], [value for _, _, value in amounts(text)]
    for sentence in sentences(text):
        if (negated(sentence) or sentence.rstrip().endswith("?") or _PERCENT.search(sentence)
                or w.REFUND.search(sentence) or _COMES_BACK.search(sentence)):
            continue
        for _, _, value in amounts(sentence):
            if value in ctx.amounts or not whole / 2 <= value < whole * (1 - ctx.max_discount / 100) - 0.005:
                continue
            rest = whole - value
            # (what is left once a sum the draft names, or one the company's word names and the sentence takes off,
            # is taken off: "minus the €300 deposit, €2,660 is left to pay")
            if not (any(abs(rest - other) < 0.005 for other in named) or (
                    w.TAKE_OFF.search(sentence) or w.DEDUCTION.search(sentence)) and any(
                    abs(rest - other) < 0.005 for other in ctx.amounts)):
                return True
    return False


# the parts a price is paid in, whose shares take nothing off: "30% deposit", "het restant", « le solde », "היתרה"
_PAID_IN_PARTS = re.compile(r"(?i:(?<!\w)(?:deposit|balance|remaining|instal\w*|aanbetaling|restant|termijn\w*|borg|"
                            r"acompte|solde|mensualit\w*|caution)(?!\w))|מקדמה|יתרה|פיקדון|תשלומים")


def _reduced_again(text: str, limit: float) -> bool:
    """Whether a price the draft lowered once ("€3.949,20 in plaats van €4.388") is lowered again by a percentage
    in a later sentence ("then Club Rate and Book Ahead, 9.75% together: you pay €3.564,15") so that what is left
    lies further below the first price than the limit: the discounts stack, whatever each is called. Not a share
    paid as a deposit or balance."""
    lowered: list[tuple[float, float]] = []
    for sentence in sentences(text):
        found = amounts(sentence)
        if lowered and not _PAID_IN_PARTS.search(sentence):
            shares = [number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(sentence)]
            for _, _, value in found:
                for share in shares:
                    if 0 < share < 100 and any(abs(new * (1 - share / 100) - value) < 0.01
                                               and (old - value) / old * 100 > limit + 0.005 for new, old in lowered):
                        return True
        for (_, a_end, a), (b_start, _, b) in zip(found, found[1:], strict=False):
            if a < b and w.INSTEAD.search(sentence[a_end:b_start]):
                lowered.append((a, b))
    return False


_ARROW = re.compile(r"\s*(?:→|->|=>|⇒|⟶|➔)\s*")


def _chain_over(text: str, limit: float) -> bool:
    """Whether a chain of prices the draft takes one step at a time ("€4,800 → €4,320 → €4,104 → €3,283.20") ends
    further below where it starts than the limit: the steps stack, and what they come to is the discount."""
    if not _ARROW.search(text):
        return False
    for sentence in sentences(text):
        found = amounts(sentence)
        first: float | None = None
        for (_, end, value), (start, _, after) in zip(found, found[1:], strict=False):
            if not _ARROW.fullmatch(sentence[end:start]):
                first = None
                continue
            first = value if first is None else first
            if first > 0 and (first - after) / first * 100 > limit + 0.005:
                return True
    return False


# -- the checks -----------------------------------------------------------------------------------------------


def discounts(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A discount above the limit, in any of its shapes, or a price the knowledge base does not give. What a clause
    refuses ("a 50% discount isn't possible, the maximum is 10%") offers nothing."""
    over = f"discount above {ctx.max_discount:g}%"
    offering = _offering(numeric)
    if any(_added_up(sentence, ctx) for sentence in sentences(offering)):
        return over
    offered = _unquoted(offering, ctx)
    if discount_over(offered, ctx.max_discount) is not None:
        return over
    # matching another price, in the draft itself (a rationale may report what the customer asked for)
    # (not a payment matched to its account: "use your customer number as the reference so we can match it")
    if not ctx.matches_prices and any(w.MATCH.search(s) and not w.PAYMENT_REFERENCE.search(s)
                                      for s in sentences(_offering(text))):
        return over
    for m in _PERCENT.finditer(offered):
        if w.DO_YOU.search(offered[max(0, m.start() - 40):m.start()]) and number(m.group(1) or m.group(2)) > (
                ctx.max_discount) and not w.FEE_AFTER.match(offered[m.end():m.end() + 40]):
            return over
    for pattern, value in w.FRACTIONS:
        for m in pattern.finditer(offered):
            near = offered[max(0, m.start() - 40):m.end() + 40]
            # a share paid is no share off: "at two thirds of the price" leaves a third off
            off = 100 - value if (w.AT_SHARE.search(offered, max(0, m.start() - 12), m.start())
                                  and w.OF_THE_PRICE.match(offered, m.end())) else value
            # "a third off the price", "je vous enlève un quart sur chaque boîte"
            if off > ctx.max_discount and (w.PRICE_WORDS.search(near) or w.TAKE_OFF.search(near)
                                           or w.SHARE_LESS.match(offered, m.end())):
                return over
    for m in w.PART_OF_MONTHS.finditer(offered):  # "on vous facture 9 mois sur 12": a quarter off
        paid, whole = number(m.group(1)), number(m.group(2))
        if 0 < paid < whole and (whole - paid) / whole * 100 > ctx.max_discount:
            return over
    # "buy two, the third one is free": one in three off, unless a passage gives that one free itself
    if any(share > ctx.max_discount and not _nth_given(m, ctx) for m, share in w.nth_free(offered)):
        return over
    group = w.paid_for_some(offered)  # "pay for five and all eight swim": three in eight free
    if group is not None and (group[1] - group[0]) / group[1] * 100 > ctx.max_discount:
        return over
    if _shares_over(offered, ctx) or _chain_over(offered, ctx.max_discount) or _agreed_below(offering, ctx) \
            or _under_asked_total(offering, ctx):
        return over
    accounted: set[float] = set()  # amounts off a known price within the limit, and the price that leaves
    offers = sentences(offered)
    totals = _draft_totals(offered)
    for n, sentence in enumerate(offers):
        if _over_in(sentence, ctx, accounted, offers[n - 1] if n else "", totals):
            return over
    # (the passages may name the second percentage: it is how far the two go together that counts)
    if _below_rate(offered, ctx) or _reduced_again(offering, ctx.max_discount):
        return over
    if any(_extra_on_reduced(sentence, ctx) for sentence in offers):
        return over
    said = sentences(numeric)
    divisors = frozenset(v for text in ctx.giving_texts for v in numbers(numerals(text)))
    worked: set[float] = set(accounted)  # sums the draft worked out, which a later sum may be worked out from
    # a few units at a rate the passages charge for a thing the draft names cost what a booking of them does ("a
    # meeting room cancelled in time is refunded in full. The €70 ..." of "€35 an hour")
    # (or the conversation names it: "a week of the Pro Kit?" "That's €236"), a count of them the draft gives or
    # the company's word states ("a week costs the price of 4 days")
    named = stems(numeric)
    # (by a word of its label in the conversation, by two in the draft: "the Pro Kit week", not "comfortable")
    labels = {label for label in ctx.said_labels - _RATE_WORDS - _PER if len(label) > 2}
    own = {label for label in label_words(numeric) - _RATE_WORDS - _PER if len(label) > 2}
    rated = [rate for rate in ctx.unit_rates if ctx.priced.get(rate, frozenset()) & named - _UNIT_WORDS
             or any(rate in ctx.labelled.get(label, ()) for label in labels)
             or sum(rate in ctx.labelled.get(label, ()) for label in own) >= 2]
    # what a few units at a rate the draft names come to ("four day passes at ₪90 come to ₪360")
    multiples = {k * rate for rate in rated for k in ctx.few}
    for n, sentence in enumerate(said):
        # a sum said roughly ("about €300 a month", "בערך 2,000 ₪") reckons what a way of paying comes to, it sets
        # no price, unless the sentence gives, refunds or takes off something ("so you pay about €36.67")
        refunded = _booking_back(sentence)
        paid_back = _paid_back(sentence)
        giving = bool(w.REFUND.search(sentence))
        rough = not (w.REFUND.search(sentence) or w.FREE.search(sentence) or w.ONLY.search(sentence)
                     or w.TAKE_OFF.search(sentence) or _PERCENT.search(sentence))
        # what a booking the draft gives back cost is a few units at one of the rates, whichever it was ("you
        # cancelled in time: the full €177 comes back"); what the refund may be is the refund check's to judge
        unknown = [value for start, end, value in amounts(sentence)
                   # (a known sum in another currency is no price; a sum given back is the refund check's)
                   if (value not in ctx.amounts or not giving and ctx.other_currency(value, sentence[start:end]))
                   and value not in accounted
                   and not (rough and w.ROUGHLY.search(sentence[max(0, start - 20):start]))
                   and not (refunded and round(value, 2) in ctx.bookings) and not paid_back
                   and not any(abs(value - m) < 0.005 for m in multiples)
                   # (a bare figure the customer asked for, refused: "900 ₪ is more than we may give")
                   and not (value in ctx.bare_sums and negated(sentence))]
        # a count may be said just before: "The outage lasted three full days. You get €6 credit (€2 a day)."
        before = said[n - 1] if n else ""
        # the first sentence may add up the sums the conversation's last lines named ("A mug is €14.95 and the
        # calendar €24.95." "Together that's €39.90"), only those
        if not n:
            worked.update(v for v in unknown if _some_add_up(v, list(ctx.recent_sums), least=2))
            unknown = [v for v in unknown if v not in worked]
        # a few units at a rate are worked out, and a later sum may rest on them ("... come to ₪360. The monthly pass
        # is ₪220, so you save ₪140"), or add them to a price in the same sentence ("€149 + €80 = €229" of €40 per
        # floor); a working written out adds up what it shows ("149 + 120 = 269 €", its figures bare)
        worked.update(value for _, _, value in amounts(sentence) if any(abs(value - m) < 0.005 for m in multiples))
        worked.update(_written_out(sentence, ctx.amounts | worked | multiples, divisors, ctx.max_discount))
        # a known sum taken apart ("You paid €1,778: €1,384 rental, €300 deposit and €94 delivery"), or a sum with
        # its working in brackets after it ("3,600 ₪ (2,900 + 420 + 280)"): the same money, no price of its own
        worked.update(_taken_apart(sentence, ctx.amounts | worked))
        worked.update(_bracketed_working(sentence, ctx.amounts | worked, ctx))
        unknown = [v for v in unknown if v not in worked]
        # a total of sums the draft worked out before ("Two people at €429: €858. Seat Select ... = €56. Total:
        # €914"): as known as they are
        if _TOTAL.search(sentence) or _ADDS_UP.search(sentence):
            worked.update(v for v in unknown if _some_add_up(v, sorted(worked), least=2))
            # (or of the company's prices the draft gave before, each for one or a few: "the children of 6 and 10
            # have the Kids Menu at €38, your nephew the Classic Menu at €84. Together €160")
            worked.update(v for v in unknown if n and _adds_up_before(v, numeric, sentence, len(sentence)) and all(
                e in ctx.amounts or e in worked for _, _, e in amounts(" ".join(said[max(0, n - 2):n]))))
            unknown = [v for v in unknown if v not in worked]
        # "€34.32 a child ticket (12% off €39), so €68.64 for the two"; a step may rest on a larger sum the same
        # sentence works out ("8% off for 12 months: €1,092.96 instead of €1,188")
        if _unworked(unknown, sentence, ctx, before, worked):
            return PRICE
    return None


# a sum that comes back, said of the money: "the full €177 comes back within 10 working days"
# (or got back by the customer, the sum named: "you'll get the full €96 back", "vous récupérez les 72 €", "תקבלו את
# מלוא 300 ₪ בחזרה"; words that widen no refund check, they only say what a sum given back is)
_COMES_BACK = re.compile(r"[\d€$£₪] (?:comes?|will come|is coming|goes|will go|is going|gets? paid|is paid|"
                         r"will be paid) back(?!\w)|"
                         r"(?<!\w)(?:get|gets|getting|receive|receives|have|has) (?:\S+ ){0,3}?(?:[€$£₪] ?\d[\d.,]*|"
                         r"\d[\d.,]* ?[€$£₪]) back(?!\w)|"
                         r"(?<!\w)récupér\w* (?:\S+ ){0,3}?(?:[€$£₪] ?\d|\d[\d.,]* ?(?:[€$£₪]|euros?))|"
                         # (the sum said to return to the customer: "votre acompte de 2 420 € vous revient", "de
                         # €2.200 komt binnen 14 dagen terug", "המקדמה, 1,880 ₪, חוזרת אליכם")
                         r"[\d€$£₪] (?:vous |te )?(?:revient|reviennent|reviendra|reviendront)(?!\w)|"
                         r"[\d€$£₪] (?:komt|komen|gaat|gaan) (?:\S+ ){0,4}?terug(?!\w)|"
                         r"(?<![\u05d0-\u05ea])(?:ת|י)קבל(?:י|ו)? (?:\S+ ){0,4}?בחזרה|"
                         r"[\d₪],? (?:חוזר|חוזרת|חוזרים|יחזור|תחזור|יחזרו|מוחזר|מוחזרת|מוחזרים)(?![\u05d0-\u05ea])",
                         re.IGNORECASE)


# all the customer paid, given back: "your money back", "vous êtes remboursé", "u krijgt uw geld terug", "החזר כספי"
_MONEY_BACK = re.compile(r"(?i)(?<!\w)(?:(?:your|their) money back|(?:get|gets|getting|have|receive) (?:\S+ ){0,2}?"
                         r"(?:everything|it all|all of it) back|(?:you are|you'll be|you will be|you're) "
                         r"(?:fully )?refunded|(?:je|uw) geld (?:\w+ )?terug|(?:u|je) (?:wordt|krijgt) (?:\w+ )?"
                         r"terugbetaald|(?:vous|tu) (?:êtes|serez|es|seras) "
                         r"(?:intégralement |entièrement )?rembours\w*|"
                         r"votre argent|ton argent)(?!\w)|החזר כספי|את הכסף|הכסף שלך|הכסף שלכם")


# a booking cancelled: what it cost is what comes back ("cancelled", "ביטלת", "בוטל", and the noun "הביטול")
_CANCELLED = re.compile(r"(?i:cancel\w*|annul\w*|geannuleerd)|בי?טו?ל|בוטל")


def _paid_back(sentence: str) -> bool:
    """Whether a sentence gives back all the customer paid, one sum named and nothing taken off ("you may cancel and
    get everything back, €1,876", "vous êtes remboursé, soit 640 €"): the sum is what was paid, whatever it was, no
    price of the draft's own; whether that refund is given is the refund check's to judge."""
    # (a percentage named as a bound is no share of it: "the price rose by more than 8%, so you get everything back")
    shares = any(not _BOUND.search(sentence[max(0, m.start() - 20):m.start()]) for m in _PERCENT.finditer(sentence))
    # (all of it: "everything", "in full", "your money"; not only a booking cancelled, "we'll refund you €40")
    whole = bool((w.REFUND.search(sentence) or _COMES_BACK.search(sentence)) and w.FULL.search(sentence))
    return ((whole or _MONEY_BACK.search(sentence) is not None) and len(amounts(sentence)) == 1
            and not (shares or w.TAKE_OFF.search(sentence) or w.ONLY.search(sentence)))


def _booking_back(sentence: str) -> bool:
    """Whether a sentence gives back what a booking cost: a refund of the whole, or of a booking cancelled ("you
    cancelled in time: the €236 is refunded"), not a credit or cashback of the draft's own ("€12 cashback")."""
    return bool((w.REFUND.search(sentence) or _COMES_BACK.search(sentence))
                and (w.FULL.search(sentence) or _CANCELLED.search(sentence)))


# (French thousands apart: "2 960")
_FIGURE = r"(?:[€$£₪]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:,\d+)?|\d[\d.,]{0,16}\d|\d)(?:\s?[€$£₪])?"
# A sum written out has a few terms: bounded, so a run of "1-1-1-..." with no "=" is not tried again from every figure
# to its end (a 20,000-character rationale took 18 s).
# (a count may name what it counts before it is multiplied: "3,480 words × €0.12 = €417.60", "2,600 מילים × 0.46 ₪")
_COUNTED = r"(?:\s[^\W\d_]{2,20})?"
_WORKING = re.compile(rf"{_FIGURE}{_COUNTED}((?:\s?[+×x*−/÷-]\s?{_FIGURE}{_COUNTED}){{1,12}})\s?=\s?{_FIGURE}")


def _written_out(sentence: str, known: frozenset[float] | set[float],
                 divisors: frozenset[float] = frozenset(), limit: float = 100.0) -> set[float]:
    """The results of the sums a sentence writes out ("€149 + €80 = €229", "590 + 300 = 890 ₪", "2 × €40 = €80", "€162
    − €54 = €108", "€29 + 3 × €16 = €77"), when the working is right and each term added or taken off is a sum the
    company's word names or a count times one: the result is then as known as what it is made of. Products first. A
    term may be divided by a figure the company's word names (``divisors``): "€3,920 / 1.21 = €3,239.67" of "the
    price without VAT is the price divided by 1.21"."""
    found: set[float] = set()
    known = set(known)
    # a sum in brackets before its result is that sum ("(1,040 + 2,880) ₪ = 3,920 ₪"), and a result may be the first
    # figure of the next step ("= 3,920 ₪ × 0.90 × 0.97 = 3,422.16 ₪"), each step as known as the one before
    sentence = _BRACKETED_SUM.sub(lambda b: f"{b.group(1)}{b.group(2) or ''} =", sentence)
    start = 0
    while (m := _WORKING.search(sentence, start)) is not None:
        start = m.start(m.lastindex or 0)
        parts = re.split(r"\s?([+×x*−/÷-])\s?", m.group(0).rsplit("=", 1)[0].strip())
        values = [number(re.sub(r"[^\d.,]", "", part)) for part in parts[::2]]
        operators = parts[1::2]
        result = number(m.group(m.lastindex or 0))
        terms: list[tuple[float, list[float]]] = [(1.0, [values[0]])]
        if any(operator in "/÷" and not any(abs(v - d) < 0.0005 for d in divisors) or not v
               for operator, v in zip(operators, values[1:], strict=True)):
            continue  # divided by a figure no passage names
        rates: list[float] = []  # what a price is multiplied by: a discount's "× 0.90", not a division by 1.21
        for operator, value in zip(operators, values[1:], strict=True):
            if operator in "/÷":
                terms[-1][1].append(1 / value)
            elif operator in "×x*":
                terms[-1][1].append(value)
                rates.append(value)
            else:
                terms.append((-1.0 if operator in "−-" else 1.0, [value]))
        total = sum(sign * math.prod(factors) for sign, factors in terms)
        # each term a known sum, or a product with one: "3 × €16" of €16
        grounded = all(any(abs(f - k) < 0.005 for f in factors for k in known) for _, factors in terms)
        # (a price times rates of a discount, "× 0.90 × 0.97", leaves no more off than the limit: "× 0.80" of a 13%
        # limit is a price of the agent's own)
        kept = math.prod(f for f in rates if 0 < f < 1)
        if abs(total - result) < 0.0051 and (grounded or len(terms) == 1 and any(
                any(abs(v - k) < 0.005 for k in known) for v in values)) and not (
                0.5 <= kept < 1 and (1 - kept) * 100 > limit + 0.005):
            found.add(result)
            known.add(result)
    return found


def _taken_apart(sentence: str, known: frozenset[float] | set[float]) -> set[float]:
    """The parts a known sum is taken apart into after a colon ("You paid €1,778: €1,384 rental, €300 damage deposit
    and €94 delivery"), when they add up to it exactly: what the same money was for, no price of its own. Only two
    parts or more, and only when every sum after the colon is one of them."""
    found = amounts(sentence)
    for n, (_, end, whole) in enumerate(found):
        if whole not in known or not sentence[end:end + 2].lstrip().startswith(":"):
            continue
        parts = [value for _, _, value in found[n + 1:]]
        if len(parts) >= 2 and abs(sum(parts) - whole) < 0.005:
            return set(parts)
    return set()


# a sum with the terms it adds up in brackets right after it: "3,600 ₪ (2,900 + 420 + 280)", "€1.305 (€570 + €735)"
_TERM = r"(?:[€$£₪]\s?)?\d[\d.,]*(?:\s?[€$£₪])?"
_SUM_THEN_TERMS = re.compile(rf"\(\s?({_TERM}(?:\s?\+\s?{_TERM})+)\s?\)")


def _bracketed_working(sentence: str, known: frozenset[float] | set[float], ctx: GuardContext) -> set[float]:
    """A sum followed by the terms it adds up, in brackets ("one day is 3,600 ₪ (2,900 + 420 + 280)"), when they add
    up to it exactly and each term is a known sum or a count the conversation names times one ("420" of 60 chairs at
    7 ₪): the sum is as known as its terms. One term at least must be a known sum itself."""
    found = amounts(sentence)
    counts = {v for v in numbers(numerals(ctx.said_text)) if v == int(v) and 1 < v < 10000}
    result: set[float] = set()
    for m in _SUM_THEN_TERMS.finditer(sentence):
        head = [value for _, end, value in found if end <= m.start() and not sentence[end:m.start()].strip()]
        if not head:
            continue
        terms = [number(re.sub(r"[^\d.,]", "", part)) for part in m.group(1).split("+")]
        if abs(sum(terms) - head[-1]) >= 0.005:
            continue
        direct = [t for t in terms if any(abs(t - k) < 0.005 for k in known)]
        if direct and all(t in direct or any(abs(t - c * k) < 0.005 for c in counts for k in known
                                             if 0 < k < t) for t in terms):
            result.add(head[-1])
    return result


_BRACKETED_SUM = re.compile(r"\((\s?[^()=]*\d\s?[+−-]\s?[^()=]*\d\s?)\)(\s?[€$£₪])?\s?=")


def _worked_sums(numeric: str, ctx: GuardContext, counted_too: bool = False) -> frozenset[float]:
    """The sums a draft works out from the company's prices ("a full refund including the surcharges, so €20.50"),
    beside a free thing or a refund they are known figures, as the prices they are made of are, no gift of their
    own. ``counted_too``: a count of a known price ("€60 for three tickets" of €20) is one as well; beside a free
    thing it is what those would cost (the clause that gives names its own sums, judged apart)."""
    worked: set[float] = set()
    rated: set[float] = set()  # a count of a known sum ("€6 for the three days" of €2): a rate given, judged as one
    said = sentences(numeric)
    for n, sentence in enumerate(said):
        before = said[n - 1] if n else ""
        unknown = [value for _, _, value in amounts(sentence) if value not in ctx.amounts]
        for _ in range(len(unknown)):
            done = [v for v in unknown if v not in worked and _worked_out(v, sentence, ctx, before, frozenset(worked))]
            if not done:
                break
            worked.update(done)
        # a working written out ("€162 − €54 = €108", "€29 + 3 × €16 = €77") on known sums or those worked before
        worked.update(_written_out(sentence, ctx.amounts | worked))
        # what a booking of a few units at a rate cost, given back ("the full €177 comes back"): a price, no gift
        worked.update(v for v in unknown if _booking_back(sentence) and round(v, 2) in ctx.bookings)
        worked.update(v for v in unknown if _paid_back(sentence))
        counted = counts(sentence) | counts(before)
        rated.update(v for v in unknown if any(abs(v - c * k) < 0.005 for k in ctx.amounts for c in counted))
    return frozenset(worked if counted_too else worked - rated) | (frozenset(rated) if counted_too else frozenset())


# the words of any rate, which say nothing of what it is charged for
_RATE_WORDS = frozenset(stems("per hour hours day days month months page pages uur uren dag dagen maand maanden heure "
                              "heures jour jours mois par the een une les des לשעה שעה יום ימים חודש לחודש"))
# (and of a stay or a week, which name no thing a rate is charged for either: a credit "per night" is no price of the
# cabin a draft prices "per night")
_UNIT_WORDS = _RATE_WORDS | frozenset(stems("night nights week weeks nacht nachten weken nuit nuits semaine semaines "
                                            "לילה ללילה לילות שבוע"))


# the short words of a rate, which name nothing priced ("per saldo")
_PER = frozenset("per par pour voor for each elke chaque".split())


def _unworked(unknown: list[float], sentence: str, ctx: GuardContext, before: str, worked: set[float]) -> bool:
    """Whether some of a sentence's unknown sums cannot be worked out, each step from known sums or those worked out
    before it, in whatever order the sentence gives them (a price is often said before the working behind it).
    The sums that can go to ``worked``."""
    left = sorted(unknown)
    while left:
        done = [value for value in left
                if _worked_out(value, sentence, ctx, before, frozenset(worked), ctx.said_counts)]
        if not done:
            return True
        worked.update(done)
        left = [value for value in left if value not in worked]
    return False


def _offering(text: str) -> str:
    """The clauses of ``text`` that may offer something: not those that say no ("a 50% discount isn't possible"),
    nor those that report what the customer asked for ("Customer asks for 50% off; offer 10%") or what the draft
    turns down ("declines the 50%, offers 6%")."""
    return "\n".join(", ".join(c for c, after in zip(parts, [*parts[1:], ""], strict=True)
                               if not negated(c) and not w.CUSTOMER_ASKS.search(c) and not w.ASKS_FOR.match(c)
                               and not w.ASKER_ASKS.match(c)
                               and not w.DEMANDED.search(c)
                               and not w.DECLINES.search(c)
                               and not ((_RESUMED.match(after) or _REFUSED_IT.match(after)
                                         or _BARE_NO.fullmatch(after)) and negated(after)
                                        and not _BEYOND.search(after))
                               and not (after and short_refusal(f", {after}") and not _BEYOND.search(after)))
                     for s in sentences(text) for parts in [clauses(s)])


# a clause that takes up the one before to say no to it: "30% off, that's not something I can do", "une remise de
# 30 %, ce n'est pas possible", "30% korting, dat kan ik niet geven", "הנחה של 30%, זה לא בסמכותי"
_RESUMED = re.compile(r"\s*(?i:that(?:'s| is| isn't| would)?|this(?:'s| is)?|it(?:'s| is| isn't| would)|dat|dit|"
                      r"het|ce(?= n')|c'|ça|cela|זה|זאת)(?!\w)")


# or says no to it in the first person, the offer taken up by a pronoun: "30% off, I'm afraid I can't give you that",
# "une remise de 30 %, je ne peux malheureusement pas l'accorder", "40% korting, ik mag dat helaas niet geven",
# "הנחה של 30%, אני לא יכולה לתת אותה" (not "40% off, I can't go any higher", which offers the 40%)
_REFUSED_IT = re.compile(r"\s*(?i:(?:unfortunately|sadly|alas|helaas|malheureusement|hélas|לצערי|לצערנו)\W+)?"
                         r"(?i:i|i'm|we|we're|je|j'|nous|ik|wij|we|אני|אנחנו|לא)(?!\w)[^,;:]{0,40}?"
                         r"(?:(?i:it|that|this|het|dat|die|dit)(?!\w)|(?<!\w)(?i:l')|(?<![\u05d0-\u05ea])(?:אותה|אותו|זאת|זה)"
                         r"(?![\u05d0-\u05ea]))")
# or by a bare no: "a free month, sadly not", "de halve prijs? helaas niet", "un mois offert, malheureusement non"
_BARE_NO = re.compile(r"\s*(?i:(?:unfortunately|sadly|alas|i'm afraid|i fear|helaas|jammer genoeg|malheureusement|"
                      r"hélas|לצערי|לצערנו)\W+)?(?i:no|not|nee|niet|non|pas|לא)(?!\w)[\s.!]*")
_BEYOND = re.compile(r"(?i:\b(?:more|higher|further|lower|better|beyond|meer|hoger|verder|beter|plus|mieux|davantage|"
                     r"au-del[àa])\b)|יותר|מעבר")


# the words of any discount, which say nothing of whom a policy's rate is for
_DISCOUNT_STEMS = frozenset(stems("discount off korting réduction remise rabais הנחה percent procent pour cent "
                                  "get gets krijgen krijgt bénéficient ont מקבלים"))


def _unquoted(offered: str, ctx: GuardContext) -> str:
    """``offered`` less the percentages a passage gives to those the sentence names too ("children aged 2 to 11 get
    25% off Classic"): repeating a policy offers nothing of the agent's own, whatever the agent's limit. Two words
    beyond those of any discount must be shared, so "I'll give you 25% off" is no quote of "Children get 25% off"."""
    out: list[str] = []
    quoted: frozenset[float] = frozenset()
    ever: frozenset[float] = frozenset()  # every fraction the draft quoted so far
    before = ""
    for sentence in sentences(offered):
        # (a later line that only names the share again, no sum or rate of its own, names the same one: "the
        # remaining months are charged at half price, as in your contract. ... Stays firm on the half-price months")
        again = quoted if amounts(sentence) or _PERCENT.search(sentence) else quoted | ever
        plain, quoted = _quoted_rates_out(sentence, ctx, again, before)
        ever |= quoted
        before = sentence
        out.append(plain)
    return "\n".join(out)


def _shared_object(sentence: str, m: re.Match[str], objects: tuple[frozenset[str], ...]) -> bool:
    """Whether the words after a fraction in its clause name what a passage gives that share of, by two words of it
    beyond those of any discount ("half the Green Fee back" of "half the Green Fee back", "een halve maand rente")."""
    clause, (_, end) = clause_around(sentence, m.start(), m.end())
    after = stems(clause[end:]) - _DISCOUNT_STEMS
    return any(len(after & (home - _DISCOUNT_STEMS)) >= 2 for home in objects)


def _quoted_rates_out(sentence: str, ctx: GuardContext, quoted_before: frozenset[float] = frozenset(),
                      before: str = "") -> tuple[str, frozenset[float]]:
    """One sentence less the percentages it quotes from a passage (``_unquoted``), and the fractions it quoted: the
    same share named again in the next sentence is the same one ("you pay half a month's interest: €18. Of the €36
    taken, we pay half back"). ``before``: the sentence before, which may say whom a fraction is for ("You are still
    in your first 24 months, up to August inclusive. ... the remaining months are billed at half price")."""
    said = stems(sentence) - _DISCOUNT_STEMS
    whom = said | (stems(before) - _DISCOUNT_STEMS)

    def quoted(m: re.Match[str]) -> str:
        homes = ctx.given_rates.get(number(m.group(1) or m.group(2)), ())
        return " " if any(len(said & home) >= 2 for home in homes) else m.group()

    # (not when the agent adds a rate of their own on top of the one quoted: "the card is already 20% off, and I'll
    # add another 30% on top", the two stacked are the discount judged)
    rates = list(_PERCENT.finditer(sentence))
    kept = [m for m in rates if quoted(m) == m.group() and not _is_total(sentence, m)]
    if not (kept and len(kept) < len(rates) and _ON_TOP.search(sentence)):
        sentence = _PERCENT.sub(quoted, sentence)
    # a fraction said of those a passage has pay it ("Members under 18 pay half: €6 instead of €12"), two words of
    # whom it is for shared: a fare quoted, not "you pay half" (which shares one of them)
    # (or of the thing a passage gives that share of: "you get half the Green Fee back"), and the same share again
    # just after one quoted
    shares_quoted: set[float] = set()
    for pattern, value in w.FRACTIONS:
        homes, objects = ctx.given_fractions.get(value, ()), ctx.fraction_objects.get(value, ())
        m = pattern.search(sentence)
        if (homes or objects) and m is not None and (any(len(whom & home) >= 2 for home, _ in homes)
                                                     or value in quoted_before
                                                     or _shared_object(sentence, m, objects)):
            shares_quoted.add(value)
            sentence = _HALF_PRICE.sub(" ", pattern.sub(" ", sentence)) if value == 50.0 else pattern.sub(" ", sentence)
    return sentence, frozenset(shares_quoted)


# a rate added to another: "on top", "another", "extra", "bovenop", "nog eens", "en plus", "supplémentaire", "נוספת"
_ON_TOP = re.compile(r"(?i:(?<!\w)(?:on top|another|extra|additional|in addition|bovenop|daarbovenop|nog eens|"
                     r"extra|en plus|suppl[ée]mentaire\w*|de plus)(?!\w))|(?<![\u05d0-\u05ea])(?:נוספת|נוסף|"
                     r"בנוסף|עוד)(?![\u05d0-\u05ea])")


def _added_up(sentence: str, ctx: GuardContext) -> bool:
    """Percentages added up to the total they give, above the limit, whatever each is called and though one is the
    passages' own: "8% from the deal, 10% for loyalty and 10% welcome, 28% in all", "8% ועוד 25%, סך הכול 33%"."""
    given = [number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(sentence)]
    return (len(given) >= 3 and ctx.max_discount < given[-1] < 100 and all(0 < p < given[-1] for p in given[:-1])
            and abs(sum(given[:-1]) - given[-1]) < 0.05)


# what a price is for, written between it and the price it replaces: "per cylinder", "each", "la pièce", "ליחידה"
_UNIT_BETWEEN = re.compile(r"(?i:(?:per|each|a|an|par|pour|voor|la|le|l')\s?[^\W\d_]{0,20}|each|apiece|chacun\w*|"
                           r"per stuk|stuk)|ל(?:כל )?[\u05d0-\u05ea]{2,12}")


def _over_in(sentence: str, ctx: GuardContext, accounted: set[float], before: str = "",
             totals: frozenset[float] = frozenset()) -> bool:
    """Stacked percentages, a share paid, an amount off or instead of a price, above the limit; the amounts off a
    known price within it go to ``accounted``. ``before``: the sentence before, whose sums an amount "less" may
    compare ("a cut (€54) plus a colour (€79) come to €133, while the plan is €85. That's €48 less"). ``totals``: the
    percentages the draft calls a total ("30% in all")."""
    # the prices the draft itself stated just before or in this sentence ("three lessons come to €90. I take €9
    # off, so €81"): an amount off one of them is judged against it, as against a price of the passages
    stated = {v for _, _, v in amounts(before)} | {v for _, _, v in amounts(sentence)}
    prior = before  # (``before`` names the words before a percentage below)
    if w.STACKED.search(sentence) and w.PRICE_WORDS.search(sentence) and _stacked_over(sentence, ctx, totals):
        return True
    for m in _PERCENT.finditer(sentence):
        # "you only pay 30%", "maar 30% van het normale bedrag betaalt" (the verb last), "30% of your bill",
        # "you'll only be charged 80% of the fare"
        before, after = sentence[max(0, m.start() - 30):m.start()], sentence[m.end():m.end() + 40]
        only, of_usual = w.ONLY.search(before), w.OF_USUAL.match(after.lstrip())
        paid = number(m.group(1) or m.group(2))
        if _is_total(sentence, m) and not only:
            continue  # the stacked discounts' total, off the normal price: "together that is 32% of the normal price"
        if ((only or of_usual) and (w.PAY.search(sentence) or only and of_usual) and not w.FEE_AFTER.match(after)
                and 100 - paid > ctx.max_discount):
            return True
    found = list(amounts(sentence))

    def too_much(off: float, base: float) -> bool:  # to the cent: 10% off €24.99 is €2.50
        return off > base * ctx.max_discount / 100 + 0.005

    for _, a_end, a in found:  # "€60 instead of a hundred and nineteen": the old price without its sign
        instead = w.INSTEAD.search(sentence[a_end:a_end + 30])
        # (or with what the price is for between: "€99 per cylinder instead of €119", "380 ₪ ליחידה במקום 440 ₪")
        between = sentence[a_end:a_end + instead.start()].strip(" ,") if instead else ""
        next_to = instead is not None and (not between or _UNIT_BETWEEN.fullmatch(between) is not None)
        b = _figure_at(sentence, a_end + instead.end()) if instead and next_to else None
        # "40 vouchers at €49, instead of €1,960 you pay €1,862": a price after the old one is the new one
        later = [(start, end, v) for start, end, v in found if instead and start >= a_end + instead.end()]
        # (not a saving the new price leaves: "€1,782 instead of €1,980, a saving of €198", "soit 36 € d'économie")
        # (not what one of those the price is for comes to: "€208 instead of €320 (€20.80 a child)" is no new price,
        # it is smaller than the one it would replace)
        if b is not None and len(later) > 1 and re.fullmatch(r"[^.;:\d]{1,30}", sentence[later[0][1]:later[1][0]]) \
                and not w.SAVING.search(sentence[later[0][1]:later[1][0]] + sentence[later[1][1]:later[1][1] + 20]) \
                and a < later[1][2] < b:
            # (not a total of several after it: "380 ₪ a cylinder instead of 440 ₪, so 1,140 ₪" is three of them)
            a = later[1][2]
        if b is not None and a < b and too_much(b - a, b) and not _stated_deal(a, b, ctx) \
                and not _own_rate(a, b, sentence, ctx) and not _fixed_off(round(b - a, 2), b, sentence, prior, ctx) \
                and not _other_goods(a, a_end, b, sentence, ctx):
            return True
        if b is not None and a < b and b in ctx.amounts:
            accounted.add(a)  # a price instead of the passages' own, within the limit: a discount that may be given
    for (a_start, a_end, a), (b_start, b_end, b), third in zip(found, found[1:], [*found[2:], None], strict=False):
        between = sentence[a_end:b_start]
        # "40 vouchers at €49, instead of €1,960 you pay €1,862": the price after the old one is the new one
        gap = sentence[b_end:third[0]] if third is not None else ""
        # (the saving word may follow the sum: "soit 36 € d'économie")
        if third is not None and w.INSTEAD.search(between) and re.fullmatch(r"[^.;:\d]{1,30}", gap) \
                and not w.SAVING.search(gap + sentence[third[1]:third[1] + 20]) and third[2] > a:
            a = third[2]
        # "€3 off, so €12.99 instead of €15.99": an amount off is judged against the price it comes off, not the
        # one it leaves
        base = a + b if w.TAKE_OFF.search(between) and any(abs(a + b - c) < 0.005
                                                           for c in (*ctx.amounts, *stated)) else b
        taken_off, instead = w.TAKE_OFF.search(between) and too_much(a, base), w.INSTEAD.search(between)
        if taken_off and (_deducted(a, sentence, ctx) or _given_off(a, base, sentence, prior, ctx)
                          or _paid_before(a, a_start, sentence, prior, ctx)):
            continue
        if a < b and (taken_off or instead and too_much(b - a, b) and not _stated_deal(a, b, ctx)
                      and not _own_rate(a, b, sentence, ctx)
                      and not _fixed_off(round(b - a, 2), b, sentence, prior, ctx)
                      and not _other_goods(a, a_end, b, sentence, ctx)):
            return True
        if a < b and instead and b in ctx.amounts:
            accounted.add(a)
    for start, end, value in found:
        # (not the price a percentage comes off: "€1,281.60 less 5% is €1,217.52", "1 281,60 € moins 5 %")
        off_word = w.OFF_AFTER.match(sentence, end)
        share = _PERCENT_NEXT.match(sentence, off_word.end()) if off_word else None
        if share is not None:
            if number(share.group(1)) > ctx.max_discount:
                return True  # judged as the percentage it is
            continue
        if off_word or w.OFF_BEFORE.search(sentence[max(0, start - 25):start]):
            if _deducted(value, sentence, ctx) or _paid_before(value, start, sentence, prior, ctx):
                continue
            # an amount off a price the knowledge base gives: a discount, judged as one ("€4.50 off your €45")
            # (or off what the order the conversation describes comes to: "€360 off our €4,030 (€1,850 for the
            # pavilion and 20 × €109)" of the 20 guests the customer named)
            bases = [(abs(b_start - start), b) for b_start, _, b in found
                     if b > value and (b in ctx.amounts or round(b, 2) in ctx.ordered_totals | ctx.order_sums)]
            # or the price it leaves: "€25 off, so you pay €20" is €25 off €45
            bases += [(abs(b_start - start), b + value) for b_start, _, b in found
                      if b_start != start and (b + value in ctx.amounts
                                               or any(abs(b + value - c) < 0.005 for c in stated))]
            if value in accounted:
                continue  # judged already where the draft took it off: "I can take €380 off, so €5,180" ... "€380 off"
            if not bases:
                # a price matched: the amount off that brings the customer's price down to the one they quote
                # elsewhere ("€229 here, €140 there": "I'll take €89 off") comes off the higher one
                matched = [q for q in ctx.quoted_sums for r in ctx.quoted_sums if q > r and abs(q - r - value) < 0.005]
                if matched and too_much(value, max(matched)):
                    return True
                # a credit the passages' rate works out ("€8 a day, three days: a €24 credit") is theirs, and so is
                # what one price the sentence before names saves on another, or on a total of known prices it adds
                if value not in ctx.given_amounts and not _worked_out(value, sentence, ctx, before,
                                                                      _totals(before, ctx)):
                    return True  # an amount off that only the customer named: "we'll match it, €300 off your bill"
                continue
            base = min(bases)[1]
            if too_much(value, base) and not _given_off(value, base, sentence, prior, ctx):
                return True
            accounted.update((value, round(base - value, 2)))
    return False


_WORD_TOKEN = re.compile(r"[^\W\d_]+")


def _other_goods(new: float, end: int, old: float, sentence: str, ctx: GuardContext) -> bool:
    """Whether a price said "instead of" a price of the passages is the full price of other things, a count the
    sentence names before it times another of the passages' prices ("two Party Tents 6x12 cost 5,800 ₪ instead of
    6,900 ₪" of 2,900 ₪ a tent): what a switch to them costs, nothing taken off. Not when the price replaced is a
    count of the same things ("three chairs: 960 ₪ instead of 1,600 ₪" of five at 320 ₪): that charges fewer."""
    if old not in ctx.amounts:
        return False
    head = sentence[:end]
    counts = [c for c in numbers(head) if c == int(c) and 1 < c <= 50 and c != new]
    counts += [n for word in _WORD_TOKEN.findall(head) if (n := w.NUMBER_WORDS.get(word.casefold())) and 1 < n <= 50]
    # (fewer of the same things is a cut: "we'll charge only three chairs: 960 ₪ instead of 1,600 ₪" of five)
    # (nor a rate the sentence sets itself: "€59 per inspection: eight a year, so €472 instead of €592")
    own = {value for _, _, value in amounts(sentence)}
    return any(abs(c * price - new) < 0.005 and abs(old / price - round(old / price)) > 0.0001
               for c in counts for price in ctx.amounts if price not in (old, new) and price > 0 and price not in own)


# a sum said to be each person's ("€19 per person", "20 € par personne", "60 ₪ לילד"), or the whole group's ("€150
# all in for the eight of you", "120 euros en tout", "voor het hele team", "לכל החבורה")
# a period or a unit of measure, which names no thing a price is for ("€5 a month", "€30 per night", "€178 per m²")
_PERIOD = (r"(?:months?|maand\w*|mois|weeks?|week|weken|semaines?|years?|jaar|jaren|an|ans|année\w*|days?|dag\w*|"
           r"jours?|journée|nights?|nacht\w*|nuit\w*|hours?|uur|uren|heures?|minut\w*|sessions?|keer|fois|times|"
           r"meters?|metre\w*|mètre\w*|kilo\w*|stuk\w*|piece\w*|pièce\w*|unit\w*|unité\w*|"
           r"חודש|שבוע|שנה|יום|לילה|שעה|דקה|פעם|מטר|יחידה)(?!\w)")


_PER_THING = re.compile(r"\s?(?:per|each|par|pour|voor|la|le|l')\s?(?!" + _PERIOD
                        + r")([^\W\d_]{3,})"
                        r"|\s?ל(?:כל )?(?!" + _PERIOD + r")([\u05d0-\u05ea]{3,})", re.IGNORECASE)
_EACH_PERSON = re.compile(r"\s?(?:(?:per|a|each|par|pour|voor|le)\s(?:person|persoon|personne|player|speler|"
                          r"joueur|child|kid|kind|enfant|guest|gast|invité|head|hoofd|tête)\w*|each|chacun\w*|"
                          r"p\.p\.|pp\b|(?:ל|לכל )(?:שחקן|אדם|ילד|ילדה|משתתף|אורח|ראש)(?![\u05d0-\u05ea]))",
                          re.IGNORECASE)
_WHOLE_GROUP = re.compile(r"(?<!\w)(?:all in|in total|altogether|"
                          r"for (?:the )?(?:whole |entire )?(?:group|team|party|lot)|for (?:all|the) (?:\w+ )?of you|"
                          r"for both of you|for you both|voor jullie (?:beiden|tweeën)|(?:pour|à) vous deux|"
                          r"in totaal|alles samen|samen|"
                          r"voor (?:het |de )?(?:hele |gehele )?(?:groep|team|gezelschap|ploeg)|"
                          r"en tout|au total|pour (?:tout )?le groupe|pour l'équipe|pour vous (?:tous|toutes|\w+)|"
                          r"בסך הכול|בסך הכל|לכל החבורה|לכל הקבוצה|לכולכם|לכל הצוות)(?!\w)", re.IGNORECASE)


# the words of price talk, which name no thing priced: "instead of", "normal", "price"
_PRICE_TALK = frozenset(stems("instead place plaats lieu normal normaal normale normally normaal price prices prijs "
                              "prix usual usually gewoon habituel regular במקום מחיר רגיל"))


# how many people a booking is for: "six players", "voor vijf personen", "les huit enfants", "the eight of you",
# "met z'n vieren", "לעשרה ילדים" (a count of things, "two windows", "four weeks", counts no one)
_PEOPLE = re.compile(r"(?<!\w)(\w+)\s(?:of (?:you|us|them)|(?:people|persons?|players?|kids|children|guests|"
                     r"students|colleagues|friends|adults|personen|mensen|spelers|kinderen|kids|gasten|studenten|"
                     r"collega'?s|vrienden|volwassenen|personnes|joueurs|enfants|invités|étudiants|collègues|amis|"
                     r"adultes|אנשים|שחקנים|ילדים|ילדות|אורחים|חברים|חברות|סטודנטים|משתתפים)(?!\w))|"
                     r"(?:z'n|met zijn)\s(\w+)|"
                     # or a booking "for three" that closes the question: "Escape Room for three?", "לשלושה?"
                     r"(?:for|voor|pour)\s(\w+)(?=\s*[?.!,]|$)|"
                     r"(?<![\u05d0-\u05ea])ל([\u05d0-\u05ea]+)(?=\s*[?.!,]|$)", re.IGNORECASE)


def _people(text: str) -> frozenset[float]:
    """The counts of people ``text`` names ("both of you" counts two)."""
    return frozenset(n for m in _PEOPLE.finditer(text) for n in counts(next((g for g in m.groups() if g), ""))) | (
        {2.0} if _BOTH.search(text) else set())


# two people named as a pair: "both of you", "you both", "jullie beiden", "vous deux", "tous les deux", "שניכם"
_BOTH = re.compile(r"(?<!\w)(?:both of (?:you|us|them)|(?:you|us) both|(?:jullie|u|wij|we) (?:beiden|tweeën)|"
                   r"(?:vous|nous) deux|(?:tous|toutes) les deux)(?!\w)|(?<![\u05d0-\u05ea])ל?(?:שניכם|שנינו|שתיכן)"
                   r"(?![\u05d0-\u05ea])", re.IGNORECASE)


def _below_rate(offered: str, ctx: GuardContext) -> bool:
    """A price for each person, or a group's price divided among those the sentence or the customer counts, below what
    the limit leaves of the rate the passages charge each for the thing named (the least of its rates): "€20 each for
    the escape room" of €39 a player, "600 ₪ for the ten of them" of 120 ₪ a child."""
    said = " ".join(ctx.recent_said)
    for sentence in sentences(offered):
        if w.REFUND.search(sentence):
            continue  # a sum each given back is no price: "we refund €15 a person, so €45 for the three of you"
        # (a price each, as a ticket's, or a rate per unit)
        rates = [rate for stem in label_words(sentence) | ctx.said_labels for rate in ctx.labelled.get(stem, ())
                 if (rate in ctx.unit_rates or rate in ctx.prices) and len(stem) > 2
                 and stem not in _RATE_WORDS | _PER | _COUNTS | _PRICE_TALK]
        if not rates:
            continue
        floor = min(rates) * (1 - ctx.max_discount / 100) - 0.005
        people = [n for n in _people(sentence) or _people(said) if 1 < n <= 12]
        for start, end, value in amounts(sentence):
            # (the group's word beside the sum, not the price it replaces: "€42 each instead of €60, 30% in total")
            group = (_WHOLE_GROUP.search(sentence[max(0, start - 40):start] + " " + sentence[end:end + 30])
                     and not w.INSTEAD.search(sentence[max(0, start - 15):start]))
            each = _EACH_PERSON.match(sentence, end)
            # (a price each the passages give for the thing named just before it is their own, no discount: "towels
            # at €4 per guest" in a list of what is charged)
            if each and any(value in ctx.labelled.get(stem, ()) for stem in label_words(sentence[max(0, start - 30):
                                                                                               start])):
                continue
            if each:
                # (not a price beside the one it replaces: "€30 each instead of €40" is judged against the €40)
                if value < floor and not w.INSTEAD.search(sentence, each.end(), each.end() + 16):
                    return True
                continue
            # a price per unit of the thing named, a sum the company's word does not give, below what the limit
            # leaves of that thing's least rate: "€600 per crown" of €720 a crown
            unit = _PER_THING.match(sentence, end)
            # (not a sum the company's word names for what the sentence names it: "the lab costs are €240 per crown")
            if unit and not stems(sentence) & ctx.priced.get(value, frozenset()) and not w.INSTEAD.search(
                    sentence, unit.end(), unit.end() + 16):
                # (not a sum the company's word only names as a bound: "parts up to €250 per entrance a year" is
                # no price of an entrance)
                bound = _bounds(ctx.giving_texts)[1]
                own = [rate for stem in label_words(unit.group(1) or unit.group(2)) - _RATE_WORDS - _PER
                       for rate in ctx.labelled.get(stem, ())
                       if rate in ctx.unit_rates and rate not in bound and len(stem) > 2]
                if own and value < min(own) * (1 - ctx.max_discount / 100) - 0.005:
                    return True
            # (a group's sum is more than one of them pays: "€156 together, so €26 each" divides the €156 only)
            # (nor the total of the prices the draft gave before, each for one or a few of them: "two adults at €15
            # and a child at €8: €38 together")
            if group and any(_adds_up_before(total, offered, sentence, begin) for begin, _, total in
                             amounts(sentence) if begin >= start):
                continue  # (the group's word is the total's, the sum one of its parts: "a child at €8, €38 together")
            if (group and len(people) == 1 and min(rates) <= value < min(rates) * people[0]
                    and value / people[0] < floor):
                return True
    return False


def _adds_up_before(value: float, text: str, sentence: str, start: int) -> bool:
    """Whether ``value`` is a total of the sums ``text`` names before it, each taken one to four times."""
    at = text.find(sentence)
    before = (text[:at] if at >= 0 else "") + sentence[:start]
    earlier = list(dict.fromkeys(v for _, _, v in amounts(before) if 0 < v < value))[-5:]
    if len(earlier) < 2:
        return False
    return any(abs(value - sum(k * e for k, e in zip(ks, earlier, strict=True))) < 0.005
               for ks in itertools.product(range(5), repeat=len(earlier)) if sum(1 for k in ks if k) >= 2)


# a child named by kin ("your daughter", "uw zoon", "votre fille", "הבן שלך") in a sentence that gives the age bound a
# passage sets ("under 4", "onder de 4", "moins de 4 ans", "מתחת לגיל 4"): a child, as the passage says, the age met
# in the draft's own words ("your son comes in free, being under 4"); without the bound a daughter of 9 is no
# "child under 4" ("ik zet uw dochter er gratis bij" stays a gift of its own)
_KIN = re.compile(r"(?<!\w)(?i:sons?|daughters?|toddlers?|bab(?:y|ies)|grand(?:son|daughter|child)s?|zoon(?:tje)?s?|"
                  r"dochter(?:tje)?s?|peuters?|kleuters?|kleinkind(?:eren)?|fils|filles?|bébés?|petite?s?-(?:fils|filles?)"
                  r")(?!\w)|(?<![\u05d0-\u05ea])[הל]?(?:בן|בת|בנך|בתך|בנכם|בתכם|תינוק|תינוקת|פעוט|פעוטה|נכד|נכדה)"
                  r"(?![\u05d0-\u05ea])")
_AGE_BOUND = re.compile(r"(?i:under|below|younger than|onder(?: de)?|jonger dan|(?:de )?moins de)\s\d{1,2}(?!\d)|"
                        r"מתחת ל?גיל \d{1,2}(?!\d)")
_CHILD = {"nl": "kind", "en": "child", "fr": "enfant", "he": "ילד"}


def _kin_as_child(text: str, language: str) -> str:
    """``text`` with a child named by kin called a child where its sentence gives an age bound (``_KIN``)."""
    child = _CHILD.get(language, "child")
    return " ".join(_KIN.sub(child, sentence) if _AGE_BOUND.search(sentence) else sentence
                    for sentence in sentences(text)) if _KIN.search(text) else text


def _nth_given(m: re.Match[str], ctx: GuardContext) -> bool:
    """Whether a passage itself gives that one of a group free ("every third night is free"): then it is the
    company's offer, which the free check judges, no discount of the agent's."""
    nth = m.group("nth").casefold()
    return any(other.group("nth").casefold() == nth for text in ctx.giving_texts for other, _ in w.nth_free(text))


def _stacked_over(sentence: str, ctx: GuardContext, totals: frozenset[float]) -> bool:
    """Percentages stacked in one sentence, above the limit. A total the sentence works out is no further discount
    ("5% and 10%, 15% in total" is 15%; "I can add 10%, 28% in all" is 28%). Added up, stacked discounts may pass the
    limit where, each taken off the price the one before leaves, they do not (15% and then 20% leave 68%, 32% off):
    they are read that way only when the draft says so, taking the later one off the reduced price or naming the
    total they come to."""
    # (not a figure the draft denies: "22% in all, not 30%" gives no 30%)
    found = [(m, number(m.group(1) or m.group(2))) for m in _PERCENT.finditer(sentence)
             if not w.DENIED_FIGURE.search(sentence[max(0, m.start() - 8):m.start()])]
    stacked = [value for _, value in found]
    total = None
    if len(stacked) >= 3 and abs(sum(stacked[:-1]) - stacked[-1]) < 0.05 or found and _is_total(sentence, found[-1][0]):
        total = stacked.pop()
    if total is not None and ctx.max_discount < total < 100:
        return True
    parts = [p for p in stacked if p < 100]
    if len(parts) < 2 or sum(parts) <= ctx.max_discount:
        return False
    compounded = 100 * (1 - math.prod(1 - p / 100 for p in parts))
    if compounded > ctx.max_discount + 0.005:
        return True
    return not (w.ON_REDUCED.search(sentence) or any(abs(t - compounded) < 0.05 for t in totals))


def _extra_on_reduced(sentence: str, ctx: GuardContext) -> bool:
    """A percentage of the draft's own taken off a price the conversation already reduced by the rates the passages
    give ("two rings of €600: with the card and the second-item discount €496.80", then "3% more on top: €481.90"):
    what it leaves is judged against the price before any of them, the discounts stacked (19.7% off €600)."""
    rates = [number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(sentence)]
    rates = [p for p in rates if 0 < p < 100]
    # (a rate the company's word only names as a threshold, "if the increase is more than 8%", takes nothing off;
    # nor is a cap, "luggage up to €1,250", a price anything comes off)
    bounds = _bounds(ctx.giving_texts)
    given = [r for r in ctx.given_rates if 0 < r < 100 and r not in bounds[0]]
    if not rates or not given:
        return False
    steps = {round(1 - r / 100, 6) for r in given}
    steps |= {round(a * b, 6) for a, b in itertools.combinations(sorted(steps), 2)}
    sums = sorted((ctx.quoted_sums | ctx.amounts) - bounds[1])
    # (the reduced price one the conversation named, no price of the company's word)
    said = sorted(ctx.quoted_sums - ctx.prices)
    for _, _, value in amounts(sentence):
        for p in rates:
            reduced = [q for q in said if abs(value - q * (100 - p) / 100) < 0.0105]
            for q in reduced:
                for whole in sums:
                    if whole > q and any(abs(q - whole * step) < 0.0105 for step in steps) \
                            and 100 * (1 - value / whole) > ctx.max_discount + 0.005:
                        return True
    return False


# a figure as a bound, not a price or a rate off: "more than 8%", "up to €1,250", "meer dan", "tot", "plus de",
# "jusqu'à", "יותר מ-", "עד"
_BOUND = re.compile(r"(?i:(?<!\w)(?:more than|over|above|up to|meer dan|boven|tot|plus de|au-delà de|jusqu'à|"
                    r"jusqu'[àa] concurrence de)\s?(?:[€$£₪]\s?)?)$|(?:יותר מ|מעל|עד)\s?-?(?:[€$£₪]\s?)?$")


@lru_cache(maxsize=256)
def _bounds(texts: tuple[str, ...]) -> tuple[frozenset[float], frozenset[float]]:
    """The rates and the sums the company's word only names as bounds ("if the increase is more than 8%", "luggage
    up to €1,250"): no rate it takes off, no price. A figure it also names otherwise is not one."""
    rates: dict[float, bool] = {}
    sums: dict[float, bool] = {}
    for text in texts:
        said = numerals(text)
        for m in _PERCENT.finditer(said):
            value = number(m.group(1) or m.group(2))
            rates[value] = rates.get(value, True) and bool(_BOUND.search(said[max(0, m.start() - 20):m.start()]))
        for start, _, value in amounts(said):
            sums[value] = sums.get(value, True) and bool(_BOUND.search(said[max(0, start - 20):start]))
    return (frozenset(v for v, bound in rates.items() if bound), frozenset(v for v, bound in sums.items() if bound))


def _shares_over(offered: str, ctx: GuardContext) -> bool:
    """A group of which only some are paid for ("five, pay for three"; "ten at the price of six"; "the third one
    free"), or a share of the price paid ("three fifths of it"), above the limit, alone or with a percentage the same
    sentence takes off too ("two bought, the third free, and 10% on top": 40% off). A percentage called the total is
    what they come to, no further discount."""
    for sentence in sentences(offered):
        # (not a deal the company's word states with both its counts: "a week (7 days) costs the price of 4 days")
        shares = [share for share, whole, paid in w.paid_shares(sentence) if not _stated_group(whole, paid, ctx)]
        shares += [share for m, share in w.nth_free(sentence) if not _nth_given(m, ctx)]
        if not shares:
            continue
        more = [value for m in _PERCENT.finditer(sentence) for value in [number(m.group(1) or m.group(2))]
                if value < 100 and not _is_total(sentence, m) and all(abs(value - s) >= 1 for s in shares)]
        if 100 * (1 - math.prod(1 - p / 100 for p in (*shares, *more))) > ctx.max_discount + 0.005:
            return True
    return False


def _stated_group(whole: float, paid: float, ctx: GuardContext) -> bool:
    """Whether a sentence of the company's word names both counts of a group deal, as its own terms."""
    return any({whole, paid} <= set(numbers(sentence)) for text in ctx.giving_texts
               for sentence in sentences(numerals(text)))


def _is_total(sentence: str, m: re.Match[str]) -> bool:
    """Whether the percentage at ``m`` is called a total: "40% in total", "soit 40 % au total", "in totaal 40%"."""
    return bool(w.IN_TOTAL.match(sentence, m.end())
                or w.IN_TOTAL_BEFORE.search(sentence[max(0, m.start() - 40):m.start()]))


def _draft_totals(text: str) -> frozenset[float]:
    """The percentages a draft calls a total."""
    return frozenset(number(m.group(1) or m.group(2)) for sentence in sentences(text)
                     for m in _PERCENT.finditer(sentence) if _is_total(sentence, m))


def _stated_deal(new: float, old: float, ctx: GuardContext) -> bool:
    """Whether a price instead of another is the company's own deal: two counts of one rate that a sentence of its word
    names together ("a week (7 days) costs the price of 4 days": 4 × €59 instead of 7 × €59), no discount."""
    return any(abs(new - m * rate) < 0.005 and abs(old - n * rate) < 0.005
               for rate in ctx.unit_rates for found in ctx.stated_counts for m in found for n in found if m < n) or (
        # or the fare a passage names beside the fraction of the price it is ("under 18s pay half (€6)": €6 of €12)
        any(new in sums and abs(new - old * (1 - _EXACT_SHARE.get(value, value) / 100)) < 0.01
            for value, homes in ctx.given_fractions.items() for _, sums in homes))


# the agent speaking for themself: what they grant is theirs ("I'll apply", "je vous applique", "ik reken", "אני נותן")
_GRANTED = re.compile(r"(?<!\w)(?:(?:I|I'll|I'm|I've|I'd|je|ik|moi)(?!\w)|j')|"
                      r"(?<![\u05d0-\u05ea])(?:אני|אתן|אחשב|אחייב|אעשה|אוריד)(?![\u05d0-\u05ea])", re.IGNORECASE)

# a percentage right after a word of taking off: "less 5%", "moins 5 %"
_PERCENT_NEXT = re.compile(r"\s?(\d[\d.,]*)\s?%")


def _own_rate(new: float, old: float, sentence: str, ctx: GuardContext) -> bool:
    """Whether a price instead of another is a rate of the company's own for those its word names, both prices
    the passages give: "the member rate of €110 instead of €145 for a weekday call-out" of "members pay the member
    rate of €110 for a weekday call-out" and "a call-out costs €145 on weekdays". The sentence names two words of
    the lower rate's clause that the higher price's clause lacks ("member", "care"), and fewer of the higher one's
    own: the weekday rate instead of the evening one for an evening call stays a discount. Stated as the company's,
    not granted by the agent ("I'll give you the member rate already"), which is a discount as any other."""
    if new not in ctx.amounts or old not in ctx.amounts or _GRANTED.search(sentence):
        return False
    own, other, named = ctx.priced.get(new, frozenset()), ctx.priced.get(old, frozenset()), stems(sentence)
    mine, theirs = len((own - other - _PRICE_TALK - _RATE_WORDS) & named), len((other - own) & named)
    return mine >= 2 and theirs < mine


def _totals(sentence: str, ctx: GuardContext) -> frozenset[float]:
    """The sums of ``sentence`` that add up two known prices it names ("€54 plus €79 comes to €133")."""
    named = [v for _, _, v in amounts(sentence)]
    known = [v for v in named if v in ctx.amounts]
    return frozenset(v for v in named if any(abs(v - (a + b)) < 0.005 for i, a in enumerate(known)
                                             for b in known[i + 1:]))


# a sum named as paid already: a deposit, a down payment ("your deposit of €210.60", "l'acompte de 50 €", "המקדמה של
# 200 ₪", "you've already paid €140.40")
_PAID_BEFORE = re.compile(r"(?i:(?<!\w)(?:deposit|down ?payment|already paid|paid already|aanbetaling|al betaald|"
                          r"voorschot|acompte|arrhes|d[ée]j[àa] (?:pay[ée]|r[ée]gl[ée]|vers[ée]))(?!\w))|מקדמה|המקדמה|"
                          r"(?:כבר )?שילמת|ששילמת")


def _paid_before(value: float, start: int, sentence: str, before: str, ctx: GuardContext) -> bool:
    """Whether a sum taken off is what the customer paid already, a deposit named just before it: the company's own
    deposit, or the share its word gives of a sum the draft states ("30% deposit: €210.60" of €702); it settles part of
    the bill, it takes nothing off the price."""
    if not _PAID_BEFORE.search(sentence[max(0, start - 40):start]):
        return False
    stated = {v for _, _, v in amounts(f"{before}\n{sentence}")} | set(ctx.amounts)
    return value in ctx.amounts or any(abs(value - base * rate / 100) < 0.0105
                                       for rate in ctx.given_rates for base in stated)


def _deducted(value: float, sentence: str, ctx: GuardContext) -> bool:
    """Whether a sum taken off is a deduction the passages make from what is paid back ("€30 per visit carried out
    comes off, so we refund €59"), or a count of it ("€40 for the two visits"): it lowers a refund, it takes nothing
    off a price."""
    return w.REFUND.search(sentence) is not None and any(abs(value - n * k) < 0.005 for k in ctx.given_amounts
                                                         for n in {1.0} | counts(sentence))


def _given_off(value: float, base: float, sentence: str, before: str, ctx: GuardContext) -> bool:
    """Whether a sum taken off a price is one the company's word itself takes off, not the agent's discount: a sum it
    names (an insurer's "€75 per adult", for the people the sentence counts, a grant's "up to €200", "the €35 of the
    test") or its share of that price ("the fund pays 20% of the price": €178 of €890). The draft says which: its
    sentence, or the one before, names that passage sentence's thing by two words of it beside taking off ("the
    partner fund ... at the till", "the grant pays 20%"); a bare "I'll take €50 off" that happens to be a deposit the
    passages deduct is the agent's own."""
    words = stems(f"{before} {sentence}") - _OFF_WORDS
    # (not off what the company's word says it is not taken off, which the sentence or the customer names: "the €35 of
    # the test off your Lens Plan" of "... but not off sunglasses or contact lenses", the customer asking for lenses)
    named = stems(" ".join([sentence, *ctx.recent_said]))
    if any(abs(value - n * k) < 0.005 and not refused & named and len(words & about) >= 2
           for k, (refused, about) in ctx.off_sums.items() for n in {1.0} | counts(sentence)):
        return True
    # (a share no more than the ceiling its sentence names in the draft's currency: 50% "up to €25" is no €35)
    signs = set(re.findall(r"[€$£₪]", sentence))
    return any(abs(value - base * share) < 0.0105 and len(words & about) >= 2
               and all(value <= cap + 0.005 for cap, sign in caps if sign in signs)
               for share, (caps, about) in ctx.off_shares.items())


# a sum named as a ceiling: "hooguit €2.000", "dans la limite de 200 €", "up to €200", "עד 900 ₪"
_CAP_BEFORE = re.compile(r"(?i:(?<!\w)(?:up to|at most|max(?:imum)?(?: of)?|no more than|hooguit|maximaal|"
                         r"maximum(?: van)?|tot|ten hoogste|jusqu'[àa]|dans la limite de|au maximum|plafonn\w* [àa]|"
                         r"maximum de)\s?"
                         r"(?:[€$£₪]\s?)?$)|(?:עד|מקסימום|לכל היותר)\s?-?(?:[€$£₪]\s?)?$")


def _fixed_off(value: float, base: float, sentence: str, before: str, ctx: GuardContext) -> bool:
    """Whether the difference between a price and the one it replaces ("€129 instead of €154") is a fixed sum the
    company's word itself takes off ("if the technician is more than an hour late, €25 comes off the call-out"), as
    ``_given_off`` reads it; not a ceiling of what someone else pays ("the fund pays 20%, up to €200"), which is no
    sum taken off as such."""
    if value not in ctx.off_sums or any(
            _CAP_BEFORE.search(numerals(text)[max(0, start - 30):start])
            for text in ctx.giving_texts for start, _, v in amounts(numerals(text)) if abs(v - value) < 0.005):
        return False
    return _given_off(value, base, sentence, before, ctx)


# the words of taking a sum off and of prices, which say nothing of what is taken off
_OFF_WORDS = frozenset(stems("take takes taken taking off trek trekken getrokken af aftrek déduis déduit déduisons "
                             "déduire retire retirer enlève price prices prijs prix מחיר מורידים נוריד מוריד "
                             "bill invoice rekening factuur facture חשבון חשבונית"))


def _figure_at(text: str, start: int) -> float | None:
    """The figure that begins at ``start``, in digits or in words ("119", "honderdnegentien")."""
    m = re.match(r"\s*(?:[€$£₪]\s?)?(\d[\d.,]*\d|\d)", text[start:])
    if m is not None:
        return number(m.group(1))
    spoken = text[start:start + 60].casefold().replace("-", " ").split()
    for size in (4, 3, 2, 1):
        value = w.NUMBER_WORDS.get(" ".join(spoken[:size]).strip(".,;!?"))
        if value is not None:
            return float(value)
    return None


_EXACT_SHARE = {33.3: 100 / 3, 66.7: 200 / 3}


def _made_up_of(value: float, sentence: str, ctx: GuardContext, counted: frozenset[float], before: str) -> bool:
    """Whether a sum is made of the company's prices as the sentence says: a share of one it names in words ("half
    back, so €145" of €290), a price with the extras it includes ("a full refund including the surcharges, so €20.50"
    of €13.50, €3 and €4), or a count of a price with a thing the sentence names ("four IMAX tickets come to €66",
    "two adult and child tickets: €46"). The extras must include one the sentence names by a word of its price."""
    for pattern, share in w.FRACTIONS:
        if pattern.search(sentence) or pattern.search(before):
            part = _EXACT_SHARE.get(share, share) / 100
            if any(abs(value - known * part) < 0.0105 or abs(value - known * (1 - part)) < 0.0105
                   for known in ctx.amounts):
                return True
    said = stems(sentence) - _UNIT_WORDS
    items = [v for v, words in ctx.priced.items() if words & said and v in ctx.amounts]
    # (or by the words that label it in a price list, the thing named, its sum not: "the Tap Rental and two kegs of
    # Pils come to €229" of "Tap Rental (...): €45" and "Pils €92")
    # (only for a priced thing with a count of another, below)
    listed = items + [v for stem in label_words(sentence) - _RATE_WORDS for v in ctx.labelled.get(stem, ())
                      if v in ctx.amounts and v not in items]
    # a priced thing with a count of another ("a Classic with two seats: €26.50" of €18.50 and €4 a seat)
    if any(abs(value - (a + n * b)) < 0.005 for a in listed for b in listed if a != b for n in counted):
        return True
    if not items:
        return False
    known = sorted(ctx.amounts)
    including = bool(w.INCLUDED.search(sentence))
    for n in ({1.0, *counted} if including else set(counted)):
        for item in items:
            rest = value / n - item
            if any(abs(rest - k) < 0.005 for k in known if k != item):
                return True
            if including and n == 1 and any(abs(rest - a - b) < 0.005 for i, a in enumerate(known)
                                            for b in known[i + 1:] if item not in (a, b)):
                return True
    return False


def _shares_in(sentence: str, before: str) -> list[float]:
    """The shares ("a third", "de helft") the sentence or the one before names, as parts of one."""
    return [_EXACT_SHARE.get(share, share) / 100 for pattern, share in w.FRACTIONS
            if pattern.search(sentence) or pattern.search(before)]


def _worked_out(value: float, sentence: str, ctx: GuardContext, before: str = "",
                worked: frozenset[float] = frozenset(), heard: frozenset[float] = frozenset()) -> bool:
    """Whether a sum the knowledge base does not give is worked out from those it does, with what the sentence
    gives: a count ("3 days at €1.50, so €4.50"), a percentage within the limit ("5% off €6.50 is €0.33"), the
    difference or total of two known prices it names ("€45 and €55, so €10 more"), a known price less or plus a fee it
    names ("your €369 fare less the €50 fee: €319") or a count of it ("two visits at €30 off €119: €59"), the total of
    the known prices it lists, the difference of two sums the customer named ("€899, now €849":
    €50) or a year of a monthly price ("€540 a year"). ``worked``: sums the draft worked out before, whose multiples
    it may give too; ``heard``: counts the customer just gave, which a price may be worked out with too ("shut for
    four days now": "€1 a day, so €4 so far"), though no gift is."""
    counted = counts(sentence) | counts(before) | heard
    # (a length of years counts no units of a price: "€600 a crown, with the same 5 years' guarantee" is not five
    # extractions at €120; a yearly rate is worked out by the year's own step)
    counted -= (counts(" ".join(m.group() for m in _YEARS.finditer(f"{before} {sentence}")))
                - counts(_YEARS.sub(" ", f"{before} {sentence}")))
    # the percentage may be said just before: "Students get 10% off. That brings the course to €224.10."
    # (or a rate the passages give: "seniors get 15% off, so €55.25", the policy quoted, not the agent's own)
    shares = [p for p in (number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(f"{before}\n{sentence}"))
              if p <= ctx.max_discount or p in ctx.given_rates]
    # (or the rate a passage gives the thing the sentence names, by two different words of it, the rate unsaid:
    # "the Slow option of the €50 album is €45" of "the Slow option costs 10% less")
    said = [forms for forms in content_words(f"{before}\n{sentence}") if not forms & (_DISCOUNT_STEMS | _UNIT_WORDS)]
    shares += [p for p, homes in ctx.given_rates.items()
               if any(len({forms for forms in said if forms & home}) >= 2 for home in homes)]
    # (the two percentages written, as the draft takes them off one after the other)
    written = [p for p in (number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(f"{before}\n{sentence}"))
               if p in shares]
    # (or the limit itself, named without its figure: "with the maximum discount that comes to €85")
    if w.MOST_ALLOWED.search(f"{before}\n{sentence}"):
        shares.append(ctx.max_discount)
    # (or a share in words within it: "a third off: 400 ₪ instead of 600 ₪")
    shares += [_EXACT_SHARE.get(value, value) for pattern, value in w.FRACTIONS
               if value <= ctx.max_discount and pattern.search(f"{before}\n{sentence}")]
    # a step rests on a known price, one the draft worked out, or a known price times a count it gives ("6 months
    # with 5% off: €564.30")
    bases = ctx.amounts | worked | ctx.counted_prices
    bases |= {n * known for n in counted for known in bases}
    # (or what the order the conversation describes comes to, a discount taken off it: "9% off venue and menus:
    # €6,890 becomes €6,269.90" of the pavilion and 60 menus the customer named)
    ordered = ctx.ordered_totals if shares else frozenset()
    # (what the whole order a line lists comes to, counts and all, is the price list added up, said or not)
    ordered |= ctx.order_sums
    bases |= ordered
    # (not the sum itself, which works out nothing: "€20" is not "€40 less €20")
    named = [v for _, _, v in amounts(sentence) if v in bases and v != value]
    pairs = [(a, b) for i, a in enumerate(named) for b in named[i + 1:]]
    # a total or a difference may rest on the prices the sentence before names, by their sums or by the things they
    # are for ("The add-on is €7 a month on top of Mini. Together you pay €36" of €29; "Maxi is €39, €10 more than
    # Mini")
    # (two prices only named by their things, no sum of either said, are no step: "the lamp for €15" is not the €50
    # lamp less the €35 shade)
    stated = [v for _, _, v in amounts(before) if v in bases]
    by_label = [v for stem in label_words(f"{before} {sentence}") - _RATE_WORDS for v in ctx.labelled.get(stem, ())]
    pairs += [(a, b) for a in stated for b in {*named, *stated, *by_label} if a != b]
    pairs += [(a, b) for a in by_label for b in {*named, *stated} if a != b]
    # (two things named, neither's sum said, add up when the draft or the line it answers names each: "the dispenser
    # and the keg come to 616" of the dispenser's 180 and the keg of the beer the customer asked for, 436; only a
    # total, never a difference, which names no price)
    asked = {v for line in ctx.recent_said for stem in label_words(line) - _RATE_WORDS
             for v in ctx.labelled.get(stem, ())}
    totals = [(a, b) for a in by_label for b in {*by_label, *asked} if a != b] if _ADDS_UP.search(sentence) else []
    # (or a thing so named with a sum the customer gave for another: "the frame is 900 ₪, with Single Vision lenses"
    # "frame and lenses come to 1,292 ₪", of the lenses' 392 ₪)
    totals += [(a, q) for a in {*by_label, *asked} for q in ctx.quoted_sums] if _ADDS_UP.search(sentence) else []
    return (_made_up_of(value, sentence, ctx, counted, before)
            or round(value, 2) in ctx.counted_prices or round(value, 2) in ordered
            # a price for the whole order the draft just said, at most the limit below it ("that order comes to
            # €2,065 ... I can do €1,777 for everything"): a discount within the limit, as "instead of" is
            # (or that the customer said it comes to, as it does by the price list: "you're at €2,370" of a panel, a
            # reader and 20 badges, and the draft's "€2,087 for the lot")
            or any(known * (100 - ctx.max_discount) / 100 - 0.005 <= value < known
                   for known in ctx.order_sums & {*worked, *named, *stated, *ctx.quoted_sums})
            # a price met partway when the line it answers sets ours against another's ("a competitor asks €1,900,
            # you're at €2,368" "€2,015 is the most the manager can do"): between the two, at most the limit below
            # ours, a discount within the limit off the price the customer holds (none of the draft's making)
            or _met_partway(value, ctx)
            # the products the sentence writes out, added up ("3 × €229 and 2 × €139, together €965"), each count one
            # the customer's lines gave (not "2 × €29 + 2 × €25.52" for a family of five: a third child left out)
            or _products_added(value, sentence, ctx.amounts | worked, frozenset(
                n for line in ctx.recent_said for n in counts(numerals(line))))
            or any(abs(value - (a + b)) < 0.005 for a, b in totals)
            # (the sentence before may name either: "€19.50 a person for the two of you, and the teen's ticket is
            # €12.50. Together €51.50")
            or any(abs(value - (a + n * b)) < 0.005 for a in {*named, *stated} for b in {*named, *stated} if a != b
                   for n in counted)
            # what one worked sum saves on another ("€66 a month now, €36.90 with the pass: €29.10 less")
            or any(abs(value - (a - b)) < 0.005 for a in worked for b in worked)
            # or on a price the sentence names ("four washes come to €76. The pass is €45, so you save €31")
            or any(abs(value - abs(a - b)) < 0.005 for a in worked for b in named)
            or any(abs(value - n * known) < 0.005 for n in counted for known in ctx.amounts | worked)
            # a price each per unit, times both counts the sentence gives ("9 pupils and two lessons: €162" of €9 a
            # pupil a lesson)
            or len(counted) > 1 and any(abs(value - n * m * known) < 0.005 for n, m in itertools.combinations(
                sorted(counted), 2) for known in ctx.unit_rates | ctx.prices | _every_rate(ctx))
            # (the same count named twice: "two lanes for two hours: €144", "twee banen van 14:00 tot 16:00: €144" of
            # €36 a lane an hour)
            or any(abs(value - n * n * known) < 0.005 for n in counted if _named_twice(n, sentence)
                   for known in ctx.unit_rates | ctx.prices)
            # a price instead of one the company's word gives or the draft worked out, less by no more than the limit:
            # a discount within it ("370 € pour les 12 au lieu de 468 €"), judged by the discount check, not a price
            or _within_limit_instead(value, sentence, bases | worked, ctx.max_discount)
            # a group's total of a price each the sentence gives, the few of them not counted ("€14 each, €42 for
            # the three of you", "20 € par personne, 40 € en tout")
            or _WHOLE_GROUP.search(sentence) is not None and any(
                abs(value - n * each) < 0.005 for _, end, each in amounts(sentence) if _EACH_PERSON.match(sentence, end)
                and (each in ctx.amounts or each in worked) for n in ctx.few)
            # to the cent, however the draft rounded it: 20% off €15.99 is €12.79 or €12.80
            or any(abs(value - known * p / 100) < 0.0105 or abs(value - known * (100 - p) / 100) < 0.0105
                   for p in shares for known in bases)
            # or a price the sentence says a rate within the limit brings a sum it names down to, rounded up in the
            # company's favour ("up to 17% below six single sessions (€960), so the best I can offer is €800"): less
            # off than the rate, so within the limit
            or any(known * (100 - p) / 100 - 0.005 <= value < known for p in shares if p <= ctx.max_discount
                   for known in _priced_bases(sentence, before, bases, value) | _quoted_orders(ctx))
            # or a rate the passages add to a sum, worked out ("the valuation plus 25%, so €500" of the €400 said)
            or any(abs(value - known * (100 + p) / 100) < 0.0105
                   for p in shares if p in ctx.given_rates for known in bases)
            # or two such steps, each taken off what the one before leaves ("€1,450 less 8% and then 6%: €1,253.96"),
            # together within the limit (10% and then 30% more is a price of the agent's own)
            or any(abs(value - known * (100 - p) / 100 * (100 - q) / 100) < 0.0105
                   for p, q in itertools.combinations(written, 2)
                   if 100 - (100 - p) * (100 - q) / 100 <= ctx.max_discount + 0.005 for known in ctx.amounts | worked)
            # a share named in words of such a step, a group's total too ("a quarter off: 6 x €20 = €120, less a
            # quarter is €90"); one above the limit is the discount check's to hold
            or any(abs(value - known * part) < 0.0105 or abs(value - known * (1 - part)) < 0.0105
                   for part in _shares_in(sentence, before) for known in bases)
            or any(abs(value - (a + b)) < 0.005 or abs(value - abs(a - b)) < 0.005 for a, b in pairs)
            # the total of every known sum the sentence lists ("€149, €35 and €20, so €204 in all"), or of some of
            # those it and the sentence before name ("the book is €32.95 and two sheets €3. With €4.95 shipping:
            # €40.90")
            or len(named) > 2 and abs(value - sum(named)) < 0.005
            or _some_add_up(value, [*dict.fromkeys([*(v for _, _, v in amounts(before) if v in bases), *named])])
            # a known price less a count of a fee the sentence names ("two visits at €30 come off: €59 of €119")
            or any(abs(value - (k - n * b)) < 0.005 for k in ctx.amounts for b in named for n in counted if n > 1)
            or any(abs(value - (k - n)) < 0.005 or abs(value - (k + n)) < 0.005 for n in named for k in ctx.amounts)
            or any(abs(value - (q - r)) < 0.005 for q in ctx.quoted_sums for r in ctx.quoted_sums)
            # how far a sum the customer named is from a threshold or price of the company's the sentence names ("your
            # basket is €57.40: add €2.60 or more, delivery is free from €60")
            or any(abs(value - abs(k - q)) < 0.005 for k in {*named, *stated} for q in ctx.quoted_sums)
            # what is left of a sum the conversation named once a sum the draft worked out comes off it ("you paid
            # €259.20; the 4 deliveries made count at €24, 4 × €24 = €96, so €163.20 comes back")
            or any(abs(value - (q - x)) < 0.005 for q in ctx.quoted_sums for x in worked if x < q)
            or bool(w.PERIODS["year"].search(sentence)) and any(abs(value - 12 * k) < 0.005 for k in ctx.amounts)
            or _contribution_off(value, sentence, before, ctx)
            or _tax_part(value, sentence, before, bases | ctx.quoted_sums | {v for _, _, v in amounts(before)})
            # (of a sum the line the draft answers names: "can I spread the €1,243.20?" "In 6 months, €207.20 each")
            or _instalment(value, sentence, f"{ctx.last_said}\n{before}", bases | worked | ctx.quoted_sums, worked)
            # a size in fractions of a unit at a price per unit, for one or a count of them ("four units of 3.5 kW
            # at 1,600 ₪ per kW: 22,400 ₪"), the size said in the draft or the conversation's last lines
            or any(abs(value - n * size * rate) < 0.0105
                   for size in _measures(f"{before}\n{sentence}") | _said_measures(ctx)
                   for n in counted | {1.0} for rate in ctx.unit_rates | _every_rate(ctx))
            # the share of a known price the company's word gives by the name the sentence gives the sum ("the
            # 1,880 ₪ deposit" of a 20% deposit), or what is left of the price once it and another sum come off
            or _named_share(value, sentence, ctx, bases | ctx.quoted_sums)
            or _left_over(value, [v for _, _, v in amounts(f"{before}\n{sentence}") if v != value
                                  and (v in bases or v in worked or v in ctx.quoted_sums)],
                          {*named, *stated, *by_label, *asked, *ctx.quoted_sums}))


# a size in a fraction of a unit: "3.5 kW", "2,5 uur", "1.5 hours", "3.5 קילוואט" (not a sum of money: "€3.50 a day")
_MEASURE = re.compile(r"(?<![\d.,€$£₪])(?<![€$£₪] )(\d{1,3}[.,]\d{1,2})(?![\d.,])\s?(?=[^\W\d_])(?!(?:euros?|shekels?|"
                      r"שקל|ש\"ח|procent|percent|pour|אחוז)(?!\w))")


def _measures(text: str) -> frozenset[float]:
    """The sizes in fractions of a unit ``text`` names ("four units of 3.5 kW"): what a price per unit is multiplied
    by as a count is, for each of as many as the count says."""
    if not _MEASURE.search(text):
        return frozenset()
    return frozenset(value for m in _MEASURE.finditer(text) if not (value := number(m.group(1))).is_integer()
                     and 0 < value <= 1000)


def _said_measures(ctx: GuardContext) -> frozenset[float]:
    """The sizes in fractions of a unit the conversation's last lines name, each alone and times a count its line
    gives ("three AirSplit units of 3.5 kW": 3.5 and 10.5), worked out once a request."""
    found: frozenset[float] | None = ctx.__dict__.get("_said_measures")
    if found is None:
        found = frozenset(n * size for line in ctx.recent_said for size in _measures(numerals(line))
                          for n in counts(numerals(line)) | {1.0})
        ctx.__dict__["_said_measures"] = found
    return found


def _every_rate(ctx: GuardContext) -> frozenset[float]:
    """Every sum the company's word names per unit, charged or given ("without Care 18 ₪ per heater per day", "plus
    €2 per heater per day, credited"): a few units of it for a few days is worked out, whether a charge or a credit;
    whether such a credit is given is the refund check's to judge. Worked out once a request."""
    found: frozenset[float] | None = ctx.__dict__.get("_every_rate")
    if found is None:
        found = frozenset(value for text in ctx.giving_texts for value in charged_per_unit(numerals(text)))
        ctx.__dict__["_every_rate"] = found
    return found


# the words around a sum or a percentage: up to three on either side, as "the 1,880 ₪ deposit", "de aanbetaling van
# €930", "l'acompte de 2 640 €", "1,580 ₪ מקדמה" name what the sum is
_AROUND = 3


# where the words around a sum stop: the end of its sentence or clause
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")


def _beside(text: str, start: int, end: int, token: str) -> tuple[list[str], list[str]]:
    """The ``_AROUND`` tokens (matches of ``token``) right before and right after a span, within its clause."""
    left = re.findall(token, _CLAUSE_END.split(text[max(0, start - 40):start])[-1])[-_AROUND:]
    right = re.findall(token, _CLAUSE_END.split(text[end:end + 40])[0])[:_AROUND]
    return left, right


def _words_around(text: str, start: int, end: int) -> frozenset[str]:
    left, right = _beside(text, start, end, r"[^\W\d_][\w'-]*")
    return frozenset(stem for stem in stems(" ".join(left + right)) if len(stem) > 3) - _NOT_A_SHARE_NAME


# what names no share a passage gives: a price, a rate, a discount or a count
_NOT_A_SHARE_NAME = frozenset(stems("price prices prijs prix מחיר quote offerte devis הצעה total totaal")) | (
    _DISCOUNT_STEMS | _RATE_WORDS | _UNIT_WORDS)


def _taken_off_beside(text: str, start: int, end: int) -> bool:
    """Whether the few words around a sum or percentage take it off: a discount ("25% off Classic", "12% הנחה",
    "מוריד לך 400 ₪"), not a share paid."""
    left, right = _beside(text, start, end, r"\S+")
    near = f"{' '.join(left)} {' '.join(right)}"
    return bool(stems(near) & _DISCOUNT_STEMS or w.TAKE_OFF.search(near) or _TAKES_OFF_HE.search(near))


# Hebrew taking off in the present or future, said to the customer: "מוריד לך", "נוריד לך", "אוריד"
_TAKES_OFF_HE = re.compile(r"(?<![\u05d0-\u05ea])(?:מוריד|מורידה|מורידים|נוריד|אוריד|הורדנו|הורדתי)"
                           r"(?= לך| לכם| מ)")


def _share_names(ctx: GuardContext) -> dict[float, frozenset[str]]:
    """Each percentage the company's word gives of a price, with the words right beside it ("signing requires a 20%
    deposit", "een aanbetaling van 20%", "מקדמה של 20%"): what a sum so named is that share of. Worked out once a
    request."""
    found: dict[float, frozenset[str]] | None = ctx.__dict__.get("_share_names")
    if found is None:
        names: dict[float, set[str]] = {}
        for text in ctx.giving_texts:
            text = numerals(text)
            for m in _PERCENT.finditer(text):
                rate = number(m.group(1) or m.group(2))
                # (not a discount: "25% off Classic", "12% הנחה על הכרטיס" name what is sold, not a share paid)
                if 0 < rate < 100 and not _taken_off_beside(text, m.start(), m.end()):
                    names.setdefault(rate, set()).update(_words_around(text, m.start(), m.end()))
        found = {rate: frozenset(words) for rate, words in names.items() if words}
        ctx.__dict__["_share_names"] = found
    return found


def _named_share(value: float, sentence: str, ctx: GuardContext, bases: frozenset[float] | set[float]) -> bool:
    """Whether a sum is the share of a known price the company's word gives by the word the sentence names it with
    ("a 20% deposit": "the 1,880 ₪ deposit" of the 9,400 ₪ heater, "de aanbetaling van €930" of €4.650): the
    passage's own rule worked out, no price of the draft's. A discount so named is still the discount check's."""
    names = _share_names(ctx)
    if not names:
        return False
    # (a sum taken off is a discount, the discount check's: "I'll take 400 ₪ off the Classic fare")
    at = [(start, end) for start, end, v in amounts(sentence) if abs(v - value) < 0.005]
    if any(_taken_off_beside(sentence, start, end) for start, end in at):
        return False
    beside = frozenset().union(*(_words_around(sentence, start, end) for start, end in at))
    return any(abs(value - known * rate / 100) < 0.0105 for rate, words in names.items() if words & beside
               for known in bases)


def _left_over(value: float, parts: list[float], wholes: set[float]) -> bool:
    """Whether a sum is what is left of a whole once two or three of the sums beside it come off ("after the €930
    deposit and the €150 survey, €3,570 is left" of €4,650)."""
    return any(_some_add_up(whole - value, [p for p in parts if abs(p - whole) >= 0.005], least=2)
               for whole in wholes if whole > value)


# a sum that is a threshold, not a price: "on bookings of €300 or more", "בהזמנה מעל 1,200 ₪", "à partir de 300 €"
_THRESHOLD_BEFORE = re.compile(r"(?i:(?<!\w)(?:above|over|from|at least|more than|upwards of|vanaf|boven|meer dan|"
                               r"minimaal|minstens|à partir de|au-delà de|plus de|dès|d'au moins|au moins)"
                               r"\s*[€$£₪]?\s*$)"
                               r"|(?<![\u05d0-\u05ea])(?:מעל|החל מ|לפחות|יותר מ)-?\s*$")
_THRESHOLD_AFTER = re.compile(r"(?i)\s*(?:[€$£₪]|euros?|shekels?|ש\"ח)?\s*"
                              r"(?:or more|or over|and (?:up|over|above)|of meer|"
                              r"en meer|ou plus|et plus|ou davantage|ומעלה|או יותר)(?![\w\u05d0-\u05ea])")


def _quoted_orders(ctx: GuardContext) -> frozenset[float]:
    """The sums the conversation named that are a few of one of the company's prices, or two of them together ("four
    of us, that's 1,264 ₪" of 316 ₪ each, "both courses, €1,135" of €845 and €290), not a price already brought down
    (the agent's "1,957.50 with 13% off" is no base to lower). Worked out once a request."""
    found: frozenset[float] | None = ctx.__dict__.get("_quoted_orders")
    if found is None:
        prices = sorted(ctx.prices)
        made = {round(n * p, 2) for p in prices for n in range(1, 13)}
        made |= {round(a + b, 2) for a in prices for b in prices}
        found = frozenset(q for q in ctx.quoted_sums if round(q, 2) in made)
        ctx.__dict__["_quoted_orders"] = found
    return found


def _priced_bases(sentence: str, before: str, bases: frozenset[float] | set[float], value: float) -> set[float]:
    """The known sums a sentence and the one before it name, other than ``value`` and the thresholds among them."""
    return {v for text in (sentence, before) for start, end, v in amounts(text)
            if v in bases and v != value and not _THRESHOLD_BEFORE.search(text[max(0, start - 25):start])
            and not _THRESHOLD_AFTER.match(text, end)}


# a length in years: "5 jaar garantie", "a 3-year guarantee", "garantie de 5 ans", "אחריות ל-5 שנים"
_YEARS = re.compile(r"(?i:(?:\d+|[^\W\d_]+)(?:\s|-)?(?:years?|jaar|jaren|ans|années)(?!\w))"
                    r"|(?:\d+|\S+) שנ(?:ים|ות)(?![\u05d0-\u05ea])")


# a count of instalments: "in 12 maandtermijnen", "10 mensualités", "in 6 monthly instalments", "ב-10 תשלומים"
def _instalment_words(singular: str) -> str:
    """The words for a price's parts after their count ("12 maandtermijnen", "trois mensualités"); ``singular`` is
    "s?" where the count is in digits and may be one, "s" where it is a word."""
    return (r"(?:(?:equal|monthly|gelijke|maandelijkse|égales|mensuelles) )?"
            rf"(?:(?:monthly )?(?:instalment{singular}|installment{singular}|payment{singular})|(?:maand)?termijnen|"
            r"maandbedragen|betalingen|mensualités|échéances|versements|paiements|prélèvements|"
            r"תשלומים(?: חודשיים)?)(?!\w)")


_INSTALMENTS = re.compile(rf"(?<![\d.,])(\d{{1,2}}) ?{_instalment_words('s?')}", re.IGNORECASE)
# and a count in words: "en trois mensualités", "in drie termijnen", "בשלושה תשלומים"
_INSTALMENTS_IN_WORDS = re.compile(rf"(?<![^\W\d_])([^\W\d_]+) {_instalment_words('s')}", re.IGNORECASE)


# a count of months a sum is spread over: "in 12 maanden", "over 24 months", "en 24 mois", "sur 12 mois", "ב-12 חודשים"
_OVER_MONTHS = re.compile(r"(?i:(?<!\w)(?:in|over|en|sur|op)\s(\d{1,2})\s(?:months|maanden|mois)(?!\w))|"
                          r"(?<![\u05d0-\u05ea])ב-?(\d{1,2}) חודשים(?![\u05d0-\u05ea])")


def _met_partway(value: float, ctx: GuardContext) -> bool:
    """Whether a sum lies between the two the line the draft answers sets against each other (another firm's lower
    price and the company's own), at most the limit below the higher."""
    found = sorted({v for _, _, v in amounts(numerals(ctx.last_said))})
    if len(found) != 2:
        return False
    low, high = found
    return low < value < high and value >= high * (100 - ctx.max_discount) / 100 - 0.005


def _instalment(value: float, sentence: str, before: str, bases: frozenset[float] | set[float],
                worked: frozenset[float] | set[float] = frozenset()) -> bool:
    """Whether a sum is one of the instalments a sum the sentence (or the one before) names and the draft knows, or
    one the draft worked out, is split into ("the remaining €1,512 in 12 monthly instalments of €126", "2 380 € en 10
    mensualités de 238 €", "... €3.570 over. Dat betaalt u in 12 maanden van €297,50"): the same money, paid in parts,
    no price of its own. The instalments of a sum the draft made up ("10 x €190, €1,900 in all") rest on nothing known
    and stay unknown."""
    named = {v for _, _, v in amounts(f"{before}\n{sentence}") if v in bases and v != value} | set(worked)
    split = [number(m.group(1)) for m in _INSTALMENTS.finditer(sentence)]
    # (the count in words: "en trois mensualités", "עד שלושה תשלומים", "in drie termijnen"; a Hebrew count may carry
    # "in" on it: "בשלושה תשלומים")
    split += [n for m in _INSTALMENTS_IN_WORDS.finditer(sentence)
              if (n := w.NUMBER_WORDS.get(m.group(1).casefold(), w.NUMBER_WORDS.get(
                  m.group(1)[1:] if m.group(1)[:1] in "בו" else ""))) is not None]
    split += [number(m.group(1) or m.group(2)) for m in _OVER_MONTHS.finditer(sentence)]
    # (a count of equal parts said as times: "dus twee keer €647,50", "twice €150", "deux fois 735 €", "פעמיים")
    split += [2.0 for _ in _TWICE.finditer(sentence)]
    split += [n for m in _TIMES_IN_WORDS.finditer(sentence)
              if (n := w.NUMBER_WORDS.get(m.group(1).casefold())) is not None]
    return any(abs(value * n - whole) < 0.01 * n + 0.005 for n in split if n > 1 for whole in named)


_TWICE = re.compile(r"(?i:(?<!\w)(?:twice|tweemaal)(?!\w))|(?<![\u05d0-\u05ea])פעמיים(?![\u05d0-\u05ea])")
_TIMES_IN_WORDS = re.compile(r"(?i)(?<![^\W\d_])([^\W\d_]+) (?:keer|times|fois)(?!\w)")


_CLOCK_SPAN = re.compile(r"(?<![\d:])([01]?\d|2[0-3])[:.h]([0-5]\d)\s?(?:-|–|to|until|till|tot|à|a|jusqu'à|עד)\s?"
                         r"([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\d:])", re.IGNORECASE)


def _named_twice(n: float, sentence: str) -> bool:
    """Whether a sentence names the count ``n`` twice: as two number words or figures, or as one and a span of whole
    hours between two clock times ("two lanes from 14:00 to 16:00")."""
    named = [v for word in re.findall(r"[^\W_]+(?:-[^\W\d_]+)*", numerals(sentence)) for v in counts(word) if v == n]
    spans = [m for m in _CLOCK_SPAN.finditer(sentence) if m.group(2) == m.group(4)
             and int(m.group(3)) - int(m.group(1)) == n]
    return len(named) + len(spans) >= 2


# a count times the sum right after it: "3 × €229", "2 x 45 €"
_TIMES_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s?[×x*]\s?$")


def _products_added(value: float, sentence: str, known: frozenset[float] | set[float],
                    said: frozenset[float]) -> bool:
    """Whether a sum is what the known sums before it in the sentence come to, each times the count written right
    before it ("3 × €229 en 2 × €139, samen €965"): at least two of them, one at least counted, every count one of
    ``said``."""
    terms: list[float] = []
    counted = False
    for start, _, amount in amounts(sentence):
        if abs(amount - value) < 0.005:
            return len(terms) >= 2 and counted and abs(sum(terms) - value) < 0.005
        times = _TIMES_BEFORE.search(sentence, max(0, start - 8), start)
        if amount not in known:
            return False
        if times is not None and float(times.group(1)) not in said:
            return False
        counted = counted or times is not None
        terms.append(amount * (int(times.group(1)) if times else 1))
    return False


def _within_limit_instead(value: float, sentence: str, bases: frozenset[float] | set[float], limit: float) -> bool:
    """Whether a sum is said instead of a known one right after it ("X instead of Y"), at most ``limit`` percent
    below it."""
    found = amounts(sentence)
    for (_, end, new), (start, _, old) in itertools.pairwise(found):
        if (abs(new - value) < 0.005 and w.INSTEAD.search(sentence[end:start]) and len(sentence[end:start]) < 60
                and any(abs(old - b) < 0.005 for b in bases) and 0 < old - new <= old * (limit + 0.005) / 100):
            return True
    return False


# the tax a sentence splits a price into, by its name: "€580.17 excluding VAT plus €121.83 VAT (21%)", "643,50 € HT et
# 128,70 € de TVA à 20 %", "2,974.58 ₪ לפני מע"מ ועוד 535.42 ₪ מע"מ (18%)"
_TAX = re.compile(r"(?i:(?<!\w)(?:vat|gst|sales tax|tax|btw|tva|taxes?|ht|hors taxes?|excl\.?|exclusi\w+|"
                  r"net(?:to)?|before tax)(?!\w))|מע\"מ|מע״מ|מעמ|לפני מס")


def _tax_part(value: float, sentence: str, before: str, bases: frozenset[float] | set[float]) -> bool:
    """Whether a sum is the part before tax or the tax itself of a price the draft, the customer or the company's word
    gives, at a tax rate the sentence or the one before names ("In de €4.650 zit 21% btw. Zonder btw is het
    €3.842,98"), the sentence naming the tax: a price split for an invoice sets no price of its own."""
    if not _TAX.search(sentence):
        return False
    rates = {p for p in (number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(f"{before}\n{sentence}"))
             if 0 < p <= 30}
    for rate in rates:
        for gross in bases:
            net = gross / (1 + rate / 100)
            if gross > value and (abs(value - net) < 0.0105 or abs(value - (gross - net)) < 0.0105):
                return True
    return False


# a sum someone else pays towards a price (an employer, a council, a fund): "contribution", "bijdrage", "betaalt mee",
# "participation", "participe", "השתתפות", "משתתף"; no discount the company gives, when its word says it comes off
_CONTRIBUTION = re.compile(r"(?i)(?<!\w)(?:contribut\w*|pays? towards|paying towards|subsid\w*|bijdrage\w*|"
                           r"betaalt? mee|meebetaal\w*|tegemoetkoming\w*|participation\w*|particip\w+|"
                           r"prise en charge|subvention\w*)(?!\w)|השתתפות|משתתפ|משתתף|סבסוד|מסבסד")


def _contribution_off(value: float, sentence: str, before: str, ctx: GuardContext) -> bool:
    """Whether a sum is a known price less a sum the customer said someone else pays towards it ("my employer pays
    €150": "of the €495, €345 is left for you"), the draft naming that contribution and the company's word saying
    it takes such a contribution off the invoice."""
    if not _CONTRIBUTION.search(f"{before}\n{sentence}"):
        return False
    prices = [v for _, _, v in amounts(f"{before}\n{sentence}") if v in ctx.amounts]
    return (any(abs(value - (k - q)) < 0.005 for k in prices for q in ctx.quoted_sums if 0 < q < k)
            and any(_CONTRIBUTION.search(text) for text in ctx.giving_texts))


def _some_add_up(value: float, sums: list[float], least: int = 3) -> bool:
    """Whether ``least`` or more of ``sums`` (a sentence's and the one before's, a few) add up to ``value``."""
    return len(sums) <= 8 and any(abs(value - sum(group)) < 0.005 for size in range(least, len(sums) + 1)
                                  for group in itertools.combinations(sums, size))


_IF_WISHED = re.compile(r"(?i:\s(?:if|when(?:ever)?|should) you(?:'d| would)? (?:like|want|wish|prefer|fancy)|"
                        r"\s(?:als|wanneer|indien) (?:je|u|jij) (?:dat |het )?(?:wil|wilt|zou willen|wenst|liever)|"
                        r"\s(?:si|quand) (?:vous|tu) (?:le |l')?(?:souhait|voul|veu|d[ée]sir|pr[ée]f[èé]r)|"
                        r"\sאם (?:את |אתה |אתם )?(?:תרצה|תרצי|תרצו|רוצה|רוצים|בא לך|מתאים לך)).*$", re.DOTALL)


_WISH_FIRST = re.compile(r"^\W*(?:(?i:and|en|et|so|dus|alors)\s+)?(?i:(?:if|when(?:ever)?|should) you(?:'d| would)? "
                         r"(?:like|want|wish|prefer|fancy)|(?:als|wanneer|indien) (?:je|u|jij) (?:dat |het )?"
                         r"(?:wil|wilt|zou willen|wenst)|(?:wil|wilt) (?:je|u|jij)|(?:si|quand) (?:vous|tu) (?:le |l')?"
                         r"(?:souhait|voul|"
                         r"veu|d[ée]sir|pr[ée]f[èé]r)\w*|ו?אם (?:את |אתה |אתם )?(?:תרצה|תרצי|תרצו|רוצה|רוצים|בא לך))"
                         r"[^,]{0,40},\s*(?i:dan\s+|then\s+)?")


def _ungiven_both(pattern: Words, text: str) -> str:
    """``text`` without its giving words of either kind, free and refund, as a passage sentence is read."""
    return ungiven(w.FREE, ungiven(w.REFUND, ungiven(pattern, text)))


def _unbacked(numeric: str, pattern: Words, backing: list[Giving], full_matters: bool,
              not_a_promise: Words | None = None, quoted: frozenset[float] = frozenset(),
              known: frozenset[float] = frozenset(), priced: Mapping[float, frozenset[str]] | None = None,
              refusals: tuple[frozenset[str], ...] = (), asked: str = "", worked: frozenset[float] = frozenset(),
              heard: frozenset[float] = frozenset(), terms: frozenset[float] = frozenset(),
              labelled: Mapping[str, frozenset[float]] | None = None, whole_prices: bool = False,
              below: frozenset[float] = frozenset()) -> bool:
    """Whether a clause gives (or refunds) something that no passage sentence about the same thing backs. A sum of
    money the clause gives is backed by a passage sentence that gives that sum, in whatever words the draft says what
    it is for ("the delay was our fault, so you get €400" / "3 hours late through our fault: €400 from 1,500 km").
    A figure of another part of the sentence that the conversation or the passages name is no part of the gift
    ("joining is free, and members get 10% off"). ``priced``: the words beside each sum the passages name, so a
    charge refunded by name ("we refund the delivery charge") may be given its price ("the €4.95 delivery charge").
    ``refusals``: what the passages say is not given; a clause all of whose words one of them names, one of them
    beyond what backs it, is about that ("Roadside assistance abroad is free" when "roadside assistance in the
    Netherlands" is and "Roadside assistance abroad is not"). ``terms``: the times the passages give refunds or gifts
    in ("Refunds within 10 working days"), which a clause may name whatever passage sentence backs it. ``below``: the
    figures the passages set a thing under ("children under 12"), which a figure below one meets ("your child of 8")."""
    priced = priced or {}
    labelled = labelled or {}
    # the line answered names what the draft gives it for: "I have Basic" + "I'll add breakdown cover for free"
    beside = content_words(asked) if refusals and asked else []
    said_all = sentences(numeric)
    for n_sentence, sentence in enumerate(said_all):
        # a count said just before multiplies the passage's rate: "Three items were missing. That's €9 credit."
        before = counts(said_all[n_sentence - 1]) if n_sentence else frozenset()
        # the whole of what a passage gives under a condition is given when the draft names it, in this sentence or
        # one before ("You can cancel up to 48 hours before. You choose: all of it as credit, ...")
        so_far = " ".join(said_all[:n_sentence + 1])
        stated = numbers(so_far) | ({1.0} if _ONE_UNIT.search(so_far) else set())
        # or an alternative of the condition without a figure, in the draft's words: "your coach was cancelled"
        met = condition_stems(so_far)
        # a list after the giving word ("Free with your plan: coffee, Wi-Fi, 50 prints a month and a guest"): each
        # item is a gift of its own, backed or not by a passage sentence (or listed item) about it; what the heading
        # names (the plan) is kept beside it, so a passage refusing the item for that plan still refuses it
        heading = _list_heading(sentence, pattern)
        if heading is not None:
            start, end, items = heading
            if any(_unbacked(f"{sentence[start:end]}: {item}", pattern, backing, full_matters, not_a_promise, quoted,
                             known, priced, refusals, f"{asked} {sentence[:start]}", worked, heard, terms,
                             below=below)
                   for item in items):
                return True
            continue
        # (a refusal the sentence itself charges for is what it sets the gift apart from: "the first round is free;
        # each extra round costs €7.50" keeps to "Not free: every extra round")
        charged_here = [content_words(other) for other in clauses(sentence) if _costs_apart(other)]
        unpaid = tuple(refused for refused in refusals if not any(
            sum(bool(forms & refused) for forms in words) >= 2 for words in charged_here)) if charged_here else refusals
        for clause in clauses(sentence):
            if pattern.search(clause) is None or taken_back(sentence, clause) or (
                    w.THEIR_INSURER.search(clause) and not w.WE_WILL.search(clause)):
                continue
            # each giving word the clause does not refuse, wish for or only report as asked for: "I'll throw in a
            # bench and a care plan at no charge" gives the bench and, at its own giving words, the plan
            giving = [m for m in pattern.finditer(clause) if not refused(clause, m.span())
                      and not w.WISHFUL.search(clause, 0, m.start()) and not _to_check(clause, m)
                      and not (not_a_promise and _only_asked(clause, m, not_a_promise))]
            for m in giving:
                # What is given is named in its clause ("..., the shipping is free") or in the sentence ("If the outage
                # lasts a day, we credit a day"), less what it says is not given ("A refund is not possible, but ...").
                # (not another clause that gives something of its own, judged by itself: "you get €4 credit per extra
                # day, and we'll cover the lost wages")
                kept = w.ENTITLED.sub(" ", " ".join(other for other in clauses(sentence) if other == clause
                                                    or not negated(other) and not w.PLEASANTRY.fullmatch(other)
                                                    and not _gives_apart(other, clause, pattern)
                                                    and not _costs_apart(other)
                                                    and not (pattern is w.FREE and (_discount_apart(other)
                                                                                    or _paid_for_first(other, clause,
                                                                                                    sentence)))))
                # (less what the clause's other giving words give apart from this one, each judged at its own)
                for other in giving:
                    apart = giving_part(clause, other.span()) if other is not m else ""
                    if apart and m.group() not in apart:
                        kept = kept.replace(apart, " ")
                part = _attributive(clause, m) or giving_part(clause, m.span())
                part = w.ENTITLED.sub(" ", w.PAID_INTO.sub("", part))
                # a wish that closes the offer is no part of what is given: "a free consult if you'd like a fresh look
                # at her diet", "als je dat wilt", "si vous le souhaitez", "אם תרצי"
                # (and one that opens it, up to its comma: "als je wilt, kijkt een vormgever gratis mee", "wil je, dan
                # ...")
                part = _IF_WISHED.sub("", _WISH_FIRST.sub("", part))
                # (after a wish as the sentence's opening clause Dutch puts the verb before its subject)
                opened = bool(_WISH_FIRST.fullmatch(sentence[:max(0, sentence.find(clause))]))
                # (or its sum is the whole price of a thing named, a reading that a passage sentence about that thing
                # backs: "you get the €85 back" of the workshop cancelled)
                # (how whole the refund is, not the condition after it: "the deposits are refunded when everything's
                # back within seven days" refunds the deposits, not everything)
                condition = _CONDITION_AFTER.search(clause, m.end())
                gift = clause[:condition.start()] if condition else clause
                priced_as = (_whole_price(clause, sentence, asked, labelled)
                             if whole_prices and full_matters and not w.FULL.search(gift) else frozenset())
                full = full_matters and (bool(w.FULL.search(gift)) or bool(priced_as))
                # how whole a refund is, is judged as such below: "het hele bedrag" names what "het volledige" does
                # (nor does how many people it is for: "all four of you play again for free")
                people = _COUNTS if _PEOPLE.search(part) else frozenset()
                named = [f for f in content_words(ungiven(pattern, part))
                         if not (full and _whole(f)) and not f & people]
                # the words of when the passages pay ("within 10 working days") say nothing of what a refusal refuses,
                # when the clause says what it gives in a few words of its own ("the two days you did not use")
                untimed = [f for f in content_words(ungiven(pattern, _termless(part, terms)))
                           if not (full and _whole(f))]
                timed = set(named) - set(untimed) if len(untimed) >= 3 else set()
                # (less the other kind's giving words too, as a passage's are: "cancelling is free, so the full €80
                # comes back" is about "cancelling is free ... and you get the full amount back")
                said = [f for f in content_words(_ungiven_both(pattern, kept)) if not (full and _whole(f))]
                # or read with the reason it gives, "not" and all, and without when: "since the box has not been
                # delivered yet, we refund everything within 10 days" is about what a passage gives "if the box has not
                # been delivered"
                reasons = [other for other in clauses(sentence) if other != clause and negated(other)
                           and w.BECAUSE.search(other)]
                readings = [said, [*(f for f in content_words(_ungiven_both(pattern, _termless(kept, terms)))
                                     if not (full and _whole(f))),
                                   *(f for other in reasons for f in content_words(other))]] if reasons else [said]
                # a giving clause that names nothing but a charge (", free of charge", ", sans frais", ", בלי תשלום")
                # gives what the clause before it ends with
                lent = ""
                if all(forms & _CHARGE_FORMS for forms in named):
                    lent = _before(sentence, clause)
                    named = content_words(ungiven(pattern, lent))
                # one that gives back "the rest" gives what the sentence's charge is taken from: "cancelling now costs
                # €20; the rest is refunded", "l'annulation coûte 20 € ; le reste vous est remboursé"
                if named and all(forms & _REST_FORMS for forms in named):
                    named = [forms for other in clauses(sentence) if other != clause and _costs_apart(other)
                             for forms in content_words(ungiven(pattern, other)) if not forms & _CHARGE_FORMS] or named
                # what a pronoun stands for, named in the sentence before: "... ne sont pas repris. Vous pouvez les
                # rapporter gratuitement"; so does a clause that names little more than a sum ("You can cancel up to 48
                # hours before. You choose: all €120 as credit")
                # (not when the clause itself names a thing the passages say is not given: "the €20 admin fee")
                # (or one that names only how much of it comes back: "I cancel it. You get the full amount back")
                # (the pronoun may be in the clause that lends what is given: "we'll send it by courier, also free")
                referred = content_words(said_all[n_sentence - 1]) if n_sentence and (
                    w.PRONOUN.search(part) or w.PRONOUN.search(lent)
                    or len(named) <= 2 and (bool(amounts(part)) or full)) and not _refused_whole(
                    named, refusals) else []
                # a clause that names nothing but a sum or how whole it is gives back the booking the line it answers
                # cancels ("I'd like to cancel Friday's booking." "It's more than 24 hours ahead: the full €96 comes
                # back"), no other thing that line names
                # a sentence that only says it costs nothing ("That won't cost anything.", "לא יעלה כלום.") gives
                # what the next one names: "You can move it free until 5 working days before ..."
                if not named and not amounts(sentence) and n_sentence + 1 < len(said_all) and (
                        len(content_words(sentence)) <= 2):
                    referred = [*referred, *content_words(said_all[n_sentence + 1])]
                    stated = stated | numbers(said_all[n_sentence + 1])
                if not named and full_matters and full and _CANCELLED.search(asked):
                    referred = [*referred, *content_words(asked)]
                # (money given back "for them" stands for what the clause before names: "we send three new bottles,
                # or we refund the money for them", "ou nous vous remboursons l'argent pour elles", "או שנחזיר את הכסף
                # עליהם")
                if full_matters and _FOR_THEM.search(part) and _PAID_BACK.search(part):
                    referred = [*referred, *content_words(_before(sentence, clause))]
                # a percentage is judged as a discount; what a "free" gives is counted in months or items, not in it
                own = numbers(part if full_matters else _PERCENT.sub(" ", part))
                figures = {n for n in numbers(_termless(kept, terms)) if n in own or n not in known}
                sums = {value for _, _, value in amounts(kept)}
                # so may be a known price of another part: "delivery is free from €35; below that it's €3.95"
                aside = {value for value in sums if value not in own and value in known}
                repeated = sums & quoted  # the customer's own figure ("your €84.20 credit"), not one the model made up
                # the price a discount of the sentence leaves is the discount's, judged as one: "10% off, which brings
                # it to €314.10, and the e-book is included free"
                # (and a plan's known price beside a free thing, "Basic at €24.99", is no part of the gift)
                off = _discounted(kept, known) | (set() if full_matters else _prices(kept, known))
                figures, sums = figures - repeated - off, sums - repeated - off
                # the days the customer counted multiply a rate when the clause itself gives what they come to ("€3 a
                # day, €15 so far"), not when it gives something else beside that working ("..., and we pay your €140
                # taxi")
                here = heard if any(abs(v - n * k) < 0.005 for v in own for n in heard for k in known) else frozenset()
                counted = {n for n in figures if n.is_integer() and 1 < n <= 400} | before | counts(kept) | here
                ages = _ages(kept) if below else frozenset()
                # (how often a free thing is had is no period of the gift: "elke maand gratis je pony laten bijknippen";
                # money paid back every month is: "€10 cashback every month")
                # "we refund what you paid this year", not "...; we call the day before"; where the money goes may say
                # how often ("€10 cashback onto your card every month")
                bound = periods(giving_part(clause, m.span()) if full_matters else _EVERY.sub(" ", part))
                gives = giving_words(pattern, clause) if not said else frozenset()
                what = _forms(named)
                # a charge waived, named beside the words that give it: "the €10 activation fee is on us"
                fee = not full_matters and bool(w.CHARGE.search(ungiven(pattern, part)))
                # a charge named in the sentence is given back at its price: "you get it all back, the €20 fee too"
                charged = {v: priced[v] for v in sums if v in priced and priced[v] & (what | _forms(said))}
                # a charge taken twice is given back at the price that was taken: "the double charge of €59 is refunded
                # within 5 days" of "double charges are refunded within 5 working days", the €59 one of the price list's
                # (named in another clause of the sentence: "a double charge is refunded within 5 days, so the second
                # €39 will be back by then")
                double = _DOUBLE_CHARGE.search(clause) or _DOUBLE_CHARGE.search(sentence)
                if double is not None:
                    charged.update({v: frozenset(stems(double.group())) for v in sums if v in priced})
                around = [*said, *beside]
                # (or the price list's sum said of the thing it is given back for: "the €79 of the colour")
                whole = frozenset(v for v in sums if v in priced) if full else frozenset(
                    v for _, end, v in amounts(part) if full_matters and v in priced and w.SUM_OF.match(part[end:]))
                if whole and not full:  # the thing the price list sells at that sum is the passage's "that treatment"
                    sold = frozenset().union(*(priced[v] for v in whole))
                    named = [f for f in named if not f & sold]
                    readings = [[f for f in reading if not f & sold] for reading in readings]
                # "the credit you're entitled to" names no sum of its own: the sum of the passage about it is meant
                entitled = not sums and bool(w.ENTITLED.search(clause))
                if not any((any(_backed_by(g, names, reading, _met(figures, g, below, ages), sums, repeated, quoted,
                                           counted, charged, whole, aside, worked, entitled, opened)
                                for reading in readings)
                            or bool(gives & g.gives) and _within(_met(figures, g, below, ages), g.figures, counted))
                           and (not full or g.full and (not g.conditions or bool(g.conditions & stated)
                                                        or bool(g.routes & (met - what))))
                           and bound <= g.periods
                           and (not g.bounds or bool(g.bounds & numbers(sentence)))
                           and (not priced_as or bool(priced_as & g.words))
                           and not _denied([f for f in names if f not in timed], g, unpaid, around)
                           # a charge waived is backed by a passage about that charge, whatever the sentence before
                           # names: "Premium is the plan for you. The €10 activation fee is on us" is not backed by
                           # "Premium members may move their tag free of charge"
                           and (not fee or all(forms & g.words for forms in named))
                           for names in _readings(named, referred) for g in backing):
                    return True
    return False


# a condition after what is given: "... when everything's back", "zodra alles terug is", "dès que tout est rendu",
# "כשהכול חוזר"
_CONDITION_AFTER = re.compile(r"(?i:\s(?:when|whenever|once|if|as soon as|provided|als|wanneer|zodra|indien|mits|si|"
                              r"quand|lorsque|dès que|une fois que|pourvu que)(?!\w))|\s(?:אם|ברגע ש|כש)")


def _met(figures: set[float], g: Giving, below: frozenset[float], ages: frozenset[float]) -> set[float]:
    """``figures`` less the ages and headcounts (``ages``) below a bound of ``g``'s ("under 12"): a child of 8 meets it,
    no figure of its own (not "three months" of "children under 4 go free")."""
    bounds = g.figures & below
    return {n for n in figures if not (n in ages and any(0 < n < bound for bound in bounds))} if bounds else figures


# an age or a headcount: "kind van 8", "a child of 8", "8 years old", "enfant de 8 ans", "בן 8", "8 personen"
_AGE_OR_HEAD = re.compile(
    r"(?i:(?<!\w)(?:kind|kinderen|child|children|kid|kids|enfant|enfants|zoon|dochter|son|daughter|fils|fille|aged?|"
    r"[âa]g[ée]e?s?)\s(?:van\s|of\s|de\s)?(\d+)(?!\d)|(?<![\d.,])(\d+)(?:\s|-)?(?:jaar|jarige?n?|years?|year-olds?|ans|"
    r"personen|mensen|people|persons|guests|gasten|personnes|invit[ée]s)(?!\w))|"
    r"(?<![\u05d0-\u05ea])(?:בן|בת|בני|בנות|גיל|לגיל)\s?-?(\d+)|(?<![\d.,])(\d+) (?:אנשים|איש|שנים)")


def _ages(text: str) -> frozenset[float]:
    return frozenset(float(next(g for g in m.groups() if g)) for m in _AGE_OR_HEAD.finditer(text))


def _priced_sum(text: str, ctx: GuardContext) -> bool:
    """Whether ``text`` names a sum that a label of the passages prices: only then may a second reading as a thing's
    whole price (``_whole_price``) differ from the first."""
    priced = {value for values in ctx.labelled.values() for value in values}
    return any(value in priced for _, _, value in amounts(text))


def _whole_price(clause: str, sentence: str, asked: str, labelled: Mapping[str, frozenset[float]]) -> frozenset[str]:
    """The words naming the thing whose whole price the passages ask each sum a refund clause gives back is, when the
    sentence or the line it answers names it ("you cancelled the workshop" + "you get the €85 back" of "Workshop
    €85"): that is the full amount, said by its figure, judged as a refund of the whole of that thing, by a passage
    sentence about it (not any full refund: a product bought in a shop is not one bought online). Empty when not."""
    sums = [value for _, _, value in amounts(clause)]
    named = {stem for stem in label_words(f"{sentence} {asked}") - _PRICE_TALK - _RATE_WORDS - _PER - _COUNTS
             if len(stem) > 2}
    found = [{stem for stem in named if value in labelled.get(stem, ())} for value in sums]
    return frozenset().union(*found) if found and all(found) else frozenset()


# one unit of time said without a figure, which a condition of "more than 1 day" names: "more than a day late", "plus
# d'un jour de retard", "meer dan een dag", "יותר מיום"
_ONE_UNIT = re.compile(r"(?<!\w)(?i:an?|one|een|één|un|une|d'un|d'une)\s+(?i:hours?|days?|weeks?|months?|years?|uur|"
                       r"dag|week|maand|jaar|heure|jour|semaine|mois|an|année)(?!\w)|(?<![\u05d0-\u05ea])מ?(?:יום|שבוע|חודש|"
                       r"שעה|שנה)(?![\u05d0-\u05ea])")


_DOUBLE_CHARGE = re.compile(
    r"(?<!\w)(?:double (?:charges?|payments?|debits?|billing)|duplicate (?:charges?|payments?)|charged twice|"
    r"dubbele (?:afschrijvingen|afschrijving|incasso's|incasso|betalingen|betaling|boekingen|boeking)|"
    r"dubbel (?:afgeschreven|ge[iï]ncasseerd|betaald)|"
    r"doubles? (?:pr[ée]l[èe]vements?|d[ée]bits?|paiements?|facturations?)|"
    r"(?:pr[ée]lev[ée]|d[ée]bit[ée])e?s? deux fois)"
    r"(?!\w)|(?<![\u05d0-\u05ea])(?:ה?חיוב(?:ים)? ה?כפול(?:ים)?|חויבת פעמיים)(?![\u05d0-\u05ea])", re.IGNORECASE)


_STOP_WORDS = frozenset("bij voor van met aan op in to for with at on of by from pour avec de du".split())
# "free" said of the thing it stands with, the thing named: "I'll show you where the free clip is", "waar je de gratis
# clip vindt", "où trouver le clip gratuit"
_FREE_BEFORE = re.compile(r"(?<!\w)(?i:the|a|an|your|our|this|de|een|jouw|uw|onze|deze)\s+(?:free|gratis)"
                          r"\s+([^\W\d_][\w-]{2,}(?:\s[^\W\d_][\w-]{2,})?)")
_FREE_AFTER = re.compile(r"(?<!\w)(?i:le|la|les|un|une|votre|vos|ton|ta|tes|ce|cette|ces)\s+([^\W\d_][\w-]*)\s+"
                         r"(?i:gratuit|gratuite|gratuits|gratuites|offert|offerte|offerts|offertes)(?!\w)")


def _attributive(clause: str, m: re.Match[str]) -> str:
    """The thing a "free" at ``m`` stands with as its adjective, with the adjective ("the free clip"), or ""."""
    for pattern in (_FREE_BEFORE, _FREE_AFTER):
        for found in pattern.finditer(clause):
            if found.start() <= m.start() < found.end() and found.group(1).split()[0].casefold() not in _STOP_WORDS:
                return found.group()
    return ""


def _gives_apart(other: str, clause: str, pattern: Words) -> bool:
    """Whether ``other`` gives a sum of its own beside ``clause``, which gives something else and names no sum, or
    is an alternative with giving words of its own (``_OR_ELSE``)."""
    return bool(pattern.search(other)) and bool(amounts(other)) and not amounts(clause) and not w.PRONOUN.search(
        clause) or bool(_OR_ELSE.match(other)) and bool(w.FREE.search(other) or w.REFUND.search(other))


# an alternative the customer may take instead, given by its own words and judged by itself: "..., or you rebook free
# of charge", "..., of u stapt gratis over", "..., ou vous changez de date sans frais"
_OR_ELSE = re.compile(r"\s*(?i:or|of|ou|או)\s", re.IGNORECASE)


_EVERY = re.compile(r"(?<!\w)(?i:every|each|elke|iedere?|chaque|tous les|toutes les)\s+(?:\S+\s+)?"
                    r"(?i:days?|weeks?|months?|years?|dag|week|maand|jaar|jour|semaine|mois|an|année|jours|semaines|"
                    r"ans|années)(?!\w)|(?<![\u05d0-\u05ea])ב?כל\s+(?:יום|שבוע|חודש|שנה)(?![\u05d0-\u05ea])")


# the words of a small count, which say how many, not what: "four", "vier", "quatre", "ארבעה"
_COUNTS = frozenset(form for word, value in w.NUMBER_WORDS.items() if " " not in word and 1 < value <= 12
                    for form in (word, word[:5]))


# what says two things come to a sum together: "come to", "samen", "ensemble", "reviennent à", "יוצאים", "ביחד"
_ADDS_UP = re.compile(r"(?i:(?<!\w)(?:comes? to|came to|add up to|adds up to|together|in total|in all|altogether|samen|"
                      r"komen (?:\S+ )?op|komt (?:\S+ )?op|in totaal|ensemble|au total|en tout|reviennent [àa]|"
                      r"revient [àa]|font)(?!\w))|(?<![\u05d0-\u05ea])(?:יוצאים|יוצא|יוצאות|יוצאת|ביחד|יחד|ב?סך הכול|"
                      r"ב?סך הכל|סה\"כ)(?![\u05d0-\u05ea])")
# a total named as such: "Total: €914", "Totaal €914", "Total : 914 €", "סה״כ"
_TOTAL = re.compile(r"(?i:(?<!\w)(?:total|totaal|totale|in all|en tout)(?!\w))|סה\"כ|סה״כ|סך הכול|סך הכל")
_FOR_THEM = re.compile(r"(?i:(?<!\w)(?:for (?:them|it)|voor (?:ze|hen)|ervoor|pour (?:eux|elles?|lui))(?!\w))|"
                       r"(?<![\u05d0-\u05ea])(?:עליהם|עליהן|עליו|עליה)(?![\u05d0-\u05ea])")
_REST_FORMS = frozenset(stems("rest remainder remaining reste resterende overige restant יתרה יתרת השאר"))
_CHARGE_FORMS = frozenset(stems("charge charges cost costs extra additional kosten kost extra frais supplément "
                                "supplémentaires coût תשלום עלות חיוב תוספת"))
_JOINED = re.compile(r"\s(?:and|en|et|and then|then|dan)\s|\sו(?=[\u05d0-\u05ea])", re.IGNORECASE)


def _costs_apart(other: str) -> bool:
    """Whether another clause of the sentence says what something costs ("the first round is free; each extra one costs
    €7.50"): a price the passages charge, said beside the gift, names nothing the gift is of."""
    return bool(_COSTS.search(other)) and bool(amounts(other)) and not w.FREE.search(other) \
        and not w.REFUND.search(other)


def _paid_for_first(other: str, clause: str, sentence: str) -> bool:
    """Whether a clause before the giving one says what the customer pays, or a sum for a count of things ("u betaalt
    €2.020 in plaats van €2.520, met een gratis correctieronde", "2 496 € pour les 26 000 mots, une relecture gratuite
    comprise"): the price the gift comes with, no figure of the gift. (Said after it, it may say what the gift comes
    to: "two lessons for the price of one: you pay 230 ₪ for both".)"""
    return bool(_PAYS.search(other)) and sentence.find(other) < sentence.find(clause) and _costs_apart(
        f"{other} costs")


def _discount_apart(other: str) -> bool:
    """Whether another clause of the sentence is about a discount ("the office manager can give a discount: ...",
    « le responsable accorde le maximum, 20 % : ... »), which the discount check judges: no part of a free thing
    beside it ("..., with a free revision round within 30 days")."""
    return not w.FREE.search(other) and bool(_PERCENT.search(other) or _DISCOUNT_WORD.search(other))


_DISCOUNT_WORD = re.compile(r"(?<!\w)(?i:discounts?|korting|kortingen|remises?|réductions?|rabais)(?!\w)|"
                            r"(?<![\u05d0-\u05ea])ה?הנח(?:ה|ות)(?![\u05d0-\u05ea])")
_COSTS = re.compile(r"(?<!\w)(?i:costs?|kost|kosten|co[ûu]te(?:nt)?|עול(?:ה|ים|ות))(?!\w)")
_PAYS = re.compile(r"(?<!\w)(?i:(?:you|u|je|jij|jullie|vous|tu) (?:pay|betaalt|betaal|betalen|payez|payerez|paies|"
                   r"paierez)(?!\w)|[\d€$£₪] (?:for|voor|pour) (?:the |de |les |all |alle |tous les |toutes les )?\d)|"
                   r"(?<![\u05d0-\u05ea])(?:תשלמו|תשלם|תשלמי|אתם משלמים|אתה משלם|את משלמת)(?![\u05d0-\u05ea])")


def _before(sentence: str, clause: str) -> str:
    """The end of the clause before ``clause`` in ``sentence``: what a giving clause that names nothing gives ("the
    courier collects the wrong one, free of charge", "that counts as normal wear and tear, which is free", "le livreur
    reprend l'autre, sans frais", "השליח ייקח את הלא נכונה, בלי תשלום"), after its last "and" when that leaves a few
    words ("the box goes out tomorrow and the courier collects it"), else its last six words."""
    said = clauses(sentence)
    at = said.index(clause) if clause in said else 0
    if at == 0:
        return ""
    if w.BECAUSE.search(said[at - 1]) or negated(said[at - 1]):
        return ""  # a reason or a refusal before it is not what is given: "since it hasn't arrived, everything back"
    last = _JOINED.split(said[at - 1])[-1]
    return last if len(last.split()) >= 3 else " ".join(said[at - 1].split()[-6:])


def _termless(text: str, terms: frozenset[float]) -> str:
    """``text`` less the times it promises in that the passages pay refunds in ("within 10 working days"): the figure
    of when, not of what is given, which a passage sentence about what is given need not name."""
    if not terms:
        return text
    return re.sub(r"  +", " ", w.WITHIN.sub(lambda m: "" if number(m.group(1)) in terms else m.group(), text))


def _list_heading(sentence: str, pattern: Words) -> tuple[int, int, tuple[str, ...]] | None:
    """Where the giving word that heads a list of gifts is, and the items it lists (``listed``), or ``None``."""
    for m in pattern.finditer(sentence):
        if refused(*clause_around(sentence, *m.span())):
            continue
        items, _ = listed(sentence, m.end())
        return (m.start(), m.end(), items) if items else None
    return None


def _prices(text: str, known: frozenset[float]) -> set[float]:
    """The known sums of ``text`` said as what something costs ("Basic at €24.99"): a price beside a free thing
    quotes the passages, it is no part of the gift."""
    return {value for start, _, value in amounts(text) if value in known and w.PRICED_AT.search(text, 0, start)}


def _forms(words: Sequence[frozenset[str]]) -> set[str]:
    """All forms of the words of a text, as one set."""
    return {form for forms in words for form in forms}


def _refused_whole(named: list[frozenset[str]], refusals: tuple[frozenset[str], ...]) -> bool:
    """Whether a passage that refuses to give names all the clause names: then the clause is about that thing."""
    return bool(named) and any(all(forms & refused for forms in named) for refused in refusals)


def _readings(named: list[frozenset[str]], referred: list[frozenset[str]]) -> Iterator[list[frozenset[str]]]:
    """What a clause gives, as it says it and with its pronoun read as each word of the sentence before."""
    yield named
    for word in referred:
        yield [*named, word]


def _discounted(text: str, known: frozenset[float]) -> set[float]:
    """The sums of ``text`` that a discount leaves of a known price: by a percentage it names ("10% off: €314.10" of
    €349), or set against that price ("€54 instead of €59", "200 ₪ במקום 219 ₪") with the sum off it ("€5 off"),
    however the discount is put."""
    rates = {float((m.group(1) or m.group(2)).replace(",", ".")) for m in _PERCENT.finditer(text)}
    found = amounts(text)
    against = {(value, old) for (_, end, value), (start, _, old) in zip(found, found[1:], strict=False)
               if old in known and value < old and w.INSTEAD.search(text[end:start])}
    return {value for _, _, value in found if any(
        abs(value - k * (1 - r / 100)) < 0.006 for k in known for r in rates if 0 < r < 100)} | {
        value for _, _, value in found if any(abs(value - new) < 0.006 or abs(value - (old - new)) < 0.006
                                             for new, old in against)}


_WHOLE = frozenset(word[:5] for word in (
    "full", "fully", "entire", "entirely", "whole", "complete", "volledig", "volle", "hele", "gehele", "helemaal",
    "intégral", "intégralement", "integral", "total", "totalité", "מלא", "מלוא", "במלואו", "במלואה"))


def _whole(forms: frozenset[str]) -> bool:
    """Whether a word's forms are a word for all of something ("hele", "entire", "intégral")."""
    return bool(forms & _WHOLE)


def _backed_by(g: Giving, named: list[frozenset[str]], said: list[frozenset[str]], figures: set[float],
               sums: set[float], repeated: set[float], quoted: frozenset[float], counts: set[float],
               charged: Mapping[float, frozenset[str]], whole: frozenset[float] = frozenset(),
               aside: set[float] | frozenset[float] = frozenset(),
               worked_sums: frozenset[float] = frozenset(), entitled: bool = False, opened: bool = False) -> bool:
    """Whether passage sentence ``g`` backs a clause: it is about what the clause gives and names its sums, or it gives
    the very sums the clause does. A sum worked out from the customer's own figure and one of the passage's ("your
    €369 fare less the €50 fee: €319"), or from two of the customer's ("€899, now €849": the €50 difference), is the
    passage's; so is the price the passages give for a charge that ``g`` gives back without naming a sum ("we refund
    the delivery charge": "the €4.95 delivery charge"). ``aside``: known sums of the sentence's other parts, which a
    sentence about what ``g`` gives need not name ("free from €35; below that it's €3.95"). ``entitled``: the clause
    gives, without a sum, what the rules give ("the credit you're entitled to"), so ``g``'s sums are the ones meant.
    ``opened``: the clause opened with a wish ("als je wilt, kijkt een vormgever ..."), its verb perhaps first."""
    derived = {v for v in sums if any(abs(v - abs(q - x)) < 0.005 or abs(v - (q + x)) < 0.005
                                      for q in quoted for x in g.named_sums)
               or any(abs(v - abs(q - r)) < 0.005 for q in quoted for r in quoted if q > r)
               or not g.sums and bool(charged.get(v, frozenset()) & g.words)
               # a price the passages name, given back whole by a passage that refunds the thing in full: "the box
               # is refunded in full" and "you get the full €39.90 back"
               or not g.sums and g.full and v in whole
               # a sum worked out from the company's prices ("half back, so €145" of the €290 room, "the ticket and
               # its surcharge, €16.50"), given back by a passage that gives the thing back without a sum
               or not g.sums and v in worked_sums
               # or one worked out with the passage's own deduction, named beside it ("two visits at €20 each come
               # off, so we refund €49" of "we refund minus €20 per visit"): what that deduction leaves
               or v in worked_sums and bool(g.sums & sums - {v})
               # and the price that deduction is taken from, by a passage that gives the whole back less it ("€899
               # minus the €49 collection, so €850" of "you get everything back minus €49")
               or g.full and any(abs(u - (v - x)) < 0.005 and u in worked_sums for u in sums for x in g.named_sums)}
    # a sum of the clause less the passage's own deduction, a count of times ("of the €30 deposit you get €20 back" of
    # "we keep €5 for each extra day", two days late): the sum it is taken from and what it leaves, both worked out
    # (a count of more than one the draft gives: one deduction's difference may be any two sums')
    taken = {s for v in sums for u in sums if u > v and any(abs(v - (u - n * x)) < 0.005 for x in g.named_sums
                                                           for n in counts if n > 1) for s in (u, v)} - derived
    # the count a sum of the passage's is taken by ("2 × €12 = €24 comes off") is the working's, no figure of its own
    figures = figures - {n for n in counts for v in sums for k in g.named_sums if abs(v - n * k) < 0.005}
    sums, figures = sums - derived, figures - derived
    left = sums - taken
    about = ((_backs(named, g.words, g.subject, lead=opened) or _backs(said, g.words, g.subject))
             and (not g.sums or bool(left) and _within(left, g.sums, counts)
                  or not left and bool(repeated | derived | taken)
                  or entitled
                  or bool(left - aside) and _within(left - aside, g.sums, counts)
                  # (the passage's own sum, the sentence's others known sums of its other parts: "Care, €14 a month,
                  # free labour and parts up to €300 a year")
                  or bool(left & g.sums) and left - g.sums <= aside))
    # or the passage's rate, named, times a count it names ("3 full days, so €24 (€8 a day)"): its working shown
    worked = bool(sums & g.named_sums) and _within(sums, g.named_sums, counts)
    return (about or bool(sums) and sums <= g.named_sums or worked) and _within(figures - taken, g.figures, counts)


def _denied(named: list[frozenset[str]], g: Giving, refusals: tuple[frozenset[str], ...],
            beside: Sequence[frozenset[str]] = ()) -> bool:
    """Whether a refusal names all that the clause gives and, beyond what backs it, something the clause, its
    sentence or the line it answers names: the plan, place or booking it is refused for."""
    return bool(named) and any(all(forms & refused for forms in named) and any(
        not forms & g.words and (forms & refused or forms in named) for forms in (*named, *beside))
        for refused in refusals)


def _only_asked(clause: str, m: re.Match[str], wish: Words) -> bool:
    """Whether the giving word at ``m`` is only what was asked or applied for ("you'd like a refund", "your refund
    request"), with no promise of ours at it ("as you requested, we'll refund your bill")."""
    near = clause[max(0, m.start() - 30):m.end() + 12]
    return bool(wish.search(near)) and not w.WE_WILL.search(clause, max(0, m.start() - 25), m.end())


def _to_check(clause: str, m: re.Match[str]) -> bool:
    """Whether the giving word at ``m`` is what the draft will check the customer has a right to ("I'll check whether
    you're entitled to a refund", "voor de terugbetaling kijk ik of u er recht op heeft"), not a gift made before
    the check ("we refund you and check whether the coach was late")."""
    check = w.CHECK_WHETHER.search(clause)
    return check is not None and (check.start() < m.start() or not w.WE_WILL.search(clause, 0, m.start()))


def _within(values: set[float], given: set[float] | frozenset[float], counts: set[float]) -> bool:
    """Whether a draft's figures are the passage's, or one of them times a count the draft gives ("3 days, €4.50")."""
    # a product may happen to equal another figure of the passage ("more than 24 hours": €8 a day, 3 days, €24)
    products = {v for v in values if any(abs(v - n * known) < 0.005 for n in counts for known in given)}
    return values - products - (counts if products else set()) <= given


def _parted(text: str) -> str:
    """``text`` with a comma before an "or" that joins a refund and a free alternative ("you get the €60 back or you
    rebook free", "u krijgt €60 terug of boekt gratis om", "תקבלו 200 ₪ בחזרה או תשנו מועד בחינם"): two offers, each
    judged by itself, as when the draft writes the comma."""
    def part(m: re.Match[str]) -> str:
        before = text[:m.start()].rsplit(".", 1)[-1].rsplit(",", 1)[-1]
        after = re.split(r"[.,;!?]", text[m.end():], maxsplit=1)[0]
        back = w.REFUND.search(before) or _COMES_BACK.search(before)
        kinds = (back, w.FREE.search(before), w.REFUND.search(after), w.FREE.search(after))
        # (not one "no" said of both: "I can't offer a refund or a free month")
        return f",{m.group()}" if (kinds[0] and kinds[3] and not kinds[1] or kinds[1] and kinds[2] and not kinds[0]) \
            and not negated(before) else m.group()
    return _OR_WORD.sub(part, text) if _OR_WORD.search(text) else text


_OR_WORD = re.compile(r"(?<!,) (?:or|of|ou|או) (?=\w)", re.IGNORECASE)


# the days left until a date, counted to see which of the company's terms applies, set no term of their own: "it's 47
# days until then, so more than 30 days ahead", "le 2 janvier est dans 26 jours, donc entre 30 et 8 jours avant",
# "נשארו 40 יום, כלומר יותר מ-30": the term that follows is what the draft gives, judged as written
_DAYS_LEFT = re.compile(
    r"(?i:(?<![\d.,])\d{1,3}\s?(?:days?|dagen|dag|jours?)"
    r"(?=[^.;!?\n]{0,40}?\b(?:so|thus|that's|which is|dus|dat is|donc|soit|c'est)\b[\s,:]*"
    r"(?:(?:à|a|still|nog|toujours|well|ruim|bien) )?"
    r"(?:more|less|fewer|over|under|meer|minder|ruim|plus|moins|entre|between|tussen|within|binnen)\b))"
    r"|(?<![\d.,])\d{1,3}\s?(?:ימים|יום)(?=[^.;!?\n]{0,40}?(?:כלומר|אז|זאת אומרת)\s(?:עוד\s)?"
    r"(?:יותר|פחות|בין|תוך))")


def _days_left_out(text: str) -> str:
    return _DAYS_LEFT.sub(" ", text)


# a calendar year after its month: "until February 2027", "tot februari 2027", "jusqu'en février 2027", "עד פברואר 2027"
_MONTH_YEAR = re.compile(
    r"(?i:(?<!\w)(?:jan(?:uary|uari|vier)?|feb(?:ruary|ruari)?|f[ée]vrier|mar(?:ch)?|maart|mars|apr(?:il)?|avril|may|"
    r"mei|mai|june?|juni|juin|july?|juli|juillet|aug(?:ust|ustus)?|ao[uû]t|sep(?:t|tember)?|septembre|oct(?:ober)?|"
    r"oktober|octobre|nov(?:ember)?|novembre|dec(?:ember)?|d[ée]cembre))\.?"
    r"|(?<![\u05d0-\u05ea])[בלמ]?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)"
    r"(?=,?\s(?:19|20)\d\d(?![\d.,]))")


# a month by its name, for the day of the month beside it: "19 december", "1er janvier", "December 19th", "25 בדצמבר"
_MONTH = (r"(?:january|januari|janvier|february|februari|f[ée]vrier|march|maart|mars|april|avril|may|mei|mai|june|juni|"
          r"juin|july|juli|juillet|august|augustus|ao[uû]t|september|septembre|october|oktober|octobre|november|"
          r"novembre|december|d[ée]cembre)")
_HE_MONTH = r"(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)"
_DAY_OF_MONTH = re.compile(
    rf"(?i:(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:er|e|ste|de|st|nd|rd|th)?\s(?={_MONTH}(?!\w))"
    rf"|(?<!\w)(?P<month>{_MONTH})\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:]\d))"
    rf"|(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])\s(?=[בלמ]?{_HE_MONTH}(?![\u05d0-\u05ea]))")


def _years_dated(text: str) -> str:
    """``text`` without the calendar years said after a month ("until February 2027") and the days of the month
    beside its name ("free until 19 December", « jusqu'au 1er janvier », "עד 25 בדצמבר"): a date a warranty or term
    runs to, no figure of what is given."""
    text = _DAY_OF_MONTH.sub(lambda m: m.group("month") or "", text)
    return re.sub(rf"({_MONTH_YEAR.pattern}),?\s(?:19|20)\d\d(?![\d.,])", r"\1", text) if _MONTH_YEAR.search(
        text) else text


# a warning against a message that is not the company's tells the customer not to pay it, no charge waived: "don't
# click, don't pay anything and delete the message", "ne cliquez pas, ne payez rien", "klik niet en betaal niets",
# "אל תלחצי על הקישור ואל תשלמי כלום" (said to the customer as an order, beside the link, message or scam it is about)
_DO_NOT_PAY = re.compile(
    r"(?i:(?:^|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\bjust\s)|(?<=\bplease\s)|(?<=\bso\s))"
    r"(?:don't|do not|never) pay(?: anything| a thing| a cent| it| them| this| that)?(?!\w)|"
    r"(?<!vous )(?<!vous\s\s)\bne (?:payez|réglez|versez) (?:rien|pas|jamais)(?!\w)|"
    r"(?:^|(?<=[,;:(]\s)|(?<=\ben\s)|(?<=\bof\s))(?:betaal|maak) (?:niets|niks|nooit|geen geld)(?: over)?(?!\w)|"
    # (the Dutch order as an infinitive: "niet betalen en niets doorsturen")
    r"(?:^|(?<=[,;:(]\s)|(?<=\ben\s)|(?<=\bof\s))(?:niet|niets|niks) (?:betalen|overmaken)(?!\w))"
    # (not for a while or for more: "ne payez rien pendant 3 mois", "pay nothing extra")
    r"(?!\s(?i:for|during|until|till|extra|more|gedurende|tot|voor|extra|meer|pendant|durant|jusqu|de plus|en plus|"
    r"avant))|"
    r"(?<![\u05d0-\u05ea])ו?אל (?:תשלמ|תעביר)[\u05d0-\u05ea]*(?: כלום| שום דבר)?(?! (?:במשך|למשך|עד|עוד))")
_WARNED_OF = re.compile(
    r"(?i:(?<!\w)(?:click\w*|link|links|message|sms|text|e-?mail|delete|ignore|block|report|scam\w*|phishing|fraud\w*|"
    r"klik\w*|bericht|berichten|verwijder\w*|negeer\w*|blokkeer\w*|oplicht\w*|nep|cliqu\w*|lien|liens|supprim\w*|"
    r"ignor\w*|bloqu\w*|arnaque\w*|escroquerie\w*|hameçonnage|frauduleu\w*|whatsapp|doorsturen|"
    # (the message disowned: "dat is niet van ons", "that's not from us", « ça ne vient pas de nous »)
    r"niet van ons|not from us|pas de nous)(?!\w))"
    r"|(?<![\u05d0-\u05ea])ו?(?:ה?קישור|ה?הודעה|תלחצ[\u05d0-\u05ea]*|תמחק[\u05d0-\u05ea]*|הונאה|עוקץ|התחזות|"
    r"לא מאיתנו)"
    r"(?![\u05d0-\u05ea])")


# a way of paying said to cost nothing to use waives no charge of what is paid: "paying by card in the portal is free",
# "betalen met iDEAL is gratis", "le paiement par carte est gratuit", "התשלום בכרטיס הוא ללא עלות" (the means named,
# so "payment for the second month is free" stays a gift)
_FREE_WAY_TO_PAY = re.compile(
    r"(?i:(?<!\w)(?:paying|payment|pay|betalen|betaling|paiement|payer|r[èe]glement)s? (?:by|with|via|through|using|"
    r"met|per|via|par|avec|en) (?:[^\s.,;:!?]+ ){1,5}?(?:is|are|will be|stays|remains|blijft|zijn|est|sont|reste) "
    r"(?:always |also |altijd |ook |toujours |aussi )?(?:free(?: of charge)?|gratis|kosteloos|gratuits?|gratuites?|"
    r"sans frais)(?!\w))"
    r"|(?<![\u05d0-\u05ea])ה?תשלום ב[\u05d0-\u05ea]+(?: [^\s.,;:!?]+){0,4}? (?:הוא |היא )?(?:בחינם|ללא עלות|בלי עלות|"
    r"ללא עמלה|בלי עמלה)(?![\u05d0-\u05ea])")


def _warned_unpaid(text: str) -> str:
    """``text`` less the order not to pay in a sentence that warns against a message, link or scam."""
    return " ".join(_DO_NOT_PAY.sub(" ", sentence) if _DO_NOT_PAY.search(sentence) and _WARNED_OF.search(sentence)
                    else sentence for sentence in sentences(text))


def free(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    # the customer's own sum beside a free thing ("your €54 basket ships free") is theirs, not a made-up gift
    # what the customer asked to have free is reported, not given: "You asked whether we could waive the fee"
    said = _WHAT_I_CAN.sub(" ", _unplaced(numerals(_parted(weeks_as_days(_warned_unpaid(_days_left_out(
        _years_dated(text))),
                                                                             ctx.figures)))))
    # one of a group free by its place in it ("two paid, the third one free") is a discount of its share, judged as one
    # by ``discounts``; no passage names it as a free thing
    said = w.NTH_FREE.sub(lambda m: m.group() if _nth_given(m, ctx) else " ", said)
    said = _kin_as_child(said, ctx.language)
    said = _BLAME.sub(" ", said)
    said = _FREE_WAY_TO_PAY.sub(" ", said)
    said = _nothing_more(said)
    # what the company's word itself takes off the bill, taken off, waives no charge: "the grant pays 20%, which is
    # €178, and we take it straight off the invoice"
    said = " ".join(" " if _takes_given_off(sentence, ctx) else sentence for sentence in sentences(said))
    if _excepted(said, w.FREE):
        return FREE
    said = _COLON.sub(lambda m: ". " if (w.REFUND.search(m.group(1)) or _COMES_BACK.search(m.group(1)))
                      and _ENDS_FREE.search(said[max(0, m.start() - 30):m.start()]) else m.group(), said)
    worked = _worked_sums(said, ctx, counted_too=True)
    return FREE if _unbacked(said, w.FREE, ctx.free_clauses, False, w.WISH, quoted=ctx.quoted_sums,
                             known=ctx.figures | worked, refusals=ctx.free_refusals, asked=ctx.last_said,
                             heard=ctx.said_counts, terms=ctx.terms, worked=worked, below=ctx.ceilings) else None


def _takes_given_off(sentence: str, ctx: GuardContext) -> bool:
    """Whether a sentence takes off the bill what the company's word takes off: a share it names ("pays 20%") or a
    sum of its own ("the €35 of the test"), with no other giving word than taking it off."""
    if not (ctx.off_shares or ctx.off_sums) or not w.TAKE_OFF.search(sentence):
        return False
    named = {number(m.group(1) or m.group(2)) / 100 for m in _PERCENT.finditer(sentence)} & set(ctx.off_shares)
    return bool(named or {v for _, _, v in amounts(sentence)} & set(ctx.off_sums)) and all(
        w.TAKE_OFF.search(m.group()) for m in w.FREE.finditer(sentence))


# what the agent can do, announced before it ("what I can do is ...", "wat ik wel kan doen, is ...", "ce que je peux
# faire, c'est ...", "מה שאני כן יכול לעשות זה ..."): words of no gift, the gift follows
# nothing charged beyond a sum the sentence has just charged or kept: "Dan blijft de aanbetaling van €390 bij ons;
# meer rekenen we niet", "we keep the €94 and charge nothing more", « on garde 50 €, on ne facture rien de plus »,
# "המקדמה נשארת אצלנו ולא נחייב מעבר לזה": the cap of that charge, no gift
_NOTHING_MORE = re.compile(
    r"(?i:(?<!\w)(?:meer|verder) (?:rekenen|vragen|brengen) (?:we|wij|ik) (?:u |je )?(?:niet|niets)(?: in rekening)?"
    r"(?=\s*[.!;]|\s*$)|(?<!\w)(?:we|i) (?:don't|do not|won't|will not) charge (?:you )?(?:anything|any) (?:more|else)"
    r"(?!\w)|(?<!\w)(?:we|i) charge (?:you )?nothing (?:more|else)(?!\w)|(?<!\w)nothing (?:more|else) (?:is|will be) "
    r"(?:due|charged)(?!\w)|(?<!\w)(?:nous ne|on ne|je ne) (?:vous )?(?:factur|compt)\w* rien de plus(?!\w))|"
    r"(?<![\u05d0-\u05ea])ו?לא (?:נחייב|נגבה) (?:\S+ )?(?:מעבר לזה|יותר)(?![\u05d0-\u05ea])")


def _nothing_more(text: str) -> str:
    """``text`` less the words that charge nothing beyond a sum the same sentence names before them."""
    if not _NOTHING_MORE.search(text):
        return text
    def cut(sentence: str) -> str:
        return _NOTHING_MORE.sub(lambda m: " " if amounts(sentence[:m.start()]) else m.group(), sentence)
    return " ".join(cut(sentence) for sentence in sentences(text))


_WHAT_I_CAN = re.compile(r"(?i:(?<!\w)what (?:i|we) (?:can|could) (?:do|offer)(?: (?:instead|though|however))?,? is\b|"
                         r"wat (?:ik|we|wij) (?:wel |w[eé]l )?(?:kan|kunnen) (?:doen|aanbieden),? is\b|"
                         r"ce que (?:je|nous) (?:peux|pouvons|pourrais|pourrions) (?:faire|proposer),? c'est\b)|"
                         r"מה ש(?:אני|אנחנו) (?:כן )?(?:יכול|יכולה|יכולים) (?:לעשות|להציע) (?:זה|הוא)"
                         r"(?![\u05d0-\u05ea])")


# a fault owned, not a gift: "that's on us, I'm sorry" (with an apology beside it), "dat is een fout van ons", "het
# is onze schuld"; what it gives is said in words of its own
_BLAME = re.compile(
    r"(?i:(?<!\w)(?:that|this|it)(?:'s| is| was) (?:all |entirely |completely )?on us"
    r"(?=\s*[,.;:!]\s*(?:and |so |really |very |we're |we are |i'm |i am )*(?:sorry|apologi)))|"
    r"(?i:(?<!\w)(?:is|zijn|was|waren) (?:een |onze |helemaal )?(?:\S+ )?(?:fout|fouten|schuld|vergissing|misser) "
    r"van ons(?!\w))")


# what follows a colon after a free thing may be what that means for the money, given by a refund word: "it was free:
# the €236 is refunded within 10 days", a refund judged as one, no part of the gift
_COLON = re.compile(r"\s?:\s(?=([^.:;!?]+))")
# (the colon right after the free thing's word: "it was free:", "c'était gratuit :", "הביטול ללא עלות:")
_ENDS_FREE = re.compile(r"(?i:free|gratis|gratuite?s?|kosteloos|offert)\W*$|(?:בחינם|ללא עלות|בלי עלות)\W*$")


# a placeholder the vault issued stands for the customer's own e-mail, phone or name: where a free thing is sent ("the
# confirmation of your free trial went to [EMAIL_1]") is no part of what is given
_ISSUED = re.compile(r"\[[A-Z][A-Z0-9]*_\d+\]")


def _unplaced(text: str) -> str:
    return _ISSUED.sub(" ", text)


# a refund's status, reported of the customer's own refund: "your refund has been processed", "uw terugbetaling is al
# goedgekeurd", "votre remboursement a été validé", "ההחזר שלך אושר" (no sum: "your €40 refund was approved" names one
# of its own, judged as a promise)
_REFUND_STATUS = re.compile(
    r"(?i:(?:your|the) refund (?:request )?(?:was|has been|has now been|is|got) (?:already |now |just )?"
    r"(?:approved|processed|confirmed|issued|authori[sz]ed|released|accepted)|"
    r"(?:uw|je|jouw|de) (?:terugbetaling|restitutie|terugstorting)(?:saanvraag)? is (?:al |nu |net )?(?:goedgekeurd|"
    r"verwerkt|bevestigd|toegekend|vrijgegeven)|"
    r"(?:votre|ton|le) remboursement a (?:déjà |bien |maintenant )?été (?:validé|approuvé|traité|confirmé|accepté|"
    r"accordé))(?!\w)|"
    r"(?<![\u05d0-\u05ea])ה?החזר(?: הכספי)?(?: שלך| שלכם| שלכן)? (?:כבר )?(?:אושר|טופל|בוצע|עובד)(?![\u05d0-\u05ea])")


# the customer's own refund, one already asked for and waited on: "my refund", "mijn terugbetaling", "mon
# remboursement", "ההחזר שלי" (not "I want a refund", for which a reported approval would be a promise)
_OWN_REFUND = re.compile(r"(?i:(?:my|our) refund|(?:mijn|onze) (?:terugbetaling|restitutie|terugstorting)|"
                         r"(?:mon|notre) remboursement)(?!\w)|"
                         r"(?<![\u05d0-\u05ea])ה?החזר(?: הכספי)? (?:שלי|שלנו)(?![\u05d0-\u05ea])")


# what a sentence makes free is paid back when it was paid already: "the visit is free; the amount goes back to you"
# gives nothing beyond the free visit (the free-offer check judges that); a refund that names no sum and no other thing
# than the money follows it so
_PAID_BACK = re.compile(r"(?i:(?:the|that|this|your) (?:amount|money|sum)|(?:het|dat|dit|uw|je) (?:bedrag|geld)|"
                        r"(?:le|ce|votre) montant|(?:la|cette|votre) somme|(?:l'|votre )argent)(?!\w)|"
                        r"(?<![\u05d0-\u05ea])ו?ה(?:סכום|כסף)(?![\u05d0-\u05ea])")


def _free_paid_back(sentence: str) -> str:
    """The sentence less a refund of the money for what it makes free ("X is free; we pay the amount back")."""
    if amounts(sentence) or not _PAID_BACK.search(sentence):
        return sentence
    back = [m.span() for m in w.REFUND.finditer(sentence)]
    if not back or not any(all(m.end() <= a or m.start() >= b for a, b in back) and not refused(sentence, m.span())
                           for m in w.FREE.finditer(sentence)):
        return sentence
    for clause in clauses(sentence):
        if w.REFUND.search(clause) and _PAID_BACK.search(clause):
            sentence = sentence.replace(clause, w.REFUND.sub(" ", clause))
    return sentence


def _excepted(text: str, pattern: Words) -> bool:
    """Whether a clause gives (or refunds) something as an exception to the rule ("I'll refund the full €149 anyway"):
    given although it is not due, which no passage backs."""
    return any(m is not None and not refused(clause, m.span())
               and (w.EXCEPTION.search(clause) is not None
                    and not (_FREE_WORD.fullmatch(m.group()) and _STATED.search(clause[:m.start()]))
                    # a gesture of goodwill, said in another clause of the sentence: "we'll refund it, €118, as a
                    # goodwill payment"
                    or w.GOODWILL.search(sentence) is not None)
               for sentence in sentences(text) for clause in clauses(sentence) for m in [pattern.search(clause)])


# what is free, said of it in a relative clause: "what's free anyway is the app", "ce qui reste quand même gratuit,
# c'est ...": a rule stated, which "anyway" grants, not a gift made despite it ("it's refunded anyway" is one)
_STATED = re.compile(r"(?i)(?<!\w)(?:what|which|wat|ce qui|qui)\s*(?:(?<!\w)(?:is|are|remains?|stays?|zijn|blijft|"
                     r"blijven|est|sont|reste|restent)|['’]s)(?:\s+[^\W\d_]+){0,2}\s+$")
_FREE_WORD = re.compile(r"(?i)free|gratis|gratuit[es]{0,2}|kosteloos|kostenloos")


# a sum said to be taken twice: "charged twice", "two payments of €42", "twee keer afgeschreven", "prélevé deux fois",
# "חויבתי פעמיים", "שני חיובים"
_TAKEN_TWICE = re.compile(r"(?i:(?<!\w)(?:twice|two (?:\S+ )?(?:payments|charges|debits)|double|duplicate|twee keer|"
                          r"tweemaal|dubbel\w*|deux fois|doubles?|en double)(?!\w))|"
                          r"(?<![\u05d0-\u05ea])(?:פעמיים|כפול|שני חיובים)(?![\u05d0-\u05ea])")
# the second of them, named by the draft: "the second €42", "the extra €25 payment", "de tweede €42", "le deuxième
# prélèvement", "החיוב השני"
_SECOND_CHARGE = re.compile(
    r"(?i:(?P<en>(?<!\w)the (?:second|extra|additional|duplicate|other) (?:(?:charge|payment|debit) (?:of )?)?"
    r"(?=[€$£₪\d]))|(?P<nl>(?<!\w)de (?:tweede|extra|dubbele) (?:(?:afschrijving|betaling|incasso) (?:van )?)?"
    r"(?=[€\d]))|(?P<fr>(?<!\w)(?:le|les) (?:second|deuxième|double) (?:(?:prélèvement|débit|paiement)s? "
    r"(?:de )?)?(?=[€\d])))|"
    r"(?P<he>(?<![\u05d0-\u05ea])ה?(?:חיוב|תשלום) ה?(?:שני|נוסף)(?![\u05d0-\u05ea]))")
_AS_DOUBLE = {"en": "the double charge of ", "nl": "de dubbele afschrijving van ", "fr": "le double prélèvement de ",
              "he": "החיוב הכפול"}


# a sentence that names what it refuses first and says "there is none" last: "פיצוי נוסף, כמו יום חופש, אין.", "une
# autre compensation, il n'y en a pas", "verdere vergoeding is er niet", "other compensation, there is none"
_NONE_AFTER = re.compile(r"(?i:,?\s+(?:il n'y en a (?:pas|aucune?)|(?:die |dat )?(?:is|zijn) er niet|"
                         r"there (?:is|are) none|(?:that|this|it) we don't (?:give|pay|offer)))\s*[.!]?\s*$|"
                         r"(?<![\u05d0-\u05ea]),?\s+(?:אין|לא נותנים|לא משלמים)\s*[.!]?\s*$")


_NONE_HINT = re.compile(r"(?i:n'y en a|er niet|is none|are none|we don't)|אין|לא נותנים|לא משלמים")


def _none_first(text: str) -> str:
    """``text`` with each sentence that says "there is none" of what it named first saying it first ("אין פיצוי
    נוסף, כמו יום חופש"), as a refusal is read."""
    if not _NONE_HINT.search(text):
        return text
    def first(sentence: str) -> str:
        m = _NONE_AFTER.search(sentence)
        if m is None:
            return sentence
        said = m.group().casefold()
        word = ("אין" if re.search(r"[\u05d0-\u05ea]", said) else "pas de" if "il n'y" in said
                else "geen" if " er niet" in said else "no")
        return f"{word} {sentence[:m.start()].rstrip(' ,')}."
    return " ".join(first(sentence) for sentence in sentences(text))


# a refund word that says what is given is the only one ("that deduction is the only compensation our terms allow",
# « c'est la seule indemnité prévue », "de enige vergoeding", "זה הפיצוי היחיד"): it bounds what the draft gives
# elsewhere, in words judged on their own, and gives nothing itself
_ONLY_ONE = re.compile(r"(?i:(?<!\w)only (?:\w+ )?(?:compensation|refund|reimbursement|payout)s?(?!\w)|"
                       r"(?<!\w)seule? (?:\w+ )?(?:indemnit\w*|compensation\w*|rembours\w*|dédommagement\w*)|"
                       r"(?<!\w)enige (?:\w+ )?(?:vergoeding|compensatie|terugbetaling|tegemoetkoming)\w*)|"
                       r"(?<![\u05d0-\u05ea])ה?(?:פיצוי|החזר|זיכוי) ה?יחיד(?![\u05d0-\u05ea])")


def _choice_left_out(text: str) -> str:
    """``text`` without a closing clause that leaves the choice to the customer ("..., whichever you prefer", "...,
    comme vous préférez", "..., מה שנוח לכם"): a courtesy, no wish the refund depends on."""
    if not w.PLEASANTRY.search(text):
        return text
    out = []
    for sentence in sentences(text):
        parts = clauses(sentence)
        for clause in parts[1:]:
            if w.PLEASANTRY.fullmatch(clause):
                sentence = sentence.replace(clause, "." if clause.rstrip()[-1:] in ".!?" else " ")
        out.append(sentence)
    return " ".join(out)


def _one_way_back(text: str) -> str:
    """``text`` with the second of two ways of paying the same money back, offered as a choice, left out: "credited to
    your next invoice or refunded", "verrekend of teruggestort", « déduit ou remboursé », "בזיכוי על החשבונית הבאה או
    בהחזר" is one refund, the words before them naming what it is of."""
    found = list(w.REFUND.finditer(text))
    if len(found) < 2:
        return text
    cut: list[tuple[int, int]] = []
    for first, second in zip(found, found[1:], strict=False):
        between = text[first.end():second.start()]
        alternative = _OR_BETWEEN.search(between) if len(between) <= 40 else None
        if alternative and not re.search(r"[.;:!?]", between):
            cut.append((first.end() + alternative.start(), second.end()))
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    return text


_OR_BETWEEN = re.compile(r"\s(?:or|of|ou)\s(?:(?:as|als|en|comme) (?:a |an |un |une |een )?)?$|\sאו\s?$")


def refunds(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    text = _ONLY_ONE.sub(" ", _none_first(_one_way_back(_choice_left_out(text))))
    # a refund's term said to be over names the refund to refuse it: "the refund period is 14 days, and it has passed"
    text = " ".join(w.REFUND_TERM.sub("term", sentence) if w.TERM_OVER.search(sentence) else sentence
                    for sentence in sentences(text))
    said = " ".join(_free_paid_back(sentence) for sentence in sentences(
        _WHAT_I_CAN.sub(" ", numerals(weeks_as_days(_days_left_out(text), ctx.figures)))))
    # the status of a refund the customer already waits for, reported ("good news, your refund has been processed"),
    # gives nothing new; what it says comes next (when the money arrives) is still judged
    if any(_OWN_REFUND.search(line) for line in ctx.recent_said):
        said = _REFUND_STATUS.sub(" ", said)
    # after the conversation says a sum was taken twice, "the second €42", "de tweede €25", "le deuxième
    # prélèvement", "החיוב הנוסף" may be read as that double charge (either reading backed is enough)
    said = _bare_refunds_dropped(said)
    readings = [said]
    if any(_TAKEN_TWICE.search(line) for line in ctx.recent_said) and _SECOND_CHARGE.search(said):
        readings.append(_SECOND_CHARGE.sub(lambda m: _AS_DOUBLE[next(k for k, v in m.groupdict().items() if v)], said))
    return REFUND if all(_refund_unbacked(reading, ctx) for reading in readings) else None


# the words of setting a refund going and of when: "I'll start the refund today", "je lance le remboursement"
_UNDER_WAY = frozenset(stems("start starts started begin process processing arrange arranged issue initiate put "
                             "through today now tomorrow right away straight immediately afternoon morning lance "
                             "lancer lancerai déclenche aujourd'hui demain maintenant suite vandaag morgen direct "
                             "meteen gang zet zetten regel regelen היום מחר עכשיו מיד מתחיל מתחילה אתחיל מעביר מעבירה "
                             "אעביר "
                             # (and of its going out and landing: "le remboursement part aujourd'hui", "ik zet de
                             # terugbetaling klaar; binnen vijf werkdagen staat het bedrag op uw rekening")
                             "ready klaar prêt goes leaves sent part partira envoyé vertrekt verstuurd onderweg "
                             "within binnen dans sous working days werkdagen jours ouvrés business ימי עסקים תוך "
                             "amount bedrag montant somme סכום account rekening compte חשבון lands arrives staat "
                             "arrive arrivera two three four five seven ten twee drie vier vijf zeven tien deux trois "
                             "quatre cinq sept dix שניים שלושה ארבעה חמישה שבעה עשרה"))


# a sum or thing said to come back: "the whole deposit comes back", "l'acompte vous est rendu", "יוחזר"
_GIVEN_BACK = re.compile(r"(?i)(?<!\w)(?:back|terug|rendu|rendue|rembours\w*|restitu\w*)(?!\w)|"
                         r"(?<![\u05d0-\u05ea])(?:יוחזר|תוחזר|יוחזרו|נחזיר)(?![\u05d0-\u05ea])")


def _bare_refunds_dropped(said: str) -> str:
    """``said`` without a sentence that only sets going the refund another of its sentences gives ("... and the whole
    €1,176 deposit comes back. I'll start the refund today."): it names no sum and nothing else, so it refers back to
    that one, and gives nothing of its own."""
    parts = sentences(said)
    bare = [n for n, sentence in enumerate(parts)
            if (m := w.REFUND.search(sentence)) is not None and not amounts(sentence)
            and all(forms & (_UNDER_WAY | stems(m.group()))
                    for forms in content_words(sentence[:m.start()] + " " + sentence[m.end():]))]
    if not bare or not any(w.REFUND.search(s) or _COMES_BACK.search(s) or _GIVEN_BACK.search(s)
                           for n, s in enumerate(parts) if n not in bare):
        return said
    return " ".join(s for n, s in enumerate(parts) if n not in bare)


def _refund_unbacked(said: str, ctx: GuardContext) -> bool:
    """Whether the refund a reading of the draft promises is one the passages do not give."""
    if _excepted(said, w.REFUND):
        return True
    # a sum the passages keep back from a refund, paid back instead: "je vous rembourse 30 €" of "moins 30 € par
    # passage"
    for sentence in sentences(said) if ctx.deducted else ():
        if w.DEDUCTION.search(sentence) or w.TAKE_OFF.search(sentence):
            continue  # the deduction worked out: "€30 a visit comes off, so we refund €59"
        for clause in clauses(sentence):
            m = w.REFUND.search(clause)
            sums = {value for _, _, value in amounts(clause)}
            if m and sums and not refused(clause, m.span()) and sums <= ctx.deducted:
                return True
    # a sum the passages say is not refunded, given back: "I'll have the €250 excess paid back to you"
    for sentence in sentences(said) if ctx.unrefunded else ():
        for clause in clauses(sentence):
            m = w.REFUND.search(clause)
            if m and not refused(clause, m.span()) and not taken_back(sentence, clause) and any(
                    value in ctx.unrefunded for _, _, value in amounts(clause)):
                return True
    # what the passages refuse to refund is refused whoever asks: "no compensation for removal-company costs"
    # (read again with a sum that is the whole price of a thing named taken as the full amount: "you get the €85
    # back" of the cancelled workshop is "you get everything back"; either reading backed is enough)
    worked = _worked_sums(said, ctx)
    return all(_unbacked(said, w.REFUND, ctx.refund_clauses, True, w.WISH, ctx.quoted_sums, ctx.figures, ctx.priced,
                         ctx.refund_refusals, ctx.last_said, worked, ctx.said_counts, ctx.terms, ctx.labelled, whole,
                         ctx.ceilings)
               for whole in ((False, True) if _priced_sum(said, ctx) else (False,)))
