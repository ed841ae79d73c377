"""Connections drawn by mouse, polarity and emotion keys, the context menu and
the persona filter — each checked against the document and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .canvas_helpers import assert_undo_redo, card_point, drag, snapshot, tp, viewport_point


def handle_point(win, tp_id: str):
    item = win.view.journey_scene.cards[tp_id]
    center = item.mapToScene(item.handle_rect().center())
    return viewport_point(win, center.x(), center.y())


def test_drag_from_the_handle_draws_a_connection(window):
    doc = window.controller.doc
    assert not any(c.source == "ig-anuncio" and c.target == "tpv" for c in doc.connections)
    before = snapshot(window)
    window.view.journey_scene.select_touchpoints(["ig-anuncio"])  # shows the handle
    drag(window, handle_point(window, "ig-anuncio"), card_point(window, "tpv"))
    new = [c for c in doc.connections if c.source == "ig-anuncio" and c.target == "tpv"]
    assert len(new) == 1 and new[0].polarity == "positive"
    # the card did not move and the new connection is drawn and selected
    assert tp(window, "ig-anuncio").step == 0
    scene = window.view.journey_scene
    assert scene.selected_connection_ids() == [new[0].id]
    assert window.controller.undo_stack.count() == 1
    assert_undo_redo(window, before, snapshot(window))


def test_new_path_polarity_follows_the_map_menu(window):
    window.polarity_actions["negative"].trigger()
    drag(window, handle_point(window, "ig-anuncio"), card_point(window, "tpv"))
    conn = window.controller.doc.connections[-1]
    assert (conn.source, conn.target, conn.polarity) == ("ig-anuncio", "tpv", "negative")


def test_dropping_on_empty_space_or_itself_adds_nothing(window):
    before = snapshot(window)
    drag(window, handle_point(window, "blog"), card_point(window, "blog"))
    rect = window.view.journey_scene.geometry.lane("telefono").row
    drag(window, handle_point(window, "blog"), viewport_point(window, rect.x + 5, rect.y + 5))
    assert snapshot(window) == before


def test_polarity_keys_change_the_selected_connection(window):
    scene = window.view.journey_scene
    conn = window.controller.doc.connections[0]
    assert conn.polarity == "positive"
    scene.clearSelection()
    scene.connections[conn.id].setSelected(True)
    before = snapshot(window)
    QTest.keyClicks(window.view, "n")
    assert window.controller.doc.connections[0].polarity == "negative"
    QTest.keyClicks(window.view, "d")
    assert window.controller.doc.connections[0].polarity == "neutral"
    assert window.controller.undo_stack.count() == 2
    assert_undo_redo(window, before, snapshot(window), steps=2)


def test_f2_on_a_connection_edits_its_label(window):
    scene = window.view.journey_scene
    conn = window.controller.doc.connections[1]
    scene.clearSelection()
    scene.connections[conn.id].setSelected(True)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor.isVisible()
    editor.selectAll()
    QTest.keyClicks(editor, "Sigue leyendo")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.controller.doc.connections[1].label == "Sigue leyendo"


def test_emotion_keys_set_and_clear(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["blog", "resenas"])
    before = snapshot(window)
    QTest.keyClicks(window.view, "1")
    assert tp(window, "blog").emotion == -2 and tp(window, "resenas").emotion == -2
    QTest.keyClicks(window.view, "5")
    assert tp(window, "blog").emotion == 2
    QTest.keyClicks(window.view, "0")
    assert tp(window, "blog").emotion is None and tp(window, "resenas").emotion is None
    assert window.controller.undo_stack.count() == 3  # one step per key, both cards at once
    assert_undo_redo(window, before, snapshot(window), steps=3)
    # the emotion curve follows the document
    ids = {i for p in scene.geometry.emotion_points for i in p.touchpoint_ids}
    assert "blog" not in ids


def test_context_menu_sets_emotion_personas_and_polarity(window):
    scene = window.view.journey_scene
    scene.select_touchpoints(["blog"])
    menu = window.view.context_menu()
    titles = [a.text() for a in menu.actions()]
    assert "Emotion" in titles and "Personas" in titles
    emotion_menu = next(a.menu() for a in menu.actions() if a.text() == "Emotion")
    emotion_menu.actions()[3].trigger()  # +1 Positive
    assert tp(window, "blog").emotion == 1
    personas_menu = next(a.menu() for a in menu.actions() if a.text() == "Personas")
    andres = next(a for a in personas_menu.actions() if a.text() == "Andrés")
    andres.trigger()
    assert "andres" in tp(window, "blog").personas
    conn = window.controller.doc.connections[0]
    scene.clearSelection()
    scene.connections[conn.id].setSelected(True)
    menu = window.view.context_menu()
    polarity_menu = next(a.menu() for a in menu.actions() if a.text() == "Path polarity")
    polarity_menu.actions()[1].trigger()  # negative
    assert window.controller.doc.connections[0].polarity == "negative"


def test_persona_filter_dims_what_the_persona_does_not_live(window):
    scene = window.view.journey_scene
    doc = window.controller.doc
    strip = window.persona_strip
    before = snapshot(window)
    andres_button = strip._buttons["andres"]
    andres_button.click()
    assert scene.options.persona == "andres"
    for t in doc.touchpoints:
        lived = not t.personas or "andres" in t.personas
        assert scene.cards[t.id].dimmed == (not lived), t.id
    # the emotion curve only runs through his touchpoints
    curve_ids = {i for p in scene.geometry.emotion_points for i in p.touchpoint_ids}
    assert all(not tp(window, i).personas or "andres" in tp(window, i).personas
               for i in curve_ids)
    andres_button.click()  # clicking again shows everyone
    assert scene.options.persona is None
    assert not any(item.dimmed for item in scene.cards.values())
    assert snapshot(window) == before  # filtering is not an edit
    assert window.controller.undo_stack.count() == 0


def test_connections_reroute_live_while_a_card_moves(window):
    scene = window.view.journey_scene
    conn = next(c for c in window.controller.doc.connections if c.source == "blog")
    path_before = scene.connections[conn.id].boundingRect()
    scene.select_touchpoints(["blog"])
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert scene.connections[conn.id].boundingRect() != path_before
    start = scene.geometry.cards["blog"].rect
    item = scene.connections[conn.id]
    # under the (opaque) cards, so a path never covers a card's text; the layout
    # routes paths around the cards in their way
    assert item.zValue() < scene.cards["blog"].zValue()
    path_start = next(p for p in scene.geometry.connections if p.connection_id == conn.id).start
    assert abs(path_start[1] - (start.y + start.h / 2)) < 1


def test_selecting_a_finding_highlights_it_on_the_canvas(window, qtbot):
    dock = window.analysis
    dock.show()
    dock.refresh()
    friction = dock.category_item("friction")
    assert friction is not None and friction.childCount() >= 2
    dock.tree.setCurrentItem(friction.child(0))
    cards, links = window.view.journey_scene.highlighted_ids()
    assert cards  # the friction point's card is marked
    assert set(cards) <= {t.id for t in window.controller.doc.touchpoints}
    dock.tree.clearSelection()
    dock.tree.setCurrentItem(None)
    assert window.view.journey_scene.highlighted_ids() == ([], [])
    assert window.controller.undo_stack.count() == 0


def test_persona_filter_reaches_the_analysis(window):
    window.persona_strip._buttons["andres"].click()
    assert window.analysis._persona == "andres"
    assert window.personas.current_filter() == "andres"


def ctrl_k_path(window, source: str, target: str):
    """Ctrl+K on one card, Ctrl+K on another: the new connection."""
    scene = window.view.journey_scene
    for tp_id in (source, target):
        scene.select_touchpoints([tp_id])
        QTest.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    return window.controller.doc.connections[-1]


def test_polarity_keys_on_a_path_leave_the_default_of_new_paths(window):
    scene = window.view.journey_scene
    scene.clearSelection()
    scene.connections[window.controller.doc.connections[0].id].setSelected(True)
    QTest.keyClicks(window.view, "n")
    assert window.controller.doc.connections[0].polarity == "negative"
    assert window.polarity_actions["positive"].isChecked()  # the Map menu's choice
    conn = ctrl_k_path(window, "ig-anuncio", "tpv")
    assert (conn.source, conn.target, conn.polarity) == ("ig-anuncio", "tpv", "positive")
    QTest.keyClicks(window.view, "d")  # the new path, selected
    assert window.controller.doc.connections[-1].polarity == "neutral"
    window.polarity_actions["negative"].trigger()  # only the menu changes the default
    assert ctrl_k_path(window, "blog", "tpv").polarity == "negative"
