"""The company's own phone line as the agent gives it: no one's personal data.

"Bel ons gerust op 020 794 1150", "Le service adhérents est au 09 70 81 44 20", "ring our claims line on
0161 496 0123", "במוקד 03-6123456": an agent who tells the customer where to call gives the company's number,
which the draft needs as it is. Free and shared-cost lines (0800, 0900, 1-800) are the company's whoever says them
(``detectors.service_line``); an ordinary number is the company's only when the agent says so, and never when it is
the number the company calls the customer on ("we bellen u terug op 06 ..."), nor one the customer gave.
Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from copilot.privacy.detectors import Finding

# Calling the company: "bel ons", "call us", "appelez-nous", "חייגו אלינו", or a line, desk or service of the company
# that "is at", "is op", "est au" the number.
_CALL_US = re.compile(
    r"(?<!\w)(?:bel|bellen|call|ring|phone|contact\w*|appel\w*|joindre|joignable|reach|bereik\w*|התקשרו|חייגו|פנו)"
    r"\s+(?:\w+\s+){0,2}?(?:ons|us|nous|אלינו)(?!\w)|"
    r"(?<!\w)(?:ons|onze|our|notre|nos)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:lijn|nummer|line|number|ligne|num[ée]ro|team|desk|"
    r"service|afdeling|department|centrale|standaa?rd)(?!\w)|"
    r"(?<!\w)(?:service|servicedesk|klantenservice|helpdesk|helpline|hotline|afdeling|department|centrale|standaa?rd|"
    r"switchboard|accueil|[\w-]*lijn|[\w-]*line|ligne)(?:\s+[\w'-]+){0,2}\s+(?:est|is|zijn|sont|op|au|on|at)(?:\s+\w+)?"
    r"\s*:?\s*$|"
    r"(?<![\u05d0-\u05ea])[בלה]?(?:מוקד|שירות הלקוחות)|התקשרו|חייגו|"
    r"(?<!\w)(?:standard|standaard|switchboard|accueil|hotline|helpline|klantenservice|service client)\s*:\s*$|"
    # Calling a team of the company's by its name: "Appelez l'assistance au", "Bel de storingsdienst op", "call the
    # helpdesk on", "להתקשר לתמיכה הטכנית ב-".
    r"(?<!\w)(?:appelez|contactez|joignez|bel|call|ring|phone|contact|להתקשר|התקשרו|חייגו|פנו)\s+"
    r"(?:l['’]|le\s|la\s|les\s|de\s|het\s|the\s)?\s*(?!(?:u|you|your|uw|je|jouw|vous|votre|vos|ton|ta|me|mij|moi|him|her|hem|haar|lui|elle|אלי\w*|אות\w*)\b)[\w'-]+"
    r"(?:\s+[\w'-]+){0,2}\s+(?:au|à|op|on|at|via|ב-?|במספר)\s*:?\s*$|"
    # The number straight after the verb: "appelez le 021 310 44 00", "bel 020 ...", "call 0161 ...", "חייגו 03-...".
    r"(?<!\w)(?:appelez|composez|téléphonez|bel|belt|call|ring|dial|phone|חייגו|התקשרו)\s+(?:le\s+|het\s+|the\s+)?"
    r"(?:(?:num[ée]ro|nummer|number|מספר)\s+)?:?\s*$",
    re.IGNORECASE)
# The company calling the customer: "we bellen u op", "we'll call you on", "on vous rappelle au", "נחזור אליך".
_CALLS_YOU = re.compile(r"(?<!\w)(?:u|you|vous|je|jou|te|toi|uw|your|votre|ton|ta)(?!\w)|אליך|אלייך|אותך|שלך",
                        re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?;]\s")


def company_line(text: str, finding: Finding, given: Mapping[str, str]) -> bool:
    """A phone number in an agent's turn that is where the customer calls the company, not one the call gave."""
    if finding.kind != "PHONE" or finding.key.lstrip("0") in given:
        return False
    before = _SENTENCE.split(text[max(0, finding.start - 90):finding.start])[-1]
    cue = next(reversed(list(_CALL_US.finditer(before))), None)
    return bool(cue and not _CALLS_YOU.search(before, cue.end()))
