"""The customer's own values from the CRM context, recognised wherever the call says them.

The CRM hands over the customer's number, street, phone and e-mail. The prompt never sends those fields
(``context_fields``), but the customer or the agent says them: "I'm still at 6 Larkfield", "mijn klantnummer is
C-552871", "And is 087 552 1904 still the best number?". A street without a street word, a customer number, a
phone in another spelling than the CRM's: no detector knows them for what they are, the vault that knows the
context does (``RedactionSession.add_context``). They are matched in any spelling: digits with any separators, a
country code or the trunk 0 instead, letters in any case, a Hebrew prefix letter in front; the street also with
another house number, as a customer says it before correcting it ("Rijnstraat 8... nee, 88"). The plan, the products
and the offer are the CRM's too, and no one's personal data: said in the call they stay as they are, also where a
word of them is the customer's name ("Groen Vast 3 jaar" beside Eva Groen). Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from copilot.privacy.addresses import HOUSE_ADDITION, NOT_A_HOUSE, addition_end
from copilot.privacy.detectors import DIGIT_RUN, Finding, luhn

# A customer field's name -> the kind of its value; the first that matches wins (so "email_id" is an e-mail).
_FIELDS = (
    ("EMAIL", re.compile(r"mail|courriel")),
    ("PHONE", re.compile(r"phone|mobile|mobiel|tel|gsm|portable|cell|fixe|landline")),
    ("IBAN", re.compile(r"iban|account|rekening|compte|\brib\b")),
    ("CARD", re.compile(r"card|kaart|carte")),
    ("BSN", re.compile(r"bsn|sofi|burgerservice")),
    ("IL_ID", re.compile(r"zehut|teudat|israeli|id_?number|identity|national_id")),
    ("ADDRESS", re.compile(r"street|address|adres|rue|straat")),
    ("DATE_OF_BIRTH", re.compile(r"birth|\bdob\b|geboorte|naissance|לידה")),
    ("CUSTOMER_ID", re.compile(r"(?:^|_)(?:id|no|nr|num|number|ref|reference)$|customer|client|klant")),
)
# Fields whose values are the company's words about the customer: said in the call, they stay.
_PLAIN = re.compile(r"plan|product|tarif|tariff|offer|offre|bundle|package|pakket|abonnement|formule|bundel|"
                    r"contract_type|option")
_COUNTRY_CODES = ("353", "972", "31", "32", "33", "44", "1")
_HEBREW_PREFIX = r"(?:(?<!\w)|(?<=(?<!\w)[ובלמהש])|(?<=(?<!\w)[ובלמהש]{2}))"


@dataclass(frozen=True, slots=True)
class CrmValues:
    """What a conversation's CRM context tells the vault: (kind, value) of the customer's own values, and the
    plan and product names that are no one's."""

    personal: tuple[tuple[str, str], ...] = ()
    plain: tuple[str, ...] = ()
    postcodes: tuple[str, ...] = ()  # no one's alone, but the customer's when the agent reads them back

    def __or__(self, other: CrmValues) -> CrmValues:
        return CrmValues(tuple(dict.fromkeys(self.personal + other.personal)),
                         tuple(dict.fromkeys(self.plain + other.plain)),
                         tuple(dict.fromkeys(self.postcodes + other.postcodes)))


def crm_values(context: Mapping[str, Any]) -> CrmValues:
    """The customer's values in a CRM context ({"customer": {...}, "offer": {...}} or a customer record)."""
    customer = context.get("customer", context)
    personal = tuple(dict.fromkeys(_personal(customer))) if isinstance(customer, Mapping) else ()
    plain = tuple(dict.fromkeys(value for key, value in _leaves(context) if _PLAIN.search(_snake(key))
                                and len(value) >= 4 and any(c.isalpha() for c in value)))
    postcodes = tuple(value for key, value in _leaves(customer) if re.search(r"postcode|postal|zip", _snake(key))) \
        if isinstance(customer, Mapping) else ()
    return CrmValues(personal, plain, postcodes)


def said_values(text: str, values: CrmValues) -> Iterable[Finding]:
    """The customer's CRM values where ``text`` says them."""
    for kind, value in values.personal:
        for pattern in _patterns(kind, value):  # the whole first: "c 552871" before its "552871"
            for match in pattern.finditer(text):
                if kind == "ADDRESS" and NOT_A_HOUSE.match(text, match.end()):
                    continue  # "Dorp 14" of "in het dorp 14 jaar"
                end = addition_end(text, match.end()) if kind == "ADDRESS" else match.end()
                yield Finding(kind, match.start(), end, text[match.start():end], _key(kind, match.group(), value))
        spellings = _spellings(kind, value)
        for run in DIGIT_RUN.finditer(text) if spellings else ():
            digits = re.sub(r"[^0-9]", "", run.group())
            if {digits, digits.removeprefix("00"), digits.lstrip("0")} & spellings:
                yield Finding(kind, run.start(), run.end(), run.group(), _key(kind, run.group(), value))


def plain_spans(text: str, values: CrmValues) -> Iterator[tuple[int, int]]:
    """Where ``text`` names the plan or a product the CRM gives: look-alikes nothing may bite into."""
    for value in values.plain:
        for match in _literal(value).finditer(text):
            yield match.start(), match.end()


def _personal(record: Mapping[str, Any], parent: str = "") -> Iterator[tuple[str, str]]:
    for key, value in _leaves(record, parent):
        snake = _snake(key)
        kind = next((kind for kind, pattern in _FIELDS if pattern.search(snake)), None)
        if kind == "ADDRESS" and re.search(r"postcode|postal|zip|city|town|plaats|ville", snake):
            continue  # the postcode and the town are no one's alone
        if kind == "IL_ID" and not luhn(re.sub(r"[^0-9]", "", value) or "0"):
            kind = "BSN"  # "id_number" of a Dutch customer
        if kind == "DATE_OF_BIRTH":
            value = birth_key(value) or ""  # read in any spelling as a date, not as digits
        if kind and len(value.strip()) >= 3:
            yield kind, value.strip()


def birth_key(value: str) -> str | None:
    """A CRM date of birth as the key a date said in the call gets ("1994-12-02"), from "1994-12-02", "02-12-1994",
    "02/12/1994" or "2.12.1994" (day before month, as the four languages' countries write it)."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?|\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*", value)
    if not match:
        return None
    year, month, day = match.group(1, 2, 3) if match.group(1) else match.group(6, 5, 4)
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def _leaves(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(field name, text) of every string or number in a nested context; a nested field's name includes its
    parent's ("address_street"), so a street in an address record is an address."""
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _leaves(v, f"{key}_{k}" if key and not isinstance(v, Mapping | list) else str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v, key)
    elif isinstance(value, str | int) and not isinstance(value, bool):
        yield key, str(value)


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()


@lru_cache(maxsize=256)
def _spellings(kind: str, value: str) -> frozenset[str]:
    """The digits a value may be said with: a phone with its country code or nationally with the trunk 0, an ID
    or a customer number of digits alone (a customer number also without its letters, "552871" of "C-552871")."""
    digits = re.sub(r"[^0-9]", "", value)
    if len(digits) < 5 or kind not in ("PHONE", "BSN", "IL_ID", "CUSTOMER_ID"):
        return frozenset()
    if kind != "PHONE":
        return frozenset({digits.lstrip("0") or digits})
    international = digits[2:] if digits.startswith("00") else digits if value.lstrip().startswith("+") else ""
    code = next((c for c in _COUNTRY_CODES if international.startswith(c)), None)
    if code:
        national = international[len(code):]
        return frozenset({international, national if code == "1" else "0" + national.lstrip("0")})
    return frozenset({digits, digits.lstrip("0")})


@lru_cache(maxsize=256)
def _patterns(kind: str, value: str) -> tuple[re.Pattern[str], ...]:
    """The written forms of a value that are not digits alone."""
    if kind == "CUSTOMER_ID" and re.search(r"[A-Za-z]", value):  # "C-552871" as "C 552871" or "c552871"
        spaced = r"[\s./-]?".join(re.escape(p) for p in re.findall(r"[A-Za-z]+|[0-9]+", value))
        return (re.compile(rf"(?<![\w-]){spaced}(?![\w-])", re.IGNORECASE),)
    if kind == "IBAN":
        compact = re.sub(r"[^A-Za-z0-9]", "", value)
        return (re.compile(rf"(?<!\w){'[ ]?'.join(map(re.escape, compact))}(?!\w)", re.IGNORECASE),)
    if kind == "ADDRESS":  # "Molenstraat 3 bus 2", and "Molenstraat 3" of it
        words = re.findall(r"[^\s,]+", value)
        number = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), None)
        # "Molenstraat 3" of "Molenstraat 3 bus 2"; never the house number alone of "12 Kiln Lane" ("at 11:12")
        shorter = words[:number + 1] if number and number + 1 < len(words) else []
        return (*(_literal(" ".join(w)) for w in (words, shorter) if w), *_other_number(words, number),
                *_abbreviated(words, number))
    return (_literal(value),) if kind == "EMAIL" else ()


# A flat or unit word before the first number is no street: "Unit 1802, 88 Harbour Street" read again as "Unit 4,
# Cribbs Causeway" is another building's unit (the company's depot), with its own street after it; "it's unit 16
# actually" is the customer's flat corrected.
FLAT_WORD = re.compile(r"(?i:unit|flat|apt\.?|apartment|appartement|appt\.?|app\.?|suite|דירה)(?![\w'’])")
_ANOTHER_STREET = r"(?!,?[ ]+(?:[0-9]+[ ]+)?(?-i:[A-Z][a-z]))"


def _flat_only(words: list[str]) -> bool:
    return bool(words) and all(FLAT_WORD.fullmatch(w) for w in words)


def _other_number(words: list[str], number: int | None) -> tuple[re.Pattern[str], ...]:
    """The customer's street with another house number, as said while correcting it or misheard: "Rijnstraat 8"
    of "Rijnstraat 88", "בגורדון 14" of "גורדון 41", "17 Crossley Street" of "71 Crossley Street"."""
    house = rf"[0-9]{{1,4}}(?:{HOUSE_ADDITION}|[A-Za-z\u05d0-\u05ea](?!\w))?"  # "Mathenesserlaan 320-B", "ויצמן 72/4"
    if number is None or sum(c.isalpha() for w in (words[:number] or words[1:]) for c in w) < 4:
        return ()
    if number:
        name = r"[ ,]*[ ]".join(re.escape(w) for w in words[:number])
        elsewhere = _ANOTHER_STREET if _flat_only(words[:number]) else ""
        return (re.compile(rf"{_HEBREW_PREFIX}{name}[ ]{house}(?![0-9]){elsewhere}", re.IGNORECASE),)
    name = r"[ ,]*[ ]".join(re.escape(w) for w in words[1:])
    return (re.compile(rf"(?<![\w/.,-]){house}[ ]{name}(?!\w)", re.IGNORECASE),)


def _abbreviated(words: list[str], number: int | None) -> tuple[re.Pattern[str], ...]:
    """The customer's street said shorter: its words but the longest cut to an abbreviation ("St.-Jacobsstraat 22 bis"
    of "Sint Jacobsstraat 22-bis", "14 cranleigh gdns", "9 pl. du Marché"), without "רחוב" ("אלנבי 102"), or, of two
    words or more, without its number ("ik woon aan de Koningin Julianalaan", "Braid Road" after "Twenty-seven B")."""
    if number is None:
        return ()
    name = words[:number] if number else words[1:]
    name = name[1:] if name and name[0] in ("רחוב", "רח'", "רח׳") else name
    if number and _flat_only(name):
        return ()
    # the word said whole: the longest, a capitalised one before a street type ("Gare" of "avenue de la Gare")
    longest = max(range(len(name)), key=lambda i: (name[i][:1].isupper(), len(name[i])), default=None)
    if longest is None or len(name[longest]) < 4:
        return _short_alone(name)
    parts = [re.escape(w) if i == longest or not w[:1].isalpha() else
             rf"(?:{re.escape(w)}|{re.escape(w[0])}[^\W\d_]{{0,4}}\.?)" for i, w in enumerate(name)]
    street = r"[ .,'’-]*".join(parts)
    house = r"[0-9]{1,4}(?:[ -]?(?:bis|ter|[A-Za-z\u05d0-\u05ea])(?!\w))?"
    said = rf"{_HEBREW_PREFIX}{street}[ ,]*{house}(?![0-9])" if number else \
        rf"(?<![\w/.,:-]){house}[ ,]*{street}(?!\w)"
    alone = (re.compile(rf"{_HEBREW_PREFIX}{street}(?!\w)(?![ ,]*[0-9])", re.IGNORECASE),) if len(name) >= 2 else ()
    side = _abbreviated(name[:-1] + ["0"], len(name) - 1) if len(name) >= 3 and _SIDE.fullmatch(name[-1]) else ()
    side = tuple(p for p in side if p.pattern.endswith(_ALONE_END))  # "rue Masson" of "rue Masson Ouest"
    return (re.compile(said, re.IGNORECASE), *alone, *side)


_ALONE_END = "(?![ ,]*[0-9])"


# The half of a long street a name ends with: "rue Masson Ouest", "Main Street North", "Herengracht Zuid".
_SIDE = re.compile(r"(?i:est|ouest|nord|sud|east|west|north|south|oost|noord|zuid)")


def _short_alone(name: list[str]) -> tuple[re.Pattern[str], ...]:
    """A street of two or three short words said without its number ("בית לחם" of "בית לחם 14"): the words together,
    six letters or more, are the street's name as a whole."""
    if len(name) < 2 or sum(c.isalpha() for w in name for c in w) < 6 or all(_STREET_TYPE.fullmatch(w) for w in name):
        return ()
    street = r"[ ,]*[ ]".join(re.escape(w) for w in name)
    return (re.compile(rf"{_HEBREW_PREFIX}{street}(?!\w)(?![ ,]*[0-9])", re.IGNORECASE),)


# A street of one word said again without its number: "Heiligeweg, zei u?", "just Thornbury, by the church",
# "ביאליק, ליד העירייה?". Only a name-shaped word: capitalised, or Hebrew without the article ("הזית" is
# also "the olive tree"), and no street-type word alone ("Street", "straat").
_STREET_TYPE = re.compile(r"(?i:street|road|lane|avenue|straat|weg|laan|plein|rue|chemin|place|route|gracht|dreef|"
                          r"steenweg|boulevard|square|close|drive|court|way|רחוב|שדרות|דרך)")


def streets_alone(text: str, values: CrmValues) -> Iterable[Finding]:
    """The customer's street of one word, said alone (see above); weaker than any other finding, so "it's the
    Vondelstraat, number 12" and "nummer 45 aan de Molenweg" stay one address each."""
    for kind, value in values.personal:
        for pattern in _alone(value) if kind == "ADDRESS" else ():
            for match in pattern.finditer(text):
                yield Finding("ADDRESS", match.start(), match.end(), match.group(), _key(kind, match.group(), value))


@lru_cache(maxsize=256)
def _alone(value: str) -> tuple[re.Pattern[str], ...]:
    words = re.findall(r"[^\s,]+", value)
    numbers = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    if not numbers:
        return ()
    name = words[:numbers[0]] if numbers[0] else words[1:]
    name = name[1:] if name and name[0] in ("רחוב", "רח'", "רח׳") else name
    if numbers[0] and _flat_only(name):  # "Flat 3, 61 Kingsway": the street after the last number
        name = words[numbers[-1] + 1:]
    return _one_word_alone(name)


def _one_word_alone(name: list[str]) -> tuple[re.Pattern[str], ...]:
    if len(name) != 1:
        return ()
    word = name[0].strip(".,")
    hebrew = re.fullmatch(r"[\u05d0-\u05ea'׳\"-]+", word) is not None
    if _STREET_TYPE.fullmatch(word) or FLAT_WORD.fullmatch(word) or (
            len(word) < 3 or word.startswith("ה") if hebrew else len(word) < 4 or not word.replace("-", "").isalpha()):
        return ()
    start = _HEBREW_PREFIX if hebrew else r"(?<![\w'’-])(?=[A-ZÀ-ÖØ-Þ])"  # as a name is written, with its capital
    return (re.compile(rf"{start}{re.escape(word)}(?![\w'’-])(?![ ,]*[0-9])", re.IGNORECASE),)


def _literal(value: str) -> re.Pattern[str]:
    """A value as written, in any case, any spacing and commas between its words, a Hebrew prefix allowed."""
    words = [re.escape(w) for w in re.findall(r"[^\s,]+", value)]
    return re.compile(rf"{_HEBREW_PREFIX}{r'[ ,]*[ ]'.join(words)}(?!\w)", re.IGNORECASE)


def _key(kind: str, written: str, value: str) -> str:
    """The vault's key, as the detectors make it, so a value found both ways has one placeholder."""
    if kind == "CUSTOMER_ID":
        return re.sub(r"[^a-z0-9]", "", value.casefold())
    if kind in ("EMAIL", "ADDRESS"):
        return " ".join(written.casefold().replace(",", " ").split())
    if kind == "IBAN":
        return re.sub(r"\s", "", written).upper()
    digits = re.sub(r"[^0-9]", "", written).removeprefix("00")
    return digits.zfill(9) if kind == "IL_ID" else digits
