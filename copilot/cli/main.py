"""The ``copilot`` command: the panel, ``--demo``, and headless ``copilot suggest``."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copilot import __version__
from copilot.admin import selftest
from copilot.cli import admin as cli_admin
from copilot.cli import central as cli_central
from copilot.cli import evaluate as cli_evaluate
from copilot.cli import experiments as cli_experiments
from copilot.cli import gaps as cli_gaps
from copilot.cli import privacy as cli_privacy
from copilot.cli import replay as cli_replay
from copilot.cli import sessions as cli_sessions
from copilot.cli import wrapup as cli_wrapup
from copilot.errors import KnownError
from copilot.text.i18n import translate

if TYPE_CHECKING:
    from copilot.knowledge import Hit, KnowledgeBase

EXIT_FAILED = 1
EXIT_INPUT = 2


class CommandParser(argparse.ArgumentParser):
    """The parser of one command (``copilot sessions export``): an option it does not know is its own error,
    shown with its own usage. argparse leaves unknown options to the top-level parser, whose usage lists
    only the command names and so tells the user nothing about the option they got wrong."""

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copilot",
        description=translate("CliHelp", "Agent Copilot: suggestions beside any CRM, with the agent in control. "
                                         "Without a command, opens the side panel."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help=translate("CliHelp", "play bundled sample conversations "
                                                                                 "in the panel"))
    parser.add_argument("--playbook", metavar="FILE", help=translate("CliHelp", "playbook file (TOML or JSON)"))
    parser.add_argument("--context", metavar="FILE", help=translate("CliHelp", "customer context JSON for the session"))
    parser.add_argument("--no-on-top", action="store_true",
                        help=translate("CliHelp", "do not keep the panel above other windows"))
    parser.add_argument("--demo-pace", type=float, metavar="X",
                        help=translate("CliHelp", "demo speed factor (2 = twice as fast)"))
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help=translate("CliHelp", "log debug details"))
    parser.add_argument("--no-crash-dialog", action="store_true",
                        help=translate("CliHelp", "unattended use: log unexpected errors and keep crash.log, but show "
                                                  "no dialog"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    suggest = commands.add_parser(
        "suggest",
        help=translate("CliHelp", "run the engine over a transcript and print every suggestion"),
        description=translate("CliHelp", "Run the panel's local engine (the playbook and the knowledge base, as the "
                                         "settings and policy choose them) over a transcript (JSON lines or "
                                         "'Speaker: text' lines) and print every card the panel would show, with "
                                         "its utterance index, kind, entry id, text, rationale and latency."),
    )
    suggest.add_argument("transcript", metavar="TRANSCRIPT",
                         help=translate("CliHelp", "transcript file, or - for standard input"))
    suggest.add_argument("--playbook", dest="suggest_playbook", metavar="FILE",
                         help=translate("CliHelp", "playbook file (default: the panel's)"))
    suggest.add_argument("--knowledge", dest="suggest_knowledge", metavar="FILE",
                         help=translate("CliHelp", "knowledge base file (default: the panel's)"))
    suggest.add_argument("--context", dest="suggest_context", metavar="FILE",
                         help=translate("CliHelp", "customer context JSON"))
    suggest.add_argument("--format", choices=["jsonl", "text"], default="text",
                         help=translate("CliHelp", "output format"))
    suggest.add_argument("--policy", action="append", default=[], metavar="NAME",
                         help=translate("CliHelp", "enable a policy flag such as ai_disclosure, besides the panel's "
                                                   "(repeatable)"))
    listen = commands.add_parser(
        "listen",
        help=translate("CliHelp", "open the panel and listen to a live source"),
        description=translate("CliHelp", "Open the panel and feed it JSON lines (any message the local API takes) or "
                                         "'Speaker: text' lines from standard input or from a transcript file as it "
                                         "grows."),
    )
    where = listen.add_mutually_exclusive_group(required=True)
    where.add_argument("--stdin", action="store_true", help=translate("CliHelp", "read lines piped in by a "
                                                                                 "transcription tool"))
    where.add_argument("--follow", metavar="FILE", help=translate("CliHelp", "follow FILE as it grows, through "
                                                                             "truncation and rotation"))
    listen.add_argument("--session", metavar="ID", help=translate("CliHelp", "session id for lines that name none"))
    listen.add_argument("--new-lines-only", action="store_true",
                        help=translate("CliHelp", "with --follow: skip what FILE already holds"))

    send = commands.add_parser(
        "send",
        help=translate("CliHelp", "replay a transcript into a running panel through the local API"),
        description=translate("CliHelp", "Post each line of a transcript to a running panel's local API, as a CRM or "
                                         "transcription integration would. The token comes from the keychain unless "
                                         "given."),
    )
    send.add_argument("transcript", metavar="TRANSCRIPT",
                      help=translate("CliHelp", "transcript file (JSON lines or 'Speaker: text')"))
    send.add_argument("--session", default="replay", metavar="ID",
                      help=translate("CliHelp", "session id (default: replay)"))
    send.add_argument("--url", default="http://127.0.0.1:8765", help=translate("CliHelp", "the panel's API address"))
    send.add_argument("--token", help=translate("CliHelp", "bearer token (default: COPILOT_API_TOKEN, else the OS "
                                                           "keychain); other users can see it in the process list"))
    send.add_argument("--pace", type=float, default=0.0, metavar="SECONDS",
                      help=translate("CliHelp", "pause between lines (default 0: as fast as accepted)"))
    send.add_argument("--end", action="store_true", help=translate("CliHelp", "end the session after the last line"))
    kb = commands.add_parser("kb", help=translate("CliHelp", "the knowledge base: import articles, try a search"),
                             description=translate("CliHelp", "Manage the knowledge base the panel answers from."))
    kb_commands = kb.add_subparsers(dest="kb_command", metavar="ACTION", required=True)
    kb_import = kb_commands.add_parser(
        "import", help=translate("CliHelp", "import a folder or file of articles (Markdown, text, HTML, JSON lines, "
                                            "CSV)"),
        description=translate("CliHelp", "Import articles; importing the same path again updates changed articles and "
                                         "removes deleted ones. A broken file is reported and skipped; the rest "
                                         "imports."))
    kb_import.add_argument("path", metavar="PATH")
    kb_search = kb_commands.add_parser(
        "search", help=translate("CliHelp", "show what the knowledge base answers to a question or a conversation"),
        description=translate("CliHelp", "Rank the articles for a question, or, with --conversation, for a "
                                         "transcript's latest customer line with the conversation before it, "
                                         "exactly as the panel searches. The confidence is the chance that the "
                                         "article is right; the panel shows a card from the knowledge_threshold "
                                         "setting up."))
    kb_search.add_argument("text", metavar="TEXT", nargs="?", help=translate("CliHelp", "a customer's question"))
    kb_search.add_argument("--conversation", metavar="TRANSCRIPT",
                           help=translate("CliHelp", "transcript file (JSON lines or 'Speaker: text'), or - for "
                                                     "standard input"))
    kb_search.add_argument("--format", dest="kb_format", choices=["jsonl", "text"], default="text",
                           help=translate("CliHelp", "output format (jsonl: one article per line with id, title, "
                                                     "confidence)"))
    cli_gaps.add_parser(kb_commands)
    ai = commands.add_parser("ai", help=translate("CliHelp", "the language model for AI drafts: key and connection"),
                             description=translate("CliHelp", "Keep the model's API key in the OS keychain, or test "
                                                              "the endpoint set in the settings (ai_base_url, "
                                                              "ai_model)."))
    ai_commands = ai.add_subparsers(dest="ai_command", metavar="ACTION", required=True)
    ai_commands.add_parser("set-key", help=translate("CliHelp", "store the API key in the OS keychain (read from "
                                                                "standard input)"))
    ai_commands.add_parser("delete-key", help=translate("CliHelp", "remove the API key from the OS keychain"))
    ai_commands.add_parser("test", help=translate("CliHelp", "send a short request and report latency and the answer"))
    cli_evaluate.add_parser(commands)
    cli_sessions.add_parser(commands)
    cli_experiments.add_parser(commands)
    cli_replay.add_parser(commands)
    cli_wrapup.add_parser(commands)
    cli_admin.add_parser(commands)
    cli_privacy.add_parser(commands)
    cli_central.add_parser(commands)
    supervise = commands.add_parser(
        "supervise", help=translate("CliHelp", "the team's live calls: follow one, send its agent a note"),
        description=translate("CliHelp", "The live calls of the teams your central_url login supervises: agent, "
                                          "duration, mood, escalations, silences and alerts; open one to follow it "
                                          "and send its agent a note."))
    supervise.add_argument("--name", help=translate("CliHelp", "how your notes are signed (default: the agent_name "
                                                                "setting or your login)"))
    selftest.add_parser(commands)
    return parser


def _quiet_logs() -> None:
    """A command reports problems once, in its own words on stderr (``copilot config: ...``). Without a handler,
    Python would also print every warning the core logs (an invalid policy file, a bad settings value) a second
    time; the panel sends its log to a file (``copilot.config.logs``), a command to nowhere."""
    root = logging.getLogger("copilot")
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())


def _use_language() -> None:
    """Messages for people in the language the panel speaks (``ui_language``, else the locale), read from the
    ``.ts`` files without Qt; output meant for programs (JSON lines, ids) stays as it is. Settings that cannot be
    read leave English; the command itself then says why."""
    from copilot.config import paths
    from copilot.config.settings import Settings
    from copilot.text import i18n

    try:
        language = i18n.chosen_language(Settings()["ui_language"])
    except OSError:
        language = "en"
    i18n.use_catalogue(paths.resources_dir() / "i18n", language)


def _for_a_command(argv: list[str]) -> bool:
    """Whether the words are a command or a request for help, not the panel's start (``copilot``, ``copilot
    --demo``), which installs Qt's translators itself and should not pay for reading the ``.ts`` file."""
    return any(not word.startswith("-") or word in ("-h", "--help") for word in argv)


# Control characters but tab and line feed (and a carriage return that ends a line): ESC starts the terminal's
# escape sequences (colours, hidden text, the window title, cursor moves), BEL and a bare CR overwrite what was shown.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


class Printable:
    """A text stream that drops control characters before they reach the terminal.

    What the commands print comes from files and records someone else may have written (a transcript, a session
    file, a knowledge base, a playbook): ``copilot wrapup`` printed a transcript's escape sequences as they were,
    so a line could retitle the terminal, hide text or overwrite what was shown. JSON output is unaffected (its
    encoder escapes control characters); binary output goes through ``buffer`` untouched."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_UNPRINTABLE.sub("", text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, buffer, encoding, isatty, fileno: the stream's own
        return getattr(self._stream, name)


def _speak_utf8() -> None:
    """Text in every language in and out, whatever the console's code page.

    A Windows console or redirect in a legacy code page (cp1252, cp437) cannot hold Hebrew: ``copilot wrapup`` or
    ``kb search`` ended in a ``UnicodeEncodeError`` traceback, and a UTF-8 transcript piped in was read as
    cp1252 mojibake. Output to a file or pipe is written as UTF-8 (what every tool reading it expects); a
    terminal that cannot show a character shows "?" instead; what is piped in is read as UTF-8, a stray byte
    becoming U+FFFD rather than stopping the stream."""
    for stream, reading in ((sys.stdin, True), (sys.stdout, False), (sys.stderr, False)):
        encoding = str(getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding.startswith("utf") or reconfigure is None:
            continue
        try:
            if reading:
                reconfigure(encoding="utf-8", errors="replace")
            elif stream.isatty():
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8")
        except (OSError, ValueError):  # a stream already read from, or closed: left as it is
            continue


def main(argv: list[str] | None = None) -> int:
    _speak_utf8()
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Printable(out), Printable(err)
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (``copilot sessions list | head``): nothing more to say
        _quiet_stdout(out)
        return 1
    finally:
        sys.stdout, sys.stderr = out, err


def _quiet_stdout(stream: Any) -> None:
    """Point standard output at the null device, so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a file descriptor (a test's captured output)
        pass


def _main(argv: list[str] | None) -> int:
    _quiet_logs()
    if _for_a_command(sys.argv[1:] if argv is None else argv):  # before the parser: its help is translated too
        _use_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "ai":
        return _ai(args)
    if args.command == "kb":
        return cli_gaps.run(args) if args.kb_command == "gaps" else _knowledge(args)
    if args.command == "eval":
        return cli_evaluate.run(args)
    if args.command == "sessions":
        return cli_sessions.run(args)
    if args.command == "experiments":
        return cli_experiments.run(args)
    if args.command == "replay":
        return cli_replay.run(args)
    if args.command == "wrapup":
        return cli_wrapup.run(args)
    if args.command in ("config", "secret"):
        return cli_admin.run(args)
    if args.command == "self-test":
        return selftest.run(args)
    if args.command == "privacy":
        return cli_privacy.run(args)
    if args.command in ("sync", "central"):
        return cli_central.run(args)
    if args.command == "supervise":
        from copilot.cli.windows import open_supervise

        return open_supervise(args)
    if args.command == "send":
        from copilot.sources.client import send_transcript

        return send_transcript(args)
    if args.command == "suggest":
        try:
            return _suggest(args)
        except BrokenPipeError:
            # The reader went away (``copilot suggest ... | head``): stop quietly, as Unix tools do.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args.command == "listen" and args.follow and not Path(args.follow).is_file():
        print("copilot listen: " + translate("Cli", "{path}: no such file to follow (check the path, or start the "
                                             "tool that writes it first)").format(path=args.follow), file=sys.stderr)
        return EXIT_FAILED
    from copilot.cli.windows import open_panel  # Qt is imported only when a window is wanted

    return open_panel(args)


def _suggest(args: argparse.Namespace) -> int:
    from copilot.config.settings import Settings
    from copilot.engines.factory import UnknownPolicyFlag, check_policy_flags, from_settings
    from copilot.live.mood import MoodTrend
    from copilot.live.session import Session
    from copilot.live.turns import Line, play
    from copilot.sources.transcript import read_context, read_stdin_transcript, read_transcript

    playbook_path = args.suggest_playbook or args.playbook  # also before the command word
    context_path = args.suggest_context or args.context
    knowledge_path = args.suggest_knowledge
    notices: list[str] = []
    try:
        if knowledge_path and not Path(knowledge_path).is_file():
            raise KnownError(translate("Cli", "{path}: no such knowledge base file").format(path=knowledge_path))
        settings = Settings()
        local = from_settings(settings, playbook=playbook_path, knowledge_path=knowledge_path,
                              policies=args.policy, notices=notices)
        check_policy_flags(args.policy, local.playbook)
        context = read_context(context_path) if context_path else {}
        lines = read_stdin_transcript() if args.transcript == "-" else read_transcript(args.transcript)
    except UnknownPolicyFlag as exc:
        print(f"copilot suggest: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KnownError as exc:
        print(f"copilot suggest: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for notice in [*settings.problems, *notices]:
        print(f"copilot suggest: {notice}", file=sys.stderr)
    default = settings["default_language"] or local.playbook.default_language
    session = Session(local.engine, context=context, default_language=default, source="cli",
                      card_ttl=settings["card_ttl"])
    emit = _emit_jsonl if args.format == "jsonl" else _emit_text
    said = (Line(x.speaker, x.text, x.ts, x.lang) for x in lines)
    for utterance, change in play(session, said, MoodTrend()):  # the panel's mood hints too
        for suggestion in change.shown:
            emit(sys.stdout, suggestion, utterance)
    session.end()
    return 0


def _ai(args: argparse.Namespace) -> int:
    import getpass

    from copilot.config import keychain
    from copilot.config.settings import Settings

    try:
        if args.ai_command == "set-key":
            key = getpass.getpass(translate("Cli", "API key: ")) if sys.stdin.isatty() else sys.stdin.readline()
            if not key.strip():
                print("copilot ai: " + translate("Cli", "no key given; nothing stored"), file=sys.stderr)
                return EXIT_INPUT
            keychain.set_model_key(key)
            print(translate("Cli", "API key stored in the OS keychain"))
            return 0
        if args.ai_command == "delete-key":
            print(translate("Cli", "API key removed") if keychain.delete_model_key()
                  else translate("Cli", "there was no API key"))
            return 0
        from copilot.engines.generative import GenerativeClient
        from copilot.engines.prompt import config_from_settings

        with GenerativeClient(config_from_settings(Settings())) as client:
            check = client.test_connection()
    except KnownError as exc:
        reason = getattr(exc, "reason", "")
        print(f"copilot ai: {exc}" + (f" ({reason})" if reason else ""), file=sys.stderr)
        return 1
    print(translate("Cli", "{model} answered in {ms} ms: {answer}").format(
        model=check.model, ms=round(check.latency_ms), answer=check.answer))
    return 0


def _knowledge(args: argparse.Namespace) -> int:
    from copilot.config import paths
    from copilot.config.settings import Settings
    from copilot.knowledge import KnowledgeBase
    from copilot.knowledge.store import open_for_import

    settings = Settings()
    for problem in settings.problems:
        print(f"copilot kb: {problem}", file=sys.stderr)
    kb_path = paths.knowledge_path(settings["knowledge_path"])
    try:
        if args.kb_command == "import":
            kb, rebuilt = open_for_import(kb_path)
            if rebuilt:
                print(f"copilot kb: {rebuilt}", file=sys.stderr)

            def progress(done: int, total: int, what: str) -> None:
                line = (translate("Cli", "importing {done}/{total} files") if what == "files"
                        else translate("Cli", "indexing {done}/{total} articles"))
                print("\r" + line.format(done=done, total=total) + "  ", end="", file=sys.stderr, flush=True)

            result = kb.import_path(args.path, progress=progress)
            print(file=sys.stderr)
            for error in result.errors:
                print(translate("Cli", "skipped {problem}").format(problem=error), file=sys.stderr)
            print(translate("Cli", "{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, "
                                   "{skipped} skipped; {articles} articles in {path}").format(
                added=result.added, updated=result.updated, removed=result.removed, unchanged=result.unchanged,
                skipped=len(result.errors), articles=len(kb), path=kb_path))
            return 0
        kb = KnowledgeBase(kb_path)
        hits = _kb_search(kb, args)
    except KnownError as exc:
        print(f"copilot kb: {exc}", file=sys.stderr)
        return EXIT_INPUT
    for hit in hits:
        if args.kb_format == "jsonl":
            print(json.dumps({"id": hit.article.id, "title": hit.article.title, "confidence": hit.confidence,
                              "passage": hit.passage}, ensure_ascii=False))
        else:
            print(f"{hit.confidence:.2f}  {hit.article.title}\n      {hit.passage[:200]}")
    if not hits and args.kb_format == "text":
        print(translate("Cli", "no article matches"))
    return 0


def _kb_search(kb: KnowledgeBase, args: argparse.Namespace) -> list[Hit]:
    """The ranked articles for TEXT, or for the latest customer line of --conversation as the panel ranks them."""
    from copilot.knowledge import KnowledgeEngine
    from copilot.model import Conversation, Speaker, Utterance
    from copilot.sources.transcript import read_stdin_transcript, read_transcript

    if (args.text is None) == (args.conversation is None):
        raise KnownError(translate("Cli", "give either a question (TEXT) or --conversation TRANSCRIPT"))
    conversation = Conversation()
    if args.conversation is None:
        said = [Utterance(Speaker.CUSTOMER, args.text)]
    else:
        lines = (read_stdin_transcript() if args.conversation == "-"
                 else read_transcript(args.conversation))
        said = [Utterance(x.speaker, x.text, lang=x.lang) for x in lines]
    last = None
    for utterance in said:
        conversation.add(utterance)
        if utterance.speaker is Speaker.CUSTOMER:
            last = utterance
    if last is None:
        raise KnownError(translate("Cli", "{path}: no customer line to answer").format(path=args.conversation))
    return KnowledgeEngine(kb).rank(conversation, last)


def _emit_jsonl(out, suggestion, utterance) -> None:  # type: ignore[no-untyped-def]
    out.write(json.dumps(suggestion.as_dict(), ensure_ascii=False) + "\n")


def _emit_text(out, suggestion, utterance) -> None:  # type: ignore[no-untyped-def]
    where = translate("Cli", "start") if utterance is None else f"#{utterance.index} {utterance.speaker}"
    out.write(
        f"[{where}] {suggestion.kind}/{suggestion.entry_id} ({suggestion.lang}, "
        + translate("Cli", "{ms} ms").format(ms=f"{suggestion.latency_ms:.2f}") + f")\n    {suggestion.text}\n    "
        + translate("Cli", "why: {rationale}").format(rationale=suggestion.rationale) + "\n"
    )


if __name__ == "__main__":
    raise SystemExit(main())


