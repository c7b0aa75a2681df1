"""Numbers said in words, read as the digits they spell, so the detectors see what a transcriber wrote out.

A phone transcript says "nul zes twaalf vierendertig", "oh seven seven double oh nine hundred", "zéro six,
douze, trente-quatre" or "אפס חמישים וארבע": a phone number nobody typed. ``read_numbers`` rewrites each run
of number words (digits may be mixed in) as the digits it spells, "061234", and ``Spoken.span`` maps a span
found in the rewritten text back onto the words it came from. Dictation is read digit group by digit group
("zero six twelve" is 0 6 12), while the words of one number still make one ("thirty four" is 34, "mil neuf
cent quatre-vingt-cinq" 1985). Words that are also ordinary words ("een", "one", "un", "אחת", "oh", "sept",
"ten") count only beside another number word. "twee keer de drie", "deux fois huit" and "פעמיים שבע" say a digit
twice, "plus trente-trois" gives a country code its "+" (the words are in ``number_words``). A hesitation ("euh",
"uh", "אה") between the parts of a value is read as a space, and so are the words that only join two digit groups
("09, en dan 223", "391... 935", "2911 3699, et ensuite 4722"). Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from copilot.privacy.number_words import (
    AMBIGUOUS,
    MONTH_WORDS,
    REPEAT,
    REPEAT_TIMES,
    class_of,
    word_value,
)

# A hesitation with the commas around it, which a transcriber puts inside a street, a postcode or an IBAN.
_HESITATION = re.compile(r"[ \t]*,?[ \t]*(?<!\w)(?:eh|ehm|uh|uhm|um|umm|erm|euh|heu|hmm|אה|אהה|אמ|אממ|אממ)(?!\w)"
                         r"(?:[ \t]*,)?[ \t]*")
_TOKEN = re.compile(rf"{REPEAT.pattern}|[^\W\d_]+|[0-9]+", re.IGNORECASE)  # "twee keer de" is one word here
# Between two digit groups, words that only join them: "09, en dan 223", "391... 935", "2911 3699, et ensuite 4722",
# "02, ואז 673", "(0486 was said) ja, 33 71 82". Read as one space, as a hesitation is.
# So are words that name what follows as the rest ("3775, and the last bit's 0231", "de laatste drie zijn 594"), and
# an aside set off by dots on both sides ("NL48 ABNA... momentje, mijn bril... 7256").
_REST = (r"the (?:rest|last (?:bit|part|digits|few|four|three|two))(?:['’]s| is| are)?|de rest(?: is)?|"
         r"(?:het laatste stuk|de laatste (?:cijfers|twee|drie|vier))(?: is| zijn)?|la (?:suite|fin)(?:,? c['’]est)?|"
         r"le reste(?:,? c['’]est)?|les (?:derniers|deux|trois|quatre) derniers(?:,? c['’]est)?|ו?השאר|ו?הסוף")
_ASIDE = r"(?:\.{2,}|…)[^\d\n.…]{1,60}(?:\.{2,}|…)"
_JOINT = re.compile(r"[ \t]*(?:(?:\.{2,}|…)[ \t]*)*,?[ \t]*(?:(?:(?:and|en|et)[ \t]+)?(?:then|dan|daarna|puis|ensuite|"
                    rf"après|ja|yes|oui|ואז|אחר כך|כן|{_REST})(?!\w)[ \t]*,?[ \t]*|{_ASIDE}[ \t]*)?"
                    r"(?:(?:\.{2,}|…)[ \t]*)*", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
# A digit group, or an IBAN's bank code ("NL48 ABNA... momentje... 7256").
_GROUP = re.compile(r"[0-9]+|(?<![\w])[A-Z]{4}(?!\w)")
# A group that is an hour or an amount joins nothing: "06 72 18 45 9 après 18 h", "12... dank je... 19 euro".
_CLOCK_AFTER = re.compile(r"[ \t]*(?:h(?:eures?)?|u(?:ur)?|hours?|o['’]clock|[ap]\.?m\.?|[:hu][0-9]{2}|euros?|€|"
                          r"dollars?|pounds?|francs?|%|ש[\"״]ח|₪)(?!\w)", re.IGNORECASE)
_FLOOR_AFTER = re.compile(r"[ \t]+(?:hoog|étage|floor)(?!\w)", re.IGNORECASE)  # "drie hoog", "third floor"
_TOWN_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[בלמו]{0,2}(?:קריית|קרית|באר)\s+$")  # "קריית שמונה", "באר שבע"
_GAP = re.compile(r"[\s,.;:/\-–—]*")


@dataclass(frozen=True, slots=True)
class _Atom:
    value: int
    cls: str  # unit, teen, ten, tens, hundred, hundreds, thousand, thousands, digits, ordinal, and, filler, repeat
    start: int  # where the word (without a Hebrew prefix letter) starts in the text
    end: int
    word: str
    joined: bool = False  # "and", "et" or a Hebrew "ו" ties it to the number before
    paused: bool = False  # a comma or a stop before it: "zeventig, zes" is 70 and 6, not 76


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


_COUNT_OF = re.compile(r"\s+(?:more\s+|meer\s+|de\s+plus\s+)?(?:digits?|numbers|cijfers?|nummers|chiffres?|ספרות|"
                       r"letters?|lettres?|אותיות|times|keer|fois|פעמים)(?!\w)", re.IGNORECASE)
_LETTER_BEFORE = re.compile(r"(?<![A-Za-z])[A-NP-Z][ ,.-]{1,2}$")  # a capital spelled on its own just before
# A pause after a number word before a block of four written digits or more: "boîte deux, 4000 Liège" is a box
# and a postcode, not 24000.
_ENDS_WORDS = re.compile(r"[ \t]*[,;][ \t]*")
# A stop after digits and a number word with a capital: a new sentence, no more of the number ("op nummer 23. Twee
# huizen verder", "at 23. Two doors down"); words said again after it are the digits' own ("27. Twee zeven").
_NEW_SENTENCE = re.compile(r"[ \t]*\.[ \t]+")


def _atoms(text: str) -> list[list[_Atom]]:
    """Runs of number words (and digits) with nothing but spaces, commas, dots or dashes between them; a pause
    before a written block of four digits or more ends the words' run."""
    runs: list[list[_Atom]] = []
    run: list[_Atom] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        word = match.group()
        if match["times"]:
            parsed: tuple[int, str, int, bool] | None = (REPEAT_TIMES[match["times"].casefold()], "repeat", 0, False)
        elif word.isdigit():
            parsed = (int(word), "digits", 0, False)
        else:
            parsed = word_value(word)
        gap = text[last_end:match.start()] if run else ""
        if parsed is None or (run and not _GAP.fullmatch(gap)) or _ENDS_WORDS.fullmatch(gap) and parsed[1] == "digits" \
                and run[-1].cls != "digits" and len(word) >= 4 or run and run[-1].cls == "digits" and \
                parsed[1] != "digits" and _NEW_SENTENCE.fullmatch(gap) and not word[:1].islower():  # "21. Twenty",
            # "21. עשרים ואחת" (a script with no capitals): a new sentence says the number again
            if run:
                runs.append(run)
            run = []
            if parsed is None:
                continue
        value, cls, prefix, joined = parsed
        run.append(_Atom(value, cls, match.start() + prefix, match.end(), word if cls == "digits" else
                         word[prefix:].casefold(), joined, bool(re.search(r"[,.;:]", gap))))
        last_end = match.end()
    if run:
        runs.append(run)
    return runs


def _trim(run: list[_Atom], text: str) -> list[list[_Atom]]:
    """Drop what a run cannot start or end with, and ambiguous words with no number word beside them."""
    words = [i for i, atom in enumerate(run) if atom.cls not in ("and", "filler", "repeat", "plus")]
    kept = {position: _sure(run[index]) for position, index in enumerate(words)}
    # "oh one one three": a run of ambiguous words held by a sure one at either end is kept whole (each block of
    # undecided words next to a kept one, in one pass: a text of thousands of "oh"s took a minute going word by word)
    position = 0
    while position < len(words):
        if kept[position] is not None:
            position += 1
            continue
        block_end = position
        while block_end < len(words) and kept[block_end] is None:
            block_end += 1
        if kept.get(position - 1) or kept.get(block_end):
            for inside in range(position, block_end):
                kept[inside] = True
        position = block_end
    dropped: set[int] = set()
    for position, index in enumerate(words):
        atom = run[index]
        if atom.cls == "ordinal":
            keep = _month_follows(text, atom.end) or _month_before(text, atom.start) or (
                position > 0 and run[words[position - 1]].cls == "tens")
        elif atom.cls != "digits" and _TOWN_BEFORE.search(text[max(0, atom.start - 12):atom.start]):
            keep = False  # "קריית שמונה", "קריית ארבע": a town's name, not eight or four
        elif atom.cls != "digits" and _COUNT_OF.match(text, atom.end):
            keep = False  # "nine digits, I checked twice", "twee cijfers": a count, no digit of the number
        elif atom.word == "o" and text[atom.start:atom.end] == "O" and _LETTER_BEFORE.search(
                text, max(0, atom.start - 3), atom.start):
            keep = False  # "T R I O": a bank's letters spelled one by one, the O among them a letter
        elif atom.word == "שנים":  # "years", unless "שנים עשר" (twelve)
            keep = position + 1 < len(words) and run[words[position + 1]].cls == "ten"
        else:  # "שני במרץ", "le onze mars": an everyday word before a month is its day (an article is not: "een")
            keep = bool(kept[position]) or kept[position] is None and atom.word not in _ARTICLES and \
                _month_follows(text, atom.end)
        if not keep:
            dropped.add(index)
    for index, atom in enumerate(run):  # "double" before a digit, "plus" before a number: not before anything else
        if atom.cls in ("repeat", "plus") and not _leads(atom, run, index, dropped):
            dropped.add(index)
    pieces: list[list[_Atom]] = [[]]
    for index, atom in enumerate(run):
        if index in dropped or (atom.cls == "plus" or _FLOOR_AFTER.match(text, atom.end) or atom.paused and
                                _day_of_month(text, atom.end)) and pieces[-1]:
            pieces.append([])  # a "plus" starts a number of its own, and so does a floor: "62 drie hoog" is 62, 3;
            # and a day after a pause: "Negentienachtenvijftig... 12 augustus 1958" is 1958, then the 12th
        if index not in dropped:
            pieces[-1].append(atom)
    pieces = [part for piece in pieces for part in _said_again(piece)]
    trimmed = []
    for piece in pieces:
        while piece and piece[0].cls in ("and", "filler"):
            piece = piece[1:]
        while piece and piece[-1].cls in ("and", "filler", "repeat"):
            piece = piece[:-1]
        if any(atom.cls != "digits" for atom in piece):
            trimmed.append(piece)
    return trimmed


def _said_again(piece: list[_Atom]) -> list[list[_Atom]]:
    """A number written in digits, then said again digit by digit ("83, eight-three", "64, zes-vier"): two of the
    same number, not one of twice its length."""
    for index, atom in enumerate(piece[:-1]):
        after = piece[index + 1:index + 1 + len(atom.word)]
        if atom.cls == "digits" and len(atom.word) >= 2 and len(after) == len(atom.word) and all(
                a.cls == "unit" for a in after) and "".join(str(a.value) for a in after) == atom.word:
            return [piece[:index + 1], *_said_again(piece[index + 1:])]
    start = 0  # "nineteen. One nine.", "honderdzesendertig. Een, drie, zes", "quarante-six. Quatre, six": a number
    for index in range(1, len(piece)):  # said in words, then again digit by digit after a pause,
        if not piece[index].paused:
            continue
        said = piece[start:index]
        number = _compose(said) if any(a.cls not in ("digits", "unit") for a in said) else ""
        after = piece[index:index + len(number)]
        if len(number) >= 2 and number.isdigit() and len(after) == len(number) and all(
                a.cls == "unit" for a in after) and "".join(str(a.value) for a in after) == number and (
                index + len(number) == len(piece)):  # the run ends on it: no dictation going on
            return [piece[:index], after]
        start = index
    return [piece]


def _leads(atom: _Atom, run: list[_Atom], index: int, dropped: set[int]) -> bool:
    """Whether "double" has a digit after it, and "plus" a number."""
    after = next((i for i in range(index + 1, len(run)) if run[i].cls != "filler"), None)
    if after is None or after in dropped:
        return False
    if atom.cls == "repeat":
        return run[after].cls == "unit" or run[after].cls == "digits" and len(run[after].word) == 1
    return run[after].cls not in ("and", "repeat", "plus")


def _sure(atom: _Atom) -> bool | None:
    """A number word nobody uses for anything else (True), or one that needs a sure neighbour (None)."""
    if atom.cls in ("digits", "ordinal") or atom.word in AMBIGUOUS:
        return None
    return True


_ARTICLES = frozenset("een one o oh un une".split())  # "een april-dag", "un mars pluvieux": no day
_HEBREW_MONTHS = frozenset("ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split())


def _month_follows(text: str, end: int) -> bool:
    following = re.match(r"\s+(?:of\s+|van\s+|de\s+|ב-?|ל)?([^\W\d_]+)", text[end:end + 30])
    return bool(following and (following.group(1).casefold().rstrip(".") in MONTH_WORDS or
                               following.group(1) in _HEBREW_MONTHS))


def _day_of_month(text: str, end: int) -> bool:
    """A month's name next that is no number word too ("12 augustus", not "zéro sept")."""
    following = re.match(r"\s+([^\W\d_]+)", text[end:end + 30])
    return bool(following and word_value(following.group(1)) is None and _month_follows(text, end))


def _month_before(text: str, start: int) -> bool:
    """"March the third": the ordinal after its month."""
    before = re.search(r"([^\W\d_]+)\.?\s+(?:the\s+)?$", text[max(0, start - 30):start])
    return bool(before and before.group(1).casefold() in MONTH_WORDS)


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
        cls = atom.cls if atom.cls != "ordinal" else class_of(atom.value)
        if cls == "and":
            self.tied = self.last is not None
            return
        if cls == "filler":
            return
        if cls == "repeat":
            self.flush()
            self.repeat = atom.value
            return
        if cls == "plus":
            self.flush()
            self.out.append("+")
            return
        if cls == "digits" or (cls == "unit" and atom.value == 0):
            self.flush()
            self.out.append((atom.word if cls == "digits" else "0") * self.repeat)
            self.repeat = 1
            return
        tied = self.tied or atom.joined
        after_scale = self.last in ("hundred", "thousand") and (tied or self.last_word != "hundred")
        if cls == "unit":
            if self.last == "tens" and not atom.paused or (after_scale and self.low % 10 == 0) or (
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
            elif after_scale and self.low % 100 == 0:
                self.extend(atom, "teen")  # "שמונה מאות ועשר" is 810, as "huit cent dix" is
            elif self.last == "unit" and self.low % 10 and not self.high:  # "תשעים, שמונה עשרה" is 90 and 18
                unit = self.low % 10
                self.low -= unit
                self.start(replace(atom, value=unit + 10), "teen")
            else:
                self.start(atom, "teen")
        elif cls == "tens":
            if atom.word.startswith("vingt") and self.last_word == "quatre" and (self.low - 4) % 100 >= 20:
                self.low -= 4  # "quarante quatre-vingt-quatre", dictated in pairs: 40, then 84
                self.flush()
                self.low, self.last, self.last_word = 80, "tens", atom.word
            elif atom.word.startswith("vingt") and self.last_word == "quatre":
                self.extend(atom, "tens", self.low + 76)  # "quatre-vingt" is 80
            elif after_scale and self.low % 100 == 0:
                self.extend(atom, "tens")
            else:
                self.start(atom, cls)
        elif cls in ("hundred", "hundreds"):
            if self.last in ("unit", "teen") and self.low < (10 if cls == "hundreds" else 100) and atom.value == 100 \
                    and not atom.paused:  # "שבע, מאה ארבעים": a pause before the hundred starts a number of its own
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


def _joints(text: str, rewrites: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words between two digit groups (written or said) that only join them, as one space each."""
    groups = sorted([(m.start(), m.end()) for m in _GROUP.finditer(text)] + [(a, b) for a, b, _ in rewrites])
    out = []
    for (_, end), (start, after) in zip(groups, groups[1:], strict=False):
        gap = text[end:start]
        if end < start and _JOINT.fullmatch(gap) and gap.strip(" \t,-") and gap.strip(" \t") not in ("-", ".") and \
                not _CLOCK_AFTER.match(text, after) and not _day_of_month(text, after):
            out.append((end, start, " "))  # "1958... 12 augustus 1958": a day before its month joins nothing
    return out


@lru_cache(maxsize=2048)
def read_numbers(text: str) -> Spoken:
    """``text`` with every run of number words rewritten as digits (the text itself when it has none), and every
    hesitation between the parts of a value ("vingt-deux, euh, rue Paradis", "1073 uh, HN") read as one space."""
    if not any(ch.isalpha() for ch in text) and "." not in text and "…" not in text:
        return Spoken(text, text)
    rewrites: list[tuple[int, int, str]] = []
    last = 0
    for run in _atoms(text):
        for piece in _trim(run, text):
            digits = _compose(piece)
            if digits.startswith("+") and len(digits) < 9:  # "en plus deux": no country code
                piece, digits = piece[1:], _compose(piece[1:])
            start, end = piece[0].start, piece[-1].end
            if digits and start >= last:
                rewrites.append((start, end, digits))
                last = end
    rewrites += _joints(text, rewrites)
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
