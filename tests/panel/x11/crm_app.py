"""A stand-in CRM for tests/panel/test_crm_paste_x11.py: a real X11 window with two text fields.

    python crm_app.py EVENTS_FILE [--lifetime SECONDS]

Appends one JSON object per line to EVENTS_FILE (flushed at once, so the test can poll it):

* ``{"event": "ready", "window": ID, "fields": {NAME: [X, Y]}}`` once the window is on screen (ID as
  ``xdotool`` prints it; X, Y the middle of each field on the screen, for a click);
* ``{"event": "text", "field": "notes"|"reply", "text": ...}`` whenever a field's text changes;
* ``{"event": "field", "field": NAME|null}`` when keyboard focus moves between widgets;
* ``{"event": "window_focus", "active": BOOL}`` when the window gains or loses the X input focus.

The "notes" field has the focus at start. Quits by itself after --lifetime
seconds, or at SIGTERM, so it never outlives a test that died.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("events")
    parser.add_argument("--lifetime", type=float, default=60.0)
    args = parser.parse_args()
    out = open(args.events, "a", encoding="utf-8")  # noqa: SIM115 -- open for the life of the process

    def emit(**event: object) -> None:
        out.write(json.dumps(event) + "\n")
        out.flush()

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Fake CRM")
    window.move(600, 50)  # beside the panel, which opens at the top left
    window.resize(500, 120)
    form = QFormLayout(window)
    fields = {}
    for name in ("notes", "reply"):
        field = QLineEdit()
        field.setObjectName(name)
        field.textChanged.connect(lambda text, name=name: emit(event="text", field=name, text=text))
        form.addRow(name.capitalize(), field)
        fields[name] = field
    fields["notes"].setFocus()

    app.focusChanged.connect(lambda _old, new: emit(event="field", field=new.objectName() if new else None))
    app.focusWindowChanged.connect(
        lambda focused: emit(event="window_focus", active=focused is not None))

    def announce() -> None:
        if not (window.windowHandle() and window.windowHandle().isExposed()):
            QTimer.singleShot(20, announce)
            return
        centres = {name: field.mapToGlobal(field.rect().center()) for name, field in fields.items()}
        emit(event="ready", window=int(window.winId()),
             fields={name: [point.x(), point.y()] for name, point in centres.items()})

    window.show()
    QTimer.singleShot(0, announce)
    QTimer.singleShot(int(args.lifetime * 1000), app.quit)
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    ticker = QTimer(interval=200)  # lets Python run the SIGTERM handler while Qt waits for events
    ticker.timeout.connect(lambda: None)
    ticker.start()
    code = app.exec()
    out.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
