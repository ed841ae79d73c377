"""Workshop mode: the map on a projector. Full screen, docks hidden, larger
text, a high-contrast palette, stages revealed one at a time and a lane focus.
It only changes how the map is shown, never the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget

from .i18n import tr

if TYPE_CHECKING:
    from .main_window import MainWindow

WORKSHOP_ZOOM = 1.35
FONT_SCALE = 1.4


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#FFFFFF",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.Text: "#FFFFFF",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#FFFFFF",
        QPalette.ColorRole.Highlight: "#F0E442",
        QPalette.ColorRole.HighlightedText: "#000000",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette


class WorkshopMode(QObject):
    """Enter with :meth:`enter` (F11); Esc or F11 leaves. While active,
    Page Down / Page Up (or → / ← with nothing selected) reveal the next or
    previous stage, and L moves the lane focus (Shift+L clears it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: dict = {}

    # --- entering and leaving ----------------------------------------------------

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        docks = w.findChildren(QDockWidget)
        self._saved = {
            "docks": [d for d in docks if d.isVisible()],
            "zoom": w.view.zoom(),
            "maximized": w.isMaximized(),
            "palette": w.palette(),
            "font": QApplication.font(),
            "status": w.statusBar().isVisible(),
        }
        for dock in docks:
            dock.hide()
        w.statusBar().hide()
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        QApplication.setFont(font)
        w.setPalette(high_contrast_palette())
        w.showFullScreen()
        w.view.set_zoom(WORKSHOP_ZOOM)
        w.view.show_top_left()
        w.view.installEventFilter(self)
        self.active = True
        self.reveal(1)
        w.workshop_action.setChecked(True)

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        w.view.removeEventFilter(self)
        self.active = False
        w.view.journey_scene.set_presentation(None, None)
        QApplication.setFont(self._saved["font"])
        w.setPalette(self._saved["palette"])
        if self._saved["maximized"]:
            w.showMaximized()
        else:
            w.showNormal()
        for dock in self._saved["docks"]:
            dock.show()
        w.statusBar().setVisible(self._saved["status"])
        w.view.set_zoom(self._saved["zoom"])
        w.workshop_action.setChecked(False)

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    # --- reveal and lane focus ---------------------------------------------------------

    @property
    def scene(self):
        return self.window.view.journey_scene

    def reveal(self, count: int) -> None:
        total = len(self.window.controller.doc.stages)
        count = max(1, min(total, count))
        self.scene.set_presentation(count, self.scene.focus_lane)
        stage = self.window.controller.doc.stages[count - 1]
        self.window.setWindowTitle(
            tr("Workshop — stage {0} of {1}: {2}").format(count, total, stage.name))

    def next_stage(self) -> None:
        self.reveal((self.scene.revealed or 0) + 1)

    def previous_stage(self) -> None:
        self.reveal((self.scene.revealed or 2) - 1)

    def focus_next_lane(self, step: int = 1) -> None:
        g = self.scene.geometry
        lanes = [lane.channel_id for lane in g.lanes] if g else []
        if not lanes:
            return
        current = self.scene.focus_lane
        index = lanes.index(current) + step if current in lanes else (0 if step > 0 else -1)
        self.scene.set_presentation(self.scene.revealed, lanes[index % len(lanes)])

    def clear_focus(self) -> None:
        self.scene.set_presentation(self.scene.revealed, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active or event.type() != QEvent.Type.KeyPress:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        nothing_selected = not self.scene.selectedItems()
        if key == Qt.Key.Key_Escape and not self.window.view.editor.isVisible():
            self.leave()
            return True
        if key == Qt.Key.Key_PageDown or (key == Qt.Key.Key_Right and nothing_selected):
            self.next_stage()
            return True
        if key == Qt.Key.Key_PageUp or (key == Qt.Key.Key_Left and nothing_selected):
            self.previous_stage()
            return True
        if key == Qt.Key.Key_L and nothing_selected:
            if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.clear_focus()
            else:
                self.focus_next_lane()
            return True
        return False
