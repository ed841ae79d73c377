"""Workshop mode: the map on a projector. Full screen, docks hidden, larger
text, the canvas drawn in high contrast, stages revealed one at a time (each
scrolled into view and named in a banner) and a lane focus. It only changes how
the map is shown, never the document, and leaving gives the window back as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar

from .. import style

if TYPE_CHECKING:
    from .main_window import MainWindow

WORKSHOP_ZOOM = 1.35
FONT_SCALE = 1.4
BANNER_MARGIN = 16


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
        self._pending_scroll: tuple[int, int] | None = None
        self.banner: QLabel | None = None  # made on the first entry, over the canvas

    def _make_banner(self) -> QLabel:
        """The label that says which stage (and lane) is shown."""
        banner = QLabel(self.window.view)
        banner.setObjectName("workshopBanner")
        banner.setTextFormat(Qt.TextFormat.PlainText)  # names come from the file
        banner.setStyleSheet(
            "#workshopBanner { background: rgba(0, 0, 0, 225); color: #FFFFFF;"
            " border: 2px solid #FFFFFF; border-radius: 6px; padding: 6px 14px; }")
        banner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return banner

    @property
    def scene(self):
        return self.window.view.journey_scene

    # --- entering and leaving ----------------------------------------------------

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        view = w.view
        self._saved = {
            "state": w.saveState(),  # docks and toolbars, their places and tabs
            "maximized": w.isMaximized(),
            "palette": w.palette() if w.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
            else None,
            "font": w.font() if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None,
            "status": w.statusBar().isVisible(),
            "zoom": view.zoom(),
            "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            "size": view.size(),
            "colors": self.scene.colors,
        }
        for bar in (*w.findChildren(QDockWidget), *w.findChildren(QToolBar)):
            bar.hide()
        w.statusBar().hide()
        font = QFont(w.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        w.setFont(font)
        w.setPalette(high_contrast_palette())
        self.scene.set_colors(style.HIGH_CONTRAST)
        if self.banner is None:
            self.banner = self._make_banner()
        banner_font = QFont(font)
        banner_font.setPointSizeF(font.pointSizeF() * 1.2)
        banner_font.setBold(True)
        self.banner.setFont(banner_font)
        w.showFullScreen()
        view.set_zoom(WORKSHOP_ZOOM)
        view.show_top_left()
        self._pending_scroll = None
        view.installEventFilter(self)
        self.active = True
        self.reveal(1)
        self.banner.show()
        self.banner.raise_()
        w.workshop_action.setChecked(True)

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        view = w.view
        saved = self._saved
        self.active = False
        self.banner.hide()
        self.scene.set_presentation(None, None)
        self.scene.set_colors(saved["colors"])
        w.setFont(saved["font"] or QFont())  # an empty font: inherit again
        w.setPalette(saved["palette"] or QPalette())
        w.showMaximized() if saved["maximized"] else w.showNormal()  # Qt knows the size
        w.restoreState(saved["state"])
        w.statusBar().setVisible(saved["status"])
        view.set_zoom(saved["zoom"])
        self._pending_scroll = saved["scroll"]
        self._restore_scroll()  # and again once the window has its old size back
        w.workshop_action.setChecked(False)
        w._update_title()

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def _restore_scroll(self) -> None:
        """The scroll position of before; done again until the view has its old size
        (leaving full screen resizes the window a moment later)."""
        if self._pending_scroll is None or self.active:
            return
        view = self.window.view
        h, v = self._pending_scroll
        view.horizontalScrollBar().setValue(h)
        view.verticalScrollBar().setValue(v)
        if view.size() == self._saved["size"]:
            self._pending_scroll = None

    # --- reveal and lane focus ---------------------------------------------------------

    def reveal(self, count: int) -> None:
        """Show the first ``count`` stages and scroll the last of them into view."""
        stages = self.window.controller.doc.stages
        if not stages:
            self._show_place()
            return
        count = max(1, min(len(stages), count))
        self.scene.set_presentation(count, self.scene.focus_lane)
        box = self.scene.geometry.stage(stages[count - 1].id) if self.scene.geometry else None
        if box is not None:
            self._scroll_to(box.column.x, box.column.w, None, None)
        self._show_place()

    def next_stage(self) -> None:
        self.reveal((self.scene.revealed or 0) + 1)

    def previous_stage(self) -> None:
        self.reveal((self.scene.revealed or 2) - 1)

    def focus_next_lane(self, step: int = 1) -> None:
        """Focus the next lane (dimming the others) and scroll it into view."""
        g = self.scene.geometry
        lanes = [lane.channel_id for lane in g.lanes] if g else []
        if not lanes:
            return
        current = self.scene.focus_lane
        index = lanes.index(current) + step if current in lanes else (0 if step > 0 else -1)
        lane = g.lanes[index % len(lanes)]
        self.scene.set_presentation(self.scene.revealed, lane.channel_id)
        self._scroll_to(None, None, lane.row.y, lane.row.h)
        self._show_place()

    def clear_focus(self) -> None:
        self.scene.set_presentation(self.scene.revealed, None)
        self._show_place()

    def _scroll_to(self, x: float | None, width: float | None,
                   y: float | None, height: float | None) -> None:
        """Scroll the least that shows scene x … x + width (or y … y + height) clear of
        the pinned headers; the other direction stays as it is."""
        view = self.window.view
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        center = visible.center()
        view.ensure_visible(QRectF(center.x() if x is None else x,
                                   center.y() if y is None else y,
                                   width or 1.0, height or 1.0), 0)

    def _show_place(self) -> None:
        """Name the stage shown last (and the focused lane) in the banner and the title."""
        doc = self.window.controller.doc
        parts = []
        count = self.scene.revealed
        if doc.stages and count:
            parts.append(self.tr("Stage {0} of {1} — {2}").format(
                count, len(doc.stages), doc.stages[count - 1].name))
        g = self.scene.geometry
        lanes = [lane.channel_id for lane in g.lanes] if g else []
        if self.scene.focus_lane in lanes:
            channel = next(c for c in doc.channels if c.id == self.scene.focus_lane)
            parts.append(self.tr("Lane {0} of {1} — {2}").format(
                lanes.index(channel.id) + 1, len(lanes), channel.name))
        self.banner.setText("\n".join(parts) or self.tr("Workshop"))
        self.window.setWindowTitle(self.tr("Workshop: {0}").format(" · ".join(parts)) + " — "
                                   "JourneyDesigner")
        self._place_banner()

    def _place_banner(self) -> None:
        """Bottom right of the canvas, clear of the scroll bars."""
        if not self.active:
            return
        view = self.window.view
        self.banner.adjustSize()
        area = view.viewport().geometry()
        self.banner.move(area.right() - self.banner.width() - BANNER_MARGIN,
                         area.bottom() - self.banner.height() - BANNER_MARGIN)
        self.banner.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if self.active:  # once the view has laid out its viewport
                QTimer.singleShot(0, self._place_banner)
            elif self._pending_scroll is not None:  # back to the size it had before
                QTimer.singleShot(0, self._restore_scroll)  # once the view has resized
            return False
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
