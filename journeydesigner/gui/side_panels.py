"""The docks around the map, arranged for the screen: on a laptop (narrower than
:data:`WIDE_SCREEN` pixels) they start as one column of tabs, so the map keeps most
of the width (the library waits in the View menu); F9 hides them all and brings
back the same ones. Both are remembered: the arrangement by the window's saved
state, what F9 hid in the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from .preferences import settings

if TYPE_CHECKING:
    from .main_window import MainWindow

WIDE_SCREEN = 1400  # pixels of the screen's usable width
WIDE_DOCKS = (250, 340)  # library on the left, properties on the right
NARROW_DOCK = 290  # the one column of tabs on a laptop
HIDDEN_KEY = "window/hiddenPanels"  # object names of the docks F9 hid
FRONT_KEY = "window/frontPanels"  # those of them that were the tab in front


class SidePanels(QObject):
    """The window's docks: first arrangement and the Hide panels switch."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hide_action = QAction(self.tr("&Hide Panels"), window)
        self.hide_action.setObjectName("hidePanelsAction")
        self.hide_action.setCheckable(True)
        self.hide_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.hide_action.setStatusTip(self.tr("All the room to the map; again to bring the panels "
                                         "back"))
        self.hide_action.toggled.connect(self._toggled)
        window.addAction(self.hide_action)
        for dock in self.docks():
            dock.toggleViewAction().triggered.connect(self._dock_chosen)

    def docks(self) -> list[QDockWidget]:
        return self.window.findChildren(QDockWidget)

    def shown_docks(self) -> list[QDockWidget]:
        """The docks the View menu shows as on (a tab behind another counts)."""
        return [d for d in self.docks() if d.toggleViewAction().isChecked()]

    # --- the first start ------------------------------------------------------------

    def arrange_first_start(self) -> None:
        """No saved arrangement: the docks beside the map, as one column of tabs on a
        narrow screen."""
        w = self.window
        if screen_room(w).width() >= WIDE_SCREEN:
            w.resizeDocks([w.palette_dock, w.properties], list(WIDE_DOCKS),
                          Qt.Orientation.Horizontal)
            return
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, w.palette_dock)
        for dock in (w.personas, w.undo_dock, w.palette_dock):
            w.tabifyDockWidget(w.properties, dock)
        # four tabs in one narrow column would each show a letter or two; the library
        # waits in the View menu (it comes back as a tab there)
        w.palette_dock.hide()
        w.properties.raise_()
        w.resizeDocks([w.properties], [NARROW_DOCK], Qt.Orientation.Horizontal)

    # --- hiding them all ------------------------------------------------------------

    def restore(self) -> None:
        """After the window's state was restored: F9 checked when it hid the docks."""
        if _names(HIDDEN_KEY) and not self.shown_docks():
            self._check_silently(True)

    def _check_silently(self, checked: bool) -> None:
        """The switch shows ``checked`` without hiding or showing anything."""
        self.hide_action.blockSignals(True)
        self.hide_action.setChecked(checked)
        self.hide_action.blockSignals(False)

    def _toggled(self, hide: bool) -> None:
        if self.window.workshop.active:  # it keeps the docks away and gives them back itself
            self._check_silently(not hide)
            return
        if hide:
            shown = self.shown_docks()
            front = [d for d in shown if not d.visibleRegion().isEmpty()]  # not a tab behind
            settings().setValue(HIDDEN_KEY, [d.objectName() for d in shown])
            settings().setValue(FRONT_KEY, [d.objectName() for d in front])
            for dock in shown:
                dock.hide()
            self.window.view.setFocus()
            return
        names = _names(HIDDEN_KEY) or [d.objectName() for d in self.docks()
                                       if d is not self.window.analysis]  # none was shown
        front = _names(FRONT_KEY)
        settings().remove(HIDDEN_KEY)
        settings().remove(FRONT_KEY)
        for dock in self.docks():
            if dock.objectName() in names:
                dock.show()
        for dock in self.docks():
            if dock.objectName() in front:
                dock.raise_()  # the same tabs in front as before

    def _dock_chosen(self) -> None:
        """A dock shown from the View menu: the panels are no longer all hidden."""
        if self.hide_action.isChecked() and self.shown_docks():
            self._check_silently(False)
            settings().remove(HIDDEN_KEY)


def _names(key: str) -> list[str]:
    """Object names of docks kept under ``key`` (QSettings gives one as a string)."""
    names = settings().value(key, [])
    return [names] if isinstance(names, str) else list(names or [])


def screen_room(window: QWidget) -> QSize:
    """The usable size of the screen ``window`` is on (without panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(WIDE_SCREEN, 880)
