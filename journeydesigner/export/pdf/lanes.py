"""The edition-2 lanes in the PDF, drawn from the shared geometry as the canvas
draws them (gui/canvas/lane_items.py): rows, headers, note cards and the two
lines of the service blueprint."""

from __future__ import annotations

from ... import style
from ...lane_layout import NOTE_LINE_HEIGHT, NOTE_PADDING, NOTE_TEXT_PT, LaneLine, NoteBox
from ...layout import Geometry, Rect
from .colors import WHITE
from .ink import Ink
from .options import ASCENT, DESCENT, LINE_SPACING, SCREEN_TEXT


def draw_lanes(ink: Ink, g: Geometry, language: str, near: Rect, view: Rect) -> None:
    """The lanes that reach ``near``, in the canvas's z order (rows, lines, the
    notes' links, notes, headers); text only where it shows in ``view``."""
    if not g.note_lanes:
        return
    left, right = g.corner.x, g.width - g.corner.x  # as the grid's row lines
    boxes = [b for b in g.note_lanes if b.row.intersects(near) or b.header.intersects(near)]
    for box in boxes:
        row = box.row
        ink.rect(row.x, row.y, row.w, row.h, fill=style.LANE_ROW_COLORS[str(box.kind)])
        for stage in g.stages:
            x = stage.column.right
            ink.line(x, row.y, x, row.bottom, style.GRID_LINE, 1.2)
        ink.line(left, row.bottom, right, row.bottom, style.GRID_LINE, 1.0)
    labels = style.LINE_LABELS[style.language_of(language)]
    for line in g.lane_lines:
        if line.band.intersects(near):
            _line(ink, line, labels[line.label_key], line.band.intersects(view))
    for link in g.note_links:  # under the notes, and under the cards drawn after
        (x0, y0), (x1, y1) = link.start, link.end
        if Rect(min(x0, x1), min(y0, y1), abs(x1 - x0) + 1, abs(y1 - y0) + 1).intersects(near):
            with ink.alpha(0.3 if link.dimmed else 1.0):
                ink.line(x0, y0, x1, y1, style.LANE_LINE, 1.2, dash=(1.2, 2))
                for x, y in link.start, link.end:
                    ink.circle(x, y, 2.5, fill=style.LANE_LINE)
    for note in g.notes:
        if note.rect.intersects(near):
            with ink.alpha(0.3 if note.dimmed else 1.0):
                _note(ink, note, note.rect.intersects(view))
    for box in boxes:
        header = box.header
        ink.rect(header.x, header.y, header.w, header.h,
                 fill=style.LANE_HEADER_COLORS[str(box.kind)], stroke=style.GRID_LINE,
                 width=1.0)
        if box.color:
            ink.rect(header.x, header.y, 5, header.h, fill=box.color)
        if header.intersects(view):
            size = 9.5 * SCREEN_TEXT
            y = header.y + 10
            for line in ink.fonts.wrap_card(box.name, header.w - 24, size, 3, bold=True):
                ink.text(header.x + 12, y + ASCENT * size, line, size, bold=True)
                y += LINE_SPACING * size


def _note(ink: Ink, note: NoteBox, with_text: bool) -> None:
    r = note.rect
    ink.rect(r.x, r.y, r.w, r.h, fill=WHITE, stroke=style.NOTE_BORDER, width=1.0, radius=4)
    if note.color:
        ink.rect(r.x + 0.5, r.y + 3, 4, r.h - 6, fill=note.color)
    if not with_text:
        return
    size = NOTE_TEXT_PT * SCREEN_TEXT
    width = r.w - 2 * NOTE_PADDING
    y = r.y + NOTE_PADDING + (NOTE_LINE_HEIGHT - LINE_SPACING * size) / 2
    for line in note.lines:  # the layout's lines, elided should the font be wider
        ink.text(r.x + NOTE_PADDING, y + ASCENT * size, ink.fonts.elide(line, width, size),
                 size)
        y += NOTE_LINE_HEIGHT


def _line(ink: Ink, line: LaneLine, label: str, with_text: bool) -> None:
    band, y = line.band, line.y
    ink.rect(band.x, band.y, band.w, band.h, fill=WHITE)
    ink.line(band.x, y, band.right, y, style.LANE_LINE, 1.4, dash=(4, 2))
    if not with_text:
        return
    size = 7.5 * SCREEN_TEXT
    w = ink.width(label, size, bold=True)
    ink.rect(band.x + 8, band.y + 1, w + 10, band.h - 2, fill=WHITE)
    ink.text(band.x + 13, y + (ASCENT - DESCENT) * size / 2, label, size, bold=True,
             color=style.LANE_LINE)
