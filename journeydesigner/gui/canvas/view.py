"""The canvas view: zoom, pan, keyboard gestures, inline editing, quick-add and
drops from the touchpoint palette."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QMenu, QWidget

from ... import edits
from ...describe import describe_connection, describe_touchpoint
from ...layout import Cell
from ...model import Document, Touchpoint
from .. import undo_text
from ..core_messages import problem_text
from .items import LOWEST_ZOOM, ConnectionItem, HeaderItem, TouchpointItem
from .lane_items import NoteItem
from .note_gestures import MAX_NOTE, NoteGestures
from .scene import JourneyScene

LIBRARY_MIME = "application/x-journeydesigner-library"
#: Keys that set the emotion of selected cards (None clears it).
EMOTION_KEYS: dict[str, int | None] = {"1": -2, "2": -1, "3": 0, "4": 1, "5": 2, "0": None}
#: Keys that set the polarity of selected connections.
POLARITY_KEYS = {"p": "positive", "n": "negative", "d": "neutral"}
MIN_ZOOM, MAX_ZOOM = LOWEST_ZOOM, 4.0
READABLE_ZOOM = 0.8  # card titles stay legible on a laptop or projector
LABEL_EDITOR_PIXELS = 220  # the inline editor of a path's label, at least


def new_touchpoint(doc: Document, title: str, cell: Cell) -> Touchpoint:
    return Touchpoint(
        id=doc.new_id(title),
        title=title,
        stage=cell.stage_id,
        channel=cell.channel_id,
        step=cell.step,
    )


def _emotion_names() -> dict[int, str]:
    return {
        -2: QCoreApplication.translate("view", "Very negative"),
        -1: QCoreApplication.translate("view", "Negative"),
        0: QCoreApplication.translate("view", "Neutral"),
        1: QCoreApplication.translate("view", "Positive"),
        2: QCoreApplication.translate("view", "Very positive"),
    }


def _polarity_names() -> dict[str, str]:
    return {
        "positive": QCoreApplication.translate("view", "Positive"),
        "negative": QCoreApplication.translate("view", "Negative"),
        "neutral": QCoreApplication.translate("view", "Neutral (decision)"),
    }


class InlineEditor(QLineEdit):
    """A line edit laid over a card or header. Enter commits, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inlineEditor")
        self.setFrame(True)
        self.hide()
        self._done = True

    def start(self, text: str, rect: QRectF, font_scale: float, select: bool = True) -> None:
        self._done = False
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, 10 * font_scale))
        self.setFont(font)
        self.setText(text)
        self.setGeometry(rect.toRect())
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if select:
            self.selectAll()
        else:
            self.end(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self._done:
            self._finish(commit=True, closing=True)

    def _finish(self, commit: bool, closing: bool = False) -> None:
        text = self.text()
        if closing:
            self._done = True
            self.hide()
        if commit:
            self.committed.emit(text)
        else:
            self._done = True
            self.hide()
            self.cancelled.emit()

    def close_editor(self) -> None:
        self._done = True
        self.hide()


class JourneyView(NoteGestures, QGraphicsView):
    """Shows a :class:`JourneyScene`; all keyboard gestures of the canvas."""

    filesDropped = Signal(list)
    zoomChanged = Signal(float)
    #: what a gesture in progress or just done means (no beep: nothing went wrong)
    statusMessage = Signal(str)

    def __init__(self, scene: JourneyScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Journey map canvas"))
        self.editor = InlineEditor(self.viewport())
        self.editor.committed.connect(self._editor_committed)
        self.editor.cancelled.connect(self._editor_cancelled)
        self._editing: TouchpointItem | HeaderItem | ConnectionItem | NoteItem | None = None
        #: The window's actions the context menu shows (by name: "connect", "rename",
        #: "duplicate", "cut", "copy", "delete"), set by the window.
        self.context_actions: dict[str, QAction] = {}
        self._quick_cell: Cell | None = None
        self._pan_from: QPoint | None = None
        self._link_from: str | None = None
        self._space_down = False
        scene.editRequested.connect(self.edit_item)
        scene.selectionChanged.connect(self._describe_selection)
        scene.cellActivated.connect(self.create_in_cell)

    def _describe_selection(self) -> None:
        """Tell screen readers what is selected: stage → channel → touchpoint."""
        scene = self.scene()
        if not isinstance(scene, JourneyScene):  # the window is being torn down
            return
        doc = self.controller.doc
        cards = scene.selected_touchpoint_ids()
        links = scene.selected_connection_ids()
        if cards:
            text = describe_touchpoint(doc, cards[-1], doc.language)
        elif links:
            text = describe_connection(doc, links[-1], doc.language)
        else:
            text = self.tr("Journey map canvas")
        self.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def sizeHint(self) -> QSize:
        return QSize(960, 640)

    @property
    def journey_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

    @property
    def controller(self):
        return self.journey_scene.controller

    # --- zoom and pan --------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())
        self._pin_headers()
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def zoom_fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        self.zoomChanged.emit(self.zoom())

    def show_top_left(self) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_headers()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._pin_headers()

    def _pin_headers(self) -> None:
        scene = self.scene()
        if isinstance(scene, JourneyScene):
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            scene.pin_headers(visible.left(), visible.top())

    def show_readable(self) -> None:
        """A freshly opened map: the whole of it when it fits at a readable
        size, else its beginning at that size."""
        self.zoom_fit()
        if self.zoom() < READABLE_ZOOM:
            self.set_zoom(READABLE_ZOOM)
        self.show_top_left()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * (1.15**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        super().keyReleaseEvent(event)

    # --- keyboard ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and not mods:
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key in arrows and mods in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.ControlModifier):
            dx, dy = arrows[key]
            scene = self.journey_scene
            if mods == Qt.KeyboardModifier.ControlModifier:
                self.navigate(dx, dy)
            elif scene.selected_touchpoint_ids():
                self.move_selection(dx, dy)
            elif scene.selected_note_ids():
                self.move_selected_notes(dx, dy)
            elif scene.cursor is not None:
                scene.clearSelection()
                scene.set_cursor(self.shifted(scene.cursor, dx, dy))
                self._ensure_cursor_visible()
            else:
                self.navigate(dx, dy)
            return
        if key == Qt.Key.Key_Escape and not mods:
            self.leave_selection()
            return
        if key == Qt.Key.Key_K and mods == Qt.KeyboardModifier.ControlModifier:
            if not self.link_step_from_note():
                self.connect_step()
            return
        if key == Qt.Key.Key_F2:
            self.edit_selected()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
            if self.journey_scene.selectedItems():
                self.edit_selected()
            elif self.journey_scene.cursor is not None:
                self.create_in_cell(self.journey_scene.cursor)
            return
        text = event.text()
        chord = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if not chord and self._annotation_key(text):
            return
        typing = text and text.isprintable() and not text.isspace() and not chord
        if typing and self.start_quick_add(text):
            return
        super().keyPressEvent(event)

    def _annotation_key(self, text: str) -> bool:
        """Keys 1–5 set the emotion of the selected cards (0 clears it); P, N
        and D make the selected connections positive, negative or a decision."""
        scene = self.journey_scene
        cards = scene.selected_touchpoint_ids()
        if cards and text in EMOTION_KEYS:
            self.set_emotion(cards, EMOTION_KEYS[text])
            return True
        links = scene.selected_connection_ids()
        if links and not cards and text.lower() in POLARITY_KEYS:
            self.set_polarity(links, POLARITY_KEYS[text.lower()])
            return True
        return False

    def set_emotion(self, ids: list[str], emotion: int | None) -> None:
        self.controller.try_perform(edits.set_emotions, ids, emotion,
                                    undo_text.emotion_text(self.controller.doc, ids, emotion))

    def set_polarity(self, ids: list[str], polarity: str, select: bool = True) -> None:
        """Change these paths only: the polarity of new paths is the Map menu's.
        ``select``: the paths are selected afterwards."""
        doc = self.controller.doc
        try:
            ops = [op for conn_id in ids for op in
                   edits.set_connection_polarity(doc, conn_id, polarity).ops]
        except edits.EditError as exc:
            self.controller.problem.emit(problem_text(exc.problem))
            return
        self.controller.perform(edits.Edit(undo_text.polarity_text(doc, ids), tuple(ops)))
        for conn_id in ids if select else ():
            if conn_id in self.journey_scene.connections:
                self.journey_scene.connections[conn_id].setSelected(True)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        if item is not None and not item.isSelected() and isinstance(
                item, TouchpointItem | ConnectionItem | NoteItem):
            self.journey_scene.clearSelection()
            item.setSelected(True)
        menu = self.context_menu()
        if menu is not None:
            menu.exec(event.globalPos())

    def context_menu(self) -> QMenu | None:
        """What can be done to the selected cards or paths, as a menu. The window's
        own actions (``context_actions``: connect, rename, duplicate, cut, copy,
        delete) appear as they are, with their shortcuts."""
        scene = self.journey_scene
        cards = scene.selected_touchpoint_ids()
        links = scene.selected_connection_ids()
        notes = scene.selected_note_ids()
        if not cards and not links and not notes:
            return None
        menu = QMenu(self)
        menu.setObjectName("canvasContextMenu")
        if cards:
            self._card_menu(menu, cards)
        elif notes:
            self._window_actions(menu, ("connect", "rename", "cut", "copy", "delete"))
        else:
            self._polarity_menu(menu, self.tr("Path polarity"), links, select=True)
            if len(links) == 1:
                menu.addAction(self.tr("Edit label"), self.edit_selected)
            self._window_actions(menu, ("delete",))
        return menu

    def _card_menu(self, menu: QMenu, cards: list[str]) -> None:
        doc = self.controller.doc
        self._window_actions(menu, ("connect",))
        own = [c.id for c in doc.connections if c.source in cards or c.target in cards]
        if own:
            self._polarity_menu(menu, self.tr("Polarity of Its Paths"), own, select=False)
        menu.addSeparator()
        emotions = menu.addMenu(self.tr("Emotion"))
        for key, level in EMOTION_KEYS.items():
            label = self.tr("Clear") if level is None else _emotion_names()[level]
            action = emotions.addAction(f"{label}\t{key}")
            action.triggered.connect(lambda _=False, v=level: self.set_emotion(cards, v))
        if doc.personas:
            personas = menu.addMenu(self.tr("Personas"))
            first = doc.touchpoint(cards[0])
            for persona in doc.personas:
                action = personas.addAction(persona.name)
                action.setCheckable(True)
                action.setChecked(persona.id in first.personas)
                action.triggered.connect(
                    lambda checked, p=persona.id: self.set_persona(cards, p, checked))
        stages = menu.addMenu(self.tr("Move to Stage"))
        here = {doc.touchpoint(c).stage for c in cards}
        for stage in doc.stages:
            action = stages.addAction(stage.name)
            action.setEnabled(here != {stage.id})
            action.triggered.connect(lambda _=False, s=stage.id: self.move_to_stage(cards, s))
        menu.addSeparator()
        self._window_actions(menu, ("rename", "duplicate", "cut", "copy", "delete"))

    def _window_actions(self, menu: QMenu, names: tuple[str, ...]) -> None:
        menu.addActions([self.context_actions[n] for n in names if n in self.context_actions])

    def _polarity_menu(self, menu: QMenu, title: str, links: list[str], select: bool) -> None:
        polarity = menu.addMenu(title)
        for key, value in POLARITY_KEYS.items():
            action = polarity.addAction(f"{_polarity_names()[value]}\t{key.upper()}"
                                        if select else _polarity_names()[value])
            action.triggered.connect(
                lambda _=False, v=value: self.set_polarity(links, v, select=select))

    def move_to_stage(self, ids: list[str], stage_id: str) -> None:
        """Move cards to the end of a stage, each in its own lane (one undo step)."""
        doc = self.controller.doc
        steps = [t.step for t in doc.touchpoints if t.stage == stage_id and t.id not in ids]
        step = max(steps) + 1 if steps else 0
        moves = {tp_id: (stage_id, doc.touchpoint(tp_id).channel, step) for tp_id in ids}
        if self.controller.try_perform(edits.move_touchpoints, moves,
                                       undo_text.move_text(doc, ids)):
            self.journey_scene.select_touchpoints(ids)
            self._ensure_selection_visible()

    def set_persona(self, ids: list[str], persona_id: str, lived: bool) -> None:
        """Add or remove one persona on the selected touchpoints (one undo step)."""
        doc = self.controller.doc
        ops = []
        for tp_id in ids:
            tp = doc.touchpoint(tp_id)
            personas = [p for p in tp.personas if p != persona_id]
            if lived:
                personas.append(persona_id)
            ops += edits.update_object(doc, "touchpoints", tp_id, {"personas": personas},
                                       "").ops
        self.controller.perform(edits.Edit(undo_text.personas_text(doc, ids), tuple(ops)))

    def _columns(self) -> list[tuple[str, int]]:
        g = self.journey_scene.geometry
        return [(s.stage_id, c.step) for s in g.stages for c in s.steps] if g else []

    def _lanes(self) -> list[str]:
        g = self.journey_scene.geometry
        return [lane.channel_id for lane in g.lanes] if g else []

    def _steps_in(self, stage_id: str) -> list[int]:
        """The steps the cards and notes of a stage use."""
        doc = self.controller.doc
        return [t.step for t in doc.touchpoints if t.stage == stage_id] + [
            n.step for n in doc.notes if n.stage == stage_id and n.step is not None]

    def shifted(self, cell: Cell, dx: int, dy: int, rows: list[str] | None = None) -> Cell:
        """The cell one step (dx) or one row (dy) away, staying on the map; ``rows``
        are the rows it may go to (default: the lanes that hold notes and the channels)."""
        doc = self.controller.doc
        stage_ids = [s.id for s in doc.stages]
        stage, step = cell.stage_id, cell.step
        if dx > 0:
            used = self._steps_in(stage)
            if any(s > step for s in used) or step == 0 and not used:
                step += 1
            elif stage_ids.index(stage) + 1 < len(stage_ids):
                stage, step = stage_ids[stage_ids.index(stage) + 1], 0
        elif dx < 0:
            if step > 0:
                step -= 1
            elif stage_ids.index(stage) > 0:
                stage = stage_ids[stage_ids.index(stage) - 1]
                steps = self._steps_in(stage)
                step = max(steps) + 1 if steps else 0
        rows = self.rows() if rows is None else rows
        channel = cell.channel_id
        if dy and channel in rows:
            channel = rows[max(0, min(len(rows) - 1, rows.index(channel) + dy))]
        return Cell(stage, channel, step)

    def move_selection(self, dx: int, dy: int) -> None:
        scene = self.journey_scene
        doc = self.controller.doc
        moves = {}
        for tp_id in scene.selected_touchpoint_ids():
            tp = doc.touchpoint(tp_id)
            if tp is None:
                continue
            cell = self.shifted(Cell(tp.stage, tp.channel, tp.step), dx, dy, self._lanes())
            moves[tp_id] = (cell.stage_id, cell.channel_id, cell.step)
        if moves:
            self.controller.try_perform(edits.move_touchpoints, moves,
                                        undo_text.move_text(doc, list(moves)))
            self._ensure_selection_visible()

    def navigate(self, dx: int, dy: int) -> None:
        """Move the selection to the nearest card (or the cell cursor) in a direction;
        from a selected path, to its end that way, else the nearest card. At the
        map's edge nothing changes (the next digit still sets an emotion)."""
        scene = self.journey_scene
        g = scene.geometry
        if g is None:
            return
        start = self._navigation_start()
        if start is None:
            first = next(iter(g.cards.values()), None)
            if first is not None:
                scene.select_touchpoints([first.touchpoint_id])
            elif g.stages and g.lanes:
                scene.set_cursor(Cell(g.stages[0].stage_id, g.lanes[0].channel_id, 0))
            return
        origin, path_ends = start
        centers = {tp_id: box.rect.center for tp_id, box in g.cards.items()}
        best = self._nearest_card(origin, dx, dy, {k: centers[k] for k in path_ends
                                                   if k in centers})
        if best is None:  # cards and notes alike (their ids are unique in a document)
            centers.update((n, item.box.rect.center) for n, item in scene.notes.items())
            best = self._nearest_card(origin, dx, dy, centers)
        if best is not None:
            scene.select([best])
            scene.set_cursor(None)
            self._ensure_selection_visible()
            return
        cell = scene.current_cell()  # no card that way: step into the empty cells
        moved = self.shifted(cell, dx, dy) if cell is not None and not path_ends else cell
        if moved is None or moved == cell:
            self.controller.problem.emit(self.tr("No card or cell that way"))
            return
        scene.clearSelection()
        scene.set_cursor(moved)
        self._ensure_cursor_visible()

    def _navigation_start(self) -> tuple[tuple[float, float], tuple[str, ...]] | None:
        """Where Ctrl+arrows start: the selected card, the end of the selected path
        the cell cursor is on (after Ctrl+K, its target), the middle of the selected
        path (with its two ends, preferred), or the cell cursor."""
        scene = self.journey_scene
        g = scene.geometry
        ids = scene.selected_touchpoint_ids()
        if ids and ids[-1] in g.cards:
            return g.cards[ids[-1]].rect.center, ()
        notes = scene.selected_note_ids()
        if notes:
            return scene.notes[notes[-1]].box.rect.center, ()
        links = scene.selected_connection_ids()
        conn = next((c for c in self.controller.doc.connections if links and c.id == links[-1]),
                    None)
        if conn is not None:
            for end in (conn.target, conn.source):
                tp = self.controller.doc.touchpoint(end)
                if tp is not None and end in g.cards and \
                        scene.cursor == Cell(tp.stage, tp.channel, tp.step):
                    return g.cards[end].rect.center, ()
            middle = scene.connections[conn.id].label_point()
            return (middle.x(), middle.y()), (conn.source, conn.target)
        if scene.cursor is not None and (rect := scene.cell_rect(scene.cursor)) is not None:
            return (rect.center().x(), rect.center().y()), ()
        return None

    def _nearest_card(self, origin: tuple[float, float], dx: int, dy: int,
                      among: dict[str, tuple[float, float]]) -> str | None:
        """The card or note of ``among`` (ids and centres) nearest to ``origin`` in the
        direction (dx, dy)."""
        best, best_score = None, None
        for tp_id, (cx, cy) in among.items():
            ddx, ddy = cx - origin[0], cy - origin[1]
            along = ddx * dx + ddy * dy
            if along <= 1:
                continue
            score = along + 2.5 * abs(ddy if dx else ddx)
            if best_score is None or score < best_score:
                best, best_score = tp_id, score
        return best

    def leave_selection(self) -> None:
        """Esc: drop the selection but keep the cell cursor where it was."""
        scene = self.journey_scene
        cell = scene.current_cell()
        scene.clearSelection()
        scene.set_cursor(cell)
        if self._link_from is not None or self._note_link_from is not None:
            self._link_from = self._note_link_from = None
            self.statusMessage.emit(self.tr("Path cancelled"))

    def connect_step(self) -> None:
        """Ctrl+K on a card starts a path; Ctrl+K on another card ends it there."""
        scene = self.journey_scene
        cards = scene.selected_touchpoint_ids()
        if len(cards) != 1:
            self.controller.problem.emit(self.tr("Select one card to start or end a path"))
            return
        if self._link_from is None or self._link_from == cards[0]:
            self._link_from = cards[0]
            self.statusMessage.emit(
                self.tr("Path from “{0}”: go to the target card and press Ctrl+K").format(
                    self.controller.doc.touchpoint(cards[0]).title))
            return
        source, self._link_from = self._link_from, None
        if self.controller.try_perform(
                edits.add_connection, source, cards[0], scene.new_link_polarity,
                undo_text.add_path_text(self.controller.doc, source, cards[0])):
            target = self.controller.doc.touchpoint(cards[0])
            scene.clearSelection()
            scene.connections[self.controller.doc.connections[-1].id].setSelected(True)
            # the keyboard stays on the target card: Ctrl+arrows go on from there
            scene.set_cursor(Cell(target.stage, target.channel, target.step))
            self.statusMessage.emit(
                self.tr(
                    "Path {0} added: P, N or D makes it positive, negative or a decision"
                ).format(undo_text.path_name(self.controller.doc, source, target.id))
            )

    def _ensure_cursor_visible(self) -> None:
        scene = self.journey_scene
        rect = scene.cell_rect(scene.cursor) if scene.cursor else None
        if rect is not None:
            self.ensure_visible(rect)

    def _ensure_selection_visible(self) -> None:
        for item in self.journey_scene.selectedItems():
            self.ensure_visible(item.sceneBoundingRect())
            break

    def ensure_visible(self, rect: QRectF, margin: int = 40) -> None:
        """Scroll so the scene ``rect`` shows clear of the pinned lane headers (left)
        and stage headers (top), which QGraphicsView.ensureVisible hides it under;
        a rect larger than the free area shows its top-left corner."""
        g = self.journey_scene.geometry
        zoom = self.zoom()
        free = QRectF(self.viewport().rect())
        if g is not None:
            free.adjust(g.corner.w * zoom, g.corner.h * zoom, 0, 0)
        margin_x = min(margin, max(0.0, free.width() / 4))
        margin_y = min(margin, max(0.0, free.height() / 4))
        shown = QRectF(self.mapFromScene(rect).boundingRect())
        for bar, low, high, free_low, free_high, gap in (
            (self.horizontalScrollBar(), shown.left(), shown.right(), free.left(),
             free.right(), margin_x),
            (self.verticalScrollBar(), shown.top(), shown.bottom(), free.top(),
             free.bottom(), margin_y),
        ):
            if low < free_low + gap:
                bar.setValue(bar.value() - round(free_low + gap - low))
            elif high > free_high - gap:
                bar.setValue(bar.value() + round(min(high - free_high + gap,
                                                     low - free_low - gap)))

    # --- inline editing ------------------------------------------------------

    def _viewport_rect(self, scene_rect: QRectF) -> QRectF:
        return QRectF(self.mapFromScene(scene_rect).boundingRect())

    def edit_selected(self) -> None:
        items = self.journey_scene.selectedItems()
        if items and isinstance(items[0], TouchpointItem | HeaderItem | ConnectionItem | NoteItem):
            self.edit_item(items[0])

    def edit_item(self, item: TouchpointItem | HeaderItem | ConnectionItem | NoteItem) -> None:
        self._quick_cell = None
        self._editing = item
        self.ensure_visible(item.sceneBoundingRect(), 20)
        rect = item.sceneBoundingRect()
        if isinstance(item, ConnectionItem):  # wide enough for a label at any zoom
            text = item.label
            mid = item.label_point()
            half = max(90.0, LABEL_EDITOR_PIXELS / 2 / self.zoom())
            rect = QRectF(mid.x() - half, mid.y() - 13, 2 * half, 26)
        elif isinstance(item, TouchpointItem):
            text = item.touchpoint.title
            rect = QRectF(rect.x() + 4, rect.y() + 14, rect.width() - 8, 26)
        elif isinstance(item, NoteItem):
            text = self.controller.doc.note(item.note_id).text
            rect = QRectF(rect.x(), rect.y(), max(rect.width(), 200), 26)
        else:
            text = item.obj.name
            rect = QRectF(rect.x() + 4, rect.y() + 6, max(rect.width() - 8, 160), 28)
        self.editor.start(text, self._viewport_rect(rect), self.zoom())

    def start_quick_add(self, first_text: str) -> bool:
        """Typing on a selected card or cell starts capturing a new touchpoint."""
        scene = self.journey_scene
        cell = scene.current_cell()
        if cell is None or scene.selected_connection_ids():  # typing on a path adds no card
            return False
        if scene.selected_touchpoint_ids() or scene.selected_note_ids():
            cell = Cell(cell.stage_id, cell.channel_id, cell.step + 1)
        self._open_quick_editor(cell)
        self.editor.setText(first_text)
        return True

    def _open_quick_editor(self, cell: Cell) -> None:
        scene = self.journey_scene
        self._editing = None
        self._quick_cell = cell
        scene.set_cursor(cell)
        rect = scene.cell_rect(cell)
        if rect is None:
            return
        self.ensure_visible(rect)
        box = QRectF(rect.x() + 4, rect.y() + 6, scene.options.card_width, 28)
        self.editor.start("", self._viewport_rect(box), self.zoom(), select=False)

    def create_in_cell(self, cell: Cell) -> None:
        """Double-click or Enter on an empty cell: start a new card there."""
        self._open_quick_editor(cell)

    def _editor_committed(self, text: str) -> None:
        text = text.strip()
        scene = self.journey_scene
        if self._quick_cell is not None:
            cell = self._quick_cell
            if not text:
                self._end_editing()
                return
            if self.is_lane_cell(cell):
                self._quick_note(cell, text)
                return
            tp = new_touchpoint(self.controller.doc, text[:200], cell)
            if self.controller.perform(edits.add_touchpoints(
                    self.controller.doc, [tp], undo_text.add_touchpoint_text(tp.title))):
                scene.select_touchpoints([tp.id])
            if self.editor.isVisible():
                self._open_quick_editor(Cell(cell.stage_id, cell.channel_id, cell.step + 1))
                scene.select_touchpoints([tp.id])
            else:
                self._quick_cell = None
            return
        item = self._editing
        self._end_editing()
        if isinstance(item, ConnectionItem):  # an empty label clears it
            self.controller.try_perform(
                edits.update_object, "connections", item.connection_id, {"label": text[:500]},
                undo_text.label_text(self.controller.doc, item.connection_id))
            return
        if item is None or not text:
            return
        if isinstance(item, NoteItem):
            self.controller.try_perform(
                edits.update_note, item.note_id, {"text": text[:MAX_NOTE]},
                undo_text.note_text("edit", self.controller.doc, [item.note_id]))
            return
        if isinstance(item, TouchpointItem):
            self.controller.try_perform(
                edits.update_object, "touchpoints", item.touchpoint_id, {"title": text},
                undo_text.rename_text("touchpoint", item.touchpoint.title, text))
        else:
            collection = edits.COLLECTION_OF[item.kind]
            self.controller.try_perform(edits.update_object, collection, item.object_id,
                                        {"name": text},
                                        undo_text.rename_text(item.kind, item.obj.name, text))

    def _quick_note(self, cell: Cell, text: str) -> None:
        """Quick-add in a lane: the note is written, the next starts a step later."""
        scene = self.journey_scene
        note_id = self.add_note(cell, text)
        if note_id is not None and self.editor.isVisible():
            self._open_quick_editor(Cell(cell.stage_id, cell.channel_id, cell.step + 1))
        else:
            self._quick_cell = None
        if note_id is not None:
            scene.select_notes([note_id])

    def _editor_cancelled(self) -> None:
        scene = self.journey_scene
        if self._quick_cell is not None and (scene.selected_touchpoint_ids()
                                             or scene.selected_note_ids()):
            self.journey_scene.set_cursor(None)  # the card just added is where the keys are
        self._end_editing()

    def _end_editing(self) -> None:
        self.editor.close_editor()
        self._editing = None
        self._quick_cell = None
        self.setFocus()

    # --- drops -------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasFormat(LIBRARY_MIME) or mime.hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasFormat(LIBRARY_MIME):
            pos = self.mapToScene(event.position().toPoint())
            g = self.journey_scene.geometry
            cell = g.cell_at(pos.x(), pos.y()) if g else None
            self.journey_scene.set_cursor(cell)
            event.setAccepted(cell is not None)
        elif mime.hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasFormat(LIBRARY_MIME):
            pos = self.mapToScene(event.position().toPoint())
            entry_id = bytes(mime.data(LIBRARY_MIME).data()).decode("utf-8")
            self.add_library_entry(entry_id, pos.x(), pos.y())
            event.acceptProposedAction()
        elif mime.hasUrls():
            paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.filesDropped.emit(paths)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    def add_library_entry(self, entry_id: str, x: float | None = None,
                          y: float | None = None) -> bool:
        """Add a palette entry at a scene point, or in the current cell."""
        from ...templates import load_library, touchpoint_from_library

        scene = self.journey_scene
        g = scene.geometry
        cell = g.cell_at(x, y) if (g and x is not None and y is not None) else scene.current_cell()
        entry = next((e for e in load_library() if e.id == entry_id), None)
        if cell is None or entry is None or self.is_lane_cell(cell):
            return False
        doc = self.controller.doc
        tp = touchpoint_from_library(doc, entry, cell.stage_id, cell.channel_id, cell.step)
        if self.controller.perform(edits.add_touchpoints(
                doc, [tp], undo_text.add_touchpoint_text(tp.title))):
            scene.select_touchpoints([tp.id])
            return True
        return False
