"""Workshop mode on a 1280×720 projector: one stage at a time, each newly revealed stage
scrolled into view and named, a lane focus that scrolls too, a canvas drawn in high
contrast, and Esc gives back the window exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from .harness import App, XServer

YELLOW = (0xF0, 0xE4, 0x42)  # the lane focus outline in high contrast


@pytest.fixture
def projector(xserver) -> Iterator[XServer]:  # after ``xserver``: the tools are there
    screen = XServer(1280, 720)
    yield screen
    screen.stop()


def hex_rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def pixels_near(image: Image.Image, rgb: tuple[int, int, int], box=None, tolerance=24) -> int:
    """How many pixels of ``image`` (or of ``box`` in it) have about the colour ``rgb``."""
    region = image.convert("RGB").crop(box) if box else image.convert("RGB")
    data = region.tobytes()
    return sum(1 for i in range(0, len(data), 3)
               if all(abs(data[i + k] - rgb[k]) <= tolerance for k in range(3)))


def grey(image: Image.Image, box=None) -> bytes:
    """The brightness of every pixel, 0–255."""
    region = image.convert("L")
    return (region.crop(box) if box else region).tobytes()


def shot(app: App, name: str) -> Image.Image:
    path = app.screenshot(name)
    assert path is not None and path.exists()
    return Image.open(path)


CANVAS = (300, 160, 1200, 700)  # inside the canvas, normal window and full screen alike


def test_workshop_mode_on_a_1280x720_projector(launch, example, projector):
    doc = json.loads(Path(example).read_text(encoding="utf-8"))
    stages, channels = doc["stages"], doc["channels"]
    app = launch(str(example), server=projector)
    app.wait_window("Compra online de zapatillas")
    app.activate()
    app.settle(2.5)  # the "Ready" message has gone
    title = app.active_title()
    before = shot(app, "normal")
    normal = ImageStat.Stat(before.convert("L").crop(CANVAS))

    app.key("F11")
    app.wait_window(r"Stage 1 of 3 — Antes de la compra")
    app.settle(1)
    first = shot(app, "workshop-stage-1")
    dark = ImageStat.Stat(first.convert("L").crop(CANVAS))
    # the map itself is drawn dark (not only the widgets around it) …
    assert dark.mean[0] < normal.mean[0] * 0.35, (normal.mean, dark.mean)
    # … with light text and lines on it: strong contrast
    light = sum(1 for v in grey(first, CANVAS) if v > 200)
    assert light > 0.01 * (CANVAS[2] - CANVAS[0]) * (CANVAS[3] - CANVAS[1])
    assert dark.stddev[0] > 25

    header_band = (0, 0, 1280, 240)
    for number, stage in enumerate(stages[1:], start=2):
        app.key("Page_Down")
        app.wait_window(rf"Stage {number} of 3 — {stage['name']}")
        app.settle(0.8)
        image = shot(app, f"workshop-stage-{number}")
        # the newly revealed stage's header is on the screen: it was scrolled into view
        seen = pixels_near(image, hex_rgb(stage["color"]), header_band)
        assert seen > 20000, (stage["name"], seen)
    app.key("Page_Up")
    app.wait_window(rf"Stage 2 of 3 — {stages[1]['name']}")
    app.key("Right")  # → reveals too, with nothing selected
    app.wait_window(rf"Stage 3 of 3 — {stages[2]['name']}")

    shown = [c for c in channels if c["kind"] == "digital"] + \
        [c for c in channels if c["kind"] != "digital"]
    for number, channel in enumerate(shown, start=1):
        app.key("l")
        app.wait_window(rf"Lane {number} of {len(shown)} — {channel['name']}")
    app.settle(0.8)
    image = shot(app, "workshop-last-lane")
    # the focused (last) lane is outlined on the screen: it was scrolled into view
    assert pixels_near(image, YELLOW, (0, 60, 1280, 720)) > 2000
    app.key("shift+l")
    app.wait_no_window("Lane ")

    app.key("Escape")
    app.wait_window(r"^" + title.replace("*", r"\*") + "$")
    app.settle(2.5)  # the zoom message in the status bar has gone
    after = shot(app, "left")
    assert app.titles() == [title]
    restored = ImageStat.Stat(after.convert("L").crop(CANVAS))
    assert abs(restored.mean[0] - normal.mean[0]) < 3
    # the same window as before: docks, drawing, zoom, scroll position, fonts
    changed = sum(1 for a, b in zip(grey(before), grey(after), strict=True) if abs(a - b) > 40)
    assert changed < 0.005 * 1280 * 720, changed
    assert app.quit() == 0
    app.assert_clean_log()
