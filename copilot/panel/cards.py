"""Suggestion cards. A card shows one suggestion and says what the agent wants; it decides nothing.

Each card emits intent signals (insert, edit, discard); the controller changes the session and
records the decision. Cards never take keyboard focus on their own.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copilot.model import DISCARD_REASONS, Suggestion, kind_label
from copilot.shell.plain import plain_tip
from copilot.text.i18n import translate
from copilot.text.words import is_rtl

_QUOTED = re.compile(r"“([^”]*)”")


def isolate_quotes(text: str, *, right_to_left: bool = False) -> str:
    """Fence each right-to-left quoted phrase in a first-strong isolate (U+2068 ... U+2069) inside its quotation
    marks: the phrase lays itself out in its own direction (Hebrew right to left, with its numbers and currency in
    place) while the marks and the commas between phrases follow the sentence around them. In a right-to-left
    sentence (``right_to_left``: the Hebrew panel's "Why") a left-to-right phrase is fenced together with its marks,
    so they still open and close it instead of facing the wrong way."""
    def fence(m: re.Match[str]) -> str:
        if is_rtl(m.group(1)):
            return f"“\u2068{m.group(1)}\u2069”"
        return f"\u2068{m.group(0)}\u2069" if right_to_left else m.group(0)

    return _QUOTED.sub(fence, text)


def direction_for(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight


class ElidedLabel(QLabel):
    """One line that shortens itself with "…" instead of widening a narrow panel."""

    def __init__(self, text: str = "", parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent, objectName=objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a customer's name or a file's line, never markup
        self.setMinimumWidth(24)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(plain_tip(text))
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        margins = self.contentsMargins()
        full = self.fontMetrics().horizontalAdvance(self.full_text) + margins.left() + margins.right() + 16
        return QSize(full, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width() - 2, 12)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width))


def wrap_at_words(text: str, fits, max_lines: int = 2) -> list[str]:
    """``text`` in at most ``max_lines`` lines that ``fits`` (a width test), broken between words only; what
    does not fit ends the last line with "…" after a whole word. A single word wider than a line stays whole
    and is clipped: nothing shorter could show it."""
    words, lines = text.split(), list[str]()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and fits(f"{line} {words[0]}"):
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        last = lines[-1].split()
        while len(last) > 1 and not fits(" ".join(last) + "…"):
            last.pop()
        lines[-1] = " ".join(last) + "…"
    return lines


class TitleLabel(QLabel):
    """A card's title: whole when it fits, else on two lines broken between words, and only then shortened at a
    word with "…". The full title is the tooltip and the accessible description."""

    MAX_LINES = 2

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent, objectName=objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(24)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(plain_tip(text))
        self.setAccessibleDescription(text)
        self._wrap()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 16, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        width = max(self.contentsRect().width() - 2, 12)
        metrics = self.fontMetrics()
        lines = wrap_at_words(self.full_text, lambda line: metrics.horizontalAdvance(line) <= width, self.MAX_LINES)
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)


class SuggestionCard(QFrame):
    insert_requested = Signal(str, object)  # suggestion id, final text (None = verbatim)
    discard_requested = Signal(str, object)  # suggestion id, reason key or None
    edit_started = Signal(str)
    edit_cancelled = Signal(str)
    article_requested = Signal(str)  # knowledge entry id ("kb:<article id>")

    def __init__(self, suggestion: Suggestion, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.number = QLabel(objectName="cardNumber")
        self.kind = QLabel(objectName="cardKind")
        self.title = TitleLabel(objectName="cardTitle")
        # Next to the kind, whatever the title's script (a Hebrew title would otherwise drift right).
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignVCenter)
        self.source = QLabel(objectName="cardSource")  # beside Discard: the title gets the top row's width
        # The first thing to give way when a language's button words are long: the buttons stay whole.
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.source.setMinimumWidth(0)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)  # the title takes what is left, and wraps between words to fit

        self.text_label = QLabel(objectName="cardText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self._editor: QPlainTextEdit | None = None  # made when the agent first edits: most never are
        self._fate: QLabel | None = None  # replay only: what the agent did with the card
        self.why = QLabel(objectName="cardWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)

        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setProperty("primary", True)
        self.insert_button.clicked.connect(self._on_insert_clicked)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.start_edit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.article_button = QPushButton(self.tr("Article"))
        self.article_button.setToolTip(self.tr("Read the whole article this answer comes from"))
        self.article_button.clicked.connect(lambda: self.article_requested.emit(self.suggestion.entry_id))
        self.discard_button = QToolButton(objectName="discard")
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.discard_button.clicked.connect(lambda: self.discard_requested.emit(self.suggestion.id, None))
        menu = QMenu(self.discard_button)
        for key, label in DISCARD_REASONS.items():
            action = menu.addAction(translate("DiscardReason", label))  # not translated: marked in model.py
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.discard_requested.emit(self.suggestion.id, k))
        self.discard_button.setMenu(menu)
        for button in (self.insert_button, self.edit_button, self.cancel_button, self.article_button,
                       self.discard_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.insert_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.article_button)
        actions.addStretch(1)
        actions.addWidget(self.source)
        actions.addWidget(self.discard_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(5)
        layout.addLayout(top)
        layout.addWidget(self.text_label)
        self._layout = layout
        layout.addWidget(self.why)
        layout.addLayout(actions)
        self.bind(suggestion, number)

    def bind(self, suggestion: Suggestion, number: int) -> None:
        """Show ``suggestion`` in this card: new cards reuse the widgets of cards that left, which
        costs a fraction of building them when a live source keeps the board busy."""
        self.suggestion = suggestion
        kind = str(suggestion.kind)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.kind.setProperty("kind", kind)
            for widget in (self, self.kind):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.kind.setText(kind_label(kind))
        self.setAccessibleName(self.tr("Suggestion {number}: {kind}").format(number=number, kind=kind_label(kind)))
        if self.source.property("ai") != suggestion.ai_generated:
            self.source.setProperty("ai", suggestion.ai_generated)
            self.source.style().unpolish(self.source)
            self.source.style().polish(self.source)
        self.source.setText(translate("Source", suggestion.source_label))  # not translated: marked where made
        if suggestion.ai_generated:
            self.source.setToolTip(self.tr("Drafted by AI: check it before use"))
        elif suggestion.engine == "supervisor":
            self.source.setToolTip(self.tr("Sent by a supervisor following this call"))
        else:
            self.source.setToolTip(self.tr("From your team's playbook"))
        self.why.setText(self.tr("Why: {reason}").format(
            reason=isolate_quotes(suggestion.rationale, right_to_left=self.isRightToLeft())))
        self.article_button.setVisible(suggestion.entry_id.startswith("kb:"))
        if self._editor is not None:
            self.cancel_edit()
        self.refresh_text()
        self.set_number(number)

    @staticmethod
    def _apply_direction(label: QLabel, text: str) -> None:
        direction = direction_for(text)
        label.setLayoutDirection(direction)
        label.setAlignment((Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                            else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)

    def refresh_text(self) -> None:
        """Show the suggestion's current text and title (after a language switch)."""
        self.title.set_full_text(self.suggestion.title)
        self.text_label.setText(self.suggestion.text)
        self._apply_direction(self.text_label, self.suggestion.text)
        if self._editor is not None and not self.editing:
            self._editor.setPlainText(self.suggestion.text)
            self._editor.setLayoutDirection(direction_for(self.suggestion.text))

    def set_number(self, number: int) -> None:
        if self.number.text() != str(number):
            self.number.setText(str(number))
            self.insert_button.setToolTip(self.tr("Copy to the clipboard for the CRM (Ctrl+{n})").format(n=number))
            self.edit_button.setToolTip(self.tr("Change the text, then insert (Alt+{n})").format(n=number))
            self.discard_button.setToolTip(
                self.tr("Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason").format(n=number))

    @property
    def editor(self) -> QPlainTextEdit:
        if self._editor is None:
            self._editor = QPlainTextEdit(self.suggestion.text, objectName="cardEditor")
            self._editor.setVisible(False)
            self._editor.setFixedHeight(84)
            self._editor.setLayoutDirection(direction_for(self.suggestion.text))
            self._editor.installEventFilter(self)
            self._layout.insertWidget(self._layout.indexOf(self.text_label) + 1, self._editor)
        return self._editor

    @property
    def editing(self) -> bool:
        return self._editor is not None and self._editor.isVisible()

    def start_edit(self) -> None:
        """Edit in place; the agent asked for it, so the editor takes the keyboard."""
        if self.editing:
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.editor.setPlainText(self.suggestion.text)
        self.text_label.setVisible(False)
        self.editor.setVisible(True)
        self.edit_button.setVisible(False)
        self.cancel_button.setVisible(True)
        self.insert_button.setText(self.tr("Insert edited"))
        self.insert_button.setToolTip(self.tr("Insert the edited text (Ctrl+Enter)"))
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.selectAll()
        self.edit_started.emit(self.suggestion.id)

    def cancel_edit(self) -> None:
        if self.editing:
            self.edit_cancelled.emit(self.suggestion.id)
        if self._editor is not None:
            self._editor.setVisible(False)
        self.text_label.setVisible(True)
        self.edit_button.setVisible(True)
        self.cancel_button.setVisible(False)
        self.insert_button.setText(self.tr("Insert"))

    def set_fate(self, html: str | None) -> None:
        """Replay: no actions, and a line saying what the agent did with the card (rich text)."""
        for button in (self.insert_button, self.edit_button, self.cancel_button, self.discard_button):
            button.setVisible(html is None and button is not self.cancel_button)
        if self._fate is None:
            self._fate = QLabel(objectName="cardFate")
            self._fate.setWordWrap(True)
            self._fate.setTextFormat(Qt.TextFormat.RichText)
            self._layout.addWidget(self._fate)
        self._fate.setText(html or "")
        self._fate.setVisible(html is not None)

    @property
    def fate_text(self) -> str:
        return self._fate.text() if self._fate is not None and self._fate.isVisible() else ""

    def _on_insert_clicked(self) -> None:
        final = self.editor.toPlainText() if self.editing else None
        self.insert_requested.emit(self.suggestion.id, final)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._editor and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
                self._on_insert_clicked()
                return True
            if key == Qt.Key.Key_Escape:
                self.cancel_edit()
                return True
        return super().eventFilter(watched, event)


class CardPanel(QWidget):
    """Up to four cards, top first, or the empty state. Nothing else sits among them: notices have a line of
    their own (``copilot.panel.notices``), so card N is always the Nth thing in the list."""

    insert_requested = Signal(str, object)
    discard_requested = Signal(str, object)
    edit_started = Signal(str)
    edit_cancelled = Signal(str)
    article_requested = Signal(str)
    cards_painted = Signal(float)  # ms from the utterance to the first paint of its newest card
    card_painted = Signal(str, float)  # suggestion id, ms from its utterance to its first paint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHost")
        self.cards: list[SuggestionCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.empty_label = QLabel(self.tr("Suggestions appear here as the customer speaks."), objectName="emptyCards")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._layout.addWidget(self.empty_label)
        self._layout.addStretch(1)
        self._awaiting_paint: dict[SuggestionCard, int] = {}
        self._pool: list[SuggestionCard] = []  # hidden cards, ready to show the next suggestion

    def show_suggestions(self, suggestions: list[Suggestion], received_ns: dict[str, int] | None = None) -> None:
        """Make the cards match ``suggestions`` (top first): cards that stay are kept as they are,
        cards that leave go to a pool, and new suggestions take a pooled card before a new one."""
        wanted = {s.id for s in suggestions}
        existing = {card.suggestion.id: card for card in self.cards}
        for card in self.cards:
            if card.suggestion.id not in wanted:
                self._awaiting_paint.pop(card, None)
                card.hide()
                self._layout.removeWidget(card)
                self._pool.append(card)
        new_cards = []
        for position, suggestion in enumerate(suggestions):
            known = existing.get(suggestion.id)
            if known is None:
                card = self._new_card(suggestion, position + 1)
                if received_ns and suggestion.id in received_ns:
                    self._awaiting_paint[card] = received_ns[suggestion.id]
                    card.installEventFilter(self)
            else:
                card = known
                if card.text_label.text() != suggestion.text:
                    card.refresh_text()
                self._set_fresh(card, False)
            card.set_number(position + 1)
            if self._layout.indexOf(card) != position:
                self._layout.removeWidget(card)
                self._layout.insertWidget(position, card)
            if card.isHidden():
                card.show()
            new_cards.append(card)
        self.cards = new_cards
        self.empty_label.setVisible(not self.cards)

    def _new_card(self, suggestion: Suggestion, number: int) -> SuggestionCard:
        if self._pool:
            card = self._pool.pop()
            card.bind(suggestion, number)
        else:
            card = SuggestionCard(suggestion, number, self)
            card.insert_requested.connect(self.insert_requested)
            card.discard_requested.connect(self.discard_requested)
            card.edit_started.connect(self.edit_started)
            card.edit_cancelled.connect(self.edit_cancelled)
            card.article_requested.connect(self.article_requested)
        self._set_fresh(card, True)
        return card

    @staticmethod
    def _set_fresh(card: SuggestionCard, fresh: bool) -> None:
        if bool(card.property("fresh")) != fresh:
            card.setProperty("fresh", fresh)
            card.style().unpolish(card)  # the stylesheet reads the property: apply it again
            card.style().polish(card)

    def card(self, number: int) -> SuggestionCard | None:
        return self.cards[number - 1] if 0 < number <= len(self.cards) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and watched in self._awaiting_paint:
            started = self._awaiting_paint.pop(watched)
            watched.removeEventFilter(self)
            elapsed_ms = (time.perf_counter_ns() - started) / 1e6
            self.card_painted.emit(watched.suggestion.id, elapsed_ms)
            self.cards_painted.emit(elapsed_ms)
        return super().eventFilter(watched, event)


def card_shortcuts(window: QWidget, panel: CardPanel, on_insert, on_discard, on_edit) -> list[QShortcut]:
    """Ctrl+N inserts card N, Ctrl+Shift+N discards it, Alt+N edits it (N = 1..4)."""
    shortcuts = []
    digits = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    for number, key in enumerate(digits, 1):
        for modifiers, handler in (
            (Qt.KeyboardModifier.ControlModifier, on_insert),
            (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, on_discard),
            (Qt.KeyboardModifier.AltModifier, on_edit),
        ):
            shortcut = QShortcut(QKeySequence(modifiers | key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)  # a held key uses one card, not every card that moves up
            shortcut.activated.connect(lambda n=number, h=handler: h(n))
            shortcuts.append(shortcut)
    return shortcuts
