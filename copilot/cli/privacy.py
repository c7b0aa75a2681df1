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

EXIT_FAILURE, EXIT_INPUT = 1, 2


def add_parser(commands: Any) -> None:
    """Register ``privacy`` and its actions on the main parser's sub-parsers."""
    privacy = commands.add_parser(
        "privacy", help="GDPR: erase or export a customer's data, purge old sessions, show the audit",
        description="Privacy operations on this machine's recorded sessions and logs. Each erase, export and "
        "purge is written to an audit that keeps counts and a keyed hash of the subject, never the subject.")
    actions = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    erase = actions.add_parser(
        "erase", help="erase a customer's sessions, or one session, for good",
        description="Delete every session of a customer (matched by the customer id in the CRM details or the "
        "CRM's id for the call), or one session, so that nothing of it can be found in the database file, its "
        "write-ahead log or the log files. Cannot be undone: needs --yes.")
    who = erase.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", dest="privacy_customer", metavar="ID", help="the customer's id in the CRM")
    who.add_argument("--session", dest="privacy_session", metavar="ID", help="one recorded session's id")
    erase.add_argument("--yes", dest="privacy_yes", action="store_true", help="confirm: erasing cannot be undone")
    export = actions.add_parser(
        "export", help="write everything held about a customer to a JSON file (subject access request)",
        description="Write the customer's sessions (details, transcript, cards, decisions, notes, scorecards), "
        "log lines that mention them and past privacy operations to one JSON file.")
    export.add_argument("--customer", dest="privacy_customer", metavar="ID", required=True,
                        help="the customer's id in the CRM")
    export.add_argument("-o", "--output", dest="privacy_output", metavar="FILE", required=True,
                        help="the file to write")
    purge = actions.add_parser(
        "purge", help="delete sessions older than the retention period",
        description="Delete sessions that started more than N days ago, with everything that belongs to them.")
    purge.add_argument("--days", dest="privacy_days", metavar="N",
                       help="keep N days (default: the retention_days setting; 0 keeps everything)")
    audit = actions.add_parser("audit", help="list the privacy operations done on this machine",
                               description="List every erase, export and purge, oldest first.")
    audit.add_argument("--json", dest="privacy_json", action="store_true", help="print the audit as JSON")


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
        raise InputError("erasing cannot be undone; add --yes to confirm")
    customer, session = args.privacy_customer, args.privacy_session
    whose = f"customer {customer}" if customer is not None else f"session {session}"
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
        here = " on this computer" if central is not None else ""
        print(f"erased {whose}{here}: {_count(result.sessions, 'session')}, "
              f"{_count(rows['utterances'], 'line')}, {_count(rows['suggestions'], 'card')}, "
              f"{_count(rows['notes'], 'note')}; {_count(result.log_lines, 'log line')} rewritten")
    else:
        print(f"nothing of {whose} on this computer")
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
        raise KnownError(f"not erased from the central record: {problem}; run the same erase again when it can be "
                         "reached") from None
    print(f"erased {whose} in the central record at {central.where}: {_count(counts['sessions'], 'session')}, "
          f"{_count(counts['utterances'], 'line')}, {_count(counts['suggestions'], 'card')}, "
          f"{_count(counts['notes'], 'note')}")
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
    where = f" (this computer and the central record at {central.where})" if central is not None else ""
    if sessions:
        print(f"{_count(sessions, 'session')} of customer {args.privacy_customer} written to "
              f"{args.privacy_output}{where}")
    else:
        print(f"no recorded session for customer {args.privacy_customer}{where}; {args.privacy_output} says so")
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
            raise InputError(f"--days: {args.privacy_days!r} is not a whole number from 0")
    if days == 0:
        print("retention is off (0 days keeps every session); nothing purged")
        return 0
    deleted = privacy.purge_older_than(paths.database_path(), days)
    print(f"{_count(deleted, 'session')} older than {_count(days, 'day')} deleted")
    return 0


def _audit(args: argparse.Namespace) -> int:
    from copilot.config import paths
    from copilot.record import privacy
    rows = privacy.audit_log(paths.database_path())
    if args.privacy_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no privacy operation recorded")
        return 0
    for row in rows:
        when = datetime.fromtimestamp(row["at"]).strftime("%Y-%m-%d %H:%M")
        detail = ", ".join(f"{k} {v}" for k, v in row["detail"].items())
        print(f"{when}  {row['operation']:<6} {row['scope']:<9} {_count(row['sessions_affected'], 'session'):<12} "
              f"by {row['actor'] or '?'}  {(row['subject_ref'] or '-')[:28]}  ({detail})")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
