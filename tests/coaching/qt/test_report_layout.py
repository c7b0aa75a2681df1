"""The PDF report as it is laid out on the page: words whole, charts inside the margins, Hebrew right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from recorded import CALL_EN, record_call

from copilot.coaching.qt.report_writer import report_document
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

HEBREW = [("customer", "שלום, החשבון שלי יקר מדי, 120 ₪ בחודש"), ("agent", "אני מבין, אבדוק את זה עבורך")]


@pytest.fixture
def document(qtbot):
    from copilot.config import paths

    recorder = BackgroundRecorder(paths.database_path())
    call = record_call(recorder, CALL_EN * 3 + HEBREW)
    recorder.flush()
    recorder.close()
    store = Store(paths.database_path())
    try:
        record = load_record(store.db.conn, call.id)
    finally:
        store.close()
    doc = report_document(record)
    doc.size()  # lays it out on the page
    return doc


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_lines_break_between_words_only(document):
    for block in _blocks(document):
        text, layout = block.text(), block.layout()
        for number in range(layout.lineCount() - 1):
            line = layout.lineAt(number)
            end = line.textStart() + line.textLength()
            assert end >= len(text) or not (text[end - 1].isalnum() and text[end].isalnum()), \
                f"{text!r} broken after {text[:end]!r}"


def test_charts_are_no_wider_than_the_text(document):
    width = document.pageSize().width() - 2 * document.documentMargin()
    for block in _blocks(document):
        for fragment in (it.fragment() for it in block):
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                assert fmt.toImageFormat().width() <= width


def test_hebrew_paragraphs_run_right_to_left(document):
    hebrew = [b for b in _blocks(document) if "החשבון" in b.text() or "אבדוק" in b.text()]
    assert hebrew
    assert all(b.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
               or b.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft for b in hebrew)
    english = [b for b in _blocks(document) if b.text().startswith("I want to speak to a manager")]
    assert english and all(b.blockFormat().layoutDirection() != Qt.LayoutDirection.RightToLeft for b in english)


def test_no_scorecard_row_is_split_across_two_pages(qtbot):
    from PySide6.QtGui import QTextTable

    from copilot.config import paths

    recorder = BackgroundRecorder(paths.database_path())
    call = record_call(recorder, CALL_EN * 2)
    recorder.flush()
    recorder.close()
    with Store(paths.database_path()) as store:
        record = load_record(store.db.conn, call.id)
    evidence = ("The agent greeted the customer by name, asked what the call was about and listened to the whole "
                "question before answering; later in the call the price objection was acknowledged first. ") * 3
    criteria = [{"id": f"c{n}", "label": f"Criterion number {n}: something a trainer looks for"} for n in range(40)]
    card = {"criteria": criteria, "answers": {c["id"]: {"value": True, "evidence": evidence} for c in criteria},
            "score": 1.0}
    doc = report_document(record, images={}, card=card)
    doc.size()
    height, layout = doc.pageSize().height(), doc.documentLayout()
    rows = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable) and frame.rows() == 1]
    assert len(rows) >= 40  # the header and every criterion
    pages = set()
    for frame in rows:
        box = layout.frameBoundingRect(frame)
        first, last = int(box.top() // height), int((box.bottom() - 1) // height)
        assert first == last, f"a scorecard row runs from page {first + 1} onto page {last + 1}"
        pages.add(first)
    assert len(pages) >= 3  # the test really spans several pages
