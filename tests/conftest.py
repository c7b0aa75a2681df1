"""Shared test set-up: offscreen Qt, a private data dir and keychain per test, no leftovers.

The test folders mirror copilot/ and hold no __init__.py: pytest imports each test module by its file name,
so file names stay unique across folders, and the helpers beside this file (fake_openai, memory_keyring,
recorded) are imported by bare name, as tests/bench/ imports them too.
"""

from __future__ import annotations

import logging
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from memory_keyring import MemoryKeyring  # noqa: E402


@pytest.fixture(autouse=True)
def private_environment(tmp_path, monkeypatch):
    """Every test gets its own data dir and keychain, and leaves no thread behind."""
    monkeypatch.setenv("COPILOT_DATA_DIR", str(tmp_path / "copilot-data"))
    # No policy file a developer's or CI machine may have reaches a test unless the test puts one there.
    monkeypatch.setenv("COPILOT_POLICY", str(tmp_path / "no-policy.toml"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    before = {t.ident for t in threading.enumerate()}
    yield
    keyring.set_keyring(previous)
    # A command run in the test set up the app's log in its private data dir: take it down with it.
    root = logging.getLogger("copilot")
    for handler in [h for h in root.handlers if getattr(h, "_copilot", False)]:
        root.removeHandler(handler)
        handler.close()
    leftovers = [
        t for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and t.name.startswith("copilot-")
    ]
    for thread in leftovers:
        thread.join(2)
    assert not [t.name for t in leftovers if t.is_alive()], "a copilot thread outlived its test"
