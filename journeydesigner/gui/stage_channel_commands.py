"""The Map menu's commands on stages, channels and edition-2 lanes (add, move,
recolour, toggle the kind of a channel, the service blueprint) and the map's own
properties."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from .. import edits
from ..model import ChannelKind, LaneKind
from . import undo_text
from .canvas.items import HeaderItem


class StageChannelCommands:
    """Mixed into :class:`~journeydesigner.gui.main_window.MainWindow`: they act on
    the selected header of the canvas."""

    def show_map_properties(self) -> None:
        """Select the title corner and put the keyboard in the map's title field."""
        scene = self.view.journey_scene
        scene.clearSelection()
        scene.corner.setSelected(True)
        self.properties.show()
        self.properties.raise_()
        self.properties.map_page.focus_title()

    def _selected_header(self) -> HeaderItem | None:
        items = [i for i in self.view.journey_scene.selectedItems() if isinstance(i, HeaderItem)]
        return items[0] if items else None

    def add_stage(self) -> None:
        doc = self.controller.doc
        header = self._selected_header()
        index = len(doc.stages)
        if header is not None and header.kind == "stage":
            index = [s.id for s in doc.stages].index(header.object_id) + 1
        name, ok = QInputDialog.getText(
            self, self.tr("Add stage"), self.tr("Name of the new stage:")
        )
        if ok and name.strip():
            stage = edits.new_stage(doc, name.strip()[:120])
            from ..style import STAGE_PALETTE

            stage = stage.model_copy(update={"color": STAGE_PALETTE[index % len(STAGE_PALETTE)]})
            self.controller.try_perform(edits.insert_object, "stages", stage, index,
                                        undo_text.header_text("add", "stage", stage.name))

    def add_channel(self) -> None:
        doc = self.controller.doc
        header = self._selected_header()
        kind = ChannelKind.DIGITAL
        index = len(doc.channels)
        if header is not None and header.kind == "channel":
            index = [c.id for c in doc.channels].index(header.object_id) + 1
            kind = header.obj.kind
        name, ok = QInputDialog.getText(
            self, self.tr("Add channel"), self.tr("Name of the new channel:")
        )
        if ok and name.strip():
            channel = edits.new_channel(doc, name.strip()[:120], kind)
            self.controller.try_perform(edits.insert_object, "channels", channel, index,
                                        undo_text.header_text("add", "channel", channel.name))

    def add_lane(self, kind: LaneKind) -> None:
        """Add a lane of ``kind`` after the selected lane of that kind, or after the
        last; lanes of notes and of the blueprint ask for a name first."""
        doc = self.controller.doc
        header = self._selected_header()
        index = len(doc.lanes)
        if header is not None and header.kind == "lane" and header.obj.kind == kind:
            index = [lane.id for lane in doc.lanes].index(header.object_id) + 1
        default = edits.default_lane_name(doc, kind)
        if kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
            name, ok = default, True
        else:
            name, ok = QInputDialog.getText(self, self.tr("Add lane"),
                                            self.tr("Name of the new lane:"), text=default)
        if ok and name.strip():
            lane = edits.new_lane(doc, name.strip()[:120], kind)
            if self.controller.try_perform(edits.insert_object, "lanes", lane, index,
                                           undo_text.header_text("add", "lane", lane.name)):
                self.view.journey_scene.select_header("lane", lane.id)

    def add_service_blueprint(self) -> None:
        doc = self.controller.doc
        edit = edits.add_service_blueprint(doc, self.tr("Add service blueprint"))
        if not edit:
            self._show_problem(self.tr("The map has its service blueprint lanes already"))
            return
        self.controller.perform(edit)

    def move_header(self, delta: int) -> None:
        header = self._selected_header()
        if header is None:
            self._show_problem(self.tr("Select a stage, channel or lane header first"))
            return
        doc = self.controller.doc
        collection = edits.COLLECTION_OF[header.kind]
        # lanes show digital first: a channel moves within its own group; an edition-2
        # lane among the lanes of its kind
        shown = [o.id for o in getattr(doc, collection)
                 if collection == "stages" or o.kind == header.obj.kind]
        index = shown.index(header.object_id)
        if not 0 <= index + delta < len(shown):
            return
        slot = index + delta + (1 if delta > 0 else 0)  # the gap beyond the neighbour
        self.controller.try_perform(edits.reorder_to_slot, collection, header.object_id, shown,
                                    slot, undo_text.header_text("move", header.kind,
                                                                header.obj.name))
        self._reselect_header(header.kind, header.object_id)

    def _reselect_header(self, kind: str, obj_id: str) -> None:
        self.view.journey_scene.select_header(kind, obj_id)

    def toggle_channel_kind(self) -> None:
        header = self._selected_header()
        if header is None or header.kind != "channel":
            self._show_problem(self.tr("Select a channel header first"))
            return
        kind = (ChannelKind.IN_PERSON if header.obj.kind == ChannelKind.DIGITAL
                else ChannelKind.DIGITAL)
        self.controller.try_perform(edits.update_object, "channels", header.object_id,
                                    {"kind": kind}, undo_text.channel_kind_text(header.obj.name))
        self._reselect_header("channel", header.object_id)

    def recolor_header(self) -> None:
        from PySide6.QtWidgets import QColorDialog

        header = self._selected_header()
        if header is None:
            self._show_problem(self.tr("Select a stage, channel or lane header first"))
            return
        from PySide6.QtGui import QColor

        color = QColorDialog.getColor(QColor(header.obj.color or "#7F7F7F"), self)
        if color.isValid():
            self.controller.try_perform(edits.update_object, edits.COLLECTION_OF[header.kind],
                                        header.object_id,
                                        {"color": color.name().upper()},
                                        undo_text.header_text("colour", header.kind,
                                                              header.obj.name))
