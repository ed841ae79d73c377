"""PNG and SVG pictures of the map, painted by the canvas offscreen (gui/picture.py)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journeydesigner.export import export_file  # noqa: E402
from journeydesigner.fileio import load  # noqa: E402
from journeydesigner.gui import picture  # noqa: E402
from journeydesigner.gui.picture import export_png, export_svg, render_png  # noqa: E402
from journeydesigner.layout import compute_layout  # noqa: E402

pytest.importorskip("PySide6.QtSvg")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def doc():
    return load(EXAMPLES / "feedback-subscription.en.journey")


def png_size(path: Path) -> tuple[int, int, int]:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    return image.width(), image.height(), round(image.dotsPerMeterX() * 0.0254)


@pytest.mark.parametrize("dpi", [72, 150, 300])
def test_png_size_follows_the_resolution(tmp_path, doc, dpi):
    g = compute_layout(doc)
    out = tmp_path / "map.png"
    export_png(doc, out, dpi=dpi)
    width, height, stored_dpi = png_size(out)
    assert abs(width - g.width * dpi / 72) <= 1
    assert abs(height - g.height * dpi / 72) <= 1
    assert stored_dpi == dpi


def test_png_is_not_blank(doc):
    from PySide6.QtGui import QImage

    image = QImage.fromData(render_png(doc, dpi=36))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_svg_holds_the_titles_as_text(tmp_path, doc):
    out = tmp_path / "map.svg"
    export_svg(doc, out)
    root = ET.parse(out).getroot()
    text = " ".join(" ".join(el.itertext()) for el in root.iter()
                    if el.tag.endswith("text"))
    text = " ".join(text.split())
    # titles wrap on the cards: every word is there, and short titles whole
    for tp in doc.touchpoints:
        for word in tp.title.split():
            assert word in text, word
    assert "Company website" in text and "NPS survey" in text
    g = compute_layout(doc)
    assert root.get("viewBox") == f"0 0 {g.width:g} {g.height:g}"
    assert "<image" not in out.read_text(encoding="utf-8")  # vector, not a pasted bitmap
    assert root.find("{http://www.w3.org/2000/svg}title").text == doc.title


def test_persona_filter_and_export_file(tmp_path, doc):
    persona = doc.personas[0].id
    assert export_file(doc, tmp_path / "a.png", persona=persona, pictures=picture) == []
    assert export_file(doc, tmp_path / "a.svg", persona=persona, pictures=picture) == []
    assert (tmp_path / "a.png").stat().st_size > 1000
    with pytest.raises(ValueError, match="no persona"):
        export_png(doc, tmp_path / "b.png", persona="ghost")
    assert not (tmp_path / "b.png").exists()


def test_an_absurd_resolution_is_refused(tmp_path, doc):
    with pytest.raises(ValueError):
        export_png(doc, tmp_path / "huge.png", dpi=2400)
    assert not (tmp_path / "huge.png").exists()


def test_export_file_without_a_picture_writer_refuses_pictures(tmp_path, doc):
    """The core cannot draw pictures itself: it says so and writes nothing."""
    for name in ("a.png", "a.svg"):
        with pytest.raises(ValueError, match="drawn by the canvas"):
            export_file(doc, tmp_path / name)
        assert not (tmp_path / name).exists()


def test_a_picture_too_large_is_refused_before_any_scene_is_built(monkeypatch, doc):
    """Issue 13 item 15: the refusal came after the whole scene of a huge map was built
    (seconds, and as long again to destroy it); the size comes from the layout now."""
    def no_scene(*_args):
        raise AssertionError("a scene was built for a picture that is refused")

    monkeypatch.setattr(picture, "_scene", no_scene)
    with pytest.raises(ValueError, match="pixels; choose a lower resolution"):
        render_png(doc, dpi=2400)


@pytest.mark.parametrize("filtered", [False, True])
def test_the_size_checked_first_is_the_size_of_the_picture(doc, filtered):
    from PySide6.QtGui import QImage

    persona = doc.personas[0].id if filtered else None
    image = QImage.fromData(render_png(doc, dpi=50, persona=persona))
    assert (image.width(), image.height()) == picture.png_size(doc, 50, persona)
