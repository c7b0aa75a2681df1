"""The end of a personal number, read back to say which one: "uw rekening eindigend op 85 76", "the account ending
7222", "le compte se terminant par 873", "מהחשבון שמסתיים ב-027".

An agent confirms an account, a card or a phone by its last digits. Those digits are the customer's when they end a
value the CRM context holds or the call gave (an IBAN, a phone, a card, an ID), and also when a word in the clause
names an account, a card or a phone, whatever the CRM knows. An order, a parcel or a ticket "ending 5521" is none of
these: a word naming such an object, nearest to the digits, keeps them as they are. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from copilot.privacy.addresses import NOT_A_HOUSE
from copilot.privacy.detectors import CURRENCY_AFTER, DIGIT_RUN, Finding

# "ending (in)", "eindigend op", "se terminant par", "dont les derniers chiffres sont", "שמסתיים ב-", "הספרות האחרונות".
_ENDING = re.compile(
    r"(?<!\w)(?:ending|ends|ended|last\s+(?:\w+\s+)?(?:digits?|numbers?|four|three|two|[2-8](?= of))|eindig\w*|eindigt|"
    r"laatste\s+(?:\w+\s+)?(?:cijfers?|nummers?)|termin\w*|finissant|finit|derniers?\s+(?:\w+\s+)?chiffres?|"
    r"[שה]?מסתיי?(?:ם|מת|מים|מות)|[שה]?נגמר(?:ת|ים|ות)?|(?:ה)?ספרות\s+(?:ה)?אחרונות|(?:ב|עם\s+)?(?:ה)?סיומת)(?![\w\u05d0-\u05ea])",
    re.IGNORECASE)
_ENDS_AFTER = re.compile(r"\s*(?i:eindigt|eindigen|eindigde|ends|ended|se termine|finit)(?!\w)")
# Between the cue and the digits only small words: "in", "op", "par", "sont", "with", "ב-".
# Or the object named between the cue and the digits: "the last three of your ID are 562", "de laatste vier van
# uw rekening zijn 4410", "les trois derniers de votre carte sont 117", "ארבע האחרונות של הנייד הן 3355".
_OF_OBJECT = (r"(?:\s+(?:of|van|de|du|des|של)\s+(?:(?:the|your|uw|je|het|de|la|le|l['’]|votre|ton|ta|his|her)\s*)?"
              r"(?:[\w\u05d0-\u05ea.\"״']+\s+){0,1}?[\w\u05d0-\u05ea.\"״']+)?")
_GAP = re.compile(_OF_OBJECT +
                  r"(?:[\s:,-]*(?:in|on|op|met|with|by|par|en|are|is|zijn|sont|est|c['’]est|שלו|של|הן|הם|ב-?|"
                  r"bien|well|wel|toch|really|indeed|echt|exactly|exactement|precies|בדיוק|"
                  r"toujours|always|altijd|nog|still|encore|תמיד)"
                  r"(?![\w\u05d0-\u05ea]))*[\s:,-]*(?:ב-?)?$", re.IGNORECASE)
# What the clause says the digits end: nearest word wins.
_NAMED = (
    ("IBAN", re.compile(r"(?<!\w)(?:iban|\w*rekening\w*|accounts?|comptes?|rib|[הלמב]{0,2}חשבון)(?![\w\u05d0-\u05ea])",
                        re.IGNORECASE)),
    ("CARD", re.compile(r"(?<!\w)(?:\w*card|\w*kaart|pas|bankpas|cartes?|visa|mastercard|amex|[הלמב]{0,2}כרטיס\w*)"
                        r"(?![\w\u05d0-\u05ea])", re.IGNORECASE)),
    ("PHONE", re.compile(r"(?<!\w)(?:phone|mobile|mobiel|mobiele|gsm|telefoon\w*|t[ée]l[ée]phone|portable|"
                         r"cell\w*|landline|[הלמב]{0,2}(?:נייד|טלפון|פלאפון))(?![\w\u05d0-\u05ea])", re.IGNORECASE)),
    ("IL_ID", re.compile(r"(?<![\w\u05d0-\u05ea])(?:teou?dat|zeh[ou]u?t|identit[ée]|identity|[הלמב]?(?:ת\.?ז|ת[\"״']ז|"
                         r"תעודת (?:ה)?זהות))(?![\w\u05d0-\u05ea])", re.IGNORECASE)),
    ("BSN", re.compile(r"(?<!\w)(?:bsn|burgerservicenummer|sofinummer)(?!\w)", re.IGNORECASE)),
    ("OTHER", re.compile(r"(?<!\w)(?:order\w*|bestel\w*|commande|factu\w*|invoice|track\w*|zending|colis|pakket|"
                         r"parcel|ticket|r[ée]f[ée]rence|dossier|contra[ck]t\w*|polis|policy|serial|imei|code|voucher|"
                         r"[הלמב]{0,2}(?:הזמנה|ההזמנה|חשבונית|משלוח|חבילה))(?![\w\u05d0-\u05ea])", re.IGNORECASE)),
)
_CLAUSE = re.compile(r"[.!?;]\s|,\s(?:and|en|et|ו)\s")
_TAIL_KINDS = ("IBAN", "PHONE", "CARD", "BSN", "IL_ID")
_TRAILS = re.compile(r"\s*(?:\.{2,}|…)")


def tails(text: str, personal: Sequence[tuple[str, str]], given: Mapping[str, str]) -> Iterable[Finding]:
    """Digits after an "ending" cue that end one of the customer's values (``personal``: (kind, value) from the CRM;
    ``given``: digits -> kind the call gave), or that a word names as an account's, a card's or a phone's end."""
    for run in DIGIT_RUN.finditer(text):
        digits = re.sub(r"[^0-9]", "", run.group())
        if not 2 <= len(digits) <= 8 or run.group().startswith("+") or CURRENCY_AFTER.match(text, run.end()) or \
                NOT_A_HOUSE.match(text, run.end()):  # "the offer ending in 10 days"
            continue
        window = _CLAUSE.split(text[max(0, run.start() - 80):run.start()])[-1]
        cue = next(reversed(list(_ENDING.finditer(window))), None)
        if _ENDS_AFTER.match(text, run.end()) and re.search(r"(?i:\bop|\bin|\bon|\bpar|\bwith)\s*$", window):
            before = window  # "de rekening die op 6809 eindigt": the verb after the digits
        elif cue is None or not _GAP.match(window, cue.end()):
            continue
        else:
            before = window[:cue.start()] + " " + window[cue.end():]  # the object may come after the cue
        named = _named(before)
        if named == "OTHER" and not (len(digits) >= 4 and _ends(digits, personal, {})):
            continue  # "the order ending 4417"; not four digits or more that end the customer's own ID or account
            # in the CRM ("the invoice has your number ending 4417": the invoice carries the customer's value)
        named = None if named == "OTHER" else named
        kind = named if named in ("IL_ID", "BSN") else (  # the card named wins over the CRM's guess of which ID
            _ends(digits, personal, given) if named or len(digits) >= 3 else None) or named
        if len(digits) > 6 and kind and kind != _ends(digits, personal, given):
            continue  # seven or eight digits ("se termine par 0176 836") only where they end a value of the call's
        if kind:
            yield Finding(kind, run.start(), run.end(), run.group(), digits)


def heads(text: str, personal: Sequence[tuple[str, str]], given: Mapping[str, str]) -> Iterable[Finding]:
    """The start of one of the customer's numbers, trailing off ("I'll send it to 07411... ending 085", "ל-058..."):
    digits that begin a value the CRM context holds or the call gave, said with "..." after them."""
    for run in DIGIT_RUN.finditer(text):
        digits = re.sub(r"[^0-9]", "", run.group())
        if 3 <= len(digits) <= 10 and _TRAILS.match(text, run.end()):  # "Ik heb genoteerd: 0477 32 18... en dan?"
            kind = _starts(digits, personal, given)
            if kind:
                yield Finding(kind, run.start(), run.end(), run.group(), digits)


def _starts(digits: str, personal: Sequence[tuple[str, str]], given: Mapping[str, str]) -> str | None:
    for kind, value in personal:
        whole = re.sub(r"[^0-9]", "", value)
        if kind in _TAIL_KINDS and len(whole) > len(digits) and whole.startswith(digits):
            return kind
    return next((kind for number, kind in given.items() if len(number) > len(digits) and (
        number.startswith(digits) or ("0" + number).startswith(digits))), None)


def _named(before: str) -> str | None:
    """The kind of the object nearest to the cue that the clause names, or None."""
    best: tuple[int, str] | None = None
    for kind, pattern in _NAMED:
        for match in pattern.finditer(before):
            if best is None or match.end() > best[0]:
                best = (match.end(), kind)
    return best[1] if best else None


def _ends(digits: str, personal: Sequence[tuple[str, str]], given: Mapping[str, str]) -> str | None:
    for kind, value in personal:
        whole = re.sub(r"[^0-9]", "", value)
        if kind in _TAIL_KINDS and len(whole) > len(digits) and whole.endswith(digits):
            return kind
    return next((kind for number, kind in given.items() if len(number) > len(digits) and number.endswith(digits)),
                None)
