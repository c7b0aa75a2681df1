"""The draft guard's checks, one function each (their text helpers: ``guard_text``).

Each check takes the draft's text (what the customer would read), ``both`` (text and rationale, everything
on the card), ``numeric`` (``both`` with number words written as digits) and the request's context, and
returns a reason or ``None``. What the draft offers or asks the customer (credentials, free things,
refunds), how it speaks to them (belittling, threats, blame) and its language are judged on the text alone: the
rationale speaks to the agent ("the customer wants a refund"). Links, accounts, prices, discounts, placeholders,
recitals, insults and personal data count anywhere on the card. They only read: nothing here keeps state between
drafts. No Qt here.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from copilot.engines import guard_words as w
from copilot.engines import guard_words_abuse as wa
from copilot.engines import guard_words_conduct as cw
from copilot.engines.guard_lexicon import Words
from copilot.engines.guard_text import (
    URL,
    WORD,
    Giving,
    amounts,
    clauses,
    content_words,
    digits,
    giving_part,
    host_allowed,
    hosts,
    ibans,
    negated,
    number,
    numbers,
    numerals,
    periods,
    personal_findings,
    refused,
    sentences,
    taken_back,
    ungiven,
)
from copilot.engines.prompt import discount_over
from copilot.text.language import detect_with_confidence

if TYPE_CHECKING:
    from copilot.engines.guard import GuardContext


# The reasons a trainer reads beside a held-back draft. Fixed words, never the draft's own text, so the
# log line that counts them carries nothing a customer or a model said.
PLACEHOLDER = "placeholder the conversation never issued"
RECITAL = "talks about its own instructions"
PROMPT = "repeats the system prompt"
LINK = "link to a domain that is not allowed"
CREDENTIAL = "asks for a password or code"
ACCOUNT = "bank account not in the knowledge base"
PRICE = "price not in the knowledge base"
FREE = "free offer the knowledge base does not back"
REFUND = "refund or compensation the knowledge base does not back"
ABUSE = "abusive language"
PERSONAL = "someone else's personal data"
LANGUAGE = "not in the customer's language"

_PLACEHOLDER = re.compile(r"\[\s*([^\W\d_][\w .'-]*?)\s*\]|\{\{?\s*([^\W\d][\w ]*?)\s*\}?\}")
# What a made-up placeholder is called in the four languages: "[Name]", "[klantnummer]", "[code postal]", "[שם הלקוח]".
_ISSUED_SHAPE = re.compile(
    r"[A-Z][A-Z0-9_]{2,}|[A-Za-z]+_\d+|(?i:(?:(?:your|the|uw|de|het|je|votre|le|la|l'|du|de la) ?)?"
    r"(?:(?:first|last|full|customer|klant|client|account|order|bank|e-?mail|phone|street|house) ?)?"
    r"(?:name|naam|nom|pr[ée]nom|e-?mail|e-?mailadres|adresse e-?mail|phone|telefoon(?:nummer)?|t[ée]l[ée]phone|"
    r"address|adres|adresse|iban|date|datum|amount|bedrag|montant|customer|klant|client|number|nummer|num[ée]ro|voornaam|achternaam|klantnaam|postcode|"
    r"zip(?: code)?|code postal|woonplaats|city|ville|street|straat(?:naam)?|rue|huisnummer|rekeningnummer|"
    r"klantnummer|ordernummer|bestelnummer|geboortedatum|date of birth|date de naissance|nom de famille|"
    r"(?:num[ée]ro|n°) de (?:client|commande|t[ée]l[ée]phone|compte)|account(?: number)?|order(?: number)?))"
    r"|(?:ה)?(?:שם|שם הלקוח|שם פרטי|שם משפחה|מספר טלפון|טלפון|כתובת|מייל|דוא\"ל|מספר לקוח|מספר הזמנה|תעודת זהות|"
    r"ת\"ז|עיר|רחוב|מיקוד|תאריך לידה)(?: של הלקוח| הלקוח)?")
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d[\d -]{4,}\d(?![\w])")
_REFERENCE = re.compile(r"(?:invoice|order|reference|ref|customer|ticket|factuur\w*|bestel\w*|kenmerk|klantnummer|"
                        r"dossier|facture|commande|référence|חשבונית|הזמנה|אסמכתא)\W{0,3}(?:number|nummer|numéro|nr|no)?"
                        r"\W{0,3}$", re.IGNORECASE)
_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|per cent|procent|pour ?cent|אחוז)|%\s*(\d{1,3})",
                      re.IGNORECASE)


def _backs(said: list[frozenset[str]], passage: set[str], subject: set[str]) -> bool:
    """Whether a passage sentence is about what the draft's clause gives: the clause's first content word is
    what the passage gives ("Installation is free" / "Installation by an engineer is free ..."), or half its
    words are in the passage and one of them names what the passage gives. "Your subscription is free" is not
    backed by "Installation is free with every new subscription"."""
    if not said:
        return False
    if said[0] & subject or len(said) <= 3 and any(forms & subject for forms in said):
        return True  # a short clause naming what the passage gives: "we send you a new SIM for free"
    return (sum(bool(forms & passage) for forms in said) >= math.ceil(len(said) / 2)
            and any(forms & subject for forms in said))


# -- the checks -----------------------------------------------------------------------------------------------


def placeholders(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    for m in _PLACEHOLDER.finditer(both):
        inner = (m.group(1) or m.group(2) or "").strip()
        if m.group(2) is None and not _ISSUED_SHAPE.fullmatch(inner):
            continue  # "[sic]", "[1]": brackets, not a placeholder
        if not ctx.issued(m.group()):
            return PLACEHOLDER
    return None


def prompt(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    if cw.RECITAL.search(both) or cw.PLACEHOLDER_TALK.search(text):
        return RECITAL
    if cw.META_HINT.search(text) and sum(bool(s.search(text)) for s in cw.META) >= 2:
        return RECITAL
    said = [word.casefold() for word in re.findall(r"\w+", both)]
    for i in range(len(said) - 4):
        gram = tuple(said[i:i + 5])
        if gram in ctx.prompt_grams and sum(len(word) >= 4 for word in gram) >= 2:
            return PROMPT
    return None


def links(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return LINK if any(not host_allowed(host, ctx.hosts) for host in hosts(both)) else None


def credentials(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A request for a password or code: an ask that is no warning ("never share your PIN"), in the sentence that
    names the credential or the next one ("I've sent you a code. Please read it back to me.")."""
    named_before = False
    for sentence in sentences(text):
        asked = soft = named = False
        warned = False  # "we never ask for your PIN, password or SMS code": the list keeps its "never"
        for clause in clauses(sentence):
            no = negated(clause)
            ask = bool(cw.ASK.search(clause) and not (cw.ELSEWHERE.search(clause) and not cw.TO_US.search(clause))
                       or cw.SEND_TO_US.search(clause))
            asked, soft = asked or ask and not no, soft or bool(cw.ASK_SOFT.search(clause)) and not no
            if cw.CREDENTIAL.search(clause):
                warned = no or warned and not ask
                used = cw.RESET.search(clause) or cw.LOG_IN.search(clause)  # "reset your password", "log in with"
                named = named or not warned and (ask or not used)
            else:
                warned = no
        back = (cw.ASK_BACK.search(sentence) or asked and cw.CODE_WORD.search(sentence)) and not (
            cw.ELSEWHERE.search(sentence) and not cw.TO_US.search(sentence))
        if named and (asked or soft) or named_before and back and not negated(sentence):
            return CREDENTIAL
        named_before = (named or bool(cw.CREDENTIAL.search(sentence) or cw.MESSAGE_SENT.search(sentence))) and not (
            negated(sentence))
    return None


def accounts(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    if any(iban not in ctx.ibans for iban in ibans(both)):
        return ACCOUNT
    if w.NEW_ACCOUNT.search(both) and not ctx.announces_new_account:
        return ACCOUNT
    for sentence in sentences(both):
        channel = w.PAY_CHANNEL.search(sentence)
        if channel and w.PAY_TO.search(sentence) and not all(ctx.knows(word) for word in channel.group().split()):
            return ACCOUNT  # a way to pay the company never gave
    for sentence in sentences(both):
        if not (w.ACCOUNT_WORDS.search(sentence) and w.PAY_TO.search(sentence)):
            continue
        money = [(a, b) for a, b, _ in amounts(sentence)]
        # an IBAN was judged whole above; its digits without the country ("IL59 0126 ...") are no other account
        bare = w.IBAN_LIKE.sub(lambda m: " " * len(m.group()), sentence)
        for m in _DIGIT_RUN.finditer(bare):
            run = digits(m.group())
            if (len(run) >= 6 and run not in ctx.digits and not any(a <= m.start() < b for a, b in money)
                    and not _REFERENCE.search(sentence[max(0, m.start() - 30):m.start()])):
                return ACCOUNT
    return None


def discounts(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A discount above the limit, in any of its shapes, or a price the knowledge base does not give. What a clause
    refuses ("a 50% discount isn't possible, the maximum is 10%") offers nothing."""
    over = f"discount above {ctx.max_discount:g}%"
    offered = "\n".join(", ".join(c for c in clauses(s) if not negated(c)) for s in sentences(numeric))
    if discount_over(offered, ctx.max_discount) is not None:
        return over
    for pattern, value in w.FRACTIONS:
        for m in pattern.finditer(offered):
            near = offered[max(0, m.start() - 40):m.end() + 40]
            if value > ctx.max_discount and w.PRICE_WORDS.search(near):
                return over
    accounted: set[float] = set()  # amounts off a known price within the limit, and the price that leaves
    for sentence in sentences(offered):
        if _over_in(sentence, ctx, accounted):
            return over
    for sentence in sentences(numeric):
        unknown = [value for _, _, value in amounts(sentence) if value not in ctx.amounts and value not in accounted]
        if unknown and not all(_worked_out(value, sentence, ctx) for value in unknown):
            return PRICE
    return None


def _over_in(sentence: str, ctx: GuardContext, accounted: set[float]) -> bool:
    """Stacked percentages, a share paid, an amount off or instead of a price, above the limit; the amounts off a
    known price within it go to ``accounted``."""
    if w.STACKED.search(sentence) and w.PRICE_WORDS.search(sentence):
        stacked = [number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(sentence)]
        if sum(p for p in stacked if p < 100) > ctx.max_discount and len(stacked) > 1:
            return True
    for m in _PERCENT.finditer(sentence):
        # "you only pay 30%", "maar 30% van het normale bedrag betaalt" (the verb last), "30% of your bill",
        # "you'll only be charged 80% of the fare"
        before, after = sentence[max(0, m.start() - 30):m.start()], sentence[m.end():m.end() + 40]
        only, of_usual = w.ONLY.search(before), w.OF_USUAL.match(after.lstrip())
        paid = number(m.group(1) or m.group(2))
        if ((only or of_usual) and (w.PAY.search(sentence) or only and of_usual) and not w.FEE_AFTER.match(after)
                and 100 - paid > ctx.max_discount):
            return True
    found = list(amounts(sentence))

    def too_much(off: float, base: float) -> bool:  # to the cent: 10% off €24.99 is €2.50
        return off > base * ctx.max_discount / 100 + 0.005

    for _, a_end, a in found:  # "€60 instead of a hundred and nineteen": the old price without its sign
        instead = w.INSTEAD.search(sentence[a_end:a_end + 30])
        next_to = instead is not None and not sentence[a_end:a_end + instead.start()].strip(" ,")
        b = _figure_at(sentence, a_end + instead.end()) if instead and next_to else None
        if b is not None and a < b and too_much(b - a, b):
            return True
    for (_, a_end, a), (b_start, _, b) in zip(found, found[1:], strict=False):
        between = sentence[a_end:b_start]
        taken_off, instead = w.TAKE_OFF.search(between) and too_much(a, b), w.INSTEAD.search(between)
        if a < b and (taken_off or instead and too_much(b - a, b)):
            return True
    for start, end, value in found:
        if w.OFF_AFTER.match(sentence, end) or w.OFF_BEFORE.search(sentence[max(0, start - 25):start]):
            # an amount off a price the knowledge base gives: a discount, judged as one ("€4.50 off your €45")
            bases = [(abs(b_start - start), b) for b_start, _, b in found if b > value and b in ctx.amounts]
            # or the price it leaves: "€25 off, so you pay €20" is €25 off €45
            bases += [(abs(b_start - start), b + value) for b_start, _, b in found
                      if b_start != start and b + value in ctx.amounts]
            if not bases:
                if value not in ctx.given_amounts:
                    return True  # an amount off that only the customer named: "we'll match it, €300 off your bill"
                continue
            base = min(bases)[1]
            if too_much(value, base):
                return True
            accounted.update((value, round(base - value, 2)))
    return False


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


def _worked_out(value: float, sentence: str, ctx: GuardContext) -> bool:
    """Whether a sum the knowledge base does not give is worked out from those it does, with what the sentence
    gives: a count ("3 days at €1.50, so €4.50"), a percentage within the limit ("5% off €6.50 is €0.33"), the
    difference or total of two known prices it names ("€45 and €55, so €10 more"), a known price less or plus a fee it
    names ("your €369 fare less the €50 fee: €319") or a year of a monthly price ("€540 a year")."""
    figures = numbers(sentence)
    counts = [n for n in figures if n.is_integer() and 1 < n <= 400]
    shares = [p for p in (number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(sentence))
              if p <= ctx.max_discount]
    named = [v for _, _, v in amounts(sentence) if v in ctx.amounts]
    pairs = [(a, b) for i, a in enumerate(named) for b in named[i + 1:]]
    return (any(abs(value - n * known) < 0.005 for n in counts for known in ctx.amounts)
            or any(abs(value - known * p / 100) < 0.006 or abs(value - known * (100 - p) / 100) < 0.006
                   for p in shares for known in ctx.amounts)
            or any(abs(value - (a + b)) < 0.005 or abs(value - abs(a - b)) < 0.005 for a, b in pairs)
            or any(abs(value - (k - n)) < 0.005 or abs(value - (k + n)) < 0.005 for n in named for k in ctx.amounts)
            or bool(w.PERIODS["year"].search(sentence)) and any(abs(value - 12 * k) < 0.005 for k in ctx.amounts))


def _unbacked(numeric: str, pattern: Words, backing: list[Giving], full_matters: bool,
              not_a_promise: Words | None = None, quoted: frozenset[float] = frozenset(),
              known: frozenset[float] = frozenset()) -> bool:
    """Whether a clause gives (or refunds) something that no passage sentence about the same thing backs. A sum of
    money the clause gives is backed by a passage sentence that gives that sum, in whatever words the draft says what
    it is for ("the delay was our fault, so you get €400" / "3 hours late through our fault: €400 from 1,500 km").
    A figure of another part of the sentence that the conversation or the passages name is no part of the gift
    ("joining is free, and members get 10% off")."""
    for sentence in sentences(numeric):
        for clause in clauses(sentence):
            if pattern.search(clause) is None or taken_back(sentence, clause):
                continue
            # the first giving word the clause does not refuse, wish for or only report as asked for
            m = next((m for m in pattern.finditer(clause) if not refused(clause, m.span())
                      and not w.WISHFUL.search(clause, 0, m.start())
                      and not (not_a_promise and _only_asked(clause, m, not_a_promise))), None)
            if m is None:
                continue
            # What is given is named in its clause ("..., the shipping is free") or in the sentence ("If the outage
            # lasts a day, we credit a day"), less what it says is not given ("A refund is not possible, but ...").
            kept = " ".join(other for other in clauses(sentence) if other == clause or not negated(other))
            part = giving_part(clause, m.span())
            named = content_words(ungiven(pattern, part))
            said = content_words(ungiven(pattern, kept))
            # a percentage is judged as a discount; what a "free" gives is counted in months or items, not in it
            own = numbers(part if full_matters else _PERCENT.sub(" ", part))
            figures = {n for n in numbers(kept) if n in own or n not in known}
            sums = {value for _, _, value in amounts(kept)}
            repeated = sums & quoted  # the customer's own figure ("your €84.20 credit"), not one the model made up
            figures, sums = figures - repeated, sums - repeated
            full = full_matters and bool(w.FULL.search(clause))
            counts = {n for n in figures if n.is_integer() and 1 < n <= 400}
            bound = periods(part)  # "we refund what you paid this year", not "...; we call the day before"
            if not any(_backed_by(g, named, said, figures, sums, repeated, quoted, counts)
                       and (not full or g.full) and bound <= g.periods for g in backing):
                return True
    return False


def _backed_by(g: Giving, named: list[frozenset[str]], said: list[frozenset[str]], figures: set[float],
               sums: set[float], repeated: set[float], quoted: frozenset[float], counts: set[float]) -> bool:
    """Whether passage sentence ``g`` backs a clause: it is about what the clause gives and names its sums, or it gives
    the very sums the clause does. A sum worked out from the customer's own figure and one of the passage's ("your
    €369 fare less the €50 fee: €319") is the passage's."""
    derived = {v for v in sums if any(abs(v - (q - x)) < 0.005 or abs(v - (q + x)) < 0.005
                                      for q in quoted for x in g.named_sums)}
    sums, figures = sums - derived, figures - derived
    about = ((_backs(named, g.words, g.subject) or _backs(said, g.words, g.subject))
             and (not g.sums or bool(sums) and _within(sums, g.sums, counts) or not sums and bool(repeated | derived)))
    return (about or bool(sums) and sums <= g.named_sums) and _within(figures, g.figures, counts)


def _only_asked(clause: str, m: re.Match[str], wish: Words) -> bool:
    """Whether the giving word at ``m`` is only what was asked or applied for ("you'd like a refund", "your refund
    request"), with no promise of ours at it ("as you requested, we'll refund your bill")."""
    near = clause[max(0, m.start() - 30):m.end() + 12]
    return bool(wish.search(near)) and not w.WE_WILL.search(clause, max(0, m.start() - 25), m.end())


def _within(values: set[float], given: set[float] | frozenset[float], counts: set[float]) -> bool:
    """Whether a draft's figures are the passage's, or one of them times a count the draft gives ("3 days, €4.50")."""
    products = {v for v in values - given if any(abs(v - n * known) < 0.005 for n in counts for known in given)}
    return values - products - (counts if products else set()) <= given


def free(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return FREE if _unbacked(numerals(text), w.FREE, ctx.free_clauses, False, known=ctx.figures) else None


def refunds(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return REFUND if _unbacked(numerals(text), w.REFUND, ctx.refund_clauses, True, w.WISH, ctx.quoted_sums,
                               ctx.figures) else None


def abuse(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """Insults and profanity anywhere on the card; in the text, blame, condescension and threats by their shape."""
    if wa.ABUSE.search(both) or wa.INSULT_AFTER_YOU.search(both) or wa.INSULT_AFTER_YOU_HE.search(both):
        return ABUSE
    if any(wa.BLAME.search(clause) and not negated(clause) for s in sentences(text) for clause in clauses(s)):
        return ABUSE
    if any(not w.CONDITION.search(text, max(0, m.start() - 25), m.start()) for m in wa.CONDESCENDING.finditer(text)):
        return ABUSE  # "you just don't listen", not "if you don't read the letter"
    if wa.VOCATIVE.search(text) or wa.CONTEMPT.search(text):
        return ABUSE
    for sentence in sentences(text):  # "maybe if you had read the e-mail, you wouldn't have to call"
        m = wa.IF_YOU_HAD.search(sentence)
        if m is not None and wa.IF_YOU_HAD_MARK.search(sentence) and not negated(sentence[:m.start()]):
            return ABUSE
    weak = (wa.EVEN_A_CHILD, wa.NOT_HARD, wa.AS_I_SAID, wa.EXASPERATED, wa.MOCK_PRAISE, wa.POINTED, wa.CALM_DOWN,
            wa.NO_USE, wa.GOT_IT, wa.READ_FIRST)
    if sum(bool(cue.search(text)) for cue in weak) >= 2:
        return ABUSE
    return ABUSE if wa.THREAT_IF.search(text) and wa.SANCTION.search(text) else None


def personal(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    for finding in personal_findings(both):
        if finding.kind == "TEXT":
            continue  # placeholder-shaped text: whether it was issued is the placeholder check's business
        if finding.kind in ("NAME", "ADDRESS"):
            words = [word for word in WORD.findall(finding.text) if len(word) >= 3]
            if finding.key not in ctx.personal_keys and not all(ctx.knows(word) for word in words):
                return PERSONAL
            continue
        if finding.kind == "EMAIL":
            known = finding.key in ctx.personal_keys or host_allowed(finding.key.rsplit("@", 1)[-1], ctx.hosts)
        elif finding.kind in ("PHONE", "CARD", "BSN", "IL_ID", "IBAN"):
            run = digits(finding.text)
            known = run in ctx.digits or run[-9:] in ctx.phone_tails or finding.key in ctx.personal_keys
        else:
            known = finding.key in ctx.personal_keys
        if not known:
            return PERSONAL
    neighbours = cw.NAMED_NEIGHBOUR.finditer(both) if cw.NEIGHBOUR_HINT.search(both) else ()
    for m in (*cw.HONORIFIC_NAME.finditer(both), *cw.PERSON_CUE.finditer(both), *neighbours):
        name = [word for word in (next(g for g in m.groups() if g)).split() if len(word) >= 3
                and word.casefold() not in ("van", "der", "den", "von")]
        if name and not ctx.knows(name[0]):
            return PERSONAL
    for m in cw.STREET.finditer(both):
        street = [word for word in WORD.findall(m.group()) if len(word) >= 3
                  and word.casefold() not in ("street", "road", "lane", "avenue", "rue", "boulevard", "רחוב")]
        if street and not all(ctx.knows(word) for word in street):
            return PERSONAL
    return None


def _script(sentence: str) -> str | None:
    if sentence.isascii():
        return None
    letters = sum(ch.isalpha() for ch in sentence)
    for lang, script in cw.SCRIPTS:
        if letters and len(script.findall(sentence)) / letters >= 0.4:
            return lang
    return None


def language(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A sentence or more in another language; a product name ("Smart Home Pack") inside one is fine."""
    plain = _PLACEHOLDER.sub(" ", URL.sub(" ", text))
    for sentence in sentences(plain):
        script = _script(sentence)
        if script is not None:
            if script != ctx.language:
                return LANGUAGE
            continue
        said, sure = detect_with_confidence(sentence)  # Latin letters: Dutch, English, French, ...
        if sure and said and said != ctx.language:
            return LANGUAGE
        tokens = [t.casefold() for t in WORD.findall(sentence)]
        for lang, foreign in cw.FOREIGN_WORDS.items():
            if lang != ctx.language and sum(t in foreign for t in tokens) >= 3:
                return LANGUAGE
        if _small_words_say_other(WORD.findall(sentence), ctx.language):
            return LANGUAGE
    return None


def _small_words_say_other(tokens: list[str], language: str) -> bool:
    """Whether a sentence in Latin letters is made of another language's small words: three more of them than of the
    customer's ("Ja, Sie können Ihren Vertrag mitnehmen"), two where the customer's have none; for a customer whose
    language has a script of its own, two of them or three lower-case words at all ("Uw monteur komt dinsdag" to a
    Hebrew speaker). Product names ("Unlimited Mobile 5G") carry neither."""
    counts = dict.fromkeys(cw.SMALL_WORDS, 0.0)
    for token in tokens:
        for lang, weight in cw.SMALL_WORD_LANGUAGES.get(token.casefold(), ()):
            counts[lang] += weight
    own = counts.get(language)
    other = max((n for lang, n in counts.items() if lang != language), default=0.0)
    if own is None:
        return other >= 2 or sum(t.islower() and len(t) >= 2 for t in tokens) >= 3
    return other >= 3 and other >= own + 2 or other >= 2 and own < 1 and len(tokens) >= 3


RULES = (placeholders, prompt, links, credentials, accounts, discounts, free, refunds, abuse, personal, language)
