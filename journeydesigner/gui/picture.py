"""PNG and SVG pictures of a journey map, drawn by the canvas itself (Qt).

A :class:`~journeydesigner.gui.canvas.scene.JourneyScene` is built over the
document, with a controller of its own (never the window's), and rendered with
QPainter, so the picture is exactly what the window shows. Works headless: without
a display the offscreen platform is used. It lives in the GUI because the canvas
does; the core reaches it only through the launcher (``journeydesigner export``
passes it to :func:`journeydesigner.export.export_file`), never by importing it.

Scene units are points (1/72 in) at 100 % zoom. Qt sizes fonts for a 96 dpi
screen, so the scene is always painted at 96 logical dpi and scaled to the
requested resolution; the resolution is then stored in the PNG.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from ..export import check_persona
from ..export.xml_text import printable
from ..fileio import write_atomically
from ..layout import LayoutOptions, compute_layout
from ..model import Document

SCREEN_DPI = 96
#: Refuse pictures larger than this: the image alone takes 4 bytes a pixel (400 MB), and
#: painting and encoding it about as much again (bench/bench_limits.py).
MAX_PIXELS = 100_000_000


def ensure_app():
    """The running QApplication, created (offscreen when there is no display) if needed."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .application import create_app

        app = create_app()
    elif not isinstance(app, QApplication):
        raise RuntimeError("picture export needs a QApplication, not a QCoreApplication")
    return app


def _scene(doc: Document, persona: str | None):
    """A scene showing ``doc`` as the window would, with nothing selected."""
    ensure_app()
    from PySide6.QtWidgets import QGraphicsItem

    from .canvas.scene import JourneyScene
    from .controller import DocumentController

    check_persona(doc, persona)
    controller = DocumentController(doc)
    scene = JourneyScene(controller)
    if persona is not None:
        scene.set_persona_filter(persona)
    scene.clearSelection()
    scene.set_cursor(None)
    for item in scene.items():
        # cached items would be pasted as bitmaps into the SVG
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return controller, scene


def _paint(scene, image) -> None:
    """The whole scene onto ``image`` (a QImage), stretched to its size, on white;
    the image is left at screen resolution (set the real one afterwards)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter

    screen_dpm = round(SCREEN_DPI / 0.0254)
    image.setDotsPerMeterX(screen_dpm)  # fonts sized as on screen
    image.setDotsPerMeterY(screen_dpm)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), scene.sceneRect())
    painter.end()


def render_thumbnail(doc: Document, width: int, height: int):
    """A QImage of the whole map fitted into ``width`` × ``height`` pixels (its
    proportions kept): the previews of the New map dialog, drawn by the canvas."""
    from PySide6.QtGui import QImage

    controller, scene = _scene(doc, None)
    rect = scene.sceneRect()
    scale = min(width / rect.width(), height / rect.height())
    image = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    _paint(scene, image)
    del scene, controller
    return image


def png_size(doc: Document, dpi: float, persona: str | None = None) -> tuple[int, int]:
    """Width and height in pixels of the PNG of ``doc`` at ``dpi``, from the layout the
    canvas draws (its scene is exactly the geometry's size); raises ValueError beyond
    :data:`MAX_PIXELS`. Cheap next to building the scene, and so asked first: a picture
    that is refused builds nothing (a scene of 10,000 cards takes seconds to build and
    as long again to destroy)."""
    geometry = compute_layout(doc, LayoutOptions(persona=persona))
    factor = dpi / 72
    width = max(1, math.ceil(geometry.width * factor))
    height = max(1, math.ceil(geometry.height * factor))
    if width * height > MAX_PIXELS:
        raise ValueError(
            f"the picture would be {width} × {height} pixels; choose a lower resolution"
        )
    return width, height


def render_png(doc: Document, dpi: float = 150, persona: str | None = None) -> bytes:
    """The map as PNG bytes at ``dpi`` (1 scene unit = 1/72 in)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    if not 10 <= dpi <= 2400:
        raise ValueError("dpi must be from 10 to 2400")
    check_persona(doc, persona)
    doc = printable(doc)
    width, height = png_size(doc, dpi, persona)  # refused before any scene is built
    controller, scene = _scene(doc, persona)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError(f"not enough memory for a {width} × {height} picture")
    _paint(scene, image)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)  # the real resolution stored in the file
    image.setDotsPerMeterY(dpm)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the PNG")
    buffer.close()
    del scene, controller
    return bytes(data.data())


def render_svg(doc: Document, persona: str | None = None) -> bytes:
    """The map as SVG bytes; its user units are scene units (points)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    doc = printable(doc)
    controller, scene = _scene(doc, persona)
    rect = scene.sceneRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(SCREEN_DPI)
    # physical size: one scene unit is one point
    generator.setSize(QSize(math.ceil(rect.width() * SCREEN_DPI / 72),
                            math.ceil(rect.height() * SCREEN_DPI / 72)))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(doc.title)
    generator.setDescription(doc.description or doc.title)
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    buffer.close()
    del scene, controller
    return bytes(data.data())


def export_png(doc: Document, path: str | os.PathLike[str], dpi: float = 150,
               persona: str | None = None) -> None:
    """Write the map as a PNG at ``dpi``, atomically."""
    write_atomically(Path(path), render_png(doc, dpi, persona), keep_backup=False)


def export_svg(doc: Document, path: str | os.PathLike[str], persona: str | None = None) -> None:
    """Write the map as an SVG, atomically."""
    write_atomically(Path(path), render_svg(doc, persona), keep_backup=False)
