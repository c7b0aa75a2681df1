"""One tab per open conversation; a dot marks the ones with news the agent has not looked at."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QWidget

from copilot.shell.plain import plain_tip

NEWS = " •"
ENDED = " (ended)"


class SessionTabs(QTabBar):
    session_selected = Signal(str)
    session_closed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionTabs")
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setTabsClosable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUsesScrollButtons(True)
        self._labels: dict[str, str] = {}
        self._news: set[str] = set()  # tabs showing the dot: a flood of lines for them costs no Qt call each
        self.currentChanged.connect(self._on_current_changed)
        self.tabCloseRequested.connect(lambda index: self.session_closed.emit(self.tabData(index)))
        self.setVisible(False)

    def _index(self, session_id: str) -> int:
        for index in range(self.count()):
            if self.tabData(index) == session_id:
                return index
        return -1

    def add(self, session_id: str, label: str) -> None:
        self._labels[session_id] = label
        index = self.addTab(label)
        self.setTabData(index, session_id)
        self.setTabToolTip(index, plain_tip(label))
        self.setVisible(self.count() > 1)

    def remove(self, session_id: str) -> None:
        index = self._index(session_id)
        if index >= 0:
            self.removeTab(index)
        self._labels.pop(session_id, None)
        self._news.discard(session_id)
        self.setVisible(self.count() > 1)

    def select(self, session_id: str) -> None:
        index = self._index(session_id)
        if index >= 0:
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
            self._set_text(index, session_id, news=False)

    def mark_activity(self, session_id: str) -> None:
        if session_id in self._news:
            return
        index = self._index(session_id)
        if index >= 0 and index != self.currentIndex() and not self.tabText(index).endswith(NEWS):
            self._set_text(index, session_id, news=True)

    def set_ended(self, session_id: str) -> None:
        if session_id in self._labels and not self._labels[session_id].endswith(ENDED):
            self._labels[session_id] += ENDED
            index = self._index(session_id)
            self._set_text(index, session_id, news=False)

    def has_news(self, session_id: str) -> bool:
        index = self._index(session_id)
        return index >= 0 and self.tabText(index).endswith(NEWS)

    def _set_text(self, index: int, session_id: str, *, news: bool) -> None:
        if index >= 0:
            self.setTabText(index, self._labels[session_id] + (NEWS if news else ""))
            if news:
                self._news.add(session_id)
            else:
                self._news.discard(session_id)

    def _on_current_changed(self, index: int) -> None:
        if index >= 0:
            self.session_selected.emit(self.tabData(index))
