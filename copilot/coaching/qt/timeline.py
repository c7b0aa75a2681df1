
"""The replay timeline: turns, cards, decisions and notes along the session, the customer's mood under it.

Rows, top to bottom: customer turns, agent turns, cards as they appeared (coloured by kind; AI drafts held
back from the agent in the error colour), the agent's
decisions (inserted, edited, discarded, expired), trainers' notes; then the sentiment line. Everything
but the playhead is drawn once into a pixmap, so moving the playhead during playback repaints one line
of pixels however long the session. Click or drag to seek.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from copilot.record.session_record import Event, SessionRecord, clock
from copilot.shell.plain import plain_tip
from copilot.text.i18n import QT_TRANSLATE_NOOP

ROWS = ("customer", "agent", "shown", "decision", "note")
ROW_LABELS = {"customer": QT_TRANSLATE_NOOP("Timeline", "Customer"), "agent": QT_TRANSLATE_NOOP("Timeline", "Agent"),
              "shown": QT_TRANSLATE_NOOP("Timeline", "Cards"), "decision": QT_TRANSLATE_NOOP("Timeline", "Decisions"),
              "note": QT_TRANSLATE_NOOP("Timeline", "Notes")}
DECISION_KINDS = {"inserted", "edited", "discarded", "expired"}
ROW_OF = {"customer": 0, "agent": 1, "shown": 2, "held": 2, **dict.fromkeys(DECISION_KINDS, 3), "note": 4}
ROW_H = 14
LABEL_W = 70
PLOT_H = 46
PAD = 6


class Timeline(QWidget):
    seek_requested = Signal(float)

    def __init__(self, palette: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.palette_tokens = palette
        self.record: SessionRecord | None = None
        self.events: list[Event] = []
        self.sentiment: list[tuple[float, float]] = []
        self.position = 0.0
        self._static: QPixmap | None = None
        self.setMinimumHeight(PAD * 2 + ROW_H * len(ROWS) + PLOT_H + 8)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Session timeline: click to move the replay there"))

    # -- data ----------------------------------------------------------------------------------

    def set_record(self, record: SessionRecord, sentiment: list[tuple[float, float]]) -> None:
        self.record = record
        self.events = record.events()
        self.sentiment = sentiment
        self.position = 0.0
        self.invalidate()

    def set_palette_tokens(self, palette: dict[str, str]) -> None:
        self.palette_tokens = palette
        self.invalidate()

    def invalidate(self) -> None:
        """Draw the static layer again (new notes, new colours, a new size)."""
        self._static = None
        self.update()

    def set_position(self, offset: float) -> None:
        if offset != self.position:
            old_x, self.position = self._x(self.position), offset
            new_x = self._x(offset)
            self.update(int(min(old_x, new_x)) - 3, 0, int(abs(new_x - old_x)) + 7, self.height())

    # -- geometry ------------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return max(self.record.duration if self.record else 0.0, 1.0)

    def _plot_left(self) -> float:
        return LABEL_W + PAD

    def _plot_width(self) -> float:
        return max(self.width() - self._plot_left() - PAD, 10)

    def _x(self, offset: float) -> float:
        return self._plot_left() + self._plot_width() * min(max(offset / self.duration, 0.0), 1.0)

    def offset_at(self, x: float) -> float:
        return min(max((x - self._plot_left()) / self._plot_width(), 0.0), 1.0) * self.duration

    @staticmethod
    def _row(event: Event) -> int:
        return ROW_OF.get(event.kind, 0)

    def _row_top(self, row: int) -> float:
        return PAD + row * ROW_H

    # -- painting ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        self._static = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        if self._static is None or self._static.size() != self.size() * self.devicePixelRatioF():
            self._static = self._draw_static()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._static)
        if self.record is not None:
            x = self._x(self.position)
            painter.setPen(QPen(QColor(self.palette_tokens["accent"]), 2))
            painter.drawLine(QPointF(x, 2), QPointF(x, self.height() - 2))
        painter.end()

    def _draw_static(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(self.palette_tokens["surface"]))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tokens = self.palette_tokens
        painter.setPen(QColor(tokens["muted"]))
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7))
        painter.setFont(font)
        for row, name in enumerate(ROWS):
            top = self._row_top(row)
            painter.drawText(QRectF(PAD, top, LABEL_W - PAD, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                             self.tr(ROW_LABELS[name]))  # not translated: marked above
            painter.fillRect(QRectF(self._plot_left(), top + ROW_H / 2, self._plot_width(), 1),
                             QColor(tokens["border"]))
        if self.record is not None:
            self._draw_events(painter)
            self._draw_sentiment(painter)
        painter.end()
        return pixmap

    def _colour(self, event: Event) -> QColor:
        tokens = self.palette_tokens
        if event.kind == "customer":
            return QColor(tokens["customerName"])
        if event.kind == "agent":
            return QColor(tokens["agentName"])
        if event.kind == "note":
            return QColor(tokens["accent"])
        if event.kind == "held":
            return QColor(tokens["error"])
        if event.kind in ("discarded", "expired"):
            return QColor(tokens["muted"])
        return QColor(tokens.get(event.card_kind or "", tokens["reply"]))

    def _draw_events(self, painter: QPainter) -> None:
        """One batched draw call per kind of mark: a five-hour session has tens of thousands."""
        left, width = self._plot_left(), self._plot_width()
        scale = width / self.duration
        seen: set[tuple[int, str, int]] = set()  # one mark per row, kind and pixel
        marks: dict[tuple[str, str | None], list[float]] = {}
        samples: dict[tuple[str, str | None], Event] = {}
        for event in self.events:
            x = left + min(max(event.offset * scale, 0.0), width)
            key = (ROW_OF.get(event.kind, 0), event.kind, int(x))
            if key not in seen:
                seen.add(key)
                group = (event.kind, event.card_kind)
                marks.setdefault(group, []).append(x)
                samples.setdefault(group, event)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for group, xs in marks.items():
            kind = group[0]
            row = ROW_OF.get(kind, 0)
            middle = PAD + row * ROW_H + ROW_H / 2
            colour = self._colour(samples[group])
            if kind == "note":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                for x in xs:
                    path = QPainterPath()
                    path.moveTo(x, middle + ROW_H / 2 - 2)
                    path.lineTo(x - 4, middle - ROW_H / 2 + 3)
                    path.lineTo(x + 4, middle - ROW_H / 2 + 3)
                    path.closeSubpath()
                    painter.drawPath(path)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                continue
            # Round points for decisions (a big dot taken, a small dot expired), bars for the rest.
            size = {"inserted": 8.0, "edited": 8.0, "discarded": 7.0, "expired": 4.0}.get(kind)
            pen = QPen(colour, size or (2.5 if row <= 1 else 4.0))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if kind != "discarded" and size else Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            if size:
                if kind == "discarded":
                    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
                    pen.setWidthF(6.0)
                    painter.setPen(pen)
                painter.drawPoints([QPointF(x, middle) for x in xs])
            else:
                reach = ROW_H / 2 - (3 if row <= 1 else 2)
                painter.drawLines([QLineF(x, middle - reach, x, middle + reach) for x in xs])

    def _draw_sentiment(self, painter: QPainter) -> None:
        tokens = self.palette_tokens
        top = self._row_top(len(ROWS)) + 8
        mid = top + PLOT_H / 2
        painter.setPen(QColor(tokens["muted"]))
        painter.drawText(QRectF(PAD, top, LABEL_W - PAD, PLOT_H), Qt.AlignmentFlag.AlignVCenter, self.tr("Mood"))
        painter.fillRect(QRectF(self._plot_left(), mid, self._plot_width(), 1), QColor(tokens["border"]))
        if len(self.sentiment) < 1:
            return
        left, width = self._plot_left(), self._plot_width()
        scale, reach = width / self.duration, PLOT_H / 2 - 3
        per_pixel: dict[int, float] = {}  # thousands of customer lines: the last value every 3 pixels
        for offset, value in self.sentiment:
            per_pixel[int(left + min(max(offset * scale, 0.0), width)) // 3 * 3] = value
        ys = [mid - max(-1.0, min(1.0, value)) * reach for value in per_pixel.values()]
        points = [QPointF(left, ys[0])] + [QPointF(x, y) for x, y in zip(per_pixel, ys, strict=True)]
        points.append(QPointF(left + width, ys[-1]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(tokens["text"]), 1.6))
        painter.drawPolyline(QPolygonF(points))

    # -- interaction ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton and self.record is not None:
            self.seek_requested.emit(self.offset_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if self.record is None:
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.seek_requested.emit(self.offset_at(event.position().x()))
            return
        near = self.event_near(event.position().x(), event.position().y())
        if near is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(),
                          plain_tip(f"{clock(near.offset)} · {near.kind}: {near.label[:120]}"), self)

    def event_near(self, x: float, y: float) -> Event | None:
        row = int((y - PAD) // ROW_H)
        if not 0 <= row < len(ROWS):
            return None
        best, distance = None, 5.0
        for event in self.events:
            if self._row(event) == row and abs(self._x(event.offset) - x) <= distance:
                best, distance = event, abs(self._x(event.offset) - x)
        return best
