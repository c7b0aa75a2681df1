"""Personal data out of a recorded session: its CRM context field by field, and everything said and written.

One vault for the whole session, so "[NAME_1]" is the same person in every turn, card and note. The
customer's own values that no detector recognises (a customer number) are taken from the CRM context first
and hidden wherever they are repeated; the turns are read as a conversation, as for AI drafts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from copilot.privacy.redaction import RedactionSession, Turn, names_from_context

# Customer fields that are the person: replaced whole even where no detector recognises the value.
_PERSONAL_KEY = re.compile(r"name|mail|phone|mobile|tel|address|street|house|postcode|zip|city|birth|dob|iban|"
                           r"account|bsn|ssn|passport|vat|(?:^|_)(?:id|no|nr|num|number|ref)$", re.IGNORECASE)


_ID_KEY = re.compile(r"(?:^|_)(?:id|no|nr|num|number|ref)$")


def personal_key(key: str, customer: bool = True) -> bool:
    """``customerId``, ``customer_no``, ``emailAddress`` (camelCase read as snake_case). Inside the
    customer record every personal-looking field counts; elsewhere in the context only identifiers
    (``caseId``, ``ticket_no``) do, so an offer's ``name`` stays readable."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()
    return bool((_PERSONAL_KEY if customer else _ID_KEY).search(snake))


class Scrubber:
    """One vault for the whole session, plus the customer's own values no detector would recognise
    (a street, a customer number): taken from the CRM context, hidden wherever they are repeated."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.vault = RedactionSession(names_from_context(context))
        self.known: dict[str, str] = {}  # casefolded value -> placeholder
        self._pattern: re.Pattern[str] | None = None

    def text(self, value: Any) -> Any:
        """Every string inside ``value`` redacted; numbers and flags stay."""
        if isinstance(value, str):
            return self.vault.redact(self._known_values(value)).text
        if isinstance(value, list):
            return [self.text(v) for v in value]
        if isinstance(value, dict):
            return {k: self.text(v) for k, v in value.items()}
        return value

    def turns(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """What was said, each turn in its conversation: the question it answers, the segments before and
        after it (the whole call is known, so the first piece of a dictated number goes too)."""
        said = [Turn(str(row.get("speaker") or "customer"), self._known_values(str(row.get("text") or "")))
                for row in rows]
        redacted = self.vault.redact_conversation(said, lookahead=True)
        return [{**row, "text": turn.text} for row, turn in zip(rows, redacted, strict=True)]

    def next_turn(self, turns: list[Turn], found: list[frozenset[str]], speaker: str, text: str) -> str:
        """The newest turn of a call still running, redacted knowing only the turns before it (a live view cannot
        wait for the rest of the call); ``turns`` and ``found`` are the call's, kept by the caller and extended."""
        from copilot.privacy.context import turn_context

        turns.append(Turn(speaker, self._known_values(text)))
        index = len(turns) - 1
        redacted = self.vault.redact(turns[index].text, turn_context(turns, index, found, lookahead=False))
        found.append(frozenset(f.kind for f in redacted.findings))
        return redacted.text

    def _known_values(self, value: str) -> str:
        if self._pattern is None:
            return value
        return self._pattern.sub(lambda m: self.known.get(m.group().casefold(), "[REDACTED]"), value)

    def personal(self, key: str, value: Any) -> Any:
        """A field that is the person: what the detectors miss becomes ``[KEY]``."""
        if isinstance(value, dict):
            return {k: self.personal(k, v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.personal(key, v) for v in value]
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return value
        original = str(value)
        if original.casefold() in self.known:
            return self.known[original.casefold()]
        redacted = self.vault.redact(original).text
        if redacted != original:
            return redacted
        placeholder = f"[{re.sub(r'[^A-Za-z0-9]+', '_', key).strip('_').upper() or 'REDACTED'}]"
        if len(original.strip()) >= 3:
            self.known[original.casefold()] = placeholder
            if "name" in key.casefold():  # "Pieter Post": "Pieter" alone, in a greeting, is the person too
                for part in re.findall(r"\w{3,}", original):
                    self.known.setdefault(part.casefold(), placeholder)
            words = sorted(self.known, key=len, reverse=True)
            self._pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words), re.IGNORECASE)
        return placeholder

    def learn(self, value: Any, key: str = "", customer: bool = False) -> None:
        """First pass over the context: every personal field's value, at any depth and in any order, is
        known before any text is redacted (a note before the address it repeats is caught too)."""
        if isinstance(value, dict):
            for k, v in value.items():
                self.learn(v, k, customer or k == "customer")
        elif isinstance(value, list):
            for v in value:
                self.learn(v, key, customer)
        elif key and personal_key(key, customer):
            self.personal(key, value)

    def context(self, value: Any, key: str = "", customer: bool = False) -> Any:
        """Second pass: personal fields become their placeholders, everything else is redacted text."""
        if isinstance(value, dict):
            return {k: self.context(v, k, customer or k == "customer") for k, v in value.items()}
        if isinstance(value, list):
            return [self.context(v, key, customer) for v in value]
        return self.personal(key, value) if key and personal_key(key, customer) else self.text(value)
