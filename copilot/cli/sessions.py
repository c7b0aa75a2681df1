"""``copilot sessions``: the trainer's library from a terminal: list and search, export and import one call.

The same door to the record as the window (``copilot.coaching.service.CoachingService``) on the same
database (``copilot.config.paths.database_path()``). A bad value or file is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from copilot.errors import InputError, KnownError
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from copilot.coaching.service import CoachingService

EXIT_INPUT = 2
# The headings of 'sessions list' in text; each fits its column in English and is cut to it in any language.
COLUMNS = (QT_TRANSLATE_NOOP("Cli", "started"), QT_TRANSLATE_NOOP("Cli", "length"), QT_TRANSLATE_NOOP("Cli", "agent"),
           QT_TRANSLATE_NOOP("Cli", "team"), QT_TRANSLATE_NOOP("Cli", "channel"), QT_TRANSLATE_NOOP("Cli", "lang"),
           QT_TRANSLATE_NOOP("Cli", "outcome"), QT_TRANSLATE_NOOP("Cli", "cards"), QT_TRANSLATE_NOOP("Cli", "taken"),
           QT_TRANSLATE_NOOP("Cli", "rate"), QT_TRANSLATE_NOOP("Cli", "id"))


def add_parser(commands: Any) -> None:
    """Register ``sessions`` and its actions on the main parser's sub-parsers."""
    sessions = commands.add_parser(
        "sessions", help=translate("CliHelp", "recorded sessions: list and search, export one to a file, import one"),
        description=translate("CliHelp", "The recorded sessions in this machine's database: list and search them, "
                                         "export one as a file (optionally with personal data redacted) for a "
                                         "trainer, import a file received from an agent."))
    actions = sessions.add_subparsers(dest="sessions_command", metavar="ACTION")
    listing = actions.add_parser("list", help=translate("CliHelp", "list sessions, newest first, with their card "
                                                                   "counts"),
                                 description=translate("CliHelp", "List recorded sessions, newest first. Filters "
                                                                  "combine; --search needs every word somewhere in "
                                                                  "the session's transcript."))
    listing.add_argument("--format", dest="sessions_format", choices=["text", "jsonl"], default="text",
                         help=translate("CliHelp", "output format (default: text)"))
    listing.add_argument("--search", metavar="TEXT", default="",
                         help=translate("CliHelp", "words said in the session (prefixes match)"))
    for name in ("agent", "team", "channel", "language", "outcome", "tag"):
        listing.add_argument(f"--{name}", metavar=name.upper(),
                             help=translate("CliHelp", "only sessions with this {field}").format(field=name))
    listing.add_argument("--since", metavar="YYYY-MM-DD", help=translate("CliHelp", "sessions started on or after "
                                                                                    "this day"))
    listing.add_argument("--until", metavar="YYYY-MM-DD", help=translate("CliHelp", "sessions started on or before "
                                                                                    "this day"))
    listing.add_argument("--limit", metavar="N", default="500",
                         help=translate("CliHelp", "at most N sessions (default 500)"))
    listing.add_argument("--central", dest="sessions_central", action="store_true",
                         help=translate("CliHelp", "list from the central record (the central_url setting) instead of "
                                                   "this computer"))
    export = actions.add_parser("export", help=translate("CliHelp", "write one session to a file"),
                                description=translate("CliHelp", "Write one session (transcript, cards, decisions, "
                                                                 "notes, scorecard) to a ZIP file another Agent "
                                                                 "Copilot can import."))
    export.add_argument("session_id", metavar="ID")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help=translate("CliHelp", "the file to write"))
    export.add_argument("--redact", action="store_true",
                        help=translate("CliHelp", "replace names, e-mail addresses, phone numbers and other personal "
                                                  "data by placeholders"))
    imported = actions.add_parser("import", help=translate("CliHelp", "add a session file to the database"),
                                  description=translate("CliHelp", "Add a session exported by Agent Copilot. A "
                                                                   "damaged or changed file is refused and nothing "
                                                                   "is written."))
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--replace", action="store_true",
                          help=translate("CliHelp", "overwrite a session with the same id but different content"))


def _day(value: str | None, option: str, *, end: bool = False) -> float | None:
    """Local midnight at the start of the day (or of the next day, for an inclusive --until)."""
    if value is None:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise InputError(translate("Cli", "{option}: {value} is not a date (YYYY-MM-DD)").format(
            option=option, value=repr(value))) from None
    return (day + timedelta(days=1) if end else day).timestamp()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, rest = divmod(int(round(seconds)), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{rest:02d}" if minutes >= 60 else f"{minutes}:{rest:02d}"


def _service(*, central: bool = False) -> CoachingService:
    from copilot.coaching.service import CoachingService
    from copilot.config import paths

    if not central:
        return CoachingService(paths.database_path())
    from copilot.central.library import library_from_settings
    from copilot.config.settings import Settings

    library = library_from_settings(Settings())
    if library is None:
        raise InputError(translate("Cli", "--central: no central record is configured (the central_url setting is "
                                          "empty)"))
    return CoachingService(paths.database_path(), central=library)


def _list(args: argparse.Namespace) -> int:
    from copilot.coaching.service import LibraryQuery

    since, until = _day(args.since, "--since"), _day(args.until, "--until", end=True)
    try:
        limit = int(args.limit)
    except ValueError:
        limit = -1
    if limit < 1:
        raise InputError(translate("Cli", "--limit: {value} is not a positive whole number").format(
            value=repr(args.limit)))
    query = LibraryQuery(text=args.search, agent=args.agent, team=args.team, channel=args.channel,
                         language=args.language, outcome=args.outcome, tag=args.tag, since=since, until=until,
                         limit=limit)
    rows = _service(central=args.sessions_central).list_sessions(query)  # an empty library creates no database
    out = sys.stdout
    if args.sessions_format == "jsonl":
        for row in rows:
            out.write(json.dumps(dataclasses.asdict(row), ensure_ascii=False) + "\n")
        return 0
    if not rows:
        out.write(translate("Cli", "no recorded session matches") + "\n")
        return 0
    heads = [translate("Cli", word) for word in COLUMNS]  # not translated: marked in COLUMNS
    out.write(f"{heads[0]:<16}  {heads[1]:>7}  {heads[2]:<12} {heads[3]:<10} {heads[4]:<8} {heads[5]:<4} "
              f"{heads[6]:<12} {heads[7]:>5} {heads[8]:>5} {heads[9]:>5}  {heads[10]}\n")
    for r in rows:
        started = datetime.fromtimestamp(r.started_at).strftime("%Y-%m-%d %H:%M")
        rate = "-" if r.acceptance is None else f"{r.acceptance:.0%}"
        out.write(f"{started:<16}  {_duration(r.duration):>7}  {r.agent or '-':<12.12} {r.team or '-':<10.10} "
                  f"{r.channel or '-':<8.8} {r.language or '-':<4.4} {r.outcome or '-':<12.12} {r.shown:>5} "
                  f"{r.accepted:>5} {rate:>5}  {r.id}\n")
    return 0


def _export(args: argparse.Namespace) -> int:
    service = _service()
    session_id = service.find_session(args.session_id)  # the short id 'sessions list' and 'replay' take
    path = service.export_session(session_id, args.output, redact=args.redact)
    said = (translate("Cli", "session {id} written to {path} (personal data redacted)") if args.redact
            else translate("Cli", "session {id} written to {path}"))
    sys.stdout.write(said.format(id=session_id, path=path) + "\n")
    return 0


def _import(args: argparse.Namespace) -> int:
    result = _service().import_session(args.file, replace=args.replace)  # a refused file creates no database
    if result.status == "already present":
        sys.stdout.write(translate("Cli", "session {id} is already in the database; nothing changed").format(
            id=result.session_id) + "\n")
    else:
        said = translate("Cli", "session {id} replaced from {file}: {utterances} utterances, {cards} cards") \
            if result.status == "replaced" else translate("Cli", "session {id} imported from {file}: {utterances} "
                                                                 "utterances, {cards} cards")
        sys.stdout.write(said.format(id=result.session_id, file=args.file, utterances=result.utterances,
                                     cards=result.cards)
                         + (translate("Cli", ", personal data redacted") if result.redacted else "") + "\n")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.sessions_command is None:  # no action: the library window
        from copilot.cli.windows import open_coaching

        return open_coaching(_service(), screenshot=args.screenshot, quit_after=args.quit_after)
    action = {"list": _list, "export": _export, "import": _import}[args.sessions_command]
    try:
        return action(args)
    except KnownError as exc:
        sys.stderr.write(f"copilot sessions {args.sessions_command}: {exc}\n")
        return EXIT_INPUT
    except BrokenPipeError:
        # The reader went away (``copilot sessions list | head``): stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
