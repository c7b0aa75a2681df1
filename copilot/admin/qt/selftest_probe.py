"""The Qt half of ``copilot self-test``, run in a child process so a plugin that cannot load is reported
rather than taking the report down with it. Lives with the UI: it is the only part that needs Qt."""

from __future__ import annotations

import os
from typing import Any


def qt_probe(conn: Any, stderr_path: str) -> None:
    """Runs in the child. Qt's own complaints go to a file the parent quotes from."""
    os.dup2(os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    from PySide6.QtGui import QFontDatabase, QImageReader, QRawFont
    from PySide6.QtWidgets import QApplication

    from copilot.admin.modules import import_all, is_qt_module

    app = QApplication(["copilot-self-test"])
    app.setStyle("Fusion")
    hebrew = QRawFont.fromFont(app.font(), QFontDatabase.WritingSystem.Hebrew)
    conn.send({
        "platform": app.platformName(), "families": len(QFontDatabase.families()), "default": app.font().family(),
        "hebrew": hebrew.familyName() if hebrew.isValid() and hebrew.supportsCharacter(ord("א")) else "",
        "formats": [bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()],
        "missing": import_all(is_qt_module),
    })
