"""The persona strip above the map: the map's personas as chips; clicking one
filters the map to that persona's journey (clicking it again shows all)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from ... import style
from .. import plain_text
from ..controller import DocumentController


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class PersonaStrip(QWidget):
    filterChanged = Signal(object)  # persona id or None

    def __init__(self, controller: DocumentController, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personaStrip")
        self.setAccessibleName(self.tr("Personas of this map"))
        self.controller = controller
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 3, 8, 3)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self._clicked)
        self._buttons: dict[str, QToolButton] = {}
        self._shown: list[tuple[str, str, str]] = []
        self._filter: str | None = None
        controller.changed.connect(self.refresh)
        self.refresh()

    def current_filter(self) -> str | None:
        return self._filter

    def refresh(self) -> None:
        colors = style.persona_colors(self.controller.doc.personas)
        personas = [(p.id, p.name, colors[p.id]) for p in self.controller.doc.personas]
        if personas == self._shown:
            return
        self._shown = personas
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for button in self._group.buttons():
            self._group.removeButton(button)
        self._buttons = {}
        label = QLabel(self.tr("Personas:") if personas else self.tr("No personas yet"))
        self._layout.addWidget(label)
        for i, (persona_id, name, color) in enumerate(personas):
            button = QToolButton()
            button.setText(name)
            button.setIcon(color_icon(color))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(
                plain_text.tooltip(self.tr("Show only the journey of {0}").format(name))
            )
            button.setAccessibleName(self.tr("Filter by persona {0}").format(name))
            self._group.addButton(button, i)
            self._buttons[persona_id] = button
            self._layout.addWidget(button)
        self._layout.addStretch(1)
        if self._filter is not None and self._filter not in self._buttons:
            self.set_filter(None)
        else:
            self._sync_buttons()

    def set_filter(self, persona_id: str | None) -> None:
        if persona_id is not None and persona_id not in self._buttons:
            persona_id = None
        changed = persona_id != self._filter
        self._filter = persona_id
        self._sync_buttons()
        if changed:
            self.filterChanged.emit(persona_id)

    def _sync_buttons(self) -> None:
        for persona_id, button in self._buttons.items():
            button.setChecked(persona_id == self._filter)

    def _clicked(self, index: int) -> None:
        persona_id = self._shown[index][0]
        self.set_filter(None if persona_id == self._filter else persona_id)
