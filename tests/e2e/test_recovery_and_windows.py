"""After a crash the map comes back in one window; two windows share a map and the
clipboard; a damaged file is explained in a message that shows all of its text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import App, XServer, validate


@pytest.fixture
def projector(xserver) -> Iterator[XServer]:  # after ``xserver``: the tools are there
    screen = XServer(1280, 720)
    yield screen
    screen.stop()


def fast_autosave(home: Path) -> Path:
    """Autosave one second after a change (the default is a minute); the recovery folder."""
    conf = home / "config" / "JourneyDesigner" / "JourneyDesigner.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[autosave]\ninterval=1\n", encoding="utf-8")
    return home / "data" / "JourneyDesigner" / "JourneyDesigner" / "recovery"


def add_card_after_the_first(app: App, title: str) -> None:
    app.activate()
    app.key("ctrl+Right")  # select the first card
    app.type(title)  # typing on a selected card starts the next one
    app.key("Return", "Escape")


def titles(doc: dict) -> set[str]:
    return {t["title"] for t in doc["touchpoints"]}


def test_killed_then_started_again_on_the_same_file_shows_one_recovered_window(
        launch, example, tmp_path):
    recovery = fast_autosave(tmp_path / "home")
    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")
    add_card_after_the_first(app, "Recuperada tras el fallo")
    app.wait_window(r"compra-online\.es\.journey\*")
    app.wait_for(lambda: list(recovery.glob("*.recovery.json")), what="the autosave")
    app.screenshot("edited")
    app.kill()  # kill -9: the lock file and the recovery file stay behind
    assert example.with_name(example.name + ".lock").exists()

    again = launch(str(example))
    again.activate("Recover unsaved work")
    again.screenshot("offered")
    again.key("Return")  # Continue: the one entry is set to Recover
    again.wait_window(r"compra-online\.es\.journey\* — Compra online de zapatillas")
    again.settle(1.5)  # whatever else start-up would open is open now
    again.screenshot("recovered")
    shown = again.titles()
    assert len(shown) == 1, shown  # no blank "Untitled", no "Map in use" about itself
    assert "read-only" not in shown[0]

    again.key("ctrl+s")
    again.wait_window(r"compra-online\.es\.journey — ")
    assert "Recuperada tras el fallo" in titles(validate(example))
    assert not list(recovery.glob("*.recovery.json"))
    assert again.quit() == 0
    again.assert_clean_log()
    assert not example.with_name(example.name + ".lock").exists()


def test_two_windows_on_one_map_and_a_card_copied_between_them(launch, example, tmp_path):
    first = launch(str(example))
    first.wait_window("compra-online.es.journey — Compra online de zapatillas")
    second = launch(str(example))  # the same map again: it is in use
    second.activate("Map in use")
    second.screenshot("in-use")
    second.key("alt+c")  # Open a Copy: edit it and save it under another name
    second.wait_window(r"^Untitled\* — Compra online de zapatillas")
    assert first.titles() == ["compra-online.es.journey — Compra online de zapatillas — "
                              "JourneyDesigner"]

    first.activate()
    first.key("ctrl+Right")  # the first card
    first.key("ctrl+c")  # onto the X clipboard, as JSON
    first_card = validate(example)["touchpoints"][0]["title"]
    copied = json.loads(first.x.clipboard_text())  # what any other program gets
    assert [t["title"] for t in copied["touchpoints"]] == [first_card]
    second.activate("Untitled")
    second.key("ctrl+Right", "ctrl+v")  # pasted beside the same card of the copy
    second.settle(0.5)
    second.screenshot("pasted")
    second.key("ctrl+s")  # untitled: Save As
    second.activate("Save journey map")
    target = tmp_path / "copia-con-pegado.journey"
    second.key("ctrl+a")
    second.type(str(target))
    second.key("Return")
    second.wait_window(r"^copia-con-pegado\.journey — ")
    second.screenshot("saved")

    original, pasted = validate(example), validate(target)
    assert len(pasted["touchpoints"]) == len(original["touchpoints"]) + 1
    assert [t["title"] for t in pasted["touchpoints"]].count(first_card) == 2
    assert len({t["id"] for t in pasted["touchpoints"]}) == len(pasted["touchpoints"])
    assert second.quit() == 0 and first.quit() == 0
    first.assert_clean_log()
    second.assert_clean_log()
    assert not example.with_name(example.name + ".lock").exists()


def test_a_truncated_file_is_explained_in_a_message_that_fits_the_screen(launch, example,
                                                                         projector):
    text = example.read_text(encoding="utf-8")
    cut = example.with_name("cortado.journey")
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    app = launch(str(cut), lang="es", server=projector)
    box = app.wait_window("No se puede abrir el archivo")
    app.settle(0.5)
    fits_the_screen(app, box, "message")
    app.x.xdotool("windowactivate", "--sync", box)
    app.key("Tab", "space")  # Mostrar los detalles…
    app.wait_for(lambda: app.window_geometry(box)[3] > 200, what="the details")
    app.settle(0.5)
    fits_the_screen(app, box, "details")
    app.key("Escape")
    app.wait_no_window("No se puede abrir el archivo")
    assert len(app.windows()) == 1 and "cortado" not in app.titles()[0]
    assert cut.read_text(encoding="utf-8") == text[: len(text) // 2]  # never touched
    assert app.quit() == 0
    app.assert_clean_log()


def fits_the_screen(app: App, wid: str, name: str) -> None:
    """The window lies on the screen and its text keeps clear of its right and bottom
    edges (a label too small for its text runs right up to them)."""
    from PIL import Image

    x, y, w, h = app.window_geometry(wid)
    width, height = app.x.size
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (x, y, w, h)
    app.screenshot(name)
    image = Image.open(app.screenshot_window(wid, name + "-alone")).convert("L")
    assert image.size == (w, h)
    right = image.crop((w - 6, 0, w, h)).tobytes()
    bottom = image.crop((0, h - 4, w, h)).tobytes()
    assert min(right) > 150 and min(bottom) > 150, "text reaches the edge of the window"
