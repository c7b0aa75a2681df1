"""Follow-up dates as agents and customers say them in four languages, turned into the calendar day the CRM needs.

The call is on Friday 8 March 2024, so "tomorrow" is a Saturday and working days skip a weekend (Friday and
Saturday in Hebrew, Saturday and Sunday elsewhere).
"""

from __future__ import annotations

from datetime import date

import pytest

from copilot.wrapup.dates import find_dates

FRIDAY = date(2024, 3, 8)


@pytest.mark.parametrize(("lang", "said", "due"), [
    ("en", "I'll call you back tomorrow", "2024-03-09"),
    ("en", "the day after tomorrow", "2024-03-10"),
    ("en", "We'll send it today", "2024-03-08"),
    ("en", "next Monday", "2024-03-11"),
    ("en", "on Friday", "2024-03-15"),  # a bare weekday is the next one, a week on when it is today
    ("en", "within 3 working days", "2024-03-13"),
    ("en", "within five business days", "2024-03-15"),
    ("en", "in 10 days", "2024-03-18"),
    ("en", "in two weeks", "2024-03-22"),
    ("en", "next week", "2024-03-15"),
    ("en", "by the end of the week", "2024-03-08"),
    ("en", "on 12 March", "2024-03-12"),
    ("en", "by March 20th, 2025", "2025-03-20"),
    ("en", "before 2 January", "2025-01-02"),  # without a year: the next one
    ("en", "on 15/04", "2024-04-15"),  # day first
    ("en", "on 2024-05-01", "2024-05-01"),
    ("nl", "Ik bel u morgen terug", "2024-03-09"),
    ("nl", "overmorgen", "2024-03-10"),
    ("nl", "volgende week dinsdag komt de monteur", "2024-03-12"),
    ("nl", "aanstaande maandag", "2024-03-11"),
    ("nl", "binnen drie werkdagen", "2024-03-13"),
    ("nl", "over twee weken", "2024-03-22"),
    ("nl", "op 12 april", "2024-04-12"),
    ("nl", "uiterlijk 01-04-2024", "2024-04-01"),
    ("fr", "je vous rappelle demain", "2024-03-09"),
    ("fr", "après-demain", "2024-03-10"),
    ("fr", "lundi prochain", "2024-03-11"),
    ("fr", "mardi de la semaine prochaine", "2024-03-12"),
    ("fr", "sous 5 jours ouvrés", "2024-03-15"),
    ("fr", "d'ici trois jours", "2024-03-11"),
    ("fr", "le 3 mai", "2024-05-03"),
    ("fr", "aujourd'hui", "2024-03-08"),
    ("he", "אחזור אליך מחר", "2024-03-09"),
    ("he", "מחרתיים", "2024-03-10"),
    ("he", "ביום שני הבא", "2024-03-11"),
    ("he", "תוך שלושה ימי עסקים", "2024-03-12"),  # Sunday to Thursday
    ("he", "בעוד שבועיים", "2024-03-22"),  # "two weeks" in one word
    ("he", "בשבוע הבא", "2024-03-15"),
    ("he", "עד סוף השבוע", "2024-03-14"),  # Thursday ends the Israeli working week
    ("he", "ב-12/03", "2024-03-12"),
])
def test_a_said_day_becomes_its_date(lang, said, due):
    found = find_dates(said, lang, FRIDAY)
    assert [m.due.isoformat() for m in found][-1:] == ([due] if due else [])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "at 10.30 in 3-5 days"),  # a time and a span are no date
    ("en", "I have been a customer for ten years"),
    ("nl", "goedemorgen, ik heb een vraag"),  # "morgen" inside "goedemorgen" is no tomorrow
    ("fr", "bonjour, j'ai un souci"),
    ("he", "שלום, יש לי שאלה"),
    ("en", "on 31/02"),  # no such day
])
def test_words_that_name_no_day_give_no_date(lang, said):
    assert find_dates(said, lang, FRIDAY) == []


def test_two_days_in_one_sentence_are_both_found_in_order():
    found = find_dates("The engineer comes tomorrow and the refund follows within 5 working days", "en", FRIDAY)
    assert [m.due.isoformat() for m in found] == ["2024-03-09", "2024-03-15"]


def test_without_a_language_every_language_is_tried():
    assert [m.due.isoformat() for m in find_dates("demain", None, FRIDAY)] == ["2024-03-09"]
