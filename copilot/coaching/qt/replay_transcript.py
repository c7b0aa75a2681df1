"""The replay's transcript: the lines up to the playhead, the newest highlighted, the next few greyed.

A few hundred lines around the playhead are laid out (a five-hour call would take a second to lay out
whole); scrolling to the top brings earlier lines in, and a seek outside the laid-out stretch lays out
the stretch around the new moment. Within it, moving the playhead only changes two extra selections
(the greyed future, the current line), so playback costs next to nothing. Each line keeps its own
direction (Hebrew right to left).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from copilot.record.session_record import Turn, clock
from copilot.text.words import is_rtl

BEFORE = 120  # lines laid out before the playhead
AFTER = 40  # and after it
MARGIN = 10  # a playhead this close to either end of the stretch lays out a new one
MORE = 300  # lines added when the trainer scrolls to the top


class ReplayTranscript(QTextBrowser):
    def __init__(self, palette: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("Nothing was said in this session."))
        self.palette_tokens = palette
        self.turns: list[Turn] = []
        self._starts: list[int] = []  # document position of each laid-out turn's name line
        self._offsets: list[float] = []
        self.first = self.end = 0  # the stretch of turns laid out: turns[first:end]
        self.current = -1  # index into turns of the last line said at the playhead
        self._laying_out = False
        self.verticalScrollBar().valueChanged.connect(self._on_scrollbar_value_changed)

    def set_turns(self, turns: list[Turn]) -> None:
        self.turns = turns
        self._offsets = [t.offset for t in turns]
        self.first = self.end = 0
        self.current = -2
        self.show_until(-1.0)

    def _lay_out(self, first: int, end: int) -> None:
        """Lay out ``turns[first:end]``, the document starting with a note of what comes before."""
        self.first, self.end = first, end
        self._starts = []
        self._laying_out = True  # clearing scrolls to the top: that is not the trainer asking for more
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
        if first:
            note = QTextCharFormat()
            note.setForeground(QColor(tokens["muted"]))
            cursor.insertText(self.tr("{n} earlier lines: scroll up or click the timeline to see them").format(
                n=QLocale().toString(first)), note)
        for n, turn in enumerate(self.turns[first:end], start=1 if first else 0):
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
            who = self.tr("Customer") if turn.speaker == "customer" else self.tr("Agent")
            cursor.insertText(f"{who}{lang} · {clock(turn.offset)}", name_format)
            block.setTopMargin(1)
            cursor.insertBlock(block)
            text_format.setForeground(text)
            cursor.insertText(turn.text, text_format)
        cursor.endEditBlock()
        self._laying_out = False

    def show_until(self, offset: float) -> None:
        """Lines said by ``offset`` in full colour, the newest highlighted, the next ones greyed."""
        current = bisect.bisect_right(self._offsets, offset) - 1
        if current == self.current:
            return
        self.current = current
        outside = (self.end == 0 or current < self.first
                   or (self.first > 0 and current - MARGIN < self.first)
                   or (self.end < len(self.turns) and current + MARGIN >= self.end))
        if outside:
            self._lay_out(max(0, current - BEFORE), min(len(self.turns), current + 1 + AFTER))
        self._mark(current)

    def _mark(self, current: int) -> None:
        selections = []
        doc = self.document()
        local = current - self.first  # the current line's place in the laid-out stretch
        if not self._starts:
            self.setExtraSelections([])
            return
        if local + 1 < len(self._starts):
            future = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(self._starts[local + 1])
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            future.cursor = cursor
            future.format.setForeground(QColor(self.palette_tokens["border"]))
            selections.append(future)
        if local >= 0:
            now = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(self._starts[local])
            end = self._starts[local + 1] - 1 if local + 1 < len(self._starts) else doc.characterCount() - 1
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            now.cursor = cursor
            now.format.setBackground(QColor(self.palette_tokens["freshSurface"]))
            now.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selections.append(now)
            self._reveal(local)
        self.setExtraSelections(selections)

    def _on_scrollbar_value_changed(self, value: int) -> None:
        """At the top of the stretch: bring in earlier lines, keeping what is on screen where it is."""
        if value != 0 or self.first == 0 or self._laying_out or not self.isVisible():
            return
        bar = self.verticalScrollBar()
        before = bar.maximum()
        self._lay_out(max(0, self.first - MORE), self.end)
        self._mark(self.current)
        self.document().documentLayout().documentSize()  # lay out now, so the new height is known
        bar.setValue(bar.maximum() - before)

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
