"""Writing a session's coaching report as HTML or PDF, with Qt's own rich text and PDF writer.

The charts are drawn with QPainter into images: embedded as data URIs in the HTML file, and handed to
the ``QTextDocument`` as resources for the PDF. Works without a display (the offscreen platform). The
session comes from the coaching service (``write_report``) or, from the replay, as the record on screen.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from copilot.coaching import report, scorecard
from copilot.errors import KnownError
from copilot.record.session_record import SessionRecord
from copilot.text.words import is_rtl

CHART_SIZE = (640, 200)  # as shown in the report; drawn with twice the pixels so print stays sharp
MARGIN_MM = 15
# The printable part of A4 (210 x 297 mm less the margins) in the document's units (1/96 inch); QTextDocument.print_
# scales it onto the page, so what fits here fits on paper.
PAGE_SIZE = QSizeF((210 - 2 * MARGIN_MM) / 25.4 * 96, (297 - 2 * MARGIN_MM) / 25.4 * 96)


class ReportError(KnownError):
    """The report cannot be written (the folder is missing or read-only); the message names the file."""




def charts(record: SessionRecord) -> dict[str, QImage]:
    """The report's charts: the customer's mood over the call, and cards used by kind."""
    from copilot.coaching.qt.charts import BarChart, LinePlot
    from copilot.coaching.sentiment import curve
    from copilot.shell.theme import LIGHT

    images = {}
    mood = curve(record)
    if mood:
        plot = LinePlot("", LIGHT)
        plot.set_points(mood, x_max=record.duration)
        images["mood"] = plot.render_image(*CHART_SIZE, scale=2)
    kinds = report.by_kind(record)
    if kinds:
        bars = BarChart("", LIGHT)
        bars.set_data([f"{label} ({used} of {shown})" for label, shown, used in kinds],
                      [used / shown if shown else None for _, shown, used in kinds], percent=True)
        images["kinds"] = bars.render_image(*CHART_SIZE, scale=2)
    return images


def scorecard_for(record: SessionRecord) -> dict[str, Any]:
    """The confirmed scorecard, or the suggested one when the trainer has not confirmed it yet."""
    if record.scorecard and record.scorecard.get("answers"):
        template = scorecard.parse_template(record.scorecard["template"], "the saved scorecard")
        answers = record.scorecard["answers"]
        confirmed = True
    else:
        try:
            template = scorecard.load_template()
        except KnownError:  # the team's template is broken: the report still goes out, on the default
            template = scorecard.load_template(scorecard.default_template_path())
        suggested = scorecard.prefill(record, template)
        answers = {k: {"value": p.value, "evidence": p.evidence} for k, p in suggested.items()}
        confirmed = False
    return {"criteria": template.as_dict()["criteria"], "answers": answers, "confirmed": confirmed,
            "score": scorecard.score(answers, template)}


def _png(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")


def report_document(record: SessionRecord, images: dict[str, QImage] | None = None,
                    card: dict[str, Any] | None = None) -> QTextDocument:
    """The PDF's document, laid out on the printable part of an A4 page: lines break between words only (Qt's
    default breaks a word that does not fit a narrow column: "Custome/r"), charts are no wider than the text,
    and each paragraph runs in its own direction (a Hebrew card text right to left, its numbers and currency in
    place)."""
    images = charts(record) if images is None else images
    document = QTextDocument()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setPageSize(PAGE_SIZE)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{name}.png"), image)
    document.setHtml(report.report_html(record, images={k: f"chart-{k}.png" for k in images},
                                        scorecard=card if card is not None else scorecard_for(record)))
    _set_directions(document)
    _keep_rows_on_a_page(document)
    return document


def _keep_rows_on_a_page(document: QTextDocument, rounds: int = 50) -> None:
    """A one-row table (a scorecard criterion) that would straddle two pages starts on the next one instead.
    Moving one changes where the later ones fall, so look again until none straddles."""
    height = document.pageSize().height()
    for _ in range(rounds):
        layout = document.documentLayout()
        moved = False
        for frame in document.rootFrame().childFrames():
            if not isinstance(frame, QTextTable) or frame.rows() != 1:
                continue
            box = layout.frameBoundingRect(frame)
            if box.height() >= height or int(box.top() // height) == int((box.bottom() - 1) // height):
                continue
            fmt = frame.format()
            if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(fmt)
            moved = True
            break  # the ones after it move too: measure again
        if not moved:
            return


def _set_directions(document: QTextDocument) -> None:
    """Right to left for every paragraph whose first strong letter is Hebrew; Qt's HTML reader ignores ``dir``
    on the table cells and inline elements the report puts card texts in."""
    block = document.begin()
    while block.isValid():
        if is_rtl(block.text()):
            cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            cursor.setBlockFormat(fmt)
        block = block.next()


def write_record_report(record: SessionRecord, out: Path) -> Path:
    """Write the report of ``record`` to ``out`` (.pdf or .html) and return the path written. Needs a
    QApplication (the replay window's, or the one ``copilot.cli.windows`` makes for the command)."""
    images = charts(record)
    card = scorecard_for(record)
    pdf = out.suffix.lower() == ".pdf"
    if not out.parent.is_dir():
        raise ReportError(f"{out}: the folder {out.parent} does not exist")
    if not pdf:
        text = report.report_html(record, images={k: _png(v) for k, v in images.items()}, scorecard=card)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ReportError(f"{out}: cannot write the report ({exc.strerror or exc})") from exc
        return out
    document = report_document(record, images, card)
    try:
        out.open("wb").close()  # QPdfWriter stays silent when it cannot write: find out first
    except OSError as exc:
        raise ReportError(f"{out}: cannot write the report ({exc.strerror or exc})") from exc
    writer = QPdfWriter(str(out))
    writer.setTitle(f"Coaching report {record.agent or ''} {record.id}".strip())
    writer.setCreator("Agent Copilot")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter))
    document.print_(writer)
    return out

