"""Text helpers the draft guard's checks and its context share: one spelling for matching, sentences and clauses,
sums of money and numbers, content words crudely stemmed, hosts and bank accounts, the redactor's findings.

They only read and cache per text: a conversation's lines come back in every request. No Qt here.
"""

from __future__ import annotations

import ipaddress
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from copilot.engines import guard_words as w
from copilot.engines.guard_lexicon import HE_LETTER, Words
from copilot.privacy.detectors import iban_valid
from copilot.privacy.redaction import Finding, Redactor

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e"))
# The Arabic percent sign is no compatibility form of "%", so NFKC keeps it: "25٪ off" passed as no discount. Nor
# is the ideographic full stop one of ".", though a browser reads it as one in a host: "example。com" is example.com.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "׳": "'", "״": '"', "\u00a0": " ", "\u202f": " ",
                         "\u066a": "%", "\u3002": "."})
_SENTENCES = re.compile(r"(?<=[.!?\u05c3])\s+|\n+|(?<=\?)")
# A comma or colon between digits is part of a figure ("€2,50", "8:00"), and "https:" of a link: neither ends a clause.
_CLAUSES = re.compile(r"(?<!\d),|,(?!\d)|(?<!\d):(?!//)|:(?![\d/])|[;()]|\s[-–—]\s|"
                      r"\s(?:but|however|maar|echter|mais|cependant|אבל|אך)\s", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_TIME = re.compile(r"(?<![\d.,])\d{1,2}(?::\d{2}|h\d{0,2}\b|\s?(?:am|pm)\b)", re.IGNORECASE)
# not the "1" of a placeholder ("[NAME_1]"), nor a figure a product's name is made of ("3D", "4K", "4DX")
# (a figure with thousands and decimals is one: "€1,117.50", "1.117,50", "1 117,50 €")
_NUMBER = re.compile(r"(?<!_)(?:\d{1,3}(?:[.,\u00a0\u202f]\d{3})+[.,]\d{1,2}(?!\d)|\d{1,3}(?: \d{3})+[.,]\d{2}(?!\d)|"
                     # (bounded: "1.1.1..." is not read again per figure)
                     r"\d+(?:[.,]\d+)?)(?![\d.,]{0,24}(?:D|DX|K)\b)")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ -]*$")
_NUMBER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STOP = frozenset("""the and for with your you our this that from have will can are was were been they them their
    what when where which into onto also just only more most some such than then very each every other about after
    before over under while here there yours ours een het voor met van uw onze deze dit dat die zijn wordt worden
    heeft hebben
    kunt kan wij zij hier daar ook nog maar want door naar over bij tot elke ieder alle meer dan les des une pour avec
    dans sur par votre vos notre nos leur leurs sont être avez nous vous tout tous toute toutes plus aussi cette ces
    שלך שלכם שלנו הזה הזאת הוא היא הם את עם על של גם רק כל אני אתה אותו אותה אותם אותן
    new nieuw nieuwe nouveau nouvelle nouvel nouveaux nouvelles חדש חדשה חדשים old oude ancien ancienne ישן ישנה
    send sent sends sending ship shipped sturen stuur stuurt sturen verstuurd verzonden envoyer envoyé envoyée
    envoyons envoie נשלח נשלחת נשלחים נשלחות שולחים ישלח donc ainsi alors puis thus therefore
    first eerste premier première premiers premières ראשון ראשונה ראשונים ראשונות הראשון הראשונה הראשונים
    next volgende prochain prochaine prochains prochaines הבא הבאה הבאים
    now nu maintenant עכשיו autre autres ander andere niet geen nooit never jamais aucun aucune
    quand lorsque wanneer zodra whenever souhaitez souhaite voulez wilt מתי
    ahead vooraf tevoren voorhand לפני מראש
    keer fois פעם בפעם
    serez sera seront serai serons êtes sommes étiez aurez aura auront avons would shall should being zal zullen zult
    werd werden geweest יהיה תהיה יהיו
    additionally besides daarnaast bovendien ailleurs בנוסף ובנוסף
    ruim ruimschoots ruimer well easily comfortably largement bien יותר
    במקרה כזה כזאת""".split())
# (An ordinal says which one, not what: "the first three months of Cover Plus" is not "the first 50 km", "with your next
# visit" not a visit moved. Nor do
# "now" and "another" say what is given: "je peux vous réserver une autre salle maintenant"; nor does an auxiliary
# ("vous serez remboursée", "it would be refunded", "het zal worden terugbetaald"); nor does a "not" ("niet",
# "never"), which the shorter "not", "pas" and "לא" already are not. Nor does when the customer wishes it: "nous
# viendrons reprendre le vélo gratuitement quand vous le souhaitez" gives what "when" and "wish" do not name.)
# Nor does how long before it is asked for: "up to 24 hours ahead", "tot 24 uur van tevoren", "24 heures à l'avance",
# "עד 24 שעות לפני" say what "24 hours in advance" does, nor which time it is: "next time", "la prochaine fois",
# "בפעם הבאה". Nor by how much more than the condition's figure: "ruim 72 uur vooraf", "well over 72 hours", "bien plus
# de 72 heures", "הרבה יותר מ-72 שעות" meet "up to 72 hours ahead".
# A company's name for a thing is often an acronym ("SIM", "TV", "GB"): a content word however short.
_ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z]{2,4}(?![^\W\d_])")
_MONEY_BEFORE = r"(?:€|eur\b|euros?\b|\$|usd\b|£|gbp\b|₪|ש\"ח|nis\b)"
_MONEY_AFTER = (r"(?:,-\s*)?(?:€|eur\b|euros?\b|euro's\b|\$|dollars?\b|usd\b|£|pounds?\b|₪|ש\"ח|שקל\w*|shekels?\b|"
                r"nis\b|אירו|יורו)")
# 1.234,56 or 45,50 or 45, or 10 000 (French and Hebrew part thousands with a space, "10 000 €", "37 500 ₪")
# (a figure after a letter or "×" starts no spaced thousands: "Garden Tent 3x6 190 €" is 190 €, not 6 190 €)
_FIGURE = (r"(?<![^\W\d_])(?<!×)\d{1,3}(?: \d{3})+(?:,\d{1,2})?(?!\d)|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|"
           r"\d+(?:[.,]\d{1,2})?")
_PER_MONTH = r"(?:per|a|an|/|p\.?)\s?(?:month|maand|mnd|mois)\b|par mois\b|לחודש"
_COUNTED = (r"(?:mois|maand|maanden|months?|jours?|dagen|days?|ans?\b|jaar|years?|semaines?|weken|weeks?|x\b|keer|fois|"
            r"times)")  # "45 € 12 mois" is 45 euros for 12 months, not 45.12
# A figure with its money sign before or after it (then perhaps its cents: "7 € 50", "7 euro 50"), or "per month"
# (not a day of the month: "מתחדש ב-1 לחודש" renews on the first).
# A sign right before another figure is that one's: "Book 14 €854,05" names €854.05, not €14; so is one set off from
# the figure before it and joined to the one after ("Model 45 €26" is €26, "7 € 50" and "7€50" are 7.50).
_AMOUNT = re.compile(rf"{_MONEY_BEFORE}\s?({_FIGURE})(?![\d.,]\d)|(?<![\d.,])({_FIGURE})(?P<gap>\s?){_MONEY_AFTER}"
                     rf"(?:(?P=gap)(\d{{2}})(?![\d%]|[.,]\d|\s*{_COUNTED})|(?!\s?\d))|(?<![\d.,])(?<!ב-)(?<!ב־)({_FIGURE})\s(?={_PER_MONTH})",
                     re.IGNORECASE)
_TLDS = ("com net org info biz nl be fr de uk co io ly me il ru eu us ca au ch at es it pl cz se no dk fi pt ie lu "
         "app dev xyz top site online shop store link click live help support services service tech cloud club vip "
         "win bid loan work email page web website pro tk ml ga cf gq cn in br mx cc tv ws su ua kz by gl gg am fm la "
         "im ai biz info mobi name today world life news network digital secure login account verify gy gd id to "
         "icu buzz monster rest cyou pw cam sbs cfd quest bond zip mov su ir kp vn tr gr ro hu bg sk si hr lt lv ee "
         "is lu kr jp asia global center company nz za sg hk my ph ng ke pk cl ar pe uy th tw ma tn eg sa ae qa kw "
         "jo ge az uz md mt cy rs ba mk al pay bank money cash finance claims codes mobile media agency fun space "
         "host one best lol bar autos homes beauty llc ltd inc group team solutions systems").split()
_CHAR = r"a-z0-9\u00c0-\u024f\u0400-\u04ff"  # Latin with accents, and Cyrillic look-alikes
_LABEL = rf"[{_CHAR}](?:[{_CHAR}-]{{0,61}}[{_CHAR}])?"
URL = re.compile(r"\b(?:h(?:tt|xx)ps?|ftp)://([^\s<>\"'\])/?#]+)|\bwww\d?\.([^\s<>\"'\])/?#]+)", re.IGNORECASE)
_BARE_HOST = re.compile(rf"(?<![\w@.])((?:{_LABEL}\.)+(?:{'|'.join(sorted(set(_TLDS), key=len, reverse=True))}|"
                        r"xn--[a-z0-9-]+))(?![\w-])(?!\.[a-z0-9])", re.IGNORECASE)
BARE_HOST = _BARE_HOST  # a host named without a scheme ("upload.example.com"), in no language of its own
# a bare host with a path after it is a link whatever its ending, one no list of endings knows too: "kort.nu/abc",
# "is.gs/x-y" (letters only after the last dot, so "1.5/10" and "km/h" are none)
_PATH_HOST = re.compile(rf"(?<![\w@./:-])((?:{_LABEL}\.)+[a-z]{{2,24}})(?=/[\w-])", re.IGNORECASE)
_HOST_END = re.compile(r"[,;!?]")
_IP = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
_LAN = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                                "169.254.0.0/16"))
# Periods and money are what a giveaway gives, not what it is about: "a month free" names no product.
# So is how much of it: "full" is weighed on its own (``Giving.full``), and "intégralement" names nothing given.
_GIVEN = frozenset("month months maand maanden mois year years jaar jaren année années week weeks weken semaine "
                   "semaines fee fees kosten frais price prijs prix bill bills factuur facture invoice within binnen "
                   "pendant without zonder חודש חודשים שנה שנים שבוע שבועות מחיר חשבון עלות תשלום "
                   "full fully entire entirely whole volledig volledige helemaal gehele intégral intégrale "
                   "intégralement intégralité totalement מלא מלאה מלוא "
                   # the whole of it, named by no thing: "you get everything back", "het volle bedrag"
                   "everything alles bedrag amount montant totalité סכום הסכום".split())
_GIVEN_FORMS = frozenset({word if "\u05d0" <= word[0] <= "\u05ea" else word[:5] for word in _GIVEN})
# Verbs that name the same act on a subscription or plan: stopping it, and moving to another plan or level.
# (and Dutch's child and children: "kind", "kinderen")
_SAME_GROUPS = ("opzeg stopz stopp beëin beein résil arrêt", "overs wisse overg chang switc", "kind kinde")
_SAME = {form: frozenset(group.split()) for group in _SAME_GROUPS for form in group.split()}
# "passer" (to move to) only as the verb itself: "passez à Premium et trois mois offerts" changes nothing for free
_SAME["passer"] = _SAME["chang"]
_ELIDED = re.compile(r"^(?:l|d|qu|j|s|n|m|c|t)'|'s$")
_redactor = Redactor()

class Giving(NamedTuple):
    """A passage sentence that gives (or refunds) something, as a draft's promise is compared with it."""

    words: set[str]  # its content words, less the giving words
    subject: set[str]  # those before the giving word: what is given ("Installation by an engineer is free")
    figures: set[float]  # every number in it: a draft's promise may only repeat them
    full: bool  # it gives the whole of something ("a full refund")
    sums: frozenset[float]  # the sums of money its giving clause names ("we credit €2.50 per day"): a promise
    # backed by it must name one of them
    periods: frozenset[str]  # the periods it and the sentences around it name ("within 14 days"): a promise
    # backed by it names no other ("everything you paid this year")
    named_sums: frozenset[float] = frozenset()  # every sum of money the sentence names, its giving clause's or those
    # it lists after ("you get compensation: €250 up to 1,500 km, €400 ..."): a promise naming one of them is that one
    gives: frozenset[str] = frozenset()  # its giving words ("tegoed", "storten ... terug"): a promise that names
    # nothing else ("dat tegoed storten we binnen 6 weken terug") is backed by one that gives the same way
    conditions: frozenset[float] = frozenset()  # the figures of its own sentence that are no sum ("more than 24
    # hours late", "within 14 days"): a promise of the whole, backed by it, names one of them
    routes: frozenset[str] = frozenset()  # the words of a figure-free alternative of its condition ("or is
    # cancelled"): a promise of the whole that names one meets the condition too
    bounds: frozenset[float] = frozenset()  # a thing charged only past a bound ("storage is €5 a day after the
    # first 7 days") is free up to it: a free thing it backs names that bound, never free without one


# -- shared helpers -------------------------------------------------------------------------------------------


def clean(text: str) -> str:
    """One spelling for matching: compatibility forms folded, invisible characters gone."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)


# A quotation: quote marks not inside a word ("don't", "l'offre" and "צ'אט" open nothing), a short span between.
_QUOTATION = re.compile(r"(?<!\w)(['\"«„“])([^'\"«»„“”\n\[\]@\d]{2,80}?)(['\"»”“])(?!\w)")


def unsaid_quotes(text: str, said: frozenset[str]) -> str:
    """``text`` less the quotations of words the conversation already said: a draft that repeats the customer's
    "'three months free'" to answer it reports the request, it promises nothing. A quotation with any word of its
    own stays, as do numbers, addresses and placeholders, which other checks judge."""
    def out(m: re.Match[str]) -> str:
        quoted = re.findall(r"\w+", m.group(2).casefold())
        return "''" if quoted and all(word in said for word in quoted) else m.group()
    return _QUOTATION.sub(out, text) if said else text


# a capitalised word after a measure's word goes on with a product's name
_NAME_GOES_ON = re.compile(r" [A-Z][^\W\d_]")


@lru_cache(maxsize=1024)
def numerals(text: str) -> str:
    """``text`` with number words before what they measure written as digits ("vijftig procent" -> "50 procent")."""
    for dual, spelled in w.HEBREW_DUALS.items():
        if dual in text:
            text = text.replace(dual, spelled)
    parts, done = [], 0
    for measure in w.MEASURE.finditer(text):
        if measure.group()[:1].isupper() and _NAME_GOES_ON.match(text, measure.end()):
            continue  # a measure's word capitalised in a product's name: "een Week Camp" is no one week
        last = _LAST_WORD.search(text, max(done, measure.start() - 40), measure.start())
        if last is None or last.group(1).casefold() not in w.NUMBER_ENDINGS and _HE_PREFIX.sub(
                "", last.group(1)) not in w.NUMBER_ENDINGS:
            continue  # most measures follow a figure ("€45", "45 per maand"): no number word to read
        before = list(_NUMBER_WORD.finditer(text, max(done, measure.start() - 40), measure.start()))
        if not before or text[before[-1].end():measure.start()].strip(" -"):
            continue  # the word right before the measure is no number word
        for size in (4, 3, 2, 1):  # "a hundred and nineteen", "vingt et un", "a hundred", "fifty"
            if len(before) >= size:
                start = before[-size].start()
                phrase = " ".join(text[start:before[-1].end()].casefold().split())
                value = w.NUMBER_WORDS.get(phrase)
                # Hebrew writes "in", "for", "and" as a letter on the number: "בשמונים שקלים" (for eighty shekels)
                prefix = _HE_PREFIX.match(phrase) if value is None else None
                if prefix is not None and (value := w.NUMBER_WORDS.get(phrase[prefix.end():])) is not None:
                    start += prefix.end()
                if value is not None:
                    parts += [text[done:start], str(value)]
                    done = before[-1].end()
                    break
    text = "".join(parts) + text[done:] if parts else text
    return _INSTEAD_OF_WORDS.sub(_instead_of_words, text) if _INSTEAD_HINT.search(text) else text


_HE_PREFIX = re.compile(r"^(?:[ובלכ]|ו[בלכ])(?=[\u05d0-\u05ea]{2})")
# a number word set against a sum, its measure left out: "18 euros au lieu de vingt-cinq", "$15 instead of twenty"
_INSTEAD_HINT = re.compile(r"(?i:instead of|rather than|in plaats van|au lieu de|down from|plutôt que)|במקום")
_INSTEAD_OF_WORDS = re.compile(
    r"(?P<sum>(?:[€$£₪]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[€$£₪]|euros?\b|eur\b|dollars?\b|pounds?\b|שקל\w*|shekels?\b|ש\"ח)))"
    r"(?P<between>[^.!?;\d]{0,30}?(?i:instead of|rather than|in plaats van|au lieu de|down from|plutôt que|"
    r"[ובלמשכ]{0,2}-?במקום)\s+)(?P<words>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})")


def _instead_of_words(m: re.Match[str]) -> str:
    """The number words after "instead of" as a sum in the measure of the sum before it, the longest run of words that
    names a number."""
    sum_, words_ = m.group("sum"), m.group("words")
    tokens = words_.split()
    for size in range(len(tokens), 0, -1):
        value = w.NUMBER_WORDS.get(" ".join(tokens[:size]).casefold())
        if value is not None:
            unit = re.sub(r"[\d.,\s]", "", sum_)
            figure = f"{unit}{value}" if sum_[0] in "€$£₪" else f"{value} {unit}"
            return f"{sum_}{m.group('between')}{figure}{words_[len(' '.join(tokens[:size])):]}"
    return m.group()


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """Cached, like the other splits and finds here: every check reads the same draft."""
    return tuple(s for s in _SENTENCES.split(text) if s.strip())


@lru_cache(maxsize=4096)
def clauses(sentence: str) -> tuple[str, ...]:
    return tuple(c for c in _CLAUSES.split(sentence) if c.strip())


def number(text: str) -> float:
    """"45", "45,50", "1.234,56", "1,200": the last separator before one or two digits is the decimal one."""
    decimal = next((text[-n] for n in (3, 2) if len(text) > n and text[-n] in ".,"), "\0")
    whole, separator, tail = text.replace(" ", "").rpartition(decimal)
    if separator:
        return float(re.sub(r"\D", "", whole) + "." + tail)
    return float(re.sub(r"\D", "", text))


@lru_cache(maxsize=4096)
def amounts(text: str) -> tuple[tuple[int, int, float], ...]:
    """(start, end, value) of every sum of money."""
    found = []
    for m in _AMOUNT.finditer(text):
        euros, cents = m.group(2), m.group(4)
        if cents and euros.isdigit():  # "7 € 50" is 7.50; "24,99 € 50" is no such thing
            found.append((m.start(), m.end(), float(f"{euros}.{cents}")))
        else:
            found.append((m.start(), m.start() + len(m.group().rstrip("0123456789 ")) if cents else m.end(),
                          number(m.group(1) or euros or m.group(5))))
    return tuple(found)


_SIGNS = (("€", re.compile(r"€|(?<!\w)(?:euros?|eur)(?!\w)", re.I)),
          ("₪", re.compile(r"₪|שקל|ש\"ח|(?<!\w)(?:shekels?|nis)(?!\w)", re.I)),
          ("$", re.compile(r"\$|(?<!\w)dollars?(?!\w)", re.I)),
          ("£", re.compile(r"£|(?<!\w)(?:pounds?|quid)(?!\w)", re.I)))


def currency(said: str) -> str:
    """The currency a sum as written is in ("€", "₪", "$", "£"), or "" when it names none."""
    return next((sign for sign, pattern in _SIGNS if pattern.search(said)), "")


def signed_sums(text: str) -> frozenset[tuple[float, str]]:
    """Each sum of money ``text`` names, with its currency ("" for none)."""
    return frozenset((value, currency(text[start:end])) for start, end, value in amounts(text))


def sums(text: str) -> frozenset[float]:
    """The value of every sum of money ``text`` names."""
    return frozenset(value for _, _, value in amounts(text))


# what follows a sum that charges it per unit: "€0,35 per km", "0,35 € le km", "1.30 ₪ לק"מ", "€15 a month"
# (with what it is charged on top of between: "€40 extra per floor", "40 € de plus par étage", "150 ₪ נוספים לכל קומה")
_PER_UNIT = re.compile(r"(?:\s(?:extra|additional|more|meer|de plus|en plus|suppl[ée]mentaires?|נוספים|נוסף|נוספת))?"
                       r"(?:\s?(?:per|par|a|an|le|la|each|elke|chaque)\s+[^\W\d_]|\s?ל(?=[\u05d0-\u05ea]))",
                       re.IGNORECASE)


def rates(text: str) -> frozenset[float]:
    """The sums of ``text`` charged per unit ("then €0.35 per km"): beside a free thing, what more of it costs,
    not a sum the gift itself is of."""
    return frozenset(value for _, end, value in amounts(text) if _PER_UNIT.match(text, end))


PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|percent|per cent|procent|pour ?cent|אחוז)|%\s*(\d{1,3})",
                     re.IGNORECASE)


def percentages(text: str) -> set[float]:
    """The percentages ``text`` names ("25% off", "10 procent")."""
    return {number(m.group(1) or m.group(2)) for m in PERCENT.finditer(text)}


def numbers(text: str) -> set[float]:
    """The figures of a promise; a time of day ("9:00", "14h30", "8am") is none."""
    return {number(n) for n in _NUMBER.findall(_TIME.sub(" ", text))}


@lru_cache(maxsize=4096)
def counts(text: str) -> frozenset[float]:
    """The whole numbers a text counts with, in digits or in words ("three full days", "drie ingrediënten"): what
    multiplies a passage's rate per day or per item."""
    folded = text.casefold()
    # a number written with hyphens is one number ("dix-neuf", "twenty-five", "quatre-vingt-dix"), not its parts
    joined: list[int] = []

    def one(m: re.Match[str]) -> str:
        value = w.NUMBER_WORDS.get(m.group())
        if value is None:
            return m.group()
        joined.append(int(value))
        return " "
    folded = _HYPHENED.sub(one, folded) if "-" in folded else folded
    words = re.findall(r"[^\W\d_]+", folded)
    # (and a number of two words: a Hebrew teen, "שתים עשרה", is twelve, not two and ten)
    spoken = itertools.chain((_count_word(word) for word in words),
                             (w.NUMBER_WORDS.get(f"{a} {b}") for a, b in zip(words, words[1:], strict=False)))
    bare = "".join(text[a:b] for a, b in zip((0, *(e for _, e, _ in amounts(text))),
                                             (*(s for s, _, _ in amounts(text)), len(text)), strict=True))
    # (a sum of money counts nothing)
    found = {float(n) for n in spoken if n is not None} | {float(v) for v in joined} | numbers(bare)
    if _DUAL.search(text):
        found.add(2.0)  # a Hebrew dual is a count of two: "לשעתיים" (for two hours), "יומיים", "פעמיים"
    if _A_WEEK.search(text) and _A_DAY.search(text):
        found.add(7.0)  # a rate per day over a week: "€4 for every day, so €28 for the week"
    return frozenset(n for n in found if n.is_integer() and 1 < n <= 400)


_DUAL = re.compile(rf"(?<![{HE_LETTER}])[ולב]?(?:שעתיים|יומיים|שבועיים|חודשיים|שנתיים|פעמיים|לילותיים)"
                   rf"(?![{HE_LETTER}])")
_HYPHENED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def _count_word(word: str) -> int | None:
    """A number word, also as a group counts itself ("met z'n vieren", "met z'n drieën") or with a Hebrew prefix letter
    ("לשלושה", for three)."""
    for form in (word, word.removesuffix("en"), word.removesuffix("ën"), word[1:] if word[:1] in "לבוה" else "",
                 _HEBREW_GROUP.sub("", word.removeprefix("ל"))):
        value = w.NUMBER_WORDS.get(form) if form else None
        if value is not None:
            return int(value)
    return None


# a Hebrew count of a group by its possessive ending: "שלושתכם" (the three of you), "ארבעתנו", "שניכם"
_HEBREW_GROUP = re.compile(r"(?<=[\u05d0-\u05ea]{2})ת(?:כם|כן|נו|ם|ן)$|(?<=^שני)(?:כם|כן|נו|הם|הן)$")


# a week, and a day, in the four languages: a week counts seven of a rate per day
_A_WEEK = re.compile(r"(?<!\w)(?:(?:a|one|the|per|een|de|per|une|la|par) (?:whole |full |hele |volle |entière )?"
                     r"(?:week|semaine)|ה?שבוע|לשבוע|בשבוע|על שבוע)(?!\w)", re.IGNORECASE)
_A_DAY = re.compile(r"(?<!\w)(?:days?|dag|dagen|jours?|journée|יום|ימים|ליום)(?!\w)", re.IGNORECASE)


def content_words(text: str) -> list[frozenset[str]]:
    """Content words in order, each as its forms: crudely stemmed so "installation" meets "installatie",
    "l'installation" and "the engineer's" lose their articles, and "והתקנה" meets "התקנה"."""
    found = []
    acronyms = {a.casefold() for a in _ACRONYM.findall(text)}
    for word in WORD.findall(text.casefold()):
        word = _ELIDED.sub("", word)
        hebrew = "\u05d0" <= word[:1] <= "\u05ea"
        if (len(word) < (3 if hebrew else 4) and word not in acronyms) or word in _STOP or "'" in word:
            continue  # "i'll", "you're": no content
        if hebrew:
            forms = {word} | {word[n:] for n in (1, 2) if len(word) - n >= 3 and all(c in "והבלמשכ" for c in word[:n])}
            forms |= {_DUALS[form] for form in forms if form in _DUALS}  # "יומיים" (two days) is days
            forms |= {skeleton for form in forms for skeleton in _skeletons(form)}
        else:
            forms = {word[:5]} | _SAME.get(word[:5], frozenset()) | _SAME.get(word, frozenset())
        if not forms & _GIVEN_FORMS:
            found.append(frozenset(forms))
    return found


# Hebrew duals, two of a unit of time, and the plural a passage names them by: "היומיים שלא ניצלת" (the two days you did
# not use) are "ימים שלא נוצלו" (days not used)
_DUALS = {"יומיים": "ימים", "שבועיים": "שבועות", "חודשיים": "חודשים", "שעתיים": "שעות", "שנתיים": "שנים"}


_PARTICLE = frozenset("terug kwijt niets bij af back".split())


_TWELVE_MONTHS = re.compile(r"(?<![\d.,])12\s?(?:-\s?)?(?:months?|maanden|mois|חודשים)", re.IGNORECASE)
_WHOLE_DAYS = re.compile(r"(?<![\d.,])(?:24|48|72)\s?(?:-\s?)?(?:hours?|uur|heures?|h\b|שעות|שעה)", re.IGNORECASE)


# A period's word capitalised in a product's name ("a Week Camp", "the Day Pass", "un Jour Découverte") names no period
# a gift is bound to: "€75 per day at a Week Camp" is paid by the day.
_PERIOD_NAMED = re.compile(r"(?<![^\W\d_])(?:Days?|Weeks?|Weekend|Months?|Years?|Nights?|Dag|Maand|Jaar|Nacht|Jour|"
                           r"Semaine|Mois|Nuit)(?= [A-Z][^\W\d_]+)")


@lru_cache(maxsize=4096)
def periods(text: str) -> frozenset[str]:
    """The kinds of period ``text`` names: "day", "week", "month", "quarter", "year", "since". Twelve months are a
    year too: credit "valid 12 months" is credit "for a year"."""
    text = _PERIOD_NAMED.sub(" ", text)
    kinds = {kind for kind, pattern in w.PERIODS.items() if pattern.search(text)}
    kinds |= {"day"} if _WHOLE_DAYS.search(text) else set()  # "within 24 hours" is "within a day"
    return frozenset(kinds | {"year"} if _TWELVE_MONTHS.search(text) else kinds)


def _inside(m: re.Match[str]) -> str:
    said = m.group().split()
    held = said[-1].casefold().strip(".,") in _PARTICLE or _RETURNED.match(said[-1])
    return " " + " ".join(said[1:-1]) + " " if held else " "


# The Hebrew "is returned" closes a giving phrase whose middle names what: "דמי המשלוח מוחזרים" (the delivery charge
# is refunded) keeps "המשלוח", as "we betalen de bezorgkosten terug" keeps "de bezorgkosten".
_RETURNED = re.compile(r"[מתה]וחזר")


# What costs nothing, said as such in its several words: "no extra charge" gives what "at no extra cost" does, "kost je
# niets extra" what "zonder meerkosten" does; "waive the fee" is another gift.
_NO_COST = frozenset({"no", "at", "without", "zonder", "kost", "kosten", "kostet", "sans", "ללא", "בלי"})


def giving_words(pattern: Words, text: str) -> frozenset[str]:
    """The first letters of each word that gives in ``text``, split verbs without what they hold."""
    found: set[str] = set()
    for m in pattern.finditer(text):
        parts = m.group().split()
        if len(parts) > 1 and parts[0].casefold() in _NO_COST:
            found.add("no cost")
            continue
        found.update(word.casefold()[:5] for word in (parts[0], parts[-1]) if len(word) >= 3)
    return frozenset(found)


def ungiven(pattern: Words, text: str) -> str:
    """``text`` without its giving words, but with what a split verb holds between its parts: "we betalen het
    volledige aankoopbedrag terug" keeps "het volledige aankoopbedrag"."""
    return pattern.sub(_inside, text)


_FINALS = str.maketrans("ךםןףץ", "כמנפצ")


def _skeletons(word: str) -> Iterator[str]:
    """A Hebrew word's consonants, without the vowel letters ו and י and with a verb's person letter (ת, י, נ, א)
    off: "ביטול" (cancellation), "לבטל" (to cancel) and "תבטל" (you will cancel) all give "בטל"."""
    for form in (word, word[1:] if len(word) >= 4 and word[0] in "תינא" else ""):
        # a plural's ending off too: "מבטלים" (they cancel) meets "לבטל"; and a noun's construct ending ת as its
        # ה: "אפליקציית דסקורה" (the app of Deskora) meets "האפליקציה", "שיחת תזונה" meets "שיחה"; and a verbal
        # noun's ending ה off: "הקפאה" (a pause) meets "להקפיא" (to pause), "החלפה" meets "להחליף"
        # (and a feminine present's מ and ת off: "מבטלת" (she cancels) meets "לבטל")
        for whole in (form, form[:-2] if len(form) >= 5 and form[-2:] in ("ים", "ות") else "",
                      form[1:-1] if len(form) >= 5 and form[0] == "מ" and form[-1] == "ת" else "",
                      form[:-1] + "ה" if len(form) >= 4 and form[-1] == "ת" else "",
                      form[:-1] if len(form) >= 5 and form[0] == "ה" and form[-1] == "ה" else "",
                      # and a past tense's second person ending off: "ניצלת" (you used) meets "נוצלו" (were used)
                      form[:-1] if len(form) >= 4 and form[-1] == "ת" else ""):
            bare = whole.translate(_FINALS).replace("ו", "").replace("י", "")
            if len(bare) >= 3:
                yield "~" + bare  # marked, so a skeleton only ever meets another skeleton


_INFINITIVE = re.compile(r"\s*([^\W\d_]{2,}(?:en|er|ir|re))\b", re.IGNORECASE)


def infinitive_after(clause: str, end: int) -> set[str]:
    """The verb a giving word stands before, as what it gives: "kosteloos annuleren", "sans frais résilier"."""
    m = _INFINITIVE.match(clause, end)
    return stems(m.group(1)) if m else set()


def label_words(text: str) -> set[str]:
    """The stems of a text as names of things priced: its content words and its short ones too ("Duo", "Pro", "XL"),
    which name a plan as well as a long word does."""
    return stems(text) | {word[:5] for word in WORD.findall(text.casefold()) if len(word) >= 2 and word not in _STOP
                          and not "\u05d0" <= word[:1] <= "\u05ea"}


def stems(text: str) -> set[str]:
    return {form for forms in content_words(text) for form in forms}


# A Dutch verb split around its subject ("valt hij uit") is one word in its participle ("uitgevallen").
_SEPARABLE = "uit|af|op|aan|in|mee|door|om|weg|over|terug|toe|na|bij|vast|stil"
_SPLIT_VERB = re.compile(rf"\b([^\W\d_]{{3,}})\s(?:\S+\s){{0,2}}?({_SEPARABLE})\b", re.IGNORECASE)
_PARTICIPLE = re.compile(rf"\b({_SEPARABLE})ge([^\W\d_]{{3,}})", re.IGNORECASE)


def condition_stems(text: str) -> set[str]:
    """The stems of a condition's words, a Dutch split verb joined ("valt ... uit" and "uitgevallen" both give
    "uitva"), so a draft's wording of the condition meets the passage's."""
    joined = [m.group(2) + m.group(1) for m in _SPLIT_VERB.finditer(text)]
    joined += [m.group(1) + m.group(2) for m in _PARTICIPLE.finditer(text)]
    return stems(" ".join([text, *joined]))


def hosts(text: str) -> Iterator[str]:
    """Every host a reader could visit: from links (after any "user@" trick) and bare domain names."""
    for m in URL.finditer(text):
        # a host ends at its port, or at the punctuation of the sentence around it ("see https://example.com, or")
        authority = _HOST_END.split(m.group(1) or f"www.{m.group(2)}", 1)[0].rsplit("@", 1)[-1]
        yield authority.split(":")[0].rstrip(".").casefold()
    for m in _BARE_HOST.finditer(text):
        yield m.group(1).casefold()
    for m in _PATH_HOST.finditer(text):
        yield m.group(1).casefold()
    for m in _IP.finditer(text):
        yield m.group()
    for m in _SCHEME_LINK.finditer(text):  # no domain to allow: a script, an inline document, a file on a disk
        yield m.group().casefold()


# Links that name no host a passage could give: "javascript:", an inline "data:text/html;base64,...", a "file:///"
# path, a "blob:" of another page. Not the word "data:" or "file:" in a sentence ("your file: 1234").
_SCHEME_LINK = re.compile(r"\b(?:java|vb)script:(?=[^\s:])|\bdata:[a-z]+/[a-z0-9.+-]+[;,]|\bfile:/|\bblob:\w",
                          re.IGNORECASE)


# A link spelled out so no filter sees it: "aerolis-checkin (punt) com", "example[.]com", "site dot com", "bit dot ly",
# and in French "site point fr" (the noun "point" is followed by no such ending: "au point info" is no link, so the
# French word only before the endings a sentence never has after it). Endings that are words ("to", "me", "in",
# "it", "is", "be") are left out: "each dot to the next" names no host.
_DOMAIN_END = r"(?:com|net|org|info|nl|be|fr|eu|co|io|il|uk|app|xyz|link|ly|gl|gd|cc|tk|ws|de|ru|su|biz|site|shop|top)"
_SPELLED_DOT = re.compile(r"(?<=\w)\s*[(\[{]\s*(?:\.|dot|punt|point|נקודה)\s*[)\]}]\s*(?=\w)|(?<=\w)\s+(?:dot|punt|"
                          rf"נקודה)\s+(?={_DOMAIN_END}\b)|(?<=\w)\s+point\s+(?=(?:com|net|org|fr|be|nl|eu|io)\b(?!-))",
                          re.IGNORECASE)
# A dot set off by spaces between a name and a lower-case ending, a path or the sentence's end after it: "bit . ly/3x",
# "secure . com to log in". Not between figures ("1 . 5 Gbit"), nor before a capital ("I'll check . It works"), nor
# an ending named as one ("the .be domain", "domaine .be de Techora").
_SPACED_DOT = re.compile(rf"(?<=[^\W\d_]{{2}})\s+\.\s+(?={_DOMAIN_END}(?:/|(?![\w.-])))|(?<=[^\W\d_]{{2}})\s*\.\s+"
                         rf"(?={_DOMAIN_END}/)")


def spelled_out(text: str) -> str:
    """``text`` with a spelled-out dot written as one."""
    return _SPACED_DOT.sub(".", _SPELLED_DOT.sub(".", text))


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    if host in allowed:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return any(host == d or host.endswith(f".{d}") for d in allowed)
    return ip.is_loopback or any(ip in net for net in _LAN)  # a router's own page; no one else's machine


# An IBAN with a space between every character, so no account pattern sees it: "N L 9 1 A B N A 0 4 1 7 ...". Only
# a valid one counts (spaced letters and digits are otherwise a spelling, a code read out).
_SPACED_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z] [A-Z] \d \d(?: [A-Z0-9]){11,30}(?![A-Za-z0-9])")


def ibans(text: str) -> Iterator[str]:
    for m in w.IBAN_LIKE.finditer(text):
        compact = re.sub(r"[ -]", "", m.group()).upper()
        if 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 8:
            yield compact
    for m in _SPACED_IBAN.finditer(text):
        compact = m.group().replace(" ", "")
        if iban_valid(compact):
            yield compact


@lru_cache(maxsize=4096)
def personal_findings(text: str) -> tuple[Finding, ...]:
    """The redactor's findings (e-mail, phone, IBAN, card, IDs, birth dates, postcodes); turns repeat: cached."""
    return tuple(_redactor.find(text))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@lru_cache(maxsize=4096)
def negated(clause: str, span: tuple[int, int] | None = None) -> bool:
    """Whether the clause says no (less ``span``, the word it is asked about). A "not" inside a condition ("if
    you're not happy, you get a full refund") or an idiom ("no questions asked", "geen probleem") says yes."""
    if span is not None:
        clause = clause[:span[0]] + " " + clause[span[1]:]
    clause = w.NOT_A_REFUSAL.sub(" ", clause)
    return any(not w.CONDITION.search(clause, max(0, m.start() - 25), m.start()) for m in w.NEGATION.finditer(clause))


_AND = re.compile(r"(?:and|en|et|or|ou|but|maar|mais)$|[\u05d5][\u05d0-\u05ea]", re.I)
# (a Hebrew "and" joined to its own "no" opens the clause that says it: "ואין משלוח במתנה" refuses the gift)
_AND_NOT = re.compile(r"ו(?:לא|אין|אסור|אינ[\u05d0-\u05ea]*)[.,;:!?]?")
_IF = re.compile(r"if|als|indien|zolang|si|tant|unless|provided|mits|pourvu|אם", re.I)
# a condition said in two words, "as long as" and its Hebrew "כל עוד": "cancel free as long as it isn't in production"
_LONG_AS = re.compile(r"(?:as|so) long|כל עוד", re.I)
# A negation carries over an "or": "I can't offer a refund for the outage or a free month" refuses both.
_OR = re.compile(r"(?:or|nor|ou|ni|of|noch|או)$", re.I)
# What follows a gift and takes it back: "..., but I can't", "..., maar dat kan ik niet", "..., אבל זה לא אפשרי";
# so does a "that" which puts the gift first to refuse it: "Un mois gratuit, ce n'est pas possible".
_BUT = re.compile(r"\s*[,;:]?\s*(?:but|however|maar|echter|mais|cependant|helaas|unfortunately|malheureusement|"
                  r"אבל|אך|לצערי|that|this|dat|dit|ce|c'|cela|ça|זה)(?!\w)", re.I)


# A "not" that says what the thing given is, before the giving word: "a wash bought in the app and not used is
# refunded", "die niet is gebruikt, wordt terugbetaald", "acheté et non utilisé est remboursé", "ולא נוצלה מוחזרת". A
# condition on the gift, it refuses nothing.
_NOT_USED = re.compile(r"(?<!\w)(?:not (?:yet )?(?:been )?\w+ed|niet(?:-| )(?:nog )?(?:is |zijn |werd |werden )?ge\w+|"
                       r"(?:non|pas(?: encore)?)(?:-| )(?:été )?\w+(?:é|ée|és|ées))(?!\w)"
                       rf"|(?<![{HE_LETTER}])ולא (?:נ|הו)[{HE_LETTER}]+"
                       # and the customer's own "not" before it, a relative clause in the second person: "על הימים
                       # שלא ניצלת נחזיר" (the days you did not use)
                       rf"|(?<![{HE_LETTER}])שלא [{HE_LETTER}]+ת[םן]?(?![{HE_LETTER}])", re.IGNORECASE)


# A "not" of the customer's after a gift is their own, in a relative clause: "we refund the months you didn't use",
# "les mois que vous n'avez pas utilisés", "החודשים שלא נוצלו". It refuses nothing.
_THEIR_NOT = re.compile(r"(?<!\w)(?:(?:that|which|die|dat|que|qu') ?)?(?:you|u|je|jij|vous|tu|they|ze|ils) (?:\w+n't|"
                        r"did not|do not|have not|never|niet|nooit|n'\S+ (?:pas|jamais)|ne \S+ (?:pas|jamais))(?: \w+)?"
                        rf"|(?<![{HE_LETTER}])שלא [{HE_LETTER}]+", re.IGNORECASE)


_NOTHING = frozenset(("niets", "niks", "nothing", "rien"))
_BACK_WORD = re.compile(r"(?i)terug|back|refund|rembours|reimburs|vergo?ed|restitu")
_ELSE = re.compile(r"(?i)(?<!\w)(?:else|more|further|d'autre|de plus|anders|meer|verder)(?!\w)")


def refused(clause: str, span: tuple[int, int]) -> bool:
    """Whether what ``clause`` gives at ``span`` is said no to: a negation among the eight words before it or the
    twelve after (Dutch puts it last), not past an "and" or a condition ("we send a new one for free and you need
    not return the old one" gives)."""
    words, after = clause[:span[0]].split(), clause[span[1]:].split()[:12]
    start = max(0, len(words) - 8)
    ors = [i for i in range(start, len(words)) if _OR.match(words[i])]
    if ors:  # what stands before the "or" is negated with it: look back to the clause's start
        start = 0
    before = words[start:]
    cut = max((i + (0 if _AND_NOT.fullmatch(word) else 1) for i, word in enumerate(before)
               if _AND.match(word) and not _OR.match(word)), default=0)
    # nor past a condition: "free ... as long as the box has not been shipped" gives
    stop = next((i for i, word in enumerate(after) if _AND.match(word) or _IF.fullmatch(word)
                 or _LONG_AS.fullmatch(" ".join(after[i:i + 2]))), len(after))
    # a split verb's middle ("we betalen dat niet terug"), but not the "no" of "at no extra cost", which gives
    inside = [word for word in clause[span[0]:span[1]].split()[1:-1] if word.casefold() != "no"]
    if clause[span[0]:span[1]].split()[-1:] in (["terug"], ["back"]) and any(
            word.casefold() in _NOTHING for word in inside):
        return True  # "betalen we niets terug", "we pay nothing back": nothing is given back ("rekenen we niets" is)
    # "nothing" right before a giving-back word is what it gives back: "kunnen we niets terugbetalen", "wij kunnen
    # niks vergoeden" ("rekenen we niets" is no giving-back word, so still free)
    if before and before[-1].casefold() in _NOTHING and _BACK_WORD.search(clause[span[0]:span[1]]):
        return True
    # and so is "nothing else" or "nothing more" a few words before it, or "niets" just after its Dutch verb: "Nothing
    # else is reimbursed", "Rien d'autre n'est remboursé", "Verder vergoeden we niets"
    if _BACK_WORD.search(clause[span[0]:span[1]]) and (
            any(word.casefold() in _NOTHING for word in before[-4:]) and _ELSE.search(" ".join(before[-4:]))
            or [word.casefold() for word in after[1:2]] in (["niets"], ["niks"]) and after[:1]
            and after[0].casefold() in ("we", "wij", "ik")):
        return True
    theirs = _THEIR_NOT.sub(" ", " ".join(after[:stop]))
    said = _NOT_USED.sub(" ", " ".join(before[cut:]))
    # one space between the parts, or a French "ne ... pas" around the giving verb itself ("nous ne remboursons pas
    # les dégâts") is split by the empty middle
    return negated(" · ".join((said, " ".join(inside), theirs)).replace("  ", " "))


def taken_back(sentence: str, clause: str) -> bool:
    """Whether the words after ``clause`` in ``sentence`` take its gift back ("I wish I could give you three months
    free, but I can't")."""
    rest = sentence[sentence.find(clause) + len(clause):]
    but = _BUT.match(rest)
    if but is not None and negated(rest[but.end():but.end() + 40]):
        return True
    # the thing asked for named first, then a short "I can't" that ends the sentence: "Un mois gratuit, je ne peux
    # malheureusement pas.", "A free month, I'm afraid I can't.", "Een gratis maand, helaas kan ik niet.", "חודש
    # חינם, לצערי אני לא יכול."
    # or a bare "no" that answers the thing named ("Free months, no, sorry.", "Des mois offerts, non.")
    return short_refusal(rest) or _BARE_NO.match(rest) is not None


_BARE_NO = re.compile(r"\s*[,:–—-]\s*(?:(?i:no|non|nee|neen)(?!\w)|לא(?![\u05d0-\u05ea]))\s*(?:[,;.!?]|$)")


def short_refusal(rest: str) -> bool:
    """Whether ``rest``, what follows a clause, is a short first-person "I can't" that ends the sentence or its part
    of it: "..., je ne peux malheureusement pas.", "..., I'm afraid I can't.", "..., helaas kan ik niet."."""
    refusal = _SHORT_REFUSAL.match(rest)
    return refusal is not None and len(refusal.group(1).split()) <= 7 and negated(refusal.group(1)) and bool(
        _CAN.search(refusal.group(1))) and bool(_FIRST_PERSON.search(refusal.group(1)))


_FIRST_PERSON = re.compile(r"(?<!\w)(?:i|i'm|we|we're|je|nous|ik|wij|we|אני|אנחנו)(?!\w)|"
                           r"(?<!\w)(?:j'|kan ik|kunnen we)|"
                           r"(?<![\u05d0-\u05ea])(?:אוכל|נוכל)(?![\u05d0-\u05ea])", re.I)
# (or ends its part of it, a "but" after it offering something else: "A free month, I can't, but the plan stays €9")
_SHORT_REFUSAL = re.compile(r"\s*[,:–—-]\s*([^,;:.!?]+?)\s*(?:[.!?]|$|[,;]\s*(?i:but|mais|maar|however|toutefois|"
                            r"cependant|echter|wel|אבל|אך)(?!\w))")
_CAN = re.compile(r"(?<!\w)(?:can(?:'t|not)?|could(?:n't)?|able|possible|kan|kunnen|kunnen|mogelijk|peux|pouvons|peut|"
                  r"possible|יכול(?:ה|ים|ות)?|אפשר|ניתן)(?!\w)", re.I)


def giving_part(clause: str, span: tuple[int, int]) -> str:
    """The part of ``clause`` around ``span`` up to an "and" either side: what the giving word is said of."""
    words_before, words_after = clause[:span[0]].split(), clause[span[1]:].split()
    # a Hebrew "and" is the first letter of the word it joins: "משלוח ואוזניות בחינם" gives the headphones, so that
    # word stays, without its letter
    cut = max((i + (not _HEBREW_AND.match(word)) for i, word in enumerate(words_before) if _AND.match(word)),
              default=0)
    before = words_before[cut:]
    if before and _HEBREW_AND.match(before[0]):
        before[0] = before[0][1:]
    stop = next((i for i, word in enumerate(words_after) if _AND.match(word)), len(words_after))
    return " ".join([*before, clause[span[0]:span[1]], *words_after[:stop]])


_HEBREW_AND = re.compile(r"\u05d5[\u05d0-\u05ea]")


def clause_around(sentence: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """The clause of ``sentence`` that holds ``sentence[start:end]``, and where that span is in it."""
    begin = max((m.end() for m in _CLAUSES.finditer(sentence, 0, start)), default=0)
    after = _CLAUSES.search(sentence, end)
    return sentence[begin:after.start() if after else len(sentence)], (start - begin, end - begin)


_LIST_HEADING = re.compile(r"[^.;,]{0,40}?\s?:\s+")


def listed(sentence: str, end: int) -> tuple[tuple[str, ...], bool]:
    """The items a giving heading lists ("Free at Techora: delivery from €50; returns within 30 days"), or none
    when the giving word heads no list: a colon within a few words of it, then items set apart by semicolons, or by
    commas ("Free: the trial, kids profiles, and cancelling"), or two things by "and" ("Free: the test and the
    app"). Items set apart by semicolons alone are what is given; a comma may also part one thing's terms
    ("compensation: €1,000 up to 1,500 km, €1,600 beyond"), so the sentence as a whole gives too (the flag is
    false)."""
    heading = _LIST_HEADING.match(sentence, end)
    if heading is None or sentence[end:heading.end()].count(" ") > 6:
        heading = _copula_heading(sentence, end)
        if heading is None:
            return (), False
    listed = sentence[heading.end():]
    items = [item.strip() for item in _LIST_SEMICOLON.split(listed) if item.strip()]
    if len(items) >= 2:
        return tuple(items), True
    items = [_LIST_AND.sub("", item).strip() for item in _LIST_COMMA.split(listed) if item.strip()]
    if len(items) >= 2:  # the last two joined by "and": "the trial, kids profiles and cancelling"
        items[-1:] = _split_last_item(items[-1])
    elif len(items) == 1:  # two things and no comma: "Free: the water test at every visit and the app"
        items = _split_last_item(items[0])
        return (tuple(items), False) if len(items) == 2 else ((), False)
    return (tuple(items), False) if len(items) >= 3 else ((), False)


_LIST_COMMA = re.compile(r",\s(?![^()]*\))")  # a comma outside brackets: "(once per person, per card)" is one item
_LIST_SEMICOLON = re.compile(r";(?![^()]*\))")  # and a semicolon: "(you may stop; the minutes left are not refunded)"
_LIST_AND = re.compile(r"^(?:and|en|et|ou|or|of)\s+", re.IGNORECASE)
# "and" inside a list's last item; the Hebrew one is a letter on the next word ("ביקור הערכה ואיסוף קרטונים")
_LIST_INNER_AND = re.compile(r"\s(?:and|en|et|ou|or|of)\s|\s(?=ו[\u05d0-\u05ea]{2})", re.IGNORECASE)


# a giving word that opens its sentence with a verb "to be" and no colon heads a list too: "Free are the trial, ...",
# "Gratis zijn de proefles, ...", "Sont gratuits l'essai, ..." (the verb after the word, or before it in French)
_COPULA_BEFORE = re.compile(r"\W*(?:(?P<verb>are|is|zijn|sont|est)\s+)?[^\W\d_]+", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s+(?:(?:are|is|zijn|sont|est)\s+)?", re.IGNORECASE)


def _copula_heading(sentence: str, end: int) -> re.Match[str] | None:
    """The verb "to be" after a giving word that opens its sentence, with one such verb next to it: where a list
    without a colon starts ("Free are ..."), or ``None``."""
    before = _COPULA_BEFORE.fullmatch(sentence, 0, end)
    if before is None:
        return None
    after = _COPULA_AFTER.match(sentence, end)
    if after is None or (bool(before.group("verb")) + bool(after.group().strip())) != 1:
        return None
    return after


def _split_last_item(item: str) -> list[str]:
    """A list's last item, parted at its last "and": "the survey visit and collecting empty boxes" is two."""
    joins = list(_LIST_INNER_AND.finditer(item))
    if not joins:
        return [item]
    # the Dutch "of" (or) is the English "of" too: "a winter check and one switch of model per year" parts at "and"
    last = next((j for j in reversed(joins) if j.group().strip().casefold() != "of"), joins[-1])
    tail = item[last.end():]
    return [item[:last.start()].strip(), (tail[1:] if tail.startswith("ו") else tail).strip()]


# a span of weeks ("within a week", "binnen twee weken", "sous une semaine", "תוך שבוע", "שבועיים"): the passages may
# count the same span in days ("within 7 days")
_WEEKS = re.compile(r"(?<!\w)(?i:(a|an|one|een|één|une|\d+|two|three|four|twee|drie|vier|deux|trois|quatre) "
                    r"(?:(?:whole|full|hele|volle) )?(weeks?|weken|semaines?))(?!\w)|"
                    r"(?<![\u05d0-\u05ea])(?:ב|ל|ו)?(שבועיים|שבוע)(?![\u05d0-\u05ea])")
_DAYS_WORD = {"week": "days", "weeks": "days", "weken": "dagen", "semaine": "jours", "semaines": "jours"}
_FEW_WEEKS = {"a": 1, "an": 1, "one": 1, "een": 1, "één": 1, "une": 1, "two": 2, "twee": 2, "deux": 2, "three": 3,
              "drie": 3, "trois": 3, "four": 4, "vier": 4, "quatre": 4}


def weeks_as_days(text: str, days: frozenset[float]) -> str:
    """``text`` with a span of weeks said in days, where the passages give that many days ("het fust is binnen een week
    terug" of "binnen 7 dagen"): the same condition in another unit, no figure of the draft's own."""
    def said(m: re.Match[str]) -> str:
        if m.group(3):
            count, word = (2 if m.group(3) == "שבועיים" else 1), "ימים"
        else:
            count = int(m.group(1)) if m.group(1).isdigit() else _FEW_WEEKS[m.group(1).casefold()]
            word = _DAYS_WORD.get(m.group(2).casefold(), "days")
        return f"{7 * count} {word}" if 7.0 * count in days and float(count) not in days else m.group()
    return _WEEKS.sub(lambda m: said(m) if _IF_BEFORE.search(text[max(0, m.start() - 60):m.start()]) else m.group(),
                      text)


# (only in a condition: "als het fust binnen een week terug is", not when the money comes, "binnen een week op je
# rekening", a term of the draft's own)
_IF_BEFORE = re.compile(r"(?i:(?<!\w)(?:if|when|once|as long as|provided|als|wanneer|zodra|mits|indien|si|quand|"
                        r"lorsque|tant que|pourvu que)(?!\w)[^,;:.]*$)|(?<![\u05d0-\u05ea])(?:אם|כש\S*)[^,;:.]*$")
