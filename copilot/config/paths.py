"""Every place Agent Copilot reads or writes, in one module.

All paths come from platformdirs so the app behaves like a native citizen on each OS.
``COPILOT_DATA_DIR`` moves everything (data, config, logs) under one folder, which is what tests
and portable installs want.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AgentCopilot"
APP_AUTHOR = "AgentCopilot"


def _override() -> Path | None:
    value = os.environ.get("COPILOT_DATA_DIR")
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    """Make the folder if it can be made. One that cannot (a read-only data folder) is not an error here:
    reading from it still works, and whoever writes there says what failed."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return path


def data_dir() -> Path:
    """Where the session database lives."""
    base = _override()
    return _ensure(base if base else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def config_dir() -> Path:
    """Where user preferences and window state live."""
    base = _override()
    return _ensure(base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def log_dir() -> Path:
    """Where the rotating log and crash reports live."""
    base = _override()
    return _ensure(base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))


def cache_dir() -> Path:
    """What can be made again from what the program ships (translations compiled in a checkout)."""
    base = _override()
    return _ensure(base / "cache" if base else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)))


def database_path() -> Path:
    return data_dir() / "copilot.db"


def knowledge_path(setting: str = "") -> Path:
    """The knowledge base file: the ``knowledge_path`` setting (a file, or a folder holding ``knowledge.db``,
    e.g. on a network share IT manages) when given, else ``knowledge.db`` in the user's data dir."""
    if setting:
        chosen = Path(setting).expanduser()
        return chosen / "knowledge.db" if chosen.is_dir() else chosen
    return data_dir() / "knowledge.db"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def window_state_path() -> Path:
    return config_dir() / "window-state.json"


def crash_log_path() -> Path:
    return log_dir() / "crash.log"


def resources_dir() -> Path:
    """Bundled resources: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def default_playbook_path() -> Path:
    return resources_dir() / "playbooks" / "default.toml"


def demo_dir() -> Path:
    return resources_dir() / "demo"
