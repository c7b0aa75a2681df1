"""Small, calm charts for coaching: horizontal bars and a mood line, drawn with QPainter.

No chart library: two shapes are all the stats window and the replay need, and drawing them here
keeps the theme's quiet colours, works right to left, and renders the same picture into a
``QImage`` for a report as onto the screen. Charts only show what they are given; they never
read the database.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from copilot.record.session_record import clock
from copilot.shell import theme
from copilot.shell.plain import plain_tip
from copilot.text.words import is_rtl

PAD = 10.0


def _color(palette: dict[str, str], name: str | None, fallback: str, alpha: int = 255) -> QColor:
    color = QColor(palette.get(name or "", palette[fallback]))
    color.setAlpha(alpha)
    return color


class _Chart(QWidget):
    """What both charts share: the theme, an optional title, the empty state and ``render_image``."""

    def __init__(self, title: str = "", palette: dict[str, str] | None = None, parent: QWidget | None = None,
                 empty_text: str = "No data") -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = empty_text
        self.palette_tokens = palette or theme.tokens("system")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_palette_tokens(self, palette: dict[str, str]) -> None:
        self.palette_tokens = palette
        self.update()

    def render_image(self, width: int, height: int, scale: float = 1.0) -> QImage:
        """The chart as a picture of the given size, for a report; the widget need not be shown.
        ``scale`` 2 draws it with twice the pixels (sharp in print), laid out as at ``width`` × ``height``."""
        image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(_color(self.palette_tokens, "surface", "surface"))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            painter.setLayoutDirection(self.layoutDirection())
            self._paint_all(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), _color(self.palette_tokens, "surface", "surface"))
            self._paint_all(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def _paint_all(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = rect.adjusted(PAD, PAD, -PAD, -PAD)
        if self.title:
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.setPen(_color(self.palette_tokens, "text", "text"))
            height = painter.fontMetrics().height()
            self._text(painter, QRectF(area.left(), area.top(), area.width(), height), self.title, start=True)
            painter.restore()
            area.setTop(area.top() + height + PAD / 2)
        if self._has_data():
            self._paint(painter, area)
        else:
            painter.setPen(_color(self.palette_tokens, "muted", "muted"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _text(self, painter: QPainter, rect: QRectF, text: str, *, start: bool, elide: bool = True) -> None:
        """Text at the start (or end) side of ``rect`` in the chart's direction, each label in its own."""
        rtl_chart = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left = start != rtl_chart
        if elide:
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight)
        side = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
        painter.drawText(rect, side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _has_data(self) -> bool:
        raise NotImplementedError

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # None: nothing to show yet ("—")
    tone: str | None = None  # a theme token (a card kind such as "objection"), else the accent


class BarChart(_Chart):
    """Horizontal bars, one per label: shares 0..1 shown as percentages, or plain numbers."""

    def __init__(self, title: str = "", palette: dict[str, str] | None = None, parent: QWidget | None = None,
                 *, percent: bool = True) -> None:
        super().__init__(title, palette, parent)
        self.percent = percent
        self.bars: list[Bar] = []
        self._rows: list[tuple[float, float, Bar]] = []  # where each bar was last drawn on screen

    def set_data(self, labels: Sequence[str], values: Sequence[float | None], *, percent: bool | None = None,
                 tones: Sequence[str | None] | None = None) -> None:
        if percent is not None:
            self.percent = percent
        tones = list(tones) if tones is not None else [None] * len(labels)
        self.bars = [Bar(label, value, tone) for label, value, tone in zip(labels, values, tones, strict=True)]
        self.updateGeometry()
        self.update()

    def value_text(self, value: float | None) -> str:
        if value is None:
            return "—"
        if self.percent:
            return f"{value:.0%}"
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"

    def event(self, event: QEvent) -> bool:
        """A bar's full label and value on hover: long titles are shortened on the chart itself."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            y = event.pos().y()
            hit = next((bar for top, bottom, bar in self._rows if top <= y < bottom), None)
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tip(f"{hit.label}: {self.value_text(hit.value)}"), self)
            return True
        return super().event(event)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        title = self.fontMetrics().height() + PAD / 2 if self.title else 0
        rows = max(len(self.bars), 2)
        return QSize(360, int(2 * PAD + title + rows * self._row_height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, self.sizeHint().height())

    def _has_data(self) -> bool:
        return bool(self.bars)

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        tokens = self.palette_tokens
        metrics = painter.fontMetrics()
        row = min(float(self._row_height()), area.height() / len(self.bars))
        widest_label = max(metrics.horizontalAdvance(b.label) for b in self.bars)
        label_w = min(widest_label + 16.0, area.width() * 0.45)
        value_w = max(metrics.horizontalAdvance(self.value_text(b.value)) for b in self.bars) + 8.0
        value_w = max(value_w, float(metrics.horizontalAdvance("100%") + 8))
        track_w = max(area.width() - label_w - value_w, 10.0)
        scale = 1.0 if self.percent else max([b.value for b in self.bars if b.value is not None] + [0.0]) or 1.0
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if painter.device() is self:  # an image for a report has its own geometry
            self._rows = [(area.top() + i * row, area.top() + (i + 1) * row, bar) for i, bar in enumerate(self.bars)]
        for i, bar in enumerate(self.bars):
            top = area.top() + i * row
            label_box = QRectF(area.left(), top, label_w - 8, row)
            track = QRectF(area.left() + label_w, top + row * 0.3, track_w, row * 0.4)
            value_box = QRectF(track.right() + 8, top, value_w - 8, row)
            if rtl:  # mirror: labels on the right, bars grow leftwards
                label_box.moveRight(area.right())
                track.moveRight(area.right() - label_w)
                value_box.moveRight(track.left() - 8)
            painter.setPen(_color(tokens, "text", "text"))
            self._text(painter, label_box, bar.label, start=True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_color(tokens, "chip", "chip"))
            painter.drawRoundedRect(track, 3, 3)
            share = 0.0 if bar.value is None else max(0.0, min(1.0, bar.value / scale))
            if share > 0:
                fill = QRectF(track)
                fill.setWidth(max(track.width() * share, 3.0))
                if rtl:
                    fill.moveRight(track.right())
                painter.setBrush(_color(tokens, bar.tone, "accent"))
                painter.drawRoundedRect(fill, 3, 3)
            painter.setPen(_color(tokens, "muted" if bar.value is None else "text", "text"))
            self._text(painter, value_box, self.value_text(bar.value), start=True, elide=False)


class LinePlot(_Chart):
    """A line over time with y from -1 to 1 around a zero line: the customer's mood under a replay."""

    def __init__(self, title: str = "", palette: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, palette, parent, empty_text="No customer turns")
        self.points: list[tuple[float, float]] = []
        self.x_max: float | None = None

    def set_points(self, points: Sequence[tuple[float, float]], x_max: float | None = None) -> None:
        """``x_max`` stretches the axis to the call's length so the plot lines up with its timeline."""
        self.points = sorted((float(x), max(-1.0, min(1.0, float(y)))) for x, y in points)
        self.x_max = x_max
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(360, 120 + (self.fontMetrics().height() if self.title else 0))

    def _has_data(self) -> bool:
        return bool(self.points)

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        tokens = self.palette_tokens
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        gutter = metrics.horizontalAdvance("−1") + 6.0
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        half_line = metrics.height() / 2  # room for the "+1" and "−1" labels centred on the plot's edges
        plot = area.adjusted(0 if rtl else gutter, half_line, -gutter if rtl else 0, -(metrics.height() + 4))
        last = max(self.x_max or 0.0, self.points[-1][0], 1e-9)

        def at(x: float, y: float) -> QPointF:
            share = x / last
            px = plot.right() - share * plot.width() if rtl else plot.left() + share * plot.width()
            return QPointF(px, plot.center().y() - y * plot.height() / 2)

        line = QPainterPath(at(*self.points[0]))
        for point in self.points[1:]:
            line.lineTo(at(*point))
        area_path = QPainterPath(line)
        area_path.lineTo(at(self.points[-1][0], 0))
        area_path.lineTo(at(self.points[0][0], 0))
        area_path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_color(tokens, "accent", "accent", 40))
        painter.drawPath(area_path)  # a light wash between the line and zero, under the rules

        def rule(y: float, pen: QPen) -> None:  # on a pixel row, so a thin line stays crisp
            painter.setPen(pen)
            y = math.floor(y) + 0.5
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        rule(plot.top(), QPen(_color(tokens, "border", "border"), 1))
        rule(plot.bottom(), QPen(_color(tokens, "border", "border"), 1))
        rule(plot.center().y(), QPen(_color(tokens, "muted", "muted"), 1, Qt.PenStyle.DashLine))
        painter.setPen(_color(tokens, "muted", "muted"))
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "+1", "−1" and "1:05" read the same everywhere
        labels = QRectF(plot.right() + 4, 0, gutter - 6, 0) if rtl else QRectF(area.left(), 0, gutter - 6, 0)
        for y, text in ((1, "+1"), (0, "0"), (-1, "−1")):
            box = QRectF(labels.left(), at(0, y).y() - metrics.height() / 2, labels.width(), metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        axis_y = plot.bottom() + 2
        for x, side in ((0.0, Qt.AlignmentFlag.AlignLeft), (last, Qt.AlignmentFlag.AlignRight)):
            box = QRectF(plot.left(), axis_y, plot.width(), metrics.height())
            if rtl:
                side = Qt.AlignmentFlag.AlignRight if side == Qt.AlignmentFlag.AlignLeft else Qt.AlignmentFlag.AlignLeft
            painter.drawText(box, side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop, clock(x))

        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(_color(tokens, "accent", "accent"), 2))
        painter.drawPath(line)
        painter.setBrush(_color(tokens, "accent", "accent"))
        painter.setPen(Qt.PenStyle.NoPen)
        for point in self.points:
            painter.drawEllipse(at(*point), 2.5, 2.5)
