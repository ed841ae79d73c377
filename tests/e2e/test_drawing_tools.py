"""What users of drawing tools expect, on the real process: the toolbar, Find
(Ctrl+F), zoom to selection, the overview in the map's corner, and on a 1280×720
laptop a map that keeps most of the width. Outcomes are read from the saved file
and from the screenshots' pixels (exact colours the application paints)."""

from __future__ import annotations

import subprocess

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


def visible_windows(app) -> list[str]:
    """Every shown window of the process, pop-up menus included (they have no title)."""
    return app.x.xdotool("search", "--onlyvisible", "--pid", str(app.proc.pid)).split()


def look(app, name: str, condition, what: str, timeout: float = 15):
    """Photograph the screen until ``condition(Screenshot)`` holds (a slow repaint is
    waited for, not raced); the last look is kept as ``name``. Returns what it found."""
    probe = app.home / "look.png"

    def seen():
        subprocess.run(["import", "-window", "root", str(probe)], env=app.x.env(),
                       capture_output=True, timeout=30)
        return condition(Screenshot(probe))

    found = app.wait_for(seen, timeout, what)
    app.screenshot(name)
    return found


def saved(app, example) -> dict:
    app.wait_for(lambda: "*" not in app.active_title(), 15, "the saved title")
    return validate(example)


def by_title(doc: dict, title: str) -> dict:
    return next(t for t in doc["touchpoints"] if t["title"] == title)


def test_toolbar_find_zoom_to_selection_and_overview(launch, example):
    app = launch(str(example), lang="es")
    wid = app.wait_window(TITLE)
    app.activate(TITLE)
    window = window_box(app, wid)
    look(app, "barra-de-herramientas",
         lambda shot: shot.count(ACCENT, toolbar_strip(window)) > 20,
         "the toolbar's icons under the menus")

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
    smile = look(app, "encuesta-seleccionada",
                 lambda shot: shot.bounds(EMOTION_COLORS[2], toolbar_strip(window)),
                 "the Emotion button enabled on the toolbar")
    shown = len(visible_windows(app))
    app.click(int(smile.center[0]), int(smile.center[1]))
    app.wait_for(lambda: len(visible_windows(app)) > shown, 10, "the Emotion menu")
    app.screenshot("menu-emocion")
    app.key("Up", "Up", "Return")  # from the bottom: Clear, then Very positive
    app.key("ctrl+s")
    doc = saved(app, example)
    assert by_title(doc, "Catálogo de producto")["emotion"] == -2
    assert by_title(doc, "Encuesta NPS")["emotion"] == 2

    # the whole map fits: no overview; zoom to the selected card: the overview appears,
    # its marked part small and on the last stage ("Después de la compra")
    app.key("ctrl+0")
    look(app, "mapa-ajustado", lambda shot: overview_in(shot, window) is None,
         "no overview while the whole map fits")
    app.key("ctrl+shift+0")

    def zoomed_in(shot):
        overview = overview_in(shot, window)
        marked = shot.bounds(VISIBLE_COLOR, overview) if overview else None
        return (overview, marked) if marked else None

    overview, marked = look(app, "zoom-a-la-seleccion", zoomed_in,
                            "the overview with the part on screen marked")
    assert marked.width < overview.width / 2
    assert marked.center[0] > overview.left + overview.width * 0.6

    # a click in the overview's left part moves the map there
    app.click(overview.left + 25, int(overview.center[1]))
    look(app, "clic-en-la-vista-general",
         lambda shot: (moved := shot.bounds(VISIBLE_COLOR, overview)) is not None
         and moved.center[0] < overview.left + overview.width * 0.35,
         "the marked part moved to where the overview was clicked")

    assert app.alive
    assert app.quit() == 0
    app.assert_clean_log()


def test_a_laptop_screen_keeps_most_of_the_width_for_the_map(launch, example):
    server = XServer(1280, 720)
    try:
        app = launch(str(example), lang="es", server=server)
        wid = app.wait_window(TITLE)
        app.activate(TITLE)
        window = window_box(app, wid)
        assert window.width <= 1280 and window.height <= 720, window  # on the screen
        look(app, "portatil-1280x720",
             lambda shot: map_width(shot, window) >= 0.7 * 1280
             and overview_in(shot, window) is not None,  # the map is larger than the view
             "the map in most of the width, and its overview")

        app.key("F9")  # every panel away
        look(app, "paneles-ocultos", lambda shot: map_width(shot, window) >= 0.95 * 1280,
             "the map in the whole width")
        assert app.quit() == 0
        app.assert_clean_log()

        # the next start remembers: the panels stay hidden; F9 brings them back
        again = launch(str(example), lang="es", server=server)
        wid = again.wait_window(TITLE)
        again.activate(TITLE)
        window = window_box(again, wid)
        look(again, "otra-vez-sin-paneles", lambda shot: map_width(shot, window) >= 0.95 * 1280,
             "the panels still hidden after a restart")
        again.key("F9")
        look(again, "paneles-de-vuelta",
             lambda shot: 0.7 * 1280 <= map_width(shot, window) < 0.95 * 1280,
             "the panels back beside the map")
        assert again.quit() == 0
        again.assert_clean_log()
    finally:
        server.stop()
