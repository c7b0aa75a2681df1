"""What a spoken word is worth as a number: the number words of the four languages, read one word at a time.

"vierendertig" is 34, "quatre-vingt" the 80 of "quatre-vingt-onze", "שתים" a unit that "עשרה" makes a teen;
"negentienhonderdvijfentachtig" is one Dutch word for 1985. Also the words that are no number but still belong to
one: "and", "en", "et" between its parts, a hesitation ("eh", "euh"), "double" or "twee keer de" before a digit
said twice, and "plus" or "פלוס" in front of a country code. ``spoken`` reads runs of these words as digits.
Standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache

# word -> (value, class); classes: unit 0-9, teen 10-19 (and ten), tens, hundred, thousand, and Hebrew's
# "עשר" that makes a teen of the unit before it ("שתים עשרה" is 12).
_WORDS: dict[str, tuple[int, str]] = {}


def _add(cls: str, words: str, start: int = 0, step: int = 1) -> None:
    for offset, group in enumerate(words.split()):
        for word in group.split("/"):
            _WORDS[word] = (start + offset * step, cls)


_add("unit", "nul een/één/eén twee drie vier vijf zes zeven acht negen")
_add("teen", "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien", 10)
_add("tens", "twintig dertig veertig vijftig zestig zeventig tachtig negentig", 20, 10)
_add("unit", "zero/oh/o one two three four five six seven eight nine")
_add("teen", "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 10)
_add("tens", "twenty thirty forty fifty sixty seventy eighty ninety", 20, 10)
_add("unit", "zéro/zero un/une deux trois quatre cinq six sept huit neuf")
_add("teen", "dix onze douze treize quatorze quinze seize", 10)
_add("tens", "vingt/vingts trente quarante cinquante soixante septante huitante/octante nonante", 20, 10)
_add("unit", "אפס אחת/אחד שתיים/שתים/שניים/שנים/שתי/שני שלוש/שלושה ארבע/ארבעה חמש/חמישה שש/שישה שבע/שבעה "
             "שמונה תשע/תשעה")
_add("tens", "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים", 20, 10)
_WORDS.update({"עשר": (10, "ten"), "עשרה": (10, "ten"), "honderd": (100, "hundred"), "hundred": (100, "hundred"),
               "cent": (100, "hundred"), "cents": (100, "hundred"), "מאה": (100, "hundred"),
               "מאתיים": (200, "hundred"), "מאות": (100, "hundreds"), "duizend": (1000, "thousand"),
               "thousand": (1000, "thousand"), "mille": (1000, "thousand"), "mil": (1000, "thousand"),
               "אלף": (1000, "thousand"), "אלפיים": (2000, "thousand"), "אלפים": (1000, "thousands")})
_ORDINALS = {word: n for n, words in enumerate((
    "first eerste premier/première", "second tweede", "third derde", "fourth vierde", "fifth vijfde", "sixth zesde",
    "seventh zevende", "eighth achtste", "ninth negende", "tenth tiende", "eleventh elfde", "twelfth twaalfde",
    "thirteenth dertiende", "fourteenth veertiende", "fifteenth vijftiende", "sixteenth zestiende",
    "seventeenth zeventiende", "eighteenth achttiende", "nineteenth negentiende", "twentieth twintigste"), 1)
    for group in words.split() for word in group.split("/")} | {"thirtieth": 30, "dertigste": 30} | {
    # Hebrew ordinals, a day before its month ("חמישי במרץ"); "שני" is two as well (``AMBIGUOUS``)
    word: n for n, word in enumerate("ראשון - שלישי רביעי חמישי שישי שביעי שמיני תשיעי עשירי".split(), 1)
    if word != "-"}
# Also everyday words: a number only beside another number word ("een nieuw nummer", "this one", "sept." as
# September, "ten name van", the Dutch "onze" (our) that is French eleven, "שני" as Monday, "שנים" as years).
AMBIGUOUS = frozenset("een one o oh un une sept ten onze אחת אחד שני שתי שנים".split())
_CONNECTORS = frozenset("and en et".split())
_FILLERS = frozenset("eh ehm uh uhm um euh hmm".split())
# "double", "dubbel", "דאבל" say the next digit twice; "twee keer de", "deux fois", "three times" too (``REPEAT``).
REPEATS = {"double": 2, "triple": 3, "dubbel": 2, "dubbele": 2, "tripel": 3, "דאבל": 2, "טריפל": 3, "פעמיים": 2}
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec januari februari maart mei juni juli augustus oktober janvier février fevrier "
    "mars avril mai juin juillet août aout septembre octobre novembre décembre decembre".split())
HEBREW_PREFIXES = "ובלהמשכ"
_DUTCH = re.compile(r"(?:(?P<thousands>\w*?)duizend)?(?:(?P<hundreds>\w*?)honderd)?(?P<rest>\w*)")
_DUTCH_REST = re.compile(r"\w+(?:en|ën)\w+ig")

# Said before a digit to repeat it: "twee keer de drie", "deux fois huit", "three times four", "שלוש פעמים".
REPEAT = re.compile(r"(?<!\w)(?P<times>twee|drie|two|three|deux|trois|שלוש)\s+(?:keer|maal|times|fois|פעמים)"
                    r"(?:\s+(?:de|het|the|le|la))?(?!\w)", re.IGNORECASE)
REPEAT_TIMES = {"twee": 2, "two": 2, "deux": 2, "drie": 3, "three": 3, "trois": 3, "שלוש": 3}
PLUS = frozenset(("plus", "פלוס"))  # "plus trente-trois, six ...": the "+" of a country code


def _dutch(word: str) -> tuple[int, str] | None:
    """Dutch writes a number as one word: "vierendertig", "negentienhonderdvijfentachtig", "tweeduizendtwaalf",
    and a year as its two halves: "negentienzeventig" is 1970."""
    for century in ("negentien", "achttien", "twintig"):
        rest = _dutch_small(word[len(century):]) if word.startswith(century) and len(word) > len(century) else None
        if rest is not None and rest >= 10:
            return _WORDS[century][0] * 100 + rest, "closed"
    match = _DUTCH.fullmatch(word)
    if not match or (match["thousands"] is None and match["hundreds"] is None
                     and not (_DUTCH_REST.fullmatch(match["rest"]) and _dutch_small(match["rest"]))):
        return None
    total, cls = 0, ""
    for part, scale, name in ((match["thousands"], 1000, "thousand"), (match["hundreds"], 100, "hundred")):
        if part is not None:
            small = _dutch_small(part) if part else 1
            if small is None:
                return None
            total, cls = total + small * scale, name
    if match["rest"]:
        rest = _dutch_small(match["rest"])
        if rest is None:
            return None
        total, cls = total + rest, class_of(rest)
    return total, cls


def class_of(value: int) -> str:
    return "unit" if value < 10 else "teen" if value < 20 else "tens" if value % 10 == 0 else "closed"


def _dutch_small(word: str) -> int | None:
    if word in _WORDS and _WORDS[word][1] in ("unit", "teen", "tens"):
        return _WORDS[word][0]
    for joint in ("en", "ën"):  # "negenenzeventig": unit, "en", tens
        unit, _, tens = word.partition(joint)
        while tens:
            if _WORDS.get(unit, (0, ""))[1] == "unit" and _WORDS.get(tens, (0, ""))[1] == "tens":
                return _WORDS[unit][0] + _WORDS[tens][0]
            head, _, tens = tens.partition(joint)
            unit = f"{unit}{joint}{head}"
    return None


@lru_cache(maxsize=4096)
def word_value(word: str) -> tuple[int, str, int, bool] | None:
    """(value, class, prefix length, joined) of one written word, or None when it is no number word."""
    folded = word.casefold()
    if folded in _CONNECTORS:
        return 0, "and", 0, False
    if folded in _FILLERS:
        return 0, "filler", 0, False
    if folded in REPEATS:
        return REPEATS[folded], "repeat", 0, False
    if folded in PLUS:
        return 0, "plus", 0, False
    if folded in _WORDS:
        return (*_WORDS[folded], 0, False)
    if folded in _ORDINALS:
        return _ORDINALS[folded], "ordinal", 0, False
    if folded.endswith(("ste", "de")) and (ordinal := _dutch(folded.removesuffix("ste").removesuffix("de"))):
        return ordinal[0], "ordinal", 0, False  # "eenentwintigste"
    if folded[:1] in HEBREW_PREFIXES and len(folded) > 2 and folded[1:] in _WORDS:
        return (*_WORDS[folded[1:]], 1, folded[0] == "ו")
    if (dutch := _dutch(folded)) is not None:
        return dutch[0], dutch[1], 0, False
    return None
