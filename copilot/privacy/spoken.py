"""Numbers said in words, read as the digits they spell, so the detectors see what a transcriber wrote out.

A phone transcript says "nul zes twaalf vierendertig", "oh seven seven double oh nine hundred", "zéro six,
douze, trente-quatre" or "אפס חמישים וארבע": a phone number nobody typed. ``read_numbers`` rewrites each run
of number words (digits may be mixed in) as the digits it spells, "061234", and ``Spoken.span`` maps a span
found in the rewritten text back onto the words it came from. Dictation is read digit group by digit group
("zero six twelve" is 0 6 12), while the words of one number still make one ("thirty four" is 34, "mil neuf
cent quatre-vingt-cinq" 1985). Words that are also ordinary words ("een", "one", "un", "אחת", "oh", "sept",
"ten") count only beside another number word. A hesitation ("euh", "uh", "אה") between the parts of a value is
read as a space. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    for group in words.split() for word in group.split("/")} | {"thirtieth": 30, "dertigste": 30}
# Also everyday words: a number only beside another number word ("een nieuw nummer", "this one", "sept." as
# September, "ten name van", "שני" as Monday, "שנים" as years).
_AMBIGUOUS = frozenset("een one o oh un une sept ten אחת אחד שני שתי שנים".split())
_HEBREW_TEEN_UNITS = frozenset("שתים שתיים שנים".split())  # "שנים" is "two" only before "עשר"
_CONNECTORS = frozenset("and en et".split())
_FILLERS = frozenset("eh ehm uh uhm um euh hmm".split())
# A hesitation with the commas around it, which a transcriber puts inside a street, a postcode or an IBAN.
_HESITATION = re.compile(r"[ \t]*,?[ \t]*(?<!\w)(?:eh|ehm|uh|uhm|um|umm|erm|euh|heu|hmm|אה|אהה|אמ|אממ|אממ)(?!\w)"
                         r"(?:[ \t]*,)?[ \t]*")
_REPEATS = {"double": 2, "triple": 3, "dubbel": 2}
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec januari februari maart mei juni juli augustus oktober janvier février fevrier "
    "mars avril mai juin juillet août aout septembre octobre novembre décembre decembre".split())
_HEBREW_PREFIXES = "ובלהמשכ"
_TOKEN = re.compile(r"[^\W\d_]+|[0-9]+")
_GAP = re.compile(r"[\s,.;:/\-–—]*")
_DUTCH = re.compile(r"(?:(?P<thousands>\w*?)duizend)?(?:(?P<hundreds>\w*?)honderd)?(?P<rest>\w*)")
_DUTCH_REST = re.compile(r"\w+(?:en|ën)\w+ig")


@dataclass(frozen=True, slots=True)
class _Atom:
    value: int
    cls: str  # unit, teen, ten, tens, hundred, hundreds, thousand, thousands, digits, ordinal, and, filler, repeat
    start: int  # where the word (without a Hebrew prefix letter) starts in the text
    end: int
    word: str
    joined: bool = False  # "and", "et" or a Hebrew "ו" ties it to the number before


@dataclass(frozen=True, slots=True)
class Spoken:
    """``text`` with number words as digits; ``edits`` are (start, end, new_start, new_end) of each rewrite."""

    original: str
    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of ``text`` as a span of ``original``: a rewritten run is taken whole or not at all."""
        if not self.edits:
            return start, end
        return self._position(start, False), self._position(end, True)

    def _position(self, position: int, is_end: bool) -> int:
        shift = 0
        for old_start, old_end, new_start, new_end in self.edits:
            if position < new_start or (not is_end and position == new_start):
                break
            if position < new_end or (is_end and position == new_end):
                return old_end if is_end else old_start
            shift = old_end - new_end
        return position + shift


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
        total, cls = total + rest, _class_of(rest)
    return total, cls


def _class_of(value: int) -> str:
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
def _word(word: str) -> tuple[int, str, int, bool] | None:
    """(value, class, prefix length, joined) of one written word, or None when it is no number word."""
    folded = word.casefold()
    if folded in _CONNECTORS:
        return 0, "and", 0, False
    if folded in _FILLERS:
        return 0, "filler", 0, False
    if folded in _REPEATS:
        return _REPEATS[folded], "repeat", 0, False
    if folded in _WORDS:
        return (*_WORDS[folded], 0, False)
    if folded in _ORDINALS:
        return _ORDINALS[folded], "ordinal", 0, False
    if folded.endswith(("ste", "de")) and (ordinal := _dutch(folded.removesuffix("ste").removesuffix("de"))):
        return ordinal[0], "ordinal", 0, False  # "eenentwintigste"
    if folded[:1] in _HEBREW_PREFIXES and len(folded) > 2 and folded[1:] in _WORDS:
        return (*_WORDS[folded[1:]], 1, folded[0] == "ו")
    if (dutch := _dutch(folded)) is not None:
        return dutch[0], dutch[1], 0, False
    return None


def _atoms(text: str) -> list[list[_Atom]]:
    """Runs of number words (and digits) with nothing but spaces, commas, dots or dashes between them."""
    runs: list[list[_Atom]] = []
    run: list[_Atom] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word.isdigit():
            parsed: tuple[int, str, int, bool] | None = (int(word), "digits", 0, False)
        else:
            parsed = _word(word)
        if parsed is None or (run and not _GAP.fullmatch(text, last_end, match.start())):
            if run:
                runs.append(run)
            run = []
            if parsed is None:
                continue
        value, cls, prefix, joined = parsed
        run.append(_Atom(value, cls, match.start() + prefix, match.end(), word if cls == "digits" else
                         word[prefix:].casefold(), joined))
        last_end = match.end()
    if run:
        runs.append(run)
    return runs


def _trim(run: list[_Atom], text: str) -> list[list[_Atom]]:
    """Drop what a run cannot start or end with, and ambiguous words with no number word beside them."""
    words = [i for i, atom in enumerate(run) if atom.cls not in ("and", "filler", "repeat")]
    kept = {position: _sure(run[index]) for position, index in enumerate(words)}
    for _ in range(len(words)):  # "oh one one three": a run of ambiguous words held by a sure one at its end
        for position in range(len(words)):
            if kept[position] is None and any(kept.get(p) for p in (position - 1, position + 1)):
                kept[position] = True
    dropped: set[int] = set()
    for position, index in enumerate(words):
        atom = run[index]
        if atom.cls == "ordinal":
            keep = _month_follows(text, atom.end) or _month_before(text, atom.start) or (
                position > 0 and run[words[position - 1]].cls == "tens")
        elif atom.word == "שנים":  # "years", unless "שנים עשר" (twelve)
            keep = position + 1 < len(words) and run[words[position + 1]].cls == "ten"
        else:
            keep = bool(kept[position])
        if not keep:
            dropped.add(index)
    pieces: list[list[_Atom]] = [[]]
    for index, atom in enumerate(run):
        if index in dropped:
            pieces.append([])
        else:
            pieces[-1].append(atom)
    trimmed = []
    for piece in pieces:
        while piece and piece[0].cls in ("and", "filler"):
            piece = piece[1:]
        while piece and piece[-1].cls in ("and", "filler", "repeat"):
            piece = piece[:-1]
        if any(atom.cls != "digits" for atom in piece):
            trimmed.append(piece)
    return trimmed


def _sure(atom: _Atom) -> bool | None:
    """A number word nobody uses for anything else (True), or one that needs a sure neighbour (None)."""
    if atom.cls in ("digits", "ordinal") or atom.word in _AMBIGUOUS:
        return None
    return True


def _month_follows(text: str, end: int) -> bool:
    following = re.match(r"\s+(?:of\s+|van\s+|de\s+)?([^\W\d_]+)", text[end:end + 30])
    return bool(following and following.group(1).casefold().rstrip(".") in _MONTH_WORDS)


def _month_before(text: str, start: int) -> bool:
    """"March the third": the ordinal after its month."""
    before = re.search(r"([^\W\d_]+)\.?\s+(?:the\s+)?$", text[max(0, start - 30):start])
    return bool(before and before.group(1).casefold() in _MONTH_WORDS)


class _Reader:
    """Reads a run of atoms number by number, the way a number is said: "zero six twelve thirty four" is
    0 6 12 34; "thirty four" one number; "nine hundred, four" two in English dictation, while French and
    Hebrew go on after "cent" and "מאות" ("neuf cent quatre-vingt-cinq")."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.high = self.low = 0
        self.last: str | None = None  # the class of the last word of the number being read
        self.last_word = ""
        self.tied = False  # an "and" came after it
        self.repeat = 1

    def flush(self) -> None:
        if self.last is not None:
            self.out.append(str(self.high + self.low) * self.repeat)
            self.repeat = 1
        self.high = self.low = 0
        self.last, self.last_word, self.tied = None, "", False

    def start(self, atom: _Atom, cls: str) -> None:
        self.flush()
        if cls == "thousand":
            self.high = atom.value
        else:
            self.low = atom.value
        self.last, self.last_word = cls, atom.word

    def extend(self, atom: _Atom, cls: str, value: int | None = None) -> None:
        self.low = value if value is not None else self.low + atom.value
        self.last, self.last_word, self.tied = cls, atom.word, False

    def read(self, atom: _Atom) -> None:
        cls = atom.cls if atom.cls != "ordinal" else _class_of(atom.value)
        if cls == "and":
            self.tied = self.last is not None
            return
        if cls == "filler":
            return
        if cls == "repeat":
            self.flush()
            self.repeat = atom.value
            return
        if cls == "digits" or (cls == "unit" and atom.value == 0):
            self.flush()
            self.out.append((atom.word if cls == "digits" else "0") * self.repeat)
            self.repeat = 1
            return
        tied = self.tied or atom.joined
        after_scale = self.last in ("hundred", "thousand") and (tied or self.last_word != "hundred")
        if cls == "unit":
            if self.last == "tens" or (after_scale and self.low % 10 == 0) or (
                    self.last_word == "dix" and atom.value >= 7):
                self.extend(atom, "unit")
            else:
                self.start(atom, cls)
        elif cls in ("teen", "closed"):
            if (cls == "teen" and self.last == "tens" and self.low % 100 in (60, 80)) or (
                    after_scale and self.low % 100 == 0):
                self.extend(atom, "teen" if cls == "teen" else "unit")
            else:
                self.start(atom, cls)
        elif cls == "ten":  # Hebrew: "שתים עשרה"
            if self.last == "unit" and 0 < self.low % 100 < 10:
                self.extend(atom, "teen")
            else:
                self.start(atom, "teen")
        elif cls == "tens":
            if atom.word.startswith("vingt") and self.last_word == "quatre":
                self.extend(atom, "tens", self.low + 76)  # "quatre-vingt" is 80
            elif after_scale and self.low % 100 == 0:
                self.extend(atom, "tens")
            else:
                self.start(atom, cls)
        elif cls in ("hundred", "hundreds"):
            if self.last in ("unit", "teen") and self.low < (10 if cls == "hundreds" else 100) and atom.value == 100:
                self.extend(atom, "hundred", self.low * 100)
            elif self.last == "thousand" and self.low == 0:
                self.extend(atom, "hundred", atom.value)
            else:
                self.start(atom, "hundred")
        elif cls in ("thousand", "thousands"):
            if self.last is not None and self.high == 0 and self.low < 1000 and atom.value == 1000 and (
                    cls == "thousand" or self.last == "unit"):
                self.high, self.low = self.low * 1000, 0
                self.last, self.last_word, self.tied = "thousand", atom.word, False
            else:
                self.start(atom, "thousand")


def _compose(run: list[_Atom]) -> str:
    """The digits a run spells, number by number: "zero six twelve thirty four" is "061234"."""
    reader = _Reader()
    for atom in run:
        reader.read(atom)
    reader.flush()
    return "".join(reader.out)


@lru_cache(maxsize=2048)
def read_numbers(text: str) -> Spoken:
    """``text`` with every run of number words rewritten as digits (the text itself when it has none), and every
    hesitation between the parts of a value ("vingt-deux, euh, rue Paradis", "1073 uh, HN") read as one space."""
    if not any(ch.isalpha() for ch in text):
        return Spoken(text, text)
    rewrites: list[tuple[int, int, str]] = []
    last = 0
    for run in _atoms(text):
        for piece in _trim(run, text):
            digits = _compose(piece)
            start, end = piece[0].start, piece[-1].end
            if digits and start >= last:
                rewrites.append((start, end, digits))
                last = end
    for filler in _HESITATION.finditer(text):
        if not any(start < filler.end() and filler.start() < end for start, end, _ in rewrites):
            rewrites.append((filler.start(), filler.end(), " "))
    if not rewrites:
        return Spoken(text, text)
    parts, edits, last, shift = [], [], 0, 0
    for start, end, new in sorted(rewrites):
        parts += [text[last:start], new]
        new_start = start + shift
        edits.append((start, end, new_start, new_start + len(new)))
        shift += len(new) - (end - start)
        last = end
    return Spoken(text, "".join(parts) + text[last:], tuple(edits))
