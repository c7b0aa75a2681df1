"""The draft guard's checks, one function each, and the text helpers they and the context share.

Each check takes the draft's text (what the customer would read), ``both`` (text and rationale, everything
on the card), ``numeric`` (``both`` with number words written as digits) and the request's context, and
returns a reason or ``None``. What the draft offers or asks the customer (credentials, free things,
refunds) and its language are judged on the text alone: the rationale speaks to the agent ("the customer
wants a refund"). Links, accounts, prices, discounts, placeholders, recitals, abuse and personal data count
anywhere on the card. They only read: nothing here keeps state between drafts. No Qt here.
"""

from __future__ import annotations

import ipaddress
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from copilot.engines import guard_words as w
from copilot.engines.prompt import discount_over
from copilot.privacy.redaction import Finding, Redactor
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

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e"))
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "׳": "'", "״": '"', "\u00a0": " ", "\u202f": " "})
_SENTENCES = re.compile(r"(?<=[.!?\u05c3])\s+|\n+|(?<=\?)")
_CLAUSES = re.compile(r"[,;:()]|\s[-–—]\s|\s(?:but|however|maar|echter|mais|cependant|אבל|אך)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NUMBER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STOP = frozenset("""the and for with your you our this that from have will can are was were been they them their
    what when where which into onto also just only more most some such than then very each every other about after
    before over under while here there yours ours een het voor met van uw onze deze dit dat die zijn wordt worden
    heeft hebben
    kunt kan wij zij hier daar ook nog maar want door naar over bij tot elke ieder alle meer dan les des une pour avec
    dans sur par votre vos notre nos leur leurs sont être avez nous vous tout tous toute toutes plus aussi cette ces
    שלך שלכם שלנו הזה הזאת הוא היא הם את עם על של גם רק כל אני אתה""".split())
_MONEY_BEFORE = r"(?:€|eur\b|euros?\b|\$|usd\b|£|gbp\b|₪|ש\"ח|nis\b)"
_MONEY_AFTER = r"(?:,-\s*)?(?:€|eur\b|euros?\b|euro's\b|\$|dollars?\b|usd\b|£|pounds?\b|₪|ש\"ח|שקל\w*|nis\b|אירו|יורו)"
_FIGURE = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"  # 1.234,56 or 45,50 or 45
_PER_MONTH = r"(?:per|a|an|/|p\.?)\s?(?:month|maand|mnd|mois)\b|par mois\b|לחודש"
_AMOUNT = re.compile(rf"{_MONEY_BEFORE}\s?({_FIGURE})(?![\d.,]\d)|(?<![\d.,])({_FIGURE})\s?{_MONEY_AFTER}"
                     rf"|(?<![\d.,])({_FIGURE})\s(?={_PER_MONTH})", re.IGNORECASE)
_TLDS = ("com net org info biz nl be fr de uk co io ly me il ru eu us ca au ch at es it pl cz se no dk fi pt ie lu "
         "app dev xyz top site online shop store link click live help support services service tech cloud club vip "
         "win bid loan work email page web website pro tk ml ga cf gq cn in br mx cc tv ws su ua kz by gl gg am fm la "
         "im ai biz info mobi name today world life news network digital secure login account verify gy gd id to "
         "icu buzz monster rest cyou pw cam sbs cfd quest bond zip mov su ir kp vn tr gr ro hu bg sk si hr lt lv ee "
         "is lu kr jp asia global center company").split()
_CHAR = r"a-z0-9\u00c0-\u024f\u0400-\u04ff"  # Latin with accents, and Cyrillic look-alikes
_LABEL = rf"[{_CHAR}](?:[{_CHAR}-]{{0,61}}[{_CHAR}])?"
_URL = re.compile(r"\b(?:h(?:tt|xx)ps?|ftp)://([^\s<>\"'\])/?#]+)|\bwww\d?\.([^\s<>\"'\])/?#]+)", re.IGNORECASE)
_BARE_HOST = re.compile(rf"(?<![\w@.])((?:{_LABEL}\.)+(?:{'|'.join(sorted(set(_TLDS), key=len, reverse=True))}|"
                        r"xn--[a-z0-9-]+))(?![\w-])(?!\.[a-z0-9])", re.IGNORECASE)
_IP = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
_LAN = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                                "169.254.0.0/16"))
_PLACEHOLDER = re.compile(r"\[\s*([A-Za-z][A-Za-z0-9_ ]*?)\s*\]|\{\{?\s*([A-Za-z_][A-Za-z0-9_ ]*?)\s*\}?\}")
_ISSUED_SHAPE = re.compile(r"[A-Z][A-Z0-9_]{2,}|[A-Za-z]+_\d+|(?i:(?:(?:your|the|uw|de|votre|le|la) )?(?:(?:first|last|"
                           r"full|customer|klant|client) ?)?(?:name|naam|nom|prénom|e-?mail|phone|telefoon|"
                           r"t[ée]l[ée]phone|address|adres|adresse|iban|date|datum|amount|bedrag|montant|customer|"
                           r"klant|client|number|nummer|numéro))|שם|שם הלקוח|מספר טלפון|כתובת|מייל")
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d[\d -]{4,}\d(?![\w])")
_REFERENCE = re.compile(r"(?:invoice|order|reference|ref|customer|ticket|factuur\w*|bestel\w*|kenmerk|klantnummer|"
                        r"dossier|facture|commande|référence|חשבונית|הזמנה|אסמכתא)\W{0,3}(?:number|nummer|numéro|nr|no)?"
                        r"\W{0,3}$", re.IGNORECASE)
_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|per cent|procent|pour ?cent|אחוז)|%\s*(\d{1,3})",
                      re.IGNORECASE)
# Periods and money are what a giveaway gives, not what it is about: "a month free" names no product.
_GIVEN = frozenset("month months maand maanden mois year years jaar jaren année années week weeks weken semaine "
                   "semaines fee fees kosten frais price prijs prix bill bills factuur facture invoice within binnen "
                   "pendant without zonder חודש חודשים שנה שנים שבוע שבועות מחיר חשבון עלות תשלום".split())
_GIVEN_FORMS = frozenset({word if "\u05d0" <= word[0] <= "\u05ea" else word[:5] for word in _GIVEN})
_ELIDED = re.compile(r"^(?:l|d|qu|j|s|n|m|c|t)'|'s$")
_redactor = Redactor()


# -- shared helpers -------------------------------------------------------------------------------------------


def clean(text: str) -> str:
    """One spelling for matching: compatibility forms folded, invisible characters gone."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)


@lru_cache(maxsize=1024)
def numerals(text: str) -> str:
    """``text`` with number words before what they measure written as digits ("vijftig procent" -> "50 procent")."""
    for dual, spelled in w.HEBREW_DUALS.items():
        if dual in text:
            text = text.replace(dual, spelled)
    parts, done = [], 0
    for measure in w.MEASURE.finditer(text):
        before = list(_NUMBER_WORD.finditer(text, max(done, measure.start() - 40), measure.start()))
        if not before or text[before[-1].end():measure.start()].strip(" -"):
            continue  # the word right before the measure is no number word
        for size in (3, 2, 1):  # "vingt et un", "a hundred", "fifty"
            if len(before) >= size:
                start = before[-size].start()
                value = w.NUMBER_WORDS.get(" ".join(text[start:before[-1].end()].casefold().split()))
                if value is not None:
                    parts += [text[done:start], str(value)]
                    done = before[-1].end()
                    break
    return "".join(parts) + text[done:] if parts else text


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCES.split(text) if s.strip()]


def clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSES.split(sentence) if c.strip()]


def number(text: str) -> float:
    """"45", "45,50", "1.234,56", "1,200": the last separator before one or two digits is the decimal one."""
    decimal = next((text[-n] for n in (3, 2) if len(text) > n and text[-n] in ".,"), "\0")
    whole, separator, tail = text.replace(" ", "").rpartition(decimal)
    if separator:
        return float(re.sub(r"\D", "", whole) + "." + tail)
    return float(re.sub(r"\D", "", text))


def amounts(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of every sum of money."""
    for m in _AMOUNT.finditer(text):
        yield m.start(), m.end(), number(m.group(1) or m.group(2) or m.group(3))


def numbers(text: str) -> set[float]:
    return {number(n) for n in _NUMBER.findall(text)}


def content_words(text: str) -> list[frozenset[str]]:
    """Content words in order, each as its forms: crudely stemmed so "installation" meets "installatie",
    "l'installation" and "the engineer's" lose their articles, and "והתקנה" meets "התקנה"."""
    found = []
    for word in _WORD.findall(text.casefold()):
        word = _ELIDED.sub("", word)
        hebrew = "\u05d0" <= word[:1] <= "\u05ea"
        if len(word) < (3 if hebrew else 4) or word in _STOP or "'" in word:  # "i'll", "you're": no content
            continue
        if hebrew:
            forms = {word} | {word[n:] for n in (1, 2) if len(word) - n >= 3 and all(c in "והבלמשכ" for c in word[:n])}
        else:
            forms = {word[:5]}
        if not forms & _GIVEN_FORMS:
            found.append(frozenset(forms))
    return found


def stems(text: str) -> set[str]:
    return {form for forms in content_words(text) for form in forms}


def hosts(text: str) -> Iterator[str]:
    """Every host a reader could visit: from links (after any "user@" trick) and bare domain names."""
    for m in _URL.finditer(text):
        authority = (m.group(1) or f"www.{m.group(2)}").rsplit("@", 1)[-1]
        yield authority.split(":")[0].rstrip(".").casefold()
    for m in _BARE_HOST.finditer(text):
        yield m.group(1).casefold()
    for m in _IP.finditer(text):
        yield m.group()


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    if host in allowed:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return any(host == d or host.endswith(f".{d}") for d in allowed)
    return ip.is_loopback or any(ip in net for net in _LAN)  # a router's own page; no one else's machine


def ibans(text: str) -> Iterator[str]:
    for m in w.IBAN_LIKE.finditer(text):
        compact = re.sub(r"[ -]", "", m.group()).upper()
        if 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 8:
            yield compact


@lru_cache(maxsize=4096)
def personal_findings(text: str) -> tuple[Finding, ...]:
    """The redactor's findings (e-mail, phone, IBAN, card, IDs, birth dates, postcodes); turns repeat: cached."""
    return tuple(_redactor.find(text))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _negated(clause: str, span: tuple[int, int] | None = None) -> bool:
    if span is not None:
        clause = clause[:span[0]] + " " + clause[span[1]:]
    return bool(w.NEGATION.search(clause))


def _backs(said: list[frozenset[str]], passage: set[str], subject: set[str]) -> bool:
    """Whether a passage sentence is about what the draft's clause gives: the clause's first content word is
    what the passage gives ("Installation is free" / "Installation by an engineer is free ..."), or half its
    words are in the passage and one of them names what the passage gives. "Your subscription is free" is not
    backed by "Installation is free with every new subscription"."""
    if not said:
        return False
    if said[0] & subject:
        return True
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
    if w.RECITAL.search(both):
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
    for sentence in sentences(text):
        asked, soft = w.ASK.search(sentence) or w.SEND_TO_US.search(sentence), w.ASK_SOFT.search(sentence)
        if not (asked or soft):
            continue
        for clause in clauses(sentence):
            if w.CREDENTIAL.search(clause) and not _negated(clause) and (asked or not w.RESET.search(clause)):
                return CREDENTIAL
    return None


def accounts(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    if any(iban not in ctx.ibans for iban in ibans(both)):
        return ACCOUNT
    if w.NEW_ACCOUNT.search(both) and not ctx.announces_new_account:
        return ACCOUNT
    for sentence in sentences(both):
        if not (w.ACCOUNT_WORDS.search(sentence) and w.PAY_TO.search(sentence)):
            continue
        money = [(a, b) for a, b, _ in amounts(sentence)]
        for m in _DIGIT_RUN.finditer(sentence):
            run = digits(m.group())
            if (len(run) >= 6 and run not in ctx.digits and not any(a <= m.start() < b for a, b in money)
                    and not _REFERENCE.search(sentence[max(0, m.start() - 30):m.start()])):
                return ACCOUNT
    return None


def discounts(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    over = f"discount above {ctx.max_discount:g}%"
    if discount_over(numeric, ctx.max_discount) is not None:
        return over
    for pattern, value in w.FRACTIONS:
        for m in pattern.finditer(numeric):
            near = numeric[max(0, m.start() - 40):m.end() + 40]
            if value > ctx.max_discount and w.PRICE_WORDS.search(near):
                return over
    for sentence in sentences(numeric):
        if w.STACKED.search(sentence) and w.PRICE_WORDS.search(sentence):
            stacked = [number(m.group(1) or m.group(2)) for m in _PERCENT.finditer(sentence)]
            if sum(p for p in stacked if p < 100) > ctx.max_discount and len(stacked) > 1:
                return over
        for m in _PERCENT.finditer(sentence):
            before, after = sentence[max(0, m.start() - 45):m.start()], sentence[m.end():m.end() + 40]
            paid = number(m.group(1) or m.group(2))
            if w.PAY.search(before) and (w.ONLY.search(before) or w.OF_USUAL.search(after)) and (
                    100 - paid > ctx.max_discount):
                return over
        found = list(amounts(sentence))
        for (_, a_end, a), (b_start, _, b) in zip(found, found[1:], strict=False):
            between = sentence[a_end:b_start]
            if a < b and ((w.TAKE_OFF.search(between) and a / b * 100 > ctx.max_discount)
                          or (w.INSTEAD.search(between) and (b - a) / b * 100 > ctx.max_discount)):
                return over
    if any(value not in ctx.amounts for _, _, value in amounts(numeric)):
        return PRICE
    return None


def _unbacked(numeric: str, pattern: w.Words, backing: list[tuple[set[str], set[str], set[float], bool]],
              full_matters: bool, not_a_promise: w.Words | None = None) -> bool:
    """Whether a clause gives (or refunds) something that no passage sentence about the same thing backs."""
    for sentence in sentences(numeric):
        for clause in clauses(sentence):
            m = pattern.search(clause)
            if m is None or _negated(clause, m.span()) or (not_a_promise and not_a_promise.search(clause)):
                continue
            # What is given is judged on the sentence ("If the outage lasts a day, we credit a day"), less what
            # it says is not given ("A refund is not possible, but we credit a day").
            kept = " ".join(part for part in clauses(sentence) if part == clause or not _negated(part))
            said, figures = content_words(pattern.sub(" ", kept)), numbers(kept)
            full = full_matters and bool(w.FULL.search(clause))
            if not any(_backs(said, passage, subject) and figures <= passage_figures and (not full or passage_full)
                       for passage, subject, passage_figures, passage_full in backing):
                return True
    return False


def free(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return FREE if _unbacked(numerals(text), w.FREE, ctx.free_clauses, False) else None


def refunds(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return REFUND if _unbacked(numerals(text), w.REFUND, ctx.refund_clauses, True, w.WISH) else None


def abuse(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return ABUSE if w.ABUSE.search(both) or w.INSULT_AFTER_YOU.search(both) else None


def personal(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    for finding in personal_findings(both):
        if finding.kind == "TEXT":
            continue  # placeholder-shaped text: whether it was issued is the placeholder check's business
        if finding.kind in ("NAME", "ADDRESS"):
            words = [word for word in _WORD.findall(finding.text) if len(word) >= 3]
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
    for m in (*w.HONORIFIC_NAME.finditer(both), *w.PERSON_CUE.finditer(both)):
        name = [word for word in (next(g for g in m.groups() if g)).split() if len(word) >= 3
                and word.casefold() not in ("van", "der", "den", "von")]
        if name and not ctx.knows(name[0]):
            return PERSONAL
    for m in w.STREET.finditer(both):
        street = [word for word in _WORD.findall(m.group()) if len(word) >= 3
                  and word.casefold() not in ("street", "road", "lane", "avenue", "rue", "boulevard", "רחוב")]
        if street and not all(ctx.knows(word) for word in street):
            return PERSONAL
    return None


def _script(sentence: str) -> str | None:
    letters = [ch for ch in sentence if ch.isalpha()]
    for lang, low, high in w.SCRIPTS:
        if letters and sum(low <= ch <= high for ch in letters) / len(letters) >= 0.4:
            return lang
    return None


def language(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A sentence or more in another language; a product name ("Smart Home Pack") inside one is fine."""
    plain = _PLACEHOLDER.sub(" ", _URL.sub(" ", text))
    for sentence in sentences(plain):
        script = _script(sentence)
        if script is not None:
            if script != ctx.language:
                return LANGUAGE
            continue
        said, sure = detect_with_confidence(sentence)  # Latin letters: Dutch, English, French, ...
        if sure and said and said != ctx.language:
            return LANGUAGE
        tokens = [t.casefold() for t in _WORD.findall(sentence)]
        for lang, foreign in w.FOREIGN_WORDS.items():
            if lang != ctx.language and sum(t in foreign for t in tokens) >= 3:
                return LANGUAGE
    return None


RULES = (placeholders, prompt, links, credentials, accounts, discounts, free, refunds, abuse, personal, language)
