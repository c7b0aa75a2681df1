"""Dates said in a call, turned into calendar dates relative to the day of the call.

A follow-up is only useful in a CRM with its due date: "I'll call you back tomorrow" on a Friday means
Saturday's date, "binnen drie werkdagen" skips the weekend, "lundi prochain" is the coming Monday. The
phrases are the ones agents and customers say in Dutch, English, French and Hebrew; everything is matched
on normalised text (``copilot.text.words.normalize``: no case, no accents, no Hebrew final letters).

Conventions, so a team lead can predict the result: a bare weekday and "next <weekday>" are its next
occurrence after today; "volgende week dinsdag" is the Tuesday of next week; "next week" is a week from
today; "within N working days" counts Monday to Friday (Sunday to Thursday in Hebrew); a date without a year
is its next occurrence from today. Times of day are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from copilot.text.words import normalize

_WEEKDAYS = {  # Monday first, as date.weekday() counts
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "he": "שני שלישי רביעי חמישי שישי שבת ראשון",
}
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
}
_NUMBERS = {
    "en": "a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 fourteen:14",
    "nl": "een:1 één:1 twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 veertien:14",
    "fr": "un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 quinze:15",
    "he": "אחד:1 אחת:1 שני:2 שתי:2 שניים:2 שלושה:3 שלוש:3 ארבעה:4 ארבע:4 חמישה:5 חמש:5 שישה:6 שש:6 "
          "שבעה:7 שבע:7 עשרה:10 עשר:10",
}
WEEKEND = {"he": (4, 5)}  # Friday and Saturday; elsewhere Saturday and Sunday
_DEFAULT_WEEKEND = (5, 6)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A phrase in a text that names a day, and that day."""

    phrase: str  # as matched in the normalised text
    due: date


def _words(spec: str) -> list[str]:
    return [normalize(word) for word in spec.split()]


def _numbers(lang: str) -> dict[str, int]:
    pairs = (item.split(":") for item in _NUMBERS[lang].split())
    return {normalize(word): int(value) for word, value in pairs}


def _alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def add_working_days(start: date, count: int, lang: str | None) -> date:
    weekend = WEEKEND.get(lang or "", _DEFAULT_WEEKEND)
    day = start
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() not in weekend:
            count -= 1
    return day


def next_weekday(today: date, weekday: int) -> date:
    """The first ``weekday`` after today (a week on, if today is that day)."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def weekday_next_week(today: date, weekday: int) -> date:
    monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
    return monday + timedelta(days=weekday)


def _on_or_after(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found >= today:
            return found
    return None


def _explicit(day: int, month: int, year: int | None, today: date) -> date | None:
    if year is None:
        return _on_or_after(today, month, day)
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


Resolver = Callable[[re.Match[str], date], date | None]


def _numeric(m: re.Match[str], today: date) -> date | None:
    """12/3, 12/03/2025, 12-03-2025, 12.03.25: day first, as in Europe and Israel; dots and dashes only with a
    year, so "10.30" stays a time and "3-5 days" a span."""
    month, year = (m["m"], m["y"]) if m["m"] else (m["m2"], m["y2"])
    return _explicit(int(m["d"]), int(month), int(year) if year else None, today)


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Resolver


def _count(numbers: dict[str, int]) -> Callable[[str], int]:
    return lambda said: int(said) if said.isdigit() else numbers.get(said, 0)


@lru_cache(maxsize=8)
def _rules(lang: str) -> tuple[_Rule, ...]:
    """The phrases of one language, most specific first (a phrase inside a longer one is not read twice)."""
    weekdays = {word: n for n, word in enumerate(_words(_WEEKDAYS[lang]))}
    months = {word: n + 1 for n, word in enumerate(_words(_MONTHS[lang]))}
    numbers = _numbers(lang)
    count = _count(numbers)
    wd, mo, num = _alt(list(weekdays)), _alt(list(months)), rf"\d{{1,3}}|{_alt(list(numbers))}"
    b, e = (r"(?<![\w])", r"(?![\w])")
    rules: list[tuple[str, Resolver]] = [
        (r"(?P<y>20\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)",
         lambda m, t: _explicit(int(m["d"]), int(m["m"]), int(m["y"]), t)),
        (r"(?P<d>\d\d?)(?:/(?P<m>\d\d?)(?:/(?P<y>(?:20)?\d\d))?|[.-](?P<m2>\d\d?)[.-](?P<y2>(?:20)?\d\d))",
         _numeric),
    ]
    months_pattern = rf"(?P<d>\d\d?)(?:st|nd|rd|th|e|er)?\s+(?:of\s+|ב)?(?P<mo>{mo})(?:\s+(?P<y>20\d\d))?"
    rules.append((months_pattern, lambda m, t: _explicit(int(m["d"]), months[m["mo"]],
                                                         int(m["y"]) if m["y"] else None, t)))
    if lang == "en":
        rules.append((rf"(?P<mo>{mo})\s+(?P<d>\d\d?)(?:st|nd|rd|th)?(?:,?\s+(?P<y>20\d\d))?",
                      lambda m, t: _explicit(int(m["d"]), months[m["mo"]], int(m["y"]) if m["y"] else None, t)))
    rules += _relative(lang, wd, weekdays, num, count)
    return tuple(_Rule(re.compile(f"{b}(?:{pattern}){e}"), resolve) for pattern, resolve in rules)


def _relative(lang: str, wd: str, weekdays: dict[str, int], num: str,
              count: Callable[[str], int]) -> list[tuple[str, Resolver]]:
    def days(n: int) -> Resolver:
        return lambda m, t: t + timedelta(days=n)

    def within(unit_days: int, working: bool) -> Resolver:
        def resolve(m: re.Match[str], t: date) -> date | None:
            n = count(m["n"]) if m["n"] else 1
            if not 0 < n <= 90:
                return None
            return add_working_days(t, n, lang) if working else t + timedelta(days=n * unit_days)
        return resolve

    def weekday(group: str = "wd", next_week: bool = False) -> Resolver:
        def resolve(m: re.Match[str], t: date) -> date:
            n = weekdays[m[group]]
            return weekday_next_week(t, n) if next_week else next_weekday(t, n)
        return resolve

    def end_of_week(m: re.Match[str], t: date) -> date:
        last = 3 if lang == "he" else 4  # Thursday in Israel, Friday elsewhere
        return t if t.weekday() == last else next_weekday(t, last)

    n = rf"(?P<n>{num})\s+"
    if lang == "en":
        return [
            (r"(?:the\s+)?day\s+after\s+tomorrow", days(2)), (r"tomorrow", days(1)),
            (r"today|tonight|this\s+(?:afternoon|evening|morning)", days(0)),
            (rf"(?:within|in|under)\s+{n}(?:working|business|work)\s+days?", within(1, True)),
            (rf"(?:within|in)\s+(?:the\s+next\s+)?{n}days?", within(1, False)),
            (rf"(?:within|in)\s+{n}weeks?", within(7, False)),
            (r"(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week", end_of_week),
            (rf"next\s+week\s+(?:on\s+)?(?P<wd>{wd})", weekday(next_week=True)),
            (rf"(?:next|this|coming|on)\s+(?P<wd>{wd})|(?P<wd2>{wd})", _either(weekday(), weekday("wd2"))),
            (r"next\s+week", days(7)),
        ]
    if lang == "nl":
        return [
            (r"overmorgen", days(2)), (r"morgen(?:ochtend|middag|avond)?", days(1)),
            (r"vandaag|vanavond|vanmiddag|vanochtend", days(0)),
            (rf"(?:binnen|in|over)\s+{n}werkdag(?:en)?", within(1, True)),
            (rf"(?:binnen|over|in)\s+{n}dag(?:en)?", within(1, False)),
            (rf"(?:binnen|over|in)\s+{n}we(?:ek|ken)", within(7, False)),
            (r"(?:aan\s+het\s+|voor\s+het\s+)?(?:eind|einde)\s+van\s+(?:de|deze)\s+week", end_of_week),
            (rf"volgende\s+week\s+(?P<wd>{wd})", weekday(next_week=True)),
            (rf"(?:volgende|aanstaande|komende|op)\s+(?P<wd>{wd})|(?P<wd2>{wd})", _either(weekday(), weekday("wd2"))),
            (r"volgende\s+week", days(7)),
        ]
    if lang == "fr":
        return [
            (r"apres[\s-]demain", days(2)), (r"demain", days(1)),
            (r"aujourd'?\s?hui|ce\s+soir|cet\s+apres[\s-]midi", days(0)),
            (rf"(?:sous|dans|d\s+ici|en)\s+{n}jours?\s+(?:ouvres|ouvrables)", within(1, True)),
            (rf"(?:sous|dans|d\s+ici)\s+{n}jours?", within(1, False)),
            (rf"(?:sous|dans|d\s+ici)\s+{n}semaines?", within(7, False)),
            (r"(?:d\s+ici\s+la\s+|a\s+la\s+)?fin\s+de\s+(?:la\s+)?semaine", end_of_week),
            (rf"(?P<wd>{wd})\s+(?:de\s+)?la\s+semaine\s+prochaine", weekday(next_week=True)),
            (rf"(?P<wd>{wd})\s+prochain|(?:ce\s+)?(?P<wd2>{wd})", _either(weekday(), weekday("wd2"))),
            (r"la\s+semaine\s+prochaine", days(7)),
        ]
    # Hebrew: a word may carry its prefixes ("למחר", "ביום"); the weekday follows "יום".
    return [
        (r"(?:ו?[לב]?)?מחרתיימ", days(2)), (r"(?:ו?[לעב]?(?:ד\s)?)?מחר", days(1)),
        (r"(?:ו?[לעב]?)?היום|הערב", days(0)),
        (rf"(?:תוכ|בתוכ|בעוד|עד)\s+{n}ימי\s+(?:עסקימ|עבודה)", within(1, True)),
        (rf"(?:תוכ|בתוכ|בעוד)\s+{n}ימימ", within(1, False)),
        (r"(?:תוכ|בתוכ|בעוד)\s+יומיימ", days(2)),
        (rf"(?:תוכ|בתוכ|בעוד)\s+{n}שבועות", within(7, False)),
        (r"(?:תוכ|בתוכ|בעוד)\s+שבועיימ", days(14)),
        (r"(?:תוכ|בתוכ|בעוד)\s+שבוע", days(7)),
        (r"(?:עד\s+)?(?:ל|ב)?סופ\s+השבוע", end_of_week),
        (rf"(?:ב|ו|וב|ל)?יומ\s+(?P<wd>{wd})\s+(?:בשבוע\s+)?הבא", weekday()),
        (rf"(?:ב|ו|וב|ל)?יומ\s+(?P<wd>{wd})|(?P<wd2>שבת)", _either(weekday(), weekday("wd2"))),
        (r"(?:ב|ו|וב)?שבוע\s+הבא", days(7)),
    ]


def _either(first: Resolver, second: Resolver) -> Resolver:
    """For a pattern with two alternative weekday groups: whichever matched."""
    return lambda m, t: first(m, t) if m["wd"] else second(m, t)


def find_dates(text: str, lang: str | None, today: date) -> list[DateMention]:
    """Each day ``text`` names, in text order; a phrase is read once, by its most specific rule."""
    found: list[tuple[int, DateMention]] = []
    taken: list[tuple[int, int]] = []
    plain = normalize(text)
    for code in _languages(lang):
        for rule in _rules(code):
            for match in rule.pattern.finditer(plain):
                start, end = match.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                due = rule.resolve(match, today)
                if due is not None:
                    taken.append((start, end))
                    found.append((start, DateMention(match.group(0), due)))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]


def _languages(lang: str | None) -> tuple[str, ...]:
    base = (lang or "").split("-")[0].lower()
    return (base,) if base in _WEEKDAYS else ("en", "nl", "fr", "he")
