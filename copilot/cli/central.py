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

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


def add_parser(commands: Any) -> None:
    """Register ``sync`` and ``central`` on the main parser's sub-parsers."""
    sync = commands.add_parser(
        "sync", help="send recorded sessions to the central record (PostgreSQL)",
        description="Send the sessions the central record (the central_url setting) still lacks. With --once, "
        "send what is pending and exit: 0 when all of it arrived, 1 with the reason when some could not be sent "
        "(they stay on this computer and go with the next sync). Without it, keep sending until interrupted.")
    sync.add_argument("--once", dest="sync_once", action="store_true", help="send what is pending, then exit")
    central = commands.add_parser("central", help="the central record: set up its schema, show its state",
                                  description="The central record's server side, for IT.")
    actions = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    migrate = actions.add_parser(
        "migrate", help="create or upgrade the central store's schema, roles and access rules",
        description="Bring the central store's schema up to this version of Agent Copilot. Run it with the login "
        "that is to own the tables (not a desktop's): --url, or the central_url setting; the password from "
        "PGPASSWORD, ~/.pgpass or the keychain.")
    migrate.add_argument("--url", dest="central_url", metavar="URL", help="libpq URL of the owner's login")
    actions.add_parser("status", help="where sessions go, and how many wait on this computer")


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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _sync(args: argparse.Namespace) -> int:
    from copilot.central.sync import Sync, backoff
    from copilot.config import paths

    config = _config()
    if config is None:
        print("copilot sync: no central record is configured (set central_url: copilot config set central_url "
              "postgresql://USER@HOST/DATABASE)", file=sys.stderr)
        return EXIT_INPUT
    failures = 0
    with Sync(paths.database_path(), config) as sync:
        while True:
            report = sync.run_once(settle_s=0.0 if args.sync_once else 2.0)
            said = (f"{_count(report.shipped, 'session')} sent to the central record at {config.where}"
                    + ("" if not report.pending else f"; {report.pending} waiting on this computer"))
            if args.sync_once:
                if report.complete:
                    print(said + ("" if report.shipped else " (nothing was pending)"))
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
            print("copilot central migrate: give --url or set central_url", file=sys.stderr)
            return EXIT_INPUT
    with connect(config, application="agent-copilot-migrate") as conn:
        before, after = schema.migrate(conn)
    if before == after:
        print(f"the central store at {config.where} is at schema version {after}; nothing to do")
    else:
        print(f"the central store at {config.where} went from schema version {before} to {after}")
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
    where = f"the central record at {config.where}" if config else "nowhere: no central record is configured"
    redacted = " (redacted)" if config and config.redacted_only else ""
    print(f"sessions go to {where}{redacted}; {_count(waiting, 'session')} waiting on this computer")
    return EXIT_OK
