"""What users of drawing tools expect, on the real process: the toolbar, Find
(Ctrl+F), zoom to selection, the overview in the map's corner, and on a 1280×720
laptop a map that keeps most of the width. Outcomes are read from the saved file
and from the screenshots' pixels (exact colours the application paints)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from journeydesigner.gui.canvas.overview import FRAME_COLOR, VISIBLE_COLOR
from journeydesigner.gui.icons import ACCENT
from journeydesigner.style import EMOTION_COLORS, KIND_COLORS

from .harness import XServer, validate
from .pixels import Box, Screenshot

TITLE = "Compra online de zapatillas"
# the lanes and their headers (drawn a shade darker), as the canvas paints them
LANE_COLORS = tuple(name for kind in ("digital", "in_person") for name in (
    KIND_COLORS[kind], QColor(KIND_COLORS[kind]).darker(104).name()))


def window_box(app, wid: str) -> Box:
    x, y, w, h = app.window_geometry(wid)
    return Box(x, y, x + w - 1, y + h - 1)


def toolbar_strip(window: Box) -> Box:
    """Under the title bar: the menu bar and the toolbar."""
    return Box(window.left, window.top, window.right, window.top + 80)


def overview_in(shot: Screenshot, window: Box) -> Box | None:
    """The overview's frame in the bottom-right quarter of the window, if shown."""
    quarter = Box((window.left + window.right) // 2, (window.top + window.bottom) // 2,
                  window.right, window.bottom)
    return shot.outline(FRAME_COLOR, quarter, (60, 30))


def map_width(shot: Screenshot, window: Box) -> int:
    """How wide the map is on screen: the lanes' colours (headers included) from the
    first pixel to the last, on rows across the window's middle."""
    widest = 0
    for y in range(window.top + window.height // 3, window.bottom - 60, 7):
        xs = sorted(x for color in LANE_COLORS
                    for x in shot.xs(color, y, window.left, window.right + 1))
        if xs:
            widest = max(widest, xs[-1] - xs[0] + 1)
    return widest


def saved(app, example) -> dict:
    app.wait_for(lambda: "*" not in app.active_title(), 15, "the saved title")
    return validate(example)


def by_title(doc: dict, title: str) -> dict:
    return next(t for t in doc["touchpoints"] if t["title"] == title)


def test_toolbar_find_zoom_to_selection_and_overview(launch, example):
    app = launch(str(example), lang="es")
    wid = app.wait_window(TITLE)
    app.activate(TITLE)
    app.settle(1)
    window = window_box(app, wid)
    shot = Screenshot(app.screenshot("barra-de-herramientas"))
    assert shot.count(ACCENT, toolbar_strip(window)) > 20, "no toolbar icons under the menus"

    # Find: no accents typed, the accented title found; Esc gives the keys back to the map
    app.key("ctrl+f")
    app.type("catalogo")
    app.key("Return")
    app.screenshot("buscar-catalogo")
    app.key("Escape")
    app.key("1")  # very negative, on the card Find selected
    app.key("ctrl+f")
    app.type("encuesta")
    app.key("Return", "Escape")

    # the toolbar's Emotion button: a menu of the five emotions (enabled: a card is selected)
    shot = Screenshot(app.screenshot("encuesta-seleccionada"))
    smile = shot.bounds(EMOTION_COLORS[2], toolbar_strip(window))
    assert smile is not None, "the Emotion button is not on the toolbar"
    app.click(int(smile.center[0]), int(smile.center[1]))
    app.settle(0.5)
    app.screenshot("menu-emocion")
    app.key("Up", "Up", "Return")  # from the bottom: Clear, then Very positive
    app.key("ctrl+s")
    doc = saved(app, example)
    assert by_title(doc, "Catálogo de producto")["emotion"] == -2
    assert by_title(doc, "Encuesta NPS")["emotion"] == 2

    # the whole map fits: no overview; zoom to the selected card: the overview appears
    app.key("ctrl+0")
    app.settle(0.8)
    shot = Screenshot(app.screenshot("mapa-ajustado"))
    assert overview_in(shot, window) is None
    app.key("ctrl+shift+0")
    app.settle(0.8)
    shot = Screenshot(app.screenshot("zoom-a-la-seleccion"))
    overview = overview_in(shot, window)
    assert overview is not None, "no overview while the map is larger than the view"
    marked = shot.bounds(VISIBLE_COLOR, overview)
    assert marked is not None and marked.width < overview.width / 2
    assert marked.center[0] > overview.left + overview.width * 0.6  # "Después de la compra"

    # a click in the overview's left part moves the map there
    app.click(overview.left + 25, int(overview.center[1]))
    app.settle(0.8)
    shot = Screenshot(app.screenshot("clic-en-la-vista-general"))
    moved = shot.bounds(VISIBLE_COLOR, overview)
    assert moved is not None and moved.center[0] < overview.left + overview.width * 0.35

    assert app.alive
    assert app.quit() == 0
    app.assert_clean_log()


def test_a_laptop_screen_keeps_most_of_the_width_for_the_map(launch, example):
    server = XServer(1280, 720)
    try:
        app = launch(str(example), lang="es", server=server)
        wid = app.wait_window(TITLE)
        app.activate(TITLE)
        app.settle(1)
        window = window_box(app, wid)
        shot = Screenshot(app.screenshot("portatil-1280x720"))
        assert window.width <= 1280 and window.height <= 720, window  # on the screen
        assert map_width(shot, window) >= 0.7 * 1280
        assert overview_in(shot, window) is not None  # the map is larger than the view

        app.key("F9")  # every panel away
        app.settle(0.8)
        shot = Screenshot(app.screenshot("paneles-ocultos"))
        assert map_width(shot, window) >= 0.95 * 1280
        assert app.quit() == 0
        app.assert_clean_log()

        # the next start remembers: the panels stay hidden
        again = launch(str(example), lang="es", server=server)
        wid = again.wait_window(TITLE)
        again.activate(TITLE)
        again.settle(1)
        shot = Screenshot(again.screenshot("otra-vez-sin-paneles"))
        assert map_width(shot, window_box(again, wid)) >= 0.95 * 1280
        again.key("F9")
        again.settle(0.8)
        shot = Screenshot(again.screenshot("paneles-de-vuelta"))
        width = map_width(shot, window_box(again, wid))
        assert 0.7 * 1280 <= width < 0.95 * 1280
        assert again.quit() == 0
        again.assert_clean_log()
    finally:
        server.stop()
