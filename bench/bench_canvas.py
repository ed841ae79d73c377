"""The canvas: building and rendering the scene, and moving one card.

scene:        ``JourneyScene(controller)`` plus one render of the whole scene into a
              4000×2000 QImage, against a bare QGraphicsScene holding the same
              number of QGraphicsRectItem + QGraphicsSimpleTextItem at the card places.
interaction:  one card moved by ``controller.perform(edits.move_touchpoints(...))``
              followed by ``processEvents`` (the view repaints), alternating between two
              cells, in a shown JourneyView of 1200×800; against a bare QGraphicsRectItem
              moved by ``setPos`` in a bare scene of the same size and a view of the
              same size. Median and p95 of ``moves`` moves. Targets with 2,000
              touchpoints: median ≤ 8 ms, p95 ≤ 16 ms. The same with 2,000 notes in 8
              lanes (``sample.with_lanes``): a card moved, and a note moved between two
              step columns of its lane (``edits.move_notes``).

Needs a QApplication (the caller makes it; QT_QPA_PLATFORM=offscreen works).
"""

from __future__ import annotations

import gc
import statistics
import time

from _common import Row, generated_document, percentile

MOVE_MEDIAN_MS = 8.0
MOVE_P95_MS = 16.0
MOVE_TARGET_SIZE = 2000
IMAGE_SIZE = (4000, 2000)
VIEW_SIZE = (1200, 800)


def _process_events() -> None:
    from PySide6.QtWidgets import QApplication

    # twice: the scene posts its update, the viewport then posts its paint request
    QApplication.processEvents()
    QApplication.processEvents()


def _render(scene) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(*IMAGE_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()


def _bare_scene(rects):
    """A scene of one rect item + one simple text item per card rectangle."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    scene = QGraphicsScene()
    brush = QBrush(QColor("#FFF8E1"))
    pen = QPen(QColor("#555555"))
    items = []
    for i, r in enumerate(rects):
        rect = QGraphicsRectItem(0, 0, r.w, r.h)
        rect.setPos(r.x, r.y)
        rect.setBrush(brush)
        rect.setPen(pen)
        text = QGraphicsSimpleTextItem(f"Touchpoint {i + 1}")
        text.setParentItem(rect)
        text.setPos(6, 6)
        scene.addItem(rect)
        items.append(rect)
    if rects:
        right = max(r.x + r.w for r in rects)
        bottom = max(r.y + r.h for r in rects)
        scene.setSceneRect(QRectF(0, 0, right + 16, bottom + 16))
    return scene, items


def _card_rects(doc):
    from journeydesigner.layout import compute_layout

    geometry = compute_layout(doc)
    return geometry, [geometry.cards[t.id].rect for t in doc.touchpoints if t.id in geometry.cards]


def scene_rows(sizes: list[int], quick: bool = False) -> list[Row]:
    from journeydesigner.gui.canvas.scene import JourneyScene
    from journeydesigner.gui.controller import DocumentController

    rows: list[Row] = []
    repeat = 1 if quick else 3
    for n in sizes:
        doc = generated_document(n)
        _, rects = _card_rects(doc)
        builds, renders, fbuilds, frenders = [], [], [], []
        for _ in range(repeat):
            controller = DocumentController(doc)
            gc.collect()
            t0 = time.perf_counter()
            scene = JourneyScene(controller)
            t1 = time.perf_counter()
            _render(scene)
            t2 = time.perf_counter()
            builds.append(t1 - t0)
            renders.append(t2 - t1)
            scene.clear()
            del scene, controller
            gc.collect()
            t0 = time.perf_counter()
            bare, _items = _bare_scene(rects)
            t1 = time.perf_counter()
            _render(bare)
            t2 = time.perf_counter()
            fbuilds.append(t1 - t0)
            frenders.append(t2 - t1)
            bare.clear()
            del bare, _items
        b, r = statistics.median(builds) * 1e3, statistics.median(renders) * 1e3
        fb, fr = statistics.median(fbuilds) * 1e3, statistics.median(frenders) * 1e3
        rows.append(Row("scene build", n, b, "ms", fb, "bare rect+text scene"))
        rows.append(Row("scene render", n, r, "ms", fr, "bare rect+text scene",
                        note=f"whole scene into {IMAGE_SIZE[0]}×{IMAGE_SIZE[1]} QImage"))
    return rows


def _visible_card(scene, view) -> str:
    """A touchpoint whose card is in the view's top-left part (so moving it repaints)."""
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    best = None
    for tp_id, item in scene.cards.items():
        rect = item.sceneBoundingRect()
        if visible.contains(rect):
            key = (rect.x(), rect.y())
            if best is None or key < best[0]:
                best = (key, tp_id)
    if best is None:
        return next(iter(scene.cards))
    return best[1]


def _move_times_app(n: int, moves: int, notes: int = 0, what: str = "card") -> list[float]:
    """Times of moving a card (or, ``what="note"``, a note) back and forth; ``notes``
    notes in 8 lanes when not 0."""
    from journeydesigner import edits
    from journeydesigner.gui.canvas.scene import JourneyScene
    from journeydesigner.gui.canvas.view import JourneyView
    from journeydesigner.gui.controller import DocumentController
    from journeydesigner.sample import with_lanes

    doc = generated_document(n)
    if notes:
        doc = with_lanes(doc, notes)
    controller = DocumentController(doc)
    scene = JourneyScene(controller)
    view = JourneyView(scene)
    view.resize(*VIEW_SIZE)
    view.show()
    view.show_top_left()
    _process_events()
    tp_id = _visible_card(scene, view)
    tp = doc.touchpoint(tp_id)
    home = (tp.stage, tp.channel, tp.step)
    away = (tp.stage, tp.channel, tp.step + 1)
    note = next((x for x in doc.notes if x.step is not None), None)

    def move(target: int) -> edits.Edit:
        if what == "note" and note is not None:
            return edits.move_notes(controller.doc, {note.id: (note.lane, note.stage,
                                                               note.step + target)})
        return edits.move_touchpoints(controller.doc, {tp_id: away if target else home})

    times = []
    for i in range(moves + 2):  # the first two are warm-up
        start = time.perf_counter()
        controller.perform(move(1 if i % 2 == 0 else 0))
        _process_events()
        elapsed = time.perf_counter() - start
        if i >= 2:
            times.append(elapsed)
    view.close()
    view.deleteLater()
    scene.clear()
    _process_events()
    return times


def _move_times_bare(n: int, moves: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    doc = generated_document(n)
    _, rects = _card_rects(doc)
    scene, items = _bare_scene(rects)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    view.resize(*VIEW_SIZE)
    view.show()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    _process_events()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    item = next((it for it in items if visible.contains(it.sceneBoundingRect())), items[0])
    home = item.pos()
    away = home + type(home)(200, 0)
    times = []
    for i in range(moves + 2):
        target = away if i % 2 == 0 else home
        start = time.perf_counter()
        item.setPos(target)
        _process_events()
        elapsed = time.perf_counter() - start
        if i >= 2:
            times.append(elapsed)
    view.close()
    view.deleteLater()
    scene.clear()
    _process_events()
    return times


def interaction_rows(sizes: list[int], moves: int) -> list[Row]:
    rows: list[Row] = []
    cases = [(n, 0, "card", "move card") for n in sizes]
    cases += [(MOVE_TARGET_SIZE, MOVE_TARGET_SIZE, what, f"move {what}, 2,000 notes in 8 lanes")
              for what in ("card", "note")]
    bare: dict[int, list[float]] = {}
    for n, notes, what, name in cases:
        app_times = [t * 1e3 for t in _move_times_app(n, moves, notes, what)]
        if n not in bare:
            bare[n] = [t * 1e3 for t in _move_times_bare(n, moves)]
        med, p95 = statistics.median(app_times), percentile(app_times, 95)
        fmed, fp95 = statistics.median(bare[n]), percentile(bare[n], 95)
        judged = n == MOVE_TARGET_SIZE
        rows.append(Row(f"{name} median", n, med, "ms", fmed, "bare QGraphicsRectItem move",
                        f"≤ {MOVE_MEDIAN_MS:g} ms" if judged else "",
                        med <= MOVE_MEDIAN_MS if judged else None, f"{len(app_times)} moves"))
        rows.append(Row(f"{name} p95", n, p95, "ms", fp95, "bare QGraphicsRectItem move",
                        f"≤ {MOVE_P95_MS:g} ms" if judged else "",
                        p95 <= MOVE_P95_MS if judged else None))
    return rows
