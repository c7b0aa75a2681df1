"""The coaching scorecard: a team lead's list of questions about a call, with suggested answers.

The template is a TOML file the team lead edits (``resources/scorecards/default.toml`` until a
``scorecard.toml`` in the config folder replaces it). Each criterion may name a built-in rule that
reads the recorded session and suggests an answer with its evidence ("Agent said 'Good morning' at
0:02"). A suggestion is only that: the trainer confirms or changes it, and ``Store.save_scorecard``
keeps what the trainer decided. ``None`` means "can't tell" or "not applicable"; such criteria do
not count towards the score, so a call without an objection is not marked down for not handling one.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copilot.config import paths
from copilot.errors import InputError
from copilot.record.session_record import Card, SessionRecord, Turn, clock
from copilot.text.documents import SETTINGS_LIMIT, read_bytes, toml_loads
from copilot.text.words import hebrew_stems, is_hebrew_word, tokenize

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_FIELDS = frozenset({"id", "label", "description", "weight", "prefill"})
USED = ("inserted", "edited")

GREETINGS = {
    "en": ["hello", "hi", "hey", "good morning", "good afternoon", "good evening", "welcome", "thank you for calling",
           "thanks for calling", "thank you for contacting", "thanks for contacting", "thank you for waiting"],
    "nl": ["goedemorgen", "goedemiddag", "goedenavond", "goedendag", "goeiedag", "hallo", "hoi", "dag", "welkom",
           "fijn dat u belt", "bedankt voor het wachten", "bedankt voor uw telefoontje"],
    "fr": ["bonjour", "bonsoir", "salut", "allô", "bienvenue", "merci de votre appel", "merci d'avoir appelé",
           "merci pour votre appel", "merci de votre patience"],
    "he": ["שלום", "בוקר טוב", "צהריים טובים", "ערב טוב", "היי", "אהלן", "ברוך הבא", "ברוכה הבאה", "תודה שפנית",
           "תודה שהתקשרת"],
}
IDENTITY_QUESTIONS = {
    "en": ["date of birth", "birth date", "postcode", "post code", "zip code", "customer number", "account number",
           "security question", "verify your identity", "confirm your identity", "security check"],
    "nl": ["geboortedatum", "postcode", "klantnummer", "contractnummer", "uw identiteit", "controlevraag",
           "beveiligingsvraag"],
    "fr": ["date de naissance", "code postal", "numéro client", "numéro de client", "vérifier votre identité",
           "confirmer votre identité", "question de sécurité"],
    "he": ["תאריך לידה", "תעודת זהות", "מספר לקוח", "מיקוד", "אימות זהות", "לאמת את הזהות", "שאלת אבטחה"],
}
EMPATHY = {
    "en": ["i understand", "i can understand", "i completely understand", "i'm sorry", "i am sorry", "sorry to hear",
           "so sorry", "i apologise", "i apologize", "my apologies", "i can imagine", "that must be", "i hear you",
           "that sounds frustrating"],
    "nl": ["dat begrijp ik", "ik begrijp", "begrijpelijk", "het spijt me", "sorry dat", "mijn excuses", "vervelend",
           "kan me voorstellen", "wat jammer", "dat is balen"],
    "fr": ["je comprends", "je vous comprends", "je suis désolé", "je suis désolée", "désolé", "désolée", "navré",
           "navrée", "je regrette", "toutes mes excuses", "j'imagine"],
    "he": ["אני מבין", "אני מבינה", "מבין אותך", "מבינה אותך", "מצטער", "מצטערת", "חבל לשמוע", "מתסכל",
           "אני שומע", "אני שומעת"],
}
IDENTITY_MARKS = ("identity", "verif", "security", "authent", "kyc", "id_check", "idcheck")
RESOLVED = frozenset("""resolved solved fixed done completed complete closed sale sold retained saved answered
                        fcr first_contact_resolution""".split())
UNRESOLVED = frozenset("""unresolved open escalated transferred callback call_back follow_up followup abandoned
                          dropped lost churned cancelled canceled pending complaint""".split())


class ScorecardError(InputError):
    """A scorecard template that cannot be used; the message names the file, criterion and field."""


@dataclass(slots=True)
class Criterion:
    id: str
    label: str
    description: str = ""
    weight: float = 1.0
    prefill: str | None = None  # the name of a built-in rule in RULES


@dataclass(slots=True)
class Template:
    criteria: list[Criterion]
    name: str = "Scorecard"
    source: str = "<memory>"

    def as_dict(self) -> dict[str, Any]:
        """What is stored beside the answers, so a scorecard reads the same after the template changes."""
        return {"name": self.name, "criteria": [
            {"id": c.id, "label": c.label, "description": c.description, "weight": c.weight, "prefill": c.prefill}
            for c in self.criteria]}


@dataclass(slots=True, frozen=True)
class Prefill:
    value: bool | None  # None: can't tell, or not applicable to this call
    evidence: str


# -- the template file --------------------------------------------------------------------------


def default_template_path() -> Path:
    return paths.resources_dir() / "scorecards" / "default.toml"


def user_template_path() -> Path:
    return paths.config_dir() / "scorecard.toml"


def load_template(path: str | Path | None = None) -> Template:
    """The given template, else the user's own, else the default; ``ScorecardError`` if malformed."""
    if path is None:
        path = user_template_path() if user_template_path().exists() else default_template_path()
    path = Path(path)
    try:
        data = toml_loads(read_bytes(path, SETTINGS_LIMIT).decode("utf-8"))
    except OSError as exc:
        raise ScorecardError(f"cannot read the scorecard template ({exc.strerror or exc})", source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ScorecardError("the file is not UTF-8 text", source=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ScorecardError(f"not valid TOML: {exc}", source=str(path)) from exc
    return parse_template(data, source=str(path))


def parse_template(data: Any, source: str = "<memory>") -> Template:
    """Check a template read from TOML, or stored beside answers by ``Template.as_dict``."""
    if not isinstance(data, Mapping):
        raise ScorecardError("the top level must be a table", source=source)
    header = data.get("scorecard", {})
    if not isinstance(header, Mapping):
        raise ScorecardError("[scorecard] must be a table", source=source)
    name = data.get("name", header.get("name", Path(source).stem if source != "<memory>" else "Scorecard"))
    raw = data.get("criterion", data.get("criteria"))
    if not isinstance(raw, list) or not raw:
        raise ScorecardError("no criteria: add at least one [[criterion]] table", source=source)
    criteria: list[Criterion] = []
    for number, item in enumerate(raw, 1):
        criterion = _parse_criterion(item, number, source)
        if any(c.id == criterion.id for c in criteria):
            raise ScorecardError(f"criterion '{criterion.id}' (#{number}): field 'id': the id is used twice",
                                 source=source)
        criteria.append(criterion)
    return Template(criteria, str(name), source)


def _parse_criterion(raw: Any, number: int, source: str) -> Criterion:
    label = f"criterion #{number}"

    def fail(name: str, message: str) -> ScorecardError:
        return ScorecardError(f"{label}: field '{name}': {message}", source=source)

    if not isinstance(raw, Mapping):
        raise ScorecardError(f"{label}: must be a table", source=source)
    ident = raw.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise fail("id", "required; letters, digits, '.', '_' and '-' only")
    label = f"criterion '{ident}' (#{number})"
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise fail(unknown[0], f"unknown field (known: {', '.join(sorted(_FIELDS))})")
    text = raw.get("label")
    if not isinstance(text, str) or not text.strip():
        raise fail("label", "required: the question as the trainer reads it")
    description = raw.get("description") or ""
    if not isinstance(description, str):
        raise fail("description", "must be text")
    weight = raw.get("weight", 1)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight < float("inf"):
        raise fail("weight", "must be a number, 0 or more")
    rule = raw.get("prefill") or None  # an editor's empty choice means "no rule"
    if rule is not None and rule not in RULES:
        raise fail("prefill", f"{rule!r} is not a built-in rule (known: {', '.join(RULES)})")
    return Criterion(ident, text.strip(), description.strip(), float(weight), rule)


def save_template(template: Template, path: str | Path) -> None:
    """Write the template as TOML the team lead can keep editing by hand."""
    path = Path(path)
    lines = ["[scorecard]", f"name = {_toml(template.name)}"]
    for c in template.criteria:
        lines += ["", "[[criterion]]", f"id = {_toml(c.id)}", f"label = {_toml(c.label)}"]
        if c.description:
            lines.append(f"description = {_toml(c.description)}")
        if c.weight != 1:
            lines.append(f"weight = {int(c.weight) if c.weight.is_integer() else c.weight}")
        if c.prefill:
            lines.append(f"prefill = {_toml(c.prefill)}")
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        raise ScorecardError(f"cannot save the scorecard template ({exc.strerror or exc})", source=str(path)) from exc


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


# -- scoring ------------------------------------------------------------------------------------


def score(answers: Mapping[str, Any], template: Template) -> float:
    """Weighted share of the answered criteria that were met, 0..1 (0.0 when none is answered).

    Answers are ``True``/``False``/``None`` (or a ``Prefill``); unanswered and ``None`` do not count.
    """
    met = total = 0.0
    for criterion in template.criteria:
        value = answers.get(criterion.id)
        if isinstance(value, Prefill):
            value = value.value
        elif isinstance(value, Mapping):
            value = value.get("value")
        if isinstance(value, bool):
            total += criterion.weight
            met += criterion.weight if value else 0.0
    return met / total if total else 0.0


def prefill(record: SessionRecord, template: Template) -> dict[str, Prefill]:
    """A suggested answer with its evidence for every criterion (``None`` where no rule applies)."""
    no_rule = Prefill(None, "No automatic suggestion: the trainer decides.")
    return {c.id: RULES[c.prefill](record) if c.prefill else no_rule for c in template.criteria}


# -- the rules ----------------------------------------------------------------------------------


_Compiled = dict[str, list[tuple[str, tuple[str, ...]]]]  # language -> (phrase as written, its words)


def _compile(lists: Mapping[str, list[str]]) -> _Compiled:
    return {lang: [(p, tokenize(p)) for p in phrases] for lang, phrases in lists.items()}


def _find(phrases: _Compiled, text: str, langs: Iterable[str] | None = None) -> tuple[str, str] | None:
    """(language, the phrase as the agent said it) for the first phrase found in ``text``, word by word."""
    tokens = tokenize(text)
    for lang in langs or phrases:
        for written, words in phrases.get(lang, []):
            for start in range(len(tokens) - len(words) + 1):
                if all(_same(tokens[start + k], w, first=k == 0) for k, w in enumerate(words)):
                    return lang, _quote(text, written)
    return None


def _same(token: str, word: str, first: bool) -> bool:
    return token == word or (first and is_hebrew_word(token) and word in hebrew_stems(token))


def _quote(text: str, written: str) -> str:
    """The phrase as it appears in the text ("Good morning"), or as written when spelt differently."""
    pattern = r"[\W_]+".join(re.escape(part) for part in written.split())
    match = re.search(pattern, text, re.IGNORECASE)
    return match.group(0) if match else written


_GREETINGS, _IDENTITY, _EMPATHY = (_compile(x) for x in (GREETINGS, IDENTITY_QUESTIONS, EMPATHY))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _agent_turns(record: SessionRecord) -> list[Turn]:
    return [t for t in record.turns if t.speaker == "agent"]


def _shown(record: SessionRecord, test: Callable[[Card], bool]) -> list[Card]:
    return sorted((c for c in record.cards.values() if c.offset is not None and test(c)), key=lambda c: c.offset or 0)


def _used(card: Card) -> bool:
    return card.decision is not None and card.decision.action in USED


def _said_themselves(card: Card) -> bool:
    return card.decision is not None and card.decision.action == "expired" and card.decision.reason == "done"


def _fate(card: Card) -> str:
    if card.decision is None:
        return f"'{card.title}' was still up"
    d = card.decision
    how = {"inserted": "used", "edited": "used (edited)", "discarded": "discarded", "expired": "left to expire"}
    return f"'{card.title}' {how.get(d.action, d.action)} at {clock(d.offset)}"


def _is_identity(card: Card) -> bool:
    where = f"{card.entry_id} {card.kind}".lower()
    return any(mark in where for mark in IDENTITY_MARKS)


def _languages(record: SessionRecord) -> list[str] | None:
    lang = (record.language or next((t.lang for t in record.turns if t.speaker == "customer" and t.lang), None)
            or "").split("-")[0]
    return [lang] if lang in GREETINGS else None


def _greeting(record: SessionRecord) -> Prefill:
    agent = _agent_turns(record)
    if not agent:
        return Prefill(None, "The agent said nothing in this recording.")
    first = agent[0]
    langs = _languages(record)
    found = _find(_GREETINGS, first.text, langs)
    if found:
        return Prefill(True, f"Agent said '{found[1]}' at {clock(first.offset)}")
    other = _find(_GREETINGS, first.text) if langs else None
    if other:
        return Prefill(False, f"Agent greeted with '{other[1]}' at {clock(first.offset)}, not in the customer's "
                              f"language ({other[0]} instead of {(langs or ['?'])[0]})")
    return Prefill(False, f"No greeting in the agent's first line at {clock(first.offset)}: "
                          f"'{_short(first.text)}'")


def _identity_check(record: SessionRecord) -> Prefill:
    cards = _shown(record, _is_identity)
    for card in cards:
        if _used(card):
            return Prefill(True, f"Card {_fate(card)}")
    for turn in _agent_turns(record):
        found = _find(_IDENTITY, turn.text)
        if found:
            return Prefill(True, f"Agent asked for '{found[1]}' at {clock(turn.offset)}")
    if cards:
        return Prefill(False, "Identity check suggested, not done: " + "; ".join(_fate(c) for c in cards))
    return Prefill(None, "No identity check came up in this call.")


def _objection_handled(record: SessionRecord) -> Prefill:
    cards = _shown(record, lambda c: c.kind == "objection")
    if not cards:
        return Prefill(None, "No objection card was shown.")
    used = [c for c in cards if _used(c)]
    if used:
        return Prefill(True, "; ".join(_fate(c) for c in used))
    if all(c.decision is not None for c in cards):
        return Prefill(False, f"{len(cards)} objection card(s), none used: " + "; ".join(_fate(c) for c in cards))
    return Prefill(None, "Objection cards were still up when the recording ended.")


def _upsell_offered(record: SessionRecord) -> Prefill:
    cards = _shown(record, lambda c: c.kind == "upsell")
    used = [c for c in cards if _used(c)]
    if used:
        return Prefill(True, "; ".join(_fate(c) for c in used))
    if cards:
        return Prefill(None, "Upsell shown but not made: " + "; ".join(_fate(c) for c in cards))
    return Prefill(None, "No offer fitted this customer.")


def _disclosure_given(record: SessionRecord) -> Prefill:
    """Every compliance reminder shown (identity checks apart) was said, from the card or unprompted."""
    cards = _shown(record, lambda c: c.kind == "compliance" and not _is_identity(c))
    if not cards:
        return Prefill(None, "No disclosure was due in this call.")
    missed = [c for c in cards if not (_used(c) or _said_themselves(c))]
    if missed:
        return Prefill(False, "Not given: " + "; ".join(_fate(c) for c in missed))
    return Prefill(True, "; ".join(_fate(c) if _used(c) else f"'{c.title}' said by the agent unprompted"
                                   for c in cards))


def _empathy(record: SessionRecord) -> Prefill:
    for turn in _agent_turns(record):
        found = _find(_EMPATHY, turn.text, _languages(record))
        if found:
            return Prefill(True, f"Agent said '{found[1]}' at {clock(turn.offset)}")
    card = next(iter(_shown(record, lambda c: "empathy" in c.entry_id and _used(c))), None)
    if card is not None:
        return Prefill(True, _fate(card))
    if not _agent_turns(record):
        return Prefill(None, "The agent said nothing in this recording.")
    return Prefill(False, "No words of empathy from the agent in this call.")


def _resolution(record: SessionRecord) -> Prefill:
    if not record.outcome:
        return Prefill(None, "No outcome was recorded for this call.")
    key = re.sub(r"[\s-]+", "_", record.outcome.strip().lower())
    if key in RESOLVED:
        return Prefill(True, f"Outcome recorded as '{record.outcome}'")
    if key in UNRESOLVED:
        return Prefill(False, f"Outcome recorded as '{record.outcome}'")
    return Prefill(None, f"Outcome '{record.outcome}': the trainer decides.")


RULES: dict[str, Callable[[SessionRecord], Prefill]] = {
    "greeting": _greeting,
    "identity_check": _identity_check,
    "objection_handled": _objection_handled,
    "upsell_offered": _upsell_offered,
    "disclosure_given": _disclosure_given,
    "empathy": _empathy,
    "resolution": _resolution,
}
