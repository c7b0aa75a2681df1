"""The wrap-up card: the call's note, ready the moment the call ends, for the agent to check and approve.

It shows what the desk drafted (reason, what was done, follow-ups, the disposition codes, the customer's mood)
as one editable note, with the codes as choices. Approving copies the note (or pastes it into the CRM, like a
card) and records it; nothing is sent anywhere by itself. A draft written by a model says so, and a local
draft given because the model failed says why. Like the cards, it only says what the agent wants.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copilot.text.i18n import QT_TRANSLATE_NOOP
from copilot.text.words import is_rtl

if TYPE_CHECKING:  # the wrap-up's modules (and the knowledge base's) load after the window shows
    from copilot.wrapup import WrapupDraft

MOODS = {"positive": QT_TRANSLATE_NOOP("WrapupCard", "calm or pleased"),
         "neutral": QT_TRANSLATE_NOOP("WrapupCard", "neutral"), "negative": QT_TRANSLATE_NOOP("WrapupCard", "upset")}


class WrapupCard(QFrame):
    """One conversation's wrap-up; hidden while the call runs."""

    approve_requested = Signal(str, str, list)  # conversation id, the note as approved, the codes ticked
    edited = Signal(str)  # conversation id: the agent changed the draft (a late AI draft must not replace it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="wrapupCard")
        self.setProperty("kind", "wrapup")
        self.conversation_id = ""
        self._loading = False
        self.heading = QLabel(self.tr("Wrap-up"), objectName="cardKind")
        self.heading.setProperty("kind", "wrapup")
        self.source = QLabel(objectName="cardSource")
        self.mood = QLabel(objectName="cardWhy")
        self.mood.setWordWrap(True)
        self.why = QLabel(objectName="cardWhy")
        self.why.setWordWrap(True)
        self.editor = QPlainTextEdit(objectName="cardEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Wrap-up note"))
        self.editor.textChanged.connect(self._on_text_changed)
        self.codes_row = QHBoxLayout()
        self.codes_row.setSpacing(8)
        self.codes_row.addStretch(1)  # the codes sit at the start of the row, before it
        self.codes: list[QCheckBox] = []
        self.fate = QLabel(objectName="cardFate")
        self.fate.setWordWrap(True)
        self.fate.setVisible(False)
        self.approve_button = QPushButton(self.tr("Approve and copy  Ctrl+Enter"))
        self.approve_button.setProperty("primary", True)
        self.approve_button.setToolTip(self.tr("Copy the note for the CRM and record it as this call's wrap-up"))
        self.approve_button.clicked.connect(self.approve)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.source)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addWidget(self.mood)
        layout.addWidget(self.editor, 1)
        layout.addLayout(self.codes_row)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        layout.addWidget(self.fate)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.approve,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.approve,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setVisible(False)

    @property
    def approved(self) -> bool:
        return self.fate.isVisible()

    def show_draft(self, conversation_id: str, draft: WrapupDraft, *, approved_text: str | None = None,
                   edited_text: str | None = None) -> None:
        """Show ``draft`` for the conversation; ``edited_text`` is the agent's unfinished edit, ``approved_text``
        what was already approved (the card then only shows it)."""
        self._loading = True
        try:
            self.conversation_id = conversation_id
            fields = draft.as_fields()
            text = approved_text or edited_text or draft.as_text()
            self.editor.setPlainText(text)
            direction = Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
            self.editor.setLayoutDirection(direction)
            ai = draft.drafted_by == "ai"
            self.source.setText(self.tr("AI draft") if ai else self.tr("Drafted on this computer"))
            self.source.setProperty("ai", "true" if ai else "false")
            self.source.setToolTip(self.tr("Written by the configured language model from the redacted transcript; "
                                           "check it before you approve") if ai else
                                   self.tr("Taken from the call's own words by the local engine; nothing left this "
                                           "computer"))
            self.source.style().unpolish(self.source)
            self.source.style().polish(self.source)
            self.mood.setText(_mood_line(draft.mood_start, draft.mood_end, draft.ai_text_reached_customer))
            self._set_codes(fields.get("dispositions") or [])
            why = self.tr("Why: drafted from this call's transcript when it ended.")
            if draft.fallback_reason:
                why += " " + self.tr("The AI draft was not used ({reason}).").format(reason=draft.fallback_reason)
            self.why.setText(why)
            self.editor.setReadOnly(approved_text is not None)
            self.approve_button.setVisible(approved_text is None)
            self.fate.setVisible(approved_text is not None)
            if approved_text is not None:
                self.fate.setText(self.tr("Approved and copied"))
            self.setVisible(True)
        finally:
            self._loading = False

    def clear(self) -> None:
        self.conversation_id = ""
        self.setVisible(False)

    def chosen_codes(self) -> list[str]:
        return [box.property("code") for box in self.codes if box.isChecked()]

    def approve(self) -> None:
        if not self.isVisible() or self.approved or not self.conversation_id:
            return
        self.approve_requested.emit(self.conversation_id, self.editor.toPlainText(), self.chosen_codes())

    def mark_approved(self, how: str) -> None:
        self.editor.setReadOnly(True)
        self.approve_button.setVisible(False)
        self.fate.setText(how)
        self.fate.setVisible(True)

    def _set_codes(self, chosen: Sequence[dict[str, Any]]) -> None:
        for box in self.codes:
            self.codes_row.removeWidget(box)
            box.deleteLater()
        self.codes = []
        for item in chosen:
            confidence = float(item.get("confidence") or 0.0)
            box = QCheckBox(str(item.get("label") or item.get("code")))
            box.setProperty("code", str(item.get("code")))
            box.setChecked(True)
            box.setToolTip(self.tr("Disposition code {code}, chosen from the team's descriptions (confidence "
                                   "{percent}); untick it if it does not fit").format(
                code=item.get("code"), percent=QLocale().toString(round(100 * confidence)) + "%"))
            box.toggled.connect(self._on_text_changed)
            self.codes_row.insertWidget(len(self.codes), box)
            self.codes.append(box)

    def _on_text_changed(self, *_: object) -> None:
        if not self._loading and self.conversation_id:
            self.edited.emit(self.conversation_id)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WrapupCard", text)  # not translated: the callers' literals are marked


def _mood_line(start: str | None, end: str | None, ai_reached: bool) -> str:
    parts = []
    if start or end:
        unclear = QT_TRANSLATE_NOOP("WrapupCard", "not clear")
        begin, finish = _tr(MOODS.get(start or "", unclear)), _tr(MOODS.get(end or "", unclear))
        parts.append(QCoreApplication.translate("WrapupCard", "Customer: {begin} at the start, {end} at the end")
                     .format(begin=begin, end=finish) if begin != finish
            else QCoreApplication.translate("WrapupCard", "Customer: {mood} throughout").format(mood=begin))
    parts.append(QCoreApplication.translate("WrapupCard", "AI-drafted text reached the customer") if ai_reached
                 else QCoreApplication.translate("WrapupCard", "No AI-drafted text reached the customer"))
    return " · ".join(parts)
