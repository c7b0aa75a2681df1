"""Which of the app's modules are its Qt halves, and importing them all: the self-test's check that the
bundle lacks nothing. The self-test imports the Qt-free ones itself and its Qt probe, in a child process,
the Qt ones; both come here, so neither imports the other for it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

import copilot

QT_PACKAGES = ("copilot.app", "copilot.panel", "copilot.shell")  # and every feature's ``qt`` folder


def is_qt_module(name: str) -> bool:
    """Whether ``name`` belongs to a Qt half."""
    return name.startswith(QT_PACKAGES) or ".qt." in f"{name}."


def import_all(wanted: Callable[[str], bool]) -> list[str]:
    """Import every copilot module ``wanted`` selects; returns "module: error" for each that fails."""
    missing: list[str] = []
    for module in pkgutil.walk_packages(copilot.__path__, "copilot.", onerror=lambda name: missing.append(name)):
        if wanted(module.name) and module.name != "copilot.__main__":
            try:
                importlib.import_module(module.name)
            except Exception as exc:  # an ImportError in the bundle; anything else is as much a failure here
                missing.append(f"{module.name}: {exc.__class__.__name__}: {exc}")
    return missing
