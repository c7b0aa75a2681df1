"""The wrap-up of one call as the agent reviews it: a frozen value with a note to paste and fields for a CRM.

``as_text`` is the note an agent pastes into the CRM, its headings in the customer's language (or the one
asked for); ``as_fields`` is the same content as JSON-able fields for an integrated CRM, the WebSocket event
and the record. Both say whether AI-drafted text reached the customer, and an AI-written draft says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

DraftedBy = Literal["local", "ai"]
MOODS = ("positive", "neutral", "negative")

_HEADINGS: dict[str, dict[str, str]] = {
    "en": {"reason": "Reason for contact", "actions": "Done / agreed", "follow_ups": "Follow-up",
           "dispositions": "Disposition", "mood": "Customer mood", "ai": "AI-drafted text reached the customer",
           "yes": "yes", "no": "no", "start": "start", "end": "end", "none": "none", "unknown": "unknown",
           "positive": "positive", "neutral": "neutral", "negative": "negative", "by_ai": "Drafted by AI",
           "due": "due"},
    "nl": {"reason": "Reden van contact", "actions": "Gedaan / afgesproken", "follow_ups": "Opvolging",
           "dispositions": "Afhandelcode", "mood": "Stemming klant", "ai": "AI-tekst naar de klant gegaan",
           "yes": "ja", "no": "nee", "start": "begin", "end": "eind", "none": "geen", "unknown": "onbekend",
           "positive": "positief", "neutral": "neutraal", "negative": "negatief", "by_ai": "Opgesteld door AI",
           "due": "uiterlijk"},
    "fr": {"reason": "Motif du contact", "actions": "Fait / convenu", "follow_ups": "Suivi",
           "dispositions": "Code de clôture", "mood": "Humeur du client", "ai": "Texte rédigé par IA envoyé au client",
           "yes": "oui", "no": "non", "start": "début", "end": "fin", "none": "aucun", "unknown": "inconnue",
           "positive": "positive", "neutral": "neutre", "negative": "négative", "by_ai": "Rédigé par IA",
           "due": "échéance"},
    "he": {"reason": "סיבת הפנייה", "actions": "מה נעשה / סוכם", "follow_ups": "המשך טיפול",
           "dispositions": "קוד סיום", "mood": "מצב רוח הלקוח", "ai": "טקסט שנוסח בבינה מלאכותית הגיע ללקוח",
           "yes": "כן", "no": "לא", "start": "התחלה", "end": "סוף", "none": "אין", "unknown": "לא ידוע",
           "positive": "חיובי", "neutral": "ניטרלי", "negative": "שלילי", "by_ai": "נוסח בבינה מלאכותית",
           "due": "עד"},
}


def headings(lang: str | None) -> dict[str, str]:
    """The note's words in ``lang`` (English for a language we have none for)."""
    return _HEADINGS.get((lang or "en").split("-")[0].lower(), _HEADINGS["en"])


@dataclass(frozen=True, slots=True)
class FollowUp:
    """Something to do after the call, and by when when the call said so."""

    text: str
    due: date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "due": self.due.isoformat() if self.due else None}


@dataclass(frozen=True, slots=True)
class DispositionChoice:
    """A code chosen for the call, its label in the customer's language, and how sure the choice is (0..1)."""

    code: str
    label: str
    confidence: float
    matched: tuple[str, ...] = ()  # the call's words that led to it, most telling first

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "confidence": round(self.confidence, 3)}


@dataclass(frozen=True, slots=True)
class WrapupDraft:
    reason: str
    actions: tuple[str, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    dispositions: tuple[DispositionChoice, ...] = ()
    mood_start: str | None = None  # positive, neutral or negative; None when the customer said nothing
    mood_end: str | None = None
    ai_text_reached_customer: bool = False
    language: str = "en"
    drafted_by: DraftedBy = "local"
    fallback_reason: str | None = None  # why an AI draft was asked for and the local one is given instead
    turns: int = 0  # utterances the draft was made from

    @property
    def summary(self) -> str:
        """The reason and what was done, as running text: what summary metrics compare."""
        return " ".join(part for part in (self.reason, *self.actions) if part)

    def as_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "reason": self.reason,
            "actions": list(self.actions),
            "follow_ups": [f.as_dict() for f in self.follow_ups],
            "dispositions": [d.as_dict() for d in self.dispositions],
            "mood_start": self.mood_start,
            "mood_end": self.mood_end,
            "ai_text_reached_customer": self.ai_text_reached_customer,
            "language": self.language,
            "drafted_by": self.drafted_by,
        }
        if self.fallback_reason:
            fields["fallback_reason"] = self.fallback_reason
        return fields

    def as_text(self, lang: str | None = None) -> str:
        """The note to paste into the CRM, headed in ``lang`` (default: the customer's language)."""
        words = headings(lang or self.language)
        lines = [f"{words['reason']}: {self.reason or words['unknown']}"]
        if self.actions:
            lines.append(f"{words['actions']}:")
            lines += [f"- {action}" for action in self.actions]
        if self.follow_ups:
            lines.append(f"{words['follow_ups']}:")
            lines += [f"- {f.text}" + (f" ({words['due']} {f.due.isoformat()})" if f.due else "")
                      for f in self.follow_ups]
        codes = ", ".join(f"{d.label} ({d.code})" for d in self.dispositions) or words["none"]
        lines.append(f"{words['dispositions']}: {codes}")
        start, end = (words.get(m or "unknown", m or "") for m in (self.mood_start, self.mood_end))
        lines.append(f"{words['mood']}: {words['start']} {start}, {words['end']} {end}")
        lines.append(f"{words['ai']}: {words['yes'] if self.ai_text_reached_customer else words['no']}")
        if self.drafted_by == "ai":
            lines.append(f"({words['by_ai']})")
        return "\n".join(lines)
