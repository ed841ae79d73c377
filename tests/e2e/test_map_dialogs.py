"""The dialogs about the map as a whole, on the real application: the map's own
properties edited from the keyboard, Quit with two windows, the shortcut list on a
1600 × 1000 screen, the New map dialog, and Qt's file dialog in Spanish."""

from __future__ import annotations

import colorsys
import shutil
from pathlib import Path

from PIL import Image

from .harness import EXAMPLES, App, validate
from .test_recovery_and_windows import add_card_after_the_first, fast_autosave, titles


def on_screen(app: App, wid: str) -> tuple[int, int, int, int]:
    """The window's geometry, asserted to lie wholly on the screen."""
    x, y, w, h = app.window_geometry(wid)
    width, height = app.x.size
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (x, y, w, h)
    return x, y, w, h


def test_the_maps_title_edited_from_the_keyboard_is_saved(launch, example):
    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")
    app.activate()
    app.key("alt+m")  # the Map menu …
    app.screenshot("map-menu")
    app.key("m")  # … Map Properties…: the title field, its text selected
    app.settle()
    app.type("Zapatillas: edición 2027")
    app.key("Return")
    app.wait_window(r"compra-online\.es\.journey\* — Zapatillas: edición 2027 — ")
    app.screenshot("renamed")
    app.key("ctrl+s")
    app.wait_window(r"^compra-online\.es\.journey — Zapatillas: edición 2027 — JourneyDesigner")
    doc = validate(example)
    assert doc["title"] == "Zapatillas: edición 2027"
    assert len(doc["touchpoints"]) == 18  # nothing else changed
    assert app.quit() == 0
    app.assert_clean_log()


def test_quit_closes_both_windows_after_their_questions(launch, example, tmp_path):
    recovery = fast_autosave(tmp_path / "home")
    crashed = launch(str(example))
    crashed.wait_window("Compra online de zapatillas")
    add_card_after_the_first(crashed, "Antes del cierre")
    crashed.wait_for(lambda: list(recovery.glob("*.recovery.json")), what="the autosave")
    crashed.kill()
    other = Path(shutil.copy(EXAMPLES / "feedback-subscription.en.journey", tmp_path))
    app = launch(str(other))  # the recovered map in one window, this one in a second
    app.activate("Recover unsaved work")
    app.key("Return")
    app.wait_window(r"^compra-online\.es\.journey\* — ")
    app.wait_window(r"^feedback-subscription\.en\.journey — ")
    assert len(app.windows()) == 2, app.titles()

    app.activate(r"^compra-online\.es\.journey\*")
    app.key("ctrl+q")
    app.activate("Unsaved changes")
    app.screenshot("asked")
    app.key("Escape")  # Cancel: the quit stops, every window stays
    app.wait_no_window("Unsaved changes")
    app.settle()
    assert app.alive and len(app.windows()) == 2, app.titles()

    app.activate(r"^compra-online\.es\.journey\*")
    app.key("ctrl+q")
    app.activate("Unsaved changes")
    app.key("Return")  # Save, then the next window, which has nothing to ask
    app.wait_for(lambda: not app.alive, what="the process to end")
    assert app.quit() == 0
    app.assert_clean_log()
    assert "Antes del cierre" in titles(validate(example))
    assert not example.with_name(example.name + ".lock").exists()
    assert not other.with_name(other.name + ".lock").exists()


def test_the_shortcut_list_fits_the_screen(launch, example):
    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")
    app.activate()
    app.key("F1")
    wid = app.wait_window("^Keyboard shortcuts$")
    app.settle()
    app.screenshot("shortcuts")
    x, y, w, h = on_screen(app, wid)
    assert h > 300 and w > 500  # room for the table, which scrolls
    app.type("zoom")  # the filter has the keyboard
    app.settle()
    app.screenshot("filtered")
    app.key("Escape")
    app.wait_no_window("^Keyboard shortcuts$")
    assert app.quit() == 0
    app.assert_clean_log()


def colourful_hues(path) -> int:
    """How many of twelve hues cover at least 0.1 % of a picture in strong colour."""
    image = Image.open(path).convert("RGB")
    counts = [0] * 12
    pixels = list(image.get_flattened_data())
    for r, g, b in pixels[::3]:
        hue, lightness, saturation = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
        if saturation > 0.45 and 0.25 < lightness < 0.8:
            counts[int(hue * 12) % 12] += 1
    return sum(1 for c in counts if c > len(pixels) / 3 / 1000)


def test_the_new_map_dialog_shows_previews_and_answers_the_keyboard(launch):
    app = launch()
    app.wait_window("^Untitled — ")
    app.activate()
    app.key("ctrl+n")
    wid = app.wait_window("^New journey map$")
    app.settle(0.6)
    app.screenshot("new-map")
    x, y, w, h = on_screen(app, wid)
    assert w >= 800, (w, h)  # the titles whole, beside the preview
    picture = app.screenshot_window(wid, "new-map-alone")
    assert colourful_hues(picture) >= 3  # the maps' stage colours, not a plain list
    app.key("Home", "Down", "Return")  # the second template
    app.wait_no_window("^New journey map$")
    app.wait_window("^Untitled — Customer feedback software subscription — ")
    assert app.quit() == 0
    app.assert_clean_log()


def test_save_as_in_spanish_speaks_spanish(launch, example):
    app = launch(str(example), lang="es")
    app.wait_window("Compra online de zapatillas")
    app.activate()
    app.key("ctrl+shift+s")
    wid = app.wait_window("^Guardar mapa de experiencia del cliente$")
    app.settle(0.6)
    app.screenshot("save-as")
    app.screenshot_window(wid, "save-as-alone")
    on_screen(app, wid)
    # the labels' own keys work only when they are Spanish: «&Buscar en» (English
    # «&Look in») goes to the folder list, Down to the folder above the map's
    app.key("alt+b", "alt+Down", "Down")
    app.screenshot("folder-list")
    app.key("Return")
    app.settle()
    app.screenshot_window(wid, "folder-above")
    app.key("alt+n", "ctrl+a")  # «&Nombre de fichero»
    app.type("copia")
    app.key("alt+g")  # «&Guardar» («&Save»)
    app.wait_window(r"^copia\.journey — Compra online de zapatillas")
    assert validate(example.parent.parent / "copia.journey")["title"] == (
        "Compra online de zapatillas")
    assert app.quit() == 0
    app.assert_clean_log()
