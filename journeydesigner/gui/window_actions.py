"""The main window's actions and menus, made in one place so the menus, the
context menus, the toolbar and the shortcut list all share the same QActions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ..model import LaneKind
from .preferences import Preferences, PreferencesDialog, apply_theme
from .windows import close_all
from .workshop import WorkshopMode


class WindowActions:
    """Mixed into :class:`~journeydesigner.gui.main_window.MainWindow`: every action
    of its menus, the menus themselves, Preferences, the shortcut list and About."""

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
        self.new_action = a(
            self.tr("&New…"), self.new_file, SK.New, self.tr("Start a map from a template")
        )
        self.open_action = a(self.tr("&Open…"), self.open_file, SK.Open)
        self.save_action = a(self.tr("&Save"), self.save, SK.Save)
        self.save_as_action = a(self.tr("Save &As…"), self.save_as, SK.SaveAs)
        self.export_action = a(self.tr("&Export…"), self.export_map, QKeySequence("Ctrl+E"),
                               self.tr("PDF for clients, PNG or SVG images, or JSON"))
        self.import_survey_action = a(
            self.tr("&Survey Responses…"), self.import_survey, QKeySequence("Ctrl+Shift+I"),
            self.tr("NPS, CSAT and CES per touchpoint from a CSV or XLSX file of answers"))
        self.export_json_action = a(self.tr("Export &JSON…"), self.export_json,
                                    QKeySequence("Ctrl+Shift+E"))
        self.close_action = a(self.tr("&Close"), self.close_document, SK.Close)
        self.quit_action = a(self.tr("&Quit"), close_all, SK.Quit, self.tr("Close every window"))
        self.cut_action = a(self.tr("Cu&t"), self.cut, SK.Cut)
        self.copy_action = a(self.tr("&Copy"), self.copy, SK.Copy)
        self.paste_action = a(self.tr("&Paste"), self.paste, SK.Paste)
        self.duplicate_action = a(self.tr("Dupl&icate"), self.duplicate, QKeySequence("Ctrl+D"))
        self.delete_action = a(self.tr("&Delete"), self.delete_selection,
                               [QKeySequence(QKeySequence.StandardKey.Delete),
                                QKeySequence(Qt.Key.Key_Backspace)])
        self.select_all_action = a(self.tr("Select &All"), self.select_all, SK.SelectAll)
        self.rename_action = a(self.tr("Re&name"), lambda: self.view.edit_selected(),
                               QKeySequence(Qt.Key.Key_F2))
        # Ctrl+Shift+S is Save As
        self.add_stage_action = a(
            self.tr("Add &Stage"), self.add_stage, QKeySequence("Ctrl+Shift+T")
        )
        self.add_channel_action = a(self.tr("Add &Channel"), self.add_channel,
                                    QKeySequence("Ctrl+Shift+L"))
        self.lane_actions = {
            kind: a(label, lambda _=False, k=kind: self.add_lane(k),
                    QKeySequence(key) if key else None)
            for kind, label, key in (
                (LaneKind.NOTES, self.tr("Lane of &Notes…"), "Ctrl+Shift+N"),
                (LaneKind.PAIN_POINTS, self.tr("&Pain Points (from the cards)"), None),
                (LaneKind.OPPORTUNITIES, self.tr("&Opportunities (from the cards)"), None),
                (LaneKind.FRONTSTAGE, self.tr("&Frontstage Actions…"), None),
                (LaneKind.BACKSTAGE, self.tr("&Backstage Actions…"), None),
                (LaneKind.SUPPORT, self.tr("&Support Processes…"), None))}
        self.blueprint_action = a(
            self.tr("Add Service &Blueprint"), self.add_service_blueprint,
            QKeySequence("Ctrl+Shift+B"),
            self.tr("Frontstage, backstage and support lanes under the emotion curve"))
        self.move_earlier_action = a(self.tr("Move Stage/Channel &Earlier"),
                                     lambda: self.move_header(-1), QKeySequence("Ctrl+Shift+Left"))
        self.move_later_action = a(self.tr("Move Stage/Channel &Later"),
                                   lambda: self.move_header(1), QKeySequence("Ctrl+Shift+Right"))
        self.toggle_kind_action = a(self.tr("Toggle Channel &Kind"), self.toggle_channel_kind,
                                    QKeySequence("Ctrl+Shift+K"))
        self.recolor_action = a(self.tr("C&olour…"), self.recolor_header)
        self.map_properties_action = a(self.tr("&Map Properties…"), self.show_map_properties,
                                       tip=self.tr("The map's title, description and language"))
        self.polarity_group = QActionGroup(self)
        self.polarity_actions = {}
        for value, label, key in (("positive", self.tr("New Paths Are &Positive"), "Ctrl+Alt+P"),
                                  ("negative", self.tr("New Paths Are &Negative"), "Ctrl+Alt+N"),
                                  ("neutral", self.tr("New Paths Are &Decisions"), "Ctrl+Alt+D")):
            action = a(label, lambda _=False, v=value: self._set_new_polarity(v),
                       QKeySequence(key))
            action.setCheckable(True)
            action.setData(value)
            self.polarity_group.addAction(action)
            self.polarity_actions[value] = action
        self.polarity_actions["positive"].setChecked(True)
        self.zoom_in_action = a(self.tr("Zoom &In"), lambda: self.view.zoom_in(),
                                [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = a(self.tr("Zoom &Out"), lambda: self.view.zoom_out(), SK.ZoomOut)
        self.zoom_fit_action = a(self.tr("&Fit to Window"), lambda: self.view.zoom_fit(),
                                 QKeySequence("Ctrl+0"))
        self.zoom_reset_action = a(self.tr("&Actual Size"), lambda: self.view.set_zoom(1.0),
                                   QKeySequence("Ctrl+1"))
        self.preferences_action = a(self.tr("Pre&ferences…"), self.show_preferences,
                                    QKeySequence(QKeySequence.StandardKey.Preferences)
                                    if not QKeySequence(QKeySequence.StandardKey.Preferences
                                                        ).isEmpty() else QKeySequence("Ctrl+,"))
        self.next_panel_action = a(self.tr("Next &Panel"), lambda: self.cycle_panels(1),
                                   [QKeySequence(Qt.Key.Key_F6), QKeySequence("Ctrl+Tab")])
        self.previous_panel_action = a(self.tr("Previous Pa&nel"), lambda: self.cycle_panels(-1),
                                       [QKeySequence("Shift+F6"), QKeySequence("Ctrl+Shift+Tab")])
        self.workshop = WorkshopMode(self)
        self.workshop_action = a(self.tr("&Workshop Mode"), self.workshop.toggle,
                                 QKeySequence(Qt.Key.Key_F11),
                                 self.tr("Full screen for a projector, one stage at a time"))
        self.workshop_action.setCheckable(True)
        self.shortcuts_action = a(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                  QKeySequence(SK.HelpContents))
        self.about_action = a(self.tr("&About JourneyDesigner"), self.show_about)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.addActions([self.new_action, self.open_action])
        self.recent_menu = m.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.save_action, self.save_as_action, self.export_action,
                      self.export_json_action])
        m.addMenu(self.tr("&Import")).addAction(self.import_survey_action)
        m.addSeparator()
        m.addAction(self.preferences_action)
        m.addSeparator()
        m.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action,
                                   self.duplicate_action, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.select_all_action, self.rename_action])
        m = bar.addMenu(self.tr("&Map"))
        m.addActions([self.add_stage_action, self.add_channel_action])
        lanes = m.addMenu(self.tr("Add &Lane"))
        lanes.addActions(list(self.lane_actions.values()))
        m.addAction(self.blueprint_action)
        m.addSeparator()
        m.addActions([self.move_earlier_action, self.move_later_action, self.recolor_action,
                      self.toggle_kind_action])
        m.addSeparator()
        m.addActions(list(self.polarity_actions.values()))
        m.addSeparator()
        m.addAction(self.map_properties_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action,
                                   self.zoom_fit_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.next_panel_action, self.previous_panel_action])
        self.view_menu.addAction(self.workshop_action)
        self.view_menu.addSeparator()
        m = bar.addMenu(self.tr("&Help"))
        m.addActions([self.shortcuts_action, self.about_action])

    def _dock_menu(self) -> None:
        self.analysis.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+A"))
        for dock in (self.palette_dock, self.properties, self.personas, self.analysis,
                     self.undo_dock):
            self.view_menu.addAction(dock.toggleViewAction())


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
            (self.tr("Move selected cards by step / lane"), self.tr("Arrow keys")),
            (self.tr("Set the emotion of selected cards (very negative … very positive)"), "1 … 5"),
            (self.tr("Clear the emotion of selected cards"), "0"),
            (self.tr("Make selected paths positive / negative / decisions"), "P / N / D"),
            (self.tr("Draw a path"), self.tr("drag a card's + handle onto another card")),
            (
                self.tr("Go to the nearest card (or the next empty cell)"),
                self.tr("Ctrl+Arrow keys"),
            ),
            (self.tr("Move the cell cursor (nothing selected)"), self.tr("Arrow keys")),
            (self.tr("Drop the selection, keep the cell cursor"), "Esc"),
            (self.tr("Start a path on a card, end it on another"), "Ctrl+K"),
            (
                self.tr("Quick add: type on a selected card or cell"),
                self.tr("Enter adds, Esc ends"),
            ),
            (self.tr("Write a note: type in a lane's cell (or on a selected note)"),
             self.tr("Enter adds, Esc ends")),
            (self.tr("Move selected notes by step / lane of their group"), self.tr("Arrow keys")),
            (self.tr("Link a note to a card: on the note, then on the card"), "Ctrl+K"),
            (self.tr("Pan"), self.tr("Space+drag or middle button")),
            (self.tr("Workshop: next / previous stage"), self.tr("Page Down / Page Up, or → / ←")),
            (self.tr("Workshop: focus the next lane / clear the focus"), "L / Shift+L"),
            (self.tr("Workshop: leave"), "Esc"),
            (self.tr("Zoom"), self.tr("Ctrl+wheel")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        from ..about import about_text
        from .i18n import chosen_language

        QMessageBox.about(self, self.tr("About JourneyDesigner"), about_text(chosen_language()))
