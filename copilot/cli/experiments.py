"""``copilot experiments``: the team lead's guidance experiments from a terminal: list them, report one, stop one.

The experiments are defined in the playbook the panel uses (``--playbook`` names another); the figures come from
this machine's session database through the coaching service, as in the statistics window. Exit status 0 done,
1 the database or the playbook cannot be read or written, 2 a wrong name, date or option.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copilot.errors import InputError, KnownError
from copilot.text.i18n import translate

if TYPE_CHECKING:
    from copilot.coaching.experiments import ExperimentReport
    from copilot.playbook.file import Playbook

EXIT_FAILED = 1
EXIT_INPUT = 2


def add_parser(commands: Any) -> None:
    """Register ``experiments`` and its actions on the main parser's sub-parsers."""
    parser = commands.add_parser(
        "experiments", help=translate("CliHelp", "guidance experiments (A/B wordings of playbook entries): list, "
                                                 "report, stop"),
        description=translate("CliHelp", "The guidance experiments of the playbook (an entry's [entry.experiment] "
                                         "table, see docs/experiments.md) and how their two wordings fare in the "
                                         "recorded sessions."))
    parser.add_argument("--playbook", dest="exp_playbook", metavar="FILE",
                        help=translate("CliHelp", "the playbook that defines them (default: the panel's)"))
    actions = parser.add_subparsers(dest="exp_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("CliHelp", "every experiment, where it stands and its cards "
                                                                   "per arm"))
    listing.add_argument("--format", dest="exp_format", choices=["text", "json"], default="text")
    report = actions.add_parser(
        "report", help=translate("CliHelp", "compare the two arms of one experiment, with 95%% confidence intervals"),
        description=translate("CliHelp", "Acceptance, edits, time to decision and call outcome per arm, each with its "
                                         "95%% interval, and the difference B - A with its interval; a verdict only "
                                         "when the interval leaves out zero."))
    report.add_argument("name", metavar="NAME")
    report.add_argument("--format", dest="exp_format", choices=["text", "json", "csv"], default="text")
    report.add_argument("--since", dest="exp_since", metavar="YYYY-MM-DD",
                        help=translate("CliHelp", "sessions started on or after"))
    report.add_argument("--until", dest="exp_until", metavar="YYYY-MM-DD",
                        help=translate("CliHelp", "sessions started on or before"))
    report.add_argument("--team", dest="exp_team", metavar="TEAM",
                        help=translate("CliHelp", "only this team's sessions"))
    stop = actions.add_parser(
        "stop", help=translate("CliHelp", "stop an experiment now: everyone sees one wording, nothing more is counted"),
        description=translate("CliHelp", "Write 'stop = <now>' into the experiment's table in the playbook (the rest "
                                         "of the file is left as it is). Panels follow when they next load the "
                                         "playbook; the recorded cards stay, and cards shown after the stop are "
                                         "left out of the report."))
    stop.add_argument("name", metavar="NAME")
    stop.add_argument("--keep", choices=["A", "B"], help=translate("CliHelp", "the wording everyone sees from now on "
                                                                              "(default: as the file says, else A)"))


def _playbook(args: argparse.Namespace) -> Playbook:
    from copilot.config import paths
    from copilot.config.settings import Settings
    from copilot.playbook.file import load_playbook

    chosen = args.exp_playbook or getattr(args, "playbook", None)
    if not chosen:
        settings = Settings()
        chosen = settings["playbook_path"] or paths.default_playbook_path()
    return load_playbook(chosen)


def run(args: argparse.Namespace) -> int:
    from copilot.coaching.service import CoachingService
    from copilot.config import paths
    from copilot.config.settings import Settings
    from copilot.playbook.file import PlaybookError

    where = f"copilot experiments {args.exp_command}"
    try:
        playbook = _playbook(args)
        if args.exp_command == "stop":
            return _stop(args, playbook, where)
        service = CoachingService.from_settings(paths.database_path(), Settings())  # the central store, if set
        if args.exp_command == "list":
            found = service.experiment_reports(playbook)
        else:
            found = service.experiment_reports(playbook, args.name, _filters(args))
            if not found:
                names = ", ".join(e.name for e in playbook.experiments) or translate("Cli", "none")
                raise InputError(translate("Cli", "no experiment named {name} in {playbook} or on record (the "
                                                  "playbook's: {names})").format(name=repr(args.name),
                                                                                 playbook=playbook.source, names=names))
    except (InputError, PlaybookError) as exc:
        sys.stderr.write(f"{where}: {exc}\n")
        return EXIT_INPUT
    except KnownError as exc:
        sys.stderr.write(f"{where}: {exc}\n")
        return EXIT_FAILED
    try:
        _write(args, found, playbook)
    except BrokenPipeError:  # the reader went away (``... | head``): stop quietly, as Unix tools do
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _write(args: argparse.Namespace, found: list[ExperimentReport], playbook: Playbook) -> None:
    from copilot.coaching import experiments

    out = sys.stdout
    if args.exp_command == "list":
        if args.exp_format == "json":
            json.dump([_listed(r) for r in found], out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for report in found:
                cards = translate("Cli", "cards: A {a}, B {b}; {verdict}").format(
                    a=report.arms["A"].shown, b=report.arms["B"].shown, verdict=report.headline)
                out.write(f"{experiments.describe(report)}\n    {cards}\n")
            if not found:
                out.write(translate("Cli", "no experiments in {playbook} and none on record").format(
                    playbook=playbook.source) + "\n")
    elif args.exp_format == "json":
        experiments.write_json(found, out)
    elif args.exp_format == "csv":
        experiments.write_csv(found, out)
    else:
        out.write(experiments.text(found[0]) + "\n")


def _filters(args: argparse.Namespace) -> Any:
    from copilot.cli.sessions import _day
    from copilot.coaching.stats import Filters

    return Filters(None, args.exp_team, _day(args.exp_since, "--since"), _day(args.exp_until, "--until", end=True))


def _listed(report: ExperimentReport) -> dict[str, Any]:
    from copilot.coaching.experiments import as_dict

    found = as_dict(report)
    return {key: found[key] for key in ("name", "entry_id", "state", "unit", "split", "start", "stop", "keep")} | {
        "shown": {arm: figures["shown"] for arm, figures in found["arms"].items()},
        "verdict": report.headline}


def _stop(args: argparse.Namespace, playbook: Playbook, where: str) -> int:
    from copilot.playbook.experiments import describe_moment
    from copilot.playbook.stopping import stop_experiment

    found = [e for e in playbook.experiments if e.name == args.name]
    if not found:
        names = ", ".join(e.name for e in playbook.experiments) or translate("Cli", "none")
        sys.stderr.write(f"{where}: " + translate("Cli", "no experiment named {name} in {playbook} (its experiments: "
                                                          "{names})").format(name=repr(args.name),
                                                                             playbook=playbook.source,
                                                                             names=names) + "\n")
        return EXIT_INPUT
    now = time.time()
    if found[0].state(now) == "stopped":
        sys.stdout.write(translate("Cli", "{name} already stopped {when}; everyone sees {keep}").format(
            name=args.name, when=describe_moment(found[0].stop), keep=found[0].keep) + "\n")
        return 0
    stopped = stop_experiment(Path(playbook.source), args.name, now, keep=args.keep)
    sys.stdout.write(translate("Cli", "{name} stopped {when} in {playbook}; everyone now sees {keep}. Panels follow "
                                      "when they next load the playbook; the recorded cards stay.").format(
        name=args.name, when=describe_moment(stopped.stop), playbook=playbook.source, keep=stopped.keep) + "\n")
    return 0
