"""Shared test set-up: offscreen Qt, a private data dir and keychain per test, no leftovers; and the parts
many tests share: one way to write a playbook, one way to build the real panel, the fake model server and
the IT policy file.

The test folders mirror copilot/ and hold no __init__.py: pytest imports each test module by its file name,
so file names stay unique across folders, and the helpers beside this file (fake_openai, memory_keyring,
real_panel, recorded) are imported by bare name, as tests/bench/ imports them too.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the English sources whatever the machine speaks: the "system" language and the locale for dates
# and numbers are US English here (Qt reads these when the application starts); a test picks another through the
# ui_language setting.
os.environ["LC_ALL"] = "en_US.UTF-8"

import keyring  # noqa: E402
import pytest  # noqa: E402
from fake_openai import serve  # noqa: E402
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
    from copilot.text import i18n

    i18n.use(None)  # a command run in the test may have chosen another language for the process
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


# The small playbook the tests share: a price objection in English, Dutch and Hebrew that greets the customer
# by first name when the context has one, and a request for a manager (in English or French). A test whose
# assertions name other entries or texts writes its own book through the same fixture.
SMALL_PLAYBOOK = '''
[playbook]
name = "Small test book"
[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand[, {customer.first_name}]."
text.nl = "Dat begrijp ik[, {customer.first_name}]."
text.he = "אני מבין[, {customer.first_name}]."
triggers.en = ["too expensive"]
triggers.nl = ["te duur"]
triggers.he = ["יקר מדי"]
[[entry]]
id = "escalation.human"
kind = "escalation"
title.en = "Person"
text.en = "Offer a supervisor."
triggers.en = ["manager"]
triggers.fr = ["responsable"]
'''


@pytest.fixture
def playbook_file(tmp_path):
    """Writes a playbook file and returns its path: the small book above, or the text and name a test gives."""

    def write(text: str = SMALL_PLAYBOOK, name: str = "book.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


class Panels:
    """Builds the real panel for a test and closes every one the test left open."""

    def __init__(self, qtbot) -> None:
        from real_panel import build_panel  # the whole app loads only for the tests that build a panel

        self.qtbot, self.build, self.open = qtbot, build_panel, []

    def __call__(self, *args: object, settings: Mapping[str, Any] | None = None, api: bool = False,
                 show: bool = True):
        """``args`` as on the command line; ``settings`` for this run only; ``api`` starts the local API on a
        free port (tests run side by side) before the window shows; ``show=False`` leaves the window hidden."""
        if api:
            settings = {"api_port": 0, **(settings or {})}
        app = self.build(*args, settings=settings)
        self.open.append(app)
        self.qtbot.addWidget(app.window)
        if api:
            app.start_api()
            assert app.api is not None, app.notices
        if show:
            app.window.show()
            self.qtbot.waitExposed(app.window)
        return app

    def close(self, app) -> None:
        """Closes a panel as quitting does: its window state is saved and its record written."""
        self.open.remove(app)
        app.close()


@pytest.fixture
def make_panel(qtbot) -> Iterator[Panels]:
    """``make_panel(*args, settings=..., api=False, show=True)`` builds, registers and shows the real panel."""
    panels = Panels(qtbot)
    yield panels
    while panels.open:
        panels.close(panels.open[-1])


@pytest.fixture
def fake():
    """A local server speaking the OpenAI wire protocol (streaming, scripted faults) to the real ``openai`` SDK."""
    yield from serve()


@pytest.fixture
def policy(tmp_path, monkeypatch) -> Path:
    """The IT policy file this test's copilot reads, absent until the test writes it."""
    path = tmp_path / "policy.toml"
    monkeypatch.setenv("COPILOT_POLICY", str(path))
    return path


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster for the whole run (``tests/pg_server.py``), started on first use."""
    from pg_server import Cluster, binaries

    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install postgresql; "
                    ".ci/run installs it)")
    cluster = Cluster(bin_dir).init()
    yield cluster
    cluster.destroy()


@pytest.fixture
def central(pg_cluster):
    """A fresh central store: its own database, migrated by the admin, and a desktop login with a password."""
    from pg_server import CentralDb

    db = CentralDb(pg_cluster)
    yield db
    db.drop()
