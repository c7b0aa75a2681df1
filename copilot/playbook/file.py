"""Loading and checking a playbook file (TOML or JSON, schema in docs/playbook.md).

A team lead edits this file by hand, so every mistake is reported with the file, the line, the entry and the
field, and nothing half-loaded is ever used. An entry may carry a guidance experiment (a second wording tried on
some agents or calls), checked here like any other field (``copilot.playbook.experiments``).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copilot.errors import InputError
from copilot.model import Kind
from copilot.playbook import templates
from copilot.playbook.experiments import Experiment, parse_experiment
from copilot.playbook.matching import Phrase, compile_phrase
from copilot.ranking import PRIORITY
from copilot.text.documents import PLAYBOOK_LIMIT, json_loads, read_bytes, toml_loads
from copilot.text.i18n import translate

PLAYBOOK_KINDS = (Kind.REPLY, Kind.OBJECTION, Kind.UPSELL, Kind.COMPLIANCE, Kind.ESCALATION)
DEFAULT_PRIORITY = PRIORITY  # an entry without a priority of its own takes its kind's (copilot.ranking)
DEFAULT_COOLDOWN = 8
PROTECTED_ATTRIBUTES = frozenset(
    """age birth_date birthdate date_of_birth dob birth_year gender sex ethnicity ethnic_origin race
    nationality religion faith belief disability health medical sexual_orientation orientation
    pregnancy pregnant marital_status""".split()
)
_ENTRY_FIELDS = frozenset(
    """id kind title text triggers priority speaker cooldown once on_start unless_agent_said
    unless_agent_just_said after_agent_said unless yields_to channels alone when policy experiment""".split()
)
# The channels a conversation can come in by, as the live sources name them (``copilot.live.protocol``).
CHANNELS = ("phone", "chat", "whatsapp", "email")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


class PlaybookError(InputError):
    """A playbook file that cannot be used, with the place of the mistake in the message.

    ``entry`` (its number, from 1) and ``field`` say where a mistake in an entry is, so the loader can add the
    line of a TOML file, which the parsed data no longer knows."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 entry: int | None = None, field: str | None = None) -> None:
        super().__init__(message, source=source, line=line)
        self.detail, self.entry, self.field = message, entry, field


@dataclass(frozen=True, slots=True)
class Condition:
    path: str
    allowed: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    has: Any = None
    lacks: Any = None


@dataclass(slots=True)
class Entry:
    id: str
    kind: Kind
    title: dict[str, str]
    text: dict[str, str]
    triggers: dict[str, list[str]] = field(default_factory=dict)
    priority: int = 50
    speaker: str = "customer"
    cooldown: int = DEFAULT_COOLDOWN
    once: bool = False
    on_start: bool = False
    unless_agent_said: dict[str, list[str]] = field(default_factory=dict)
    unless_agent_just_said: dict[str, list[str]] = field(default_factory=dict)
    # Only once the agent has said one of these ("not interested" answers an offer the agent made).
    after_agent_said: dict[str, list[str]] = field(default_factory=dict)
    unless: dict[str, list[str]] = field(default_factory=dict)
    yields_to: tuple[str, ...] = ()  # entries whose triggers in the same line mean another request
    channels: tuple[str, ...] = ()  # empty: every channel
    alone: bool = False  # only when the line says little besides the trigger ("Hello!", not "Hello, I need ...")
    # Compiled once while loading (checking a phrase and indexing it need the same work).
    trigger_phrases: list[Phrase] = field(default_factory=list, repr=False)
    done_phrases: list[Phrase] = field(default_factory=list, repr=False)
    just_done_phrases: list[Phrase] = field(default_factory=list, repr=False)
    after_phrases: list[Phrase] = field(default_factory=list, repr=False)
    unless_phrases: list[Phrase] = field(default_factory=list, repr=False)
    when: tuple[Condition, ...] = ()
    policy: str | None = None
    experiment: Experiment | None = None  # a second wording on trial (arm B); the entry as written is arm A


@dataclass(slots=True)
class Playbook:
    name: str
    version: int | str
    default_language: str
    entries: list[Entry]
    source: str = "<memory>"

    @property
    def languages(self) -> set[str]:
        return {lang for entry in self.entries for lang in entry.text}

    @property
    def experiments(self) -> list[Experiment]:
        """The guidance experiments of this playbook, in the order of their entries."""
        return [entry.experiment for entry in self.entries if entry.experiment is not None]

    @property
    def policy_flags(self) -> set[str]:
        """The policy flags some entry waits for (``policy = "ai_disclosure"``)."""
        return {entry.policy for entry in self.entries if entry.policy}


def load_playbook(path: str | Path) -> Playbook:
    """Read and check a playbook; raise ``PlaybookError`` naming file, entry and field."""
    path = Path(path)
    try:
        raw_bytes = read_bytes(path, PLAYBOOK_LIMIT)
    except OSError as exc:
        raise PlaybookError(translate("Playbook", "cannot read the playbook ({reason})").format(
            reason=exc.strerror or exc), source=str(path)) from exc
    try:
        if path.suffix.lower() == ".json":
            data = json_loads(raw_bytes.decode("utf-8"))
        else:
            data = toml_loads(raw_bytes.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PlaybookError(translate("Playbook", "the file is not UTF-8 text"), source=str(path)) from exc
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise PlaybookError(translate("Playbook", "not valid {format}: {reason}").format(
            format="JSON" if path.suffix.lower() == ".json" else "TOML", reason=exc), source=str(path)) from exc
    try:
        return parse_playbook(data, source=str(path))
    except PlaybookError as exc:
        line = None
        if exc.line is None and exc.entry is not None and path.suffix.lower() != ".json":
            line = line_of(raw_bytes.decode("utf-8"), exc.entry, exc.field or "")
        if line is None:
            raise
        raise PlaybookError(exc.detail, source=str(path), line=line, entry=exc.entry, field=exc.field) from None


_ENTRY_HEADER = re.compile(r"^\s*\[\[\s*(?:entry|entries)\s*\]\]")
_SUB_TABLE = re.compile(r"^\s*\[\s*(?:entry|entries)\s*\.([^\]]+)\]")


def line_of(text: str, entry: int, field_name: str) -> int | None:
    """The line of a TOML playbook where entry number ``entry`` sets ``field_name`` (``text.en``,
    ``experiment.split``), else where the entry begins: the place a team lead's editor should jump to."""
    lines = text.splitlines()
    headers = [number for number, line in enumerate(lines) if _ENTRY_HEADER.match(line)]
    if not 0 < entry <= len(headers):
        return None
    begin = headers[entry - 1]
    end = headers[entry] if entry < len(headers) else len(lines)
    table, near = "", None
    for number in range(begin + 1, end):
        line = lines[number]
        header = _SUB_TABLE.match(line)
        if header:
            table = _dotted(header.group(1)) + "."
            if field_name == table[:-1] or field_name.startswith(table):
                near = near or number + 1
            continue
        if "=" not in line or line.lstrip().startswith("#"):
            continue
        key = table + _dotted(line.split("=", 1)[0])
        if key == field_name:
            return number + 1
        if field_name.startswith(key + ".") or key.startswith(field_name + "."):
            near = near or number + 1
    return near or begin + 1


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.strip().split("."))


def parse_playbook(data: Any, source: str = "<memory>") -> Playbook:
    if not isinstance(data, Mapping):
        raise PlaybookError(translate("Playbook", "the top level must be a table"), source=source)
    header = data.get("playbook", {})
    if not isinstance(header, Mapping):
        raise PlaybookError(translate("Playbook", "[playbook] must be a table"), source=source)
    default_language = header.get("default_language", "en")
    if not isinstance(default_language, str) or not _LANG.match(default_language):
        raise PlaybookError(translate("Playbook", "[playbook] default_language {value} is not a language code").format(
            value=repr(default_language)), source=source)
    raw_entries = data.get("entry", data.get("entries"))
    if not isinstance(raw_entries, list) or not raw_entries:
        raise PlaybookError(translate("Playbook", "no entries: add at least one [[entry]] table"), source=source)
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_entries, 1):
        entry = _parse_entry(raw, number, source)
        if entry.id in seen:
            raise PlaybookError(f"entry '{entry.id}' (#{number}): field 'id': the id is used twice",
                                source=source, entry=number, field="id")
        seen.add(entry.id)
        entries.append(entry)
    for number, entry in enumerate(entries, 1):
        for other in entry.yields_to:
            if other not in seen or other == entry.id:
                problem = "an entry cannot yield to itself" if other == entry.id else "no entry has this id"
                raise PlaybookError(f"entry '{entry.id}' (#{number}): field 'yields_to': {other!r}: {problem}",
                                    source=source, entry=number, field="yields_to")
    named: dict[str, str] = {}
    for number, entry in enumerate(entries, 1):
        if entry.experiment is not None:
            other = named.setdefault(entry.experiment.name, entry.id)
            if other != entry.id:
                raise PlaybookError(f"entry '{entry.id}' (#{number}): field 'experiment.name': "
                                    f"{entry.experiment.name!r} is already the experiment of entry '{other}'",
                                    source=source, entry=number, field="experiment.name")
    return Playbook(
        name=str(header.get("name", Path(source).stem)),
        version=header.get("version", 1),
        default_language=default_language,
        entries=entries,
        source=source,
    )


def _parse_entry(raw: Any, number: int, source: str) -> Entry:
    label = f"entry #{number}"

    def fail(field_name: str, message: str) -> PlaybookError:
        return PlaybookError(f"{label}: field '{field_name}': {message}", source=source, entry=number,
                             field=field_name)

    if not isinstance(raw, Mapping):
        raise PlaybookError(f"{label}: must be a table", source=source, entry=number)
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise fail("id", "required; letters, digits, '.', '_' and '-' only")
    label = f"entry '{entry_id}' (#{number})"
    unknown = sorted(set(raw) - _ENTRY_FIELDS)
    if unknown:
        raise fail(unknown[0], f"unknown field (known: {', '.join(sorted(_ENTRY_FIELDS))})")
    try:
        kind = Kind(str(raw.get("kind")))
        if kind not in PLAYBOOK_KINDS:
            raise ValueError
    except ValueError:
        raise fail("kind", f"{raw.get('kind')!r} is not one of {', '.join(PLAYBOOK_KINDS)}") from None

    title = _texts(raw, "title", fail)
    text = _texts(raw, "text", fail)

    def check_text(where: str, template: str) -> None:
        try:
            templates.check(template)
        except templates.TemplateError as exc:
            raise fail(where, str(exc)) from None

    for lang, template in text.items():
        check_text(f"text.{lang}", template)
    experiment = None
    if "experiment" in raw:
        experiment = parse_experiment(raw["experiment"], entry_id, text, title, fail, check_text)
    on_start = _bool(raw, "on_start", fail)
    triggers, trigger_phrases = _phrase_lists(raw, "triggers", fail, entry_id)
    if not triggers and not on_start:
        raise fail("triggers", "required (phrases per language), unless on_start = true")
    priority = raw.get("priority", DEFAULT_PRIORITY[kind])
    if not isinstance(priority, int) or isinstance(priority, bool) or not 0 <= priority <= 100:
        raise fail("priority", "must be a whole number from 0 to 100")
    speaker = raw.get("speaker", "customer")
    if speaker not in ("customer", "agent", "any"):
        raise fail("speaker", f"{speaker!r} is not one of customer, agent, any")
    cooldown = raw.get("cooldown", DEFAULT_COOLDOWN)
    if not isinstance(cooldown, int) or isinstance(cooldown, bool) or cooldown < 0:
        raise fail("cooldown", "must be a whole number of utterances, 0 or more")
    unless_agent_said, done_phrases = _phrase_lists(raw, "unless_agent_said", fail, entry_id)
    unless_agent_just_said, just_done_phrases = _phrase_lists(raw, "unless_agent_just_said", fail, entry_id)
    after_agent_said, after_phrases = _phrase_lists(raw, "after_agent_said", fail, entry_id)
    if after_agent_said and not any(after_agent_said.values()):
        raise fail("after_agent_said", "has no phrases: leave the field out instead")
    unless, unless_phrases = _phrase_lists(raw, "unless", fail, entry_id)
    policy = raw.get("policy")
    if policy is not None and not isinstance(policy, str):
        raise fail("policy", "must be the name of a policy flag")
    return Entry(
        id=entry_id,
        kind=kind,
        title=title,
        text=text,
        triggers=triggers,
        priority=priority,
        speaker=speaker,
        cooldown=cooldown,
        once=_bool(raw, "once", fail),
        on_start=on_start,
        unless_agent_said=unless_agent_said,
        unless_agent_just_said=unless_agent_just_said,
        after_agent_said=after_agent_said,
        unless=unless,
        yields_to=_names(raw, "yields_to", fail, None),
        channels=_names(raw, "channels", fail, CHANNELS),
        alone=_bool(raw, "alone", fail),
        trigger_phrases=trigger_phrases,
        done_phrases=done_phrases,
        just_done_phrases=just_done_phrases,
        after_phrases=after_phrases,
        unless_phrases=unless_phrases,
        when=_conditions(raw.get("when", {}), fail),
        policy=policy,
        experiment=experiment,
    )


def _bool(raw: Mapping[str, Any], name: str, fail: Any) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise fail(name, "must be true or false")
    return value


def _names(raw: Mapping[str, Any], name: str, fail: Any, allowed: tuple[str, ...] | None) -> tuple[str, ...]:
    """A list of names (channels, entry ids); ``allowed`` lists the only ones that may be given."""
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(name, f"must be a list of names, e.g. {name} = [\"{(allowed or ('objection.price',))[0]}\"]")
    if name in raw and not value:
        raise fail(name, "is empty: leave the field out instead")
    for item in value:
        if allowed is not None and item not in allowed:
            raise fail(name, f"{item!r} is not one of {', '.join(allowed)}")
    return tuple(dict.fromkeys(value))


def _texts(raw: Mapping[str, Any], name: str, fail: Any) -> dict[str, str]:
    value = raw.get(name)
    if not isinstance(value, Mapping) or not value:
        raise fail(name, f"required: a text per language, e.g. {name}.en = \"...\"")
    for lang, text in value.items():
        if not _LANG.match(lang):
            raise fail(f"{name}.{lang}", "not a language code such as en, nl, fr, he")
        if not isinstance(text, str) or not text.strip():
            raise fail(f"{name}.{lang}", "must be non-empty text")
    return {lang: text.strip() for lang, text in value.items()}


def _phrase_lists(raw: Mapping[str, Any], name: str, fail: Any,
                  owner: str) -> tuple[dict[str, list[str]], list[Phrase]]:
    value = raw.get(name, {})
    if not isinstance(value, Mapping):
        raise fail(name, f"must be a table of phrase lists per language, e.g. {name}.en = [\"...\"]")
    result: dict[str, list[str]] = {}
    compiled: list[Phrase] = []
    for lang, phrases in value.items():
        where = f"{name}.{lang}"
        if not _LANG.match(lang):
            raise fail(where, "not a language code such as en, nl, fr, he")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise fail(where, "must be a list of phrases")
        for phrase in phrases:
            ready = compile_phrase(phrase, lang, owner)
            if ready is None:
                raise fail(where, f"phrase {phrase!r} has no words to match")
            compiled.append(ready)
        result[lang] = list(phrases)
    return result, compiled


def _conditions(raw: Any, fail: Any) -> tuple[Condition, ...]:
    if not isinstance(raw, Mapping):
        raise fail("when", "must be a table of conditions on the customer context")
    conditions = []
    for key, rule in raw.items():
        where = f"when.{key}"
        leaf = key.rsplit(".", 1)[-1].lower()
        if leaf in PROTECTED_ATTRIBUTES:
            raise fail(where, f"'{leaf}' is a protected attribute; offers must not target it")
        path = key if "." in key else f"customer.{key}"
        if isinstance(rule, list):
            conditions.append(Condition(path, allowed=tuple(rule)))
        elif isinstance(rule, str | int | float | bool):
            conditions.append(Condition(path, allowed=(rule,)))
        elif isinstance(rule, Mapping):
            extra = sorted(set(rule) - {"min", "max", "has", "lacks"})
            if extra:
                raise fail(f"{where}.{extra[0]}", "unknown test (use min, max, has or lacks)")
            for bound in ("min", "max"):
                if bound in rule and (not isinstance(rule[bound], int | float) or isinstance(rule[bound], bool)):
                    raise fail(f"{where}.{bound}", "must be a number")
            conditions.append(Condition(path, minimum=rule.get("min"), maximum=rule.get("max"),
                                        has=rule.get("has"), lacks=rule.get("lacks")))
        else:
            raise fail(where, "must be a value, a list of values, or a table with min/max/has/lacks")
    return tuple(conditions)
