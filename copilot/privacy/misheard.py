"""Values whose checksum fails, which a conversation still says are the customer's.

A transcriber mishears a digit, a customer swaps two: "mijn BSN is 732649467", "card's 4508 0620 9034 5134",
"voici mon IBAN : FR76 1027 ...", "ת״ז 493971524" fail their check and are still the customer's number. In a
single text (a knowledge passage, a CRM field, a draft the guard reads) the checksum decides, and so it does in
a turn where nothing speaks of the value: "NL52 INGB 1550 5613 04" on its own is no one's. In a turn of a
conversation a value of the right shape counts when a word in front names it, and an account of its country's
exact length when the customer says it, or when the agent's turn speaks of an account or a bank (``redaction``: the
company's own account passes its check, so a failing one the agent reads, "La banque nous renvoie « compte
inexistant ». Nous avons l'IBAN FR76 ...", is the one the customer wrote on a form). Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.privacy.detectors import (
    CALL_ME,
    DIGIT_RUN,
    Finding,
    digit_groups,
    label_before,
    service_line,
    without_expiry,
)

_CARD = re.compile(r"(?<!\w)(?:\w*card\w*|\w*kaart\w*|\w*pas|cartes?|[הבלו]{0,2}כרטיס\w*|visa|mastercard|amex|cb|"
                   r"[הבלו]{0,2}(?:ויזה|מאסטרקארד|ישראכרט|אמקס|דיינרס)|"  # "ויזה 4147 ...": the card by its brand
                   r"pay|paying|betalen|betaal|payer|paie|paye|régler|charge|לשלם|[ות]?חייב\w*|לחייב)(?!\w)",
                   # "can i pay the £60 hire on 4661 ...", "je paie avec 4796 ...", "תחייבו את 4678 ..."
                   re.IGNORECASE)
# A word that names a BSN or an Israeli ID further back in the clause than the four words ``label_before`` reads:
# "mn bsn voor de inschrijving van mn zoon is 741094274", "ת"ז של הבן שלי לרישום: 346588743".
_BSN = re.compile(r"(?<!\w)(?:bsn|burgerservicenummer|sofinummer)(?!\w)", re.IGNORECASE)
_IL_ID = re.compile(r"(?<![\u05d0-\u05ea])[והלבש]{0,2}(?:ת\.?ז|ת[\"״']ז|תעודת (?:ה)?זהות|מספר (?:ה)?זהות)|"
                    r"teudat|israeli id|"
                    r"num[ée]ro d['’]identit[ée]|identity number|id number|"
                    r"id (?:no|nr|n°)(?:\.|(?!\w))(?!\s*[a-z])",  # "you asked me for ID no." (not "ID no problem")
                    re.IGNORECASE)
BSN_WORD, IL_ID_WORD = _BSN, _IL_ID  # for the pieces of one (``answers``)
# "the ID" in capitals, a person's identity number spoken of with no word for which: "she says the ID on it is wrong"
THE_ID = re.compile(r"(?<![\w'’])(?i:the|het|de|le|l['’])\s?ID(?![\w-])")
# An identity document or number the speaker owns, with no word naming which ID: "my ID", "her ID card", "mijn
# ID-kaart", "sa carte d'identité", "my mum's ID". An order's or a patient's ID is no such word: a possessive stands
# right before it, or before the relative whose it is.
ID_OWNED = re.compile(r"(?<!\w)(?i:my|his|her|your|mijn|zijn|haar|uw|je|mon|ma|son|sa|votre|ton|ta)\s+"
                      r"(?:(?i:[^\W\d_]+)['’]s?\s+)?"  # a relative's: "my mum's ID", "her parents' ID cards"
                      r"(?i:id(?:[- ]?(?:card|kaart|nummer|number))?|identity(?:\s+card)?|identiteitskaart|"
                      r"carte\s+d['’]identit[ée]|pi[èe]ce\s+d['’]identit[ée])(?!\w)")
_CLAUSE = re.compile(r"[.!?;]\s")
_HANDED_OVER = 6  # words at most in the clause that hands over an ID the sentence before named
# "the best number is", "mijn nummer:", "mon numéro c'est le": a number nothing else names, a digit short or over.
_NUMBER_IS = re.compile(r"(?<!\w)(?:number|nummer|num[ée]ro|מספר)(?:\s+(?:is|c['’]est|est|le|שלי|הוא))*\s*[:,]?\s*$",
                        re.IGNORECASE)
_CALL_ME = re.compile(rf"(?<!\w)(?:{CALL_ME})\s*:?\s*$", re.IGNORECASE)
# A call back asked for with what it is about between the verb and the number: "ring me back about the boiler on",
# "rappelez-moi pour le devis au", "bel me terug over de offerte op", "תחזרו אליי לגבי ההזמנה ב-". The number right
# after the preposition is where to call.
_CALL_ME_ABOUT = re.compile(r"(?<!\w)(?:ring|call|text|phone|bel|app|rappel\w*)[\s-]+(?:me|mij|moi)(?!\w)"
                            r"(?:\s+[\w'’-]+){1,8}?\s+(?:on|at|op|au|sur)\s*:?\s*$|"
                            r"(?:תתקשר|תחזר|תחזור|תחזיר)\w*(?:\s+אליי)?(?:\s+[\u05d0-\u05ea\"״'-]+){1,6}?\s+[בל]-?\s*$",
                            re.IGNORECASE)
# A phone word further back in the clause than the four words ``label_before`` reads: "this is my new mobile for the
# allotment society list: 07700 9134 282", "le cell pour les rappels c'est 418 552-09371", "הנייד לתיאום: 050-441829".
_PHONE_WORD = re.compile(r"(?<![\w\u05d0-\u05ea])(?:mobile|mobiel\w*|gsm|cell\w*|portable|natel|phone|telefoon\w*|"
                         r"vaste nummer|landline|fixe|"
                         r"t[ée]l[ée]phone|whatsapp|[הלמב]?(?:נייד|טלפון|פלאפון))(?![\w\u05d0-\u05ea])", re.IGNORECASE)
# Asked to be sent a text, the number given in the next few words: "le kiné peut m'envoyer un SMS en arrivant ? Je
# suis au 06 58 21 93 7", "תגידו לה לשלוח לי הודעה כשהיא בדרך? 053-771284", "can she text me? 07700 90012".
_TEXT_ME = re.compile(r"(?<![\w'’])(?i:(?:send|stuur|stuurt|sturen)\s+(?:me|mij)|m['’]envoyer|m['’]écrire)\s+"
                      r"(?i:a|an|een|un|une)?\s*(?i:text|message|sms|texto|bericht|berichtje|appje|whatsapp)(?!\w)|"
                      r"(?<![\w'’])(?i:text|sms|app|whatsapp)\s+(?i:me|mij)(?!\w)|"
                      r"(?<![\u05d0-\u05ea])(?:לשלוח|שלחו|תשלחו|תשלח|תשלחי)\s+לי\s+(?:הודעה|הודעת|סמס|וואטסאפ)")
# A North American number with a digit too many or too few: "418 552-09371".
_NANP_START = re.compile(r"\(?[2-9][0-9]{2}\)?[ .-][0-9]{3}")


# An ID named with what it is for, the value after the purpose: "ID number for the lease: ...", "BSN voor de
# aanvraag: ...", "מספר זהות עבור הקבלה: ...". The purpose is no label of the number.
_ID_FOR = re.compile(rf"(?:{_BSN.pattern}|{_IL_ID.pattern})\.?\s+(?:for|voor|pour|בשביל|עבור|ל)\s*"
                     r"(?:the|de|het|la|le|l['’])?\s*[\w\u05d0-\u05ea'’-]+\s*[:,-]?\s*$", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    return _CLAUSE.split(text[max(0, start - 70):start])[-1]


def _given_as_phone(text: str, start: int, digits: str, label: str | None, *, short: bool = False) -> bool:
    """A number given as the speaker's phone: a phone word names it ("Bel me terug op 06 41 87 29 3", "Text me on",
    "joindre au", "תחזרי אליי ל-"), or "number is" with no word naming it something else. Its length may be wrong
    (a digit missed or doubled): it is still their number, only the company's own lines are no one's."""
    if digits[1:2] == "0" or service_line(digits):
        return False
    before = text[max(0, start - 40):start]
    clause = _clause_before(text, start)
    if short:  # two digits short ("C'est le 06 21 47 85" after "m'envoyer un texto"): a call or a text asked for
        return label == "PHONE" or bool(_CALL_ME.search(before) or _CALL_ME_ABOUT.search(clause)) or not label and (
            len(clause.split()) <= 4 and bool(_TEXT_ME.search(text, max(0, start - 120), start)) or
            _text_me_before(text, start))
    return label == "PHONE" or bool(_CALL_ME.search(before) or _CALL_ME_ABOUT.search(clause)) \
        or not label and bool(_NUMBER_IS.search(before) or _PHONE_WORD.search(clause) or len(clause.split()) <= 4 and
                              _TEXT_ME.search(text, max(0, start - 120), start) or _text_me_before(text, start))


def _text_me_before(text: str, start: int) -> bool:
    """Whether a text is asked for at most four words before ``start`` ("תשלחו לי הודעה כשיש מחליף 054-772913",
    "send me a text when he's free 07700 90012"); the last 80 characters are read."""
    window = text[max(0, start - 80):start]
    ask = next(reversed(list(_TEXT_ME.finditer(window))), None)  # the last ask before the number
    return ask is not None and len(window[ask.end():].split()) <= 4 and not re.search(r"[.!?;]", window[ask.end():])


# A card's expiry right after sixteen digits in fours: "... 3069 geldig tot 09/28", "... exp 04/29", "... 03/29".
_EXPIRY_AFTER = re.compile(r"\s*,?\s*(?:(?i:geldig\s+tot|geldig|vervalt|exp(?:ires?|iry)?\.?|"
                           r"valid(?:\s+until|\s+thru)?|expire\w*|valable\s+jusqu['’]?au|date\s+d['’]expiration)|תוקף)?\s*:?\s*"
                           r"(?:0[1-9]|1[0-2])\s*/\s*(?:[0-9]{2}|20[0-9]{2})(?![0-9/])")


# What hands over a number as a whole, with no word for which: a clause ending in a colon ("Wij hebben ingevuld wat u op
# het formulier had gezet: ..."), "the number" alone ("they say the number ... isn't valid", "שהמספר ... לא תקין"), or
# a verb reading it off the form ("Op het formulier staat ...", "The form has ...", "בטופס כתוב ...").
_NUMBER_ALONE = re.compile(r"(?:[:]\s*|(?<!\w)(?i:the|het|le|ce)\s+(?i:number|nummer|num[ée]ro)\s*|"
                           r"(?<![\u05d0-\u05ea])ש?ה?מספר\s*|"
                           # read off the form: "Op het formulier staat 822178016.", "The form has ...", "כתוב ..."
                           r"(?<!\w)(?i:staat|stond|has|had|says|said|shows|reads|indique|porte|affiche|mentionne)\s*|"
                           # what the file has: "We have 304394249, is that what you gave us?", "רשום אצלנו ..."
                           r"(?<!\w)(?i:we|wij|we|nous)\s+(?i:have|hebben|avons)\s*|"
                           # what the company sent on: "We sent ... to the tax office", "on a envoyé ...", "שלחנו ..."
                           r"(?<!\w)(?i:we|wij|i|ik)\s+(?i:sent|submitted|entered|stuurden|gaven)\s*|"
                           r"(?<!\w)(?i:nous avons|on a|j['’]ai)\s+(?i:envoyé|transmis|indiqué)\s*|"
                           r"(?<![\u05d0-\u05ea])(?:רשום|כתוב|מופיע)(?:\s+(?:אצלנו|אצלי|לנו|בטופס|בקבלה))?\s*|"
                           r"(?<![\u05d0-\u05ea])(?:שלחנו|הגשנו|מילאנו|העברנו)\s*)$")


def misheard(text: str, id_said: str = "") -> Iterable[Finding]:
    """A card number after a card word ("pas", "kaart", "card"), however grouped ("49 70 10 12 ..."), whether Luhn
    holds or not; nine digits that fail both ID checks after an ID word ("numéro d'identité"); a number starting with
    0 a digit short or over given as a phone (``_given_as_phone``: "The best number is 07723 40918", "Bel me terug op
    06 41 87 29 3"); nine digits handed over as a whole (``_NUMBER_ALONE``) where ``id_said``, the ID this turn or
    one of the two before it names."""
    for run in DIGIT_RUN.finditer(text):
        if text[run.end():run.end() + 1].isalnum():
            continue
        groups = without_expiry(text, digit_groups(text, run))  # "... 5377 03/29": the card, not its expiry
        digits, end = "".join(text[a:b] for a, b in groups), groups[-1][1]
        label = label_before(text, run.start())
        purpose = _ID_FOR.search(text, max(0, run.start() - 60), run.start()) if label == "OTHER" else None
        if purpose and len(digits) == 9:  # "מספר זהות עבור הקבלה: ...", "BSN voor de aanvraag: ...": the ID, for it
            label = "BSN" if _BSN.match(purpose.group()) else "IL_ID"
        if label == "OTHER":
            continue
        phone_shaped = run.group().startswith("0") and 9 <= len(digits) <= 12 or bool(
            _NANP_START.match(run.group())) and len(digits) in (9, 11)
        if phone_shaped and _given_as_phone(text, run.start(), digits, label) or run.group().startswith("0") and len(
                digits) == 8 and _given_as_phone(text, run.start(), digits, label, short=True):
            yield Finding("PHONE", run.start(), run.end(), run.group(), digits)  # "The best number is 07723 40918"
        elif (digits[0] in "23456" or len(groups) == 4 and len(digits) == 16) and 13 <= len(digits) <= 19 and (
                _CARD.search(_clause_before(text, run.start())) or len(groups) in (1, 4) and len(digits) == 16 and
                (_CARD.search(text, max(0, run.start() - 80), run.start()) or _EXPIRY_AFTER.match(text, end))):
            # "op mijn creditcard. Nummer is 4305 ...", "betalen, met visa. 4711466832996055": sixteen digits in
            # fours or unbroken, the card a sentence before; with an expiry after them ("4609 4059 9892 3069 geldig
            # tot 09/28", "4170233850208511 09/27"), a card by its expiry
            yield Finding("CARD", run.start(), end, text[run.start():end], digits)  # in fours or in any groups; in
            # fours a mistyped first digit too ("כרטיס 7495 1730 1109 2588")
        elif len(digits) == 9:
            clause = _clause_before(text, run.start())
            named = label if label in ("BSN", "IL_ID", "ID") else "BSN" if _BSN.search(clause) else \
                "IL_ID" if _IL_ID.search(clause) else None
            if named is None and label is None and len(clause.split()) <= _HANDED_OVER and not re.search(
                    r"[0-9]", clause):  # "the ID number on your invoice is wrong. I gave it as 123484272.", "מספר
                # הזהות שלי לא תקין. אני מקריאה: 268858654.": the ID the sentence before spoke of, handed over
                before = text[max(0, run.start() - len(clause) - 120):run.start() - len(clause)]
                named = "BSN" if _BSN.search(before) else "IL_ID" if _IL_ID.search(before) else None
            if named is None and label is None and id_said and _NUMBER_ALONE.search(text, max(0, run.start() - 24),
                                                                                    run.start()):
                named = id_said  # "het fonds meldt dat het BSN niet bestaat. Wij hebben ingevuld wat u op het
                # formulier had gezet: 886997742.", "שהמספר 072105386 לא תקין" after "תעודת הזהות": the ID named
            if named:
                kind = "BSN" if named == "BSN" else "IL_ID"
                yield Finding(kind, run.start(), run.end(), run.group(), digits.zfill(9) if kind == "IL_ID" else digits)
