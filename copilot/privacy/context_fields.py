"""Which CRM fields may go to a language model: only those IT's settings name, never an identifier or a contact.

A draft needs the plan, the products, the contract's dates, the offer; it never needs the customer number, the
street, the phone, the e-mail or the date of birth, so those never leave, whatever the CRM calls them. Names
are matched on the dotted path the prompt shows ("customer.plan", "contract.end"); a pattern may end in "*"
("offer.*"). A field the settings name exactly is sent (redacted like any text, so a first name leaves as
"[NAME_1]"); under a wildcard, and always for the kinds above, a field whose own name looks personal is not.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable

# Identifiers, address parts, contact details, birth dates and account numbers: never sent, even when listed.
_NEVER = re.compile(r"(?:^|_)(?:id|no|nr|num|number|ref|reference|code)$|^(?:id|uuid|guid)|street|straat|rue|road|"
                    r"address|adres|house|huis|postcode|postal|zip|city|phone|mobile|tel|gsm|fax|portable|mail|"
                    r"courriel|birth|dob|geboorte|naissance|iban|account|rekening|compte|card|bsn|ssn|sofi|passport|"
                    r"zehut|national|identity|ip$", re.IGNORECASE)
# Personal in a person's record, harmless elsewhere ("offer.name"): sent only when the settings name it exactly.
_PERSONAL = re.compile(r"name|naam|nom|surname|initials|gender|geslacht|sexe|age$|leeftijd", re.IGNORECASE)


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()


def field_allowed(path: str, patterns: Iterable[str]) -> bool:
    """Whether the CRM field at ``path`` ("customer.plan") may be sent, given the whitelist ``patterns``."""
    leaf = _snake(path.rsplit(".", 1)[-1])
    if _NEVER.search(leaf):
        return False
    folded = path.casefold()
    exact = any(folded == pattern.casefold() for pattern in patterns)
    wildcard = any(fnmatch.fnmatchcase(folded, pattern.casefold()) for pattern in patterns if "*" in pattern)
    in_person = path.split(".", 1)[0].casefold() in ("customer", "klant", "client", "person", "contact")
    return exact or (wildcard and not (_PERSONAL.search(leaf) and in_person))
