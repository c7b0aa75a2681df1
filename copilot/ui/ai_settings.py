"""The AI part of the settings dialog: endpoint, model, the key in the keychain, a connection test.

The key field is write-only: it stores into the OS keychain and is never shown back. The test
runs on a worker, so a slow endpoint never freezes the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from copilot import keychain
from copilot.errors import KnownError
from copilot.settings import Settings
from copilot.ui.tasks import TaskRunner


class AiSettings(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox("Ask a language model for drafts (shown as AI drafts)")
        self.enabled.setChecked(settings["ai_enabled"])
        form.addRow("AI", self.enabled)
        self.base_url = QLineEdit(settings["ai_base_url"], objectName="aiBaseUrl")
        form.addRow("Endpoint", self.base_url)
        self.model = QLineEdit(settings["ai_model"], objectName="aiModel")
        form.addRow("Model", self.model)
        self.local_only = QCheckBox("Only endpoints on this computer")
        self.local_only.setChecked(settings["ai_local_only"])
        form.addRow("", self.local_only)
        self.key = QLineEdit(objectName="aiKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self._key_state())
        store = QPushButton("Store key")
        store.clicked.connect(self._on_store_clicked)
        delete = QPushButton("Delete key")
        delete.clicked.connect(self._on_delete_clicked)
        row = QHBoxLayout()
        for widget in (self.key, store, delete):
            row.addWidget(widget)
        form.addRow("API key", row)
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(objectName="aiTestResult")
        self.result.setWordWrap(True)
        form.addRow(self.test_button, self.result)

    @staticmethod
    def _key_state() -> str:
        try:
            return "a key is stored in the keychain" if keychain.has_model_key() else "no key stored"
        except KnownError as exc:
            return str(exc)

    def _on_store_clicked(self) -> None:
        if self.key.text().strip():
            try:
                keychain.set_model_key(self.key.text())
            except KnownError as exc:
                self.result.setText(str(exc))
        self.key.clear()
        self.key.setPlaceholderText(self._key_state())

    def _on_delete_clicked(self) -> None:
        try:
            keychain.delete_model_key()
        except KnownError as exc:
            self.result.setText(str(exc))
        self.key.setPlaceholderText(self._key_state())

    def test_connection(self) -> None:
        from copilot.engines.generative import GenerativeClient, GenerativeConfig

        self.result.setText("Testing…")
        self.test_button.setEnabled(False)
        config = dict(base_url=self.base_url.text().strip(), model=self.model.text().strip(),
                      timeout=self.settings["ai_timeout"], local_only=self.local_only.isChecked())

        def job() -> str:
            with GenerativeClient(GenerativeConfig(**config)) as client:
                check = client.test_connection()
            return f"{check.model} answered in {check.latency_ms:.0f} ms: {check.answer}"

        self.runner.submit(job, self._on_test_done, self._on_test_failed)

    def _on_test_done(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(text)

    def _on_test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        reason = getattr(exc, "reason", "")
        self.result.setText(f"{exc}" + (f" ({reason})" if reason else ""))

    def save(self) -> None:
        self.settings.set("ai_enabled", self.enabled.isChecked())
        self.settings.set("ai_base_url", self.base_url.text().strip())
        self.settings.set("ai_model", self.model.text().strip())
        self.settings.set("ai_local_only", self.local_only.isChecked())
