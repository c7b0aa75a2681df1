"""The panel's notice line: what the agent should know about this run, in one line below the input.

Notices (no recording, a playbook fallback, the local API off) used to sit above the cards and grow with their
text, pushing the third card out of sight while Ctrl+3 still acted on it. Here they take one line of their own,
shortened to fit; the whole text is in the tooltip (a click shows it too) and in the log.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from copilot.panel.cards import ElidedLabel
from copilot.shell.plain import plain_tip

log = logging.getLogger("copilot.panel")


class NoticeBar(ElidedLabel):
    """Lasting notices and the engine's current problem, one line high whatever they say."""

    more = ""  # " (+2 more)": kept whole when the first notice is shortened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, objectName="notice")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.notices: list[str] = []
        self.error = ""
        self.setVisible(False)

    @property
    def details(self) -> str:
        """Everything the line stands for: the error first, then each notice on its own line."""
        return "\n".join(filter(None, [self.error, *self.notices]))

    def set_notices(self, notices: list[str]) -> None:
        self.notices = [n for n in dict.fromkeys(notices) if n]
        self._show()

    def add_notice(self, notice: str) -> None:
        self.set_notices([*self.notices, notice])

    def show_error(self, message: str | None) -> None:
        """What failed just now (the engine); cleared when suggestions flow again."""
        self.error = message or ""
        self._show()

    def _show(self) -> None:
        first = self.error or (self.notices[0] if self.notices else "")
        more = len(self.notices) - (0 if self.error else 1)
        line = first.splitlines()[0] if first else ""
        self.more = QCoreApplication.translate("NoticeBar", " (+{n} more)").format(n=more) if more > 0 else ""
        self.set_full_text(line)
        self.setToolTip(plain_tip(self.details))
        self.setAccessibleDescription(self.details)
        if bool(self.property("error")) != bool(self.error):
            self.setProperty("error", bool(self.error))
            self.style().unpolish(self)
            self.style().polish(self)
        self.setVisible(bool(first))

    def _elide(self) -> None:
        room = max(self.contentsRect().width() - 2 - self.fontMetrics().horizontalAdvance(self.more), 12)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room) + self.more)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        QToolTip.showText(event.globalPosition().toPoint(), plain_tip(self.details), self)
        super().mousePressEvent(event)
