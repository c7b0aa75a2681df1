"""The side panel window: header, conversation, cards, input and a quiet status line.

It lays widgets out and forwards what the agent does as signals; ``PanelController`` decides what
happens. It never opens the database or runs an engine.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copilot.model import Speaker
from copilot.panel.cards import CardPanel, ElidedLabel, SuggestionCard
from copilot.panel.conversation_view import ConversationView
from copilot.panel.mood_view import MoodIndicator
from copilot.panel.notices import NoticeBar
from copilot.panel.session_tabs import SessionTabs
from copilot.panel.wrapup_card import WrapupCard
from copilot.sources.transcript import split_labelled
from copilot.text.documents import MAX_TEXT
from copilot.text.words import is_rtl

PANEL_WIDTH = 400


class InputBar(QWidget):
    """Where the agent types or pastes a line; ``Klant: ...`` style labels pick the speaker."""

    utterance_entered = Signal(str, str)  # speaker, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = QComboBox(objectName="speaker")
        self.speaker.addItem(self.tr("Customer"), str(Speaker.CUSTOMER))
        self.speaker.addItem(self.tr("Me"), str(Speaker.AGENT))
        self.speaker.setToolTip(self.tr("Who said the line (Ctrl+K switches)"))
        self.speaker.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.line = QLineEdit(objectName="input")
        self.line.setPlaceholderText(self.tr("Type or paste what was said, Enter to add"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(MAX_TEXT)  # the longest line any source may give; a pasted log file is cut
        self.line.returnPressed.connect(self.submit)
        self.line.textChanged.connect(self._on_line_text_changed)
        send = QPushButton(self.tr("Add"))
        send.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        send.clicked.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.speaker)
        layout.addWidget(self.line, 1)
        layout.addWidget(send)

    def _on_line_text_changed(self, text: str) -> None:
        self.line.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
        )

    def toggle_speaker(self) -> None:
        self.speaker.setCurrentIndex(1 - self.speaker.currentIndex())

    def submit(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        speaker = self.speaker.currentData()
        labelled = split_labelled(text)
        if labelled is not None:
            speaker, text = str(labelled[0]), labelled[1]
        if text:
            self.utterance_entered.emit(speaker, text)
        self.line.clear()


class PanelWindow(QWidget):
    """The narrow window beside the CRM."""

    stay_on_top_toggled = Signal(bool)
    clipboard_toggled = Signal(bool)
    settings_requested = Signal()
    library_requested = Signal()
    stats_requested = Signal()
    audit_requested = Signal()
    closing = Signal()

    def __init__(self, palette: dict[str, str], *, playbook_name: str = "", stay_on_top: bool = True) -> None:
        super().__init__()
        self.setObjectName("panel")
        self.setWindowTitle(self.tr("Agent Copilot"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setMinimumWidth(340)
        self.resize(PANEL_WIDTH, 760)

        header = QWidget(objectName="header")
        title = QLabel(self.tr("Agent Copilot"), objectName="appTitle")
        self.language_pill = QLabel("—", objectName="langPill")
        self.language_pill.setToolTip(self.tr("The customer's language; suggestions follow it"))
        self.source_pill = ElidedLabel("", objectName="sourcePill")
        self.source_pill.setMaximumWidth(180)
        self.set_playbook_name(playbook_name)
        self.pin = QToolButton(objectName="pin")
        self.pin.setText(self.tr("Pin"))
        self.pin.setCheckable(True)
        self.pin.setChecked(stay_on_top)
        self.pin.setToolTip(self.tr("Keep the panel above other windows"))
        self.pin.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pin.toggled.connect(self.stay_on_top_toggled)
        self.clip = QToolButton(objectName="pin")
        self.clip.setText(self.tr("Clip"))
        self.clip.setCheckable(True)
        self.clip.setToolTip(self.tr("Listen to the clipboard: text you copy elsewhere becomes a customer line"))
        self.clip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clip.toggled.connect(self.clipboard_toggled)
        self.settings_button = QToolButton(objectName="pin")
        self.settings_button.setText("⋯")
        self.settings_button.setToolTip(self.tr("Settings, the session library and statistics"))
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.settings_button)
        self.menu.addAction(self.tr("Settings…"), self.settings_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Session library…"), self.library_requested.emit)
        self.menu.addAction(self.tr("Statistics…"), self.stats_requested.emit)
        self.settings_button.setMenu(self.menu)
        head = QHBoxLayout(header)
        head.setContentsMargins(10, 6, 8, 6)
        head.addWidget(title)
        head.addWidget(self.source_pill, 1)  # shortens itself ("Telecom & util…") before anything else
        head.addStretch(0)
        head.addWidget(self.language_pill)
        head.addWidget(self.clip)
        head.addWidget(self.pin)
        head.addWidget(self.settings_button)

        self.session_tabs = SessionTabs()
        self.conversation = ConversationView(palette)
        self.cards = CardPanel()
        self.card_scroll = scroll = QScrollArea(objectName="cardScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.cards)
        self.cards_heading = QLabel(self.tr("SUGGESTIONS"), objectName="cardsHeading")
        self.cards_heading.setProperty("role", "heading")
        self.mood = MoodIndicator()  # the shown conversation's mood, when it is clear
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.cards_heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.mood)
        self.input = InputBar()

        footer = QWidget(objectName="footer")
        self.notices = NoticeBar()
        # The toast floats over the footer, outside every layout: showing it moves nothing (a click meant for the
        # input must land on the input), and clicks pass through it.
        self.toast = QLabel(self, objectName="toast")
        self.toast.setVisible(False)
        self.toast.setWordWrap(True)
        self.toast.setTextFormat(Qt.TextFormat.PlainText)  # a toast may quote a line or a field from outside
        self.toast.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.stats = QLabel("", objectName="stats")
        self.stats.setWordWrap(True)
        self.stats.setProperty("role", "muted")
        foot = QVBoxLayout(footer)
        foot.setContentsMargins(10, 4, 10, 6)
        foot.setSpacing(4)
        foot.addWidget(self.notices)
        stats_row = QHBoxLayout()
        stats_row.addWidget(self.stats, 1)
        self.audit_button = QToolButton(objectName="pin")
        self.audit_button.setText(self.tr("Sent to AI"))
        self.audit_button.setToolTip(self.tr("Show exactly what the last AI request sent (personal data replaced)"))
        self.audit_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.audit_button.setVisible(False)
        self.audit_button.clicked.connect(self.audit_requested)
        stats_row.addWidget(self.audit_button)
        foot.addLayout(stats_row)
        self._toast_timer = QTimer(self, singleShot=True, interval=2600)
        self._toast_timer.timeout.connect(lambda: self.toast.setVisible(False))

        body = QVBoxLayout()
        body.setContentsMargins(10, 8, 10, 6)
        body.setSpacing(6)
        body.addWidget(self.session_tabs)
        body.addWidget(self.conversation, 2)
        self.wrapup = WrapupCard()  # the ended call's wrap-up, above its (expired) cards
        body.addWidget(self.wrapup, 3)
        body.addLayout(heading_row)
        body.addWidget(scroll, 3)
        body.addWidget(self.input)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        layout.addWidget(footer)

        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.input.toggle_speaker)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=lambda: self.input.line.setFocus())
        self.apply_stay_on_top(stay_on_top)
        self.input.line.setFocus()  # ready for typing whenever the agent comes to the panel

    def set_playbook_name(self, playbook_name: str) -> None:
        name = playbook_name or self.tr("Playbook")
        self.source_pill.set_full_text(name)
        self.source_pill.setToolTip(self.tr("Suggestions come from the playbook “{name}”, on this computer").format(
            name=name))

    def apply_stay_on_top(self, on: bool) -> None:
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            self.show()  # changing window flags hides the window

    def set_clipboard_capture(self, on: bool) -> None:
        self.clip.blockSignals(True)
        self.clip.setChecked(on)
        self.clip.blockSignals(False)

    def show_toast(self, message: str) -> None:
        self.toast.setText(message)
        self._place_toast()
        self.toast.setVisible(True)
        self.toast.raise_()
        self._toast_timer.start()

    def _place_toast(self) -> None:
        """Just above the input line, as wide as the panel allows, growing upwards: it covers neither the line the
        agent is typing nor the status line, only the bottom of the card area."""
        width = max(self.width() - 20, 60)
        height = self.toast.heightForWidth(width) if self.toast.hasHeightForWidth() else self.toast.sizeHint().height()
        bottom = self.input.mapTo(self, QPoint(0, 0)).y() if self.input.isVisible() else self.height()
        self.toast.setGeometry(10, max(0, bottom - height - 6), width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self.toast.isVisible():
            self._place_toast()

    def card_in_view(self, card: SuggestionCard) -> bool:
        """Whether the agent can see the card: its number and most of it (or all the card area, for a long one)
        inside the scrolled card list. A shortcut acts only on a card that passes."""
        if not card.isVisible():
            return False
        viewport = self.card_scroll.viewport()
        shown = card.visibleRegion().boundingRect().height()
        number = card.number.visibleRegion().boundingRect()
        return (number.height() >= card.number.height() and number.width() >= card.number.width()
                and shown >= 0.6 * min(card.height(), viewport.height()))

    def bring_into_view(self, card: SuggestionCard) -> None:
        self.card_scroll.ensureWidgetVisible(card, 0, 0)

    def set_language(self, lang: str | None) -> None:
        self.language_pill.setText((lang or "—").upper())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.closing.emit()
        super().closeEvent(event)
