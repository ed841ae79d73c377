"""The drawing tools on large maps: the overview's picture and Find.

overview:  ``Overview._rebuild()`` (the picture drawn from the layout's rectangles) in a
           shown JourneyView of 1200×800, against ``fillRect`` of the same card
           rectangles into a bare QPixmap of the same size. Done after every pause in
           editing, so it must stay far below a frame's worth of a second's pause.
find:      ``search.find(doc, query)`` for a query found nowhere (every field of every
           card is read), against ``query in title.lower()`` over the titles alone.

Needs a QApplication (the caller makes it; QT_QPA_PLATFORM=offscreen works).
"""

from __future__ import annotations

import statistics
import time

from _common import Row, generated_document

VIEW_SIZE = (1200, 800)
QUERY = "no such text"


def _median_ms(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def _bare_picture(geometry, size) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pixmap = QPixmap(size)
    pixmap.fill(QColor("#FFFFFF"))
    painter = QPainter(pixmap)
    scale = size.width() / geometry.width
    painter.scale(scale, scale)
    color = QColor("#56B4E9")
    for box in geometry.cards.values():
        r = box.rect
        painter.fillRect(QRectF(r.x, r.y, r.w, r.h), color)
    painter.end()


def run(sizes: list[int], quick: bool = False) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from journeydesigner.gui.canvas.overview import Overview
    from journeydesigner.gui.canvas.scene import JourneyScene
    from journeydesigner.gui.canvas.view import JourneyView
    from journeydesigner.gui.controller import DocumentController
    from journeydesigner.search import find

    repeat = 3 if quick else 9
    rows: list[Row] = []
    for n in sizes:
        doc = generated_document(n)
        scene = JourneyScene(DocumentController(doc))
        view = JourneyView(scene)
        view.resize(*VIEW_SIZE)
        view.show()
        QApplication.processEvents()
        overview = Overview(view)
        overview._rebuild()
        size = overview._picture.size()
        measured = _median_ms(overview._rebuild, repeat)
        floor = _median_ms(lambda g=scene.geometry, s=size: _bare_picture(g, s), repeat)
        rows.append(Row("overview picture", n, measured, "ms", floor, "bare fillRect pixmap",
                        note=f"{size.width()}×{size.height()} px, after each pause in editing"))
        titles = [t.title for t in doc.touchpoints]
        measured = _median_ms(lambda d=doc: find(d, QUERY), repeat)
        floor = _median_ms(lambda ts=titles: [t for t in ts if QUERY in t.lower()], repeat)
        rows.append(Row("find (no match)", n, measured, "ms", floor, "substring in titles",
                        note="every field of every card read; once per keystroke"))
        view.close()
        view.deleteLater()
        scene.clear()
        QApplication.processEvents()
    return rows
