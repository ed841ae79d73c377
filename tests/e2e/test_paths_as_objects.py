"""Paths are objects on the real process: a click near a path's stroke selects the
path (at the readable zoom and zoomed out), never the cell under it; the
Properties dock edits its label from the keyboard; a double-click on a path edits
its label and adds no card; a card's right-click menu appears. Outcomes are read
from the saved file (validated) and the screenshots' pixels."""

from __future__ import annotations

from journeydesigner.style import EMOTION_COLORS, KIND_COLORS, POLARITY_COLORS

from .harness import validate
from .pixels import Box, Screenshot

TITLE = "Compra online de zapatillas"
BLUE = POLARITY_COLORS["positive"]
LANES = {c.lower() for c in KIND_COLORS.values()}


def window_box(app, wid: str) -> Box:
    x, y, w, h = app.window_geometry(wid)
    return Box(x, y, x + w - 1, y + h - 1)


def visible_windows(app) -> set[str]:
    """Every visible X window of the process, popups (menus) included."""
    return set(app.x.xdotool("search", "--onlyvisible", "--pid", str(app.proc.pid),
                             "--class", "").split())


def near_a_path(shot: Screenshot, window: Box, off: int) -> tuple[int, int, int]:
    """A point ``off`` pixels above the longest straight stretch of a positive path
    on the lanes' background (not on a card): (x, y, y of the stroke)."""
    best = None
    for y in range(window.top + 120, window.bottom - 40):
        xs = shot.near(BLUE, y, 70, window.left, window.right + 1)
        run_start, previous = None, None
        for x in [*xs, -10]:
            if previous is not None and x == previous + 1:
                previous = x
                continue
            if run_start is not None and previous - run_start > 40:
                mid = (run_start + previous) // 2
                if shot.color(mid, y - off) in LANES and shot.color(mid, y - 2 * off) in LANES \
                        and (best is None or previous - run_start > best[0]):
                    best = (previous - run_start, mid, y)
            run_start = previous = x
    assert best is not None, "no straight stretch of a path on the screen"
    return best[1], best[2] - off, best[2]


def test_a_path_is_clicked_edited_and_double_clicked_like_an_object(launch, example):
    before = validate(example)
    app = launch(str(example), lang="es")
    wid = app.wait_window(TITLE)
    app.activate(TITLE)
    app.settle(1)
    window = window_box(app, wid)
    shot = Screenshot(app.screenshot("abierto"))
    x, y, stroke = near_a_path(shot, window, 5)
    halo_before = shot.color(x, stroke - 3)
    app.click(x, y)  # five pixels above the stroke
    app.settle(0.5)
    shot = Screenshot(app.screenshot("camino-seleccionado"))
    assert shot.color(x, stroke - 3) != halo_before, "no halo around the selected path"
    # the Properties dock shows the path: its label, typed from the keyboard
    app.key("shift+F6")  # from the map back to the last panel: Properties
    app.key("Tab", "Tab", "Tab", "Tab")  # From, To, Polarity, Label
    app.type("Tras la recomendación")
    app.key("Return")
    app.settle(0.3)
    app.screenshot("etiqueta-en-propiedades")
    app.key("ctrl+s")
    app.wait_for(lambda: "*" not in app.active_title(), 15, "the saved title")
    doc = validate(example)
    labelled = [c for c in doc["connections"] if c.get("label") == "Tras la recomendación"]
    assert len(labelled) == 1, "the click did not select a path"
    assert len(doc["touchpoints"]) == len(before["touchpoints"])

    # zoomed out (Ctrl+- twice), a double-click near a path edits its label: no new card
    app.key("F6", "Escape", "ctrl+minus", "ctrl+minus")
    app.settle(0.5)
    shot = Screenshot(app.screenshot("alejado"))
    x, y, stroke = near_a_path(shot, window, 5)
    app.click(x, y, double=True)
    app.settle(0.5)
    app.screenshot("doble-clic-en-el-camino")
    app.type("Doble clic")
    app.key("Return")
    app.settle(0.3)
    app.key("ctrl+s")
    app.wait_for(lambda: "*" not in app.active_title(), 15, "the saved title")
    doc = validate(example)
    assert len(doc["touchpoints"]) == len(before["touchpoints"]), "a card was created"
    assert [c["id"] for c in doc["connections"] if c.get("label") == "Doble clic"]

    # a right-click on a card opens its menu (one more window of ours: the popup)
    app.key("Escape")
    shot = Screenshot(app.screenshot("antes-del-menu"))
    band = next(y for y in range(window.top + 100, window.bottom)
                if len(shot.xs(EMOTION_COLORS[2], y, window.left, window.right + 1)) > 20)
    xs = shot.xs(EMOTION_COLORS[2], band, window.left, window.right + 1)
    shown = visible_windows(app)
    app.click((xs[0] + xs[-1]) // 2, band + 15, button=3)  # "Reseña de una influencer"
    app.settle(0.6)
    app.screenshot("menu-de-la-tarjeta")
    assert len(visible_windows(app) - shown) == 1, "no menu on the card"
    app.key("Escape")
    app.settle(0.3)
    assert visible_windows(app) == shown
    assert app.quit() == 0
    app.assert_clean_log()
