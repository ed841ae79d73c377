"""The Properties page of the map itself: its title, description, language, state
(as-is or to-be) and the team's own words for the emotion scale.

Shown when the title corner of the canvas is selected (or from Map → Map
Properties…). Like every page it never changes the document itself: each
committed field is one undoable edit (``edits.set_document_fields``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator

from ... import edits
from ...model import Document
from .. import undo_text
from .bindings import TextBinding
from .properties import _ObjectPage, plain_text_field, text_to_lines

#: What the language field accepts while typing (the model checks the whole tag).
_LANGUAGE_RE = QRegularExpression("^[A-Za-z]{0,8}(-[A-Za-z0-9]{0,8})*$")


class MapPage(_ObjectPage):
    """The document's own fields; ``lookup`` gives the document whatever the id."""

    kind = "map"

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Journey map"))
        self.id_label.setWordWrap(True)
        self.title = self.line(self.tr("Title"), "title", 200)
        self.description = self.plain(self.tr("Description"), "description", lines=False,
                                      visible_lines=5)
        self.language = self.line(self.tr("Language"), "language", 35, self.tr("en, es, es-MX…"))
        self.language.setValidator(QRegularExpressionValidator(_LANGUAGE_RE, self.language))
        self.language.setToolTip(self.tr("The language the map is written in, as a tag such as "
                                    "“en” or “es-MX”: the words JourneyDesigner adds to the "
                                    "map and its exports, and the touchpoint library, "
                                    "follow it"))
        self.state = self.combo(self.tr("State"), "state", lambda: [
            (self.tr("Not said"), None), (self.tr("As-is (the journey today)"), "current"),
            (self.tr("To-be (the journey we want)"), "future")])
        self.emotion_labels, _, _ = plain_text_field(lines=False, visible_lines=5)
        self.emotion_labels.setPlaceholderText(self.tr(
            "Five labels, very negative first, one per line; empty: the standard ones"))
        self._row(self.tr("Emotion labels"), self.emotion_labels)
        self.bindings.append(TextBinding(self, "emotion_labels", self.emotion_labels,
                                         lambda labels: "\n".join(labels or ()),
                                         lambda text: text_to_lines(text) or None))

    def lookup(self, obj_id: str | None) -> Any:
        return self.dock.controller.doc

    def fill(self, obj: Document, force: bool) -> None:
        self.obj_id = "map"
        # the day is enough here (YYYY-MM-DD of the UTC timestamps)
        dates = [self.tr("created {0}").format(obj.created[:10]) if obj.created else "",
                 self.tr("modified {0}").format(obj.modified[:10]) if obj.modified else ""]
        self.id_label.setText(" · ".join(d for d in dates if d))
        for binding in self.bindings:
            binding.show(obj, force)

    def edit_text(self, obj: Document) -> str:
        return undo_text.map_text("edit", obj.title)

    def commit(self, path: str, value: Any) -> bool:
        doc = self.dock.controller.doc
        text = (undo_text.rename_text("map", doc.title, value) if path == "title"
                else undo_text.map_text(path, doc.title))
        return self.dock.controller.try_perform(edits.set_document_fields, {path: value}, text)

    def focus_title(self) -> None:
        """Put the keyboard in the title field, its text selected (Map → Map Properties…)."""
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()
