"""Settings the agent or IT may need at the desk: the local API's address and token, and the look.

The token is shown masked, can be copied for an integration, and rotated (old clients get 401).
It is read from and written to the OS keychain, or, on a computer without one and where IT allows it, a file only
the user can read; a line under the token says which. Settings IT locks in the policy file are greyed
out with "managed by your organisation" beside them and are not saved from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from copilot.admin.qt.ai_settings import AiSettings, managed
from copilot.config import keychain
from copilot.config.settings import Settings
from copilot.errors import KnownError

if TYPE_CHECKING:
    from copilot.sources.api_process import ApiProcess


LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français", "he": "עברית"}


class SettingsDialog(QDialog):
    token_rotated = Signal(str)
    import_requested = Signal()

    def __init__(self, settings: Settings, api: ApiProcess | None, parent: QWidget | None = None,
                 paste_unavailable: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agent Copilot settings"))
        self.settings = settings
        form = QFormLayout(self)
        if settings.policy_problem:
            problem = QLabel(settings.policy_problem, objectName="policyProblem")
            problem.setWordWrap(True)
            form.addRow(problem)

        address = QLabel(api.url if api is not None else self.tr("off (see the notice in the panel)"))
        address.setObjectName("apiAddress")
        form.addRow(self.tr("Local API"), address)

        self.token = QLineEdit(objectName="apiToken")
        self.token.setReadOnly(True)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        file_allowed = settings["api_token_file"]
        try:
            self.token.setText(keychain.api_token(file_allowed=file_allowed))
        except KnownError as exc:
            self.token.setPlaceholderText(str(exc))
        show = QPushButton(self.tr("Show"))
        show.setCheckable(True)
        show.toggled.connect(lambda on: self.token.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.token.text()))
        self.rotate = QPushButton(self.tr("New token"))
        self.rotate.setToolTip(self.tr("Integrations using the old token stop working until they get the new one"))
        self.rotate.clicked.connect(self._on_rotate_clicked)
        row = QHBoxLayout()
        for widget in (self.token, show, copy, self.rotate):
            row.addWidget(widget)
        form.addRow(self.tr("API token"), row)
        self.token_place = QLabel(keychain.token_place(file_allowed=file_allowed), objectName="tokenPlace")
        self.token_place.setWordWrap(True)
        self.token_place.setProperty("role", "muted")
        form.addRow("", self.token_place)

        self.theme = QComboBox()
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(self.theme.findData(settings["theme"]), 0))
        form.addRow(self.tr("Look"), managed(self.theme, settings, "theme"))
        # Each language in its own words, so an agent who cannot read the current one still finds theirs.
        self.ui_language = QComboBox(objectName="uiLanguage")
        self.ui_language.addItem(self.tr("Follow the system"), "system")
        for value, label in LANGUAGE_NAMES.items():
            self.ui_language.addItem(label, value)
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(settings["ui_language"]), 0))
        form.addRow(self.tr("Language"), managed(self.ui_language, settings, "ui_language"))
        self.on_top = QCheckBox(self.tr("Keep the panel above other windows"))
        self.on_top.setChecked(settings["stay_on_top"])
        form.addRow("", managed(self.on_top, settings, "stay_on_top"))
        self.paste = QCheckBox(self.tr("After Insert, paste into the window I was typing in"))
        self.paste.setChecked(settings["paste_into_crm"])
        if paste_unavailable:
            self.paste.setEnabled(False)
            self.paste.setToolTip(self.tr("Not available here: {reason}").format(reason=paste_unavailable))
        form.addRow(self.tr("CRM"), managed(self.paste, settings, "paste_into_crm"))
        keys = settings["hotkey"].replace("<", "").replace(">", "").title().replace("{N}", "1..4")
        self.hotkeys = QCheckBox(self.tr("Global hotkeys: {keys} insert card 1..4 from any window").format(keys=keys))
        self.hotkeys.setChecked(settings["global_hotkeys"])
        form.addRow("", managed(self.hotkeys, settings, "global_hotkeys"))
        self.import_button = QPushButton(self.tr("Import articles…"))
        self.import_button.setToolTip(self.tr("A folder of Markdown, text, HTML, JSON lines or CSV articles; "
                                      "importing it again updates it"))
        self.import_button.clicked.connect(self.import_requested)
        # Importing writes into the knowledge base; one whose location IT manages is IT's to fill.
        form.addRow(self.tr("Knowledge"), managed(self.import_button, settings, "knowledge_path"))
        # The threshold is a calibrated chance that the article is right, so it reads as a percentage.
        self.knowledge_threshold = QSpinBox(objectName="knowledgeThreshold", minimum=0, maximum=100, suffix="%")
        self.knowledge_threshold.setValue(round(100 * settings["knowledge_threshold"]))
        self.knowledge_threshold.setToolTip(
            self.tr("The confidence of a knowledge card is the chance that the article is right, as measured on "
            "conversations the search was tuned on. Higher: fewer cards, more of them right."))
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(QLabel(self.tr("Show a card when at least")))
        threshold_row.addWidget(managed(self.knowledge_threshold, settings, "knowledge_threshold"))
        threshold_row.addWidget(QLabel(self.tr("likely right")))
        threshold_row.addStretch()
        form.addRow("", threshold_row)
        self.ai = AiSettings(settings)
        form.addRow(self.ai)
        form.addRow("", QLabel(self.tr("Look, language, pasting, hotkeys, knowledge cards and AI apply from the next "
                                       "start."), wordWrap=True))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.save_problem = QLabel(objectName="settingsProblem", wordWrap=True)
        self.save_problem.hide()
        form.addRow(self.save_problem)
        form.addRow(buttons)

    def _on_rotate_clicked(self) -> None:
        try:
            token = keychain.rotate_api_token(file_allowed=self.settings["api_token_file"])
        except KnownError as exc:
            self.token.setPlaceholderText(str(exc))
            return
        self.token.setText(token)
        self.token_rotated.emit(token)

    def _on_buttons_accepted(self) -> None:
        chosen = {"theme": self.theme.currentData(), "ui_language": self.ui_language.currentData(),
                  "stay_on_top": self.on_top.isChecked(),
                  "paste_into_crm": self.paste.isChecked(), "global_hotkeys": self.hotkeys.isChecked(),
                  "knowledge_threshold": self.knowledge_threshold.value() / 100}
        problem = self.ai.problem()
        if problem:
            self.save_problem.setText(self.tr("Not saved: {problem}").format(problem=problem))
            self.save_problem.show()
            return
        try:
            self.ai.save()
            for name, value in chosen.items():
                if not self.settings.locked(name):
                    self.settings.set(name, value)
        except OSError as exc:  # a read-only settings folder: say so here, and keep the dialog open
            self.save_problem.setText(self.tr("Not saved: {folder} cannot be written ({problem}). Ask IT for a "
                                              "writable settings folder.").format(folder=self.settings.path.parent,
                                                                                  problem=exc.strerror or exc))
            self.save_problem.show()
            return
        self.accept()
