"""The AI part of the settings dialog: endpoint, model, the key in the keychain, a connection test.

The key field is write-only: it stores into the OS keychain and is never shown back. The test
runs on a worker, so a slow endpoint never freezes the dialog. A setting IT locks in the policy file
is shown greyed out with "managed by your organisation" beside it, and is never saved from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from copilot.config import keychain
from copilot.config.options import check
from copilot.config.settings import Settings
from copilot.errors import KnownError
from copilot.shell.plain import plain_tip
from copilot.shell.tasks import TaskRunner


def managed(widget: QWidget, settings: Settings, name: str) -> QWidget:
    """The control as it is, or, when IT locks ``name``, disabled beside a note saying so.

    The note is visible text, not only a tooltip: an agent should not have to hover to learn why a
    control does not respond, nor file a ticket about a broken checkbox.
    """
    if not settings.locked(name):
        return widget
    reason = settings.managed_reason(name)
    widget.setEnabled(False)
    widget.setToolTip(plain_tip(reason))
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    note = QLabel(QCoreApplication.translate("Settings", "managed by your organisation"), objectName="managedNote")
    note.setToolTip(plain_tip(reason))
    row.addWidget(note)
    return box


class AiSettings(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("Ask a language model for drafts (shown as AI drafts)"))
        self.enabled.setChecked(settings["ai_enabled"])
        form.addRow(self.tr("AI"), managed(self.enabled, settings, "ai_enabled"))
        self.provider = QComboBox(objectName="aiProvider")
        self.provider.addItem(self.tr("OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)"), "openai")
        self.provider.addItem(self.tr("Azure OpenAI"), "azure")
        self.provider.setCurrentIndex(max(0, self.provider.findData(settings["ai_provider"])))
        form.addRow(self.tr("Provider"), managed(self.provider, settings, "ai_provider"))
        self.base_url = QLineEdit(settings["ai_base_url"], objectName="aiBaseUrl")
        form.addRow(self.tr("Endpoint"), managed(self.base_url, settings, "ai_base_url"))
        self.model = QLineEdit(settings["ai_model"], objectName="aiModel")
        form.addRow(self.tr("Model"), managed(self.model, settings, "ai_model"))
        self.api_version = QLineEdit(settings["ai_api_version"], objectName="aiApiVersion")
        self.api_version_label = QLabel(self.tr("API version"))
        self.api_version_field = managed(self.api_version, settings, "ai_api_version")
        form.addRow(self.api_version_label, self.api_version_field)
        self.provider.currentIndexChanged.connect(self._on_provider_changed)
        self._on_provider_changed()
        self.local_only = QCheckBox(self.tr("Only endpoints on this computer"))
        self.local_only.setChecked(settings["ai_local_only"])
        form.addRow("", managed(self.local_only, settings, "ai_local_only"))
        self.key = QLineEdit(objectName="aiKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self._key_state())
        store = QPushButton(self.tr("Store key"))
        store.clicked.connect(self._on_store_clicked)
        delete = QPushButton(self.tr("Delete key"))
        delete.clicked.connect(self._on_delete_clicked)
        row = QHBoxLayout()
        for widget in (self.key, store, delete):
            row.addWidget(widget)
        form.addRow(self.tr("API key"), row)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(objectName="aiTestResult")
        self.result.setWordWrap(True)
        form.addRow(self.test_button, self.result)

    def _on_provider_changed(self) -> None:
        azure = self.provider.currentData() == "azure"
        self.api_version_field.setVisible(azure)
        self.api_version_label.setVisible(azure)
        self.model.setPlaceholderText(self.tr("deployment name") if azure else self.tr("e.g. gpt-4o-mini or llama3.1"))
        self.base_url.setPlaceholderText("https://NAME.openai.azure.com" if azure  # not translated: addresses
                                         else "http://127.0.0.1:11434/v1")

    def _values(self) -> dict[str, object]:
        return {"ai_provider": self.provider.currentData(), "ai_base_url": self.base_url.text().strip(),
                "ai_model": self.model.text().strip(), "ai_api_version": self.api_version.text().strip(),
                "ai_local_only": self.local_only.isChecked(), "ai_timeout": self.settings["ai_timeout"],
                "ai_max_discount_percent": self.settings["ai_max_discount_percent"]}

    @staticmethod
    def _key_state() -> str:
        try:
            stored = keychain.has_model_key()
            return (QCoreApplication.translate("AiSettings", "a key is stored in the keychain") if stored
                    else QCoreApplication.translate("AiSettings", "no key stored"))
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
        from copilot.engines.generative import GenerativeClient
        from copilot.engines.prompt import config_from_settings

        self.result.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        values = self._values()

        def job() -> str:
            with GenerativeClient(config_from_settings(values)) as client:
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

    _SAVED = ("ai_enabled", "ai_provider", "ai_base_url", "ai_model", "ai_api_version", "ai_local_only")

    def _saved(self) -> dict[str, object]:
        """What Save writes: the values typed for the settings IT has not locked."""
        values = {"ai_enabled": self.enabled.isChecked(), **self._values()}
        return {name: values[name] for name in self._SAVED if not self.settings.locked(name)}

    def problem(self) -> str | None:
        """What is wrong with what was typed (an endpoint that is no address, a key inside it), before anything is
        saved, so a bad value never leaves half the AI settings changed."""
        return next((problem for name, value in self._saved().items() if (problem := check(name, value)[1])), None)

    def save(self) -> None:
        for name, value in self._saved().items():
            self.settings.set(name, value)
