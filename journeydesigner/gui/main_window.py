"""The main window: one document, its canvas and docks. Its actions and menus,
file handling and edit commands are mixed in from modules of their own
(window_actions, file_operations, file_saving, edit_operations,
stage_channel_commands)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ..model import Document
from ..recovery import RecoveryStore
from ..templates import new_document
from .autosave import Autosaver, recovery_folder
from .canvas.items import ConnectionItem, CornerItem, HeaderItem, TouchpointItem
from .canvas.lane_items import NoteItem
from .canvas.persona_strip import PersonaStrip
from .canvas.scene import JourneyScene
from .canvas.view import JourneyView
from .controller import DocumentController
from .drawing_tools import DrawingTools
from .edit_operations import EditOperations
from .file_operations import FileOperations, preferred_template
from .file_saving import FileSaving
from .locks import DocumentLock
from .panels.analysis import AnalysisDock
from .panels.palette import PaletteDock
from .panels.personas import PersonasDock
from .panels.properties import PropertiesDock
from .preferences import settings
from .save_guard import DiskState
from .stage_channel_commands import StageChannelCommands
from .window_actions import WindowActions

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


def first_size() -> QSize:
    """The window's size at the first start: roomy, but never larger than the screen
    (a 1400 × 880 window on a 1280 × 720 projector hid its own status bar)."""
    screen = QGuiApplication.primaryScreen()
    wanted = QSize(1400, 880)
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - QSize(0, 40))  # title bar


class MainWindow(WindowActions, FileOperations, FileSaving, EditOperations,
                 StageChannelCommands, QMainWindow):
    preferences_changed = Signal()

    def __init__(self, doc: Document | None = None, path: str | Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.controller: DocumentController | None = None
        self.store = RecoveryStore(recovery_folder())
        self.autosaver: Autosaver | None = None
        self.lock: DocumentLock | None = None  # of the file shown; None: untitled or no lock
        self.read_only = False
        self.disk_state: DiskState | None = None  # the file as last opened or saved here
        self.undo_dock = QDockWidget(self.tr("History"), self)
        self.undo_dock.setObjectName("historyDock")
        self.undo_view = QUndoView()
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.undo_view.setAccessibleName(self.tr("Undo history"))
        self.undo_dock.setWidget(self.undo_view)
        self._create_actions()
        self._create_menus()
        self.set_document(doc or new_document(preferred_template()), path)
        self.autosaver = Autosaver(self.controller, self.store)
        self.autosaver.failed.connect(lambda reason: self.statusBar().showMessage(
            self.tr("Autosave failed: {0}").format(reason), 6000))
        self.palette_dock = PaletteDock(self.controller.doc.language, self)
        self.palette_dock.entryActivated.connect(self._add_from_palette)
        self.controller.changed.connect(self._follow_language)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self._dock_menu()
        self.drawing_tools = tools = DrawingTools(self)  # toolbar, Find, overview, F9 for docks
        self.find_action, self.find_next_action, self.find_previous_action = (
            tools.find_action, tools.find_next_action, tools.find_previous_action)
        self.view.context_actions = {
            "connect": tools.toolbar.connect_action, "rename": self.rename_action,
            "duplicate": self.duplicate_action, "cut": self.cut_action,
            "copy": self.copy_action, "delete": self.delete_action}
        s = settings()
        if not self.restoreGeometry(s.value("window/geometry", QByteArray())):
            self.resize(first_size())
        if not self.restoreState(s.value("window/state", QByteArray())):
            # first start: give the map most of the room, already in the first paint
            self.drawing_tools.panels.arrange_first_start()
        self.drawing_tools.restore()
        self.statusBar().showMessage(self.tr("Ready"), 2000)

    def set_document(self, doc: Document, path: str | Path | None, *, modified: bool = False,
                     lock: DocumentLock | None = None, read_only: bool = False) -> None:
        """Show ``doc`` in this window; the history starts afresh. ``modified``: the file
        does not hold ``doc`` (a recovered map, a copy); ``lock``: the lock of ``path``
        taken by the caller; ``read_only``: another program edits ``path``."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock, self.read_only = lock, read_only
        if self.controller is None:
            self._build(doc, path)
        else:
            self.set_persona_filter(None)
            self.controller.replace(doc, path)
        self.disk_state = DiskState.capture(path) if path else None
        if modified:
            self.controller.undo_stack.resetClean()
            if self.autosaver is not None:
                self.autosaver.flush()  # protected at once, not after the first interval
        if hasattr(self, "palette_dock"):
            self.palette_dock.set_language(doc.language)
        self._update_title()
        self._update_actions()
        self.view.show_top_left()
        self.view.setFocus()

    def _build(self, doc: Document, path: str | Path | None) -> None:
        """The window's one controller and everything that shows or edits it."""
        self.controller = DocumentController(doc, path, self)
        self.controller.undo_stack.cleanChanged.connect(self._update_title)
        self.controller.pathChanged.connect(self._update_title)
        self.controller.problem.connect(self._show_problem)
        self.controller.changed.connect(self._update_actions)
        self.controller.changed.connect(self._update_title)  # the map's title may change
        scene = JourneyScene(self.controller, self)
        scene.selectionChanged.connect(self._selection_changed)
        self.view = JourneyView(scene, self)
        self.view.filesDropped.connect(self._open_dropped)
        self.view.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.view.zoomChanged.connect(
            lambda z: self.statusBar().showMessage(
                self.tr("Zoom {0} %").format(round(z * 100)), 1500
            )
        )
        self.persona_strip = PersonaStrip(self.controller, self)
        self.persona_strip.filterChanged.connect(self.set_persona_filter)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.persona_strip)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        scene.new_link_polarity = self._new_link_polarity()
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.properties = PropertiesDock(self.controller, self)
        self.personas = PersonasDock(self.controller, self)
        self.personas.filterChanged.connect(self.set_persona_filter)
        self.addDockWidget(right, self.properties)
        self.tabifyDockWidget(self.properties, self.personas)
        self.addDockWidget(right, self.undo_dock)
        self.splitDockWidget(self.properties, self.undo_dock, Qt.Orientation.Vertical)
        self.properties.raise_()
        self.analysis = AnalysisDock(self.controller, self, deferred=True)  # made when shown
        self.analysis.highlightRequested.connect(self._highlight_finding)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.analysis)
        self.analysis.hide()
        self.undo_view.setStack(self.controller.undo_stack)
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertActions(first, [self.undo_action, self.redo_action])

    def set_persona_filter(self, persona_id: str | None) -> None:
        """Dim what the persona does not live, everywhere that shows the map."""
        scene = self.view.journey_scene
        if scene.options.persona != persona_id:
            scene.set_persona_filter(persona_id)
        self.persona_strip.set_filter(persona_id)
        self.personas.set_filter(persona_id)
        self.analysis.set_persona(persona_id)
        name = next((p.name for p in self.controller.doc.personas if p.id == persona_id), None)
        self.statusBar().showMessage(
            self.tr("Showing the journey of {0}").format(name)
            if name
            else self.tr("Showing all personas"),
            3000,
        )

    def panels(self) -> list[QWidget]:
        """The canvas and every visible dock, in the order F6 visits them."""
        docks = [d for d in (self.palette_dock, self.properties, self.personas, self.analysis,
                             self.undo_dock) if d.isVisible() and not d.visibleRegion().isEmpty()]
        return [self.view, *docks]

    def cycle_panels(self, step: int) -> None:
        panels = self.panels()
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panels)
                        if focus is not None and (focus is p or p.isAncestorOf(focus))), -1)
        target = panels[(current + step) % len(panels)]
        if target is self.view:
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            target.raise_()
            widget = target.widget()
            child = widget.nextInFocusChain() if widget is not None else None
            (child if child is not None and widget.isAncestorOf(child) else widget or
             target).setFocus(Qt.FocusReason.TabFocusReason)
        self.statusBar().showMessage(target.windowTitle() or self.tr("Map"), 1500)

    def _highlight_finding(self, touchpoint_ids: list, connection_ids: list) -> None:
        self.view.journey_scene.highlight(touchpoint_ids, connection_ids)
        first = next((self.view.journey_scene.cards[i] for i in touchpoint_ids
                      if i in self.view.journey_scene.cards), None)
        if first is not None:
            self.view.ensure_visible(first.sceneBoundingRect(), 60)

    def _new_link_polarity(self) -> str:
        checked = self.polarity_group.checkedAction()
        return checked.data() if checked else "positive"

    def _update_title(self) -> None:
        if self.workshop.active:
            return
        c = self.controller
        name = c.path.name if c.path else self.tr("Untitled")
        read_only = " " + self.tr("[read-only]") if self.read_only else ""
        self.setWindowTitle(f"{name}[*]{read_only} — {c.doc.title} — JourneyDesigner")
        self.setWindowModified(c.modified)

    def _show_problem(self, message: str) -> None:
        """Show ``message`` (interface text already) in the status bar, with a beep."""
        self.statusBar().showMessage(message, 6000)
        QApplication.beep()

    def _update_actions(self) -> None:
        scene = self.view.journey_scene if self.view else None
        has_cards = bool(scene and (scene.selected_touchpoint_ids() or scene.selected_note_ids()))
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(has_cards)

    def _selection_changed(self) -> None:
        scene = self.view.journey_scene
        items = scene.selectedItems()
        item = items[0] if len(items) == 1 else None
        if isinstance(item, TouchpointItem):
            self.properties.show_object("touchpoint", item.touchpoint_id)
        elif isinstance(item, ConnectionItem):
            self.properties.show_object("connection", item.connection_id)
        elif isinstance(item, HeaderItem):
            self.properties.show_object(item.kind, item.object_id)
        elif isinstance(item, NoteItem):
            self.properties.show_object("note", item.note_id)
        elif isinstance(item, CornerItem):
            self.properties.show_object("map", "map")
        else:
            self.properties.show_object(None, None)
        self._update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.autosaver.close()  # saved or discarded: no recovery file
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        event.accept()

    def _follow_language(self) -> None:
        """The library names follow the map's language when it is changed."""
        if self.palette_dock.language != self.controller.doc.language:
            self.palette_dock.set_language(self.controller.doc.language)
