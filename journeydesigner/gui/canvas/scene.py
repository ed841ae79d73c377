"""The journey scene: mirrors the document through the Qt-free layout.

After every document change the layout is recomputed and existing items are
updated in place (looked up by id), so selection survives edits and undo.
Mouse gestures on cards become one undoable edit when the gesture ends.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from ... import edits, style
from ...lane_layout import NoteBox
from ...layout import (
    CardBox,
    Cell,
    Geometry,
    LayoutOptions,
    Rect,
    compute_layout,
    connection_path,
)
from ...model import Connection, Touchpoint
from ...relayout import relayout, relink, renote
from .. import undo_text
from ..controller import DocumentController
from .items import ConnectionItem, CornerItem, GridItem, HeaderItem, TouchpointItem, qrect
from .lane_items import LaneItem, LaneLineItem, LaneRowsItem, NoteItem, NoteLinksItem


class JourneyScene(QGraphicsScene):
    """Items for one document. ``cellActivated`` asks the view to create a
    touchpoint in an empty cell (double-click); ``editRequested`` asks for the
    inline editor on an item."""

    cellActivated = Signal(object)  # Cell
    editRequested = Signal(object)  # TouchpointItem | HeaderItem | ConnectionItem | NoteItem
    cursorChanged = Signal()

    def __init__(self, controller: DocumentController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.options = LayoutOptions()
        self.geometry: Geometry | None = None
        self.grid = GridItem()
        self.addItem(self.grid)
        self.corner = CornerItem()
        self.addItem(self.corner)
        self.lane_items: list[LaneItem] = []
        self.lane_line_items: list[LaneLineItem] = []
        self.note_links: NoteLinksItem | None = None
        self.lane_rows: LaneRowsItem | None = None
        self._pin = (0.0, 0.0)
        self.cards: dict[str, TouchpointItem] = {}
        self.connections: dict[str, ConnectionItem] = {}
        self.stage_headers: dict[str, HeaderItem] = {}
        self.lane_headers: dict[str, HeaderItem] = {}  # the channels'
        self.note_lane_headers: dict[str, HeaderItem] = {}  # the edition-2 lanes'
        self.notes: dict[str, NoteItem] = {}
        self.cursor: Cell | None = None
        self._cursor_item = QGraphicsRectItem()
        self._cursor_item.setPen(QPen(QColor("#1F6FEB"), 2, Qt.PenStyle.DashLine))
        self._cursor_item.setBrush(QColor(31, 111, 235, 25))
        self._cursor_item.setZValue(5)
        self._cursor_item.setVisible(False)
        self.addItem(self._cursor_item)
        self._drag_start: dict[str, QPointF] = {}
        self._note_drag_start: dict[str, QPointF] = {}
        self._dragged_links: dict[str, Connection] | None = None  # by id, while dragging
        self._link_source: str | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._drop_line: QGraphicsLineItem | None = None  # where a dragged header would go
        self.new_link_polarity = "positive"
        self.revealed: int | None = None
        self.focus_lane: str | None = None
        self.colors = style.NORMAL  # read by the items when they paint
        self.setBackgroundBrush(QColor(self.colors.background))
        controller.changed.connect(self.refresh)
        self.refresh()

    # --- mirroring the document ------------------------------------------

    def set_persona_filter(self, persona: str | None) -> None:
        self.options = LayoutOptions(persona=persona)
        self.refresh()

    def refresh(self) -> None:
        """Mirror the document: after an edit that only replaced touchpoints, just
        the cards, paths and emotion points it touched; else everything."""
        replaced = self.controller.replaced_touchpoints()
        if replaced is not None and self.geometry is not None:
            g = relayout(self.geometry, self.controller.doc, replaced, self.options)
            if g is not None:
                self._refresh_touchpoints(g, {after.id: after for _, after in replaced})
                return
        notes = self.controller.replaced_notes()
        if notes is not None and self.geometry is not None:
            g = renote(self.geometry, self.controller.doc, notes, self.options)
            if g is not None:
                self._refresh_lanes(g)
                return
        links = self.controller.changed_connections()
        if links is not None and self.geometry is not None:
            self._refresh_connections(links)
            return
        self._refresh_all()

    def _refresh_connections(self, changed: set[str]) -> None:
        """After an edit that only added, removed or changed connections."""
        doc = self.controller.doc
        g = relink(self.geometry, doc, changed, self.options)
        self.geometry = g
        labels = {c.id: c.label for c in doc.connections if c.id in changed}
        drawn = set()
        for path in g.connections:
            if path.connection_id in changed:
                drawn.add(path.connection_id)
                self._sync_connection(path, labels[path.connection_id])
        for conn_id in changed - drawn:
            if conn_id in self.connections:
                self.removeItem(self.connections.pop(conn_id))
        self._apply_presentation((), drawn)

    def _refresh_lanes(self, g: Geometry) -> None:
        """After an edit that only replaced notes, or moved cards the lanes follow:
        the lanes' items and the notes' links drawn again (the grid stays)."""
        previous, self.geometry = self.geometry, g
        if g.notes is not previous.notes and not self._renoted(previous.notes, g.notes):
            entries, written = _split_notes(g)
            for item in self.lane_items:
                if item.notes != entries[item.box.lane_id]:
                    item.set_notes(entries[item.box.lane_id])
            self._sync_notes(written)
        if g.note_links is not previous.note_links:
            if self.note_links is None or not g.note_links:
                self._sync_note_links(g)
            else:
                self.note_links.set_links(g.note_links)

    def _refresh_touchpoints(self, g: Geometry, replaced: dict[str, Touchpoint]) -> None:
        before = self.geometry.connections
        self._refresh_lanes(g)  # pain points, opportunities and links follow the cards
        self.grid.set_geometry(g, self.controller.doc.language, self.controller.doc.emotion_labels)
        persona_colors = self._persona_colors()
        cards = g.changed_cards
        for tp_id in cards:
            item, box = self.cards[tp_id], g.cards[tp_id]
            item.update_from(replaced.get(tp_id, item.touchpoint), box.rect, persona_colors,
                             box.dimmed)
        links: set[str] = set()
        if g.connections is not before:  # the paths of moved cards, and those rerouted
            for path, old in zip(g.connections, before, strict=True):
                if path is not old:
                    links.add(path.connection_id)
                    link = self.connections[path.connection_id]
                    link.update_from(path, link.label)  # at once if the path is the same
        self._apply_presentation(cards, links)
        self._show_cursor()

    def _refresh_all(self) -> None:
        doc = self.controller.doc
        g = compute_layout(doc, self.options)
        self.geometry = g
        self.grid.set_geometry(g, doc.language, doc.emotion_labels)
        persona_colors = self._persona_colors()

        by_id = {t.id: t for t in doc.touchpoints}
        for tp_id in list(self.cards):
            if tp_id not in g.cards:
                self.removeItem(self.cards.pop(tp_id))
        for tp_id, box in g.cards.items():
            item = self.cards.get(tp_id)
            if item is None:
                item = TouchpointItem(by_id[tp_id], box.rect, persona_colors)
                self.cards[tp_id] = item
                self.addItem(item)
            item.update_from(by_id[tp_id], box.rect, persona_colors, box.dimmed)
            if item.language != doc.language:  # numbers are written in the map's language
                item.language = doc.language
                item.update()

        labels = {c.id: c.label for c in doc.connections}
        seen = set()
        for path in g.connections:
            seen.add(path.connection_id)
            self._sync_connection(path, labels[path.connection_id])
        for conn_id in list(self.connections):
            if conn_id not in seen:
                self.removeItem(self.connections.pop(conn_id))

        stages = {s.id: s for s in doc.stages}
        self._sync_headers(self.stage_headers, "stage",
                           [(stages[b.stage_id], b.header) for b in g.stages], doc.language)
        channels = {c.id: c for c in doc.channels}
        self._sync_headers(self.lane_headers, "channel",
                           [(channels[b.channel_id], b.header) for b in g.lanes], doc.language)
        self.corner.set_box(g.corner, doc.title)
        self._sync_lanes(g, doc.language)
        self.setSceneRect(QRectF(0, 0, g.width, g.height))
        self._apply_presentation()
        self.pin_headers(*self._pin)
        self._show_cursor()

    def _sync_lanes(self, g: Geometry, language: str) -> None:
        """The edition-2 lanes: rows, computed entries and blueprint lines made anew
        (at most 100 lanes); headers and notes updated in place, so they stay selected."""
        for item in (*self.lane_items, *self.lane_line_items):
            self.removeItem(item)
        if self.lane_rows is not None:
            self.removeItem(self.lane_rows)
        stage_rights = [stage.column.right for stage in g.stages]
        self.lane_rows = LaneRowsItem(g.note_lanes, stage_rights, g.width) if g.note_lanes else None
        if self.lane_rows is not None:
            self.addItem(self.lane_rows)
        entries, written = _split_notes(g)
        self.lane_items = [LaneItem(box, entries[box.lane_id], g.width)
                           for box in g.note_lanes if entries[box.lane_id]]
        self.lane_line_items = [LaneLineItem(line, language) for line in g.lane_lines]
        for item in self.lane_line_items:
            item.pin(self._pin[0])
        for item in (*self.lane_items, *self.lane_line_items):
            self.addItem(item)
        lanes = {lane.id: lane for lane in self.controller.doc.lanes}
        self._sync_headers(self.note_lane_headers, "lane",
                           [(lanes[b.lane_id], b.header) for b in g.note_lanes], language)
        self._sync_notes(written)
        self._sync_note_links(g)

    def _renoted(self, before: list[NoteBox], after: list[NoteBox]) -> bool:
        """Update just the notes whose boxes changed, when only written notes did (the
        layout keeps the boxes of the others): False when that does not hold."""
        if len(before) != len(after):
            return False
        changed = [box for box, old in zip(after, before, strict=True) if box is not old]
        if not all(box.note_id in self.notes for box in changed):
            return False  # a computed entry, or a note added in place of another
        for box in changed:
            self.notes[box.note_id].update_from(box)
        return True

    def _sync_notes(self, boxes: list[NoteBox]) -> None:
        """One item per written note, looked up by id (a moved note keeps its item)."""
        shown = set()
        for box in boxes:
            shown.add(box.note_id)
            item = self.notes.get(box.note_id)
            if item is None:
                self.notes[box.note_id] = item = NoteItem(box)
                self.addItem(item)
            elif item.box is not box:
                item.update_from(box)
        if len(shown) != len(self.notes):
            for note_id in [n for n in self.notes if n not in shown]:
                self.removeItem(self.notes.pop(note_id))

    def _sync_note_links(self, g: Geometry) -> None:
        if self.note_links is not None:
            self.removeItem(self.note_links)
        self.note_links = NoteLinksItem(g.note_links) if g.note_links else None
        if self.note_links is not None:
            self.addItem(self.note_links)

    def _persona_colors(self) -> dict[str, str]:
        return style.persona_colors(self.controller.doc.personas)

    def _sync_connection(self, path, label: str) -> None:
        item = self.connections.get(path.connection_id)
        if item is None:
            self.connections[path.connection_id] = item = ConnectionItem(path, label)
            self.addItem(item)
        else:
            item.update_from(path, label)

    def pin_headers(self, left: float, top: float) -> None:
        """Keep stage and lane headers in view while the map scrolls."""
        self._pin = (left, top)
        inset = self.geometry.corner.right if self.geometry else 0.0
        for item in self.stage_headers.values():
            item.label_inset = inset
            item.pin(left, top)
        for item in (*self.lane_headers.values(), *self.note_lane_headers.values()):
            item.pin(left, top)
        self.corner.pin(left, top)
        self.grid.pin(left)
        for line in self.lane_line_items:
            line.pin(left)

    def _sync_headers(self, items: dict[str, HeaderItem], kind: str, wanted, language) -> None:
        ids = {obj.id for obj, _ in wanted}
        for obj_id in list(items):
            if obj_id not in ids:
                self.removeItem(items.pop(obj_id))
        for obj, rect in wanted:
            item = items.get(obj.id)
            if item is None:
                item = HeaderItem(kind, obj, rect, language)
                items[obj.id] = item
                self.addItem(item)
            else:
                item.update_from(obj, rect)

    # --- selection and the cell cursor -----------------------------------

    def selected_touchpoint_ids(self) -> list[str]:
        return self._selected_ids(TouchpointItem, "touchpoint_id", self.controller.doc.touchpoints)

    def selected_note_ids(self) -> list[str]:
        return self._selected_ids(NoteItem, "note_id", self.controller.doc.notes)

    def _selected_ids(self, kind: type, attribute: str, objects) -> list[str]:
        """The ids of the selected items of ``kind``, in document order."""
        order = {obj.id: i for i, obj in enumerate(objects)}
        ids = [getattr(i, attribute) for i in self.selectedItems() if isinstance(i, kind)]
        return sorted(ids, key=lambda obj_id: order.get(obj_id, 0))

    def select(self, ids) -> None:
        """Select the cards and notes of ``ids`` (ids are unique in a document), only them."""
        self.clearSelection()
        for obj_id in ids:
            item = self.cards.get(obj_id) or self.notes.get(obj_id)
            if item is not None:
                item.setSelected(True)

    select_touchpoints = select_notes = select

    def set_cursor(self, cell: Cell | None) -> None:
        self.cursor = cell
        self._show_cursor()
        self.cursorChanged.emit()

    def _show_cursor(self) -> None:
        rect = self.cell_rect(self.cursor) if self.cursor else None
        self._cursor_item.setVisible(rect is not None)
        if rect is not None:
            self._cursor_item.setRect(rect)

    def cell_rect(self, cell: Cell) -> QRectF | None:
        """The scene rectangle of a cell; a step with no column yet is shown
        in its stage's trailing column, where it will appear."""
        g = self.geometry
        if g is None:
            return None
        rect = g.cell_rect(cell)
        stage = g.stage(cell.stage_id)
        if rect is None and stage is not None:
            rect = g.cell_rect(Cell(cell.stage_id, cell.channel_id, stage.steps[-1].step))
        return qrect(rect) if rect is not None else None

    def current_cell(self) -> Cell | None:
        """The cell of the selected card or note (a lane's cell: the lane's id for a
        channel), else the cell cursor."""
        ids = self.selected_touchpoint_ids()
        if ids:
            tp = self.controller.doc.touchpoint(ids[-1])
            if tp is not None:
                return Cell(tp.stage, tp.channel, tp.step)
        notes = self.selected_note_ids()
        if notes and self.geometry is not None:
            box = self.notes[notes[-1]].box
            stage = self.geometry.stage(box.stage_id)
            step = box.step if box.step is not None else (stage.steps[0].step if stage else 0)
            return Cell(box.stage_id, box.lane_id, step)
        return self.cursor

    def cell_at(self, pos: QPointF) -> Cell | None:
        """The grid cell, or the cell of a lane that holds notes, under ``pos``."""
        g = self.geometry
        if g is None:
            return None
        return g.cell_at(pos.x(), pos.y()) or g.note_cell_at(pos.x(), pos.y())

    # --- mouse gestures ----------------------------------------------------

    def _item_at(self, pos: QPointF):
        views = self.views()
        return self.itemAt(pos, views[0].transform() if views else QTransform())

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag_start = {i.touchpoint_id: i.pos() for i in self.selectedItems()
                            if isinstance(i, TouchpointItem)}
        self._note_drag_start = {i.note_id: i.pos() for i in self.selectedItems()
                                 if isinstance(i, NoteItem)}
        item = self._item_at(event.scenePos())
        if item is None or item is self.grid or item is self._cursor_item or isinstance(
                item, LaneRowsItem | LaneItem | NoteLinksItem):
            self.set_cursor(self.cell_at(event.scenePos()))

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            self._follow_dragged_cards()

    def _follow_dragged_cards(self) -> None:
        """While cards are dragged, their paths follow them (the document changes
        only when they are dropped)."""
        g = self.geometry
        boxes = {}
        for tp_id, start in self._drag_start.items():
            item = self.cards.get(tp_id)
            if item is not None and item.pos() != start and tp_id in g.cards:
                box = g.cards[tp_id]
                boxes[tp_id] = CardBox(tp_id, Rect(item.pos().x(), item.pos().y(),
                                                   box.rect.w, box.rect.h), box.dimmed)
        if not boxes:
            return
        if self._dragged_links is None:
            self._dragged_links = {c.id: c for c in self.controller.doc.connections}
        for k in {k for tp_id in boxes for k in g.connections_at(tp_id)}:
            path = g.connections[k]
            item = self.connections[path.connection_id]
            item.update_from(connection_path(
                self._dragged_links[path.connection_id],
                boxes.get(path.source_id, g.cards[path.source_id]),
                boxes.get(path.target_id, g.cards[path.target_id]), self.options), item.label)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        notes = [n for n, start in self._note_drag_start.items()
                 if n in self.notes and self.notes[n].pos() != start]
        self._note_drag_start = {}
        if notes:
            self.drop_notes(notes)
        if not self._drag_start:
            return
        moved = {tp_id: start for tp_id, start in self._drag_start.items()
                 if tp_id in self.cards and self.cards[tp_id].pos() != start}
        self._drag_start = {}
        if moved:
            self.drop_cards(list(moved))
        if self._dragged_links is not None:  # paths drawn during the drag: as laid out now
            self._dragged_links = None
            g = self.geometry
            for tp_id in moved:
                for k in g.connections_at(tp_id) if tp_id in g.cards else ():
                    path = g.connections[k]
                    item = self.connections[path.connection_id]
                    item.update_from(path, item.label)

    def drop_cards(self, ids: list[str]) -> None:
        """Snap dragged cards to the cells under their centres (one undo command)."""
        g = self.geometry
        moves = {}
        for tp_id in ids:
            item = self.cards[tp_id]
            center = item.sceneBoundingRect().center()
            cell = g.cell_at(center.x(), center.y()) if g else None
            if cell is None:
                moves = {}
                break
            moves[tp_id] = (cell.stage_id, cell.channel_id, cell.step)
        text = undo_text.move_text(self.controller.doc, ids)
        if not moves or not self.controller.try_perform(edits.move_touchpoints, moves, text):
            self.refresh()  # back to where the document says they are

    def drop_notes(self, ids: list[str]) -> None:
        """Snap dragged notes to the lane cells under their centres, in lanes of the
        same group (above the grid, or the blueprint's), one undo command; a note
        about its whole stage stays so."""
        g = self.geometry
        doc = self.controller.doc
        moves = {}
        for note_id in ids:
            note = doc.note(note_id)
            center = self.notes[note_id].sceneBoundingRect().center()
            cell = g.note_cell_at(center.x(), center.y()) if g else None
            if note is None or cell is None or not edits.same_lane_group(
                    doc, note.lane, cell.channel_id):
                moves = {}
                break
            moves[note_id] = (cell.channel_id, cell.stage_id,
                              None if note.step is None else cell.step)
        if not moves or not self.controller.try_perform(
                edits.move_notes, moves, undo_text.note_text("move", doc, list(moves))):
            for note_id in ids:  # back to where the document says they are
                box = self.notes[note_id].box
                self.notes[note_id].setPos(box.rect.x, box.rect.y)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self._item_at(event.scenePos())
        if isinstance(item, TouchpointItem | HeaderItem | ConnectionItem | NoteItem):
            self.editRequested.emit(item)  # a path: its label (never a card below it)
            return
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.set_cursor(cell)
            self.cellActivated.emit(cell)
            return
        super().mouseDoubleClickEvent(event)

    # --- drawing a connection --------------------------------------------------

    def start_link(self, source: TouchpointItem, pos: QPointF) -> None:
        """Begin a connection from ``source``'s handle; a rubber line follows."""
        self._link_source = source.touchpoint_id
        start = source.mapToScene(source.handle_rect().center())
        self._link_line = QGraphicsLineItem(start.x(), start.y(), pos.x(), pos.y())
        pen = QPen(QColor(style.POLARITY_COLORS[self.new_link_polarity]), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        self._link_line.setPen(pen)
        self._link_line.setZValue(50)
        self.addItem(self._link_line)

    def update_link(self, pos: QPointF) -> None:
        if self._link_line is not None:
            line = self._link_line.line()
            line.setP2(pos)
            self._link_line.setLine(line)

    def finish_link(self, pos: QPointF) -> None:
        """Drop on a card: one undoable connection with the current polarity."""
        if self._link_line is not None:
            self.removeItem(self._link_line)
            self._link_line = None
        source, self._link_source = self._link_source, None
        target = self.geometry.card_at(pos.x(), pos.y()) if self.geometry else None
        if source is None or target is None or target == source:
            return
        before = {c.id for c in self.controller.doc.connections}
        if self.controller.try_perform(
                edits.add_connection, source, target, self.new_link_polarity,
                undo_text.add_path_text(self.controller.doc, source, target)):
            new = [c.id for c in self.controller.doc.connections if c.id not in before]
            self.clearSelection()
            for conn_id in new:
                if conn_id in self.connections:
                    self.connections[conn_id].setSelected(True)

    # --- reordering stages and channels by dragging their headers ------------------

    def drag_header(self, header: HeaderItem, pos: QPointF) -> None:
        """Show the gap where the dragged header's stage or channel would go."""
        found = self._header_slot(header, pos)
        if found is None:
            return
        if self._drop_line is None:
            self._drop_line = QGraphicsLineItem()
            pen = QPen(QColor("#1F6FEB"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setCosmetic(True)  # as thick on screen at any zoom
            self._drop_line.setPen(pen)
            self._drop_line.setZValue(60)  # above the pinned headers
            self.addItem(self._drop_line)
        self._drop_line.setLine(found[2])
        self._drop_line.setVisible(True)

    def drop_header(self, header: HeaderItem, pos: QPointF) -> None:
        """Move the dragged header's stage or channel into the gap (one undo command)."""
        if self._drop_line is not None:
            self._drop_line.setVisible(False)
        found = self._header_slot(header, pos)
        if found is None:
            return
        shown, slot, _ = found
        kind, obj_id = header.kind, header.object_id
        text = undo_text.header_text("move", kind, header.obj.name)
        if self.controller.try_perform(edits.reorder_to_slot, edits.COLLECTION_OF[kind], obj_id,
                                       shown, slot, text):
            self.select_header(kind, obj_id)

    def headers_of(self, kind: str) -> dict[str, HeaderItem]:
        return {"stage": self.stage_headers, "channel": self.lane_headers,
                "lane": self.note_lane_headers}[kind]

    def select_header(self, kind: str, obj_id: str) -> None:
        items = self.headers_of(kind)
        if obj_id in items:
            self.clearSelection()
            items[obj_id].setSelected(True)

    def _header_slot(self, header: HeaderItem, pos: QPointF):
        """``(ids shown in order, gap index, line marking the gap)`` nearest ``pos``:
        stages move between stage columns, channels between the lanes of their group,
        edition-2 lanes among the lanes of their kind."""
        g = self.geometry
        if g is None or not g.stages or not g.lanes:
            return None
        if header.kind == "lane":
            boxes = [b for b in g.note_lanes if b.kind == header.obj.kind]
            shown = [b.lane_id for b in boxes]
            edges = [b.row.y for b in boxes] + [boxes[-1].row.bottom]
            slot = min(range(len(edges)), key=lambda k: abs(edges[k] - pos.y()))
            y = edges[slot]
            line = QLineF(g.corner.x, y, g.width - g.corner.x, y)
        elif header.kind == "stage":
            shown = [b.stage_id for b in g.stages]
            edges = [b.column.x for b in g.stages] + [g.stages[-1].column.right]
            slot = min(range(len(edges)), key=lambda k: abs(edges[k] - pos.x()))
            x = edges[slot]
            line = QLineF(x, g.corner.y, x, g.emotion_lane.rect.bottom)
        else:
            lanes = [lane for lane in g.lanes if lane.kind == header.obj.kind]
            if not lanes:
                return None
            shown = [lane.channel_id for lane in lanes]
            edges = [lane.row.y for lane in lanes] + [lanes[-1].row.bottom]
            slot = min(range(len(edges)), key=lambda k: abs(edges[k] - pos.y()))
            y = edges[slot]
            line = QLineF(g.corner.x, y, g.width - g.corner.x, y)
        return shown, slot, line

    # --- workshop presentation (never changes the document) -----------------------

    def set_colors(self, colors: style.CanvasColors) -> None:
        """Draw the whole map with ``colors`` (workshop mode: high contrast)."""
        if colors == self.colors:
            return
        self.colors = colors
        self.setBackgroundBrush(QColor(colors.background))
        pen = self._cursor_item.pen()
        pen.setColor(QColor(colors.selection))
        self._cursor_item.setPen(pen)
        for item in self.items():
            item.update()  # also drops the cards' cached pixmaps

    def set_presentation(self, revealed: int | None, focus_lane: str | None) -> None:
        """Show only the first ``revealed`` stages (None: all) and dim every lane
        but ``focus_lane`` (None: no focus)."""
        self.revealed = revealed
        self.focus_lane = focus_lane
        self._apply_presentation()

    def _apply_presentation(self, card_ids=None, connection_ids=None) -> None:
        """Reveal and lane focus on all items, or only on the given cards and
        connections (after an edit that moved just those)."""
        doc = self.controller.doc
        order = {s.id: i for i, s in enumerate(doc.stages)}
        limit = len(doc.stages) if self.revealed is None else self.revealed
        for tp_id in self.cards if card_ids is None else card_ids:
            item = self.cards[tp_id]
            item.setVisible(order.get(item.touchpoint.stage, 0) < limit)
            focused = self.focus_lane is None or item.touchpoint.channel == self.focus_lane
            item.setOpacity(0.3 if item.dimmed or not focused else 1.0)
        for conn_id in self.connections if connection_ids is None else connection_ids:
            item = self.connections[conn_id]
            item.setVisible(all(self.cards[end].isVisible() for end in item.ends))
        if card_ids is not None:
            return
        for stage_id, item in self.stage_headers.items():
            item.setVisible(order.get(stage_id, 0) < limit)
        g = self.geometry
        right = None
        if g is not None and self.revealed is not None:
            visible_stages = [b for b in g.stages if order.get(b.stage_id, 0) < limit]
            right = visible_stages[-1].column.right if visible_stages else g.corner.right
        self.grid.set_reveal(right, g.lane(self.focus_lane).row if g and self.focus_lane
                             and g.lane(self.focus_lane) else None)

    def highlight(self, touchpoint_ids: list[str], connection_ids: list[str]) -> None:
        """Mark the items of an analysis finding (and bring the first into view)."""
        wanted_cards, wanted_links = set(touchpoint_ids), set(connection_ids)
        for tp_id, item in self.cards.items():
            if item.highlighted != (tp_id in wanted_cards):
                item.highlighted = tp_id in wanted_cards
                item.update()
        for conn_id, item in self.connections.items():
            if item.highlighted != (conn_id in wanted_links):
                item.highlighted = conn_id in wanted_links
                item.update()

    def highlighted_ids(self) -> tuple[list[str], list[str]]:
        return ([i for i, item in self.cards.items() if item.highlighted],
                [i for i, item in self.connections.items() if item.highlighted])

    def selected_connection_ids(self) -> list[str]:
        return [i.connection_id for i in self.selectedItems() if isinstance(i, ConnectionItem)]

    def card_rect(self, tp_id: str) -> QRectF | None:
        if self.geometry and tp_id in self.geometry.cards:
            return qrect(self.geometry.cards[tp_id].rect)
        return None


def _split_notes(g: Geometry) -> tuple[dict[str, list[NoteBox]], list[NoteBox]]:
    """The entries of the computed lanes by lane id, and the written notes."""
    entries: dict[str, list[NoteBox]] = defaultdict(list)
    written = []
    for note in g.notes:
        if note.note_id is None:
            entries[note.lane_id].append(note)
        else:
            written.append(note)
    return entries, written
