"""The main toolbar: the actions people reach for while drawing a map, as buttons.

It shows the window's own actions (zoom, workshop, export…), so a button and its
menu entry and shortcut are one thing; the few canvas gestures that had no action
(a new card, a path, an emotion) get one here that calls the canvas's own code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QToolButton

from ..layout import Cell
from ..style import persona_colors
from . import icons
from .canvas.persona_strip import color_icon
from .canvas.scene import JourneyScene
from .canvas.view import EMOTION_KEYS, _emotion_names

if TYPE_CHECKING:
    from .main_window import MainWindow


def plain_text(action: QAction) -> str:
    """An action's text as a person reads it: no mnemonic marks, no ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_tip(action: QAction, gesture: str = "") -> str:
    """``Zoom In (Ctrl++)``: the text and the first shortcut (or ``gesture``)."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) or gesture
    return f"{plain_text(action)} ({keys})" if keys else plain_text(action)


class MainToolbar(QToolBar):
    """New card, path, emotion, persona filter, find, zoom, workshop and export."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Toolbar"), window)
        self.setObjectName("mainToolbar")  # saveState() remembers whether it is shown
        self.setIconSize(QSize(22, 22))
        self.setMovable(False)
        self.window_ = window
        self._gestures: dict[QAction, str] = {}
        self._drawings: dict[QAction, icons.Drawing] = {}
        self.new_card_action = self._own_action(self.tr("Ne&w Card"), self.new_card,
                                                self.tr("Enter on a cell, or type"))
        self.connect_action = self._own_action(
            self.tr("C&onnect"), lambda: window.view.connect_step(), "Ctrl+K"
        )
        self.connect_action.setStatusTip(
            self.tr("Start a path on the selected card, then end it on another")
        )
        self.emotion_action = self._own_action(self.tr("E&motion"), lambda: None, "1 … 5")
        self.emotion_action.setMenu(self._emotion_menu())
        window.view.journey_scene.selectionChanged.connect(self.update_actions)
        window.persona_strip.filterChanged.connect(self._show_filter)
        window.controller.changed.connect(self.fill_personas)
        self._personas: list[tuple[str, str, str | None]] = []
        self.persona_combo = QComboBox()
        self.persona_combo.setObjectName("personaFilter")
        self.persona_combo.setAccessibleName(self.tr("Persona filter"))
        self.persona_combo.setToolTip(self.tr("Show only the journey of one persona"))
        self.persona_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.persona_combo.setMinimumContentsLength(12)
        self.persona_combo.activated.connect(self._persona_chosen)
        self.update_actions()

    def build(self, find_action: QAction, zoom_selection_action: QAction) -> None:
        """Lay out the buttons once every action they show exists."""
        w = self.window_
        self._drawings.update({
            self.new_card_action: icons.new_card, self.connect_action: icons.connect,
            self.emotion_action: icons.emotion, find_action: icons.find,
            w.zoom_in_action: icons.zoom_in, w.zoom_out_action: icons.zoom_out,
            w.zoom_fit_action: icons.zoom_fit, zoom_selection_action: icons.zoom_selection,
            w.workshop_action: icons.workshop, w.export_action: icons.export,
        })
        self.addActions([self.new_card_action, self.connect_action, self.emotion_action])
        button = self.widgetForAction(self.emotion_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addSeparator()
        label = QLabel(self.tr("Persona:"))
        label.setBuddy(self.persona_combo)
        label.setContentsMargins(4, 0, 4, 0)
        self.addWidget(label)
        self.addWidget(self.persona_combo)
        self.addSeparator()
        self.addAction(find_action)
        self.addSeparator()
        self.addActions([w.zoom_in_action, w.zoom_out_action, w.zoom_fit_action,
                         zoom_selection_action])
        self.addSeparator()
        self.addActions([w.workshop_action, w.export_action])
        for action in self._drawings:
            action.changed.connect(lambda a=action: self._set_tip(a))
            self._set_tip(action)
        self.paint_icons()
        self.fill_personas()

    # --- actions of its own ----------------------------------------------------------

    def _own_action(self, text: str, slot, gesture: str) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self._gestures[action] = gesture
        return action

    def _emotion_menu(self) -> QMenu:
        menu = QMenu(self)
        for key, level in EMOTION_KEYS.items():
            label = self.tr("Clear") if level is None else _emotion_names()[level]
            action = menu.addAction(f"{label}\t{key}")
            action.triggered.connect(lambda _=False, v=level: self.set_emotion(v))
        return menu

    def _set_tip(self, action: QAction) -> None:
        action.setToolTip(shortcut_tip(action, self._gestures.get(action, "")))

    def paint_icons(self) -> None:
        """The icons in the palette's text colour (again after a theme change)."""
        color = self.palette().color(QPalette.ColorRole.WindowText)
        for action, drawing in self._drawings.items():
            action.setIcon(icons.icon(drawing, color))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._drawings:
            self.paint_icons()

    def update_actions(self) -> None:
        scene = self.window_.view.scene()
        if not isinstance(scene, JourneyScene):  # the window is being torn down
            return
        cards = scene.selected_touchpoint_ids()
        self.emotion_action.setEnabled(bool(cards))
        self.connect_action.setEnabled(len(cards) == 1)

    def new_card(self) -> None:
        """A new card in the selected cell, or just after the selected card."""
        view = self.window_.view
        scene = view.journey_scene
        cell = scene.current_cell()
        if cell is None:
            self.window_.controller.problem.emit(self.tr("Select a cell or a card first"))
            return
        if scene.selected_touchpoint_ids():
            cell = Cell(cell.stage_id, cell.channel_id, cell.step + 1)
        view.create_in_cell(cell)

    def set_emotion(self, level: int | None) -> None:
        view = self.window_.view
        cards = view.journey_scene.selected_touchpoint_ids()
        if cards:
            view.set_emotion(cards, level)

    # --- persona filter -------------------------------------------------------------

    def fill_personas(self) -> None:
        """The map's personas in the combo (after every edit: names and colours change)."""
        doc = self.window_.controller.doc
        colors = persona_colors(doc.personas)
        wanted = [(p.id, p.name, colors[p.id]) for p in doc.personas]
        if wanted == self._personas and self.persona_combo.count():
            return
        self._personas = wanted
        combo = self.persona_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All personas"), None)
        for persona_id, name, color in wanted:
            combo.addItem(color_icon(color), name, persona_id)
        combo.blockSignals(False)
        combo.setEnabled(bool(wanted))
        self._show_filter(self.window_.view.journey_scene.options.persona)

    def _show_filter(self, persona_id: str | None) -> None:
        index = self.persona_combo.findData(persona_id) if persona_id is not None else 0
        self.persona_combo.setCurrentIndex(max(0, index))

    def _persona_chosen(self, index: int) -> None:
        self.window_.set_persona_filter(self.persona_combo.itemData(index))
        self.window_.view.setFocus()
