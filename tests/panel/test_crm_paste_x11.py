"""Insert lands in the CRM on a real X11 desktop: after a click in the panel, and by global hotkey.

A private Xvfb display holds two processes besides xdotool, which plays the agent's hands: a stand-in
CRM (tests/panel/x11/crm_app.py: two text fields that log every change) and the real panel
(tests/panel/x11/panel_driver.py builds CopilotApp with paste_into_crm and global_hotkeys on). There is no
window manager, so ``xdotool getactivewindow`` fails and focus moves by ``windowfocus`` or a click,
which is the fallback ``copilot.panel.desktop`` relies on. One desktop serves both tests of this module.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from copilot.panel.controller import REPEAT_GUARD_S

pytestmark = pytest.mark.slow

HELPERS = Path(__file__).parent / "x11"
STEP_TIMEOUT = 8.0  # for one step; the whole module takes a few seconds
Events = list[dict[str, Any]]


class Child:
    """A process on the test display, and the JSON-lines event file it writes."""

    def __init__(self, name: str, script: str, env: dict[str, str], workdir: Path, *, stdin: bool = False) -> None:
        self.name = name
        self.events_path = workdir / f"{name}-events.jsonl"
        self.events_path.touch()
        self.log_path = workdir / f"{name}.log"
        self.log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, str(HELPERS / script), str(self.events_path), "--lifetime", "90"], env=env, cwd=workdir,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
        )

    def events(self) -> Events:
        lines = self.events_path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.endswith("}")]  # a line being written is skipped

    def mark(self) -> int:
        return len(self.events())

    def wait_for(self, what: str, found: Callable[[Events], Any], since: int = 0,
                 timeout: float = STEP_TIMEOUT) -> Any:
        """Poll the events from index ``since`` on until ``found`` returns something truthy."""
        deadline = time.monotonic() + timeout
        while True:
            events = self.events()
            result = found(events[since:])
            if result:
                return result
            errors = [e for e in events if e.get("event") == "error"]
            if errors or self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: no {what} within {timeout:.0f} s "
                                     f"(exit code {self.process.poll()})\n{self.report()}")
            time.sleep(0.05)

    def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        self.process.stdin.flush()

    def report(self) -> str:
        self.log.flush()
        return (f"--- {self.name} events ---\n{self.events_path.read_text(encoding='utf-8')}"
                f"--- {self.name} output ---\n{self.log_path.read_text(encoding='utf-8', errors='replace')[-4000:]}")

    def stop(self) -> int | None:
        """End the process: its input closes (the panel quits cleanly then), else SIGTERM, else SIGKILL."""
        try:
            if self.process.stdin is not None:
                with contextlib.suppress(OSError):
                    self.process.stdin.close()
            else:
                self.process.terminate()
            for escalate in (self.process.terminate, self.process.kill):
                try:
                    return self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    escalate()
            return self.process.wait(timeout=5)
        finally:
            self.log.close()


def last(kind: str, **match: Any) -> Callable[[Events], dict[str, Any] | None]:
    """The last event of ``kind`` whose fields equal ``match``."""
    def find(events: Events) -> dict[str, Any] | None:
        hits = [e for e in events if e.get("event") == kind and all(e.get(k) == v for k, v in match.items())]
        return hits[-1] if hits else None
    return find


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; Xvfb picks the first free display number itself, so no race with others."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 10
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                server.kill()
                _, err = server.communicate(timeout=5)
                pytest.fail(f"Xvfb did not start: {err.decode(errors='replace')[-2000:]}")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)
        if server.stderr is not None:
            server.stderr.close()


class Desktop:
    """The X11 desktop of this module: the CRM and the panel side by side, and the agent's hands."""

    def __init__(self, env: dict[str, str], crm: Child, panel: Child) -> None:
        self.env, self.crm, self.panel = env, crm, panel
        ready = crm.wait_for("window", last("ready"), timeout=20)
        self.crm_window = str(ready["window"])
        self.crm_fields: dict[str, list[int]] = ready["fields"]
        self.panel_ready = panel.wait_for("window", last("ready"), timeout=20)
        self.last_insert = 0.0  # monotonic time of the panel's last insert seen by the test

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=5)
        assert result.returncode == 0, f"xdotool {' '.join(args)}: {result.stderr}"
        return result.stdout.strip()

    def click_crm_field(self, name: str) -> None:
        """The agent clicks into a CRM field: the CRM window takes the focus, the field the cursor."""
        x, y = self.crm_fields[name]
        since = self.crm.mark()
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
        self.crm.wait_for(f"focus in the {name} field", last("field", field=name), since=since)
        assert self.xdotool("getwindowfocus") == self.crm_window

    def say(self, text: str) -> list[str]:
        """A customer line; the cards on the board once the engine has answered it."""
        since = self.panel.mark()
        self.panel.send(cmd="say", text=text)
        self.panel.wait_for("cards", last("cards"), since=since)
        since = self.panel.mark()
        self.panel.send(cmd="cards")
        return self.panel.wait_for("cards", last("cards"), since=since)["cards"]

    def crm_texts(self, field: str, since: int = 0) -> list[str]:
        return [e["text"] for e in self.crm.events()[since:] if e.get("event") == "text" and e["field"] == field]


@pytest.fixture(scope="module")
def desktop(tmp_path_factory) -> Iterator[Desktop]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: no X11 desktop to paste on (CI installs them)")
    workdir = tmp_path_factory.mktemp("x11-desktop")
    data_dir = workdir / "copilot-data"
    (data_dir / "config").mkdir(parents=True)
    (data_dir / "config" / "settings.json").write_text(
        json.dumps({"version": 1, "paste_into_crm": True, "global_hotkeys": True}), encoding="utf-8")
    with xvfb() as display:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XAUTHORITY")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", COPILOT_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
        children: list[Child] = []
        codes: dict[str, int | None] = {}
        try:
            children.append(Child("crm", "crm_app.py", env, workdir))
            children.append(Child("panel", "panel_driver.py", env, workdir, stdin=True))
            yield Desktop(env, *children)
        finally:
            for child in reversed(children):  # the panel first: it quits cleanly when its input closes
                codes[child.name] = child.stop()
    panel = children[1] if len(children) > 1 else None
    assert panel is None or codes["panel"] == 0, f"the panel did not quit cleanly\n{panel.report()}"


def test_insert_in_the_panel_pastes_into_the_crm_window_the_agent_came_from(desktop):
    ready = desktop.panel_ready
    assert ready["paste"] and ready["hotkeys"], f"the CRM bridge did not start: {ready['notices']}"
    assert ready["own_window"] == str(ready["window"]), "the paster does not know the panel's own window"

    # The customer objects while the agent is typing in the CRM's notes field.
    cards = desktop.say("This is way too expensive")
    assert cards, "no card for the objection"
    desktop.click_crm_field("notes")
    # The panel remembers the CRM as the window the agent came from (it looks every 0.4 s).
    deadline = time.monotonic() + STEP_TIMEOUT
    while True:
        since = desktop.panel.mark()
        desktop.panel.send(cmd="status")
        if desktop.panel.wait_for("status", last("status"), since=since)["last_target"] == desktop.crm_window:
            break
        assert time.monotonic() < deadline, f"the panel never saw the CRM focused\n{desktop.panel.report()}"
        time.sleep(0.1)

    # The agent clicks the panel, which takes the focus, and inserts card 1.
    since = desktop.panel.mark()
    desktop.panel.send(cmd="insert", number=1)
    expected = desktop.panel.wait_for("insert", last("inserting"), since=since)["text"]
    desktop.last_insert = time.monotonic()
    assert expected == cards[0]
    desktop.panel.wait_for("the panel focused", last("panel_focus", active=True), since=since)
    pasted = desktop.panel.wait_for("paste", last("pasted"), since=since)
    assert pasted["ok"], f"the panel says it could not paste\n{desktop.panel.report()}"

    # The focus went back to the CRM, and the card's text is in the field the agent left, once.
    desktop.crm.wait_for("the card's text in the notes field", last("text", field="notes", text=expected))
    assert desktop.xdotool("getwindowfocus") == desktop.crm_window, "the focus did not go back to the CRM"
    assert desktop.crm_texts("notes") == [expected], desktop.crm.report()
    assert desktop.crm_texts("reply") == [], desktop.crm.report()


def test_global_hotkey_pastes_the_next_card_into_the_focused_crm(desktop):
    assert desktop.panel_ready["hotkeys"], f"global hotkeys did not start: {desktop.panel_ready['notices']}"
    board = desktop.say("I want to speak to your manager")
    assert board, "no card to insert by hotkey"
    desktop.click_crm_field("reply")
    # Ctrl+Alt+1 right after another Insert of card 1 is taken for a key bounce (by design): be human.
    time.sleep(max(0.0, desktop.last_insert + REPEAT_GUARD_S + 0.1 - time.monotonic()))

    crm_since, panel_since = desktop.crm.mark(), desktop.panel.mark()
    desktop.xdotool("key", "ctrl+alt+1")
    inserted = desktop.panel.wait_for("insert by hotkey", last("inserted"), since=panel_since)
    desktop.last_insert = time.monotonic()
    assert inserted["text"] == board[0]
    pasted = desktop.panel.wait_for("paste", last("pasted"), since=panel_since)
    assert pasted["ok"], f"the panel says it could not paste\n{desktop.panel.report()}"
    desktop.crm.wait_for("the card's text in the reply field",
                         lambda events: any(e.get("event") == "text" and e["field"] == "reply"
                                            and e["text"].endswith(board[0]) for e in events), since=crm_since)

    # The panel never took the focus, not even for a moment; the CRM never lost it.
    assert not last("panel_focus", active=True)(desktop.panel.events()[panel_since:]), desktop.panel.report()
    assert not last("window_focus", active=False)(desktop.crm.events()[crm_since:]), desktop.crm.report()
    assert desktop.xdotool("getwindowfocus") == desktop.crm_window
    assert desktop.crm_texts("notes", since=crm_since) == [], desktop.crm.report()
    # The field holds the card's text and nothing else: the hotkey itself must not reach the CRM.
    assert desktop.crm_texts("reply") == [board[0]], (
        "the CRM's reply field did not receive exactly the card's text: the global hotkey's own keystroke "
        "also reached the focused CRM (pynput listens to Ctrl+Alt+1 but does not grab it)\n" + desktop.crm.report())
