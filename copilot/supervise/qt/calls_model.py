"""The team's live calls as a table model: what the supervisor's list shows, redrawn every second so durations tick
and silences grow, with the rows that need attention marked (``alerts``).

It holds snapshots the ``SupervisorService`` hands over and only formats them; deciding what is an alert is
``copilot.supervise.calls``'s.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from copilot.shell.plain import plain_tip
from copilot.supervise.calls import Alert, AlertRules, LiveCall
from copilot.text.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("LiveCallsModel", "Agent"),
    QT_TRANSLATE_NOOP("LiveCallsModel", "Duration"),
    QT_TRANSLATE_NOOP("LiveCallsModel", "Mood"),
    QT_TRANSLATE_NOOP("LiveCallsModel", "Escalations"),
    QT_TRANSLATE_NOOP("LiveCallsModel", "Silence"),
    QT_TRANSLATE_NOOP("LiveCallsModel", "Attention"),
)
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveCallsModel", text)


def clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def mood_words(call: LiveCall) -> str:
    mood = call.mood
    if mood is None or mood.get("tone") is None:  # as on the agent's panel: nothing unless the evidence is clear
        return ""
    translate = QCoreApplication.translate
    tone = translate("LiveCallsModel", "upset") if mood.get("tone") == "upset" else translate("LiveCallsModel",
                                                                                              "pleased")
    trend = {"worsening": translate("LiveCallsModel", "worsening"),
             "improving": translate("LiveCallsModel", "improving")}.get(str(mood.get("trend")))
    arrow = {"worsening": "↘", "improving": "↗"}.get(str(mood.get("trend")), "→")  # not translated: an arrow
    return f"{arrow} {tone}, {trend}" if trend else f"{arrow} {tone}"


class LiveCallsModel(QAbstractTableModel):
    def __init__(self, rules: AlertRules, attention: QColor, parent=None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.attention = attention
        self.calls: list[LiveCall] = []
        self.alerts: dict[str, list[Alert]] = {}
        self.now = time.time()

    def set_calls(self, calls: list[LiveCall], now: float | None = None) -> None:
        """Show these calls as they are now: rows keep their places when the same calls stay."""
        self.now = time.time() if now is None else now
        self.alerts = {c.id: c.alerts(self.now, self.rules) for c in calls}
        if [c.id for c in calls] != [c.id for c in self.calls]:
            self.beginResetModel()
            self.calls = calls
            self.endResetModel()
        else:
            self.calls = calls
            if calls:
                self.dataChanged.emit(self.index(0, 0), self.index(len(calls) - 1, len(COLUMNS) - 1))

    def call_at(self, row: int) -> LiveCall | None:
        return self.calls[row] if 0 <= row < len(self.calls) else None

    def row_of(self, call_id: str) -> int:
        return next((n for n, c in enumerate(self.calls) if c.id == call_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.calls)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])  # not translated: marked in COLUMNS
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        call = self.call_at(index.row())
        if call is None:
            return None
        alerts = self.alerts.get(call.id, [])
        if role == Qt.ItemDataRole.BackgroundRole and alerts:
            return self.attention
        if role == Qt.ItemDataRole.ToolTipRole and alerts:
            return plain_tip("\n".join(a.text for a in alerts))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            name = call.agent or QCoreApplication.translate("LiveCallsModel", "(unknown agent)")
            if call.ended:
                return QCoreApplication.translate("LiveCallsModel", "{agent} (ended)").format(agent=name)
            return name
        if column == 1:
            return clock(call.duration(self.now))
        if column == 2:
            return mood_words(call)
        if column == 3:
            raised, handled = call.escalation_counts()
            return QCoreApplication.translate("LiveCallsModel", "{handled} of {raised} handled").format(
                handled=QLocale().toString(handled), raised=QLocale().toString(raised)) if raised else ""
        if column == 4:
            silent = call.silent_for(self.now)
            return clock(silent) if silent >= 5 else ""
        return " · ".join(a.text for a in alerts)
