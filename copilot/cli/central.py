"""``copilot sync`` and ``copilot central``: the central record from a terminal or a deployment script.

``copilot sync --once`` sends what this desk's outbox holds, as the panel's background sync would, and says in
one line what it sent and what is left; it exits 0 only when nothing is left, so a script (or a desk being
handed back) can tell. ``copilot central migrate`` is for IT: it brings the server's schema up to this version
with the owner's login. ``copilot central status`` says where sessions go and how many wait.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from copilot.errors import KnownError
from copilot.text.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


def add_parser(commands: Any) -> None:
    """Register ``sync`` and ``central`` on the main parser's sub-parsers."""
    sync = commands.add_parser(
        "sync", help=translate("CliHelp", "send recorded sessions to the central record (PostgreSQL)"),
        description=translate("CliHelp", "Send the sessions the central record (the central_url setting) still lacks. "
                                         "With --once, send what is pending and exit: 0 when all of it arrived, 1 "
                                         "with the reason when some could not be sent (they stay on this computer "
                                         "and go with the next sync). Without it, keep sending until interrupted."))
    sync.add_argument("--once", dest="sync_once", action="store_true",
                      help=translate("CliHelp", "send what is pending, then exit"))
    central = commands.add_parser("central", help=translate("CliHelp", "the central record: set up its schema, show "
                                                                       "its state"),
                                  description=translate("CliHelp", "The central record's server side, for IT."))
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    migrate = actions.add_parser(
        "migrate", help=translate("CliHelp", "create or upgrade the central store's schema, roles and access rules"),
        description=translate("CliHelp", "Bring the central store's schema up to this version of Agent Copilot. Run "
                                         "it with the login that is to own the tables (not a desktop's): --url, or "
                                         "the central_url setting; the password from PGPASSWORD, ~/.pgpass or the "
                                         "keychain."))
    migrate.add_argument("--url", dest="central_url", metavar="URL",
                         help=translate("CliHelp", "libpq URL of the owner's login"))
    actions.add_parser("status", help=translate("CliHelp", "where sessions go, and how many wait on this computer"))


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "sync":
            return _sync(args)
        if args.central_command == "migrate":
            return _migrate(args)
        return _status()
    except KnownError as exc:
        print(f"copilot {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _config() -> Any:
    from copilot.central.connect import from_settings
    from copilot.config.settings import Settings

    settings = Settings()
    for problem in settings.problems:
        print(f"copilot sync: {problem}", file=sys.stderr)
    return from_settings(settings)


def _sessions(n: int) -> str:
    return translate("Cli", "1 session") if n == 1 else translate("Cli", "{n} sessions").format(n=n)


def _sync(args: argparse.Namespace) -> int:
    from copilot.central.sync import Sync, backoff
    from copilot.config import paths

    config = _config()
    if config is None:
        print("copilot sync: " + translate("Cli", "no central record is configured (set central_url: copilot config "
                                           "set central_url postgresql://USER@HOST/DATABASE)"), file=sys.stderr)
        return EXIT_INPUT
    failures = 0
    with Sync(paths.database_path(), config) as sync:
        while True:
            report = sync.run_once(settle_s=0.0 if args.sync_once else 2.0)
            said = translate("Cli", "{sessions} sent to the central record at {where}").format(
                sessions=_sessions(report.shipped), where=config.where)
            if report.pending:
                said += translate("Cli", "; {n} waiting on this computer").format(n=report.pending)
            if args.sync_once:
                if report.complete:
                    print(said + ("" if report.shipped else translate("Cli", " (nothing was pending)")))
                    return EXIT_OK
                print(said, file=sys.stderr)
                for problem in report.refused.values():
                    print(f"copilot sync: {problem}", file=sys.stderr)
                if report.problem:
                    print(f"copilot sync: {report.problem}", file=sys.stderr)
                return EXIT_FAILED
            if report.shipped or report.problem:
                print(said if report.problem is None else f"copilot sync: {report.problem}",
                      file=sys.stderr if report.problem else sys.stdout, flush=True)
            failures = failures + 1 if report.problem else 0
            try:
                time.sleep(backoff(failures) if failures else 10.0)
            except KeyboardInterrupt:
                return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    from copilot.central import schema
    from copilot.central.connect import CentralConfig, connect

    if args.central_url:
        from copilot.config import keychain

        try:
            password = keychain.central_password()
        except keychain.KeychainError:
            password = None
        config = CentralConfig(args.central_url, password=password)
    else:
        config = _config()
        if config is None:
            print("copilot central migrate: " + translate("Cli", "give --url or set central_url"), file=sys.stderr)
            return EXIT_INPUT
    with connect(config, application="agent-copilot-migrate") as conn:
        before, after = schema.migrate(conn)
    if before == after:
        print(translate("Cli", "the central store at {where} is at schema version {version}; nothing to do").format(
            where=config.where, version=after))
    else:
        print(translate("Cli", "the central store at {where} went from schema version {before} to {after}").format(
            where=config.where, before=before, after=after))
    return EXIT_OK


def _status() -> int:
    from copilot.config import paths
    from copilot.record import outbox
    from copilot.record.storage import opened

    config = _config()
    waiting = 0
    if paths.database_path().exists():
        with opened(paths.database_path()) as store:
            waiting = outbox.count_pending(store.db.conn)
    if config is None:
        where = translate("Cli", "nowhere: no central record is configured")
    elif config.redacted_only:
        where = translate("Cli", "the central record at {where} (redacted)").format(where=config.where)
    else:
        where = translate("Cli", "the central record at {where}").format(where=config.where)
    print(translate("Cli", "sessions go to {where}; {sessions} waiting on this computer").format(
        where=where, sessions=_sessions(waiting)))
    return EXIT_OK
