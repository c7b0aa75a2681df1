"""The running conversation: customer and agent lines, each laid out in its own direction.

A QTextDocument block per line keeps an hour-long session cheap (no widget per line) and lets Qt's
bidi engine place a Hebrew line right-to-left beside an English one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from copilot.model import Speaker, Utterance
from copilot.text import is_rtl

SPEAKER_NAMES = {Speaker.CUSTOMER: "Customer", Speaker.AGENT: "You"}


class ConversationView(QTextBrowser):
    def __init__(self, palette: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setPlaceholderText("The conversation appears here.")
        self.document().setDocumentMargin(6)
        self.palette_tokens = palette
        self.lines = 0
        self._utterances: list[Utterance] = []

    def set_palette_tokens(self, palette: dict[str, str]) -> None:
        """New colours (the system went dark, say): lines already shown are drawn again in them."""
        if palette == self.palette_tokens:
            return
        self.palette_tokens = palette
        shown = self._utterances
        self.clear_lines()
        for utterance in shown:
            self.add_utterance(utterance)

    def clear_lines(self) -> None:
        self.clear()
        self.lines = 0
        self._utterances = []

    def add_utterance(self, utterance: Utterance) -> None:
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
        cursor.insertText(f"{SPEAKER_NAMES[utterance.speaker]}{lang}", name_format)
        cursor.insertBlock(block)
        block_top = QTextBlockFormat(block)
        block_top.setTopMargin(1)
        cursor.setBlockFormat(block_top)
        cursor.insertText(utterance.text, text_format)
        self.lines += 1
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def line_texts(self) -> list[str]:
        """The spoken text of each line, for tests and accessibility tools."""
        blocks = self.toPlainText().split("\n")
        return blocks[1::2]

    def block_directions(self) -> list[Qt.LayoutDirection]:
        doc = self.document()
        return [doc.findBlockByNumber(i).blockFormat().layoutDirection() for i in range(1, doc.blockCount(), 2)]
