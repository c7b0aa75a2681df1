"""The real panel, built as ``copilot.app.run`` builds it: from command-line arguments and the saved settings.

The one door to a running panel for the tests (the ``make_panel`` fixture in conftest.py) and for the X11
end-to-end driver (tests/panel/x11/panel_driver.py), which runs outside pytest in a process of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from copilot.app import CopilotApp
from copilot.cli.main import build_parser
from copilot.config.settings import Settings


def build_panel(*args: object, settings: Mapping[str, Any] | None = None) -> CopilotApp:
    """``settings`` overrides saved values for this run only: a test's choice never reaches the settings file."""
    current = Settings()
    current.values.update(settings or {})
    return CopilotApp(build_parser().parse_args([str(arg) for arg in args]), current)
