"""Guidance experiments: a second wording of one playbook entry, tried on some agents or calls, and which
wording a given agent or call sees.

A team lead tests guidance where they already write it: an entry's ``[entry.experiment]`` table holds the
experiment's name, its B wording and when it runs (docs/experiments.md). Only the words differ between the
arms; triggers, conditions, priority and cooldown are the entry's own, so a difference in how agents use the
card can only come from the wording.

Assignment is a hash of the experiment's name and the agent (or the call), so the same agent sees the same arm
on every call, on every machine, without anything to store or synchronise, and two experiments split the agents
independently. A card counts for the experiment only while it runs; before its start and after its stop
everyone sees the same wording and nothing is counted, so stopping an experiment never needs the panels to agree
on the moment.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

ARMS = ("A", "B")
UNITS = ("agent", "call")
DEFAULT_SPLIT = 50
DEFAULT_OUTCOMES = ("resolved", "sale")
_FIELDS = frozenset("name unit split start stop keep title text outcomes".split())
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
Fail = Callable[[str, str], Exception]


@dataclass(frozen=True, slots=True)
class Experiment:
    """One entry's A/B test. Arm A is the entry as written; arm B is ``text`` (and ``title``, if given)."""

    name: str
    entry_id: str
    text: dict[str, str]  # B's wording, one per language of the entry
    title: dict[str, str] = field(default_factory=dict)  # B's card title; empty: the entry's
    unit: str = "agent"  # what is assigned to an arm: each agent, or each call
    split: int = DEFAULT_SPLIT  # percent of agents (or calls) who see B
    start: float | None = None  # epoch seconds; before it nobody is in the experiment
    stop: float | None = None  # epoch seconds; from it on everyone sees ``keep``
    keep: str = "A"  # the arm everyone sees once the experiment stopped
    outcomes: tuple[str, ...] = DEFAULT_OUTCOMES  # call outcomes that count as a good end of the call

    def state(self, now: float) -> str:
        """``planned`` (before its start), ``running`` or ``stopped``."""
        if self.stop is not None and now >= self.stop:
            return "stopped"
        if self.start is not None and now < self.start:
            return "planned"
        return "running"

    def arm_of(self, unit_key: str) -> str:
        """The arm of one agent or call while the experiment runs: the same key always gets the same arm."""
        digest = hashlib.sha256(f"{self.name}\x00{unit_key}".encode()).digest()
        return "B" if int.from_bytes(digest[:8], "big") * 100 < self.split * 2**64 else "A"

    def choose(self, agent: str | None, call: str | None, now: float) -> tuple[str, bool]:
        """(the arm whose wording to show, whether the card counts for the experiment). A card counts only while
        the experiment runs and its agent (or call) is known: a transcript run from the command line has no
        agent and sees A, uncounted."""
        state = self.state(now)
        if state == "stopped":
            return self.keep, False
        key = agent if self.unit == "agent" else call
        if state == "planned" or not key:
            return "A", False
        return self.arm_of(key), True


def parse_experiment(raw: Any, entry_id: str, entry_text: Mapping[str, str], entry_title: Mapping[str, str],
                     fail: Fail, check_text: Callable[[str, str], None]) -> Experiment:
    """The ``experiment`` table of the entry ``entry_id``; ``fail(field, message)`` makes the error to raise and
    ``check_text(field, template)`` checks a wording as the entry's own texts are checked."""
    if not isinstance(raw, Mapping):
        raise fail("experiment", "must be a table: [entry.experiment] with name and text.<lang>")
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise fail(f"experiment.{unknown[0]}", f"unknown field (known: {', '.join(sorted(_FIELDS))})")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise fail("experiment.name", "required; letters, digits, '.', '_' and '-' only, e.g. \"softer-price\"")
    unit = raw.get("unit", "agent")
    if unit not in UNITS:
        raise fail("experiment.unit", f"{unit!r} is not one of {', '.join(UNITS)}")
    split = raw.get("split", DEFAULT_SPLIT)
    if not isinstance(split, int) or isinstance(split, bool) or not 1 <= split <= 99:
        raise fail("experiment.split", "must be a whole percentage from 1 to 99 (the share who see B)")
    keep = raw.get("keep", "A")
    if keep not in ARMS:
        raise fail("experiment.keep", f"{keep!r} is not A or B (the arm everyone sees once it stopped)")
    start, stop = _moment(raw, "start", fail), _moment(raw, "stop", fail)
    if start is not None and stop is not None and stop <= start:
        raise fail("experiment.stop", "must come after experiment.start")
    text = _wordings(raw, "text", fail, entry_text, required=True)
    for lang, template in text.items():
        check_text(f"experiment.text.{lang}", template)
    title = _wordings(raw, "title", fail, entry_title, required=False)
    outcomes = raw.get("outcomes", list(DEFAULT_OUTCOMES))
    if not isinstance(outcomes, list) or not outcomes or not all(isinstance(o, str) and o.strip() for o in outcomes):
        raise fail("experiment.outcomes", "must be a list of call outcomes, e.g. [\"resolved\", \"sale\"]")
    return Experiment(name, entry_id, text, title, unit, split, start, stop, keep,
                      tuple(dict.fromkeys(o.strip() for o in outcomes)))


def _wordings(raw: Mapping[str, Any], name: str, fail: Fail, entry: Mapping[str, str],
              required: bool) -> dict[str, str]:
    """B's texts (or titles): in exactly the entry's languages, so a customer in any language sees the arm's own
    wording and never A's by a missing translation."""
    value = raw.get(name)
    if value is None and not required:
        return {}
    where = f"experiment.{name}"
    if not isinstance(value, Mapping) or not value:
        raise fail(where, f"required: B's wording per language, e.g. {name}.en = \"...\" under [entry.experiment]")
    for lang, text in value.items():
        if lang not in entry:
            raise fail(f"{where}.{lang}", f"the entry has no {name} in {lang!r} (its languages: "
                                          f"{', '.join(entry)})")
        if not isinstance(text, str) or not text.strip():
            raise fail(f"{where}.{lang}", "must be non-empty text")
    missing = [lang for lang in entry if lang not in value]
    if missing:
        raise fail(f"{where}.{missing[0]}", f"missing: B needs a wording in every language of the entry's {name} "
                                            f"({', '.join(entry)})")
    return {lang: str(text).strip() for lang, text in value.items()}


def _moment(raw: Mapping[str, Any], name: str, fail: Fail) -> float | None:
    """A TOML date (the start of that day, local time) or local date-time, or the same as ISO text in JSON."""
    value = raw.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value) if "T" in value or " " in value else dt.date.fromisoformat(value)
        except ValueError:
            value = None
    if isinstance(value, dt.datetime):
        return value.timestamp()  # a local date-time as this computer's clock reads it; an offset is honoured
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()).timestamp()
    raise fail(f"experiment.{name}", "must be a date (2026-03-02) or a local date and time (2026-03-02T09:00:00)")


def describe_moment(ts: float | None) -> str:
    """A start or stop as the team lead wrote it, in this computer's time: a day, or a day and time."""
    if ts is None:
        return ""
    moment = dt.datetime.fromtimestamp(ts)
    return moment.strftime("%Y-%m-%d") if moment.time() == dt.time() else moment.strftime("%Y-%m-%d %H:%M")
