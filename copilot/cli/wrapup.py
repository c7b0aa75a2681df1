"""``copilot wrapup SESSION|TRANSCRIPT``: the wrap-up the panel drafts, for a recorded call or a transcript.

SESSION is a recorded session (its id, the start of it, the CRM's id, or a file from ``copilot sessions
export``); TRANSCRIPT a file in either transcript format ``copilot suggest`` reads. The draft is the panel's:
the same builder, the team's dispositions file, and the configured model when AI drafts are on (unless
``--local``), falling back to the local draft with the reason on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copilot.errors import InputError, KnownError
from copilot.model import Speaker
from copilot.text.i18n import translate

if TYPE_CHECKING:  # loaded when the command runs: the panel's start, which builds the same parser, skips them
    from copilot.wrapup import WrapupBuilder, WrapupDraft

EXIT_INPUT = 2
INSERTED = ("inserted", "edited")


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    wrapup = commands.add_parser(
        "wrapup", help=translate("CliHelp", "draft the wrap-up of a recorded call or a transcript"),
        description=translate("CliHelp", "Draft the wrap-up note of a call: reason for contact, what was done or "
                                         "agreed, follow-ups with dates, disposition codes from the team's list, "
                                         "the customer's mood at the start and the end, and whether AI-drafted text "
                                         "reached the customer."))
    wrapup.add_argument("call", metavar="SESSION|TRANSCRIPT",
                        help=translate("CliHelp", "a recorded session id (or its start), a session file, a transcript "
                                                  "file, or - for a transcript on standard input"))
    wrapup.add_argument("--dispositions", metavar="FILE",
                        help=translate("CliHelp", "the team's dispositions CSV (default: the built-in list)"))
    wrapup.add_argument("--format", dest="wrapup_format", choices=["json", "text"], default="text",
                        help=translate("CliHelp", "the note to paste (text, default) or its fields (json)"))
    wrapup.add_argument("--date", dest="call_date", metavar="YYYY-MM-DD",
                        help=translate("CliHelp", "the day of the call, for 'tomorrow' and the like (default: the "
                                                  "session's day, or today)"))
    wrapup.add_argument("--local", action="store_true", help=translate("CliHelp", "never ask the AI model, even when "
                                                                                  "AI drafts are on"))


def run(args: argparse.Namespace) -> int:
    from copilot.wrapup import WrapupBuilder, load_dispositions

    try:
        dispositions = load_dispositions(args.dispositions)
        given_date = _date(args.call_date)
        call = _read_call(args.call)
    except KnownError as exc:
        _say(str(exc))
        return EXIT_INPUT
    builder = WrapupBuilder(dispositions, call_date=given_date or call.day or date.today())
    for speaker, text, lang in call.turns:
        builder.add(speaker, text, lang)
    if call.ai_reached:
        builder.note_ai_text_reached_customer()
    draft = builder.draft() if args.local else _with_ai(builder, call.context)
    if draft.fallback_reason:
        _say(translate("Cli", "AI draft unavailable ({reason}); the local draft follows").format(
            reason=draft.fallback_reason))
    if args.wrapup_format == "json":
        sys.stdout.write(json.dumps(draft.as_fields(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(draft.as_text() + "\n")
    return 0


def _say(message: str) -> None:
    sys.stderr.write(f"copilot wrapup: {message}\n")


def _date(given: str | None) -> date | None:
    if not given:
        return None
    try:
        return date.fromisoformat(given)
    except ValueError:
        raise InputError(translate("Cli", "--date {value}: give the day as YYYY-MM-DD").format(
            value=repr(given))) from None


class _Call:
    def __init__(self, turns: Iterable[tuple[Speaker, str, str | None]], *, day: date | None = None,
                 ai_reached: bool = False, context: dict[str, Any] | None = None) -> None:
        self.turns = list(turns)
        self.day = day
        self.ai_reached = ai_reached
        self.context = context or {}


def _read_call(given: str) -> _Call:
    from copilot.sources.transcript import read_stdin_transcript, read_transcript

    if given == "-":
        lines = read_stdin_transcript()
        return _Call((x.speaker, x.text, x.lang) for x in lines)
    path = Path(given)
    if path.is_file() and not zipfile.is_zipfile(path):
        return _Call((x.speaker, x.text, x.lang) for x in read_transcript(path))
    return _recorded(given)


def _recorded(given: str) -> _Call:
    """A session of the library, or a session file read into a scratch copy (never added to the library)."""
    from copilot.coaching.service import CoachingService
    from copilot.config import paths

    with tempfile.TemporaryDirectory(prefix="copilot-wrapup-") as scratch:
        service, session_id = CoachingService(paths.database_path()).locate(given, scratch)
        record = service.load_record(session_id)
    ai_reached = any(card.ai_generated and card.decision is not None and card.decision.action in INSERTED
                     for card in record.cards.values())
    return _Call(((Speaker(t.speaker), t.text, t.lang) for t in record.turns),
                 day=datetime.fromtimestamp(record.started_at).date() if record.started_at else None,
                 ai_reached=ai_reached, context=record.context)


def _with_ai(builder: WrapupBuilder, context: dict[str, Any]) -> WrapupDraft:
    """The model's draft when AI drafts are on and the endpoint is usable; otherwise the local one."""
    from copilot.config.settings import Settings

    settings = Settings()
    if not settings["ai_enabled"]:
        return builder.draft()
    from copilot.engines.generative import GenerativeClient
    from copilot.engines.prompt import config_from_settings
    from copilot.wrapup.generative import ai_draft

    try:
        client = GenerativeClient(config_from_settings(settings))
    except KnownError as exc:
        _say(translate("Cli", "AI drafts are on but cannot be used: {reason}").format(reason=exc))
        return builder.draft()
    with client:
        return ai_draft(builder, client, context=context)
