"""Bank accounts as a call says them, and the company's own account, which is no one's personal data.

A transcriber writes a dictated IBAN as it was said: "N L eighty-one, A B N A, six six two oh, ...", "F R
soixante-seize, dix-sept dix-sept, ...", letters spelled one by one and commas wherever the customer paused.
Once the number words are digits (``spoken.read_numbers``) the characters are all there, only not in the groups
of four that ``detectors.ibans`` reads. ``spoken_ibans`` reads them in any grouping: the country's length must
come out exactly at a group's end, and the mod-97 check must hold unless the agent asked for the IBAN (a
misheard digit) or a word in front says it is one.

An agent who tells the customer where to pay ("transfer €91.40 to NL67 INGB ... in the name of Example
Telecom", "overschrijven naar BE50 ... met mededeling +++...+++", "sur le compte FR75 ..., au nom de Banque Aubrac")
gives the company's account: a look-alike the draft needs as it is. ``company_account`` says so
from the words around it; an account the customer gave, read back by the agent, or one a refund goes to, stays
personal. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.privacy.detectors import IBAN_LENGTHS, Finding, iban_valid
from copilot.privacy.recalled import CORRECTED

# Country letters said apart or together, then the check digits: "N L 81", "NL 57", "F R 76".
_START = re.compile(r"(?<![A-Za-z0-9])([A-Z])[ ]?([A-Z])[\s,.:;-]*(?=[0-9])")
_GROUP = re.compile(r"[A-Z]+|[0-9]+")
# The letters I and L as a Hebrew speaker says them, before the check digits: "אי אל 73".
_HEBREW_START = re.compile(r"(?<![\u05d0-\u05ea])(?:איי?|אַי)[ -]?אל[\s,.:;-]*(?=[0-9])")
# A group taken back as soon as it is said: "85... nee, 86", "708... non, 70".
_FIX = re.compile(rf"(?:{CORRECTED.pattern})[\s,.!…]*", re.IGNORECASE)
_BETWEEN = re.compile(r"[\s,.:;\-–…]{0,4}(?:(?i:eh|euh|uh|um|uhm|ehm|erm)[\s,.…]{1,4})?"  # "KNAB, eh... 5341"
                      r"(?:(?:(?i:en|and|et)\s+)?(?i:dan|daarna|then|puis|ensuite|après)|ו?אז|אחר כך|"
                      r"(?i:en|and|et)(?=\s+[0-9]))?"  # "NL... 36... BUNQ... en dan 3405...", "et puis", "ואז",
                      # "et 522"
                      r"[\s,.:;\-–…]{0,4}")
# What a speaker says between taking a group back and saying it again: "5542... nee, wacht, ik zie het niet goed,
# 5524": a few words, none a group (no capitals, no digits).
_UNTIL_AGAIN = re.compile(r"(?:[a-zà-ÿ\u05d0-\u05ea]{1,24}(?:['’][a-zà-ÿ]{1,24})?[\s,.!…:]{1,8}){0,8}?(?=[0-9A-Z])")
_CUE = re.compile(r"(?:iban|rekening\w*|compte|account|rib|חשבון)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
# Paying the company: a transfer to an account "in the name of" someone that is neither "me" nor "you", or to "our"
# account. A refund, or "my" or "your" account, is the customer's.
_PAY_TO = re.compile(r"(?:transfer|pay|send|overmaken|overschrijven|maak\w* (?:\S+ ){0,3}over|betaal|betalen|"
                     r"vir[eé][zr]?|virement|verse[zr]|payer|paiement|payment|betaling|תשלום|stort\w*|réglez|régler|להעביר|העבירו|תעבירו|לשלם|שלמו|להפקיד|ב?העברה)(?!\w)",
                     re.IGNORECASE)
_PAYEE = re.compile(r"(?:in the name of|ten name van|t\.n\.v\.?|au nom d['’e]\s*|על שם)\s*(?:[A-Z\u05d0-\u05ea]|"
                    r"(?:gemeente|municipality|council|ville|commune|stad|עיריית)\s)")
# What the customer quotes with a payment to the company: "met mededeling +++...+++", "with reference", "en indiquant le
# numéro de prêt", "עם מספר ההלוואה ... בהערות".
_REFERENCE = re.compile(r"(?<!\w)(?:mededeling|kenmerk|betalingskenmerk|o\.v\.v\.?|onder vermelding|reference|ref\.?|"
                        r"quoting|quote|communication|r[ée]f[ée]rence|libell[ée]|motif|en indiquant|בהערות|אסמכתא|"
                        r"עם מספר)(?!\w)", re.IGNORECASE)
# An amount sent to the account: "€465 naar", "112 € sur", "£40 to", "640 ₪ ל-".
_AMOUNT_TO = re.compile(r"(?:[€$£₪]\s*[0-9][0-9.,']*|[0-9][0-9.,' ]*\s*(?:[€$£₪]|eur\w*|chf))\s*(?:naar|op|to|into|sur|"
                        r"vers|à|על|ל-?)\s*$", re.IGNORECASE)
# The agent's answer to "can I pay by transfer?": "Yes, to NL.. with reference ..." (a reference must follow).
_JUST_TO = re.compile(r"\s*(?:(?:yes|yeah|sure|ja|zeker|oui|bien sûr|כן)[,!]?\s*)?(?:to|naar|op|sur|au|à|ל-?)\s*",
                      re.IGNORECASE)
_ACCOUNT_BEFORE = re.compile(r"(?<!\w)(?:account|rekening\w*|compte|[הלב]?חשבון)\W*$", re.IGNORECASE)
_OURS = re.compile(r"(?<!\w)(?:our|ons|onze|notre|nos|שלנו)\s+(?:\w+\s+){0,2}?(?:account|rekening\w*|iban|compte|"
                   r"bankrekening|חשבון)|(?:חשבון|החשבון)\s+(?:הבנק\s+)?שלנו", re.IGNORECASE)
_YOURS = re.compile(r"(?<!\w)(?:your|jullie|uw|votre|vos)\s+(?:\w+\s+)?(?:account|rekening\w*|iban|compte)"
                    r"(?:\s+\w+)?\s*:?\s*$|(?:לחשבון|החשבון|חשבון)\s+(?:הבנק\s+)?שלכם\s*:?\s*$", re.IGNORECASE)
# A refund, "my" or "your" account, or the company paying ("I'll transfer", "we maken ... over"): the customer's.
_SOMEONES = re.compile(r"(?<!\w)(?:refund\w*|terug\w*|rembours\w*|החזר\w*|להחזיר|זיכוי|my|mijn|mon|ma|mes|me|mij|moi|"
                       r"your|uw|votre|vos|\w*שלי|\w*שלך|\w*שלכם|לך|i|i['’]ll|we|we['’]ll|ik|wij|je|j['’]|nous|"
                       r"on|אני|אנחנו|נעביר|אעביר)(?!\w)", re.IGNORECASE)


def spoken_ibans(text: str, asked: frozenset[str]) -> Iterable[Finding]:
    """IBANs in ``text`` (number words already read as digits) whose characters are grouped any which way; a group
    corrected as it is said ("N L 85... nee, 86, T R I O, ...") counts once, as corrected."""
    starts = [(m, m.group(1) + m.group(2)) for m in _START.finditer(text)]
    starts += [(m, "IL") for m in _HEBREW_START.finditer(text)]  # "אי אל שבעים ושלוש, ..."
    for start, country in starts:
        length = IBAN_LENGTHS.get(country, 0)
        groups, count, position, end = [country], 2, start.end(), start.end()
        fixed = 0  # the group a correction took back, in part ("7443708... non, 7082") or whole ("85... nee, 86")
        while length and count < length + (len(groups[fixed]) if fixed else 0):
            group = _GROUP.match(text, position)
            fix = _FIX.match(text, end) if len(groups) > 1 and not fixed else None
            until = _UNTIL_AGAIN.match(text, fix.end()) if fix else None
            again = _GROUP.match(text, until.end()) if until else None
            if again and again.group().isdigit() == groups[-1].isdigit():
                fixed, group = len(groups) - 1, again
            elif not group:
                break
            groups.append(group.group())
            count, end = count + len(group.group()), group.end()
            position = _BETWEEN.match(text, end).end()  # type: ignore[union-attr]  # matches the empty string too
        if fixed and 0 < count - length <= len(groups[fixed]):  # as many of its last characters as were said again
            groups[fixed], count = groups[fixed][:len(groups[fixed]) - (count - length)], length
        compact = "".join(groups)
        if length and 8 <= count < length and compact[2:4].isdigit() and "IBAN" in asked and re.fullmatch(
                r"[\s.,…-]*", text[end:]):
            yield Finding("IBAN", start.start(), end, text[start.start():end], compact)
            continue  # "N L eighteen, R-A-B-O, zero seven..." as the turn ends, asked for: the rest comes next
        if not length or count != length or not compact[2:4].isdigit() or text[end:end + 1].isalnum():
            continue
        if iban_valid(compact) or "IBAN" in asked or _CUE.search(text, max(0, start.start() - 40), start.start()):
            yield Finding("IBAN", start.start(), end, text[start.start():end], compact)


def company_account(text: str, finding: Finding, known: frozenset[str], agent: bool) -> bool:
    """An IBAN that is where the customer pays the company: in an agent's turn "transfer €91.40 to NL67 INGB ...
    in the name of Example Telecom", "ons rekeningnummer is ..."; in the customer's "your account NL67 ...".
    Not one the customer gave, or is refunded on."""
    if finding.key in known:
        return False
    sentence = re.split(r"[.!?;]\s", text[max(0, finding.start - 80):finding.start])[-1]
    if not agent:
        return bool(_YOURS.search(sentence))
    after = re.split(r"(?<!\W\w)[.!?;]\s", text[finding.end:finding.end + 60].split("\n")[0])[0]  # not at "t.n.v."
    if _OURS.search(sentence):
        return True
    around = sentence + " " + after
    named = _PAYEE.search(around) or _REFERENCE.search(around)  # a payee, or the reference to quote
    return bool(named and (_PAY_TO.search(sentence) or _AMOUNT_TO.search(sentence) or _JUST_TO.fullmatch(sentence) or
                           _PAYEE.search(around) and _ACCOUNT_BEFORE.search(sentence))
                and not _SOMEONES.search(around))
