"""Read-only views beside the panel: what the last AI request sent, and a whole knowledge article.

In the AI view personal data appears as the placeholders that went out ([EMAIL_1], [NAME_1]), never
as the values.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget


def show_sent(parent: QWidget, messages: list[dict[str, str]] | None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("AuditView", "Sent to AI"))
    dialog.resize(560, 480)
    text = QPlainTextEdit(objectName="auditText")
    text.setReadOnly(True)
    if messages:
        text.setPlainText("\n\n".join(f"— {m.get('role', '?')} —\n{m.get('content', '')}" for m in messages))
    else:
        text.setPlainText(QCoreApplication.translate("AuditView",
                                                     "Nothing has been sent to the AI in this conversation yet."))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    as_json = buttons.addButton(QCoreApplication.translate("AuditView", "Show as JSON"),
                                QDialogButtonBox.ButtonRole.ActionRole)
    as_json.clicked.connect(lambda: text.setPlainText(json.dumps(messages or [], ensure_ascii=False, indent=2)))
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.open()
    return dialog


def show_article(parent: QWidget, title: str, body: str) -> QDialog:
    """The whole article a knowledge card quotes, to read before answering."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(560, 520)
    text = QPlainTextEdit(objectName="articleText")
    text.setReadOnly(True)
    text.setPlainText(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.open()
    return dialog
