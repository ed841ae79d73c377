"""The Edit menu's work on the canvas selection: delete, select all, and the
clipboard (cut, copy, paste, duplicate) in JourneyDesigner's own MIME type."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from .. import clipboard, edits
from ..problems import ProblemError
from . import undo_text
from .canvas.items import HeaderItem
from .core_messages import problem_text


class EditOperations:
    """Mixed into :class:`~journeydesigner.gui.main_window.MainWindow`: each user
    edit is one undo command performed by the window's controller."""

    def delete_selection(self) -> None:
        scene = self.view.journey_scene
        items = scene.selectedItems()
        ids = scene.selected_touchpoint_ids()
        conns = [i.connection_id for i in items if hasattr(i, "connection_id")]
        notes = scene.selected_note_ids()
        headers = [i for i in items if isinstance(i, HeaderItem)]
        if ids or conns or notes:
            self.controller.perform(self._deletion(ids, conns, notes, "delete"))
        elif headers:
            self.delete_header(headers[0])

    def _deletion(self, ids: list[str], conns: list[str], notes: list[str],
                  verb: str) -> edits.Edit:
        """One edit that deletes cards (with their paths), paths and notes; ``verb``
        "delete" or "cut" names it."""
        doc = self.controller.doc
        text = (undo_text.clipboard_text("cut", undo_text.deleted_names(doc, ids, conns, notes))
                if verb == "cut" else undo_text.delete_text(doc, ids, conns, notes))
        ops = edits.delete_touchpoints(doc, ids, text, conns).ops if ids or conns else ()
        return edits.Edit(text, tuple(ops) + edits.delete_notes(doc, notes, text).ops)

    def delete_header(self, item: HeaderItem) -> None:
        from .dialogs.delete_header import confirm_delete

        text = undo_text.header_text("delete", item.kind, item.obj.name)
        try:
            if item.kind == "lane":
                edit = edits.delete_lane(self.controller.doc, item.object_id, text)
            else:
                edit = edits.delete_stage_or_channel(
                    self.controller.doc, edits.COLLECTION_OF[item.kind], item.object_id, text)
        except edits.EditError as exc:
            self._show_problem(problem_text(exc.problem))
            return
        if confirm_delete(item.kind, item.obj.name, edit, self):
            self.controller.perform(edit)

    def select_all(self) -> None:
        scene = self.view.journey_scene
        for item in (*scene.cards.values(), *scene.notes.values()):
            item.setSelected(True)

    def _clip_payload(self) -> dict | None:
        scene = self.view.journey_scene
        ids = scene.selected_touchpoint_ids() + scene.selected_note_ids()
        return clipboard.copy_payload(self.controller.doc, ids) if ids else None

    def copy(self) -> None:
        payload = self._clip_payload()
        if payload is None:
            return
        data = json.dumps(payload, ensure_ascii=False, indent=2)
        mime = QMimeData()
        mime.setData(clipboard.MIME_TYPE, data.encode("utf-8"))
        mime.setText(data)
        QGuiApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        self.copy()
        scene = self.view.journey_scene
        ids, notes = scene.selected_touchpoint_ids(), scene.selected_note_ids()
        if ids or notes:
            self.controller.perform(self._deletion(ids, [], notes, "cut"))

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        raw = (bytes(mime.data(clipboard.MIME_TYPE).data()).decode("utf-8")
               if mime.hasFormat(clipboard.MIME_TYPE) else mime.text())
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = None
        self._insert_payload(payload, "paste")

    def duplicate(self) -> None:
        payload = self._clip_payload()
        if payload is not None:
            self._insert_payload(payload, "duplicate", place_after=True)

    def _insert_payload(self, payload, verb: str, place_after: bool = False) -> None:
        """Paste (``verb`` "paste") or duplicate (``"duplicate"``) the copied objects."""
        scene = self.view.journey_scene
        doc = self.controller.doc
        cell = scene.current_cell()
        if place_after and cell is not None:
            cell = type(cell)(cell.stage_id, cell.channel_id, cell.step + 1)
        target = cell
        if self.view.is_lane_cell(cell):
            target = clipboard.LaneCell(cell.channel_id, cell.stage_id, cell.step)
        try:
            pasted = clipboard.paste_objects(doc, payload, target)
        except ProblemError as exc:
            self._show_problem(problem_text(exc.problem))
            return
        tps = pasted.touchpoints
        text = undo_text.clipboard_text(verb, [t.title for t in tps] + [n.text for n in
                                                                         pasted.notes])
        edit = edits.add_objects(doc, tps, pasted.connections, text, pasted.lanes, pasted.notes)
        if self.controller.perform(edit):
            scene.select([t.id for t in tps] + [n.id for n in pasted.notes])

    def _add_from_palette(self, entry_id: str) -> None:
        if not self.view.add_library_entry(entry_id):
            self._show_problem(self.tr("Select a cell or a card first"))
        else:
            self.view.setFocus()

    def _set_new_polarity(self, polarity: str) -> None:
        self.view.journey_scene.new_link_polarity = polarity
        self.statusBar().showMessage(
            self.tr("Drag from a card's + handle onto another card to draw a path"), 4000)
