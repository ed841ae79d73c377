"""What people used to drawing tools expect, added to the main window in one place:
the toolbar, Find (Ctrl+F), zoom to selection, the overview in the map's corner
and docks that make room for the map on a laptop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from .canvas.navigation import zoom_to_selection
from .canvas.overview import Overview
from .find_bar import FindBar
from .preferences import settings
from .side_panels import SidePanels
from .toolbar import MainToolbar

if TYPE_CHECKING:
    from .main_window import MainWindow

OVERVIEW_KEY = "view/overview"


class DrawingTools(QObject):
    """Made by the window after its menus and docks, before it restores its state
    (which then remembers the toolbar and the docks)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = self._action
        self.find_action = a(self.tr("&Find…"), self.open_find, "Ctrl+F",
                             self.tr("Find cards, stages, channels and paths by text"))
        self.find_next_action = a(self.tr("Find Ne&xt"), lambda: self.find_step(1), "F3")
        self.find_previous_action = a(self.tr("Find Pre&vious"), lambda: self.find_step(-1),
                                      "Shift+F3")
        self.zoom_selection_action = a(self.tr("Zoom to &Selection"), self.zoom_to_selection,
                                       "Ctrl+Shift+0", self.tr("Zoom onto what is selected"))
        self.overview_action = a(self.tr("O&verview"), self._overview_toggled, None,
                                 self.tr("A small picture of the whole map in its corner"))
        self.overview_action.setCheckable(True)
        self.find_bar = FindBar(window.view, window.controller, window)
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.view), self.find_bar)
        self.overview = Overview(window.view)
        self.panels = SidePanels(window)
        self.toolbar = MainToolbar(window)
        self.toolbar.build(self.find_action, self.zoom_selection_action)
        window.addToolBar(self.toolbar)
        window.workshop_action.toggled.connect(self._workshop_toggled)
        window.persona_strip.filterChanged.connect(self.overview.map_changed)  # dims cards
        self._add_to_menus()

        wanted = settings().value(OVERVIEW_KEY, True, type=bool)
        self.overview_action.setChecked(wanted)
        self.overview.set_wanted(wanted)

    def _action(self, text: str, slot, keys: str | None, tip: str = "") -> QAction:
        """An action of the window, made as the window makes its own."""
        return self.window._action(text, slot, QKeySequence(keys) if keys else None, tip)

    def _add_to_menus(self) -> None:
        w = self.window
        edit = w.edit_menu
        bar = self.toolbar
        edit.addSeparator()
        edit.addActions([bar.new_card_action, bar.connect_action, bar.emotion_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        view = w.view_menu
        view.insertAction(w.zoom_reset_action, self.zoom_selection_action)
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))
        view.addSeparator()
        view.addActions([self.toolbar.toggleViewAction(), self.overview_action,
                         self.panels.hide_action])

    def restore(self) -> None:
        """After the window restored its saved state."""
        self.panels.restore()

    # --- the actions --------------------------------------------------------------------

    def open_find(self) -> None:
        if not self.window.workshop.active:  # nothing over the projected map
            self.find_bar.open()

    def find_step(self, direction: int) -> None:
        if not self.window.workshop.active:
            self.find_bar.step(direction)

    def zoom_to_selection(self) -> None:
        if not zoom_to_selection(self.window.view):
            self.window.controller.problem.emit(self.tr("Select something to zoom onto first"))

    def _overview_toggled(self, checked: bool) -> None:
        settings().setValue(OVERVIEW_KEY, checked)
        self.overview.set_wanted(checked)

    def _workshop_toggled(self, active: bool) -> None:
        self.overview.set_suppressed(active)
        if active:
            self.find_bar.hide()
