"""No two actions share a key: Qt then runs neither ("QAction::event: Ambiguous
shortcut overload") — Ctrl+Shift+S was Save As and Add stage at once. Every
action of the window is walked (menus, docks, toolbars, context menus), and the
keys the canvas handles itself and the platform's standard keys are reserved."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QWidget

SK = QKeySequence.StandardKey
#: Standard command keys and the action that may use them (an attribute of the
#: window). A key whose action does not exist (yet) is reserved for it: Ctrl+F is Find.
STANDARD_OWNERS = {
    SK.New: "new_action", SK.Open: "open_action", SK.Save: "save_action",
    SK.SaveAs: "save_as_action", SK.Close: "close_action", SK.Quit: "quit_action",
    SK.Cut: "cut_action", SK.Copy: "copy_action", SK.Paste: "paste_action",
    SK.Undo: "undo_action", SK.Redo: "redo_action", SK.SelectAll: "select_all_action",
    SK.Find: "find_action", SK.FindNext: "find_next_action",
    SK.FindPrevious: "find_previous_action", SK.Replace: "replace_action",
    SK.Print: "print_action", SK.ZoomIn: "zoom_in_action", SK.ZoomOut: "zoom_out_action",
    SK.HelpContents: "shortcuts_action", SK.WhatsThis: "whats_this_action",
    SK.Refresh: "refresh_action", SK.NextChild: "next_panel_action",
    SK.PreviousChild: "previous_panel_action",
}
#: Keys the canvas reads itself (emotions, polarity, workshop, navigation, quick
#: add): an action with one of them would take it from the canvas.
CANVAS_KEYS = [
    *"012345", "P", "N", "D", "L", "Shift+L", "Ctrl+K", "Left", "Right", "Up", "Down",
    "Ctrl+Left", "Ctrl+Right", "Ctrl+Up", "Ctrl+Down", "Return", "Enter", "Esc", "Space",
    "PgUp", "PgDown",
]


def _context_menus(win) -> list[QMenu]:
    """The canvas's context menus for a card and for a path."""
    scene = win.view.journey_scene
    menus = []
    scene.select_touchpoints([win.controller.doc.touchpoints[0].id])
    menus.append(win.view.context_menu())
    scene.clearSelection()
    scene.connections[win.controller.doc.connections[0].id].setSelected(True)
    menus.append(win.view.context_menu())
    scene.clearSelection()
    return [m for m in menus if m is not None]


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


class Binding(NamedTuple):
    what: str
    key: QKeySequence
    context: Qt.ShortcutContext
    widget: QWidget | None  # the widget a widget shortcut belongs to
    source: object  # the action or QShortcut


def all_bindings(win) -> list[Binding]:
    """Every key of every action and QShortcut of the window."""
    actions: dict[int, QAction] = {}
    for action in [*win.findChildren(QAction), *win.actions()]:
        actions[id(action)] = action
    for menu in [*win.findChildren(QMenu), *_context_menus(win)]:
        for action in _menu_actions(menu):
            actions[id(action)] = action
    found = []
    for action in actions.values():
        owner = action.parent() if isinstance(action.parent(), QWidget) else None
        for key in action.shortcuts():
            found.append(Binding(action.text().replace("&", ""), key, action.shortcutContext(),
                                 owner, action))
    for shortcut in win.findChildren(QShortcut):
        for key in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
            found.append(Binding(f"QShortcut {shortcut.objectName()}", key, shortcut.context(),
                                 shortcut.parentWidget(), shortcut))
    return found


def _overlap(a: Binding, b: Binding) -> bool:
    """Both can be active at once: only widget shortcuts of unrelated widgets cannot."""
    local = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if a.context in local and b.context in local and a.widget and b.widget:
        return a.widget is b.widget or a.widget.isAncestorOf(b.widget) or \
            b.widget.isAncestorOf(a.widget)
    return True


def test_no_two_actions_share_a_key(window):
    bindings = all_bindings(window)
    assert len(bindings) > 30  # the walk found the menus' actions
    clashes = [
        (a.what, b.what, a.key.toString())
        for i, a in enumerate(bindings) for b in bindings[i + 1:]
        if a.key == b.key and a.source is not b.source and _overlap(a, b)
    ]
    assert not clashes


def test_standard_keys_belong_to_their_own_actions(window):
    owners = {}
    for standard, name in STANDARD_OWNERS.items():
        action = getattr(window, name, None)
        for key in QKeySequence.keyBindings(standard):
            owners.setdefault(key.toString(), (name, action))
    taken = [(b.what, b.key.toString(), owners[b.key.toString()][0])
             for b in all_bindings(window)
             if b.key.toString() in owners and owners[b.key.toString()][1] is not b.source]
    assert not taken
    assert "Ctrl+F" in owners  # Find's key, whoever adds Find


def test_no_action_takes_a_key_the_canvas_reads(window):
    reserved = {QKeySequence(k).toString() for k in CANVAS_KEYS}
    taken = [(b.what, b.key.toString()) for b in all_bindings(window)
             if b.key.toString() in reserved]
    assert not taken


def test_save_as_and_add_stage_each_answer_their_own_key(window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append("save as") or ("", ""))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: asked.append("add stage") or ("", False))
    window.view.setFocus()
    for combo in (QKeySequence(SK.SaveAs)[0], window.add_stage_action.shortcut()[0]):
        QTest.keyClick(window.view, combo.key(), combo.keyboardModifiers())
    assert asked == ["save as", "add stage"]


def test_help_lists_every_shortcut(window):
    rows = window.shortcut_rows()
    for b in all_bindings(window):
        key = b.key.toString(QKeySequence.SequenceFormat.NativeText)
        assert any(what == b.what and key in keys for what, keys in rows), \
            f"{b.what} ({key}) is not in Help → Keyboard shortcuts"
    assert dict(rows)["Add Stage"] == window.add_stage_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
