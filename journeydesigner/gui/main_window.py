"""The main window: one document, its canvas, docks, menus and file handling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from .. import clipboard, edits
from ..fileio import LoadError, SaveError, load
from ..fileio import save as save_document
from ..model import ChannelKind, Document
from ..recovery import RecoveryStore
from ..templates import default_template, list_templates, new_document
from . import plain_text, undo_text
from .autosave import Autosaver, recovery_folder
from .busy import busy_cursor
from .canvas.items import ConnectionItem, CornerItem, HeaderItem, TouchpointItem
from .canvas.persona_strip import PersonaStrip
from .canvas.scene import JourneyScene
from .canvas.view import JourneyView
from .controller import DocumentController
from .core_messages import problem_lines, translate_core, translate_problem
from .drawing_tools import DrawingTools
from .file_dialogs import start_folder, suggested_path
from .i18n import tr
from .locks import DocumentLock, LockDialog, LockState
from .panels.analysis import AnalysisDock
from .panels.palette import PaletteDock
from .panels.personas import PersonasDock
from .panels.properties import PropertiesDock
from .preferences import Preferences, PreferencesDialog, apply_theme
from .save_guard import DiskState, what_changed
from .windows import close_all
from .workshop import WorkshopMode

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


def file_filter() -> str:
    return tr("Journey maps (*.journey);;JSON (*.json);;All files (*)")


MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings("JourneyDesigner", "JourneyDesigner")


def preferred_template() -> str:
    """The template of new maps: the preference, else the interface language's."""
    from .i18n import chosen_language

    chosen = Preferences.load().template  # only a chosen one is looked for (loads them all)
    if chosen and chosen in {info.name for info in list_templates()}:
        return chosen
    return default_template(chosen_language())


def first_size() -> QSize:
    """The window's size at the first start: roomy, but never larger than the screen
    (a 1400 × 880 window on a 1280 × 720 projector hid its own status bar)."""
    screen = QGuiApplication.primaryScreen()
    wanted = QSize(1400, 880)
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - QSize(0, 40))  # title bar


class MainWindow(QMainWindow):
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
        self.undo_dock = QDockWidget(tr("History"), self)
        self.undo_dock.setObjectName("historyDock")
        self.undo_view = QUndoView()
        self.undo_view.setEmptyLabel(tr("<opened>"))
        self.undo_view.setAccessibleName(tr("Undo history"))
        self.undo_dock.setWidget(self.undo_view)
        self._create_actions()
        self._create_menus()
        self.set_document(doc or new_document(preferred_template()), path)
        self.autosaver = Autosaver(self.controller, self.store)
        self.autosaver.failed.connect(lambda reason: self.statusBar().showMessage(
            tr("Autosave failed: {0}").format(reason), 6000))
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
        self.statusBar().showMessage(tr("Ready"), 2000)

    # --- document --------------------------------------------------------------

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
            lambda z: self.statusBar().showMessage(tr("Zoom {0} %").format(round(z * 100)), 1500)
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
        self.undo_action = self.controller.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(self, tr("&Redo"))
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
            tr("Showing the journey of {0}").format(name) if name else tr("Showing all personas"),
            3000)

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
        self.statusBar().showMessage(target.windowTitle() or tr("Map"), 1500)

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
        name = c.path.name if c.path else tr("Untitled")
        read_only = " " + tr("[read-only]") if self.read_only else ""
        self.setWindowTitle(f"{name}[*]{read_only} — {c.doc.title} — JourneyDesigner")
        self.setWindowModified(c.modified)

    def _show_problem(self, message: str) -> None:
        self.statusBar().showMessage(translate_core(message), 6000)
        QApplication.beep()

    # --- actions -----------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        SK = QKeySequence.StandardKey
        a = self._action
        self.new_action = a(tr("&New…"), self.new_file, SK.New, tr("Start a map from a template"))
        self.open_action = a(tr("&Open…"), self.open_file, SK.Open)
        self.save_action = a(tr("&Save"), self.save, SK.Save)
        self.save_as_action = a(tr("Save &As…"), self.save_as, SK.SaveAs)
        self.export_action = a(tr("&Export…"), self.export_map, QKeySequence("Ctrl+E"),
                               tr("PDF for clients, PNG or SVG images, or JSON"))
        self.export_json_action = a(tr("Export &JSON…"), self.export_json,
                                    QKeySequence("Ctrl+Shift+E"))
        self.close_action = a(tr("&Close"), self.close_document, SK.Close)
        self.quit_action = a(tr("&Quit"), close_all, SK.Quit, tr("Close every window"))
        self.cut_action = a(tr("Cu&t"), self.cut, SK.Cut)
        self.copy_action = a(tr("&Copy"), self.copy, SK.Copy)
        self.paste_action = a(tr("&Paste"), self.paste, SK.Paste)
        self.duplicate_action = a(tr("Dupl&icate"), self.duplicate, QKeySequence("Ctrl+D"))
        self.delete_action = a(tr("&Delete"), self.delete_selection,
                               [QKeySequence(QKeySequence.StandardKey.Delete),
                                QKeySequence(Qt.Key.Key_Backspace)])
        self.select_all_action = a(tr("Select &All"), self.select_all, SK.SelectAll)
        self.rename_action = a(tr("Re&name"), lambda: self.view.edit_selected(),
                               QKeySequence(Qt.Key.Key_F2))
        # Ctrl+Shift+S is Save As
        self.add_stage_action = a(tr("Add &Stage"), self.add_stage, QKeySequence("Ctrl+Shift+T"))
        self.add_channel_action = a(tr("Add &Channel"), self.add_channel,
                                    QKeySequence("Ctrl+Shift+L"))
        self.move_earlier_action = a(tr("Move Stage/Channel &Earlier"),
                                     lambda: self.move_header(-1), QKeySequence("Ctrl+Shift+Left"))
        self.move_later_action = a(tr("Move Stage/Channel &Later"),
                                   lambda: self.move_header(1), QKeySequence("Ctrl+Shift+Right"))
        self.toggle_kind_action = a(tr("Toggle Channel &Kind"), self.toggle_channel_kind,
                                    QKeySequence("Ctrl+Shift+K"))
        self.recolor_action = a(tr("C&olour…"), self.recolor_header)
        self.map_properties_action = a(tr("&Map Properties…"), self.show_map_properties,
                                       tip=tr("The map's title, description and language"))
        self.polarity_group = QActionGroup(self)
        self.polarity_actions = {}
        for value, label, key in (("positive", tr("New Paths Are &Positive"), "Ctrl+Alt+P"),
                                  ("negative", tr("New Paths Are &Negative"), "Ctrl+Alt+N"),
                                  ("neutral", tr("New Paths Are &Decisions"), "Ctrl+Alt+D")):
            action = a(label, lambda _=False, v=value: self._set_new_polarity(v),
                       QKeySequence(key))
            action.setCheckable(True)
            action.setData(value)
            self.polarity_group.addAction(action)
            self.polarity_actions[value] = action
        self.polarity_actions["positive"].setChecked(True)
        self.zoom_in_action = a(tr("Zoom &In"), lambda: self.view.zoom_in(),
                                [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = a(tr("Zoom &Out"), lambda: self.view.zoom_out(), SK.ZoomOut)
        self.zoom_fit_action = a(tr("&Fit to Window"), lambda: self.view.zoom_fit(),
                                 QKeySequence("Ctrl+0"))
        self.zoom_reset_action = a(tr("&Actual Size"), lambda: self.view.set_zoom(1.0),
                                   QKeySequence("Ctrl+1"))
        self.preferences_action = a(tr("Pre&ferences…"), self.show_preferences,
                                    QKeySequence(QKeySequence.StandardKey.Preferences)
                                    if not QKeySequence(QKeySequence.StandardKey.Preferences
                                                        ).isEmpty() else QKeySequence("Ctrl+,"))
        self.next_panel_action = a(tr("Next &Panel"), lambda: self.cycle_panels(1),
                                   [QKeySequence(Qt.Key.Key_F6), QKeySequence("Ctrl+Tab")])
        self.previous_panel_action = a(tr("Previous Pa&nel"), lambda: self.cycle_panels(-1),
                                       [QKeySequence("Shift+F6"), QKeySequence("Ctrl+Shift+Tab")])
        self.workshop = WorkshopMode(self)
        self.workshop_action = a(tr("&Workshop Mode"), self.workshop.toggle,
                                 QKeySequence(Qt.Key.Key_F11),
                                 tr("Full screen for a projector, one stage at a time"))
        self.workshop_action.setCheckable(True)
        self.shortcuts_action = a(tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                  QKeySequence(SK.HelpContents))
        self.about_action = a(tr("&About JourneyDesigner"), self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(tr("&File"))
        m.addActions([self.new_action, self.open_action])
        self.recent_menu = m.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.save_action, self.save_as_action, self.export_action,
                      self.export_json_action])
        m.addSeparator()
        m.addAction(self.preferences_action)
        m.addSeparator()
        m.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu(tr("&Edit"))
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action,
                                   self.duplicate_action, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.select_all_action, self.rename_action])
        m = bar.addMenu(tr("&Map"))
        m.addActions([self.add_stage_action, self.add_channel_action])
        m.addSeparator()
        m.addActions([self.move_earlier_action, self.move_later_action, self.recolor_action,
                      self.toggle_kind_action])
        m.addSeparator()
        m.addActions(list(self.polarity_actions.values()))
        m.addSeparator()
        m.addAction(self.map_properties_action)
        self.view_menu = bar.addMenu(tr("&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action,
                                   self.zoom_fit_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.next_panel_action, self.previous_panel_action])
        self.view_menu.addAction(self.workshop_action)
        self.view_menu.addSeparator()
        m = bar.addMenu(tr("&Help"))
        m.addActions([self.shortcuts_action, self.about_action])

    def _dock_menu(self) -> None:
        self.analysis.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+A"))
        for dock in (self.palette_dock, self.properties, self.personas, self.analysis,
                     self.undo_dock):
            self.view_menu.addAction(dock.toggleViewAction())

    def _update_actions(self) -> None:
        has_cards = bool(self.view and self.view.journey_scene.selected_touchpoint_ids())
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
        elif isinstance(item, CornerItem):
            self.properties.show_object("map", "map")
        else:
            self.properties.show_object(None, None)
        self._update_actions()

    # --- files ---------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to go on."""
        if not self.controller.modified:
            return True
        answer = plain_text.ask(
            self,
            tr("Unsaved changes"),
            tr("“{0}” has unsaved changes. Save them first?").format(self.controller.doc.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if not self.confirm_discard():
            return
        from .dialogs.new_map_dialog import NewMapDialog

        dialog = NewMapDialog(preferred_template(), self)
        if dialog.exec() and dialog.template():
            self.set_document(new_document(dialog.template()), None)
            self.view.show_readable()

    def open_file(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Open journey map"),
                                              start_folder(self.controller.path), file_filter())
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open a file in this window; load errors are shown, never raised."""
        if ask and not self.confirm_discard():
            return False
        try:
            with busy_cursor():
                doc = load(path)
        except LoadError as exc:
            self.show_load_error(exc)
            self._forget_recent(str(path))
            return False
        if not self._open_locked(doc, path):
            return False
        self._remember_recent(str(Path(path).resolve()))
        return True

    def _open_locked(self, doc: Document, path: str | Path, *, modified: bool = False) -> bool:
        """Show ``doc`` of the file ``path`` after taking its lock, or asking the user
        what to do when another JourneyDesigner holds it. False when cancelled."""
        if self.lock is not None and self.lock.covers(path):
            lock, status = self.lock, None  # this window's own file again
        else:
            lock = DocumentLock(path)
            status = lock.acquire()
        read_only, note = False, ""
        if status is not None and status.state is LockState.HELD:
            dialog = LockDialog(status.holder, self, Path(path).name)
            dialog.exec()
            choice = dialog.choice()
            if choice == "cancel":
                return False
            if choice == "copy":  # untitled, so saving asks for a new name
                self.set_document(doc, None, modified=True)
                return True
            if choice == "read_only":
                lock, read_only = None, True
            elif not lock.take_over(force=not status.holder.same_host):
                plain_text.warn(self, tr("Map in use"),
                                tr("The lock of {0} could not be taken over.").format(
                                    Path(path).name))
                return False
        elif status is not None and status.state is LockState.UNAVAILABLE:
            lock, note = None, tr("Opened without a lock file: {0}").format(status.error)
        elif status is not None and status.took_over_stale:
            note = tr("Removed the lock left by a JourneyDesigner that did not close normally")
        with busy_cursor():  # a large map takes a moment to lay out
            self.set_document(doc, path, modified=modified, lock=lock, read_only=read_only)
        if note:
            self.statusBar().showMessage(note, 8000)
        return True

    def open_recovered(self, doc: Document, original_path: str | None) -> None:
        """The ``open_document`` callback of ``offer_recovery``: always shows ``doc``,
        modified (it never raises for a cancelled lock dialog: then it is a copy)."""
        if original_path is None or not self._open_locked(doc, original_path, modified=True):
            self.set_document(doc, None, modified=True)

    def show_load_error(self, exc: LoadError) -> None:
        problems = problem_lines(exc.problems)  # the core's English, translated
        box = plain_text.message_box(
            QMessageBox.Icon.Warning, tr("Cannot open file"),
            tr("{0} cannot be opened:").format(Path(exc.path).name),
            "\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""), parent=self,
            detailed="\n".join(f"{exc.path}: {line}" for line in problems))
        # wide enough for a problem per line ("touchpoints[12].emotion: …")
        grid = box.layout()
        grid.addItem(QSpacerItem(520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed),
                     grid.rowCount(), 0, 1, grid.columnCount())
        box.exec()

    def save(self) -> bool:
        c = self.controller
        if self.read_only or c.path is None or c.path.suffix.lower() != ".journey":
            return self.save_as()
        return self.save_to(self.controller.path)

    def save_as(self) -> bool:
        c = self.controller
        suggested = suggested_path(c.path, c.doc.title, ".journey")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save journey map"), suggested,
                                              file_filter())
        if not path:
            return False
        if not Path(path).suffix:
            path += ".journey"
        return self.save_to(path)

    def _confirm_overwrite(self, path: Path) -> str:
        """The file changed on disk since it was opened or saved here:
        ``"overwrite"``, ``"save_as"`` or ``"cancel"``."""
        box = plain_text.message_box(
            QMessageBox.Icon.Warning, tr("File changed on disk"),
            tr("“{0}” was changed by another program since it was opened or "
               "last saved here. Overwrite those changes?").format(path.name),
            buttons=QMessageBox.StandardButton.NoButton, parent=self)
        overwrite = box.addButton(tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as \
            else "cancel"

    def save_to(self, path: str | Path) -> bool:
        target = Path(path)
        c = self.controller
        same_file = c.path is not None and target.resolve() == c.path.resolve()
        if same_file and what_changed(self.disk_state) in ("modified", "created"):
            answer = self._confirm_overwrite(target)  # another program changed the file
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        new_lock: DocumentLock | None = None
        moving = self.lock is None or not self.lock.covers(target)
        if moving:
            new_lock = DocumentLock(target)
            status = new_lock.acquire()
            if status.state is LockState.HELD:
                plain_text.warn(self, tr("Map in use"), tr(
                    "{0} is open in JourneyDesigner (process {1} on {2}). Save under "
                    "another name.").format(target.name, status.holder.pid,
                                            status.holder.hostname))
                return False
            if not status.ok:
                new_lock = None  # no lock possible there (read-only folder…): save anyway
        try:
            self.controller.save(path)
        except SaveError as exc:
            if new_lock is not None:
                new_lock.release()
            self.autosaver.flush()  # the latest state is at least in the recovery store
            answer = plain_text.ask(
                self,
                tr("Save failed"),
                tr("The map was not saved: {0}\nThe file on disk is unchanged. "
                   "Save it somewhere else?").format(translate_problem(exc.reason)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save, icon=QMessageBox.Icon.Critical,
            )
            if answer == QMessageBox.StandardButton.Save:
                return self.save_as()
            return False
        if moving:
            if self.lock is not None:
                self.lock.release()  # this window no longer edits the old file
            self.lock = new_lock
        if self.lock is not None:
            self.lock.follow_file()  # the saved file is a new inode
        self.read_only = False
        self.disk_state = DiskState.capture(target)
        self._update_title()
        self._remember_recent(str(Path(path).resolve()))
        self.statusBar().showMessage(tr("Saved {0}").format(path), 3000)
        return True

    def export_json(self) -> None:
        c = self.controller
        suggested = suggested_path(c.path, c.doc.title, ".json")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export JSON"), suggested,
                                              tr("JSON files (*.json)"))
        if path:
            try:
                save_document(c.doc, path, keep_backup=False)  # refuses what would not open
            except SaveError as exc:
                plain_text.warn(self, tr("Export failed"), str(exc),
                                icon=QMessageBox.Icon.Critical)
                return
            self.statusBar().showMessage(tr("Exported {0}").format(path), 3000)

    def export_map(self) -> None:
        """The export dialog: PDF, PNG, SVG or JSON, written in the background."""
        from .dialogs.export_dialog import ExportDialog

        c = self.controller
        stem = c.path.with_suffix("") if c.path else Path(c.doc.title)
        dialog = ExportDialog(c.doc, f"{stem}.pdf", self)
        dialog.exported.connect(self._exported)
        size = dialog.page_size_combo.findData(Preferences.load().page_size)
        dialog.page_size_combo.setCurrentIndex(max(0, size))
        persona = self.view.journey_scene.options.persona
        if persona is not None:
            index = dialog.persona_combo.findData(persona)
            dialog.persona_combo.setCurrentIndex(max(0, index))
        dialog.exec()
        dialog.deleteLater()  # each export makes a new dialog (and its preview scene)

    def _exported(self, path: str, warnings: list) -> None:
        message = tr("Exported {0}").format(path)
        if warnings:
            message += " — " + "; ".join(warnings)
        self.statusBar().showMessage(message, 8000)

    def close_document(self) -> None:
        if self.confirm_discard():
            self.set_document(new_document(preferred_template()), None)

    @staticmethod
    def recent_files() -> list[str]:
        value = settings().value("recentFiles", [])
        # QSettings gives back a one-element list as a plain string
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        settings().setValue("recentFiles", [path, *recent][:MAX_RECENT])

    def _forget_recent(self, path: str) -> None:
        resolved = str(Path(path).resolve())
        settings().setValue("recentFiles", [p for p in self.recent_files() if p != resolved])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(plain_text.tooltip(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def _open_dropped(self, paths: list[str]) -> None:
        if paths:
            self.open_path(paths[0])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self._open_dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

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

    # --- editing ------------------------------------------------------------------

    def delete_selection(self) -> None:
        scene = self.view.journey_scene
        items = scene.selectedItems()
        ids = scene.selected_touchpoint_ids()
        conns = [i.connection_id for i in items if hasattr(i, "connection_id")]
        headers = [i for i in items if isinstance(i, HeaderItem)]
        if ids or conns:
            text = undo_text.delete_text(self.controller.doc, ids, conns)
            self.controller.perform(
                edits.delete_touchpoints(self.controller.doc, ids, text, conns))
        elif headers:
            self.delete_header(headers[0])

    def delete_header(self, item: HeaderItem) -> None:
        from .dialogs.delete_header import confirm_delete

        collection = "stages" if item.kind == "stage" else "channels"
        text = undo_text.header_text("delete", item.kind, item.obj.name)
        try:
            edit = edits.delete_stage_or_channel(self.controller.doc, collection,
                                                 item.object_id, text)
        except edits.EditError as exc:
            self._show_problem(str(exc))
            return
        if confirm_delete(item.kind, item.obj.name, edit, self):
            self.controller.perform(edit)

    def select_all(self) -> None:
        for item in self.view.journey_scene.cards.values():
            item.setSelected(True)

    def _clip_payload(self) -> dict | None:
        ids = self.view.journey_scene.selected_touchpoint_ids()
        return clipboard.copy_payload(self.controller.doc, ids) if ids else None

    def copy(self) -> None:
        payload = self._clip_payload()
        if payload is None:
            return
        data = json.dumps(payload, ensure_ascii=False, indent=2)
        mime = QMimeData()
        mime.setData(clipboard.MIME_TYPE, data.encode("utf-8"))
        mime.setText(data)
        QGuiApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        self.copy()
        ids = self.view.journey_scene.selected_touchpoint_ids()
        if ids:
            doc = self.controller.doc
            self.controller.perform(edits.delete_touchpoints(
                doc, ids, undo_text.clipboard_text("cut", undo_text.touchpoint_names(doc, ids))))

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        raw = (bytes(mime.data(clipboard.MIME_TYPE).data()).decode("utf-8")
               if mime.hasFormat(clipboard.MIME_TYPE) else mime.text())
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = None
        self._insert_payload(payload, "paste")

    def duplicate(self) -> None:
        payload = self._clip_payload()
        if payload is not None:
            self._insert_payload(payload, "duplicate", place_after=True)

    def _insert_payload(self, payload, verb: str, place_after: bool = False) -> None:
        """Paste (``verb`` "paste") or duplicate (``"duplicate"``) the copied objects."""
        scene = self.view.journey_scene
        doc = self.controller.doc
        cell = scene.current_cell()
        if place_after and cell is not None:
            cell = type(cell)(cell.stage_id, cell.channel_id, cell.step + 1)
        try:
            tps, conns = clipboard.paste_objects(doc, payload, cell)
        except ValueError as exc:
            self._show_problem(str(exc))
            return
        text = undo_text.clipboard_text(verb, [t.title for t in tps])
        if self.controller.perform(edits.add_objects(doc, tps, conns, text)):
            scene.select_touchpoints([t.id for t in tps])

    def _add_from_palette(self, entry_id: str) -> None:
        if not self.view.add_library_entry(entry_id):
            self._show_problem(tr("Select a cell or a card first"))
        else:
            self.view.setFocus()

    def _set_new_polarity(self, polarity: str) -> None:
        self.view.journey_scene.new_link_polarity = polarity
        self.statusBar().showMessage(
            tr("Drag from a card's + handle onto another card to draw a path"), 4000)

    # --- stages and channels ----------------------------------------------------

    def _follow_language(self) -> None:
        """The library names follow the map's language when it is changed."""
        if self.palette_dock.language != self.controller.doc.language:
            self.palette_dock.set_language(self.controller.doc.language)

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
        name, ok = QInputDialog.getText(self, tr("Add stage"), tr("Name of the new stage:"))
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
        name, ok = QInputDialog.getText(self, tr("Add channel"), tr("Name of the new channel:"))
        if ok and name.strip():
            channel = edits.new_channel(doc, name.strip()[:120], kind)
            self.controller.try_perform(edits.insert_object, "channels", channel, index,
                                        undo_text.header_text("add", "channel", channel.name))

    def move_header(self, delta: int) -> None:
        header = self._selected_header()
        if header is None:
            self._show_problem(tr("Select a stage or channel header first"))
            return
        doc = self.controller.doc
        collection = "stages" if header.kind == "stage" else "channels"
        # lanes show digital first: a channel moves within its own group
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
        scene = self.view.journey_scene
        items = scene.stage_headers if kind == "stage" else scene.lane_headers
        if obj_id in items:
            scene.clearSelection()
            items[obj_id].setSelected(True)

    def toggle_channel_kind(self) -> None:
        header = self._selected_header()
        if header is None or header.kind != "channel":
            self._show_problem(tr("Select a channel header first"))
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
            self._show_problem(tr("Select a stage or channel header first"))
            return
        from PySide6.QtGui import QColor

        color = QColorDialog.getColor(QColor(header.obj.color or "#7F7F7F"), self)
        if color.isValid():
            collection = "stages" if header.kind == "stage" else "channels"
            self.controller.try_perform(edits.update_object, collection, header.object_id,
                                        {"color": color.name().upper()},
                                        undo_text.header_text("colour", header.kind,
                                                              header.obj.name))

    # --- help --------------------------------------------------------------------------

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(Preferences.load(), self)
        if dialog.exec():
            self.apply_preferences(dialog.preferences())

    def apply_preferences(self, prefs: Preferences) -> None:
        """Store preferences and apply what can change at once (the language
        applies after a restart)."""
        prefs.save()
        apply_theme(prefs.theme)
        self.autosaver.set_interval(prefs.autosave_seconds)
        self.preferences_changed.emit()

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the window and of its menus (dock toggles included), once."""
        found: dict[int, QAction] = {}
        menus = [a.menu() for a in self.menuBar().actions() if a.menu() is not None]
        while menus:
            menu = menus.pop(0)
            for action in menu.actions():
                found.setdefault(id(action), action)
                if action.menu() is not None:
                    menus.append(action.menu())
        for action in self.actions():
            found.setdefault(id(action), action)
        return list(found.values())

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, read from the actions themselves."""
        rows = []
        for action in self.shortcut_actions():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in action.shortcuts())
            if keys:
                rows.append((action.text().replace("&", ""), keys))
        rows += [
            (tr("Move selected cards by step / lane"), tr("Arrow keys")),
            (tr("Set the emotion of selected cards (very negative … very positive)"), "1 … 5"),
            (tr("Clear the emotion of selected cards"), "0"),
            (tr("Make selected paths positive / negative / decisions"), "P / N / D"),
            (tr("Draw a path"), tr("drag a card's + handle onto another card")),
            (tr("Go to the nearest card (or the next empty cell)"), tr("Ctrl+Arrow keys")),
            (tr("Move the cell cursor (nothing selected)"), tr("Arrow keys")),
            (tr("Drop the selection, keep the cell cursor"), "Esc"),
            (tr("Start a path on a card, end it on another"), "Ctrl+K"),
            (tr("Quick add: type on a selected card or cell"), tr("Enter adds, Esc ends")),
            (tr("Pan"), tr("Space+drag or middle button")),
            (tr("Workshop: next / previous stage"), tr("Page Down / Page Up, or → / ←")),
            (tr("Workshop: focus the next lane / clear the focus"), "L / Shift+L"),
            (tr("Workshop: leave"), "Esc"),
            (tr("Zoom"), tr("Ctrl+wheel")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        from ..about import about_text
        from .i18n import chosen_language

        QMessageBox.about(self, tr("About JourneyDesigner"), about_text(chosen_language()))
