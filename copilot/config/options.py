"""Every setting, declared once with its type, default and meaning, and the one check of a value.

The user's settings file, ``Settings.set``, ``copilot config set`` and IT's policy file all accept exactly the
values ``check`` accepts. Both ``settings`` and ``policy`` build on this module, so neither imports the other
to learn what a setting is.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import re
import urllib.parse
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from publicsuffixlist import PublicSuffixList

# What a draft needs from the CRM: the plan, the products, the contract's dates, the offer; the first name only
# as its placeholder. Anything else stays on this machine unless IT adds it.
AI_CONTEXT_FIELDS = ("channel", "language", "customer.first_name", "customer.plan", "customer.products",
                     "customer.segment", "customer.tenure_months", "customer.contract_*", "contract.*", "offer.*",
                     "case.topic", "case.category")


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] | None = None
    example: Any = None  # shown when a value of the wrong type is given; the default when None


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in [
        Option("agent_name", str, "", "Name recorded with each session for coaching; empty means the login name."),
        Option("team", str, "", "Team recorded with each session, for team statistics."),
        Option("playbook_path", str, "", "Playbook file to use; empty means the bundled default."),
        Option("dispositions_path", str, "", "The team's disposition codes for wrap-ups (CSV, docs/wrapup.md); "
               "empty means the bundled list."),
        Option("stay_on_top", bool, True, "Keep the panel above the CRM window."),
        Option("theme", str, "system", "Colours: follow the system, or force light or dark.",
               ("system", "light", "dark")),
        Option("ui_language", str, "system",
               "Language of the panel's words: follow the system, or English, Dutch, French or Hebrew.",
               ("system", "en", "nl", "fr", "he")),
        Option("font_scale", float, 1.0, "Text size relative to the system font (0.8 to 1.6).", example=1.2),
        Option("default_language", str, "",
               "Language of suggestions until the customer's is known; empty means the playbook's."),
        Option("card_ttl", int, 6, "Utterances an unanswered card stays before it expires."),
        Option("demo_pace", float, 1.0, "Speed of --demo playback (2.0 plays twice as fast)."),
        Option("policies", list, [], "Policy flags that enable playbook entries, e.g. ai_disclosure.",
               example=["ai_disclosure"]),
        Option("api_enabled", bool, True, "Serve the local API for CRM, CTI and transcription integrations."),
        Option("api_port", int, 8765, "Port of the local API (on loopback)."),
        Option("api_bind", str, "127.0.0.1", "Address the local API listens on; loopback unless IT says otherwise."),
        Option("api_token_file", bool, True,
               "Without an OS keychain, keep the local API's token in a file only this user can read "
               "(IT may forbid it: the API then stays off)."),
        Option("api_allowed_origins", list, [], "Browser origins (https://crm.example.com) allowed to call the API."),
        # The chance (0 to 1) that the article is right, as calibrated on the tuning corpus
        # (copilot.knowledge.confidence); 0.55 is copilot.knowledge.engine.DEFAULT_THRESHOLD.
        Option("knowledge_threshold", float, 0.55,
               "Knowledge cards are shown when at least this likely right (0 to 1; 0.55 = 55% likely right)."),
        Option("ai_enabled", bool, False, "Ask a language model for drafts beside the local cards."),
        Option("ai_provider", str, "openai",
               "openai: OpenAI or any compatible server (vLLM, Ollama, llama.cpp, LM Studio); azure: Azure OpenAI.",
               ("openai", "azure")),
        Option("ai_base_url", str, "http://127.0.0.1:11434/v1",
               "Endpoint: an OpenAI-compatible base URL, or the Azure OpenAI resource (https://NAME.openai.azure.com)."),
        Option("ai_model", str, "", "Model name the endpoint serves (for Azure OpenAI: the deployment name)."),
        Option("ai_api_version", str, "2024-10-21", "Azure OpenAI REST API version."),
        Option("ai_local_only", bool, True, "Allow only endpoints on this computer (loopback)."),
        Option("ai_timeout", float, 8.0, "Seconds to wait for the model before the playbook carries on alone."),
        Option("ai_debounce_ms", int, 300,
               "A line within this many ms of the last request waits for the customer to pause (0: never)."),
        Option("ai_max_discount_percent", float, 10.0, "Drafts offering a larger discount are dropped."),
        Option("ai_allowed_domains", list, [],
               "Domains AI drafts may link to (example.com covers its subdomains), besides those in the knowledge "
               "passages; a draft linking anywhere else is held back."),
        Option("ai_context_fields", list, list(AI_CONTEXT_FIELDS),
               "CRM fields sent to the language model (dotted paths, '*' at the end for a group); ids, streets, "
               "phones, e-mails and birth dates are never sent."),
        Option("clipboard_capture", bool, False, "Text copied in other apps becomes a customer line."),
        Option("paste_into_crm", bool, False, "After Insert, paste into the window used before the panel."),
        Option("global_hotkeys", bool, False, "Insert card N from any window with the hotkey below."),
        Option("hotkey", str, "<ctrl>+<alt>+{n}", "Global hotkey for card {n} (pynput notation)."),
        Option("redaction", bool, True,
               "Replace personal data by placeholders in everything sent to a language model (always on)."),
        Option("retention_days", int, 0, "Days recorded sessions are kept before they are deleted (0: keep them)."),
        Option("central_url", str, "",
               "The central record: a libpq URL (postgresql://desk-0042@db.example.com/copilot?sslmode=verify-full"
               "&sslrootcert=/etc/ssl/company-ca.pem); the password goes in the keychain "
               "(copilot secret set central-password --stdin), never here. Empty: sessions stay on this computer."),
        Option("central_redacted_only", bool, False,
               "Ship sessions to the central record with personal data replaced by placeholders."),
        Option("central_live", bool, True,
               "With a central record, the calls running on this desk are shown live to the team's supervisors "
               "(lines, cards, mood; redacted when central_redacted_only is on), and their notes reach the panel."),
        Option("central_library", bool, False,
               "The session library, replay and reports read the central record (for trainers' computers, whose "
               "central_url login is a trainer's) instead of this computer's sessions."),
        Option("knowledge_path", str, "",
               "Knowledge base file, e.g. on a network share (a folder means knowledge.db in it); "
               "empty means the user's data folder."),
    ]
}

MANAGED = "managed by your organisation"


def check(name: str, value: Any) -> tuple[Any, str | None]:
    """The value as stored (an int given for a float becomes a float) and what is wrong with it, if anything.

    Shared by the user's file, ``Settings.set`` and the policy file, so all three accept the same values.
    """
    option = OPTIONS.get(name)
    if option is None:
        close = difflib.get_close_matches(name, OPTIONS, n=1)
        return value, f"unknown setting '{name}'" + (f" (did you mean '{close[0]}'?)" if close else "")
    if option.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, option.type) or (option.type is not bool and isinstance(value, bool)):
        return value, f"setting '{name}' must be {_kind_of_value(option)}, got {_shown(value)}"
    if option.choices and value not in option.choices:
        return value, f"setting '{name}' must be one of {', '.join(option.choices)}, got {value!r}"
    return value, _check_range(name, value)


def _kind_of_value(option: Option) -> str:
    """What a value of the option looks like, in words a person who never saw Python understands."""
    example = option.example if option.example is not None else option.default
    if option.type is bool:
        return "true or false"
    if option.type is float:
        return f"a number such as {example}"
    if option.type is int:
        return f"a whole number such as {example}"
    if option.type is list:
        return f"a list such as {json.dumps(example or ['name'])}"
    return "text"


def _shown(value: Any) -> str:
    """The value as the person typed it: 'huge', 3, true, [1, 2]."""
    if isinstance(value, str):
        return repr(value)
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


def _check_range(name: str, value: Any) -> str | None:
    if name == "font_scale" and not 0.8 <= value <= 1.6:
        return "setting 'font_scale' must be between 0.8 and 1.6"
    if name == "ai_debounce_ms" and not 0 <= value <= 5000:
        return "setting 'ai_debounce_ms' must be between 0 and 5000"
    if name in ("card_ttl",) and value < 1:
        return f"setting '{name}' must be 1 or more"
    if name == "demo_pace" and not 0.1 <= value <= 50:
        return "setting 'demo_pace' must be between 0.1 and 50"
    if name in ("policies", "api_allowed_origins", "ai_context_fields") and not all(isinstance(item, str)
                                                                                   for item in value):
        return f"setting '{name}' must be a list of names"
    if name == "ai_allowed_domains":
        return allowed_domains_problem(value)
    if name == "knowledge_threshold" and not 0.0 <= value <= 1.0:
        return "setting 'knowledge_threshold' must be between 0 and 1"
    if name == "hotkey" and "{n}" not in value:
        return "setting 'hotkey' must contain {n} for the card number, e.g. <ctrl>+<alt>+{n}"
    if name == "api_port" and not 0 <= value <= 65535:
        return "setting 'api_port' must be a port number from 0 to 65535"
    if name == "retention_days" and not 0 <= value <= 3650:
        return "setting 'retention_days' must be between 0 (keep forever) and 3650"
    if name == "central_url" and value.strip():
        return central_url_problem(value)
    if name == "ai_base_url" and value.strip():
        return ai_base_url_problem(value)
    if name == "ai_timeout" and not 0.5 <= value <= 300:
        return "setting 'ai_timeout' must be between 0.5 and 300 seconds"
    if name == "ai_max_discount_percent" and not 0 <= value <= 100:
        return "setting 'ai_max_discount_percent' must be between 0 and 100"
    if name == "api_bind" and not _HOST.fullmatch(value.strip()):
        return "setting 'api_bind' must be an address such as 127.0.0.1 or ::1, or a host name of this computer"
    if name == "redaction" and value is not True:
        return "setting 'redaction' cannot be turned off: everything sent to a language model is redacted"
    return None


# An IPv4 or IPv6 literal, or a host name: what a listening socket can be bound to. Empty means loopback.
_HOST = re.compile(r"|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
# Query parameters that carry a credential: a key in an address ends up in a settings file anyone may read.
_SECRET_PARAMETERS = {"key", "api-key", "api_key", "apikey", "token", "access_token", "password", "secret", "sig",
                      "code"}


def site_domain(entry: str) -> str:
    """The domain an ``ai_allowed_domains`` entry names: "https://www.Example.com/path" -> "example.com" (the setting
    may be written as a link, with ``*.`` or ``www.`` before it)."""
    host = re.sub(r"^[a-z]+://", "", entry.strip().casefold()).split("/")[0].split("@")[-1].split(":")[0]
    return host.removeprefix("*.").removeprefix("www.").strip(".")


@lru_cache(maxsize=1)
def _public_suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # the list ships inside the package: nothing is fetched


def is_public_suffix(domain: str) -> bool:
    """Whether ``domain`` is one under which anyone may register a name ("com", "co.uk", "github.io"), by the
    Public Suffix List: allowing it would allow every site under it."""
    return "." not in domain or _public_suffixes().is_public(domain)


def allowed_domains_problem(value: list[Any]) -> str | None:
    """What is wrong with ``ai_allowed_domains``: not a list of domain names, or one of them a suffix shared by
    many owners (".com", "co.uk", "github.io"), which would let a draft link to any site under it."""
    for item in value:
        if not isinstance(item, str) or " " in item.strip():
            return "setting 'ai_allowed_domains' must be a list of domain names, e.g. [\"example.com\"]"
        domain = site_domain(item)
        if "." not in domain and not item.strip().startswith((".", "*.")):
            return f"setting 'ai_allowed_domains': {item.strip()!r} is not a domain name, e.g. \"example.com\""
        if is_public_suffix(domain):
            return (f"setting 'ai_allowed_domains': {item.strip()!r} is a suffix under which anyone can register a "
                    f"site; list the company's own domain, e.g. \"example.{domain or 'com'}\"")
    return None


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (a name or an address literal) is this computer: ``localhost`` or a loopback address. Any
    other name could resolve anywhere."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def ai_base_url_problem(url: str) -> str | None:
    """What is wrong with an ``ai_base_url``: not an http(s) address with a server, or a credential in it (the key
    belongs in the keychain, and an address is shown in the settings, the self-test and the log)."""
    keychain = "put the key in the keychain instead (Settings, or copilot ai set-key)"
    try:
        parts = urllib.parse.urlsplit(url.strip())
        query = urllib.parse.parse_qs(parts.query)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError as exc:
        return f"setting 'ai_base_url' is not a valid address ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "setting 'ai_base_url' must be an http:// or https:// address such as http://127.0.0.1:11434/v1"
    if parts.username is not None or parts.password is not None:
        return f"setting 'ai_base_url' must not contain a user name or password; {keychain}"
    if {k.lower() for k in query} & _SECRET_PARAMETERS:
        return f"setting 'ai_base_url' must not contain a key or token; {keychain}"
    return None


_CONNINFO_PASSWORD = re.compile(r"(?:^|\s)password\s*=", re.IGNORECASE)


def central_url_problem(url: str) -> str | None:
    """What is wrong with a ``central_url``: not a libpq URL, or a password in it (which belongs in the keychain,
    never in a settings or policy file anyone may read)."""
    url = url.strip()
    keychain = "put the password in the keychain instead (copilot secret set central-password --stdin)"
    if "://" not in url:
        if "=" in url:  # libpq's key=value form
            return (f"setting 'central_url' must not contain a password; {keychain}"
                    if _CONNINFO_PASSWORD.search(url) else None)
        return "setting 'central_url' must be a PostgreSQL URL such as postgresql://user@host/copilot"
    try:
        parts = urllib.parse.urlsplit(url)
        query = urllib.parse.parse_qs(parts.query)
    except ValueError as exc:
        return f"setting 'central_url' is not a valid URL ({exc})"
    if parts.scheme not in ("postgresql", "postgres"):
        return f"setting 'central_url' must start with postgresql://, not {parts.scheme}://"
    if parts.password is not None or "password" in {k.lower() for k in query}:
        return f"setting 'central_url' must not contain a password; {keychain}"
    return None
