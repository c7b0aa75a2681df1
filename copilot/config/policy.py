"""Managed configuration: a system-wide TOML file in which IT locks settings or changes their defaults.

An installation on hundreds of desks needs one place that says which endpoint, model and features an
agent may use. The file lives where only an administrator can write it (``policy_path``)::

    version = 1

    [settings]                  # locked: the agent sees them greyed out, "managed by your organisation"
    ai_base_url = "https://llm.example.com/v1"
    ai_local_only = false
    retention_days = 90

    [defaults]                  # replace the built-in default; the agent may still change them
    theme = "dark"

Keys and values are checked exactly as the user's own settings are (``copilot.config.options.check``). A file
that is present but wrong is never ignored: the copilot runs in its safest mode (``SAFEST``, locked) and
says why, because silently dropping a lock would hand the agent what IT meant to withhold.
``COPILOT_POLICY`` names another file; it serves tests and unusual installs, and is no security boundary
(anyone who can set it could also run an unmanaged copy).
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from types import MappingProxyType
from typing import Any

from copilot.config.options import check
from copilot.errors import KnownError
from copilot.text.documents import SETTINGS_LIMIT, read_bytes, toml_loads
from copilot.text.i18n import translate

log = logging.getLogger("copilot.policy")

POLICY_VERSION = 1
ENVIRONMENT = "COPILOT_POLICY"
TABLES = ("settings", "defaults")

# What an unreadable or invalid policy leaves the agent: nothing that sends text off the machine, listens on
# the network, reads other applications or types into them.
SAFEST: Mapping[str, Any] = MappingProxyType({
    "ai_enabled": False, "ai_local_only": True, "api_enabled": False,
    "clipboard_capture": False, "global_hotkeys": False, "paste_into_crm": False,
})
SAFEST_SUMMARY = "AI drafts, the local API, clipboard capture, global hotkeys and pasting into the CRM are off"


class PolicyError(KnownError):
    """The policy file is present but cannot be used; the message names the file, each key and its problem."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(translate("Policy", "policy file {path}: {problems}").format(path=path,
                                                                                     problems="; ".join(problems)))
        self.path = path
        self.problems = problems


@dataclass(frozen=True)
class Policy:
    """What the policy file locks and which defaults it sets; ``problem`` when it is invalid (then ``SAFEST``)."""

    path: Path
    exists: bool = False
    locked: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    defaults: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    problem: str = ""

    def reason(self, name: str) -> str:
        """Why ``name`` cannot be changed, in words an agent can pass on to the IT desk."""
        if self.problem:
            return translate("Policy", "This setting is managed by your organisation: it is held at its safest value "
                             "because the policy file {path} has a problem.").format(path=self.path)
        return translate("Policy", "This setting is managed by your organisation (policy file {path}).").format(
            path=self.path)


def default_policy_path(platform: str | None = None) -> PurePath:
    """Where IT installs the policy on each operating system: a folder only administrators can write."""
    platform = platform or sys.platform
    if platform == "win32":
        return PureWindowsPath(os.environ.get("PROGRAMDATA") or r"C:\ProgramData", "AgentCopilot", "policy.toml")
    if platform == "darwin":
        return PurePosixPath("/Library/Application Support/AgentCopilot/policy.toml")
    return PurePosixPath("/etc/agent-copilot/policy.toml")


def policy_path() -> Path:
    """The policy file in use: ``COPILOT_POLICY`` when set, else the system-wide location."""
    override = os.environ.get(ENVIRONMENT)
    return Path(override).expanduser() if override else Path(default_policy_path())


def read_policy(path: Path) -> Policy:
    """The policy in ``path``; an empty policy when there is no file. ``PolicyError`` when it cannot be used."""
    try:
        raw = read_bytes(path, SETTINGS_LIMIT)
    except FileNotFoundError:
        return Policy(path)
    except OSError as exc:
        raise PolicyError(path, [translate("Policy", "cannot be read ({reason})").format(
            reason=exc.strerror or exc.__class__.__name__)]) from None
    try:
        data = toml_loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(path, [translate("Policy", "is not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(path, [translate("Policy", "is not valid TOML ({reason})").format(reason=exc)]) from None
    problems = _check_version(data.get("version"))
    problems += [translate("Policy", "unknown key '{key}' (a policy holds version, [settings] and [defaults])").format(
        key=key) for key in data if key not in ("version", *TABLES)]
    tables: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        given = data.get(table, {})
        if not isinstance(given, dict):
            problems.append(f"'{table}' must be a table ([{table}]), got {type(given).__name__}")
            continue
        tables[table] = {}
        for name, value in given.items():
            value, problem = check(name, value)
            if problem:
                problems.append(f"[{table}] {problem}")
            else:
                tables[table][name] = value
    for name in sorted(set(tables.get("settings", {})) & set(tables.get("defaults", {}))):
        problems.append(translate("Policy", "setting '{name}' is both locked in [settings] and a default in "
                                            "[defaults]; keep one").format(name=name))
    if problems:
        raise PolicyError(path, problems)
    return Policy(path, exists=True, locked=MappingProxyType(tables["settings"]),
                  defaults=MappingProxyType(tables["defaults"]))


def _check_version(version: Any) -> list[str]:
    if version is None:
        return [f"'version = {POLICY_VERSION}' is missing (put it on the first line)"]
    if isinstance(version, bool) or not isinstance(version, int):
        return [f"'version' must be the number {POLICY_VERSION}, got {version!r}"]
    if version != POLICY_VERSION:
        return [f"version {version} is not one this Agent Copilot reads (it reads version = {POLICY_VERSION})"]
    return []


def load_policy(path: Path | None = None) -> Policy:
    """The policy to run under, never raising: an invalid file gives the safest mode, locked, with its problem."""
    path = path or policy_path()
    try:
        policy = read_policy(path)
    except PolicyError as exc:
        problem = f"{exc}. Until IT fixes it, Agent Copilot runs in its safest mode: {SAFEST_SUMMARY}."
        log.error("%s", problem)
        return Policy(path, exists=True, locked=SAFEST, problem=problem)
    if policy.exists:
        log.info("policy %s locks %s", path, ", ".join(sorted(policy.locked)) or "nothing")
    return policy
