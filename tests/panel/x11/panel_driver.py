"""The real panel on an X11 display, driven by tests/panel/test_crm_paste_x11.py.

    python panel_driver.py EVENTS_FILE [--lifetime SECONDS]

Builds the panel with ``build_panel`` (tests/real_panel.py), as ``copilot.app.run`` does (settings from
$COPILOT_DATA_DIR/config, which the test writes), starts the CRM bridge and shows the window. Commands
come as JSON lines on standard input and are handled by the Qt event loop, which never sleeps: this
process serves the X11 clipboard that the CRM pastes from. Events go to EVENTS_FILE as JSON lines:

* ``ready``: ``own_window``, ``paste`` and ``hotkeys`` (what the bridge turned on), ``notices``;
* ``cards``: the texts on the board, card 1 first (after ``say`` and on ``cards``);
* ``status``: ``last_target``, the window the paster would paste into;
* ``inserting``: the text of the card about to be inserted by ``insert`` (the panel was clicked);
* ``inserted``: a decision was recorded (``text``), whether by ``insert`` or by a global hotkey;
* ``pasted``: the bridge's ``pasted(bool)`` signal;
* ``panel_focus``: the panel window gained or lost the X input focus;
* ``error``: a command failed.

Standard input closing, ``quit``, SIGTERM or --lifetime seconds end the process cleanly.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from copilot.config import logs

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, home of the panel builder the tests use
from real_panel import build_panel  # noqa: E402


class Driver:
    def __init__(self, app: QApplication, events: str) -> None:
        self.app = app
        self.out = open(events, "a", encoding="utf-8")  # noqa: SIM115 -- open for the life of the process
        self.buffer = b""
        self.xdotool = shutil.which("xdotool") or "xdotool"

        self.copilot = build_panel()
        # As in copilot.app.run: the bridge starts before the window is shown.
        self.copilot.crm.start()
        self.copilot.notices.extend(self.copilot.crm.notices)
        self.copilot.window.show()
        app.aboutToQuit.connect(self.copilot.close)

        controller = self.copilot.controller
        controller.suggestions_applied.connect(lambda _index: self.emit_cards())
        controller.decision_recorded.connect(
            lambda decision: self.emit(event="inserted", text=decision.final_text, action=str(decision.action)))
        self.copilot.crm.pasted.connect(lambda ok: self.emit(event="pasted", ok=ok))
        app.focusWindowChanged.connect(
            lambda focused: self.emit(event="panel_focus", active=focused is self.copilot.window.windowHandle()))

        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read_commands)
        QTimer.singleShot(0, self.emit_ready)

    def emit(self, **event: object) -> None:
        self.out.write(json.dumps(event) + "\n")
        self.out.flush()

    def emit_ready(self) -> None:
        crm = self.copilot.crm
        self.emit(event="ready", own_window=crm.paster.own_window,
                  window=int(self.copilot.window.winId()),
                  paste=self.copilot.controller.paste_into_crm is not None,
                  hotkeys=crm.hotkeys is not None, notices=self.copilot.notices)

    def emit_cards(self) -> None:
        cards = self.copilot.window.cards
        texts = []
        number = 1
        while (card := cards.card(number)) is not None:
            texts.append(card.suggestion.text)
            number += 1
        self.emit(event="cards", cards=texts)

    def read_commands(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:  # the test went away: so does the panel
            self.notifier.setEnabled(False)
            self.app.quit()
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            if line.strip():
                try:
                    self.handle(json.loads(line))
                except Exception as exc:  # reported, so the test fails with the reason
                    self.emit(event="error", message=f"{exc.__class__.__name__}: {exc}")

    def handle(self, command: dict) -> None:
        name = command["cmd"]
        if name == "say":
            self.copilot.controller.add_utterance("customer", command["text"])
        elif name == "cards":
            self.emit_cards()
        elif name == "status":
            self.emit(event="status", last_target=self.copilot.crm.paster.last_target)
        elif name == "insert":
            self.click_panel_then_insert(int(command["number"]))
        elif name == "quit":
            self.app.quit()
        else:
            raise ValueError(f"unknown command {name!r}")

    def click_panel_then_insert(self, number: int) -> None:
        """The agent clicks the panel (it takes the focus), then its Insert on card ``number``."""
        window = str(int(self.copilot.window.winId()))

        def focused(_code: int = 0, _status: object = None) -> None:
            card = self.copilot.window.cards.card(number)
            if card is None:
                self.emit(event="error", message=f"no card {number} to insert")
                return
            self.emit(event="inserting", text=card.suggestion.text)
            self.copilot.controller.insert_card(number)

        def activated(code: int, _status: object) -> None:
            if code == 0:
                focused()
            else:  # no window manager: give it the input focus, as X11Paster does
                self.run_xdotool(["windowfocus", "--sync", window], focused)

        self.run_xdotool(["windowactivate", "--sync", window], activated)

    def run_xdotool(self, args: list[str], then) -> None:  # type: ignore[no-untyped-def]
        process = QProcess(self.app)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(then)
        process.finished.connect(process.deleteLater)
        process.start(self.xdotool, args)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("events")
    parser.add_argument("--lifetime", type=float, default=60.0)
    args = parser.parse_args()
    logs.setup(verbose=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    driver = Driver(app, args.events)
    QTimer.singleShot(int(args.lifetime * 1000), app.quit)
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    ticker = QTimer(interval=200)  # lets Python run the SIGTERM handler while Qt waits for events
    ticker.timeout.connect(lambda: None)
    ticker.start()
    code = app.exec()
    driver.out.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
