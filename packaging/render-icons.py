#!/usr/bin/env python3
"""Render resources/icons/journeydesigner.svg to PNGs (and a Windows .ico).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render-icons.py

Writes resources/icons/journeydesigner-SIZE.png for each size in SIZES, and
journeydesigner.ico (16…256, for the Windows build) with Pillow, else Qt's ICO writer.
The macOS .icns is made on a Mac from the PNGs (see packaging/README.md).
Uses QSvgRenderer from PySide6.QtSvg; needs no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "journeydesigner.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        out = ICONS / f"journeydesigner-{size}.png"
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"{out}: could not write", file=sys.stderr)
            return 1
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size:,} bytes")
    out = ICONS / "journeydesigner.ico"
    try:  # Pillow (a reportlab dependency) writes one .ico holding every size
        from PIL import Image
    except ImportError:
        Image = None
    if Image is not None:
        # each size as rendered from the SVG (append_images), not scaled down from 256 px
        frames = [Image.open(ICONS / f"journeydesigner-{s}.png") for s in ICO_SIZES]
        frames[-1].save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=frames[:-1])
        for frame in frames:
            frame.close()
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size:,} bytes ({len(ICO_SIZES)} sizes)")
    elif "ico" in {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}:
        if render(renderer, 256).save(str(out), "ICO"):  # Qt writes one size only
            print(f"{out.relative_to(ROOT)}  {out.stat().st_size:,} bytes (256 px only)")
    else:
        print("neither Pillow nor Qt can write ICO here: journeydesigner.ico not made")
    return 0


if __name__ == "__main__":
    sys.exit(main())
