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

from copilot.errors import KnownError

EXIT_INPUT = 2


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    replay = commands.add_parser(
        "replay", help="replay a recorded session, write its coaching report, or re-run it (what-if)",
        description="Open a recorded session (an id from 'copilot sessions list', or an exported file) in the "
        "replay window; or write its coaching report; or re-run it through today's playbook.")
    replay.add_argument("session", metavar="FILE|ID", help="a session id, or a file from 'copilot sessions export'")
    replay.add_argument("--report", metavar="OUT", help="write the coaching report to OUT (.pdf or .html)")
    replay.add_argument("--what-if", action="store_true",
                        help="re-run through the current playbook and print old and new suggestions per utterance")
    replay.add_argument("--playbook", dest="replay_playbook", metavar="FILE",
                        help="with --what-if: the playbook to try instead of the current one")
    replay.add_argument("--format", dest="replay_format", choices=["jsonl", "text"], default="text",
                        help="with --what-if: output format (default text)")


def run(args: argparse.Namespace) -> int:
    if args.report and not args.report.lower().endswith((".pdf", ".html", ".htm")):
        print(f"copilot replay: --report {args.report}: the name must end in .pdf or .html", file=sys.stderr)
        return EXIT_INPUT
    with tempfile.TemporaryDirectory(prefix="copilot-replay-") as scratch:
        try:
            db_path, session_id = _locate(args.session, Path(scratch))
            if args.what_if:
                return _what_if(args, db_path, session_id)
            if args.report:
                from copilot.coaching.qt.report_writer import write_report

                written = write_report(db_path, session_id, Path(args.report))
                print(f"coaching report written to {written}")
                return 0
        except KnownError as exc:
            print(f"copilot replay: {exc}", file=sys.stderr)
            return EXIT_INPUT
        from copilot.coaching.qt.windows import run_standalone

        from_file = Path(args.session).is_file()
        return run_standalone(db_path, session_id=session_id, screenshot=args.screenshot, quit_after=args.quit_after,
                              read_only="Opened from a file: import it ('copilot sessions import') to keep notes "
                              "and a scorecard" if from_file else "")


def _locate(given: str, scratch: Path) -> tuple[Path, str]:
    """The database holding the session and its id: the library's, or a scratch copy of a file's."""
    from copilot.config import paths
    from copilot.record.archive import import_session
    from copilot.record.session_record import RecordNotFound
    from copilot.record.storage import Store

    source = Path(given)
    if source.is_file():  # read into a scratch database, never the library's
        db_path = scratch / "replay.db"
        store = Store(db_path)
        try:
            result = import_session(store.db.conn, source)
        finally:
            store.close()
        return db_path, result.session_id
    db_path = paths.database_path()
    store = Store(db_path)
    try:
        found = store.db.execute("SELECT id FROM sessions WHERE id = ? OR external_id = ? OR id LIKE ? "
                                 "ORDER BY id = ? DESC LIMIT 2", [given, given, f"{given}%", given]).fetchall()
    finally:
        store.close()
    if not found:
        raise RecordNotFound(f"{given}: no such file, and no recorded session with that id")
    if len(found) > 1 and found[0][0] != given:
        raise RecordNotFound(f"{given}: more than one session starts with that; give more of the id")
    return db_path, found[0][0]


def _what_if(args: argparse.Namespace, db_path: Path, session_id: str) -> int:
    from copilot.coaching.whatif import iter_jsonl, rerun
    from copilot.config.settings import Settings
    from copilot.engines.factory import from_settings
    from copilot.record.session_record import load_record
    from copilot.record.storage import Store

    store = Store(db_path)
    try:
        record = load_record(store.db.conn, session_id)
    finally:
        store.close()
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
        out.write(f"{mark} [{row.utterance_idx:>3}] {row.speaker or 'start'}: {row.text}\n")
        out.write(f"      then: {', '.join(c.entry_id for c in row.old) or '-'}\n")
        out.write(f"      now:  {', '.join(c.entry_id for c in row.new) or '-'}\n")
    out.write(f"{result.changed_rows} of {len(result.rows) - 1} lines would get other suggestions\n")
    return 0
