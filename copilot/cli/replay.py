"""``copilot replay FILE|ID``: open a session's replay, write its coaching report, or re-run it.

``--report out.pdf|out.html`` writes the coaching report; ``--what-if`` re-runs the session through
today's playbook (or ``--playbook FILE``) and prints old and new suggestions per utterance. Without
either, the replay window opens. FILE is a session exported with ``copilot sessions export``; it is read
into a scratch database and never added to the library.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from copilot.errors import KnownError
from copilot.text.i18n import translate

if TYPE_CHECKING:
    from copilot.coaching.service import CoachingService

EXIT_INPUT = 2


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    replay = commands.add_parser(
        "replay", help=translate("CliHelp", "replay a recorded session, write its coaching report, or re-run it "
                                            "(what-if)"),
        description=translate("CliHelp", "Open a recorded session (an id from 'copilot sessions list', or an exported "
                                         "file) in the replay window; or write its coaching report; or re-run it "
                                         "through today's playbook."))
    replay.add_argument("session", metavar="FILE|ID", help=translate("CliHelp", "a session id, or a file from "
                                                                                "'copilot sessions export'"))
    replay.add_argument("--report", metavar="OUT", help=translate("CliHelp", "write the coaching report to OUT (.pdf "
                                                                             "or .html)"))
    replay.add_argument("--what-if", action="store_true",
                        help=translate("CliHelp", "re-run through the current playbook and print old and new "
                                                  "suggestions per utterance"))
    replay.add_argument("--playbook", dest="replay_playbook", metavar="FILE",
                        help=translate("CliHelp", "with --what-if: the playbook to try instead of the current one"))
    replay.add_argument("--format", dest="replay_format", choices=["jsonl", "text"], default="text",
                        help=translate("CliHelp", "with --what-if: output format (default text)"))


def run(args: argparse.Namespace) -> int:
    if args.report and not args.report.lower().endswith((".pdf", ".html", ".htm")):
        print("copilot replay: " + translate("Cli", "--report {name}: the name must end in .pdf or .html").format(
            name=args.report), file=sys.stderr)
        return EXIT_INPUT
    with tempfile.TemporaryDirectory(prefix="copilot-replay-") as scratch:
        try:
            service, session_id = _locate(args.session, Path(scratch))
            if args.what_if:
                return _what_if(args, service, session_id)
            if args.report:
                from copilot.cli.windows import write_report

                written = write_report(service, session_id, Path(args.report))
                print(translate("Cli", "coaching report written to {path}").format(path=written))
                return 0
        except KnownError as exc:
            print(f"copilot replay: {exc}", file=sys.stderr)
            return EXIT_INPUT
        from copilot.cli.windows import open_coaching

        return open_coaching(service, session_id=session_id, screenshot=args.screenshot, quit_after=args.quit_after)


def _locate(given: str, scratch: Path) -> tuple[CoachingService, str]:
    """The service holding the session and its id: the library's, or a read-only scratch copy of a file's."""
    from copilot.coaching.service import CoachingService
    from copilot.config import paths
    from copilot.config.settings import Settings

    return CoachingService.from_settings(paths.database_path(), Settings()).locate(given, scratch)


def _what_if(args: argparse.Namespace, service: CoachingService, session_id: str) -> int:
    from copilot.coaching.whatif import iter_jsonl, rerun
    from copilot.config.settings import Settings
    from copilot.engines.factory import from_settings

    record = service.load_record(session_id)
    notices: list[str] = []
    settings = Settings()
    engine = from_settings(settings, playbook=args.replay_playbook, notices=notices).engine
    for notice in notices:
        print(f"copilot replay: {notice}", file=sys.stderr)
    result = rerun(record, engine, card_ttl=settings["card_ttl"])
    out = sys.stdout
    if args.replay_format == "jsonl":
        for item in iter_jsonl(result):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return 0
    for row in result.rows:
        if not (row.old or row.new):
            continue
        mark = "*" if row.changed else " "
        out.write(f"{mark} [{row.utterance_idx:>3}] {row.speaker or translate('Cli', 'start')}: {row.text}\n")
        out.write("      " + translate("Cli", "then: {cards}").format(
            cards=", ".join(c.entry_id for c in row.old) or "-") + "\n")
        out.write("      " + translate("Cli", "now:  {cards}").format(
            cards=", ".join(c.entry_id for c in row.new) or "-") + "\n")
    out.write(translate("Cli", "{changed} of {lines} lines would get other suggestions").format(
        changed=result.changed_rows, lines=len(result.rows) - 1) + "\n")
    return 0
