"""Values the call already gave, said again or corrected: the same placeholder, or one of the same kind.

"997456167, klopt dat?" is the BSN the customer gave; "nee, aan het eind 17 90", "no, three one eight at the end",
"לא, 2830 בסוף" and "niet 65 maar 56" correct a phone number given or read back a moment ago. Only the digits of a
value the session remembers (``redaction.RedactionSession``) count, and an amount, a count or an order number
("het kost 45 euro, niet 54", "ik ben al 37 jaar klant") is never a piece of one. A piece corrected in the same
breath ("06 41 72, nee sorry, 06 41 27 90 58") is of the kind of the value that corrects it. Standard library only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from copilot.privacy.addresses import HOUSE_TOKEN
from copilot.privacy.detectors import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    DIGIT_RUN,
    IBAN_LENGTHS,
    Finding,
    label_before,
    plausible_phone,
)
from copilot.privacy.spoken import read_numbers


def known_numbers(text: str, wanted: Mapping[str, str]) -> Iterable[Finding]:
    """A number the call already gave, said again ("997456167, klopt dat?"): the same placeholder. A piece of
    one, said to correct it ("nee, aan het eind 17 90", "no, three one eight at the end", "לא, 2830 בסוף", "niet 65
    maar 56"): the end of it, or two or four digits or more from inside it, in a short turn or beside a word that
    corrects (two digits only beside such a word)."""
    every = ""  # all the numbers given, in one string: a piece not in it is in none of them
    short, correcting = len(text.split()) <= 6, bool(wanted) and bool(_CORRECTING.search(text))  # read once per text
    at_the_end = correcting and bool(_AT_THE_END.search(text))
    for run in DIGIT_RUN.finditer(text) if wanted else ():
        digits = re.sub(r"[^0-9]", "", run.group())
        kind = wanted.get(digits.lstrip("0"))
        if kind:
            yield Finding(kind, run.start(), run.end(), run.group(), digits.zfill(9) if kind == "IL_ID" else digits)
        elif (len(digits) >= 3 and (short or correcting) or len(digits) == 2 and
              correcting and (at_the_end or _swapped(text, digits))) and not \
                _something_else(text, run):
            every = every or "|".join(wanted)
            piece = None if digits not in every else next((kind for number, kind in wanted.items() if len(
                number) > len(digits) and (number.endswith(digits) or len(digits) != 3 and digits in number)), None)
            if piece:
                yield Finding(piece, run.start(), run.end(), run.group(), digits)


def corrections(text: str) -> Iterable[tuple[int, int, str, int]]:
    """The piece said before a correction in the same breath, and where the value it corrects starts: "06 41 72, nee
    sorry, 06 41 27 90 58", "054-72... לא, סליחה, 050-7284193", "732 649, nee, 732 694 467". The piece starts as the
    value does and is shorter; it is of the value's kind (``(start, end, digits, value start)``)."""
    runs = list(DIGIT_RUN.finditer(text))
    for piece, value in zip(runs, runs[1:], strict=False):
        said, meant = re.sub(r"[^0-9+]", "", piece.group()), re.sub(r"[^0-9+]", "", value.group())
        if said[:2] == meant[:2] and 2 <= len(said) < len(meant) and value.start() - piece.end() <= 40 and \
                CORRECTED.match(text, piece.end()) and not _something_else(text, piece):
            yield piece.start(), piece.end(), said.lstrip("+"), value.start()


def taken_up(text: str, end: int) -> tuple[int, int, str] | None:
    """The digits that go on with a number broken off at ``end`` by a correction: "six oh four, eight one two,
    fifty-five... no, forty-five ninety", "0612 34... nee, 43 78 90"; (start, end, digits), or None."""
    fix = CORRECTED.match(text, end)
    start = _LEAD.match(text, fix.end()).end() if fix else 0  # type: ignore[union-attr]  # matches "" too
    run = _GROUPS.match(text, start) if fix and DIGIT_RUN.match(text, start) else None
    if run is None or _something_else(text, run):
        return None
    digits = re.sub(r"[^0-9]", "", run.group())
    return (run.start(), run.end(), digits) if 2 <= len(digits) <= 10 else None


_LEAD = re.compile(r"[\s,.:;!…-]*(?:(?:sorry|pardon|excuse me|excusez-moi|סליחה|wait|wacht|attends|attendez|רגע|"
                   r"hold on|even)[\s,.:;!…-]+)*(?:(?:it['’]?s|c['’]est|het is|dat is|zeg maar|i mean|ik bedoel|"
                   r"je veux dire|כלומר|זה)\s+)?")
_GROUPS = re.compile(r"[0-9]+(?:[ ]?[,.-]?[ ]?[0-9]+)*")  # "76, 8, 6, 1": the digits read from "שבעים ושש, שמונה, ..."


def _swapped(text: str, digits: str) -> bool:
    """"niet 65 maar 56", "c'est 78 pas 87": two digits corrected by their reverse, neither an amount or a count."""
    return any(run.group() == digits[::-1] and not _something_else(text, run)
               for run in re.finditer(r"(?<![0-9])[0-9]{2}(?![0-9])", text))


def _something_else(text: str, run: re.Match[str]) -> bool:
    """An order number, an amount or a count: no piece of a phone number."""
    return bool(label_before(text, run.start()) == "OTHER" or CURRENCY_AFTER.match(text, run.end()) or
                CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()) or _COUNTED.match(text, run.end()))


_COUNTED = re.compile(r"\s*(?:%|x\b|(?:years?|jaar|ans?|euros?|eur|pounds?|dollars?|gb|go|mb|mbit|minutes?|minuten|"
                     r"days?|dagen|jours?|keer|times|fois|uur|hours?|heures?)\b|(?:שנים|שנה|שקל|דקות|ימים|פעמים))",
                     re.IGNORECASE)  # "no, I'm 56 years old" corrects nothing
_AT_THE_END = re.compile(r"(?<!\w)(?:end\w*|eind\w*|laatste|last|fin|derni\w+|בסוף|אחרונ\w*)(?!\w)", re.IGNORECASE)
# Words that correct a number just given or read back: "at the end", "aan het eind", "à la fin", "בסוף", "no".
_CORRECTING = re.compile(r"(?<!\w)(?:end|eind\w*|laatste|last|fin|derni\w+|no|not|nee|niet|non|pas|wrong|fout|faux|"
                         r"instead|plutôt|maar|but|mais|sorry|pardon|בסוף|אחרונ\w*|לא|טעות|אלא|"
                         # "alleen 74 in plaats van 47", "63 au lieu de 36", "52 במקום 25": two digits swapped
                         r"in plaats van|au lieu de|rather than|in place of|במקום)(?!\w)", re.IGNORECASE)
# Words that take back what was just said ("06 41 72, nee sorry, ...", "063160, no, 16824459", "85... nee, 86").
_TAKE_BACK = (r"no|nee|non|nope|neen|nah|naw|לא|sorry|pardon|סליחה|wait|wacht|attendez|attends|רגע|oops|oeps|"
              r"i mean|ik bedoel|je veux dire|כלומר")
# A hesitation may come first, after a stop: "zéro huit. Euh non, quinze, zéro neuf", "two eight four... erm, no",
# "1760, o nee wacht, 1706".
CORRECTED = re.compile(rf"\s*[.…]*\s*,?\s*(?:(?:euh|eh|uh|um|erm|ehm|uhm|ah|oh|o|oei|hmm)[\s,.…]+)?"
                       rf"(?:{_TAKE_BACK})(?!\w)",
                       re.IGNORECASE)


def read_back(text: str, heard: str, kind: str) -> Iterable[Finding]:
    """An agent reading back a number the customer just dictated, however the customer's pieces were cut, said in
    words or corrected: "Merci, 0472 56 19 83" after "0472" and "56 19 83"; "Six oh four, eight one two, forty-five
    ninety" after "six oh four, eight one two, um, fifty-five... no, forty-five ninety". ``heard`` is the customer's
    turns (numbers read as digits), ``kind`` what they were found to hold or were asked for; with no kind, a number
    whole as a phone is one. Seven digits or more, in the order the customer said them, at most four of theirs left
    out between (the piece they corrected)."""
    said = re.sub(r"[^0-9]", "", heard)[-_HEARD_DIGITS:]  # what was just dictated, not a page of digits
    if kind in ("IBAN", "") and len(said) >= 4:
        yield from _iban_so_far(text, heard)
    for run in DIGIT_RUN.finditer(text) if len(said) >= 6 else ():
        digits = re.sub(r"[^0-9]", "", run.group())
        if kind and 3 <= len(digits) < 7 and said.endswith(digits) and _ENDS_IN.search(
                text, max(0, run.start() - 16), run.start()) and not _something_else(text, run):
            yield Finding(kind, run.start(), run.end(), run.group(), digits)  # "noted, ending in 8806": its end
            continue
        if kind in _DICTATED and 5 <= len(digits) < 7 and " " in run.group().strip() and digits in said and not \
                _something_else(text, run) and not _IBAN_BEFORE.search(text, 0, run.start()):
            yield Finding(kind, run.start(), run.end(), run.group(), digits)  # "רשמתי 050 662, ואחר כך?": the
            continue  # pieces heard so far, in the groups the customer said them
        if len(digits) < 7 or _something_else(text, run) or _IBAN_BEFORE.search(text, 0, run.start()) or \
                not _within(digits, said):
            continue
        found = kind or ("PHONE" if plausible_phone(re.sub(r"[^0-9+]", "", run.group())) else "")
        if found:
            yield Finding(found, run.start(), run.end(), run.group(), digits.zfill(9) if found == "IL_ID" else digits)


_DICTATED = ("PHONE", "BSN", "IL_ID", "CARD", "IBAN")
# The start of an IBAN read back so far: "NL97 ABNA 1110 1057", "GB22 BARC 6105 2426", "FR76 3415".
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ .]?[A-Z]{4})?(?:[ .,]{0,2}[0-9]{2,4})*(?![A-Za-z0-9])")
_IBAN_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}|(?<![A-Za-z])[A-Z]{4}(?![A-Za-z])|[0-9]+")


def _iban_so_far(text: str, heard: str) -> Iterable[Finding]:
    """The agent reading back the start of an IBAN the customer is dictating, letters and all, in the customer's
    order: "Dus NL97 ABNA 1110 1057, en dan nog?" after "NL97... ABNA..." and "1110, en dan 1057"; a whole IBAN
    is the detectors' to read."""
    compact = "".join(_IBAN_TOKEN.findall(heard))  # its country, bank and digits, without the words between
    for match in _IBAN_START.finditer(text) if compact else ():
        value = re.sub(r"[^0-9A-Z]", "", match.group())
        if 8 <= len(value) < IBAN_LENGTHS.get(value[:2], 0) and _within(value, compact):
            yield Finding("IBAN", match.start(), match.end(), match.group(), value)


# "BE25 1135 ...", "NL91 ABNA 0417 ...", "gb29 nwbk 6016 ...": the IBAN detectors' to read
_IBAN_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}[ ]?(?:[A-Za-z]{4}[ ]?)?$")


# The end of a number read back as its end: "ending in", "eindigt op", "se termine par", "finit par", "מסתיים ב-".
_ENDS_IN = re.compile(r"(?<!\w)(?:ending(?: in| with)?|ends (?:in|with)|eindigt op|eindigend op|eindigend|"
                      r"se termin\w* par|finissant par|finit par|(?:ש)?מסתיי?[םמ]?ת?\s*ב)[\s:-]*$", re.IGNORECASE)
_HEARD_DIGITS = 400  # the customer's latest digits a read-back is looked for in: a long turn stays linear


def _within(digits: str, said: str, slack: int = 4) -> bool:
    """Whether ``digits`` stand in ``said`` in order, with at most ``slack`` of its digits between them."""
    if digits in said:
        return True
    for start in (m.start() for m in re.finditer(digits[0], said)):
        position = start
        for count, digit in enumerate(digits[1:], 2):
            position = said.find(digit, position + 1)
            if position < 0 or position - start + 1 - count > slack:
                break
        else:
            return True
    return False


# A house number with the Hebrew "at"/"to" joined to it, "ב21", "ל-21" (the letter a word of its own).
_PREFIXED_HOUSE = re.compile(r"(?:(?<=[בל])(?<![\w][בל])|(?<=[בל]-)(?<![\w][בל]-))\d{1,5}(?![\w'’]|[.,:/-]\d)")


def houses_again(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """A house number the call gave, said again alone in a short sentence: "Ja, 86. Dan ligt het aan PostNL." after
    "Dus Paterswoldseweg 86?"."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] if houses else []
    stops = [m.start() for m in _SENTENCE_STOP.finditer(text)] if houses else []
    tokens = [*HOUSE_TOKEN.finditer(text), *_PREFIXED_HOUSE.finditer(text)] if houses else []
    for match in tokens:  # "אנחנו ב21!": the house with the Hebrew "at" joined to it
        before = bisect_right(ends, match.start())
        after = bisect_left(stops, match.end())
        start, stop = ends[before - 1] if before else 0, stops[after] if after < len(stops) else len(text)
        short = stop - start <= _SHORT and len(text[start:stop].split()) <= 4
        if (short or _HOUSE_LABEL.search(text, max(0, match.start() - 16), match.start()) or (
                _DOOR_AFTER.match(text, match.end()) and
                _DOOR_BEFORE.search(text, max(0, match.start() - 8), match.start()))) and \
                re.sub(r"[^0-9]", "", match.group()) in houses and not _something_else(text, match):
            yield Finding("ADDRESS", match.start(), match.end(), match.group(), match.group().casefold())


def crm_house_answered(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """The customer's own house number (the CRM's) said in the answer to the address question, in a sentence of any
    length: "Nee. 412 is gebleven, maar het is nu ...", "Still 14, but a different road"."""
    for match in HOUSE_TOKEN.finditer(text) if houses else ():
        if re.sub(r"[^0-9]", "", match.group()) in houses and not _something_else(text, match):
            yield Finding("ADDRESS", match.start(), match.end(), match.group(), match.group().casefold())


# The house's number word right before it, in a sentence of any length: "Dus 8821 KL, nummer 47, ik zet het klaar",
# "so that's postcode BT7, number 14 then", "code 69003, numéro 41".
_HOUSE_LABEL = re.compile(r"(?<![\w'’])(?i:nummer|huisnummer|number|house number|numéro|no\.|nr\.?|n°)\s*$|"
                          r"(?<![\u05d0-\u05ea])(?:מספר|בית)\s*$")
# The door the call gave, read back with where it is, up to a comma or the sentence's end: "ophalen bij Gerda op 21.",
# "So collect from 138, Aydin", "goes to 162, Okoro", "chez madame Roux au 13,". Not a time ("at 10,", "om 10.", "à
# 10,") or a range ("from 10 to 12", "op 21 maart").
_DOOR_BEFORE = re.compile(r"(?<![\w'’])(?i:op|from|to|naar|au|bij|chez)\s+$")
_DOOR_AFTER = re.compile(r"\s*(?:[,;!?]|\.(?!\d)|$)")
_SENTENCE_END = re.compile(r"[.!?]\s")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_SHORT = 200  # characters: longer is no sentence of four words, and a long text is not read once per number in it


# What is at a door the call gave, said right after its number: "Au 51 il y a une boulangerie", "ב-24 יש גן ילדים",
# "op 58 zit een kapper", "at 14 there's a shop": the number is a house on the customer's street, not a time.
_THERE_AFTER = re.compile(r"\s*,?\s*(?:(?i:il y a|there['’]s|there is|there are|zit er|zit|woont er|woont|is er)(?!\w)|"
                          r"(?:יש|גר|גרה|גרים)(?![\u05d0-\u05ea]))")
_AT_DOOR = re.compile(r"(?:(?<![\w'’])(?i:au|à|at|op|bij|nummer|number|numéro)\s+|(?<![\u05d0-\u05ea])[בל]-?\s*)$")
# The door the agent corrects the file to, or had it as: "תיקנתי ל-42", "we've had it as 14", "je corrige en 15".
_FIXED_TO = re.compile(r"(?:(?<![\w'’])(?i:corrig\w*\s+(?:en|à|au|par)|(?:correct|change|update)(?:ed)?\s+it\s+to|"
                       r"(?:had|have)\s+it\s+as|aangepast\s+naar|verbeterd\s+naar|veranderd\s+in|"
                       # the wrong door on the driver's slip: "ik had 41 op de bon", "I had 21 on the list"
                       r"(?:ik|i|we|wij)\s+had(?:den)?(?:\s+(?:nummer|number))?|j['’]avais(?:\s+le)?)\s+|"
                       r"(?<![\u05d0-\u05ea])(?:תיקנתי|שיניתי|עדכנתי)\s+ל-?\s*)$")
_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,4}(?![0-9]|[:.,h]\s?[0-9])")
# A door the call gave, opening a sentence, said to be someone's or something: "Le dix-neuf, c'est la dame d'en face",
# "שבעים ושתיים זה בכלל בקצה השני", "Negentien, met een één ervoor", "Twelve is the shop".
_OPENING = re.compile(r"(?:^|[.!?]\s+)(?:(?i:le|la|the|de|het|nummer|number|num[ée]ro)\s+)?$")
_IS_AFTER = re.compile(r"\s*,?\s*(?:(?i:is|c['’]est|est)(?![\w'’])|(?:זה|זו|הוא|היא)(?![\u05d0-\u05ea]))|"
                       r"\s*,\s*(?i:met|with|avec)(?!\w)")


def houses_there(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """A house number the call gave, said again, in digits or in words, with what is at that door: "Mais non ! C'est
    le quinze. Au cinquante et un il y a une boulangerie." after "Elle est notée au 51 rue Colbert", "ב-עשרים וארבע
    יש גן ילדים" after "רינגלבלום 24", or opening a sentence that says who or what is there ("Le dix-neuf, c'est la
    dame d'en face", ``_IS_AFTER``); or the door the agent corrects the file to, or had it as: "תיקנתי ל-42",
    "we've had it as 14". The wrong number on file is still a door on the customer's street."""
    if not houses:
        return
    spoken = read_numbers(text)
    for match in _NUMBER.finditer(spoken.text):
        if match.group() in houses and (_THERE_AFTER.match(spoken.text, match.end()) and _AT_DOOR.search(
                spoken.text, max(0, match.start() - 12), match.start()) or _IS_AFTER.match(
                spoken.text, match.end()) and _OPENING.search(spoken.text, max(0, match.start() - 12),
                                                              match.start()) or _FIXED_TO.search(
                spoken.text, max(0, match.start() - 24), match.start())) and not _something_else(spoken.text, match):
            start, end = spoken.span(match.start(), match.end())
            if end > start:
                yield Finding("ADDRESS", start, end, text[start:end], match.group())


# Where the speaker stood or rang, a wrong door of the customer's street: "I was at twenty-one", "j'étais au 12",
# "ik stond bij 41", "הייתי ב-15". Said once the call gave the house, the number is a door on that street, whichever.
_WAS_AT = re.compile(r"(?:(?<![\w'’])(?i:i\s+was\s+at|i\s+rang\s+at|i\s+knocked\s+at|j['’]étais\s+(?:au|devant\s+le)|"
                     r"j['’]ai\s+sonné\s+au|ik\s+(?:was|stond|belde\s+aan)\s+(?:bij|op|aan)(?:\s+nummer)?)\s+|"
                     r"(?<![\u05d0-\u05ea])(?:הייתי|דפקתי|צלצלתי)\s+(?:ב|ב-|במספר\s+|בבית\s+)\s*)$")


# The word for a house's number right before it: "huisnummer achttien", "house number 12", "מספר הבית 7".
_HOUSE_WORD = re.compile(r"(?:(?<![\w'’])(?i:huisnummer|house\s+number|numéro\s+de\s+(?:la\s+)?maison)|"
                         r"(?<![\u05d0-\u05ea])[וה]?מספר\s+ה?בית)\s*(?:(?i:is|c['’]est|est)\s+|הוא\s+)?[:,-]?\s*$")


def house_numbered(text: str) -> Iterable[Finding]:
    """A house number after its own word, in digits or in words, in a call that gave no street yet: "Ja. En het
    huisnummer is achttien." after the postcode; the word says whose door it is, the customer's."""
    if _HOUSE_WORD_ANYWHERE.search(text):
        yield from _doors_after(text, _HOUSE_WORD, 30)


_HOUSE_WORD_ANYWHERE = re.compile(_HOUSE_WORD.pattern.removesuffix(r"\s*(?:(?i:is|c['’]est|est)\s+|הוא\s+)?[:,-]?\s*$"))


def wrong_door(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """The door someone stood at instead of the customer's, in digits or in words, once the call gave a house: "Ah, I
    was at twenty-one" after "Twelve", "j'étais au 12" after "Deux", "הייתי ב-15" after "חמישים ואחת"."""
    if houses:
        yield from _doors_after(text, _WAS_AT, 24)


def _doors_after(text: str, before: re.Pattern[str], reach: int) -> Iterable[Finding]:
    """Each number, in digits or in words, that ``before`` ends right in front of (within ``reach`` characters), and
    that is no count of something else, no date and no time: a door."""
    spoken = read_numbers(text)
    for match in _NUMBER.finditer(spoken.text):
        if before.search(spoken.text, max(0, match.start() - reach), match.start()) and not _something_else(
                spoken.text, match) and not _MONTH_OR_TIME_AFTER.match(spoken.text, match.end()):
            start, end = spoken.span(match.start(), match.end())
            if end > start:
                yield Finding("ADDRESS", start, end, text[start:end], match.group())


def swapped_doors(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """The customer's own house number (the CRM's) and the same digits swapped, both said in one turn, in digits or
    in words: "He's at 112, we're one-twenty-one", "Il est allé au 16, nous on habite au 61. Soixante et un, pas
    seize !", "כי אתה ב-12! אנחנו 21": a driver at the wrong door of the customer's street. Each is a door of it."""
    if not houses:
        return
    spoken = read_numbers(text)
    doors = [(m, True) for m in _DOOR_NUMBER.finditer(spoken.text) if not _something_else(spoken.text, m) and not (
        _MONTH_OR_TIME_AFTER.match(spoken.text, m.end()))]
    doors += [(m, False) for m in _DOOR_NUMBER.finditer(text) if not _something_else(text, m) and not (
        _MONTH_OR_TIME_AFTER.match(text, m.end()))]  # as written too: "אנחנו 21. עשרים ואחת" is read as one run
    said = {m.group() for m, _ in doors}
    pairs = {h for h in houses if len(h) >= 2 and h in said and any(
        n != h and len(n) == len(h) and sorted(n) == sorted(h) for n in said)}
    for match, read in doors:
        number = match.group()
        if any(number == h or len(number) == len(h) and sorted(number) == sorted(h) for h in pairs):
            start, end = spoken.span(match.start(), match.end()) if read else match.span()
            if end > start:
                yield Finding("ADDRESS", start, end, text[start:end], number)


_DOOR_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,4}(?![0-9]|[:,h]\s?[0-9]|\.[0-9])")  # "21. 21": a sentence's end
# A date or a time after a number: "12 december", "21 mars", "12:30", "16 h", "21 uur".
_MONTH_OR_TIME_AFTER = re.compile(
    r"\s*(?:(?i:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|d[ée]c|janv|f[ée]v|avr|juin|juil|ao[uû]|sept)\w*|"
    r"(?i:h|uur|u|o['’]clock|am|pm|heures?)(?!\w)|[:.]\d)|\s*(?:ב?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|"
    r"ספטמבר|אוקטובר|נובמבר|דצמבר))")


def corrected_houses(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """A house number said to correct one the call gave: "c'est 1808, pas 1880", "niet 12 maar 21", "not 45 but 54"
    after the address with 1880, 12 or 45 in it. ``houses``: the house numbers of the addresses given."""
    for match in _HOUSE_FIX.finditer(text) if houses else ():
        if match["old"] in houses or match["old2"] in houses:  # the number taken back is the customer's too
            for group in ("new", "old") if match["new"] else ("old2", "new2"):
                yield Finding("ADDRESS", match.start(group), match.end(group), match[group], match[group].casefold())
    # "Ah oui, pardon, 71. J'inverse" after "17 avenue Thiers"; "41. Veertien is de overburen" after "Lijsterbeslaan 14"
    for match in (*_SWAPPED_FIX.finditer(text), *_SWAPPED_ANSWER.finditer(text)) if houses else ():
        number = match["number"]
        if any(number != house and sorted(number) == sorted(house) for house in houses) or (
                match.re is _SWAPPED_FIX and number not in houses and not number.startswith("0") and
                _NAMED_DOOR.search(match.group()) and not re.match(r"\s?[0-9]", text[match.end():]) and
                not _something_else(text, match) and not _MONTH_OR_TIME_AFTER.match(text, match.end())):
            # "Mais non, c'est le 27" after "devant le 2 rue des Tanneurs": the door the customer puts right
            yield Finding("ADDRESS", match.start("number"), match.end("number"), number, number.casefold())
    # "dat moet 221 zijn! 221." (said in words, then digit by digit) after "Oude Gracht 212", "זה 69! 69" after
    # "הבנים 96": the house's digits swapped, said twice to be sure, with no "no" before them
    for match in _SAID_TWICE.finditer(text) if houses else ():
        number = match["number"]
        if any(number != house and sorted(number) == sorted(house) for house in houses) and \
                not _something_else(text, match):
            for start, end in (match.span("number"), match.span("again")):
                yield Finding("ADDRESS", start, end, number, number.casefold())


_SWAPPED_FIX = re.compile(rf"(?<!\w)(?:(?:{_TAKE_BACK}|excuse[zr]?-?(?:moi)?)\W+){{1,3}}"
                          # "Nee, dat is al jaren fout, het is 136", "No, that's wrong, it's 19": what is wrong said
                          r"(?:(?:[^\W\d_][\w'’]*\s+){0,6}(?:fout|verkeerd|wrong|faux|incorrect|טעות|שגוי)\W+)?"
                          # "Non, c'est le 32", "No, it's number 71", "Nee, het is nummer 41"
                          r"(?:(?:le|de|the|het|c['’]est|it['’]s|het is|it is|number|nummer|numéro|זה)\s+){0,2}"
                          r"(?P<number>[0-9]{2,4})(?![0-9]|[.,:/][0-9])", re.IGNORECASE)
_NAMED_DOOR = re.compile(r"(?i:c['’]est\s+le|it['’]s|it\s+is|het\s+is|number|nummer|numéro)\s+[0-9]+$|זה\s+[0-9]+$")
_SAID_TWICE = re.compile(r"(?<![0-9.,:/-])(?P<number>[0-9]{2,4})(?:\s+[^\W\d_]+)?\s*[.!,]\s*(?P<again>(?P=number))"
                         r"(?![0-9]|[.,:/][0-9])")  # "221! 221", "221 zijn! 221"
_SWAPPED_ANSWER = re.compile(r"^\W*(?P<number>[0-9]{2,4})(?![0-9]|[.,:/][0-9])")  # "41. Veertien is de overburen"
_HOUSE_FIX = re.compile(r"(?<![0-9])(?P<new>[0-9]{1,5}[a-z]?)\s*,?\s*(?:pas|not|niet|nicht|ולא|לא)\s+"
                        r"(?:le\s+|de\s+|the\s+)?(?P<old>[0-9]{1,5})(?![0-9])|"
                        r"(?<!\w)(?:pas|not|niet|לא)\s+(?:le\s+|de\s+|the\s+)?(?P<old2>[0-9]{1,5})\s*,?\s*"
                        r"(?:mais|but|maar|אלא)\s+(?:le\s+|de\s+|the\s+)?(?P<new2>[0-9]{1,5}[a-z]?)(?![0-9])",
                        re.IGNORECASE)


# A house number the call gave, said again with what sets its door apart: "tweeëntwintig A eigenlijk" after
# "Tweeëntwintig", "Ah, 22-A" and "63-2" (a floor) after "Sixty-three", "twelve A actually" after "Twelve": one
# capital letter alone, or a dash and one or two digits, right after the number.
_ADDITION_AFTER = re.compile(r"(?:\s?-\s?|\s)[A-Z](?![\w'’-])|-[0-9]{1,2}(?![0-9]|[.,:/-][0-9])")


def houses_added(text: str, houses: frozenset[str]) -> Iterable[Finding]:
    """A house number the call gave (``houses``: its digits), said again in digits or in words with a door's letter or
    floor added to it: "22-A", "twelve A", "63-2". The addition makes it that door, not an amount or a count."""
    if not houses:
        return
    spoken = read_numbers(text)
    for match in _NUMBER.finditer(spoken.text):
        addition = _ADDITION_AFTER.match(spoken.text, match.end()) if match.group() in houses else None
        if addition and not _something_else(spoken.text, match):
            start, end = spoken.span(match.start(), addition.end())
            if end > start:
                yield Finding("ADDRESS", start, end, text[start:end], text[start:end].casefold())
