"""The detectors: each kind of personal data in one text, found by its shape, its checksum and the words around it.

Precision matters as much as recall: an order number, a price or an appointment date that is blanked out
makes the suggestion useless. So a run of digits only counts as an IBAN, a card, a BSN or an Israeli ID when
its checksum holds and nothing labels it as something else ("order 123456782"), and a date only counts as a
date of birth beside a word that says so ("born", "geboren", "né le", "נולדתי") or when the agent has just
asked for one. The company's own lines (0800, 0900, 088, 1-800) are no one's phone. What the conversation says
(the agent's question) arrives as a ``label`` or ``asked``; the detectors themselves hold no state. In a turn of
a call a value whose checksum fails may still be the customer's when a word names it (``misheard``); postcodes
are in ``postcodes``. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# Length of each country's IBAN, from the SWIFT IBAN registry (release 101).
IBAN_LENGTHS = {entry[:2]: int(entry[2:]) for entry in (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 "
    "EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 "
    "KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 "
    "PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 "
    "UA29 VA22 VG24 XK20 YE30").split()}
MONTHS = {name: number for number, names in enumerate((
    "january jan januari janvier janv ינואר", "february feb februari février fevrier févr fevr פברואר",
    "march mar maart mrt mars מרץ מרס", "april apr avril avr אפריל", "may mei mai מאי", "june jun juni juin יוני",
    "july jul juli juillet juil יולי", "august aug augustus août aout אוגוסט", "september sep sept septembre ספטמבר",
    "october oct oktober okt octobre אוקטובר", "november nov novembre נובמבר",
    "december dec déc décembre decembre דצמבר"), 1) for name in names.split()}
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
SP = "[ \u00a0]"
HEBREW_PREFIXES = "והבלמשכ"
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+])(?<![A-Za-z0-9._%+-]-)"  # "ל-noa@..." is Hebrew for "to noa@..."
                    r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])")
# An address broken off before its domain's end, as someone corrects it: "ana.li@gmail... no, ana.li@outlook.com",
# "piet@ziggo — nee wacht", or before its domain starts: "mireille.d@... non, mireille.d@free.fr". What is said of it
# is already someone's mailbox.
CUT_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+])(?<![A-Za-z0-9._%+-]-)[A-Za-z0-9][A-Za-z0-9._%+-]*@"
                       r"(?:[A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*|(?<=[A-Za-z0-9._%+-]{3}@))(?=\.{2,}|…|\s+[—–-]\s)")
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[ \u00a0]?[0-9]{2}(?=[ \u00a0-]?[A-Za-z0-9])")
# Digit groups joined by one separator, with an optional "+" or "(" in front, also behind a Hebrew preposition
# ("ב0521234567"): every phone, card and ID spelling. Which belong together is decided by checksum and shape.
# The minutes of a time ("16:00") start nothing.
DIGIT_RUN = re.compile(rf"(?=[+(0-9])(?:(?<![\w+#@/])|(?<=(?<!\w)[{HEBREW_PREFIXES}])|"
                  rf"(?<=(?<!\w)[{HEBREW_PREFIXES}]{{2}}))(?<![A-Za-z0-9]-)(?<![0-9]:)(?:\+|\(\+?)?[0-9]+"
                  rf"(?:(?:\){SP}?|{SP}?[-./]{SP}?|{SP}?\(|{SP})[0-9]+)*\)?")
_DIGITS = re.compile(r"[0-9]+")
_NANP = re.compile(rf"\([2-9][0-9]{{2}}\){SP}?[0-9]{{3}}[-. \u00a0][0-9]{{4}}"
                   r"|[2-9][0-9]{2}([-.])[2-9][0-9]{2}\1[0-9]{4}"
                   r"|[2-9][0-9]{2}[ \u00a0][2-9][0-9]{2}-[0-9]{4}")  # "514 555-0148", as Québec writes it
# After a day and a month, two digits are a year ("le 3 avril 79") unless a time, an amount or a count follows.
_YEAR_END = (r"(?![0-9]|[:.,/-][0-9]|\s*(?:h\b|u\b|uur|heures?|hours?|am\b|pm\b|min|%|€|euros?|dollars?|pounds?|"
             r"people|personen|personnes|stuks|x\b))")
_DATE_PATTERNS = (  # each with the groups that hold day, month and year
    (re.compile(r"(?<![0-9.,/])(?<![0-9]-)([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9]|[.,/-][0-9])"),
     (1, 3, 4)),
    (re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])"), (3, 2, 1)),
    (re.compile(rf"(?<![0-9])([0-9]{{1,2}})(?:st|nd|rd|th|er|e|ste|de)?\.?(?:\s+of)?\s+(?:ב-?)?({MONTH})\.?,?\s+"
                rf"([0-9]{{4}}|['’]?[0-9]{{2}}){_YEAR_END}", re.IGNORECASE), (1, 2, 3)),
    (re.compile(rf"(?<!\w)({MONTH})\.?\s+(?:the\s+)?([0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+([0-9]{{4}}|['’]?[0-9]{{2}})"
                rf"{_YEAR_END}",
                re.IGNORECASE), (2, 1, 3)),
)
# A birthday may be a party last week: those words only count for a date long enough ago to be a birth date.
_BIRTH_CUE = re.compile(r"(?<!\w)(?:(?P<birthday>birthday|verjaardag|jarig|anniversaire|\w?הולדת)|born|birth\w*|dob|"
                        r"d\.o\.b|geboren|geb\.?|geboorte\w*|née?s?|naissance|\w?לידה|\w{0,2}נולד\w*|\w{0,2}יליד\w*|"
                        # a person "is of" a day, the Dutch and French way to say born then: "die is van 3 december
                        # 1939", "il est du 4 mai 1950" (an adult's date only, as every word after "born")
                        r"(?:hij|zij|ze|die|ik)\s+(?:is|ben)\s+van(?=\s*(?:$|\d))|(?:il|elle|je)\s+(?:est|suis)\s+du(?=\s*(?:$|\d)))(?!\w)",
                        re.IGNORECASE)
_BORN = re.compile(r"born|geboren|geb\.?|née?s?|\w{0,2}נולד\w*", re.IGNORECASE)
# Between a birth word and a date, these say the date is about something else ("born in 1980, appointment on").
EVENT = re.compile(r"(?<!\w)(?:appointment|afspraak|rendez|meeting|visit|bezoek|deliver|lever|livr|contra[ck]?t|since|"
                   r"monteur\w*|technic\w*|engineer\w*|bezorg\w*|ship\w*|parcel\w*|pakket\w*|colis|arriv\w*|lever\w*|"
                   r"deliver\w*|livr\w*|\w?טכנאי|\w?חבילה|\w?הגיע\w*|"
                   r"sinds|depuis|until|tot|jusqu|expir|verloop|\w?תור|\w?פגישה|\w?משלוח|מאז|עד)(?!\w)", re.IGNORECASE)
# A birth word reaches a date across "is", "op", a comma, but not across a sentence or an "and"; a question
# reaches the date that answers it ("Date of birth? 22 June 1990").
_ASKED = re.compile(r"\?\s*$")
CLAUSE_END = re.compile(r"(?<!geb)(?<!d\.o\.b)[.!?;](?:\s|$)|\n|\s(?:and|en|et|but|maar|mais)\s", re.IGNORECASE)
# Two-letter words, which lower-case postcode letters must not be ("sinds 2000 en").
SHORT_WORDS = frozenset("en op in om te de is al na of er ik je we ze ja on at to or it an as by if my no so up us "
                         "et la le un du au ou il ne se ce".split())
HEBREW = re.compile("[\u05d0-\u05ea]")
WORD = re.compile(r"[^\s,:;()\[\]-]+")
_WORD_WITHOUT_DIGITS = re.compile(r"(?<![^\s,:;()\[\]-])[^\s,:;()\[\]\d-]+(?![^\s,:;()\[\]-])")  # a whole WORD
_PHRASE_BREAK = re.compile(r"[,;!?]\s*[^\s,:;()\[\]!?-]")  # a comma or a stop, and more words after it
CURRENCY_BEFORE = re.compile(r"(?:[€$£₪₹¥]|\b(?:eur|euro|usd|nis|chf))\s*$", re.IGNORECASE)
CURRENCY_AFTER = re.compile(r"\s*(?:[€$£₪₹¥]|(?:euro|eur|dollar|nis|shekel|cent)\b|ש[\"״]ח|שקל)", re.IGNORECASE)
# Words that say what a number is, matched at the start of one of the four words in front of it.
LABELS = (
    ("BSN", re.compile(r"bsn|burgerservice|sofi")),
    ("IL_ID", re.compile(r"ת\.?ז|ת[\"״']ז|תעודת|זהות|t[eé]o?u?dat|z[eé]hou?t|zehut|isra[eëé]l")),
    ("ID", re.compile(r"id\b|identit|legitimatie|paspoort|passport|passeport")),
    ("PHONE", re.compile(r"phone|tel(?:$|ef|[ée]ph)|mobile?|mobiel|cell|call|bel(?:$|l|t$)|gsm|whatsapp|sms|"
                         r"text(?:$|o|er|ez)|"  # "un numéro où me texter ... c'est 450 663 4819"
                         r"portable|joindre|appel|rappel|reach|bereik\w*|ring|טלפון|נייד|פלאפון|סלולרי|להתקשר|תתקשר|חייג|תחייג|"
                         r"[ולב]{0,2}(?:סמס|ווטסאפ|וואטסאפ)")),  # "תשלחו לי משמרות לסמס 054-...": texted to
    # "#", "N°" ("il y a marqué N° 06 48 27 19 55" on a repair slip): a reference's number sign, not a phone's
    ("OTHER", re.compile(r"#|n[°º]|order|bestel|commande|factu|invoice|ticket|track|zending|colis|pakket|parcel|"
                         r"booking|boeking|reserv|r[ée]serv|micro-?chip|chip|puce|transponder|שבב|"  # an animal's chip
                         r"r[ée]f(?:$|[ée]r)|\w*referentie|\w*kenmerk|artikel|article|product|produit|sku|ean|model|mod[èe]le|serial|seri|s[ée]rie|offerte|quote|"
                         r"devis|item|exemplaire|פריט|הצעת|"
                         # a barcode's digits are the printed item's: "the number under the barcode, 6115 ..."
                         r"barcode|bar-code|streepjescode|code-?barres?|ברקוד|"
                         # a file's or a tax notice's number: "file number", "numéro d'avis", "מספר תיק"
                         r"imei|dossier|files?$|(?:d['’])?avis$|תיק$|תיקים$|"
                         # a tax assessment's, a filer's or a company's register number: "aanslag met nummer",
                         # "numéro de télédéclarant", "numéro d'entreprise BE 0...", "שומה עם מספר"
                         r"aanslag|assessment|t[ée]l[ée]d[ée]clarant|(?:d['’])?entreprise|ondernemings\w*|שומה|"
                         r"\w*contra[ck]?t|klantnummer|zaak|code|sire[nt]|kvk|btw|tva|vat\b|"  # SIREN
                         r"warrant\w*|garantie\w*|guarantee|אחריות|"
                         # an incident, a claim or a complaint has its number ("incidentnummer 299871617")
                         r"incident|meldings?|storing|claim|schade|sinistre|klacht|complaint|plainte|r[ée]clamation|"
                         r"interventi|politie|police|אירוע|"
                         r"receipt|kwitantie|bonnetje|re[çc]u$|קבלה|"
                         r"\w*polis|polic[ey]|loan|lening|pr[êe]t$|krediet|hypothe|mortgage|"  # "leasecontract"
                         r"הזמנה|חשבונית|אסמכתא|מוצר|דגם|קוד|משלוח|פוליס|הלווא|חוזה|משכנת|"
                         r"klantenservice|servicedesk|servicenummer|helpdesk|helpline|hotline|support|מוקד|שירות|"
                         r"פניי?ה|קריאה|תקלה|מכם|מאיתכם|"  # "הודעה מכם עם מספר": sent by the company
                         # a loyalty or club card's number: "carte de fidélité", "כרטיס המועדון", the card's, not
                         # the person's (a key's or a lock's is named as a number: see _AN_OBJECTS_NUMBER)
                         r"klanten?pas|klanten?kaart|spaarpas|loyalty|fid[ée]lit|מועדון")),
)
# "ring me on", "bel me terug op", "rappelez-moi au", "תחזרי אליי ל-": the number after it is the speaker's own phone.
CALL_ME = (r"(?:ring|call|text|phone|bel|app|rappel\w*|appel\w*)[\s-]+(?:me|mij|moi)(?:\s+\w+){0,2}\s+"
           r"(?:on|at|op|au|sur)|"
           r"(?:תתקשר|תחזר|תחזור)\w*(?:\s+אליי)?\s+ל-?")
# Someone to call, then the number to call them on: "appelez ma compagne, Inès, au", "bel mijn buurman op", "call my
# sister Ann on", "התקשרו לאשתי ב-".
_CALL_SOMEONE = re.compile(r"(?<![\w'’])(?i:appel\w*|rappel\w*|t[ée]l[ée]phon\w*|bel|belt|bellen|call|ring|phone|"
                           r"text)\s+(?:[^\W\d_][\w'’-]*[,]?\s+){1,4}(?i:on|at|op|au|sur)\s*:?\s*$|"
                           r"(?:התקשרו|תתקשרו|תתקשר|תתקשרי)\s+(?:\S+\s+){0,3}?ב-?\s*$")
# A payment card named: "Met de creditcard.", "ma carte :", "כרטיס האשראי" (a gift card's code is no payment card).
CARD_WORD = re.compile(r"(?<!\w)(?!gift|cadeau|kado|voucher)(?:\w*card|\w*kaart|cartes?|visa|mastercard|amex|maestro|"
                       r"[הלב]?כרטיס(?:\s+האשראי)?|[הלב]?(?:מאסטרקארד|ויזה|ישראכרט|אמקס))(?!\w)", re.IGNORECASE)
# The agent reading back what the customer sent or gave: "vous m'avez envoyé CH72 ...", "שלחת ת\"ז 704155581".
YOU_SENT = re.compile(r"(?<!\w)(?i:vous (?:m['’]|nous )(?:avez|aviez) (?:envoyé|donné|transmis)|"
                      r"you (?:had )?(?:sent|gave|emailed) (?:me|us)|"
                      r"u (?:heeft|hebt) (?:me|ons) \w+ (?:gestuurd|gegeven)|je (?:stuurde|gaf))\b|"
                      r"(?:שלחת|נתת|מסרת)(?![\u05d0-\u05ea])")
MINE = re.compile(r"(?<!\w)(?:my|mijn|mon|ma|me|mij|moi)(?!\w)|שלי", re.IGNORECASE)
# The company's own lines: free, shared-cost and company numbers (0800, 0900, 088, 0845, 1-800, 1-700), not a person's.
# British 084x and 087x lines have eleven digits: "087 123 4567" is an Irish mobile. Dutch 088 and French 089 lines
# have ten: the nine digits of "08-9412236" are an Israeli (or Belgian) landline.
_SERVICE = re.compile(r"0(?:80[0-9]|90[0-9]|88[0-9]{7}$|84[345][0-9]{7}$|87[0-3][0-9]{7}$|89[0-9]{7}$)|03[0-9]{9}$|"
                      r"1(?:800|700|599)|"
                      r"1?8(?:00|88|77|66|55|44|33)[2-9][0-9]{6}$")  # 03 in eleven digits: British non-geographic

@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data in a text; ``key`` makes "06-1234 5678" and "0612345678" one value.

    ``whole`` is the value as a whole when this finding is only the part of it said in this turn ("06 12" of a
    number dictated over two segments): the conversation's vault gives the model's placeholder that value."""
    kind: str
    start: int
    end: int
    text: str
    key: str
    whole: str = ""


def mark(taken: bytearray, findings: Iterable[Finding], level: int) -> bytearray:
    for finding in findings:
        taken[finding.start:finding.end] = bytes([level]) * (finding.end - finding.start)
    return taken


def iban_valid(compact: str) -> bool:
    """Whether an IBAN's check digits hold (ISO 13616 mod 97); ``compact``: upper case, no spaces."""
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def ibans(text: str) -> Iterable[tuple[Finding, bool]]:
    """IBAN-shaped strings of the right length for their country, with whether the mod-97 check holds."""
    for match in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(match.group()[:2].upper(), 0)
        chars: list[str] = []
        pos = match.start()
        while length and pos < len(text) and len(chars) < length:
            if text[pos].isascii() and text[pos].isalnum():
                chars.append(text[pos].upper())
            elif not (text[pos] in " \u00a0-" and (len(chars) == 2 or len(chars) % 4 == 0)  # "NL 91 ABNA 0417"
                      and text[pos + 1:pos + 2].isalnum()):
                break
            pos += 1
        if length and len(chars) == length and not text[pos:pos + 1].isalnum():
            compact = "".join(chars)
            yield Finding("IBAN", match.start(), pos, text[match.start():pos], compact), iban_valid(compact)


def dates(text: str, today: date, *, asked: bool = False, known: frozenset[str] = frozenset()
          ) -> Iterable[tuple[Finding, bool]]:
    """Every full date, and whether it is a date of birth: a birth word beside it in the same clause, the
    same day given as one earlier in the call (``known``), or a day of the same birth year (misheard, read back),
    or, for the first date of an answer to the agent's question (``asked``), a past day that no appointment,
    delivery or contract in its clause claims."""
    found = []
    for pattern, (day_group, month_group, year_group) in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            day, month = int(match.group(day_group)), match.group(month_group)
            year = int(match.group(year_group).lstrip("'’"))
            year += 0 if year >= 100 else 2000 if year <= today.year % 100 else 1900
            month_number = int(month) if month.isdigit() else MONTHS[month.casefold()]
            for m, d in ((month_number, day), (day, month_number)):  # 31/12/1985, else the American 12/31/1985
                try:
                    when = date(year, m, d)
                except ValueError:
                    continue
                found.append((match, when))
                break
    first = min((match.start() for match, _ in found), default=-1)
    judged = []
    for match, when in found:
        finding, is_birth = _date_finding(text, match, when, today)
        answer = asked and match.start() == first and today.year - 150 < when.year and when <= today and \
            not _about_an_event(text, match)  # a grandfather's "2 February 1898" for a family tree too
        misread = when.year <= today.year - 16 and finding.key[:4] in {day[:4] for day in known}
        judged.append((finding, is_birth or answer or finding.key in known or misread))  # "31-03-1985?" read back
    births = {finding.key for finding, birth in judged if birth}  # the same day said again in the turn, in another
    for finding, birth in judged:  # spelling: "le onze septembre mille neuf cent nonante, donc le 11/09/1990"
        yield finding, birth or finding.key in births


def _about_an_event(text: str, match: re.Match[str]) -> bool:
    """An appointment, a delivery or a contract in the same clause: a date about that, not a birth."""
    before = CLAUSE_END.split(text[max(0, match.start() - 50):match.start()])[-1]
    after = CLAUSE_END.split(text[match.end():match.end() + 40])[0]
    return bool(EVENT.search(before) or EVENT.search(after))


def _date_finding(text: str, match: re.Match[str], when: date, today: date) -> tuple[Finding, bool]:
    before = CLAUSE_END.split(_ASKED.sub(" ", text[max(0, match.start() - 50):match.start()]))[-1]
    after = CLAUSE_END.split(text[match.end():match.end() + 40])[0]
    cue = next(reversed(list(_BIRTH_CUE.finditer(before))), None)
    cue_after = _BIRTH_CUE.search(after)
    adult = when.year <= today.year - 16
    searched_from = cue.end() if cue else 0
    if cue is None and adult:  # "... confirm your date of birth? I have the 7th of November 1984.": read back
        sentences = re.split(r"(?<=[.?!])\s+", _ASKED.sub(" ", text[max(0, match.start() - 120):match.start()]))
        if len(sentences) >= 2 and not EVENT.search(sentences[-1]):
            cue = next(reversed(list(_BIRTH_CUE.finditer(sentences[-2]))), None)
            cue = cue if cue and not EVENT.search(sentences[-2], cue.end()) else None
            before, searched_from = sentences[-1], 0
    said_before = bool(cue and (adult or not cue["birthday"]) and not EVENT.search(before, searched_from))
    # "12-03-1985, dat is mijn geboortedatum": a word after the date only counts for an adult's date
    said_after = bool(cue_after and adult and not EVENT.search(after, 0, cue_after.start()))
    is_birth = when.year >= 1900 and when <= today and (said_before or said_after)
    # "born 9 December 2026" a few days past the clock's today (a newborn, a transcript dated ahead of this machine):
    # said right after "born", "geboren", "née", "נולדה", a date up to a year ahead is still the child's birth
    is_birth = is_birth or bool(said_before and cue and _BORN.fullmatch(cue.group()) and today < when and
                                (when - today).days <= 366)
    return Finding("DATE_OF_BIRTH", match.start(), match.end(), match.group(), when.isoformat()), is_birth


def numbers(text: str, blocked: bytearray, label: str | None = None) -> list[Finding]:
    """Cards, phones, BSNs and Israeli IDs: the longest valid span of digit groups, leftmost first. ``label``
    says what a number with no word of its own in front of it is (the agent asked for a phone, an order)."""
    found = []
    for run in DIGIT_RUN.finditer(text):
        if text[run.end():run.end() + 1].isalpha() or text[run.end():run.end() + 1] in ("@", "_"):
            continue  # a code such as "1234AB" or "12345678x" is not a number of ours
        if re.match(r"[./][A-Za-z]", text[run.end():run.end() + 2]):
            continue  # nor one with a letter joined by a dot: an assessment's "709...089.H.26.01", "4471.B"
        groups = digit_groups(text, run)
        groups = without_expiry(text, groups)
        if text[run.start()] in "23456" and card_shaped(text, groups) and not luhn(
                "".join(text[a:b] for a, b in groups)):
            continue  # a mistyped card number: no phone inside it
        i = 0
        labels: dict[int, str | None] = {}  # the words before a start, read once for all the lengths tried from it
        while i < len(groups):
            best: tuple[int, Finding] | None = None
            # no card, phone or ID has fewer than eight digits unless written as an international number ("+",
            # "(", "00" before it): such a span is not classified at all, so a long run of digits said one by one
            # costs little per digit
            international = text[groups[i][0] - 1:groups[i][0]] in ("+", "(") or "".join(
                text[a:b] for a, b in groups[i:i + 2]).startswith("00")
            length = 0
            for j in range(i, len(groups)):
                length += groups[j][1] - groups[j][0]
                if length > 19:
                    break
                if length < 8 and not international:
                    continue
                finding = _classify(text, groups[i:j + 1], run.start(), label, labels)
                if finding and not any(blocked[finding.start:finding.end]):
                    best = (j, finding)
            if best:
                found.append(best[1])
            i = best[0] + 1 if best else i + 1
    return found


def digit_groups(text: str, run: re.Match[str]) -> list[tuple[int, int]]:
    """Where each group of digits of a run is in ``text``."""
    return [(run.start() + m.start(), run.start() + m.end()) for m in _DIGITS.finditer(run.group())]


def _classify(text: str, groups: list[tuple[int, int]], run_start: int, asked: str | None,
              labels: dict[int, str | None]) -> Finding | None:
    """The card, phone or ID ``groups`` make, if any; ``labels`` keeps the words before each start once read."""
    start, end = groups[0][0], groups[-1][1]
    while start > run_start and text[start - 1] in "+(":
        start -= 1
    if text[start:end].count("(") > text[start:end].count(")") and text[end:end + 1] == ")":
        end += 1
    written, digits = text[start:end], "".join(text[a:b] for a, b in groups)
    dialled = re.sub(r"[^0-9]", "", written[:1] + written[1:].replace("(0)", ""))
    international = written.startswith(("+", "(+")) or (dialled.startswith("00") and dialled[2:3] != "0")
    if len(digits) < 8 and not international:
        return None  # no card, phone or ID is this short: skip the word lists below
    if start not in labels:
        labels[start] = label_before(text, start)
    label = labels[start] or asked
    if label == "OTHER" and labels[start] is None and _CALL_SOMEONE.search(text, max(0, start - 60), start):
        label = None  # "8 h. Et si je ne réponds pas, appelez ma compagne, Inès, au 06 ...": the question asked a
        # time, the turn goes on to whom to call and on what
    if digits[0] in "23456" and card_shaped(text, groups) and luhn(digits) and (len(digits) != 15 or digits[:2] in (
            "34", "37")):  # fifteen digits are American Express (34, 37); a pet's chip number is fifteen too
        kind: str | None = "CARD"
    else:
        kind = _id_kind(text, groups, digits, label)
        if kind in ("BSN", "IL_ID") and label == "PHONE" and len(digits) >= 9:
            kind = "PHONE"  # asked for a phone, nine digits that pass an ID check by chance ("zes, twaalf, ...")
        if (kind is None and label not in ("BSN", "IL_ID", "ID") or label == "PHONE") and _is_phone(
                written, dialled, [b - a for a, b in groups], label == "PHONE",
            whole=not re.match(r"[ .-]?[0-9]", text[end:end + 2])):
            kind = "PHONE"
    if kind == "PHONE" and service_line(dialled, international) and not MINE.search(text, max(0, start - 30), start):
        return None  # the company's line, unless someone calls it theirs ("mijn nummer is 088 ...")
    unmistakable = kind == "PHONE" and international  # "+31 6 ..." is a phone whatever the words around it
    if kind in ("BSN", "IL_ID") and label is None and _ON_A_PAPER.match(text, end):
        return None  # "what is 336097894 on the invoice?": a number read off the company's paper, not an ID
    if kind == "PHONE" and not unmistakable and (_OURS_ASKED.match(text, end) or _QUESTION_CLOSES.match(
            text, end) and _OURS_ASKED_BEFORE.search(text, max(0, start - 40), start)):
        return None  # "Het nummer op mijn bevestiging is 0612447309, is dat jullie telefoonnummer?": not theirs
    amount = CURRENCY_BEFORE.search(text, max(0, start - 8), start) or CURRENCY_AFTER.match(text, end)
    if kind == "CARD" and label == "OTHER" and label_before(text, start) is None and CARD_WORD.search(
            text, max(0, start - 40), start):
        label = None  # the card the customer names, though the question was about the order it pays for
    if kind is None or not unmistakable and (label == "OTHER" or amount):
        return None
    key = dialled.removeprefix("00") if kind == "PHONE" else digits.zfill(9) if kind == "IL_ID" else digits
    return Finding(kind, start, end, written, key)


# The customer asking whether a number is the company's, or reading it off a document of the company's.
_OURS_ASKED = re.compile(r"[^.?!]{0,40}?(?i:is (?:that|this|it) (?:your|you)|c['’]est (?:le|la) v[ôo]tre|"
                         r"(?:is|zijn) (?:dat|dit) (?:jullie|uw|van jullie)|(?:on|op|sur) (?:my|mijn|ma|mon) "
                         r"(?:confirmation|bevestiging|ticket|receipt|bon|booking|reservering))|"
                         # asked whether it is the line of someone of the company's: "is dat het nummer van de
                         # monteur?", "is that the engineer's number?", "c'est le portable du technicien ?"
                         r"[^.?!]{0,40}?(?i:is (?:that|this|it) (?:the|your) [\w-]+['’]s (?:number|phone|mobile|line)|"
                         r"is (?:dat|dit|het) (?:het|de) (?:[\w-]+ )?(?:nummer|telefoonnummer|mobiel|gsm) van de|"
                         r"c['’]est (?:le|la) (?:numéro|portable|téléphone|ligne|mobile) (?:du|de la|de l['’]|des) ?)"
                         r"[^.?!]{0,30}\?|"
                         r"[^.?!]{0,40}?(?:זה (?:\S+ )?שלכם|באישור|זה (?:ה)?(?:טלפון|מספר|נייד) של ה)|"
                         r"\s*(?i:van jullie|van u|yours|à vous)\s*\?|"
                         # named the company's right after it, asked: "Is 038 ... jullie nummer?", "... your expat
                         # line?", "... votre numéro ?", "... המספר שלכם?"
                         r"\s*(?i:jullie|your|votre|vos)\s+(?:[\w-]+\s+)?(?i:nummer|telefoonnummer|lijn|number|line|"
                         r"numéro|ligne)\s*\?|\s*(?:ה)?(?:מספר|טלפון|קו)\s+שלכם\s*\?")
# The same asked before the number, which a question mark then closes: "C'est bien vous, le 04 ... ?", "Is this
# you, 020 ...?", "זה המספר שלכם, 03-...?"
_OURS_ASKED_BEFORE = re.compile(r"(?i:c['’]est (?:bien )?vous|is (?:this|that|it) you|zijn jullie dat|bent u dat|"
                                r"(?:is|zijn) (?:dat|dit|this|that) (?:jullie|your) (?:[\w-]+ )?(?:nummer|number|line))"
                                r"\s*[,:]?\s*(?i:le|the|het)?\s*$|"
                                r"(?:ה)?(?:מספר|טלפון|קו)\s+שלכם\s*[,:]?\s*$")
_QUESTION_CLOSES = re.compile(r"[^.!?]{0,20}\?")


# A number the customer reads off a paper of the company's, named right after it: "on the invoice", "op de factuur",
# "sur la facture", "בחשבונית", "בקבלה".
_ON_A_PAPER = re.compile(r"\s*(?:(?i:on|op|sur|in|from|van|de)\s+"
                         r"(?i:the|my|your|de|het|mijn|uw|la|le|ma|mon|votre|l['’])\s*(?i:invoice|bill|receipt|statement|letter|factuur|rekening|bon|brief|facture|quittance|"
                         r"re[çc]u|relevé|courrier|lettre)|[בש]?ב?ה?(?:חשבונית|קבלה|מכתב|דף החשבון))(?!\w)")


# After the number, the customer likening it to a person's number: "lijkt op een creditcard", "it looks like a teudat
# zehut", "like a bank card?", "on dirait une carte bancaire", "ça ressemble à un numéro de sécu", "נראה כמו תעודת
# זהות", "dat het op een BSN lijkt", or asking whether it is "a personal number": what it looks like, it is not.
# Only in the same turn, no other number between, and never "my card" ("looks like my BSN" may well be theirs).
_PERSONAL_NUMBER = (r"(?:bsn|burgerservicenummer|sofinummer|id(?:[- ]?(?:card|kaart|number|nummer))?|"
                    r"identity (?:card|number)|identiteitskaart|teu?dat zehut|social security number|"
                    r"(?:credit|debit|bank|payment) ?card(?: number)?|creditcard|bankpas|betaalpas|pinpas|"
                    r"betaalkaart|bankkaart|carte (?:bancaire|de cr[ée]dit|d['’]identit[ée]|vitale)|"
                    r"num[ée]ro (?:de s[ée]cu\w*|d['’]identit[ée]|de carte(?: bancaire)?|personnel)|"
                    r"(?:personal|private) number|persoonlijk nummer|persoonsnummer|passport|paspoort|passeport)")
_LIKENED = re.compile(r"(?:[^0-9.!?\n]*[.!?]+){0,2}[^0-9.!?\n]*?(?:"
                      r"(?i:(?:looks?|seems?|lijkt|lijken)\s+(?:(?:just|a bit|wel|een beetje|veel)\s+)?(?:like|op)|"
                      r"(?<![\w'’])like|(?:on )?dirait|ressemble\w*\s+(?:à|a)|comme)\s+(?i:an?|een|une?|à une?)\s+"
                      r"(?i:" + _PERSONAL_NUMBER + r")(?![\w'’])|"
                      r"(?<!\w)(?i:op|als)\s+(?i:een)\s+(?i:" + _PERSONAL_NUMBER + r")\s+(?i:lijkt|lijken)(?!\w)|"
                      r"(?<!\w)(?i:is|c['’]est|est)\s+(?i:dat|dit|het|that|this|it|ce|ça)?\s*(?i:een|a|un)\s+"
                      r"(?i:persoonlijk|personal|private)\s+(?i:nummer|number)|"
                      r"(?i:c['’]est|est)\s+un\s+num[ée]ro\s+personnel|"
                      r"(?:נראה|נראית|דומה)\s+(?:קצת\s+)?(?:כמו|ל)-?\s*(?:מספר\s+(?:של\s+)?)?"
                      r"(?:תעודת\s+זהות|ת\.?ז\.?|ת[\"״']ז|כרטיס\s+אשראי|כרטיס\s+בנקאי|דרכון)|מספר\s+אישי)")


def likened(text: str) -> Iterable[Finding]:
    """A number of eight digits or more the same turn likens to a person's number after it ("..., 6775 4531 6887
    4981. On dirait une carte bancaire"), no ID word naming it before: a look-alike, whatever check it passes."""
    for run in DIGIT_RUN.finditer(text):
        if len(re.sub(r"[^0-9]", "", run.group())) >= 8 and _LIKENED.match(text, run.end()) and label_before(
                text, run.start()) not in ("BSN", "IL_ID", "ID"):
            yield Finding("LOOKALIKE", run.start(), run.end(), run.group(), run.group())


def service_line(dialled: str, international: bool = False) -> bool:
    """The company's own line (0800, 0900, 088, 1-800, ...), also dialled with its country code."""
    national = dialled.removeprefix("00")
    if international:
        code = next((c for c in ("972", "31", "32", "33", "44", "1") if national.startswith(c)), None)
        national = "" if code is None else ("" if code in ("1", "972") else "0") + national[len(code):]
    return bool(national and _SERVICE.match(national))


def luhn(digits: str) -> bool:
    """The card check, and the Israeli ID check too (the same weights on nine digits)."""
    doubled = (sum(divmod(int(c) * 2, 10)) for c in digits[-2::-2])
    return (sum(int(c) for c in digits[::-2]) + sum(doubled)) % 10 == 0 and int(digits) > 0


def eleven_test(digits: str) -> bool:
    """The BSN check on nine digits (the "elfproef"): their weighted sum is a multiple of eleven, and not all zero."""
    weighted = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return weighted % 11 == 0 and int(digits) > 0


def _shape(text: str, groups: list[tuple[int, int]]) -> tuple[list[int], set[str]]:
    """How a number is written: its group lengths and the separators between them."""
    return [b - a for a, b in groups], {text[groups[k][1]:groups[k + 1][0]] for k in range(len(groups) - 1)}


def without_expiry(text: str, groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The groups of a run but a card's expiry written right after it ("4262 5865 5920 5377 03/29"): no number takes
    a part of the expiry, so the card is its four groups (or its one, "4170233850208511 09/27"), whether its check
    holds or not."""
    if len(groups) >= 3 and text[groups[-2][1]:groups[-1][0]] == "/" and groups[-2][1] - groups[-2][0] == 2 and \
            groups[-1][1] - groups[-1][0] in (2, 4) and card_shaped(text, groups[:-2]):
        return groups[:-2]
    return groups


def card_shaped(text: str, groups: list[tuple[int, int]]) -> bool:
    """Unbroken, or in fours (4-4-4-4, 4-4-4-4-3, also "4802.6039.9576.8911") or the American Express and Diners
    4-6-5 and 4-6-4."""
    lengths, separators = _shape(text, groups)
    if not 13 <= sum(lengths) <= 19 or len(separators) > 1 or not separators <= {" ", "-", ".", "\u00a0"}:
        return False
    in_fours = all(n == 4 for n in lengths[:-1]) and lengths[-1] <= 4
    return len(lengths) == 1 or in_fours or lengths in ([4, 6, 5], [4, 6, 4])


def _id_kind(text: str, groups: list[tuple[int, int]], digits: str, label: str | None) -> str | None:
    lengths, separators = _shape(text, groups)
    if lengths == [8]:  # an Israeli ID written without its leading zero, only where it is called one
        return "IL_ID" if label == "IL_ID" and luhn(digits) else None
    named = label in ("BSN", "IL_ID", "ID") and len(digits) == 9  # "my ID number is 7400" then "82078"
    if not (lengths == [9] or named or lengths in ([3, 3, 3], [4, 2, 3], [8, 1]) and len(separators) == 1 and
            separators <= {" ", ".", "-"}):
        return None
    bsn, israeli = eleven_test(digits), luhn(digits)
    if bsn and israeli:
        return label if label in ("BSN", "IL_ID") else "IL_ID" if HEBREW.search(text) else "BSN"
    return "BSN" if bsn else "IL_ID" if israeli else None


def _is_phone(written: str, dialled: str, lengths: list[int], called_one: bool = False, whole: bool = True) -> bool:
    if written.startswith(("+", "(+")):
        return 8 <= len(dialled) <= 15 and dialled[0] != "0"
    if dialled.startswith("00"):
        return 8 <= len(dialled) - 2 <= 15 and dialled[2] != "0"
    if _NANP.fullmatch(written) or called_one and re.fullmatch(r"[2-9][0-9]{2}[2-9][0-9]{6}", dialled):
        return True  # an American number, also unbroken when something calls it a phone ("my cell is 4155550132")
    if dialled[:1] != "0" or dialled[1:2] == "0" or max(lengths) > 8 and len(lengths) > 1:
        return False
    national_length = len(dialled) in (10, 11) or len(dialled) == 9 and dialled[1] in "23489" or (  # 11: British
        called_one and whole and len(dialled) >= 8)  # "תתקשרו ל-053-41827", "appelez-moi au 06 12 34 56": called a
    # phone, a digit or two short, all the digits said (not the start of a longer run that is no phone)
    return national_length and (len(lengths) == 1 or lengths[0] <= 4 or lengths[0] == 5 and (
        len(dialled) == 11 or called_one))  # "07700 93418" a digit short, where something calls it a phone


def plausible_phone(dialled: str) -> bool:
    """A whole phone number by its digits alone: national (a trunk 0, ten or eleven digits, nine for a Belgian,
    French, Irish or Israeli area) or international ("+" or "00", a country code, at most fifteen)."""
    if dialled.startswith(("+", "00")):
        return 8 <= len(dialled.lstrip("+")) - (2 if dialled.startswith("00") else 0) <= 15
    return dialled[:1] == "0" and dialled[1:2] not in ("", "0") and (
        len(dialled) in (10, 11) or len(dialled) == 9 and dialled[1] in "23489")


def _label_of(word: str) -> str | None:
    """What one word says a number is, a Hebrew prefix letter or two aside ("הנייד", "לטלפון")."""
    word = word.casefold().strip("'\"“”.")
    stems = [word] + [word[n:] for n in (1, 2) if HEBREW.match(word) and len(word) > n + 1
                      and all(c in HEBREW_PREFIXES for c in word[:n])]
    stems += [word[2:]] if re.match(r"[dl][’']\w", word) else []  # "numéro d'identité": the word after the elision
    return next((label for label, pattern in LABELS if any(pattern.match(stem) for stem in stems)), None)


# A phone word, then what it is for: "the mobile for the delivery", "הנייד לתיאום המשלוח", "gsm voor de levering".
_FOR_A_PHONE = re.compile(r"(?:mobile|cell\w*|phone|gsm|mobiel\w*|telefoon\w*|portable|t[ée]l[ée]phone|"
                          r"[הל]?(?:נייד|טלפון|פלאפון))(?:\s+שלי)?\s+(?:(?:for|voor|om|pour|ל[\u05d0-\u05ea]+)\s+"
                          r"(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’])?\S+|ל[\u05d0-\u05ea]+)"
                          r"(?:\s+(?:is|was|est|c['’]est|זה|הוא))?\s*:?\s*$", re.IGNORECASE)


# An ID word, then the paper it goes on, which carries a person's ID (in Israel an invoice or a receipt does): "the ID
# for my invoice is", "l'identité pour la facture", "ת.ז. לחשבונית". "The ID for my booking" is the booking's.
_FOR_AN_ID = re.compile(r"(?<![\w\u05d0-\u05ea])(?:id|identity|identit[ée]|identiteit\w*|bsn|teu?dat\s+zehut|"
                        # the number to put on the receipt, not the receipt's own: "le numéro pour le reçu"
                        r"(?:the\s+|de\s+|het\s+|le\s+|mon\s+|my\s+|mijn\s+)?(?:number|nummer|num[ée]ro)|"
                        r"t[ée]oudat\s+z[ée]hout|ת\.?ז\.?|ת[\"״']ז|תעודת\s+(?:ה)?זהות)(?:\s+שלי)?\s+(?:(?:for|on|voor|op|pour|sur)"
                        r"\s+(?:the|my|a|de|het|mijn|een|la|le|ma|mon|l['’]|une?)?\s*(?:tax\s+)?(?:invoice|receipt|"
                        r"contract|factuur|bon|contract|facture|re[çc]u|contrat)|ל?(?:ה)?(?:חשבונית|קבלה|חוזה))"
                        r"(?:\s+(?:is|was|est|c['’]est|היא|הוא|זה|:))?\s*:?\s*$", re.IGNORECASE)
# The same with words between, the ID named by itself: "mijn BSN nog doorgeven voor het contract van tuin 31:", "my ID
# still to give for the contract for plot 8:", "mon numéro d'identité à donner pour le contrat de la parcelle 4 :".
_FOR_AN_ID_LATER = re.compile(r"(?<![\w\u05d0-\u05ea])(?:bsn|id|identity|identit[ée]|identiteit\w*|"
                              r"num[ée]ro\s+d['’]identit[ée]|ת\.?ז\.?|ת[\"״']ז|תעודת\s+(?:ה)?זהות)"
                              r"(?:\s+[^\s\d:.!?]+){1,3}?\s+(?:for|voor|pour|ל)\s+"
                              r"(?:the|my|a|de|het|mijn|een|la|le|ma|mon|l['’]|une?)?\s*(?:[\w-]+\s+)?[\w-]*?(?:invoice|receipt|contract|"
                              r"factuur|bon|facture|re[çc]u|contrat)(?:\s+(?:van|of|for|de|du|voor|pour)"
                              r"(?:\s+[^\s:.!?]+){1,3})?\s*:\s*$", re.IGNORECASE)


# An area code names the start of a phone, though "code" alone names something else: "area code three oh seven".
AREA_CODE = re.compile(r"(?:area code|netnummer|kengetal|indicatif(?: régional)?|קידומת)\s*:?\s*$", re.IGNORECASE)


# "my number", "son cell" just before the digits, nothing named between: a phone, however it is written.
MY_NUMBER = re.compile(r"(?<!\w)(?:mijn|mijne|m['’]n|mn|my|mon|ma|son|sa|his|her|zijn|haar)\s+"
                       r"(?:(?:nieuwe|new|nouveau|nouvelle|other|andere|autre|contact|work|home|werk|thuis)\s+)?"
                       # the country a line is in says nothing of an ID: "my israeli number is 052 123"
                       r"(?:(?:israeli|dutch|belgian|french|british|uk|irish|english|foreign|local|israëlische|"
                       r"nederlandse|belgische|franse|engelse|ierse|buitenlandse)\s+)?"
                       r"(?:nummer|number|num[ée]ro|nr|num|"
                       r"cell|cellulaire|gsm|mobile|mobiel|portable|natel|phone|t[ée]l[ée]phone|telefoon|mob)"
                       r"(?:\s+(?:a|has|is|est|heeft)\s+(?:chang[ée]d?|veranderd|gewijzigd|nieuw|new|nouveau))?"
                       r"\W+(?:(?:is|c['’]est|est|le|it['’]s)\W+){0,2}$|"
                       r"(?:המספר|הנייד|הטלפון)\s+(?:ה?חדש\s+)?שלי\W*$|"
                       # "le numéro de mon chum pour la livraison :", "the number of my neighbour:"
                       r"(?:nummer|number|num[ée]ro)\s+(?:de|van|of|du)\s+(?:mon|ma|mijn|my|son|sa|zijn|haar|his|her)"
                       r"\s+\w+(?:\s+(?:pour|voor|for)\s+(?:\w+\s+){0,2}\w+)?\W*$", re.IGNORECASE)


# The customer calling the company back on its number: "je vous rappelle au", "I'll ring you back on", "ik bel jullie
# terug op", "אחזור אליכם ל".
_CALL_YOU_AT = re.compile(r"(?i:je vous (?:rappelle|rappellerai|appelle|appellerai)|"
                          r"i(?:['’]ll| will)? (?:call|ring) you(?: back)?|ik bel (?:u|jullie)(?: terug)?)"
                          r"\s+(?:au|on|at|op)\s*$|"
                          r"(?:אחזור|אתקשר)\s+אליכם\s+ל-?$")
# A new SIM is a new phone number: "j'ai changé de puce, c'est le 07 81 35", "new SIM, it's 07700".
_NEW_SIM = re.compile(r"(?i:chang\w*\s+(?:de\s+|ma\s+|mon\s+|my\s+|mijn\s+)?(?:puce|sim|carte sim|simkaart)|"
                      r"(?:new|nouvelle|nieuwe)\s+(?:puce|sim|simkaart|carte sim))|(?:החלפתי|סים חדש|כרטיס סים)")


# The speaker's own ID named earlier in the clause: "my ID for the finance check is", "mon identité pour le dossier:".
_MY_ID = re.compile(r"(?<!\w)(?i:my|mijn|mon|ma)\s+(?:\w+\s+)?(?i:id|identity|identit[ée]|identiteit|teou?dat\w*)"
                    r"(?!\w)[^.?!]{0,40}$|(?:ה?ת\.?ז|תעודת הזהות)\s+שלי[^.?!]{0,40}$")
# An object's number named earlier in the words before, and no phone word since: what the number is.
_AN_OBJECTS_NUMBER = re.compile(r"(?i:order|bestel|commande|factuur|invoice|ticket|tracking|r[ée]f[ée]rence|dossier|"
                                r"klant|customer|client|booking|boeking|réservation|job|opdracht)[\w-]*[\s-]*"
                                r"(?i:number|nummer|num[ée]ro|nr|no)\b|(?:מספר|מס['׳])\s+(?:ה)?(?:הזמנה|לקוח|חשבונית)|"
                                # the order, then its number set apart: "my parcel never came, number ..."
                                r"(?i:order|bestelling|commande|pakket|colis|parcel)\b[^.!?\n]{0,50}?[,:;—–-]\s*"
                                r"(?i:number|nummer|num[ée]ro|nr|no)\.?\s*:?\s*$|"
                                # a device's serial, then what it is on: "the serial on the casting is ...", "het
                                # serienummer van de klepel begint met ...", "המספר הסידורי על הבסיס הוא ..."
                                r"(?<![\w'’])(?i:serial|serie-?nummer|num[ée]ro de s[ée]rie|s/n)(?![\w'’])|"
                                r"(?:מספר|מס['׳])\s+(?:ה)?סידורי|"
                                # a key's or a lock's number, then what it opens: "het sleutelnummer van de kast is",
                                # "the key number for the shed is", "le numéro de clé du local", "מספר המפתח של"
                                r"(?<![\w'’])(?i:sleutel|slot|key|lock|locker)[\w-]*[\s-]*(?i:number|nummer|nr|no)\b|"
                                r"(?<![\w'’])(?i:number|nummer|num[ée]ro)(?:\s+(?i:stamped|printed|engraved|written|gestanst|gegraveerd|"
                                r"gedrukt|gravé|imprimé|inscrit))?\s+(?i:on|of|for|op|van|de|du|d['’]|sur)\s+"
                                r"(?:[\w'’]+\s+){0,2}?(?i:(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’])?"
                                r"(?:cl[ée]|cadenas|serrure|key|lock|padlock|sleutel|slot|hangslot))(?![\w'’])|"
                                r"(?:מספר|מס['׳])\s+(?:ה)?(?:מפתח|מנעול)|"
                                # a place in a queue or on a roll: "waiting-list number", "inschrijfnummer", "numéro
                                # de liste d'attente", "מספר ההרשמה": the company's reference for the customer
                                r"(?i:registration|enrol+ment|membership|waiting[- ]list|wachtlijst|inschrijf|"
                                r"inschrijvings|lidmaatschaps)[\w-]*[\s-]*(?i:number|nummer|num[ée]ro|nr|no)\b|"
                                r"(?i:num[ée]ro)\s+(?i:de\s+liste\s+d['’]attente|d['’]inscription|d['’]adh[ée]rent|"
                                r"de\s+membre)(?!\w)|(?:מספר|מס['׳])\s+(?:ה)?(?:הרשמה|מנוי|חבר)(?![\u05d0-\u05ea])|"
                                # a number printed on a tag, a label, a confirmation or a gift card, or in a mail the
                                # customer received, read off it in the same sentence: "the garment tag on my suit
                                # says", "op het labeltje ... staat een nummer", "sur l'étiquette ... il y a", "על
                                # התווית ... יש מספר", "a gift card ..., the number is", "j'ai reçu un mail avec le
                                # numéro", "קיבלתי מייל עם מספר": the object's number, not the person's
                                r"(?<!\w)(?i:tag|label|labeltje|etiket\w*|[ée]tiquette|confirmation|bevestiging\w*|"
                                r"gift ?card|gift voucher|cadeau ?(?:bon|kaart)|kado ?(?:bon|kaart)|carte[- ]cadeau|"
                                r"bon d['’]achat|voucher|waardebon|"
                                # or on a sticker, a plate or a key fob fixed to a thing: "een sticker met ...",
                                # "une plaque avec un numéro", "מדבקה עם": printed for all to read, no one's own
                                r"stickers?|plaque|plaatje|bordje|sleutelhanger|key ?fob|nameplate|"
                                r"type ?plaatje|plaque signal[ée]tique)(?![\w'’])[^.!?\n]{0,50}$|"
                                r"(?<![\u05d0-\u05ea])ה?(?:תווית|שובר|כרטיס מתנה|גיפט ?קארד|מדבקה|לוחית)"
                                r"(?![\u05d0-\u05ea])[^.!?\n]{0,50}$|"
                                r"(?<![\w'’])(?i:received|got|kreeg|kregen|gekregen|ontvangen|re[çc]u)\s+(?:\w+\s+)?"
                                r"(?i:an?|een|un|the|de|le)?\s*(?i:e-?mail|mailtje|mail|sms|text)\s+(?i:with|met|avec)"
                                r"(?![\w'’])[^.!?\n]{0,25}$|קיבלתי\s+(?:ה)?(?:מייל|הודעה|אימייל|sms)\s+עם[^.!?\n]{0,25}$")
_A_PHONE_AFTER = re.compile(r"(?i:phone|bel|call|ring|mobile|mobiel|gsm|cell|t[ée]l[ée]phone|portable|appel|sms|text)"
                            r"|טלפון|נייד")


# When the number was given, between its label and the number: "mijn betaalreferentie van vorige keer was ...", "the
# order number from last time is ...", "la référence de la dernière fois c'est ...". Read past, so the label counts.
_EARLIER = re.compile(r"(?<![\w'’])(?i:van (?:de )?(?:vorige|laatste) (?:keer|bestelling|factuur)|"
                      r"(?:from|of) (?:the )?(?:last|previous) (?:time|order|invoice|visit)|"
                      r"de la (?:dernière|précédente) (?:fois|commande|facture|visite)|"
                      r"(?:du|de l['’]) (?:dernier|précédent) (?:passage|achat))(?![\w'’])|"
                      r"(?<![\u05d0-\u05ea])(?:מהפעם הקודמת|מהפעם שעברה)(?![\u05d0-\u05ea])")


_DEPOSIT = re.compile(r"(?i:d[ée]p[ôo]ts?\s+de\s+garantie)")
# A number someone else gave the speaker, right before it: "they gave me a number:", "ze gaven me een nummer:", "on m'a
# donné un numéro :", "נתנו לי מספר:" (a case, a claim, a ticket: a thing's, whoever holds it).
_GIVEN_ME = re.compile(r"(?<![\w'’])(?i:gave|give|handed|gaf|gaven|gegeven|donn[ée]e?)\s+(?i:me|us|mij|ons)\s+"
                       r"(?i:a|an|the|een|het|this|that)\s+(?i:number|nummer|nummertje|code)\s*:?\s*$|"
                       r"(?<![\w'’])(?i:m['’]a|m['’]ont|nous a|nous ont)\s+donn[ée]e?s?\s+(?i:un|le|ce)\s+"
                       r"(?i:num[ée]ro|code)\s*:?\s*$|"
                       r"(?<![\u05d0-\u05ea])(?:נתנו|נתן|נתנה)\s+(?:לי|לנו)\s+(?:את\s+)?ה?(?:מספר|קוד)\s*:?\s*$")


def label_before(text: str, start: int) -> str | None:
    """What the nearest of the four words in front says the number is: phone, which ID, or something else. Words
    with digits in them are the value's own ("tracking number 1Z 4F8 03 4417"), not words about it."""
    return _label_of_window(text[max(0, start - _LABEL_REACH):start])


_LABEL_REACH = 60  # characters before a number that ``label_before`` reads


@lru_cache(maxsize=4096)
def _label_of_window(window: str) -> str | None:
    """``label_before`` of the text right in front of a number; remembered, because the same words come before
    many numbers of one text (each start of a long run of digits is tried, and a pasted table repeats itself)."""
    found = None
    window = _EARLIER.sub(lambda m: " " * len(m.group()), window)  # "my reference from last time was": the label
    window = _DEPOSIT.sub(lambda m: " " * len(m.group()), window)  # "le dépôt de garantie": a deposit, no warranty
    if _CALL_YOU_AT.search(window) or _GIVEN_ME.search(window):
        return "OTHER"  # "je regarde ce soir et je vous rappelle au 021 555 41 20": the company's line; "The lost
        # property office gave me a number:": a number someone handed the speaker, theirs to look it up by
    if AREA_CODE.search(window) or MY_NUMBER.search(window) or _NEW_SIM.search(window):
        return "PHONE"
    later = _FOR_AN_ID_LATER.search(window)
    if later:  # named by itself, so which ID it is: "mijn BSN nog ... voor het contract:"
        return "BSN" if "bsn" in later.group().casefold() else "ID"
    if _FOR_AN_ID.search(window):
        return "ID"  # "the ID for my invoice is", "l'identité pour le reçu :": what the ID goes on
    for match in reversed(list(_WORD_WITHOUT_DIGITS.finditer(window))[-4:]):  # "1Z 4F8": the code's own words
        label = _label_of(match.group())
        if label == "OTHER" and _FOR_A_PHONE.search(window, 0, match.end()):
            return "PHONE"  # "הנייד לתיאום המשלוח:", "my mobile for the delivery:": what the phone is for
        if label == "OTHER" and _PHRASE_BREAK.search(window, match.end()) and any(
                pattern.match(w.casefold()) for w in WORD.findall(window) for _, pattern in LABELS[:3]):
            continue  # "my BSN for the Dutch contract, ok it's 2188...": in an earlier phrase, ID words win
        if label == "OTHER" and found == "ID" and MINE.search(window, match.end()):
            return found  # "pour le reçu mon numéro d'identité": my ID, given for the receipt, not the receipt's
        if label and label != "ID":
            return found if found and label == "PHONE" else label  # but "order ID" is an order number
        found = found or label  # "Israeli ID": keep looking for the word that says which ID
    if found is None and _MY_ID.search(window):
        return "ID"  # "my ID for the finance check is 0987"
    named = _AN_OBJECTS_NUMBER.search(window) if found is None else None
    if named and not _A_PHONE_AFTER.search(window, named.end()):
        return "OTHER"  # "What's my order number again? I've got 07415 228391 written down."
    return found
