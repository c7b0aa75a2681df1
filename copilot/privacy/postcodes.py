"""Postcodes as each country writes them, and when a number is one: Dutch "3511 AB", Belgian and French "1050" or
"69003" before a town, British "SW1A 1AA", Irish Eircodes ("D08 XY43"), Canadian "H2T 1S6", Israeli seven digits
after "מיקוד".

A four- or five-digit number is a postcode only where an address is around it or a town follows ("Meir 12, 2000
Antwerpen"), never a year, a price or a speed ("sinds 2019", "1000 Mbit"). The letter codes (British, Irish,
Canadian) are their own evidence when written in capitals, from their shape; in lower case they need a word
that asks for or names a postcode. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.privacy.detectors import CURRENCY_AFTER, SHORT_WORDS, Finding, label_before

_POSTCODE_NL = re.compile(r"(?=[1-9])(?<![\w€$£₪])[1-9][0-9]{3}(?:[ \u00a0]?[A-Za-z]{2}|,?[ ][A-Z][ ][A-Z])(?!\w)")
_NOT_POSTCODE_LETTERS = frozenset("SA SD SS GB MB KB TB KM KG KW MW PK HP CM MM ML CL CC TH ST ND RD AM PM".split())
_ADDRESS_CUE = re.compile(r"post|zip|adres|address|woon|habite|straat|street|road\b|lane\b|weg\b|laan|plein|gracht|"
                          r"rue|avenue|boulevard|chemin|impasse|quai|all[ée]e|cours|place|square|r[ée]sidence|route|"
                          r"chauss[ée]e|drève|kade|singel|dreef|drive|close|crescent|terrace|grove|"
                          r"[0-9]+[a-z]?,\s*$|כתובת|מיקוד|גר\b|גרה",
                          re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"[0-9]+[a-z]?,\s*$")
_CITY = re.compile(r"[ \u00a0]+[A-Z][a-z]|[ \u00a0]*,[ \u00a0]*[A-Z][a-z]")
# Four or five digits before a town, after a street: Belgian "1050 Ixelles", French "69003 Lyon".
_POSTCODE_BEFORE_TOWN = re.compile(r"(?=[0-9])(?<![\w€$£₪.,/-])(?:[0-9]{5}|[1-9][0-9]{3})(?=[ \u00a0]+[A-Z][a-z])"
                                   r"(?![ \u00a0]+(?:[KMGT]bits?|[KMGT]bps|[KMGT]b/s|Euros?|Minut\w*|Uur|Jaar|Kilo\w*)"
                                   r"\b)")  # "1000 Mbit" is a speed
_POSTCODE_CUED = re.compile(r"(?:postcode|post code|postal code|zip(?: code)?|code postal|\bcp\b|\w{0,2}מיקוד)"
                            r"\s*[:,\-]?\s*"  # "Le code postal, c'est 1170": set apart by a comma too
                            # "המיקוד החדש 4365728", "my new postcode is": new or old, after the word
                            r"(?:(?:ה?חדש|ה?ישן|new|old|nieuwe|oude|nouveau|ancien)\s*[:,]?\s+)?"
                            r"(?:(?:is|est|c['’]est|שלי|שלנו|שלו|שלה|הוא)\s*:?\s*)?([0-9]{5}|[0-9]{7}|[1-9][0-9]{3})"
                            r"(?![0-9]|[ \u00a0]?[A-Za-z]{2}(?!\w)|,?[ ][A-Z][ ][A-Z](?!\w))",
                            re.IGNORECASE)
_POSTCODE_COUNTRY = re.compile(r"(?<![\w-])(?:B-[1-9][0-9]{3}|F-[0-9]{5}|NL-[1-9][0-9]{3}(?: ?[A-Z]{2})?|L-[0-9]{4})"
                               r"(?![\w-])")
# British postcodes, only in one of the 121 postcode areas, so that "MP3 4GB" is not one, nor "S23 5GB".
_UK = (r"(?:A[BL]|B[ABDHLNRST]?|C[ABFHMORTVW]|D[ADEGHLNTY]|E[CHNX]?|F[KY]|G[LUY]?|"
       r"H[ADGPRSUX]|I[GMPV]|JE|K[ATWY]|L[ADELNSU]?|M[EKL]?|N[EGNPRW]?|O[LX]|P[AEHLOR]|R[GHM]|"
       r"S[AEGKLMNOPRSTWY]?|T[ADFNQRSW]|UB|W[ACDFNRSV]?|YO|ZE)"
       r"[0-9][0-9A-Z]?[ \u00a0]?[0-9](?![GKMT]B)[ABD-HJLNP-UW-Z]{2}(?!\w)")
POSTCODE_UK = re.compile(r"(?=[A-Z])(?<!\w)" + _UK)
# Seven Israeli digits after a street, its number and the town: "הנרקיס 5, נתניה 4250505".
_IL_POSTCODE = re.compile(r"(?<![\w\-./+])[0-9]{7}(?![0-9]|[.,/:-][0-9])")
_TOWN_WORDS = r"(?:[\u05d0-\u05ea'\"״׳-]+\s*|[A-Z][a-z'-]+\s*){1,3}"
_AFTER_HOUSE = re.compile(rf"(?<![\w-])[0-9]{{1,4}}[\u05d0-\u05ea]?(?:,\s*{_TOWN_WORDS},?|\s+{_TOWN_WORDS},)\s*$")
# "הנרקיס 5, נתניה 4250505", "apt 8, Tel Aviv, 6343521", "דירה 12 קריית ביאליק, 2710012" (the comma after the town)
# Irish Eircodes: a routing key ("D08", "T12", "D6W") and four letters and digits, at least one a letter.
_EIRCODE = (r"(?:[ACDEFHKNPRTVWXY][0-9]{2}|D6W)[ \u00a0]?(?=[0-9ACDEFHKNPRTVWXY]{0,3}[ACDEFHKNPRTVWXY])"
            r"[0-9ACDEFHKNPRTVWXY]{4}")
# Canadian postal codes: letter, digit, letter, digit, letter, digit ("H2T 1S6").
_CANADA = r"[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ \u00a0]?[0-9][ABCEGHJ-NPRSTV-Z][0-9]"
LETTER_CODES = re.compile(rf"(?<![\w-])(?:{_EIRCODE}|{_CANADA})(?![\w-])")
# A British, Irish, Canadian or Dutch postcode with nothing required before it: what an address that is known by the
# postcode after it looks ahead for ("22 Mount Wise, TR7 2BQ", "Pencoed Farm, Ffostrasol, SA44 5JX").
POSTCODE_AHEAD = rf"(?:{_UK}|(?:{_EIRCODE}|{_CANADA})(?![\w-])|[1-9][0-9]{{3}}[ ]?[A-Z]{{2}}(?!\w))"
# The same in lower case, where a word names or asks for a postcode: "code postal c'est j4k 2r6".
_LETTER_CODE_CUED = re.compile(rf"(?:postcode|post code|postal code|zip(?: code)?|code postal|eir ?code)\s*[:\-]?\s*"
                               rf"(?:(?:is|est|c['’]est)\s*:?\s*)?((?i:{_EIRCODE}|{_CANADA}))(?![\w-])",
                               re.IGNORECASE)


# "..., Guildford, 6055", "..., Graaff-Reinet 6280"
_AFTER_ADDRESS = re.compile(r"(?:,[ \u00a0]*(?:[A-Z][a-z'-]+[ \u00a0]?){1,2}(?=,|(?<=[a-z])[ \u00a0][0-9]))?"
                            r",?[ \u00a0]*([0-9]{5}|[1-9][0-9]{3}|[0-9]{7})(?![0-9]|[.,/:][0-9]|[ \u00a0]*[%€$£₪]|"
                            r"[ \u00a0]*(?:euro|eur|km|m|kg|uur|h|min|jaar|ans?|years?)\b)", re.IGNORECASE)


def after_address(text: str, address: Finding) -> Finding | None:
    """The postcode said straight after an address, the town left out: "au 41 boulevard de l'Yser, 76000."."""
    match = _AFTER_ADDRESS.match(text, address.end)
    return Finding("POSTCODE", match.start(1), match.end(1), match.group(1), match.group(1)) if match else None


def postcodes(text: str) -> Iterable[Finding]:
    """Every postcode in ``text`` that its shape and the words around it make one."""
    def addressed(match: re.Match[str]) -> bool:
        return bool(_ADDRESS_CUE.search(text, max(0, match.start() - 40), match.start()))

    for match in _POSTCODE_NL.finditer(text):
        written, letters = match.group(), re.sub(r"[^A-Za-z]", "", match.group()).upper()  # "6524, E R" spelled
        if written[4] in " \u00a0" and not written[-2:].isupper() and (
                letters.casefold() in SHORT_WORDS or not addressed(match)):
            continue  # "3581 lk" in lower case needs an address, and "sinds 2000 en" is no postcode
        if letters in _NOT_POSTCODE_LETTERS or 1900 <= int(written[:4]) <= 2099 and not (
                addressed(match) or _CITY.match(text, match.end())):
            continue  # "in 2024 NS ...": a year-like number needs an address around it
        yield Finding("POSTCODE", match.start(), match.end(), written, written[:4] + letters)
    for match in _POSTCODE_BEFORE_TOWN.finditer(text):  # a year ("sinds 2019 Toen") needs "Meir 12, 2000 Antwerpen"
        year_like = len(match.group()) == 4 and 1900 <= int(match.group()) <= 2099
        if (_HOUSE_NUMBER.search(text, max(0, match.start() - 12), match.start()) if year_like else addressed(match)
                ) and not CURRENCY_AFTER.match(text, match.end()):
            yield Finding("POSTCODE", match.start(), match.end(), match.group(), match.group())
    for match in _IL_POSTCODE.finditer(text):  # not "המשלוח PK-7715503, הזמנה 6290114": an order number
        if _AFTER_HOUSE.search(text, max(0, match.start() - 40), match.start()) and label_before(
                text, match.start()) != "OTHER":
            yield Finding("POSTCODE", match.start(), match.end(), match.group(), match.group())
    for match in _POSTCODE_COUNTRY.finditer(text):  # "B-2000 Antwerpen", "F-75011", "NL-3511 AB"
        yield Finding("POSTCODE", match.start(), match.end(), match.group(), match.group().upper().replace(" ", ""))
    for match in (*POSTCODE_UK.finditer(text), *LETTER_CODES.finditer(text)):
        if label_before(text, match.start()) != "OTHER":  # "error code E12 4AB", "order A94 F6X2"
            written = match.group()
            yield Finding("POSTCODE", match.start(), match.end(), written, re.sub(r"\s", "", written).upper())
    for match in (*_POSTCODE_CUED.finditer(text), *_LETTER_CODE_CUED.finditer(text)):
        group = match.lastindex or 0  # the cued pattern holds the code in group 1
        written = match.group(group)
        yield Finding("POSTCODE", match.start(group), match.end(group), written, re.sub(r"\s", "", written).upper())
