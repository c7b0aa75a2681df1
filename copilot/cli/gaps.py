"""``copilot kb gaps``: what customers asked in recorded sessions that no article answered, as CSV.

The same door to the record as the statistics window (``CoachingService.knowledge_gaps``) on the same database.
One row per gap, the most asked first: group (the words its questions share), count, example questions (up to
three, ``|`` between them) and when it was last asked. ``copilot kb gaps --since 2025-01-01 > gaps.csv``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from copilot.errors import KnownError
from copilot.text.i18n import translate

EXIT_INPUT = 2


def add_parser(kb_commands: Any) -> None:
    """Register ``gaps`` on the ``kb`` command's actions."""
    gaps = kb_commands.add_parser(
        "gaps", help=translate("CliHelp", "customer questions no article answered, grouped and counted (CSV on "
                                          "standard output)"),
        description=translate("CliHelp", "Read the recorded sessions and list, most asked first, the customer "
                                         "questions after which no knowledge card came up, grouped by the words "
                                         "they share: what to write next. CSV columns: group, count, example "
                                         "questions, last seen."))
    gaps.add_argument("--since", dest="gaps_since", metavar="YYYY-MM-DD",
                      help=translate("CliHelp", "sessions started on or after this day"))
    gaps.add_argument("--until", dest="gaps_until", metavar="YYYY-MM-DD",
                      help=translate("CliHelp", "sessions started on or before this day"))
    gaps.add_argument("--agent", dest="gaps_agent", metavar="AGENT",
                      help=translate("CliHelp", "only this agent's sessions"))
    gaps.add_argument("--team", dest="gaps_team", metavar="TEAM",
                      help=translate("CliHelp", "only this team's sessions"))


def run(args: argparse.Namespace) -> int:
    from copilot.cli.sessions import _day
    from copilot.coaching.gaps import write_csv
    from copilot.coaching.service import CoachingService
    from copilot.coaching.stats import Filters
    from copilot.config import paths
    from copilot.config.settings import Settings

    try:
        filters = Filters(args.gaps_agent, args.gaps_team, _day(args.gaps_since, "--since"),
                          _day(args.gaps_until, "--until", end=True))
        service = CoachingService.from_settings(paths.database_path(), Settings())  # the central store, if set
        if service.central is None and not service.exists:
            sys.stderr.write("copilot kb gaps: " + translate("Cli", "no recorded sessions yet ({path})").format(
                path=service.path) + "\n")
        gaps = service.knowledge_gaps(filters)
    except KnownError as exc:
        sys.stderr.write(f"copilot kb gaps: {exc}\n")
        return EXIT_INPUT
    write_csv(gaps, sys.stdout)
    return 0
