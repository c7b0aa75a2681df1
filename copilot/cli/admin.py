"""``copilot config`` and ``copilot secret``: silent provisioning for deployment scripts.

A script that sets up hundreds of desks cannot answer prompts or parse prose, so every action takes
its input from arguments or standard input, prints one plain result, and says what went wrong through
its exit code and one line on stderr. Settings go through ``copilot.config.settings.Settings`` (the same checks,
the same policy locks as the window); secrets go only to the OS keychain (``copilot.config.keychain``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from copilot.errors import KnownError
from copilot.text.documents import json_loads
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_LOCKED = 0, 1, 2, 3
EXIT_CODES = QT_TRANSLATE_NOOP("CliHelp", """exit codes:
  0  done
  1  the policy file is invalid, the keychain is unavailable, or the settings file cannot be written
  2  unknown name, bad value or empty input
  3  the setting is managed by your organisation (locked in the policy file)""")

SECRETS = {"ai-api-key": QT_TRANSLATE_NOOP("CliHelp", "the language model's API key"),
           "api-token": QT_TRANSLATE_NOOP("CliHelp", "the local API's bearer token"),
           "central-password": QT_TRANSLATE_NOOP("CliHelp", "the central record's database password")}
MIN_TOKEN_LENGTH = 16
SECRET_LIMIT = 65_536  # characters read from standard input for a secret


def add_parser(commands: Any) -> None:
    """Register ``config`` and ``secret`` on the main parser's sub-parsers."""
    raw = argparse.RawDescriptionHelpFormatter
    codes = translate("CliHelp", EXIT_CODES)  # not translated: marked above
    config = commands.add_parser(
        "config", help=translate("CliHelp", "read and change settings without the window (for deployment scripts)"),
        description=translate("CliHelp", "Read and change this user's settings, and show the organisation's policy "
                                         "file. Never prompts."), epilog=codes, formatter_class=raw)
    actions = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    get = actions.add_parser("get", help=translate("CliHelp", "print one setting, or all as 'name = value' lines"),
                             description=translate("CliHelp", "Print one setting's value, or every setting as 'name = "
                                                              "value' (values in JSON; locked ones marked '# locked "
                                                              "by policy')."),
                             epilog=codes, formatter_class=raw)
    get.add_argument("config_name", metavar="NAME", nargs="?",
                     help=translate("CliHelp", "the setting (default: all)"))
    get.add_argument("--json", dest="config_json", action="store_true",
                     help=translate("CliHelp", "print JSON: {\"value\": ..., \"locked\": ...} for one, an object of "
                                               "those for all"))
    change = actions.add_parser("set", help=translate("CliHelp", "change one setting and save it"),
                                description=translate("CliHelp", "Change one setting. VALUE is read as JSON when it "
                                                                 "parses (true, 8765, 0.5, [\"a\", \"b\"]), else as "
                                                                 "text; a text setting always takes the text as "
                                                                 "given."),
                                epilog=codes, formatter_class=raw)
    change.add_argument("config_name", metavar="NAME")
    change.add_argument("config_value", metavar="VALUE")
    actions.add_parser("policy", help=translate("CliHelp", "show the policy file in use and what it locks"),
                       description=translate("CliHelp", "Show the organisation's policy file: where it is looked for, "
                                                        "whether it exists, what it locks and which defaults it "
                                                        "sets, or why it is invalid."),
                       epilog=codes, formatter_class=raw)

    described = {name: translate("CliHelp", what) for name, what in SECRETS.items()}  # not translated: marked above
    secrets = "; ".join(translate("CliHelp", "{name} is {what}").format(name=name, what=what)
                        for name, what in described.items())
    secret = commands.add_parser(
        "secret", help=translate("CliHelp", "store or delete a secret in the OS keychain (for deployment scripts)"),
        description=translate("CliHelp", "Store or delete a secret in the OS keychain: {secrets}. Never "
                                         "prompts.").format(secrets=secrets),
        epilog=codes, formatter_class=raw)
    secret_actions = secret.add_subparsers(dest="secret_command", metavar="ACTION", required=True)
    store = secret_actions.add_parser(
        "set", help=translate("CliHelp", "store a secret read from standard input"),
        description=translate("CliHelp", "Store a secret read from standard input (one line; nothing is echoed or "
                                         "asked). Example: printf '%%s' \"$KEY\" | copilot secret set ai-api-key "
                                         "--stdin"),
        epilog=codes, formatter_class=raw)
    store.add_argument("secret_name", metavar="NAME", choices=list(SECRETS), help=", ".join(SECRETS))
    store.add_argument("--stdin", dest="secret_stdin", action="store_true", required=True,
                       help=translate("CliHelp", "read the secret from standard input (required: secrets never go on "
                                                 "the command line)"))
    delete = secret_actions.add_parser("delete", help=translate("CliHelp", "remove a secret from the keychain"),
                                       epilog=codes, formatter_class=raw)
    delete.add_argument("secret_name", metavar="NAME", choices=list(SECRETS), help=", ".join(SECRETS))


def run(args: argparse.Namespace) -> int:
    if args.command == "secret":
        return _secret(args)
    from copilot.config.settings import Settings

    settings = Settings()
    if args.config_command == "policy":
        return _policy(settings)
    if args.config_command == "get":
        return _get(settings, args.config_name, args.config_json)
    return _set(settings, args.config_name, args.config_value)


def _fail(code: int, message: str, command: str = "config") -> int:
    print(f"copilot {command}: {message}", file=sys.stderr)
    return code


def _get(settings: Any, name: str | None, as_json: bool) -> int:
    from copilot.config.options import check

    for problem in settings.problems:
        print(f"copilot config: {problem}", file=sys.stderr)
    if name is not None:
        if name not in settings.values:
            _, problem = check(name, None)  # names the setting closest to the one asked for
            return _fail(EXIT_INPUT, problem or translate("Cli", "unknown setting '{name}'").format(name=name))
        value = settings[name]
        if as_json:
            print(json.dumps({"value": value, "locked": settings.locked(name)}))
        else:
            print(value if isinstance(value, str) else json.dumps(value))
        return EXIT_OK
    if as_json:
        print(json.dumps({n: {"value": v, "locked": settings.locked(n)} for n, v in settings.values.items()},
                         indent=2))
        return EXIT_OK
    for n, v in settings.values.items():
        mark = "  # locked by policy" if settings.locked(n) else ""  # the 'name = value' format scripts read
        print(f"{n} = {json.dumps(v)}{mark}")
    return EXIT_OK


def parse_value(name: str, text: str) -> Any:
    """JSON when it parses, else the text; a text setting keeps the text unless it is a quoted JSON string."""
    from copilot.config.options import OPTIONS

    try:
        value = json_loads(text)
    except ValueError:
        return text
    option = OPTIONS.get(name)
    if option is not None and option.type is str and not isinstance(value, str):
        return text  # `config set team 42` means the team called "42"
    return value


def _set(settings: Any, name: str, text: str) -> int:
    from copilot.config.settings import SettingLocked

    for problem in settings.problems:
        print(f"copilot config: {problem}", file=sys.stderr)
    value = parse_value(name, text)
    try:
        settings.set(name, value)
    except SettingLocked as exc:
        return _fail(EXIT_LOCKED, str(exc))
    except ValueError as exc:
        return _fail(EXIT_INPUT, str(exc))
    except OSError as exc:
        return _fail(EXIT_FAILED, translate("Cli", "cannot save {path} ({reason})").format(
            path=settings.path, reason=exc.strerror or exc))
    print(f"{name} = {json.dumps(settings[name])}")
    return EXIT_OK


def _policy(settings: Any) -> int:
    from copilot.config.policy import ENVIRONMENT

    policy = settings.policy
    if os.environ.get(ENVIRONMENT):
        print(translate("Cli", "policy file: {path} (from {variable})").format(path=policy.path, variable=ENVIRONMENT))
    else:
        print(translate("Cli", "policy file: {path}").format(path=policy.path))
    if policy.problem:
        print(translate("Cli", "status: invalid; running in the safest mode"))
        for name, value in policy.locked.items():
            print(translate("Cli", "locked: {setting}").format(setting=f"{name} = {json.dumps(value)}"))
        return _fail(EXIT_FAILED, policy.problem)
    if not policy.exists:
        print(translate("Cli", "status: not present; nothing is managed"))
        return EXIT_OK
    print(translate("Cli", "status: in force"))
    for name, value in policy.locked.items():
        print(translate("Cli", "locked: {setting}").format(setting=f"{name} = {json.dumps(value)}"))
    for name, value in policy.defaults.items():
        print(translate("Cli", "default: {setting}").format(setting=f"{name} = {json.dumps(value)}"))
    if not policy.locked and not policy.defaults:
        print(translate("Cli", "it locks nothing and sets no defaults"))
    return EXIT_OK


def _secret(args: argparse.Namespace) -> int:
    from copilot.config import keychain  # loads keyring (about 100 ms): only for the commands that need it

    name = args.secret_name
    try:
        if args.secret_command == "delete":
            if name == "ai-api-key":
                removed = keychain.has_model_key() and keychain.delete_model_key()
            elif name == "central-password":
                removed = keychain.delete_central_password()
            else:
                removed = keychain.delete_api_token()
            print((translate("Cli", "{name} removed") if removed else translate("Cli", "there was no {name}")).format(
                name=name))
            return EXIT_OK
        value = getpass.getpass(prompt="") if sys.stdin.isatty() else sys.stdin.read(SECRET_LIMIT + 1)
        if len(value) > SECRET_LIMIT:
            return _fail(EXIT_INPUT, translate("Cli", "more than {limit} characters on standard input: that is no "
                                               "secret").format(limit=SECRET_LIMIT), "secret")
        value = value.strip()
        problem = _secret_problem(name, value)
        if problem:
            return _fail(EXIT_INPUT, problem, "secret")
        if name == "ai-api-key":
            keychain.set_model_key(value)
        elif name == "central-password":
            keychain.set_central_password(value)
        else:
            keychain.set_api_token(value)  # the token the local API checks on every request
    except KnownError as exc:
        return _fail(EXIT_FAILED, str(exc), "secret")
    print(translate("Cli", "{name} stored in the OS keychain").format(name=name))
    return EXIT_OK


def _secret_problem(name: str, value: str) -> str:
    if not value:
        return translate("Cli", "no {name} on standard input; nothing stored").format(name=name)
    if "\n" in value or "\r" in value:
        return translate("Cli", "the {name} must be one line; nothing stored").format(name=name)
    if name == "api-token" and (len(value) < MIN_TOKEN_LENGTH or any(c.isspace() for c in value)):
        return translate("Cli", "an api-token needs at least {n} characters and no spaces; nothing stored").format(
            n=MIN_TOKEN_LENGTH)
    return ""
