"""``copilot eval GOLDEN``: a golden set scored through the panel's own turn loop, per entry and per article.

Each transcript of the golden set (``copilot.cli.golden``) is played line by line through a fresh ``Session``
with the local engine the panel would build (``copilot.engines.factory.from_settings``: same playbook choice,
policy flags, knowledge base and threshold) and ``copilot.live.turns.play``, in its channel and language. A card
counts for a turn when the board shows it after that line, or when the line brings up a card that is still on
the board (the panel keeps it up instead of showing it twice). Precision and recall are given per playbook entry
and per knowledge article, the cards shown where none was expected are listed, and with ``--against-playbook``
or ``--against-knowledge`` the same set is scored again and the two runs compared. No Qt here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from copilot.cli.golden import Transcript, read_golden
from copilot.engines.base import Engine
from copilot.errors import KnownError
from copilot.live.session import Session
from copilot.live.turns import Line, play
from copilot.model import Conversation, Suggestion, Utterance
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

EXIT_INPUT = 2
OPENING = -1  # the turn index of cards shown before anyone speaks
# The names are the JSON report's keys; the text report shows them translated.
GROUPS = (("all", lambda key: True), ("playbook entries", lambda key: not key.startswith("kb:")),
          ("knowledge articles", lambda key: key.startswith("kb:")))
GROUP_NAMES = {"all": QT_TRANSLATE_NOOP("Cli", "all"), "playbook entries": QT_TRANSLATE_NOOP("Cli", "playbook entries"),
               "knowledge articles": QT_TRANSLATE_NOOP("Cli", "knowledge articles")}


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser(
        "eval", help=translate("CliHelp", "score a golden set: the cards and articles expected at given turns "
                                          "(precision, recall)"),
        description=translate("CliHelp", "Play each transcript of a golden set (JSON lines, see docs/evaluation.md) "
                                         "through the panel's local engine and turn loop, and report precision and "
                                         "recall per playbook entry and per knowledge article, the cards shown "
                                         "where none was expected, and the difference with another playbook or "
                                         "knowledge base. A malformed golden set is named line by line (exit status "
                                         "2)."))
    command.add_argument("golden", metavar="GOLDEN", help=translate("CliHelp", "the golden set (JSON lines)"))
    command.add_argument("--playbook", dest="eval_playbook", metavar="FILE",
                         help=translate("CliHelp", "playbook (default: the panel's)"))
    command.add_argument("--knowledge", dest="eval_knowledge", metavar="FILE",
                         help=translate("CliHelp", "knowledge base file (default: the panel's)"))
    command.add_argument("--against-playbook", metavar="FILE",
                         help=translate("CliHelp", "also score this playbook and compare"))
    command.add_argument("--against-knowledge", metavar="FILE",
                         help=translate("CliHelp", "also score this knowledge base and compare"))
    command.add_argument("--policy", dest="eval_policy", action="append", default=[], metavar="NAME",
                         help=translate("CliHelp", "enable a policy flag such as ai_disclosure, besides the panel's "
                                                   "(repeatable)"))
    command.add_argument("--format", dest="eval_format", choices=["text", "json"], default="text")


# -- scoring ----------------------------------------------------------------------------------------


class _Heard:
    """The engine a session runs, noting which cards it offered for each line (a card kept up is offered again)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = engine.name
        self.offered: dict[int, set[str]] = {}

    def opening(self, conversation: Conversation) -> list[Suggestion]:
        return self.engine.opening(conversation)

    def observe(self, conversation: Conversation, utterance: Utterance) -> None:
        self.engine.observe(conversation, utterance)

    def suggest(self, conversation: Conversation, utterance: Utterance) -> list[Suggestion]:
        found = self.engine.suggest(conversation, utterance)
        self.offered[utterance.index] = {suggestion.entry_id for suggestion in found}
        return found

    def restate(self, suggestion: Suggestion, conversation: Conversation) -> tuple[str, str, str] | None:
        return self.engine.restate(suggestion, conversation)


@dataclass(frozen=True, slots=True)
class Turn:
    transcript: str
    index: int  # OPENING for the start
    speaker: str
    text: str
    expected: frozenset[str]
    shown: frozenset[str]


@dataclass(slots=True)
class Tally:
    expected: int = 0
    shown: int = 0
    right: int = 0

    @property
    def precision(self) -> float | None:
        return self.right / self.shown if self.shown else None

    @property
    def recall(self) -> float | None:
        return self.right / self.expected if self.expected else None

    def as_dict(self) -> dict[str, Any]:
        return {"expected": self.expected, "shown": self.shown, "right": self.right,
                "precision": _round(self.precision), "recall": _round(self.recall)}


@dataclass(slots=True)
class Run:
    label: str
    turns: list[Turn] = field(default_factory=list)

    def per_key(self) -> dict[str, Tally]:
        tallies: dict[str, Tally] = {}
        for turn in self.turns:
            for key in turn.expected | turn.shown:
                tally = tallies.setdefault(key, Tally())
                tally.expected += key in turn.expected
                tally.shown += key in turn.shown
                tally.right += key in turn.expected and key in turn.shown
        return dict(sorted(tallies.items()))

    def totals(self) -> dict[str, Tally]:
        per_key = self.per_key()
        totals = {}
        for name, belongs in GROUPS:
            total = Tally()
            for key, tally in per_key.items():
                if belongs(key):
                    total.expected += tally.expected
                    total.shown += tally.shown
                    total.right += tally.right
            totals[name] = total
        return totals

    def unexpected(self) -> list[tuple[Turn, str]]:
        return [(turn, key) for turn in self.turns for key in sorted(turn.shown - turn.expected)]

    def missed(self) -> list[tuple[Turn, str]]:
        return [(turn, key) for turn in self.turns for key in sorted(turn.expected - turn.shown)]


def score(transcripts: Iterable[Transcript], engine: Engine, *, label: str, default_language: str = "en",
          card_ttl: int | None = None) -> Run:
    """Play every transcript through a fresh session, as the panel would, and note what each line brought up."""
    run = Run(label)
    for transcript in transcripts:
        heard = _Heard(engine)
        options: dict[str, Any] = {} if card_ttl is None else {"card_ttl": card_ttl}
        session = Session(heard, context=transcript.context, default_language=transcript.language or default_language,
                          source="eval", channel=transcript.channel, **options)
        lines = [Line(turn.speaker, turn.text, None, turn.lang) for turn in transcript.turns]
        for said, change in play(session, lines):
            on_board = {card.entry_id for card in session.cards}
            shown = {card.entry_id for card in change.shown}
            if said is None:
                run.turns.append(Turn(transcript.id, OPENING, "", "", transcript.opening, frozenset(shown)))
                continue
            shown |= heard.offered.get(said.index, set()) & on_board
            golden = transcript.turns[said.index]
            run.turns.append(Turn(transcript.id, said.index, str(said.speaker), said.text, golden.expect,
                                  frozenset(shown)))
        session.end()
    return run


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# -- the command ------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    from copilot.config.settings import Settings
    from copilot.engines.factory import UnknownPolicyFlag, check_policy_flags, from_settings

    notices: list[str] = []
    try:
        transcripts = read_golden(args.golden)
        for option in ("eval_knowledge", "against_knowledge"):
            given = getattr(args, option)
            if given and not Path(given).is_file():
                raise KnownError(translate("Cli", "{path}: no such knowledge base file").format(path=given))
        settings = Settings()
        playbook = args.eval_playbook or getattr(args, "playbook", None)
        current = from_settings(settings, playbook=playbook, knowledge_path=args.eval_knowledge,
                                policies=args.eval_policy, notices=notices)
        other = None
        if args.against_playbook or args.against_knowledge:
            other = from_settings(settings, playbook=args.against_playbook or current.playbook,
                                  knowledge_path=args.against_knowledge or args.eval_knowledge,
                                  policies=args.eval_policy, notices=notices)
        check_policy_flags(args.eval_policy, current.playbook, *([other.playbook] if other else []))
    except UnknownPolicyFlag as exc:
        sys.stderr.write(f"copilot eval: {exc}\n")
        return 1
    except KnownError as exc:
        sys.stderr.write(f"copilot eval: {exc}\n")
        return EXIT_INPUT
    notices += _unknown_expectations(transcripts, [current] + ([other] if other else []))
    for notice in [*settings.problems, *notices]:
        sys.stderr.write(f"copilot eval: {notice}\n")
    default = settings["default_language"] or current.playbook.default_language
    runs = [score(transcripts, current.engine, label=_label(current), default_language=default,
                  card_ttl=settings["card_ttl"])]
    if other is not None:
        runs.append(score(transcripts, other.engine, label=_label(other), default_language=default,
                          card_ttl=settings["card_ttl"]))
    if args.eval_format == "json":
        json.dump(as_json(args.golden, transcripts, runs), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        write_text(sys.stdout, args.golden, transcripts, runs)
    return 0


def _label(local: Any) -> str:
    playbook = Path(local.playbook.source).name
    if local.knowledge is None:
        return translate("Cli", "playbook {playbook}, no knowledge base").format(playbook=playbook)
    return translate("Cli", "playbook {playbook}, knowledge {knowledge}").format(
        playbook=playbook, knowledge=local.knowledge.path.name)


def _unknown_expectations(transcripts: list[Transcript], locals_: list[Any]) -> list[str]:
    """Expected ids no playbook has and articles no knowledge base holds: likely typos, said before the scores."""
    entries = {entry.id for local in locals_ for entry in local.playbook.entries}
    bases = [local.knowledge for local in locals_ if local.knowledge is not None]
    found = []
    for transcript in transcripts:
        for key in sorted(transcript.expected()):
            if key.startswith("kb:"):
                if bases and all(base.get(key[3:]) is None for base in bases):
                    found.append(translate("Cli", "transcript {id} (line {line}): no article {article} in the "
                                                  "knowledge base").format(id=repr(transcript.id),
                                                                           line=transcript.line, article=repr(key[3:])))
            elif key not in entries:
                found.append(translate("Cli", "transcript {id} (line {line}): {entry} is not an entry of the "
                                              "playbook").format(id=repr(transcript.id), line=transcript.line,
                                                                 entry=repr(key)))
    if not bases and any(key.startswith("kb:") for t in transcripts for key in t.expected()):
        found.append(translate("Cli", "no knowledge base: the articles the golden set expects cannot be shown"))
    return found


def as_json(golden: str, transcripts: list[Transcript], runs: list[Run]) -> dict[str, Any]:
    def one(run: Run) -> dict[str, Any]:
        return {"label": run.label, "totals": {k: t.as_dict() for k, t in run.totals().items()},
                "per_key": {k: t.as_dict() for k, t in run.per_key().items()},
                "unexpected": [_where(turn, key) | {"expected_nothing": not turn.expected}
                               for turn, key in run.unexpected()],
                "missed": [_where(turn, key) for turn, key in run.missed()]}

    out: dict[str, Any] = {"golden": str(golden), "transcripts": len(transcripts),
                           "turns": sum(len(t.turns) for t in transcripts), "runs": [one(r) for r in runs]}
    if len(runs) == 2:
        out["difference"] = difference(*runs)
    return out


def _where(turn: Turn, key: str) -> dict[str, Any]:
    return {"transcript": turn.transcript, "turn": turn.index, "speaker": turn.speaker, "text": turn.text, "id": key}


def difference(first: Run, second: Run) -> dict[str, Any]:
    """What changes from the first run to the second: totals, per key, and the cards gained or lost."""
    def delta(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else round(b - a, 4)

    keys_a, keys_b = first.per_key(), second.per_key()
    per_key = {}
    for key in sorted(set(keys_a) | set(keys_b)):
        a, b = keys_a.get(key, Tally()), keys_b.get(key, Tally())
        if (a.shown, a.right) != (b.shown, b.right):
            per_key[key] = {"precision": delta(a.precision, b.precision), "recall": delta(a.recall, b.recall),
                            "shown": b.shown - a.shown, "right": b.right - a.right}
    changes = []
    for turn_a, turn_b in zip(first.turns, second.turns, strict=True):
        for key in sorted(turn_a.shown ^ turn_b.shown):
            change = "gained" if key in turn_b.shown else "lost"
            changes.append(_where(turn_b, key) | {"change": change, "expected": key in turn_b.expected})
    totals_a, totals_b = first.totals(), second.totals()
    return {"totals": {name: {"precision": delta(totals_a[name].precision, totals_b[name].precision),
                              "recall": delta(totals_a[name].recall, totals_b[name].recall)} for name in totals_a},
            "per_key": per_key, "cards": changes}


def write_text(out: IO[str], golden: str, transcripts: list[Transcript], runs: list[Run]) -> None:
    turns = sum(len(t.turns) for t in transcripts)
    expected = sum(1 for turn in runs[0].turns for _ in turn.expected)
    out.write(translate("Cli", "Golden set {golden}: {transcripts} transcripts, {turns} turns, {expected} expected "
                               "cards").format(golden=golden, transcripts=len(transcripts), turns=turns,
                                               expected=expected) + "\n")
    for run in runs:
        out.write(f"\n== {run.label} ==\n")
        _table(out, [(translate("Cli", GROUP_NAMES[name]), tally)  # not translated: marked in GROUP_NAMES
                     for name, tally in run.totals().items() if tally.expected or tally.shown])
        out.write("\n" + translate("Cli", "Per entry and article:") + "\n")
        _table(out, list(run.per_key().items()))
        unexpected = run.unexpected()
        nothing = sum(1 for turn, _ in unexpected if not turn.expected)
        out.write("\n" + translate("Cli", "Cards shown where none was expected: {n} ({nothing} on turns that "
                                           "expected no card)").format(n=len(unexpected), nothing=nothing) + "\n")
        for turn, key in unexpected:
            out.write(f"  {_place(turn)}  {key}\n")
        missed = run.missed()
        out.write("\n" + translate("Cli", "Expected cards not shown: {n}").format(n=len(missed)) + "\n")
        for turn, key in missed:
            out.write(f"  {_place(turn)}  {key}\n")
    if len(runs) == 2:
        _write_difference(out, runs)


def _write_difference(out: IO[str], runs: list[Run]) -> None:
    diff = difference(*runs)
    out.write("\n== " + translate("Cli", "Difference: {second} compared with {first}").format(
        second=runs[1].label, first=runs[0].label) + " ==\n")
    totals = [runs[0].totals(), runs[1].totals()]
    for name in totals[0]:
        a, b = totals[0][name], totals[1][name]
        if a.expected or a.shown or b.shown:
            shown = translate("Cli", GROUP_NAMES[name])  # not translated: marked in GROUP_NAMES
            out.write(f"  {shown:<20} " + translate("Cli", "precision {before} -> {after}   recall {recall_before} -> "
                                                           "{recall_after}").format(
                before=_pct(a.precision), after=_pct(b.precision), recall_before=_pct(a.recall),
                recall_after=_pct(b.recall)) + "\n")
    counts = Counter((c["change"], c["expected"]) for c in diff["cards"])
    out.write("  " + translate("Cli", "cards: {gained} right ones gained, {lost} right ones lost, {extra} unexpected "
                                      "ones gained, {gone} unexpected ones gone").format(
        gained=counts["gained", True], lost=counts["lost", True], extra=counts["gained", False],
        gone=counts["lost", False]) + "\n")
    for card in diff["cards"]:
        sign = "+" if card["change"] == "gained" else "-"
        right = translate("Cli", "expected") if card["expected"] else translate("Cli", "not expected")
        where = translate("Cli", "start") if card["turn"] == OPENING else f"#{card['turn']}"
        out.write(f"  {sign} {card['transcript']} {where}  {card['id']} ({right})\n")


def _table(out: IO[str], rows: list[tuple[str, Tally]]) -> None:
    width = max([len(name) for name, _ in rows] + [20])
    heads = [translate("Cli", "expected"), translate("Cli", "shown"), translate("Cli", "right"),
             translate("Cli", "precision"), translate("Cli", "recall")]
    out.write(f"  {'':<{width}} {heads[0]:>8} {heads[1]:>6} {heads[2]:>6} {heads[3]:>9} {heads[4]:>7}\n")
    for name, t in rows:
        out.write(f"  {name:<{width}} {t.expected:>8} {t.shown:>6} {t.right:>6} {_pct(t.precision):>9} "
                  f"{_pct(t.recall):>7}\n")


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _place(turn: Turn) -> str:
    if turn.index == OPENING:
        return f"{turn.transcript} " + translate("Cli", "start")
    text = turn.text if len(turn.text) <= 60 else turn.text[:59] + "…"
    return f"{turn.transcript} #{turn.index} {turn.speaker}: {text}"
