"""The Properties pages of an edition-2 lane (name, kind, colour) and of a note (text,
place, colour, personas and the touchpoints it is about).

Built on :class:`~journeydesigner.gui.panels.properties._ObjectPage`: each committed
field is one undoable edit, through :func:`edits.update_lane` and
:func:`edits.update_note`, which refuse what edition 2 forbids (a lane with notes
made computed, a note in a computed lane).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ... import edits
from ...model import COMPUTED_LANES, LaneKind
from .. import undo_text
from .properties import _ObjectPage, _PersonasBinding


def _lane_kind_options() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("lane_pages", "Notes (above the grid)"), LaneKind.NOTES),
        (QCoreApplication.translate("lane_pages", "Pain points (from the cards)"),
         LaneKind.PAIN_POINTS),
        (QCoreApplication.translate("lane_pages", "Opportunities (from the cards)"),
         LaneKind.OPPORTUNITIES),
        (QCoreApplication.translate("lane_pages", "Frontstage (blueprint)"),
         LaneKind.FRONTSTAGE),
        (QCoreApplication.translate("lane_pages", "Backstage (below the line of visibility)"),
         LaneKind.BACKSTAGE),
        (QCoreApplication.translate("lane_pages",
                                    "Support (below the line of internal interaction)"),
         LaneKind.SUPPORT),
    ]


class LanePage(_ObjectPage):
    kind = "lane"
    update = staticmethod(edits.update_lane)  # a lane with notes stays one that holds them

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Lane"))
        self.name = self.line(self.tr("Name"), "name", 120)
        self.kind_combo = self.combo(self.tr("Kind"), "kind", _lane_kind_options)
        self.color_field = self.color(self.tr("Colour"), "color")

    def edit_text(self, obj: Any) -> str:
        return undo_text.header_text("edit", "lane", obj.name)


class _LinksBinding(_PersonasBinding):
    """The touchpoints a note is about, checked; unchecking one unlinks it."""

    path_shown = "touchpoints"

    def choices(self, obj: Any) -> list[tuple[str, str]]:
        doc = self.owner.dock.controller.doc
        return [(t, tp.title if (tp := doc.touchpoint(t)) else t) for t in obj.touchpoints]

    def hint_text(self, some_checked: bool) -> str:
        return QCoreApplication.translate("lane_pages", "Uncheck a touchpoint to unlink it.")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "lane_pages", "About no touchpoint yet: select the note, press Ctrl+K, then "
            "select a card and press Ctrl+K.")


class NotePage(_ObjectPage):
    kind = "note"
    update = staticmethod(edits.update_note)  # refuses a computed lane

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Note"))
        doc = lambda: dock.controller.doc  # noqa: E731
        self.text = self.plain(self.tr("Text"), "text", lines=False, visible_lines=4)
        self.section(self.tr("Placement"))
        self.lane = self.combo(self.tr("Lane"), "lane", lambda: [
            (lane.name, lane.id) for lane in doc().lanes if lane.kind not in COMPUTED_LANES])
        self.stage = self.combo(
            self.tr("Stage"), "stage", lambda: [(s.name, s.id) for s in doc().stages])
        self.step = self.combo(self.tr("Step"), "step", self._step_options)
        self.color_field = self.color(self.tr("Colour"), "color")
        self.section(self.tr("About"))
        self.personas, self.personas_hint = self.persona_list()
        self.links, self.links_hint = self.persona_list(self.tr("Touchpoints"), _LinksBinding)

    def _step_options(self) -> list[tuple[str, Any]]:
        """The whole stage, or a step up to one past the last the stage uses."""
        doc = self.dock.controller.doc
        note = self.current()
        stage = note.stage if note is not None else None
        used = [t.step for t in doc.touchpoints if t.stage == stage] + [
            n.step for n in doc.notes if n.stage == stage and n.step is not None]
        last = max(used, default=-1) + 1
        return [(self.tr("The whole stage"), None)] + [
            (self.tr("Step {0}").format(k), k) for k in range(last + 1)]

    def personas_hint_text(self, some_checked: bool) -> str:
        if some_checked:
            return self.tr("Shown for the checked personas only.")
        return self.tr("None checked: shown for every persona.")

    def edit_text(self, obj: Any) -> str:
        return undo_text.note_text("edit", self.dock.controller.doc, [obj.id])
