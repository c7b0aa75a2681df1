"""User preferences, declared once with their type, default and meaning.

Stored as JSON in the config dir, apart from window state. A malformed file or value is reported by
name, the default is used for that value, and the file is kept as it was until the user changes a
setting (then the bad copy is saved beside it). Secrets never live here: they go to the keychain.

IT may manage settings through a system-wide policy file (``copilot.config.policy``). The effective value is,
first to last: the policy's ``[settings]`` (locked), the user's file, the policy's ``[defaults]``, the
built-in default. Locked values never reach the user's file, so lifting a lock gives back the user's own.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from copilot.config import paths
from copilot.config.options import MANAGED, OPTIONS, check
from copilot.config.policy import Policy, load_policy
from copilot.errors import KnownError
from copilot.text.documents import SETTINGS_LIMIT, json_loads, read_text
from copilot.text.i18n import translate

log = logging.getLogger("copilot.settings")
SETTINGS_VERSION = 1


class SettingLocked(KnownError):
    """IT set this value in the policy file; the agent cannot change it here."""


class Settings:
    def __init__(self, path: Path | None = None, policy: Policy | None = None) -> None:
        self.path = path or paths.settings_path()
        self.policy = policy if policy is not None else load_policy()
        self.policy_problem = self.policy.problem
        self.defaults: dict[str, Any] = {name: option.default for name, option in OPTIONS.items()}
        self.defaults.update(self.policy.defaults)
        self.values: dict[str, Any] = dict(self.defaults)
        self.problems: list[str] = [self.policy_problem] if self.policy_problem else []
        self._own_locked: dict[str, Any] = {}  # the user's values for locked names, kept for when IT lifts the lock
        self._file_was_bad = False
        self._load()
        self.values.update(self.policy.locked)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def locked(self, name: str) -> bool:
        """True when the policy file sets this value and the agent cannot change it."""
        return name in self.policy.locked

    def managed_reason(self, name: str) -> str:
        """Why a setting cannot be changed (for a tooltip or a command's answer); empty when it can."""
        return self.policy.reason(name) if self.locked(name) else ""

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json_loads(read_text(self.path, SETTINGS_LIMIT))
            if not isinstance(data, dict):
                raise ValueError("the top level must be an object")
        except (OSError, ValueError) as exc:
            self._file_was_bad = True
            self.problems.append(translate("Settings", "{path}: unreadable settings ({reason}); using defaults").format(
                path=self.path, reason=exc))
            return
        data = upgrade(data)
        for name, value in data.items():
            if name == "version":
                continue
            problem = self._set(name, value)
            if problem:
                self.problems.append(translate("Settings", "{path}: {problem}; using the default").format(
                    path=self.path, problem=problem))
            elif self.locked(name):
                self._own_locked[name] = self.values[name]
        for problem in self.problems:
            log.warning("%s", problem)

    def _set(self, name: str, value: Any) -> str | None:
        value, problem = check(name, value)
        if problem:
            return problem
        self.values[name] = value
        return None

    def set(self, name: str, value: Any) -> None:
        """Change and save one setting; ``SettingLocked`` when IT manages it, ``ValueError`` when it is bad."""
        if self.locked(name):
            raise SettingLocked(f"setting '{name}' is {MANAGED} ({self.policy.path}); it cannot be changed here")
        problem = self._set(name, value)
        if problem:
            raise ValueError(problem)
        self.save()

    def save(self) -> None:
        if self._file_was_bad and self.path.exists():
            self.path.replace(self.path.with_name(f"{self.path.name}.bad-{int(time.time())}"))
            self._file_was_bad = False
        changed = {n: v for n, v in self.values.items() if not self.locked(n) and v != self.defaults[n]}
        changed.update(self._own_locked)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": SETTINGS_VERSION, **changed}, indent=2), encoding="utf-8")
        tmp.replace(self.path)


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring settings written by an older version up to ``SETTINGS_VERSION`` (none needed yet)."""
    return data
