"""Values the call already gave, said again or corrected: the same placeholder, or one of the same kind.

"997456167, klopt dat?" is the BSN the customer gave; "nee, aan het eind 17 90", "no, three one eight at the end",
"לא, 2830 בסוף" and "niet 65 maar 56" correct a phone number given or read back a moment ago. Only the digits of a
value the session remembers (``redaction.RedactionSession``) count, and an amount, a count or an order number
("het kost 45 euro, niet 54", "ik ben al 37 jaar klant") is never a piece of one. A piece corrected in the same
breath ("06 41 72, nee sorry, 06 41 27 90 58") is of the kind of the value that corrects it. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from copilot.privacy.detectors import CURRENCY_AFTER, CURRENCY_BEFORE, DIGIT_RUN, Finding, label_before


def known_numbers(text: str, wanted: Mapping[str, str]) -> Iterable[Finding]:
    """A number the call already gave, said again ("997456167, klopt dat?"): the same placeholder. A piece of
    one, said to correct it ("nee, aan het eind 17 90", "no, three one eight at the end", "לא, 2830 בסוף", "niet 65
    maar 56"): the end of it, or two or four digits or more from inside it, in a short turn or beside a word that
    corrects (two digits only beside such a word)."""
    every = ""  # all the numbers given, in one string: a piece not in it is in none of them
    for run in DIGIT_RUN.finditer(text) if wanted else ():
        digits = re.sub(r"[^0-9]", "", run.group())
        kind = wanted.get(digits.lstrip("0"))
        if kind:
            yield Finding(kind, run.start(), run.end(), run.group(), digits.zfill(9) if kind == "IL_ID" else digits)
        elif (len(digits) >= 3 and (len(text.split()) <= 6 or _CORRECTING.search(text)) or len(digits) == 2 and
              _CORRECTING.search(text) and (_AT_THE_END.search(text) or _swapped(text, digits))) and not \
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
                _CORRECTED.match(text, piece.end()) and not _something_else(text, piece):
            yield piece.start(), piece.end(), said.lstrip("+"), value.start()


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
                         r"instead|plutôt|maar|but|mais|sorry|pardon|בסוף|אחרונ\w*|לא|טעות|אלא)(?!\w)", re.IGNORECASE)
_CORRECTED = re.compile(r"[.…]*\s*,?\s*(?:no|nee|non|nope|neen|לא|sorry|pardon|סליחה|wait|wacht|attendez|attends|רגע|"
                        r"oops|oeps|i mean|ik bedoel|je veux dire|כלומר)(?!\w)", re.IGNORECASE)
