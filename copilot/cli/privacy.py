"""``copilot privacy``: erase a customer's or a session's data, export what is held about a customer,
purge sessions past the retention period, and show the audit of all three.

The same core as the app (``copilot.record.privacy``) on the same database and log folder. Erasing cannot
be undone and the command never prompts (scripts run it): without ``--yes`` it refuses. One line on
stdout when done, one on stderr when not: exit 2 for bad input (an unknown id changes nothing), 1
when the operation failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from copilot.errors import InputError, KnownError
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

EXIT_FAILURE, EXIT_INPUT = 1, 2


def add_parser(commands: Any) -> None:
    """Register ``privacy`` and its actions on the main parser's sub-parsers."""
    privacy = commands.add_parser(
        "privacy", help=translate("CliHelp", "GDPR: erase or export a customer's data, purge old sessions, show the "
                                             "audit"),
        description=translate("CliHelp", "Privacy operations on this machine's recorded sessions and logs. Each "
                                         "erase, export and purge is written to an audit that keeps counts and a "
                                         "keyed hash of the subject, never the subject."))
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    erase = actions.add_parser(
        "erase", help=translate("CliHelp", "erase a customer's sessions, or one session, for good"),
        description=translate("CliHelp", "Delete every session of a customer (matched by the customer id in the CRM "
                                         "details or the CRM's id for the call), or one session, so that nothing of "
                                         "it can be found in the database file, its write-ahead log or the log "
                                         "files. Cannot be undone: needs --yes."))
    who = erase.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", dest="privacy_customer", metavar="ID",
                     help=translate("CliHelp", "the customer's id in the CRM"))
    who.add_argument("--session", dest="privacy_session", metavar="ID",
                     help=translate("CliHelp", "one recorded session's id"))
    erase.add_argument("--yes", dest="privacy_yes", action="store_true",
                       help=translate("CliHelp", "confirm: erasing cannot be undone"))
    export = actions.add_parser(
        "export", help=translate("CliHelp", "write everything held about a customer to a JSON file (subject access "
                                            "request)"),
        description=translate("CliHelp", "Write the customer's sessions (details, transcript, cards, decisions, "
                                         "notes, scorecards), log lines that mention them and past privacy "
                                         "operations to one JSON file."))
    export.add_argument("--customer", dest="privacy_customer", metavar="ID", required=True,
                        help=translate("CliHelp", "the customer's id in the CRM"))
    export.add_argument("-o", "--output", dest="privacy_output", metavar="FILE", required=True,
                        help=translate("CliHelp", "the file to write"))
    purge = actions.add_parser(
        "purge", help=translate("CliHelp", "delete sessions older than the retention period"),
        description=translate("CliHelp", "Delete sessions that started more than N days ago, with everything that "
                                         "belongs to them."))
    purge.add_argument("--days", dest="privacy_days", metavar="N",
                       help=translate("CliHelp", "keep N days (default: the retention_days setting; 0 keeps "
                                                 "everything)"))
    audit = actions.add_parser("audit", help=translate("CliHelp", "list the privacy operations done on this machine"),
                               description=translate("CliHelp", "List every erase, export and purge, oldest first."))
    audit.add_argument("--json", dest="privacy_json", action="store_true",
                       help=translate("CliHelp", "print the audit as JSON"))


def run(args: argparse.Namespace) -> int:
    action = {"erase": _erase, "export": _export, "purge": _purge, "audit": _audit}[args.privacy_command]
    try:
        return action(args)
    except InputError as exc:
        print(f"copilot privacy {args.privacy_command}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except (KnownError, OSError) as exc:
        print(f"copilot privacy {args.privacy_command}: {exc}", file=sys.stderr)
        return EXIT_FAILURE


def _central() -> Any:
    """The central record's connection settings when one is configured, else None."""
    from copilot.central.connect import from_settings
    from copilot.config.settings import Settings

    return from_settings(Settings())


def _erase(args: argparse.Namespace) -> int:
    from copilot.config import paths
    from copilot.record import privacy
    if not args.privacy_yes:
        raise InputError(translate("Cli", "erasing cannot be undone; add --yes to confirm"))
    customer, session = args.privacy_customer, args.privacy_session
    whose = (translate("Cli", "customer {id}").format(id=customer) if customer is not None
             else translate("Cli", "session {id}").format(id=session))
    central = _central()  # a central_url that cannot work is said before anything is erased
    try:
        if customer is not None:
            result = privacy.erase_customer(paths.database_path(), customer, paths.log_dir())
        else:
            result = privacy.erase_session(paths.database_path(), session, paths.log_dir())
    except privacy.SubjectNotFound:
        if central is None:
            raise
        result = None  # erased here in an earlier run, or recorded on another desk: the central store may hold it
    if result is not None:
        rows = result.rows
        said = (translate("Cli", "erased {whose} on this computer: {counts}; {log_lines} rewritten") if central
                else translate("Cli", "erased {whose}: {counts}; {log_lines} rewritten"))
        print(said.format(whose=whose, counts=_counts(result.sessions, rows["utterances"], rows["suggestions"],
                                                      rows["notes"]), log_lines=_count(result.log_lines, "log line")))
    else:
        print(translate("Cli", "nothing of {whose} on this computer").format(whose=whose))
    if central is None:
        return 0
    from copilot.central import privacy as central_privacy
    from copilot.central.connect import connect

    try:
        with connect(central, application="agent-copilot-privacy") as conn:
            counts = central_privacy.erase(conn, session_ids=result.session_ids if result else (),
                                           customer_id=customer, session=session)
    except Exception as exc:
        from copilot.central.connect import CentralError, explain

        problem = exc if isinstance(exc, CentralError) else explain(exc, central)
        raise KnownError(translate("Cli", "not erased from the central record: {problem}; run the same erase again "
                                          "when it can be reached").format(problem=problem)) from None
    print(translate("Cli", "erased {whose} in the central record at {where}: {counts}").format(
        whose=whose, where=central.where,
        counts=_counts(counts["sessions"], counts["utterances"], counts["suggestions"], counts["notes"])
        + (", " + _count(counts["live_calls"], "live call") if counts.get("live_calls") else "")))
    return 0


def _export(args: argparse.Namespace) -> int:
    from copilot.config import paths
    from copilot.record import privacy
    central, elsewhere = _central(), []
    if central is not None:
        from copilot.central import privacy as central_privacy
        from copilot.central.connect import CentralError, connect, explain

        try:
            with connect(central, application="agent-copilot-privacy") as conn:
                elsewhere = central_privacy.customer_sessions(conn, args.privacy_customer)
        except CentralError:
            raise
        except Exception as exc:
            raise explain(exc, central) from None
    sessions = privacy.export_customer(paths.database_path(), args.privacy_customer, args.privacy_output,
                                       paths.log_dir(), elsewhere=elsewhere)
    where = "" if central is None else translate("Cli", " (this computer and the central record at {where})").format(
        where=central.where)
    if sessions:
        print(translate("Cli", "{sessions} of customer {customer} written to {file}").format(
            sessions=_count(sessions, "session"), customer=args.privacy_customer, file=args.privacy_output) + where)
    else:
        print(translate("Cli", "no recorded session for customer {customer}{where}; {file} says so").format(
            customer=args.privacy_customer, where=where, file=args.privacy_output))
    return 0


def _purge(args: argparse.Namespace) -> int:
    from copilot.config import paths
    from copilot.record import privacy
    if args.privacy_days is None:
        from copilot.config.settings import Settings

        days = Settings()["retention_days"]
    else:
        try:
            days = int(args.privacy_days)
        except ValueError:
            days = -1
        if days < 0:
            raise InputError(translate("Cli", "--days: {value} is not a whole number from 0").format(
                value=repr(args.privacy_days)))
    if days == 0:
        print(translate("Cli", "retention is off (0 days keeps every session); nothing purged"))
        return 0
    deleted = privacy.purge_older_than(paths.database_path(), days)
    print(translate("Cli", "{sessions} older than {days} deleted").format(sessions=_count(deleted, "session"),
                                                                         days=_count(days, "day")))
    return 0


def _audit(args: argparse.Namespace) -> int:
    from copilot.config import paths
    from copilot.record import privacy
    rows = privacy.audit_log(paths.database_path())
    if args.privacy_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(translate("Cli", "no privacy operation recorded"))
        return 0
    for row in rows:
        when = datetime.fromtimestamp(row["at"]).strftime("%Y-%m-%d %H:%M")
        detail = ", ".join(f"{k} {v}" for k, v in row["detail"].items())
        print(f"{when}  {row['operation']:<6} {row['scope']:<9} {_count(row['sessions_affected'], 'session'):<12} "
              + translate("Cli", "by {actor}").format(actor=row["actor"] or "?")
              + f"  {(row['subject_ref'] or '-')[:28]}  ({detail})")
    return 0


NOUNS = {  # one and many: two strings each, as docs/i18n.md asks
    "session": (QT_TRANSLATE_NOOP("Cli", "1 session"), QT_TRANSLATE_NOOP("Cli", "{n} sessions")),
    "line": (QT_TRANSLATE_NOOP("Cli", "1 line"), QT_TRANSLATE_NOOP("Cli", "{n} lines")),
    "card": (QT_TRANSLATE_NOOP("Cli", "1 card"), QT_TRANSLATE_NOOP("Cli", "{n} cards")),
    "note": (QT_TRANSLATE_NOOP("Cli", "1 note"), QT_TRANSLATE_NOOP("Cli", "{n} notes")),
    "log line": (QT_TRANSLATE_NOOP("Cli", "1 log line"), QT_TRANSLATE_NOOP("Cli", "{n} log lines")),
    "day": (QT_TRANSLATE_NOOP("Cli", "1 day"), QT_TRANSLATE_NOOP("Cli", "{n} days")),
    "live call": (QT_TRANSLATE_NOOP("Cli", "1 call in the supervisors' live view"),
                  QT_TRANSLATE_NOOP("Cli", "{n} calls in the supervisors' live view")),
}


def _count(n: int, noun: str) -> str:
    return translate("Cli", NOUNS[noun][0 if n == 1 else 1]).format(n=n)  # not translated: marked in NOUNS


def _counts(sessions: int, lines: int, cards: int, notes: int) -> str:
    return ", ".join((_count(sessions, "session"), _count(lines, "line"), _count(cards, "card"), _count(notes, "note")))
