"""The canvas's keyboard gestures on the notes of edition-2 lanes: arrows move the
selected notes, typing in a lane's cell writes a note (Enter writes the next a step
later), and Ctrl+K from a note to a card links them. Every gesture is one undo
command.

The cell cursor in a lane is a :class:`~journeydesigner.layout.Cell` whose
``channel_id`` is the lane's id (ids are unique in a document).
"""

from __future__ import annotations

from ... import edits
from ...layout import Cell
from ...model import COMPUTED_LANES
from .. import undo_text

#: the longest note text (the format's limit)
MAX_NOTE = 2000


class NoteGestures:
    """Mixed into :class:`~journeydesigner.gui.canvas.view.JourneyView`."""

    _note_link_from: str | None = None

    def is_lane_cell(self, cell: Cell | None) -> bool:
        g = self.journey_scene.geometry
        return cell is not None and g is not None and g.note_lane(cell.channel_id) is not None

    def rows(self) -> list[str]:
        """The rows the cell cursor moves through, top to bottom: the lanes that hold
        notes and the channels."""
        g = self.journey_scene.geometry
        if g is None:
            return []
        rows = [(b.row.y, b.lane_id) for b in g.note_lanes if b.kind not in COMPUTED_LANES]
        rows += [(lane.row.y, lane.channel_id) for lane in g.lanes]
        return [row_id for _, row_id in sorted(rows)]

    def note_rows(self, lane_id: str) -> list[str]:
        """The lanes a note in ``lane_id`` may move to with the arrow keys, top to bottom."""
        doc = self.controller.doc
        g = self.journey_scene.geometry
        return [b.lane_id for b in (g.note_lanes if g else ())
                if edits.same_lane_group(doc, lane_id, b.lane_id)]

    def move_selected_notes(self, dx: int, dy: int) -> None:
        """Arrows on selected notes: a step (a note about its whole stage: a stage)
        or a lane of the same group."""
        scene = self.journey_scene
        doc = self.controller.doc
        ids = scene.selected_note_ids()
        moves = {}
        for note_id in ids:
            note = doc.note(note_id)
            cell = self.shifted(Cell(note.stage, note.lane, note.step or 0),
                                dx if note.step is not None else 0, dy,
                                self.note_rows(note.lane))
            stage = cell.stage_id
            if note.step is None and dx:
                stage_ids = [s.id for s in doc.stages]
                index = max(0, min(len(stage_ids) - 1, stage_ids.index(note.stage) + dx))
                stage = stage_ids[index]
            moves[note_id] = (cell.channel_id, stage, None if note.step is None else cell.step)
        moved = any(moves[n] != (doc.note(n).lane, doc.note(n).stage, doc.note(n).step)
                    for n in moves)
        if moved and self.controller.try_perform(edits.move_notes, moves,
                                                 undo_text.note_text("move", doc, ids)):
            scene.select_notes(ids)
            self._ensure_selection_visible()

    def add_note(self, cell: Cell, text: str) -> str | None:
        """Write a note in a lane's cell (one undo command); its id, or None if refused."""
        doc = self.controller.doc
        try:
            note = edits.new_note(doc, cell.channel_id, cell.stage_id, text[:MAX_NOTE],
                                  cell.step)
        except edits.EditError as exc:
            from ..core_messages import problem_text

            self.controller.problem.emit(problem_text(exc.problem))
            return None
        edit = edits.add_notes(doc, [note], undo_text.add_note_text(note.text))
        return note.id if self.controller.perform(edit) else None

    def link_step_from_note(self) -> bool:
        """Ctrl+K on a note starts a link; Ctrl+K on a card then links the note to it.
        False when neither applies (Ctrl+K then works on paths)."""
        scene = self.journey_scene
        notes = scene.selected_note_ids()
        cards = scene.selected_touchpoint_ids()
        doc = self.controller.doc
        if len(notes) == 1 and not cards:
            self._note_link_from = notes[0]
            self.statusMessage.emit(self.tr(
                "Note “{0}”: go to the card it is about and press Ctrl+K").format(
                    undo_text.quoted(doc.note(notes[0]).text)[1:-1]))
            return True
        if self._note_link_from is None or len(cards) != 1:
            return False
        note_id, self._note_link_from = self._note_link_from, None
        if doc.note(note_id) is None:
            return False
        if self.controller.try_perform(edits.link_note, note_id, cards,
                                       text=undo_text.note_text("link", doc, [note_id])):
            self.statusMessage.emit(self.tr("Note linked to “{0}”").format(
                self.controller.doc.touchpoint(cards[0]).title))
        return True
