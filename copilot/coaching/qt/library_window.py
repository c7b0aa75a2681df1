"""The session library: every recorded call, searchable and filtered, one double-click from its replay.

Queries run on a worker through the coaching service (a library can hold ten thousand sessions); typing
in the search box waits for a short pause before asking, and only the newest question's answer is shown.
Import and export move single sessions between machines as one file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copilot.coaching.service import CoachingService, ImportResult, LibraryPage, LibraryQuery, SessionRow
from copilot.record.session_record import clock
from copilot.shell.plain import plain_tip
from copilot.shell.tasks import TaskRunner
from copilot.text.i18n import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("SessionTable", "Date"), QT_TRANSLATE_NOOP("SessionTable", "Duration"),
           QT_TRANSLATE_NOOP("SessionTable", "Agent"), QT_TRANSLATE_NOOP("SessionTable", "Channel"),
           QT_TRANSLATE_NOOP("SessionTable", "Language"), QT_TRANSLATE_NOOP("SessionTable", "Tags"),
           QT_TRANSLATE_NOOP("SessionTable", "Outcome"), QT_TRANSLATE_NOOP("SessionTable", "Cards"),
           QT_TRANSLATE_NOOP("SessionTable", "Accepted"))
FILTERS = (("agent", QT_TRANSLATE_NOOP("LibraryWindow", "All agents")),
           ("team", QT_TRANSLATE_NOOP("LibraryWindow", "All teams")),
           ("channel", QT_TRANSLATE_NOOP("LibraryWindow", "All channels")),
           ("language", QT_TRANSLATE_NOOP("LibraryWindow", "All languages")),
           ("outcome", QT_TRANSLATE_NOOP("LibraryWindow", "All outcomes")),
           ("tag", QT_TRANSLATE_NOOP("LibraryWindow", "All tags")))
Index = QModelIndex | QPersistentModelIndex


class SessionTable(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SessionRow] = []

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt name)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SessionTable", COLUMNS[section])  # not translated: marked above
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 7, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.tr("Session {id}").format(id=row.id) + (
                self.tr(" (CRM id {id})").format(id=row.external_id) if row.external_id else ""))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            QLocale().toString(QDateTime.fromSecsSinceEpoch(int(row.started_at)), QLocale.FormatType.ShortFormat),
            clock(row.duration) if row.duration is not None else "—",
            row.agent or "—", row.channel or "—", (row.language or "—").upper(), ", ".join(row.tags),
            row.outcome or "—", QLocale().toString(row.shown),
            QLocale().toString(round(100 * row.acceptance)) + "%" if row.acceptance is not None else "—",
        )
        return values[column]


class LibraryWindow(QWidget):
    open_requested = Signal(str)  # session id
    refreshed = Signal()

    def __init__(self, service: CoachingService, *, on_open: Callable[[str], object] | None = None,
                 on_stats: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("libraryWindow")
        self.setWindowTitle(self.tr("Session library"))
        self.resize(1040, 640)
        self.service = service
        self.ops = TaskRunner(self)
        self.search = QLineEdit(objectName="librarySearch")
        self.search.setPlaceholderText(self.tr("Search what was said (all words, any order)"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(lambda: self.refresh(choices=False))
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for name, everyone in FILTERS:
            box = QComboBox(objectName=f"filter_{name}")
            box.addItem(self.tr(everyone), None)  # not translated: marked above
            box.currentIndexChanged.connect(lambda _i: self.refresh(choices=False))
            self.filters[name] = box
            bar.addWidget(box)
        dates = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("Between"))
        self.since = QDateEdit(QDate.currentDate().addDays(-30), calendarPopup=True)
        self.until = QDateEdit(QDate.currentDate(), calendarPopup=True)
        for widget in (self.use_dates, self.since, self.until):
            dates.addWidget(widget)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.use_dates.toggled.connect(lambda _on: self.refresh(choices=False))
        self.since.dateChanged.connect(self._on_date_changed)
        self.until.dateChanged.connect(self._on_date_changed)
        dates.addStretch(1)
        self.count_label = QLabel(objectName="libraryCount")
        dates.addWidget(self.count_label)
        self.model = SessionTable()
        self.table = QTableView(objectName="libraryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.rows[index.row()].id))
        self.table.activated.connect(lambda index: self.open_requested.emit(self.model.rows[index.row()].id))
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open replay"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.import_button = QPushButton(self.tr("Import session…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("Export session…"))
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.redact_export = QCheckBox(self.tr("Redact personal data"))
        self.redact_export.setChecked(True)
        self.stats_button = QPushButton(self.tr("Statistics…"))
        self.stats_button.setVisible(on_stats is not None)
        if on_stats is not None:
            self.stats_button.clicked.connect(on_stats)
        self.status = QLabel(objectName="libraryStatus")
        self.status.setWordWrap(True)
        for widget in (self.open_button, self.import_button, self.export_button, self.redact_export):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.stats_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        if on_open is not None:
            self.open_requested.connect(on_open)
        self.refresh()

    # -- queries --------------------------------------------------------------------------------

    def query(self) -> LibraryQuery:
        values = {name: box.currentData() for name, box in self.filters.items()}
        since = until = None
        if self.use_dates.isChecked():
            since = float(self.since.date().startOfDay().toSecsSinceEpoch())
            until = float(self.until.date().addDays(1).startOfDay().toSecsSinceEpoch())
        return LibraryQuery(text=self.search.text().strip(), since=since, until=until, **values)

    def _on_date_changed(self, _date: object) -> None:
        if self.use_dates.isChecked():
            self.refresh(choices=False)

    def refresh(self, *, choices: bool = True) -> None:
        """Ask again; ``choices`` False (typing in the search box, changing a filter) keeps the filters'
        lists as they are instead of reading every distinct agent, team and tag again."""
        service, query = self.service, self.query()  # the worker reads these, never the widget
        self.count_label.setText(self.tr("Searching…"))
        self.ops.run(lambda: service.read_library(query, with_choices=choices), on_done=self._on_read,
                     on_error=self._on_failed, latest="library")

    def _fill_filters(self, choices: dict[str, list[str]]) -> None:
        for name, box in self.filters.items():
            chosen = box.currentData()
            wanted = [None, *choices.get(name, [])]
            if [box.itemData(i) for i in range(box.count())] != wanted:
                box.blockSignals(True)
                label = box.itemText(0)
                box.clear()
                box.addItem(label, None)
                for value in choices.get(name, []):
                    box.addItem(value.upper() if name == "language" else value, value)
                box.setCurrentIndex(max(0, box.findData(chosen)))
                box.blockSignals(False)

    def _on_read(self, page: LibraryPage) -> None:
        rows, total, choices = page.rows, page.total, page.choices
        self.model.set_rows(rows)
        number = QLocale().toString
        if page.count_capped:
            said = self.tr("{shown} of more than {total} sessions").format(shown=number(len(rows)),
                                                                           total=number(total))
        elif total > len(rows):
            said = self.tr("{shown} of {total} sessions").format(shown=number(len(rows)), total=number(total))
        else:
            said = self.tr("1 session") if total == 1 else self.tr("{n} sessions").format(n=number(total))
        self.count_label.setText(said)
        if choices is not None:
            self._fill_filters(choices)
        empty = (self.tr("No session matches."), self.tr("No sessions recorded yet."))
        if not rows:
            self.status.setText(empty[0] if self._filtered() else empty[1])
        elif self.status.text() in empty:
            self.status.setText("")  # what an import or export said stays
        self.refreshed.emit()

    def _filtered(self) -> bool:
        return bool(self.search.text().strip() or self.use_dates.isChecked()
                    or any(box.currentData() for box in self.filters.values()))

    def _on_failed(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self.status.setText(self.tr("Could not read the session library: {problem}").format(problem=exc))
        self.refreshed.emit()

    # -- actions --------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _on_open_clicked(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            self.status.setText(self.tr("Choose a session first."))
            return
        self.open_requested.emit(session_id)

    def export_selected(self, path: str | None = None) -> None:
        session_id = self.selected_id()
        if session_id is None:
            self.status.setText(self.tr("Choose a session to export first."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export session"),
                                                  f"session-{session_id[:8]}.copilot-session",
                                                  self.tr("Copilot sessions (*.copilot-session)"))
            if not path:
                return
        service, redact, target = self.service, self.redact_export.isChecked(), path
        self.status.setText(self.tr("Exporting…"))
        self.ops.run(lambda: service.export_session(session_id, target, redact=redact),
                     on_done=lambda written: self.status.setText(
                         self.tr("Exported to {path} with personal data redacted.").format(path=written) if redact
                         else self.tr("Exported to {path}.").format(path=written)),
                     on_error=self._on_action_failed)

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import session"), "",
                                                  self.tr("Copilot sessions (*.copilot-session);;All files (*)"))
            if not path:
                return
        service, source = self.service, path
        self.status.setText(self.tr("Importing…"))
        self.ops.run(lambda: service.import_session(source), on_done=self._on_imported,
                     on_error=self._on_action_failed)

    def _on_imported(self, result: ImportResult) -> None:
        self.status.setText(self.tr("Session {id}: {status} ({lines} lines, {cards} cards).").format(
            id=result.session_id[:8], status=result.status, lines=result.utterances, cards=result.cards))
        self.refresh()

    def _on_action_failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))
