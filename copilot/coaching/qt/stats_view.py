"""The team lead's statistics: how agents use the cards, per agent, team and period, with a CSV export.

The window holds only the coaching service: the figures are read on a worker through it (a big
database takes a moment), and a newer choice of filters makes an older answer irrelevant, so late
answers are dropped. Whatever the file holds, the window says what it found; it never falls over.
Beside the figures, the knowledge gaps: what customers asked that no article answered, most asked first, and the
guidance experiments, arm against arm (``copilot.coaching.experiments``), when there are any.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copilot.coaching.experiments import summary
from copilot.coaching.experiments import text as report_text
from copilot.coaching.gaps import Gap
from copilot.coaching.gaps import rows as gap_rows
from copilot.coaching.qt.charts import BarChart
from copilot.coaching.service import CoachingService
from copilot.coaching.stats import Choices, Distribution, Filters, Stats, write_csv
from copilot.errors import KnownError
from copilot.model import KIND_LABELS, kind_label
from copilot.playbook.file import Playbook
from copilot.shell import theme
from copilot.shell.plain import plain_tip
from copilot.shell.tasks import TaskRunner
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

TOP_ENTRIES = 10  # entries in the chart; the CSV has them all
TOP_GAPS = 50  # knowledge gaps in the table; 'copilot kb gaps' writes them all
GAPS_TITLE = QT_TRANSLATE_NOOP("StatsWindow", "Knowledge gaps: customer questions no article answered")
EXPERIMENTS_TITLE = QT_TRANSLATE_NOOP("StatsWindow", "Experiments: cards used per wording, with 95% intervals")
DECIDING = {"inserted": QT_TRANSLATE_NOOP("StatsFigures", "Time to insert"),
            "edited": QT_TRANSLATE_NOOP("StatsFigures", "Time to edit and insert"),
            "discarded": QT_TRANSLATE_NOOP("StatsFigures", "Time to discard"),
            "expired": QT_TRANSLATE_NOOP("StatsFigures", "Time before expiring")}
NO_SESSIONS = "No recorded sessions yet. Figures appear here once agents have taken calls with the panel."
NO_MATCH = "No sessions for this agent, team and period. Choose other filters above."


def _f(translated: str, **values: object) -> str:
    """A figure's words, already in the trainer's language, with their placeholders filled."""
    return translated.format(**values) if values else translated


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 1000:
        return _f(translate("StatsFigures", "{n} s"), n=QLocale().toString(value / 1000, "f", 1))
    return _f(translate("StatsFigures", "{n} ms"), n=QLocale().toString(value, "f", 0 if value >= 10 else 1))


def _share(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return _f(translate("StatsFigures",
            "{part} of {whole} ({share})"), part=QLocale().toString(part), whole=QLocale().toString(whole),
              share=QLocale().toString(round(100 * part / whole)) + "%")


def _spread(d: Distribution, high: str, unit: str = "ms") -> str:
    if not d.count:
        return "—"
    if unit == "ms":
        return _f(translate("StatsFigures",
                "median {median} · {high} {value}"), median=_ms(d.median), high=high, value=_ms(getattr(d, high)))
    return _f(translate("StatsFigures",
            "median {median} · {high} {value} characters"), median=QLocale().toString(d.median or 0, "f", 0),
              high=high, value=QLocale().toString(getattr(d, high) or 0, "f", 1))


def _listed(entries: list[str], titles: dict[str, str]) -> str:
    names = ", ".join(titles.get(e, e) for e in entries[:8])
    return f"{len(entries)}: {names}" if entries else "0"


def figures(stats: Stats, playbook: Playbook | None = None) -> list[tuple[str, str, str]]:
    """(figure, value, tooltip) rows for the table, in the order a team lead reads them."""
    o, w, n = stats.overall, stats.wrapups, QLocale().toString
    rows = [
        (_f(translate("StatsFigures", "Sessions")), n(stats.sessions), ""),
        (_f(translate("StatsFigures", "Cards shown")), n(o.shown),
         _f(translate("StatsFigures", "Every card that appeared on an agent's panel"))),
        (_f(translate("StatsFigures", "Cards used")), _share(o.accepted, o.decided),
         _f(translate("StatsFigures", "Inserted or edited, out of every decided card, expired included"))),
        (_f(translate("StatsFigures",
                "Inserted · edited · discarded · expired")), f"{n(o.inserted)} · {n(o.edited)} · {n(o.discarded)} · "
         f"{n(o.expired)}", ""),
        (_f(translate("StatsFigures", "Objections handled")), _share(stats.objections_handled, stats.objections_met),
         _f(translate("StatsFigures", "Objection cards the agent used, out of those shown"))),
        (_f(translate("StatsFigures", "Edits to a card")), _spread(stats.edit_distance, "mean", "characters"),
         _f(translate("StatsFigures",
                 "Characters changed in the {count} edited cards before they were used"),
            count=stats.edit_distance.count)),
    ]
    for action, d in stats.time_to_decision.items():
        decided = _f(translate("StatsFigures",
                     "From the card appearing to the agent's decision ({count} cards): median and 90th percentile"),
                     count=d.count)
        label = translate("StatsFigures", DECIDING[action]) if action in DECIDING else action  # not translated: marked
        rows.append((label, _spread(d, "p90"), decided))
    rows += [
        (_f(translate("StatsFigures", "Suggestion ready")), _spread(stats.latency_ms, "p95"),
         _f(translate("StatsFigures",
                 "From the customer's words to the suggestion ({count} cards)"), count=stats.latency_ms.count)),
        (_f(translate("StatsFigures", "Card on screen")), _spread(stats.card_ms, "p95"),
         _f(translate("StatsFigures",
                 "From the customer's words to the card drawn on the panel ({count} cards)"),
            count=stats.card_ms.count)),
        (_f(translate("StatsFigures", "Wrap-ups approved")), _share(w.approved, w.drafted),
         _f(translate("StatsFigures",
                 "Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)"),
            count=w.drafted_by_ai)),
        (_f(translate("StatsFigures", "After-call work")), _spread(w.after_call_ms, "p90"),
         _f(translate("StatsFigures", "From the end of the call to the approved wrap-up: median and 90th percentile"))),
        (_f(translate("StatsFigures", "Edits to a wrap-up")), _spread(w.edit_distance, "mean", "characters"),
         _f(translate("StatsFigures",
                 "Characters changed in the {count} approved wrap-ups"), count=w.edit_distance.count)),
        (_f(translate("StatsFigures",
                "Disposition codes")), ", ".join(f"{code} {count}" for code, count in list(w.dispositions.items())[:6])
         or "—", "\n".join(f"{code}: {count}" for code, count in w.dispositions.items())),
        (_f(translate("StatsFigures", "Entries shown, never used")), _listed(stats.never_accepted, stats.titles),
         "\n".join(stats.titles.get(e, e) for e in stats.never_accepted[:40])),
    ]
    if playbook is not None:
        rows.append((_f(translate("StatsFigures", "Playbook entries never shown")),
                     _f(translate("StatsFigures",
                             "{count} of {total}"), count=len(stats.never_shown), total=len(playbook.entries)),
                     "\n".join(stats.titles.get(e, e) for e in stats.never_shown[:40])))
    return rows


class StatsWindow(QWidget):
    stats_shown = Signal(object)  # the Stats now on screen (or None when there was nothing to show)
    gaps_shown = Signal(object)  # the knowledge gaps now in their table (a list of Gap)
    load_failed = Signal(str)

    def __init__(self, service: CoachingService, playbook: Playbook | None = None, parent: QWidget | None = None,
                 *, palette: dict[str, str] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statsWindow")
        self.setWindowTitle(self.tr("Coaching statistics"))
        self.resize(1040, 600)
        self.service = service
        self.playbook = playbook
        self.stats: Stats | None = None
        self.ops = TaskRunner(self)
        self._choices_filled = False
        self._pause = QTimer(self, singleShot=True, interval=200)
        self._pause.timeout.connect(self.refresh)
        palette = palette or theme.tokens("system")
        self._apply_palette(palette)

        self.agent = QComboBox(objectName="statsAgent")
        self.agent.addItem(self.tr("All agents"), None)
        self.team = QComboBox(objectName="statsTeam")
        self.team.addItem(self.tr("All teams"), None)
        self.since = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="statsSince")
        self.until = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="statsUntil")
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_filters_changed)
        for box in (self.agent, self.team):
            box.setMinimumContentsLength(12)
            box.currentIndexChanged.connect(self._on_filters_changed)
        self.export_button = QPushButton(self.tr("Export CSV…"), objectName="statsExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.state = QLabel(objectName="statsState")
        self.state.setProperty("role", "muted")
        bar = QHBoxLayout()
        for widget in (self.agent, self.team, QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.state)
        bar.addWidget(self.export_button)

        self.by_kind = BarChart(self.tr("Cards used, by kind"), palette)
        self.by_entry = BarChart(self.tr("Cards used, by entry (the {n} shown most)").format(n=TOP_ENTRIES), palette)
        self.table = QTableWidget(0, 2, objectName="statsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.gaps_title = QLabel(self.tr(GAPS_TITLE), objectName="statsGapsTitle")  # not translated: marked above
        self.gaps = QTableWidget(0, 4, objectName="statsGaps")
        self.gaps.setHorizontalHeaderLabels([self.tr("About"), self.tr("Asked"), self.tr("Example questions"),
                                             self.tr("Last asked")])
        self.gaps.verticalHeader().setVisible(False)
        self.gaps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gaps.setAlternatingRowColors(True)
        self.gaps.setWordWrap(False)
        for column in (0, 1, 3):
            self.gaps.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.gaps.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.experiments_title = QLabel(self.tr(EXPERIMENTS_TITLE),  # not translated: marked above
                                        objectName="statsExperimentsTitle")
        self.experiments = QTableWidget(0, 5, objectName="statsExperiments")
        self.experiments.setHorizontalHeaderLabels([self.tr("Experiment"), self.tr("State"), self.tr("A used"),
                                                    self.tr("B used"), self.tr("B against A")])
        self.experiments.verticalHeader().setVisible(False)
        self.experiments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.experiments.setWordWrap(False)
        for column in range(4):
            self.experiments.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.experiments.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for widget in (self.experiments_title, self.experiments):
            widget.setVisible(False)
        charts = QVBoxLayout()
        charts.addWidget(self.by_kind)
        charts.addWidget(self.by_entry)
        charts.addStretch(1)
        figures_and_gaps = QVBoxLayout()
        figures_and_gaps.addWidget(self.table, 3)
        figures_and_gaps.addWidget(self.gaps_title)
        figures_and_gaps.addWidget(self.gaps, 2)
        figures_and_gaps.addWidget(self.experiments_title)
        figures_and_gaps.addWidget(self.experiments, 1)
        content = QWidget(objectName="statsContent")
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(charts, 1)
        row.addLayout(figures_and_gaps, 1)

        self.message = QLabel(self.tr("Loading…"), objectName="statsMessage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setProperty("role", "muted")
        self.message.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.refresh()

    def _apply_palette(self, tokens: dict[str, str]) -> None:
        """The theme's colours for the plain widgets here (combos, dates, the table), light or dark."""
        self.setPalette(theme.qpalette(tokens))
        self.setAutoFillBackground(True)

    # -- queries --------------------------------------------------------------------------------

    def filters(self) -> Filters:
        if not self._choices_filled:
            return Filters()  # the first look covers everything on record
        since = float(QDateTime(self.since.date().startOfDay()).toSecsSinceEpoch())
        until = float(QDateTime(self.until.date().addDays(1).startOfDay()).toSecsSinceEpoch())
        return Filters(self.agent.currentData(), self.team.currentData(), since, until)

    def refresh(self) -> None:
        service, filters, playbook = self.service, self.filters(), self.playbook
        self.state.setText(self.tr("Loading…"))
        if self.stats is None:
            self.message.setText(self.tr("Loading…"))
            self.pages.setCurrentIndex(0)
        self.ops.run(lambda: service.statistics(filters, playbook), on_done=self._on_computed,
                     on_error=self._on_failed, latest="statistics")
        self.ops.run(lambda: service.knowledge_gaps(filters, TOP_GAPS), on_done=self._on_gaps_found,
                     on_error=self._on_gaps_failed, latest="gaps")

    def _on_filters_changed(self) -> None:
        if self.until.date() < self.since.date():
            self.until.setDate(self.since.date())  # a period cannot end before it starts
        if self._choices_filled:
            self._pause.start()  # several quick changes ask once

    def _on_computed(self, result: tuple[Stats, Choices]) -> None:
        stats, choices = result
        if not self._choices_filled:
            self._fill_choices(choices)
        self.stats = stats
        self.export_button.setEnabled(True)
        self.state.setText(self.tr("1 session") if stats.sessions == 1
                           else self.tr("{n} sessions").format(n=QLocale().toString(stats.sessions)))
        if stats.empty:
            self.message.setText(NO_SESSIONS if not choices.first_started else NO_MATCH)
            self.pages.setCurrentIndex(0)
        else:
            self._show(stats)
            self.pages.setCurrentIndex(1)
        self.stats_shown.emit(stats)

    def _fill_choices(self, choices: Choices) -> None:
        for box, values in ((self.agent, choices.agents), (self.team, choices.teams)):
            box.blockSignals(True)
            for value in values:
                box.addItem(value, value)
            box.blockSignals(False)
        if choices.first_started is not None:  # from the first call on record up to today
            first = QDateTime.fromSecsSinceEpoch(int(choices.first_started)).date()
            last = QDateTime.fromSecsSinceEpoch(int(choices.last_started or choices.first_started)).date()
            for edit, day in ((self.since, first), (self.until, max(last, QDate.currentDate()))):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)
        self._choices_filled = True

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            text = self.tr("Cannot show statistics. {problem}").format(problem=exc)
        else:  # the task runner has logged it with its traceback
            text = self.tr("Cannot show statistics: something unexpected went wrong. The details are in the log.")
        self.stats = None
        self.export_button.setEnabled(False)
        self.state.setText("")
        self.message.setText(text)
        self.pages.setCurrentIndex(0)
        self.load_failed.emit(text)

    def _on_gaps_found(self, gaps: list[Gap]) -> None:
        self.gaps_title.setText(self.tr(GAPS_TITLE) if gaps  # not translated: marked above
                                else self.tr("Knowledge gaps: none in this period"))
        table = gap_rows(gaps)
        self.gaps.setRowCount(len(table))
        for number, row in enumerate(table):
            for column, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text.replace(" | ", "\n") if column == 2 else text))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.gaps.setItem(number, column, item)
        self.gaps_shown.emit(gaps)

    def _on_gaps_failed(self, exc: BaseException) -> None:
        self.gaps.setRowCount(0)  # the figures' own message says what is wrong with the file
        self.gaps_title.setText(self.tr("Knowledge gaps: cannot be read"))
        self.gaps_shown.emit([])

    # -- showing --------------------------------------------------------------------------------

    def _show(self, stats: Stats) -> None:
        kinds = sorted(stats.by_kind.values(), key=lambda a: list(KIND_LABELS).index(a.key)
                       if a.key in KIND_LABELS else len(KIND_LABELS))
        self.by_kind.set_data([f"{kind_label(a.key)} ({a.shown})" for a in kinds],
                              [a.rate for a in kinds], tones=[a.key for a in kinds])
        top = sorted(stats.by_entry.values(), key=lambda a: (-a.shown, a.title))[:TOP_ENTRIES]
        self.by_entry.set_data([f"{a.title} ({a.shown})" for a in top], [a.rate for a in top])
        rows = figures(stats, self.playbook)
        self.table.setRowCount(len(rows))
        for number, (name, value, tip) in enumerate(rows):
            for column, text in enumerate((name, value)):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(tip))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self._show_experiments(stats)

    def _show_experiments(self, stats: Stats) -> None:
        """One row per experiment; its tooltip is the whole report (edits, time to decide, call outcome)."""
        for widget in (self.experiments_title, self.experiments):
            widget.setVisible(bool(stats.experiments))
        self.experiments.setRowCount(len(stats.experiments))
        for number, report in enumerate(stats.experiments):
            for column, value in enumerate(summary(report)):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tip(report_text(report)))
                self.experiments.setItem(number, column, item)

    # -- export ---------------------------------------------------------------------------------

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the figures on screen to a CSV file (asking where when no path is given)."""
        if self.stats is None:
            return None
        if path is None:
            suggested = str(Path.home() / f"coaching-stats-{time.strftime('%Y-%m-%d')}.csv")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), suggested,
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            write_csv(self.stats, path)
        except KnownError as exc:
            self.state.setText(str(exc))
            return None
        self.state.setText(self.tr("Saved {name}").format(name=Path(path).name))
        return Path(path)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._pause.stop()
        self.ops.wait(5000)  # a query still running finishes before the window goes
        super().closeEvent(event)
