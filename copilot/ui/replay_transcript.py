"""The replay's transcript: every line of the session, what is still to come greyed out.

The whole transcript is laid out once when a session opens; moving the playhead only changes two extra
selections (the greyed future, the current line) and the scroll position, so seeking costs the same in a
five-minute call and a five-hour one. Each line keeps its own direction (Hebrew right to left).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from copilot.replay.record import Turn
from copilot.text import is_rtl
from copilot.ui.timeline import clock


class ReplayTranscript(QTextBrowser):
    def __init__(self, palette: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenLinks(False)
        self.setPlaceholderText("Nothing was said in this session.")
        self.palette_tokens = palette
        self.turns: list[Turn] = []
        self._starts: list[int] = []  # document position where each turn's name line starts
        self._offsets: list[float] = []
        self.current = -1  # index into turns of the last line said at the playhead

    def set_turns(self, turns: list[Turn]) -> None:
        self.turns = turns
        self._offsets = [t.offset for t in turns]
        self._starts = []
        doc = self.document()
        doc.clear()
        tokens = self.palette_tokens
        name_format = QTextCharFormat()
        name_format.setFontWeight(QFont.Weight.DemiBold)
        name_format.setFontPointSize(max(self.font().pointSizeF() * 0.85, 7))
        colours = {"customer": (QColor(tokens["customerName"]), QColor(tokens["customerText"])),
                   "agent": (QColor(tokens["agentName"]), QColor(tokens["agentText"]))}
        text_format = QTextCharFormat()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for n, turn in enumerate(turns):
            rtl = is_rtl(turn.text)
            block = QTextBlockFormat()
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            block.setAlignment(Qt.AlignmentFlag.AlignLeading)
            block.setTopMargin(0 if n == 0 else 7)
            indent = 0 if turn.speaker == "customer" else 18
            if rtl:
                block.setRightMargin(indent)
            else:
                block.setLeftMargin(indent)
            if n:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            self._starts.append(cursor.position())
            name, text = colours.get(turn.speaker, colours["customer"])
            name_format.setForeground(name)
            lang = f" · {turn.lang.upper()}" if turn.lang else ""
            cursor.insertText(f"{'Customer' if turn.speaker == 'customer' else 'Agent'}{lang} · {clock(turn.offset)}",
                              name_format)
            block.setTopMargin(1)
            cursor.insertBlock(block)
            text_format.setForeground(text)
            cursor.insertText(turn.text, text_format)
        cursor.endEditBlock()
        self.current = -2
        self.show_until(-1.0)

    def show_until(self, offset: float) -> None:
        """Lines said by ``offset`` in full colour, the newest highlighted, the rest greyed."""
        current = bisect.bisect_right(self._offsets, offset) - 1
        if current == self.current:
            return
        self.current = current
        selections = []
        doc = self.document()
        if current + 1 < len(self.turns):
            future = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(self._starts[current + 1])
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            future.cursor = cursor
            future.format.setForeground(QColor(self.palette_tokens["border"]))
            selections.append(future)
        if current >= 0:
            now = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(self._starts[current])
            end = self._starts[current + 1] - 1 if current + 1 < len(self.turns) else doc.characterCount() - 1
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            now.cursor = cursor
            now.format.setBackground(QColor(self.palette_tokens["freshSurface"]))
            now.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selections.append(now)
            self._reveal(current)
        self.setExtraSelections(selections)

    def _reveal(self, index: int) -> None:
        """Scroll so the current line sits in the lower third: what led up to it stays in view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._starts[index])
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        target = bar.value() + rect.top() - int(self.viewport().height() * 0.6)
        if rect.top() < 0 or rect.bottom() > self.viewport().height() - 20:
            bar.setValue(max(0, target))

    def line_states(self) -> list[tuple[str, bool]]:
        """(text, said yet) per line at the playhead, as a trainer reads it: for tests."""
        return [(t.text, n <= self.current) for n, t in enumerate(self.turns)]
