"""What users of drawing tools expect: a toolbar of the window's own actions, Find
(Ctrl+F), zoom to selection, an overview in the map's corner, and docks that make
room for the map on a laptop (F9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from journeydesigner.gui.canvas.navigation import selection_rect
from journeydesigner.model import Touchpoint

from .canvas_helpers import snapshot

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def tools(win):
    return win.drawing_tools


@pytest.fixture
def press(window, qtbot):
    """``press(key, mods)``: a key to whatever has the focus, as the keyboard sends it
    (the window active first: shortcuts only reach the active window)."""

    def send(key, mods=Qt.KeyboardModifier.NoModifier) -> None:
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        QTest.keyClick(QApplication.focusWidget() or window, key, mods)

    return send


def find_and_go(window, press, text: str):
    """Ctrl+F's bar with ``text`` typed and Enter pressed: the first match selected."""
    bar = tools(window).find_bar
    tools(window).open_find()
    QTest.keyClicks(bar.field, text)
    press(Qt.Key.Key_Return)
    return bar


def zoomed_in_at_the_start(window, qtbot):
    """The map at 150 % from its top left corner, the overview shown: (overview, view)."""
    overview, view = tools(window).overview, window.view
    view.set_zoom(1.5)
    view.show_top_left()
    qtbot.waitUntil(overview.isVisible)
    return overview, view


# --- the toolbar ----------------------------------------------------------------------

def test_the_toolbar_shows_the_windows_own_actions_with_their_shortcuts(window):
    bar = tools(window).toolbar
    shown = bar.actions()
    for action in (window.zoom_in_action, window.zoom_out_action, window.zoom_fit_action,
                   window.workshop_action, window.export_action,
                   tools(window).find_action, tools(window).zoom_selection_action):
        assert action in shown  # the same QAction: one behaviour, one shortcut
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and keys in action.toolTip()
        assert not action.icon().isNull()
    assert bar.isVisible()
    for action in (bar.new_card_action, bar.connect_action, bar.emotion_action):
        assert action in window.edit_menu.actions()  # also in the menus: found by reading
    assert bar.toggleViewAction() in window.view_menu.actions()
    bar.toggleViewAction().trigger()
    assert not bar.isVisible()


def test_the_emotion_button_sets_the_selected_cards_emotion_in_one_step(window):
    bar = tools(window).toolbar
    scene = window.view.journey_scene
    scene.clearSelection()
    assert not bar.emotion_action.isEnabled()
    button = bar.widgetForAction(bar.emotion_action)
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    menu = bar.emotion_action.menu()
    assert len(menu.actions()) == 6  # five emotions and Clear
    ids = [t.id for t in window.controller.doc.touchpoints[:2]]
    scene.select_touchpoints(ids)
    assert bar.emotion_action.isEnabled()
    before = snapshot(window)
    menu.actions()[0].trigger()  # Very negative
    assert [window.controller.doc.touchpoint(i).emotion for i in ids] == [-2, -2]
    window.controller.undo_stack.undo()
    assert snapshot(window) == before


def test_new_card_and_connect_buttons_use_the_canvas_gestures(window, qtbot):
    bar = tools(window).toolbar
    scene = window.view.journey_scene
    first, second = window.controller.doc.touchpoints[:2]
    scene.select_touchpoints([first.id])
    bar.new_card_action.trigger()
    assert window.view.editor.isVisible()
    QTest.keyClicks(window.view.editor, "Desde la barra")
    QTest.keyClick(window.view.editor, Qt.Key.Key_Escape)
    window.view.editor.close_editor()
    scene.select_touchpoints([first.id])
    links = len(window.controller.doc.connections)
    bar.connect_action.trigger()
    scene.select_touchpoints([second.id])
    bar.connect_action.trigger()
    assert len(window.controller.doc.connections) == links + 1
    last = window.controller.doc.connections[-1]
    assert (last.source, last.target) == (first.id, second.id)


def test_the_persona_combo_filters_the_map_and_follows_the_strip(window):
    combo = tools(window).toolbar.persona_combo
    doc = window.controller.doc
    assert combo.count() == len(doc.personas) + 1
    combo.activated.emit(2)
    persona = combo.itemData(2)
    assert window.view.journey_scene.options.persona == persona
    assert window.persona_strip.current_filter() == persona
    window.persona_strip.set_filter(None)
    assert combo.currentIndex() == 0 and window.view.journey_scene.options.persona is None


# --- Find -------------------------------------------------------------------------------

def test_find_selects_the_card_whatever_the_accents_and_esc_gives_back_the_map(window, press):
    bar = tools(window).find_bar
    window.view.setFocus()
    press(Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    QTest.keyClicks(bar.field, "CATALOGO")
    press(Qt.Key.Key_Return)
    assert window.view.journey_scene.selected_touchpoint_ids() == ["catalogo"]
    assert bar.count_label.text() == "1 of 1"
    assert "Catálogo de producto" in bar.match_label.text()
    press(Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is window.view
    assert window.view.journey_scene.selected_touchpoint_ids() == ["catalogo"]  # kept


def test_f3_and_shift_f3_walk_through_every_match(window, press):
    bar = tools(window).find_bar
    tools(window).open_find()
    QTest.keyClicks(bar.field, "compra")  # three stages and cards
    total = len(bar._matches)
    assert total > 3 and bar.count_label.text() == f"{total} matches"
    seen = []
    for _ in range(total):
        press(Qt.Key.Key_F3)
        seen.append(bar.count_label.text())
    assert seen == [f"{i} of {total}" for i in range(1, total + 1)]
    press(Qt.Key.Key_F3)
    assert bar.count_label.text() == f"1 of {total}"  # round again
    press(Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == f"{total} of {total}"
    scene = window.view.journey_scene
    press(Qt.Key.Key_F3)  # the first: a stage, its header selected
    stage = window.controller.doc.stages[0]
    assert scene.stage_headers[stage.id].isSelected()


def test_a_title_is_shown_as_plain_text(window, press):
    doc = window.controller.doc
    tp = doc.touchpoints[0]
    rich = "<b>negrita</b> <img src='x.png'>"
    from journeydesigner import edits

    window.controller.try_perform(edits.update_object, "touchpoints", tp.id, {"title": rich},
                                  "Rename")
    bar = find_and_go(window, press, "negrita")
    assert bar.match_label.textFormat() == Qt.TextFormat.PlainText
    assert rich in bar.match_label.text()


def test_no_match_says_so(window, press):
    bar = find_and_go(window, press, "zzzz")
    assert bar.count_label.text() == "No matches"


def test_find_goes_on_after_the_map_changed(window, press):
    bar = find_and_go(window, press, "catalogo")
    doc = window.controller.doc
    from journeydesigner import edits

    new = Touchpoint(id="otro", title="Otro catálogo", stage=doc.stages[-1].id,
                     channel=doc.channels[0].id, step=0)
    window.controller.perform(edits.add_touchpoints(doc, [new], "Add"))
    press(Qt.Key.Key_Return)
    assert window.view.journey_scene.selected_touchpoint_ids() == ["otro"]
    assert bar.count_label.text() == "2 of 2"


# --- zoom to selection -------------------------------------------------------------------

def test_zoom_to_selection_fills_the_view_with_the_selected_cards(window):
    view = window.view
    scene = view.journey_scene
    view.zoom_fit()
    fitted = view.zoom()
    ids = [t.id for t in window.controller.doc.touchpoints[:3]]
    scene.select_touchpoints(ids)
    tools(window).zoom_selection_action.trigger()
    assert view.zoom() > fitted
    rect = selection_rect(scene)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    g = scene.geometry
    free = visible.adjusted(g.corner.w, g.corner.h, 0, 0)  # not under the pinned headers
    assert free.contains(rect)


def test_zoom_to_selection_without_a_selection_says_what_to_do(window):
    window.view.journey_scene.clearSelection()
    zoom = window.view.zoom()
    tools(window).zoom_selection_action.trigger()
    assert window.view.zoom() == zoom
    assert "Select" in window.statusBar().currentMessage()


# --- the overview --------------------------------------------------------------------------

def test_the_overview_shows_only_when_the_map_is_larger_than_the_view(window, qtbot):
    overview = tools(window).overview
    window.view.zoom_fit()
    qtbot.waitUntil(lambda: not overview.isVisible())
    window.view.set_zoom(1.5)
    qtbot.waitUntil(overview.isVisible)
    viewport = window.view.viewport().geometry()
    assert viewport.contains(overview.geometry())  # in the corner, over the map
    tools(window).overview_action.trigger()  # View → Overview off
    assert not overview.isVisible()
    tools(window).overview_action.trigger()
    assert overview.isVisible()


def test_a_click_in_the_overview_moves_the_map_there(window, qtbot):
    overview, view = zoomed_in_at_the_start(window, qtbot)
    target = QPoint(overview.width() - 20, overview.height() - 10)
    QTest.mouseClick(overview, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     target)
    assert view.horizontalScrollBar().value() > 0
    marked = overview.visible_rect()
    assert abs(marked.center().x() - target.x()) < 2 or marked.right() >= overview.width() - 4


def test_the_overview_follows_edits_after_a_pause_without_rendering_the_scene(window, qtbot,
                                                                             monkeypatch):
    overview = tools(window).overview
    window.view.set_zoom(1.5)
    qtbot.waitUntil(lambda: overview.isVisible() and not overview._timer.isActive())
    scene = window.view.journey_scene
    rendered = []
    monkeypatch.setattr(scene, "render", lambda *a, **k: rendered.append(a))
    before = overview._picture.toImage()
    tp = window.controller.doc.touchpoints[0]
    window.view.set_emotion([tp.id], -2 if tp.emotion != -2 else 2)
    assert overview._picture.toImage() == before  # not at once: edits come in bursts
    qtbot.waitUntil(lambda: overview._picture.toImage() != before)
    assert not rendered


# --- docks ---------------------------------------------------------------------------------

def test_f9_hides_every_panel_and_brings_the_same_ones_back(window, press):
    panels = tools(window).panels
    shown = {d.objectName() for d in panels.shown_docks()}
    assert shown
    width = window.view.width()
    window.view.setFocus()
    press(Qt.Key.Key_F9)
    assert panels.hide_action.isChecked() and not panels.shown_docks()
    QApplication.processEvents()
    assert window.view.width() > width
    press(Qt.Key.Key_F9)
    assert {d.objectName() for d in panels.shown_docks()} == shown
    QApplication.processEvents()
    assert not window.properties.visibleRegion().isEmpty()  # the tab in front, as before


def test_hidden_panels_stay_hidden_in_the_next_window(qtbot):
    from journeydesigner.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.drawing_tools.panels.hide_action.trigger()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.drawing_tools.panels.hide_action.isChecked()
    assert not second.drawing_tools.panels.shown_docks()
    second.drawing_tools.panels.hide_action.trigger()
    assert second.properties.toggleViewAction().isChecked()


def test_on_a_laptop_screen_the_docks_start_as_one_narrow_column(qtbot, monkeypatch):
    from journeydesigner.gui import side_panels
    from journeydesigner.gui.main_window import MainWindow

    monkeypatch.setattr(side_panels, "screen_room", lambda window: QSize(1280, 720))
    win = MainWindow()
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    assert win.undo_dock in win.tabifiedDockWidgets(win.properties)
    assert win.personas in win.tabifiedDockWidgets(win.properties)
    assert not win.palette_dock.toggleViewAction().isChecked()  # in the View menu
    win.palette_dock.toggleViewAction().trigger()
    assert win.palette_dock in win.tabifiedDockWidgets(win.properties)  # back as a tab
    qtbot.waitUntil(lambda: win.view.width() >= 0.7 * win.width())


def test_the_new_shortcuts_clash_with_nothing(window):
    mine = tools(window)
    for action in (mine.find_action, mine.find_next_action, mine.find_previous_action,
                   mine.zoom_selection_action, mine.panels.hide_action):
        keys = action.shortcut()
        others = [a for a in window.findChildren(type(action)) if a is not action
                  and any(s == keys for s in a.shortcuts())]
        assert not others, (keys.toString(), [a.text() for a in others])


def test_workshop_mode_puts_the_tools_away_and_gives_them_back(window, qtbot):
    mine = tools(window)
    window.view.set_zoom(1.5)
    qtbot.waitUntil(mine.overview.isVisible)
    mine.open_find()
    window.workshop_action.trigger()
    assert not mine.toolbar.isVisible() and not mine.find_bar.isVisible()
    assert not mine.overview.isVisible()
    mine.find_action.trigger()  # no Find bar over the projected map
    mine.find_next_action.trigger()
    assert not mine.find_bar.isVisible()
    window.workshop_action.trigger()
    qtbot.waitUntil(mine.toolbar.isVisible)
    window.view.set_zoom(1.5)
    qtbot.waitUntil(mine.overview.isVisible)


def test_the_icons_are_drawn_again_in_a_dark_palette(window):
    from PySide6.QtGui import QPalette

    def ink() -> int:
        """The lightness of the zoom-in icon's most opaque pixel (its outline)."""
        image = window.zoom_in_action.icon().pixmap(24, 24).toImage()
        pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        return max(pixels, key=lambda c: c.alpha()).lightness()

    assert ink() < 128
    before = QApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
    QApplication.setPalette(dark)
    try:
        QApplication.processEvents()
        assert ink() > 128
    finally:
        QApplication.setPalette(before)


def test_find_scrolls_the_match_out_from_under_the_headers(window, press):
    view = window.view
    view.set_zoom(1.5)
    view.show_top_left()
    scene = view.journey_scene
    last_stage = window.controller.doc.stages[-1].id
    far = next(t for t in reversed(window.controller.doc.touchpoints) if t.stage == last_stage)
    card = scene.card_rect(far.id)
    assert not view.mapToScene(view.viewport().rect()).boundingRect().contains(card)
    tools(window).open_find()
    QTest.keyClicks(tools(window).find_bar.field, far.title)
    press(Qt.Key.Key_Return)
    assert scene.selected_touchpoint_ids() == [far.id]
    g = scene.geometry
    free = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(g.corner.w,
                                                                           g.corner.h, 0, 0)
    assert free.contains(card)


def test_dragging_in_the_overview_pans_the_map_along(window, qtbot):
    overview, view = zoomed_in_at_the_start(window, qtbot)
    y = overview.height() // 2
    QTest.mousePress(overview, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(10, y))
    values = []
    for x in (40, 80, 120):
        QTest.mouseMove(overview, QPoint(x, y))
        values.append(view.horizontalScrollBar().value())
    QTest.mouseRelease(overview, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(120, y))
    assert values == sorted(values) and values[0] < values[-1]


def test_the_overview_switch_is_remembered(qtbot):
    from journeydesigner.gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    assert first.drawing_tools.overview_action.isChecked()
    first.drawing_tools.overview_action.trigger()
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.drawing_tools.overview_action.isChecked()
    assert not second.drawing_tools.overview.wanted


def test_the_overview_dims_what_the_chosen_persona_does_not_live(window, qtbot):
    overview = tools(window).overview
    window.view.set_zoom(1.5)
    qtbot.waitUntil(lambda: overview.isVisible() and not overview._timer.isActive())
    before = overview._picture.toImage()
    doc = window.controller.doc
    window.set_persona_filter(doc.personas[0].id)
    assert any(box.dimmed for box in window.view.journey_scene.geometry.cards.values())
    qtbot.waitUntil(lambda: overview._picture.toImage() != before)


def test_a_long_map_shows_the_stretch_around_the_part_on_screen(qtbot):
    from journeydesigner.gui.canvas.overview import FRAME, MIN_HEIGHT
    from journeydesigner.gui.main_window import MainWindow
    from journeydesigner.sample import generate_document

    win = MainWindow(generate_document(2000, seed=0))  # six times wider than high
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    overview, bar = win.drawing_tools.overview, win.view.horizontalScrollBar()
    win.view.set_zoom(1.0)
    qtbot.waitUntil(overview.isVisible)
    assert overview.height() >= MIN_HEIGHT + 2 * FRAME  # lanes, not a line
    inside = QRectF(overview.rect()).adjusted(FRAME - 1, FRAME - 1, 1 - FRAME, 1 - FRAME)
    for value in (bar.minimum(), (bar.minimum() + bar.maximum()) // 2, bar.maximum()):
        bar.setValue(value)
        assert inside.contains(overview.visible_rect()), value
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    assert abs(overview.visible_rect().center().x() - overview.width() / 2) < 2
    before = bar.value()
    QTest.mouseClick(overview, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(overview.width() - 10, overview.height() // 2))
    assert bar.value() > before
    win.close()


def test_f9_in_workshop_mode_leaves_the_panels_to_it(window, press):
    panels = tools(window).panels
    shown = {d.objectName() for d in panels.shown_docks()}
    window.workshop_action.trigger()
    press(Qt.Key.Key_F9)
    assert not panels.hide_action.isChecked()
    window.workshop_action.trigger()
    assert {d.objectName() for d in panels.shown_docks()} == shown
    assert not panels.hide_action.isChecked()


def test_f3_with_the_bar_closed_goes_on_and_shows_the_count(window, press):
    bar = find_and_go(window, press, "compra")
    press(Qt.Key.Key_Escape)
    assert not bar.isVisible()
    press(Qt.Key.Key_F3)
    assert bar.isVisible() and bar.count_label.text().startswith("2 of ")
    assert QApplication.focusWidget() is window.view  # the keys stay with the map


def test_find_selects_a_path_by_its_label(window, press):
    bar = find_and_go(window, press, "falla el pago")
    scene = window.view.journey_scene
    conn = next(c for c in window.controller.doc.connections if c.label == "Falla el pago")
    assert scene.selected_connection_ids() == [conn.id]
    assert "Path: Falla el pago" in bar.match_label.text()
