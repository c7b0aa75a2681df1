"""The running conversation: customer and agent lines, each laid out in its own direction.

A QTextDocument block per line keeps an hour-long session cheap (no widget per line) and lets Qt's
bidi engine place a Hebrew line right-to-left beside an English one.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from copilot.model import Speaker, Utterance
from copilot.text.i18n import QT_TRANSLATE_NOOP
from copilot.text.words import is_rtl

FRAME_S = 0.2  # the lines of a burst are drawn together, at most five times a second
SPEAKER_NAMES = {Speaker.CUSTOMER: QT_TRANSLATE_NOOP("ConversationView", "Customer"),
                 Speaker.AGENT: QT_TRANSLATE_NOOP("ConversationView", "You")}


class ConversationView(QTextBrowser):
    def __init__(self, palette: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setPlaceholderText(self.tr("The conversation appears here."))
        self.document().setDocumentMargin(6)
        self.palette_tokens = palette
        self.lines = 0
        self._utterances: list[Utterance] = []
        self._provisional: list[tuple[str, str]] = []
        self._provisional_at: int | None = None  # document position where provisional lines start
        self._pending: list[Utterance] = []  # lines of a burst, drawn together at the next frame
        self._last_draw = 0.0
        self._flush_timer = QTimer(self, singleShot=True)
        self._flush_timer.timeout.connect(self.flush)
        self._follow = True  # keep the newest line in view while the agent has not scrolled up
        self.verticalScrollBar().rangeChanged.connect(self._on_scrollbar_range_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scrollbar_value_changed)

    def set_palette_tokens(self, palette: dict[str, str]) -> None:
        """New colours (the system went dark, say): lines already shown are drawn again in them."""
        if palette == self.palette_tokens:
            return
        self.palette_tokens = palette
        self.show_lines(list(self._utterances), list(self._provisional))

    def clear_lines(self) -> None:
        self._follow = True
        self._flush_timer.stop()
        self._pending = []
        self.clear()
        self.lines = 0
        self._utterances = []
        self._provisional = []
        self._provisional_at = None

    def show_lines(self, utterances: list[Utterance], provisional: list[tuple[str, str]] = ()) -> None:  # type: ignore[assignment]
        """Show another conversation (a tab switch), or the same one again in new colours."""
        self.setUpdatesEnabled(False)
        try:
            self.clear_lines()
            self._pending = list(utterances)
            self.flush()
            self.show_provisional(list(provisional))
        finally:
            self.setUpdatesEnabled(True)

    def show_provisional(self, lines: list[tuple[str, str]]) -> None:
        """Interim transcript lines, drawn muted after the final ones and replaced on each update."""
        if self._pending:
            self._provisional = []
            self.flush()
        self._remove_provisional()
        self._provisional = list(lines)
        if not lines:
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._provisional_at = cursor.position()
        muted = QTextCharFormat()
        muted.setForeground(QColor(self.palette_tokens["muted"]))
        muted.setFontItalic(True)
        for speaker, text in lines:
            block = QTextBlockFormat()
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight)
            block.setTopMargin(4)
            if self.lines or cursor.position() > 0:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            name = self.tr(SPEAKER_NAMES[Speaker(speaker)])  # not translated: marked above
            cursor.insertText(f"{name} …  {text}", muted)
        if self._follow:
            self._scroll_to_end()

    def _remove_provisional(self) -> None:
        if self._provisional_at is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._provisional_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._provisional_at = None

    def add_utterance(self, utterance: Utterance) -> None:
        """Draw the line now, or, in a burst (a live source pouring lines in), with the others a moment later:
        every drawing lays out and repaints the view, and nobody reads a hundred lines a second."""
        last = self._pending[-1] if self._pending else (self._utterances[-1] if self._utterances else None)
        if last is not None and utterance.index <= last.index:
            return  # already drawn (a tab shown just as its line arrived)
        self._pending.append(utterance)
        if self._flush_timer.isActive():
            return
        wait = self._last_draw + FRAME_S - time.monotonic()
        if wait <= 0:
            self.flush()
        else:
            self._flush_timer.start(int(wait * 1000) + 1)

    def flush(self) -> None:
        """Draw the lines waiting for a frame, in one go and with one scroll."""
        self._flush_timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        self._last_draw = time.monotonic()
        provisional = self._provisional
        # One edit block: the document lays the new lines out once, not after every insertion (a tenth
        # of the time when a burst brings several lines a frame).
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        try:
            self._remove_provisional()
            for utterance in pending:
                self._add_line(utterance)
            if provisional:
                self.show_provisional(provisional)
        finally:
            edit.endEditBlock()
        if self._follow:
            self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_scrollbar_range_changed(self, _minimum: int, maximum: int) -> None:
        # The document lays new lines out after they are added: follow them down as the range grows,
        # unless the agent has scrolled up to read something.
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def _on_scrollbar_value_changed(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 4

    def _add_line(self, utterance: Utterance) -> None:
        self._utterances.append(utterance)
        rtl = is_rtl(utterance.text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        customer = utterance.speaker is Speaker.CUSTOMER

        block = QTextBlockFormat()
        block.setLayoutDirection(direction)
        block.setAlignment(Qt.AlignmentFlag.AlignLeading)
        block.setTopMargin(0 if self.lines == 0 else 7)
        indent = 0 if customer else 18
        if rtl:
            block.setRightMargin(indent)
        else:
            block.setLeftMargin(indent)

        name_format = QTextCharFormat()
        name_format.setFontWeight(QFont.Weight.DemiBold)
        name_format.setFontPointSize(max(self.font().pointSizeF() * 0.85, 7))
        name_format.setForeground(QColor(self.palette_tokens["customerName" if customer else "agentName"]))
        lang = f" · {utterance.lang.upper()}" if utterance.lang else ""
        text_format = QTextCharFormat()
        text_format.setForeground(QColor(self.palette_tokens["customerText" if customer else "agentText"]))

        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if self.lines:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        name = self.tr(SPEAKER_NAMES[utterance.speaker])  # not translated: marked above
        cursor.insertText(f"{name}{lang}", name_format)
        cursor.insertBlock(block)
        block_top = QTextBlockFormat(block)
        block_top.setTopMargin(1)
        cursor.setBlockFormat(block_top)
        cursor.insertText(utterance.text, text_format)
        self.lines += 1

    def line_texts(self) -> list[str]:
        """The spoken text of each final line as drawn, for tests and accessibility tools."""
        self.flush()
        blocks = self.toPlainText().split("\n")
        return blocks[1 : 2 * len(self._utterances) : 2]

    def provisional_texts(self) -> list[str]:
        self.flush()
        return self.toPlainText().split("\n")[2 * len(self._utterances) :] if self._provisional else []

    def block_directions(self) -> list[Qt.LayoutDirection]:
        self.flush()
        doc = self.document()
        return [doc.findBlockByNumber(i).blockFormat().layoutDirection() for i in range(1, doc.blockCount(), 2)]
