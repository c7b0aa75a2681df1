"""The coaching scorecard beside a replay: pre-filled from the record, confirmed by the trainer.

Each criterion of the team's template gets Yes, No or "Not applicable". Where the record can tell (a
greeting, an objection handled, a disclosure given), the answer is pre-filled and marked "suggested",
with its evidence; the trainer confirms or changes it and saves. The team lead edits the template itself
(criteria, weights, which rule pre-fills them) in a small table.
"""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copilot.coaching import scorecard
from copilot.coaching.service import CoachingService
from copilot.errors import KnownError
from copilot.record.session_record import SessionRecord
from copilot.shell.plain import plain_tip
from copilot.shell.tasks import TaskRunner
from copilot.text.i18n import QT_TRANSLATE_NOOP

CHOICES = (("—", None), (QT_TRANSLATE_NOOP("ScorecardPane", "Yes"), True),
           (QT_TRANSLATE_NOOP("ScorecardPane", "No"), False))


class ScorecardPane(QWidget):
    saved = Signal()

    def __init__(self, service: CoachingService, ops: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.ops = service, ops
        self.record: SessionRecord | None = None
        self._built_for: SessionRecord | None = None
        self.template: scorecard.Template | None = None
        self.boxes: dict[str, QComboBox] = {}
        self.evidence: dict[str, QLabel] = {}
        self.prefilled: dict[str, scorecard.Prefill] = {}
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        self.total = QLabel(objectName="scoreTotal")
        self.status = QLabel(objectName="scoreStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Confirm scorecard"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("Edit template…"))
        self.edit_button.setToolTip(self.tr("Team leads: change the criteria every scorecard uses"))
        self.edit_button.clicked.connect(self.edit_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def set_record(self, record: SessionRecord) -> None:
        """Remember the session; the scorecard is worked out when the trainer first looks at it."""
        self.record = record
        self._built_for = None
        if self.isVisible():
            self.build()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.build()

    def build(self) -> None:
        record = self.record
        if record is None or self._built_for is record:
            return
        self._built_for = record
        try:
            template = scorecard.load_template()  # the team lead's, else the bundled default
        except KnownError as exc:
            self.status.setText(self.tr("{problem} Using the default scorecard.").format(problem=exc))
            template = scorecard.load_template(scorecard.default_template_path())
        stored = record.scorecard
        if stored and stored.get("template"):
            try:  # a saved scorecard reads with the template it was made with
                template = scorecard.parse_template(stored["template"], "the saved scorecard")
            except KnownError:
                pass
        self.template = template
        self.prefilled = scorecard.prefill(record, template)
        answers = (stored or {}).get("answers", {})
        self._build(answers)

    def _build(self, answers: dict[str, Any]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes, self.evidence = {}, {}
        assert self.template is not None
        for row, criterion in enumerate(self.template.criteria):
            label = QLabel(f"<b>{html.escape(criterion.label)}</b>")  # not translated: the team's own words
            label.setToolTip(plain_tip(criterion.description))
            box = QComboBox(objectName=f"score_{criterion.id}")
            for text, value in CHOICES:
                box.addItem(self.tr(text), value)  # not translated: marked above
            hint = self.prefilled.get(criterion.id, scorecard.Prefill(None, ""))
            saved = answers.get(criterion.id)
            if isinstance(saved, dict) and "value" in saved:
                value, note = saved["value"], (self.tr("confirmed") if not saved.get("prefilled")
                                               else self.tr("suggested, confirmed"))
            else:
                value, note = hint.value, self.tr("suggested") if hint.value is not None else ""
            box.setCurrentIndex(max(0, box.findData(value)) if value is not None else 0)
            box.currentIndexChanged.connect(lambda _i: self._update_total())
            # The evidence quotes what was said in the call: escaped in the rich line, plain text without a note.
            said, quoted = html.escape(note), html.escape(hint.evidence)
            evidence = QLabel(f"<i>{said}</i> · {quoted}" if note else hint.evidence)  # not translated: done
            evidence.setTextFormat(Qt.TextFormat.RichText if note else Qt.TextFormat.PlainText)
            evidence.setWordWrap(True)
            evidence.setObjectName("cardWhy")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(evidence, row, 2)
            self.boxes[criterion.id], self.evidence[criterion.id] = box, evidence
        self._update_total()

    def answers(self) -> dict[str, Any]:
        out = {}
        for criterion_id, box in self.boxes.items():
            hint = self.prefilled.get(criterion_id)
            value = box.currentData()
            out[criterion_id] = {"value": value, "prefilled": hint is not None and hint.value == value
                                 and value is not None, "evidence": hint.evidence if hint else ""}
        return out

    def _update_total(self) -> None:
        if self.template is None:
            return
        answered = [a for a in self.answers().values() if a["value"] is not None]
        score = scorecard.score(self.answers(), self.template)
        self.total.setText(self.tr("Score {score} over {answered} of {total} criteria").format(
            score=QLocale().toString(round(100 * score)) + "%", answered=len(answered), total=len(self.boxes))
            if answered else self.tr("Nothing scored yet"))

    def save(self) -> None:
        if self.record is None or self.template is None:
            return
        service, session_id, template, answers = self.service, self.record.id, self.template.as_dict(), self.answers()
        self.status.setText(self.tr("Saving…"))
        self.ops.run(lambda: service.save_scorecard(session_id, template, answers), on_done=self._on_saved,
                     on_error=lambda exc: self.status.setText(
                         self.tr("Could not save the scorecard: {problem}").format(problem=exc)))

    def _on_saved(self, _result: object) -> None:
        assert self.record is not None
        self.record.scorecard = {"template": self.template.as_dict() if self.template else {},
                                 "answers": self.answers(), "updated_at": time.time()}
        self.status.setText(self.tr("Scorecard saved."))
        self.saved.emit()

    def edit_template(self) -> None:
        dialog = TemplateEditor(self.template or scorecard.load_template(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.record is not None and dialog.saved_to:
            self.template = dialog.template
            self.prefilled = scorecard.prefill(self.record, dialog.template)
            self._build({})
            self.status.setText(self.tr("Template saved to {path}; new scorecards use it.").format(
                path=dialog.saved_to))


class TemplateEditor(QDialog):
    """Criteria as rows: id, label, description, weight, and the rule that pre-fills it."""

    HEADERS = (QT_TRANSLATE_NOOP("TemplateEditor", "Id"), QT_TRANSLATE_NOOP("TemplateEditor", "Label"),
               QT_TRANSLATE_NOOP("TemplateEditor", "Description"), QT_TRANSLATE_NOOP("TemplateEditor", "Weight"),
               QT_TRANSLATE_NOOP("TemplateEditor", "Pre-filled by"))

    def __init__(self, template: scorecard.Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scorecard template"))
        self.resize(760, 380)
        self.template = template
        self.saved_to: str | None = None
        self.table = QTableWidget(len(template.criteria), len(self.HEADERS), objectName="templateTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])  # not translated: marked above
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, c in enumerate(template.criteria):
            for column, value in enumerate((c.id, c.label, c.description, f"{c.weight:g}", c.prefill or "")):
                self.table.setItem(row, column, QTableWidgetItem(value))
        add = QPushButton(self.tr("Add criterion"))
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.error = QLabel(objectName="engineError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        edit_row = QHBoxLayout()
        edit_row.addWidget(add)
        edit_row.addWidget(remove)
        edit_row.addStretch(1)
        layout = QVBoxLayout(self)
        rules = ", ".join(sorted(scorecard.RULES))
        layout.addWidget(QLabel(self.tr("Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.")
                                .format(rules=rules)))
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text().strip() if self.table.item(r, c) else "") for c in range(5)]
            if not any(cells):
                continue
            entry: dict[str, Any] = {"id": cells[0], "label": cells[1], "description": cells[2]}
            try:
                entry["weight"] = float(cells[3]) if cells[3] else 1.0
            except ValueError:
                entry["weight"] = cells[3]  # the parser names the criterion and the field
            if cells[4]:
                entry["prefill"] = cells[4]
            out.append(entry)
        return out

    def save(self, path: str | None = None) -> None:
        try:
            template = scorecard.parse_template({"name": self.template.name, "criterion": self.rows()},
                                                "the template table")
            target = path or str(scorecard.user_template_path())
            scorecard.save_template(template, target)
        except (KnownError, OSError) as exc:
            self.error.setText(str(exc))
            return
        self.template, self.saved_to = template, target
        self.accept()
