"""Values recognised by the question they answer: what the agent just asked tells what a bare answer is.

After "Wat is uw BSN?" nine digits are a BSN even when a digit was misheard and the eleven test fails; after
"your IBAN?" an IBAN with two digits swapped is still the customer's account; after "your phone number?" the
"06 12" that starts a dictated number is already part of it. The same fragment with no question before it
needs a word of its own ("mijn nummer is 06 12", "my BSN is 192 285"). Labels still win: "klantnummer
987654321" after a phone question is a customer number. A postcode or a date of birth may come in pieces: "75",
then "020"; "the 2nd of", then "February 1994". A country code ends a segment only as the start of a phone ("+33
6"), and a phone broken off and taken up again in the turn is one ("087... hang on... 219 4476"). An expiry
("geldig tot 09/28") is no piece of a card. Also here: e-mail addresses said aloud ("jan punt smit apenstaartje
gmail punt com", "dana נקודה cohen שטרודל gmail נקודה com"). Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.privacy.addresses import answered_address, house_cued
from copilot.privacy.context import MORE_COMING_AFTER
from copilot.privacy.detectors import (
    AREA_CODE,
    CALL_ME,
    CARD_WORD,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    DIGIT_RUN,
    HEBREW,
    IBAN_LENGTHS,
    MINE,
    MONTH,
    MONTHS,
    MY_NUMBER,
    Finding,
    label_before,
    plausible_phone,
    service_line,
)
from copilot.privacy.misheard import BSN_WORD, IL_ID_WORD
from copilot.privacy.names import answered_names
from copilot.privacy.postcodes import LETTER_CODES, POSTCODE_UK
from copilot.privacy.recalled import CORRECTED

_TAIL = re.compile(r"[\s.,;:!?…\-–)\"'/]*")  # "noteer maar 0476/": the Belgian slash before the rest
_EXPIRY = re.compile(r"(?:0[1-9]|1[0-2]) ?/ ?(?:20)?[0-9]{2}")
# A word that says the month and year after it are a card's expiry, however they are said: "geldig tot elf
# achtentwintig", "Expiry eleven twenty-seven", "elle expire en zéro neuf, vingt-huit", "תוקף 0928".
_EXPIRY_WORD = re.compile(r"(?<!\w)(?:geldig tot|geldig t/m|vervaldatum|vervalt|verloopt|expiry(?: date)?|"
                          r"expires?|exp\.?|"
                          r"valid (?:until|till|thru|to)|expir\w*|date d['’]expiration|valable jusqu['’](?:à|au|en)|"
                          r"fin de validité|תוקף|בתוקף עד)[\s:,]*(?:(?:en|in|le|on|op|ב-?)\s*)?$", re.IGNORECASE)
_BROKEN_OFF = re.compile(r"\s*,?\s*(?:\.{2,}|…|—|--|(?<!\w)(?:e+h+m*|u+h+m*|um+|erm|euh|heu|hmm+|אה+|אמ+)(?!\w))")
_PLUS_WORD = re.compile(r"(?<![\w'’])(?i:plus)\s+$")  # "plus 44": the "+" said as a word
_COUNTRY_CODE = re.compile(r"(?:\+|00 ?)(?:31|32|33|34|39|41|44|49|352|353|972|1)(?![0-9])")
# "mijn nummer is 06 48", "my number is +44 7911", "mon numéro c'est le 07 81 22", "המספר שלי 054 61"
_PHONE_CUE = re.compile(r"(?:(?:nummer|number|num[ée]ro)(?:\s+(?:is|c['’]est|est))?(?:\s+(?:le|de))?|"
                        r"(?:mijn|m['’]n|mn|my|mon|ma)\s+(?:\w+\s+)?(?:nummer|number|num[ée]ro)\W+(?:[^\W\d]+\W+){0,2}|"
                        rf"{CALL_ME}|המספר(?:\s+שלי)?)\s*:?\s*$", re.IGNORECASE)
# Someone's number: "le numéro de mon chum pour la livraison : 819 326", "the number of my neighbour:".
_SOMEONES_NUMBER = re.compile(r"(?:num[ée]ro|nummer|number)\s+(?:de|van|of|du)\s+(?:mon|ma|mijn|my|son|sa|zijn|haar|"
                              r"his|her)\s+\w+(?:\s+(?:pour|voor|for)\s+(?:\w+\s+){0,2}\w+)?\s*:?\s*$", re.IGNORECASE)
# Earlier in the clause, the customer's own phone or a card: "mon cell pour les urgences c'est le 438 921", "ma carte
# pour le solde de 1 290 € : 5184 9712", "המספר שלי לחירום 058-72"; the rest follows in the next segment.
_OWN_PHONE = re.compile(r"(?<!\w)(?:mijn|mijne|m['’]n|mn|my|mon|ma)\s+(?:\w+\s+)?(?:gsm|cell\w*|mobiel\w*|"
                        r"mobile|phone|t[ée]l[ée]phone|portable|natel)(?!\w)|"
                        r"(?:המספר|הנייד|הטלפון|הפלאפון)\s+שלי|"
                        r"(?<!\w)(?:rappel|reminder|herinnering|sms|text|texts|תזכורת)(?!\w)", re.IGNORECASE)
# A word for a number, abbreviated too, before a piece that starts like a phone, with no possessive: "best number for
# the day is 07954 3", "mijn nieuwe nr is 06 51", "mon num a changé c le 07 52 18", "המספר של אמא של עידו 054-77".
_NUMBER_WORD = re.compile(r"(?<!\w)(?:gsm|cell\w*|mobiel\w*|mobile|natel|mob|nr|num|num[ée]ro|nummer|number|"
                          r"(?:werk|thuis|priv[ée]|vaste?|mobiele|nood|telefoon|gsm|06)-?nummer|"  # "mijn werknummer"
                          r"puce|sim|simkaart|carte sim|"  # "j'ai changé de puce, c'est le 07 81 35"
                          # or calling someone on it: "ge moogt mijn man bellen ..., Jonas, 0472"
                          r"bellen|opbellen|bel|ring|call|phone|appeler|appelez|appelle|"
                          # or reaching someone: "vous pouvez joindre mon mari pour la pose au 0485/61"
                          r"joindre|bereik\w*|reach|rappeler|terugbellen|call\s+(?:me|him|her|us))(?!\w)|"
                          r"(?:המספר|הנייד|הטלפון|הפלאפון)(?:\s+של)?(?![\u05d0-\u05ea])|"
                          r"(?<![\u05d0-\u05ea])מספר(?:\s+חדש)?(?![\u05d0-\u05ea])", re.IGNORECASE)  # "החלפתי מספר"
_FREEPHONE = re.compile(r"0?(?:800|808|900|909)|1[-\s]?(?:800|700)")  # free and premium lines: no one's own
_LETTER_BANKS = frozenset({"NL", "GB", "IE"})
_IBAN_CUE = re.compile(r"(?:iban|rekening|compte|account|rib|חשבון|terugstort\w*|terugbetal\w*|waarborg|refund|deposit|"
                       # money going to it: "Het terug te betalen bedrag mag op BE57 0430", "transfer it to"
                       r"\w*betal\w*|bedrag|overmak\w*|stort\w*|amount|pay\w*|transfer\w*|montant|virement|vire[rz]|"
                       r"paie\w*|verse[rz]|להעביר|העברה|סכום|"
                       r"rembours\w*|caution|החזר\w*|"
                       # the account a charge is taken from: "Pour la domiciliation : BE21", "for the direct debit:"
                       r"domicili\w*|pr[ée]l[eè]v\w*|incasso|machtiging|debit|mandat\w*|standing order|"
                       r"הוראת\s+קבע)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
_IBAN_PART = re.compile(r"(?<![A-Za-z0-9])(?P<country>[A-Za-z]{2})[ ]?[0-9]{2}(?:[ ]?[A-Za-z0-9]{4})?"
                        # after the bank's code, a word in lower case is what comes after the piece ("7890 oups")
                        r"(?:[ ]?(?![a-z]{4}(?![A-Za-z0-9]))[A-Za-z0-9]{4})*"
                        r"(?:[ ]?[A-Za-z0-9]{1,3}(?![A-Za-z0-9]))?")
_POSTCODES = (
    re.compile(r"(?<![\w€$£₪])[1-9][0-9]{3}(?:[ ]?(?:[A-Za-z]{2}|[A-Za-z][ ][A-Za-z])|,[ ]?(?:[A-Z]{2}|[A-Z][ ][A-Z]))"
               r"(?!\w)"),  # "3512 jk", "2514 A B", "2509, L M"
    re.compile(POSTCODE_UK.pattern.replace("(?=[A-Z])", ""), re.IGNORECASE),  # "b15 2tt"
    re.compile(LETTER_CODES.pattern, re.IGNORECASE),  # "d08 xy43", "h2t 1s6"
    re.compile(r"(?<![\w€$£₪.,/:-])(?:[0-9]{5}|[0-9]{7}|[1-9][0-9]{3})(?!\w|[.,/:-][0-9])"),
)
# A British postcode spelled letter by letter, its digits said as numbers: "B S 3... 4 L X", "M 20, 6 R J".
_SPELLED_UK = re.compile(r"(?<!\w)(?:[A-Z][ ,.…]*){1,2}(?:[0-9][ ,.…]*){1,3}(?:[A-Z][ ,.…]*)?(?:[0-9][ ,.…]*)?"
                         r"[A-Z][ ]?[A-Z](?!\w)")
# A Canadian postcode said letter by letter and digit by digit: "K 1 A, 0 B 1" once the number words are read.
# A "one" said between capitals stays a word when numbers are read ("un M" is "a M" too): "H deux G, un M neuf".
_SPELLED_CANADA = re.compile(r"(?<!\w)[A-Z](?:[ ,.…-]*(?:[0-9]|(?<!\w)(?:un|one|een)(?!\w))[ ,.…-]*[A-Z]){2}"
                             r"[ ,.…-]*(?:[0-9]|(?<!\w)(?:un|one|een)(?!\w))(?!\w)")
_ONE = re.compile(r"(?<!\w)(?:un|one|een)(?!\w)")
# A turn that is only a number, perhaps the first part of one ("69", then "003"; "2011", then "VJ").
_BARE_NUMBER = re.compile(r"\s*(?:(?:it['’]?s|c['’]est|het is|dat is|zo|so|זה)\s+)?([0-9]{2,3}(?: ?[0-9]{2,4})?)"
                          r"[\s.,…]*")
_DAY_MONTH = re.compile(rf"(?<![0-9])[0-9]{{1,2}}(?:st|nd|rd|th|er|e|ste|de)?\.?(?:\s+of)?\s+(?:ב-?)?(?:{MONTH})\.?"
                        r"(?!\w|,?\s+['’]?[0-9](?![0-9]?[/.-][0-9]))", re.IGNORECASE)  # not "3 March, 85"; but
# "the 30th of September, 30/09/1946": the day and month, then the date again in figures
_MONTH_IN = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)ב)|(?<=(?<!\w)ב-))(?:{MONTH})(?!\w)", re.IGNORECASE)
_DAY_OF = re.compile(r"(?:(?<!\w)the\s+)?(?<![0-9])[0-9]{1,2}(?:(?:st|nd|rd|th|er|e|ste|de)?\s+(?:of|van)|"
                     r"st|nd|rd|th|er|e|ste|de)(?=[\s,.…]*$)", re.IGNORECASE)  # "the 2nd of", "12th", the month next
# A date said in numbers with spaces or none: "12 03 85", "03031985".
_DIGITS_ONLY_DATE = re.compile(r"(?<![0-9])(?:(?:[0-2]?[1-9]|[123]0|31) (?:0?[1-9]|1[0-2]) (?:19|20)?[0-9]{2}|"
                               r"(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2})(?![0-9])")
_DAY_MONTH_YEAR = re.compile(rf"(?<![0-9])[0-9]{{1,2}}(?:st|nd|rd|th|er|e|ste|de)?\.?(?:\s+of)?\s+(?:ב-?)?"
                             rf"(?:{MONTH})\.?,?\s+['’]?[0-9]{{2}}(?![0-9])", re.IGNORECASE)  # "3 of March, 85"
_AT = r"(?:at|apenstaartje|at-teken|arobase|arrobase|@|שטרודל|כרוכית)"
_DOT = r"(?:dot|punt|point|נקודה)"
_JOIN = (r"(?:dot|punt|point|נקודה|underscore|liggend streepje|laag streepje|tiret bas|tiret|dash|hyphen|streepje|min|"
         r"קו תחתון|מקף)")
_SPELLED = {"underscore": "_", "liggend streepje": "_", "laag streepje": "_", "tiret bas": "_", "tiret": "-",
            "dash": "-", "hyphen": "-", "streepje": "-", "min": "-", "קו תחתון": "_", "מקף": "-"}
# A written dot or dash inside a part: "gil.stern at ...". Bounded as addresses are (a local part or a domain label
# holds at most 64 characters, and nobody spells an address in a dozen pieces): unbounded, a long line of digits
# or dotted letters was tried from every start to its end, a minute for a pasted table.
_PART = r"[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?"
_SPOKEN_EMAIL = re.compile(rf"(?<![\w@])(?P<local>{_PART}(?:\s+{_JOIN}\s+{_PART}|\s+[0-9]+){{0,12}})\s+{_AT}\s+"
                           rf"(?P<domain>{_PART}(?:\s+{_PART})?(?:\s+{_DOT}\s+{_PART}){{0,8}}\s+{_DOT}\s+"
                           rf"(?:com|nl|fr|be|net|org|co|il|io|uk|de|eu|info|me|ch|biz|ca|us|au|es|it|pt|at|pl|se|dk|"
                           rf"ie|nz|lu|app|dev|email|online))(?!\w)", re.IGNORECASE)


# An address spelled in Hebrew words: "נועה פרידמן בלי רווח שטרודל ג'ימייל נקודה קום": the words joined by "no
# space" or a spoken dot or underscore, or the one word before the "@", and the domain after it.
_HE_WORD = r"[\u05d0-\u05eaA-Za-z0-9][\u05d0-\u05eaA-Za-z0-9'׳_.-]*"
_HE_JOIN = r"(?:בלי רווח|ללא רווח|צמוד|נקודה|קו תחתון|מקף)"
# Latin letters by their Hebrew names, spelled one by one: "או אם אי אר נקודה אר או זי אי אן" (omer.rozen).
_HE_LETTERS = (r"(?:(?:איי|אי|בי|סי|די|אף|ג['׳]י|אייץ['׳]|ג['׳]יי|קיי|אל|אם|אן|או|פי|קיו|אר|אס|טי|יו|וי|"
               r"דאבל יו|אקס|וואי|זי|זד)(?![\u05d0-\u05ea'׳])\s*){2,30}")  # bounded, as an address's part is
_HE_LOCAL = rf"(?:{_HE_LETTERS}(?<!\s)|{_HE_WORD})"
_SPOKEN_EMAIL_HE = re.compile(rf"(?<![\w@])(?:{_HE_LETTERS}(?<!\s)|(?:{_HE_WORD}\s+)?{_HE_WORD})"
                              rf"(?:\s+{_HE_JOIN}\s+{_HE_LOCAL}){{0,12}}"
                              rf"(?:\s+{_HE_JOIN})?\s+(?:שטרודל|כרוכית)\s+{_HE_WORD}(?:\s+נקודה\s+{_HE_WORD})+")


# An address written so that no mail program links it: "jan.devries(at)gmail(dot)com", "jean [at] orange [point] fr",
# "noa{at}walla.co.il", "j.smit<at>ziggo.nl": a bracketed "at" is always an address's; "jan.devries at gmail.com"
# only with a dot, underscore or digit in the name ("look at example.com", "we are at hotel.nl" are no address).
_WRITTEN_AT = r"\s*[(\[{<]\s*(?:at|@|apenstaartje|arobase|שטרודל)\s*[)\]}>]\s*"
_WRITTEN_DOT = rf"(?:\s*[(\[{{<]\s*(?:dot|punt|point|\.|נקודה)\s*[)\]}}>]\s*|\.|\s+{_DOT}\s+)"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_WRITTEN_EMAIL = re.compile(rf"(?<![\w@.])(?P<local>{_PART})(?:(?P<at>{_WRITTEN_AT})|\s+at\s+)"
                            rf"(?P<domain>{_LABEL}(?:{_WRITTEN_DOT}{_LABEL}){{0,6}}{_WRITTEN_DOT}"
                            rf"(?:com|nl|fr|be|net|org|co|il|io|uk|de|eu|info|me|ch|biz|ca|us|au|es|it|pt|at|pl|se|dk|"
                            rf"ie|nz|lu|app|dev|email|online))(?![\w-]|\.\w)", re.IGNORECASE)


def written_emails(text: str) -> Iterable[Finding]:
    """"jan.devries(at)gmail(dot)com" as the address it is."""
    for match in _WRITTEN_EMAIL.finditer(text) if "at" in text.casefold() or "@" in text or "שטרודל" in text else ():
        if not match["at"] and not re.search(r"[._0-9]", match["local"]):
            continue
        domain = re.sub(_WRITTEN_DOT, ".", match["domain"], flags=re.IGNORECASE)
        yield Finding("EMAIL", match.start(), match.end(), match.group(), f"{match['local']}@{domain}".casefold())


def spoken_emails(text: str) -> Iterable[Finding]:
    """"dan dot okafor at outlook dot com" as the address it spells."""
    for match in _SPOKEN_EMAIL.finditer(text):
        address = re.sub(rf"\s+({_JOIN})\s+", lambda m: _SPELLED.get(m.group(1).casefold(), "."),
                         f"{match['local']}@{match['domain']}", flags=re.IGNORECASE)
        address = re.sub(r"\s+", "", address)  # "khan 87": a word and the number said after it
        yield Finding("EMAIL", match.start(), match.end(), match.group(), address.casefold())
    for match in _SPOKEN_EMAIL_HE.finditer(text) if "שטרודל" in text or "כרוכית" in text else ():
        start = match.start()
        if not re.search(_HE_JOIN, match.group().split("שטרודל")[0].split("כרוכית")[0]):
            first = re.match(rf"{_HE_WORD}\s+(?={_HE_WORD}\s+(?:שטרודל|כרוכית))", text[start:match.end()])
            start += first.end() if first else 0  # no join word: the one word before the "@" is the name
        yield Finding("EMAIL", start, match.end(), text[start:match.end()], text[start:match.end()].casefold())


def answers(text: str, asked: frozenset[str], *, other: bool = False) -> Iterable[Finding]:
    """What ``text`` holds as the answer to a question about ``asked``, and number fragments with a cue; ``other``:
    the agent asked for an order or an invoice number instead."""
    yield from _numbers(text, asked)
    yield from _interrupted(text, asked)
    yield from _ibans(text, asked, other)
    if "POSTCODE" in asked:
        yield from _postcodes(text)
    if "DATE_OF_BIRTH" in asked:
        for match in _DAY_MONTH_YEAR.finditer(text):
            yield Finding("DATE_OF_BIRTH", match.start(), match.end(), match.group(), match.group().casefold())
    if "DATE_OF_BIRTH" in asked and len(text.split()) <= 6:  # "12 maart", not "opzeggen per 1 november"
        for match in (*_DAY_MONTH.finditer(text), *_DAY_OF.finditer(text), *_DIGITS_ONLY_DATE.finditer(text)):
            yield Finding("DATE_OF_BIRTH", match.start(), match.end(), match.group(), match.group().casefold())
    if "NAME" in asked:
        yield from answered_names(text)
    if "ADDRESS" in asked:
        yield from answered_address(text, "STREET" in asked)  # "12" is a house number, not a postcode's start
    elif "POSTCODE" in asked:
        yield from house_cued(text)  # "EX4 6QP, number 31": the house with its postcode
    bare = _BARE_NUMBER.fullmatch(text) if "POSTCODE" in asked else None
    if bare:  # the whole answer is a number, or the first part of one: "2011", "69", "6423"
        yield Finding("POSTCODE", bare.start(1), bare.end(1), bare.group(1), re.sub(r"\s", "", bare.group(1)))


def known_birthday(text: str, birth_days: frozenset[str]) -> Iterable[Finding]:
    """The day and month of a date of birth the call already gave or the CRM holds, said again without its year:
    "nee, 13 maart" after "13-03-1985" was read back as "31-03"; "oh I put 12/02, the american way" of 2 December."""
    for match in _NUMERIC_DAY_MONTH.finditer(text) if birth_days else ():
        a, b = int(match.group(1)), int(match.group(2))
        if any(key.endswith((f"-{b:02d}-{a:02d}", f"-{a:02d}-{b:02d}")) for key in birth_days):
            yield Finding("DATE_OF_BIRTH", match.start(), match.end(), match.group(), match.group())
    for match in _DAY_MONTH.finditer(text) if birth_days else ():
        day, month = re.match(r"[0-9]+", match.group()), _MONTH_IN.search(match.group())
        number = MONTHS.get(month.group().casefold()) if month else None
        if day and number and any(key.endswith(f"-{number:02d}-{int(day.group()):02d}") for key in birth_days):
            yield Finding("DATE_OF_BIRTH", match.start(), match.end(), match.group(), match.group().casefold())


_NUMERIC_DAY_MONTH = re.compile(r"(?<![0-9/.:-])([0-3]?[0-9])[/.-]([0-3]?[0-9])(?![0-9]|[/.:-][0-9])")


def _numbers(text: str, asked: frozenset[str]) -> Iterable[Finding]:
    for run in DIGIT_RUN.finditer(text):
        at_end = _TAIL.fullmatch(text, run.end()) is not None
        # "5274 4762... hang on... 4784 4988", "977... רגע... 996 354": a piece broken off is a fragment too
        piece = at_end or bool(asked) and _BROKEN_OFF.match(text, run.end()) is not None
        near = _near_a_phone(text, run)
        if not (asked or at_end or near or CORRECTED.match(text, run.end())):
            continue  # with no question, only a fragment ending the text (or taken back) can start a number
        written, digits = run.group(), re.sub(r"[^0-9]", "", run.group())
        if _EXPIRY.fullmatch(written) or len(digits) <= 6 and _EXPIRY_WORD.search(text, max(0, run.start() - 30),
                                                                               run.start()):
            continue  # "geldig tot 09/28", "expires 11/27": a card's expiry or a month, no piece of a number
        label = label_before(text, run.start())
        if label == "OTHER" and at_end and written.startswith("0") and _SENTENCE_BEFORE.search(
                text, 0, run.start()) and _NUMBER_WORD.search(_clause(text, run.start())):
            label = None  # "Zet de telefoon thuis erbij als tweede nummer voor de meldkamer. 04-8": the number starts
            # a sentence of its own, what the sentence before named it for is no order's or service's number
        if label == "OTHER" or CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()) or \
                CURRENCY_AFTER.match(text, run.end()) or text[run.end():run.end() + 1].isalpha():
            continue
        starts_like_a_phone = written.startswith(("0", "+", "(")) and len(digits) >= 2 and label not in (
            "ID", "IL_ID", "BSN")  # "my ID for the finance check is 0987": the start of the ID
        phone_cued = label == "PHONE" or bool(_PHONE_CUE.search(text, max(0, run.start() - 30), run.start())) or bool(
            _NUMBER_WORD.search(_clause(text, run.start())))
        kind = None
        plus: re.Match[str] | None = None
        if service_line(digits) and not MINE.search(text, max(0, run.start() - 30), run.start()) and not (
                "PHONE" in asked and not _FREEPHONE.match(digits)):
            continue  # "u kunt ons bellen op 0800 20 720": the company's line, unless someone calls it theirs or
            # gives it when asked for their number ("087 331 44 920", a digit too many for an Irish mobile)
        if "PHONE" in asked and (6 <= len(digits) <= 15 or piece and (starts_like_a_phone or _TAIL.fullmatch(
                text, 0, run.start()) or AREA_CODE.search(text, max(0, run.start() - 20), run.start()))):
            kind = "PHONE"  # "06 48", or a whole answer that starts one: "438" (an area code) then "555-0172";
            # broken off ("087 21... em") or named an area code ("area code 307"), it is a phone's start too
        elif at_end and starts_like_a_phone and len(digits) < 10 and (phone_cued or _PHONE_BEFORE.search(
                text, max(0, run.start() - 90), run.start())):
            kind = "PHONE"  # "mijn nummer is 06 48": the rest follows in the next segment; "nieuwe telefoon, het oude
            # nummer werkt niet meer. nieuw is 06 19"
        elif at_end and 3 <= len(digits) < 10 and (starts_like_a_phone or len(digits) >= 6 and not written.startswith(
                "1")) and _OWN_PHONE.search(_clause(text, run.start())):
            kind = "PHONE"
        elif at_end and 3 <= len(digits) < 10 and not written.startswith("1") and MY_NUMBER.search(
                text, max(0, run.start() - 60), run.start()):
            kind = "PHONE"  # "c'est pour changer mon numéro, 438 27": an area code with no trunk 0, the rest after
        elif label == "PHONE" and starts_like_a_phone and 4 <= len(digits) < 10 and CORRECTED.match(text, run.end()):
            kind = "PHONE"  # "New phone number please. Oh six, thirty-one, sixty, no, sixteen, ...": corrected on
        elif near:
            kind = "PHONE"  # "new number for the delivery guy: 07723 41896", a digit short, is still a phone
        elif at_end and 6 <= len(digits) < 10 and not written.startswith("1") and _SOMEONES_NUMBER.search(
                text, max(0, run.start() - 80), run.start()):
            kind = "PHONE"  # "le numéro de mon chum pour la livraison : 819 326", the rest in the next segment
        elif at_end and len(digits) < 10 and (_COUNTRY_CODE.match(written) or (plus := _PLUS_WORD.search(
                text, max(0, run.start() - 6), run.start())) and _COUNTRY_CODE.match("+" + written)):
            kind = "PHONE"  # "+33 6", "00 972 52", "plus four four": a country code starts nothing but a phone
            if plus and not _COUNTRY_CODE.match(written):
                yield Finding(kind, plus.start(), run.end(), text[plus.start():run.end()], digits)  # the "plus" too
                continue
        elif ids := (asked | {"IL_ID" if label == "ID" else label or ""}) & {"BSN", "IL_ID"}:
            if 8 <= len(digits) <= 10 and ids & asked or piece and 3 <= len(digits) < 8:
                kind = "IL_ID" if "IL_ID" in ids and ("BSN" not in ids or HEBREW.search(text)) else "BSN"
        elif at_end and 3 <= len(digits) < 8 and (id_kind := _id_named(_clause(text, run.start()))):
            kind = id_kind  # "Le numéro d'identité de ma mère, Josiane : 6912": the ID word further back than
            # ``label_before`` reads, the rest in the next segment
        elif "CARD" in asked and (12 <= len(digits) <= 19 or piece and 4 <= len(digits) < 12):
            kind = "CARD"
        elif at_end and 8 <= len(digits) < 13 and written[0] in "23456" and (CARD_WORD.search(
                _clause(text, run.start())) or _FOUR_FOUR.fullmatch(written) and _PAYING.search(
                text, max(0, run.start() - 90), run.start())):
            kind = "CARD"  # "ma carte : 5184 9712", the rest in the next segment
        if kind:
            yield Finding(kind, run.start(), run.end(), written, digits.zfill(9) if kind == "IL_ID" else digits)


# The first eight digits of a card said as two groups of four, after what the customer pays: "pour l'acompte de
# 200 € sur le vélo cargo : 5326 4987", "אני משלם את המקדמה, 500 ₪. 5117 1276".
_FOUR_FOUR = re.compile(r"[2-6][0-9]{3} [0-9]{4}")
_PAYING = re.compile(r"(?<!\w)(?i:pay\w*|betaal\w*|betalen|aanbetaling|acompte|payer|paie\w*|règle\w*|régler|"
                     r"deposit)(?!\w)|(?<![\u05d0-\u05ea])(?:משלמ\w*|לשלם|מקדמה|המקדמה)(?![\u05d0-\u05ea])")


def _id_named(clause: str) -> str | None:
    """The ID a clause names for the digits after it, with no digits between ("BSN: 3694 91 282, and I moved here
    in 2023" gave its BSN already)."""
    for kind, word in (("IL_ID", IL_ID_WORD), ("BSN", BSN_WORD)):
        named = list(word.finditer(clause))
        if named and not re.search(r"[0-9]", clause[named[-1].end():]):
            return kind
    return None


# A phone named in the sentences just before: "nieuwe telefoon ... nieuw is 06 19".
_PHONE_BEFORE = re.compile(r"(?<!\w)(?i:telefoon\w*|phone|mobile|mobiel\w*|gsm|cell\w*|t[ée]l[ée]phone|portable|"
                           r"natel|nummer|number|num[ée]ro)(?!\w)|(?<![\u05d0-\u05ea])[הל]?(?:טלפון|נייד|מספר)")
_SENTENCE_BEFORE = re.compile(r"[^\W\d_][.!?;:]\s+$")


_REACH_AFTER = re.compile(r"[^.!?]{0,40}?(?<!\w)(?i:bereik\w*|reach\w*|joindre|joignable|call\w*|bellen|appel\w*)"
                          r"(?!\w)|"
                          r"[^.!?]{0,40}?(?:להשיג|זמין|זמינה)")


def _near_a_phone(text: str, run: re.Match[str]) -> bool:
    """A number written as a phone (a trunk 0, eight to twelve digits in groups) beside a word for a phone before it
    or for reaching someone on it after it: a phone, though a digit is missing or one too many."""
    written = run.group()
    digits = re.sub(r"[^0-9]", "", written)
    if plausible_phone(digits) and not (digits.startswith("07") and len(digits) == 10):
        return False  # a whole phone is the detectors' to find and to give its owner; a British mobile has eleven
    return written.startswith("0") and 8 <= len(digits) <= 12 and bool(re.search(r"[ .-]", written)) and bool(
        _PHONE_BEFORE.search(text, max(0, run.start() - 60), run.start()) or _REACH_AFTER.match(text, run.end()))


def _clause(text: str, position: int) -> str:
    """The words before ``position`` in its sentence; for a number that stands alone after a sentence, that sentence:
    "Zet de telefoon van thuis erbij als tweede nummer. 04-8" (the rest in the next segment)."""
    parts = re.split(r"[.!?;]\s", text[max(0, position - 80):position])
    return parts[-1] if len(parts) == 1 or re.search(r"[^\W\d_]", parts[-1]) else " ".join(parts[-2:])


def _interrupted(text: str, asked: frozenset[str]) -> Iterable[Finding]:
    """A phone broken off and taken up again in the same turn: "087... hang on, the baby's crying... 219 4476",
    "06, puis 27 44... attendez... 81 39", "0592 44 ehh 71 09". The pieces are one number when together they make a
    whole one."""
    runs = list(DIGIT_RUN.finditer(text))
    for index, first in enumerate(runs):
        if not (first.group().startswith(("0", "+")) and _BROKEN_OFF.match(text, first.end()) and (
                "PHONE" in asked or label_before(text, first.start()) == "PHONE")):
            continue
        pieces, joined = [first], re.sub(r"[^0-9+]", "", first.group())
        for later in runs[index + 1:index + 3]:
            if later.start() - pieces[-1].end() > 60 or CURRENCY_AFTER.match(text, later.end()):
                break
            pieces.append(later)
            joined += re.sub(r"[^0-9]", "", later.group())
            if plausible_phone(joined) and not plausible_phone(re.sub(r"[^0-9+]", "", first.group())):
                yield from (Finding("PHONE", p.start(), p.end(), p.group(), joined.lstrip("+")) for p in pieces)
                break


def _ibans(text: str, asked: frozenset[str], other: bool = False) -> Iterable[Finding]:
    """The first part of a dictated IBAN ("NL88 RABO", "NL88"); a misheard whole one is the pipeline's (``ibans``).
    With no word for it, a start in its country's shape ("NL06 SNSB 5795", "IL65 0319 3583") unless an order
    number was asked for or a word names one."""
    for match in _IBAN_PART.finditer(text):
        if not (_TAIL.fullmatch(text, match.end()) or _BROKEN_OFF.match(text, match.end()) or
                MORE_COMING_AFTER.match(text, match.end())):
            continue  # only the end of a segment, or a piece broken off ("FR62 6268... attendez", "0312 48 oeps
            # te vroeg verstuurd"), goes on later
        compact = re.sub(r"\s", "", match.group()).upper()
        cued = "IBAN" in asked or _IBAN_CUE.search(text, max(0, match.start() - 40), match.start()) or not (
            other or label_before(text, match.start()) == "OTHER") and match["country"].isupper() and _bank_shaped(
            compact)
        if cued and match["country"].upper() in IBAN_LENGTHS and len(compact) < IBAN_LENGTHS[match["country"].upper()]:
            yield Finding("IBAN", match.start(), match.end(), match.group(), compact)


def _bank_shaped(compact: str) -> bool:
    """An IBAN's start with its bank code: the country, check digits 02-98, then four letters where banks have letter
    codes (NL, GB, IE), and eight digits elsewhere ("IL65 0319 3583", not a part number "DE45 1234")."""
    country, check, bank = compact[:2], compact[2:4], compact[4:]
    if not (check.isdigit() and 2 <= int(check) <= 98):
        return False
    return bank[:4].isalpha() and len(bank) >= 4 if country in _LETTER_BANKS else bank[:8].isdigit() and len(bank) >= 8


def known_postcodes(text: str, given: frozenset[str]) -> Iterable[Finding]:
    """A postcode the call already gave, read back in any spelling: "Twee vijf nul negen L M, aangepast" after
    "2509, L M", "Trois un cinq zéro zéro, c'est corrigé"."""
    for code in given:  # its characters in order, any spaces or commas between them
        spread = r"[\s,.…]*".join(re.escape(c) for c in code)
        before = r"(?<![A-Za-z])" if code[-1].isalpha() else r"(?<![0-9A-Za-z])"  # "203, zes vijf ..." reads "2036524"
        for match in re.finditer(rf"{before}{spread}(?![0-9A-Za-z])", text, re.IGNORECASE):
            yield Finding("POSTCODE", match.start(), match.end(), match.group(), code)


def compact_code(key: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", key.upper())


def _postcodes(text: str) -> Iterable[Finding]:
    for match in _SPELLED_UK.finditer(text):  # "B S three... four L X", "M twenty, six R J"
        if POSTCODE_UK.fullmatch(code := compact_code(match.group())) or POSTCODE_UK.fullmatch(
                f"{code[:-3]} {code[-3:]}"):
            yield Finding("POSTCODE", match.start(), match.end(), match.group(), code)
    for match in _SPELLED_CANADA.finditer(text):  # "K un A, zéro B un", "M five V, three L nine"
        if LETTER_CODES.fullmatch(code := compact_code(_ONE.sub("1", match.group()))):
            yield Finding("POSTCODE", match.start(), match.end(), match.group(), code)
    for run in DIGIT_RUN.finditer(text):  # dictated in groups: "75 020", "6423 901"
        groups = run.group().split()
        if len(groups) > 1 and len("".join(groups)) in (4, 5, 7) and all(g.isdigit() for g in groups) and not (
                len(groups) == 2 and groups[0] == groups[1]):  # "64, six-quatre": a number said twice, not "64 64"
            yield Finding("POSTCODE", run.start(), run.end(), run.group(), "".join(groups))
    for pattern in _POSTCODES:
        for match in pattern.finditer(text):
            written = match.group()
            if written.isdigit() and len(written) == 4 and 1900 <= int(written) <= 2099:
                continue  # a year, most likely
            if CURRENCY_BEFORE.search(text, max(0, match.start() - 8), match.start()) or CURRENCY_AFTER.match(
                    text, match.end()):
                continue
            if written.isdigit() and _CODE_BEFORE.search(text, max(0, match.start() - 50), match.start()):
                continue  # "de code van de poort is 4417", "the key safe code, 3390": a code to open a door
            yield Finding("POSTCODE", match.start(), match.end(), written, re.sub(r"\s", "", written).upper())


# A code that opens a door, a gate or a key safe, named in the sentence before its digits: not the postcode, whatever
# the question was ("code postal", "post code", "zip code" and "Eircode" are postcodes).
_CODE_BEFORE = re.compile(r"(?<![\w-])(?<!post )(?<!zip )(?i:(?:digi|deur|poort|toegangs|alarm|door|gate|entry|pin|"
                          r"porte|portail)?[ -]?code|interphone|key ?safe)(?![\w-])(?!\s+postal)[^.!?\n]{0,40}$|"
                          r"(?<![\u05d0-\u05ea])[בלה]?קוד(?![\u05d0-\u05ea])[^.!?\n]{0,40}$")
