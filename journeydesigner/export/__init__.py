"""Exports of a journey map, chosen by the output file's extension.

``.pdf``  print-ready document (Qt-free, :mod:`.pdf`);
``.png``, ``.svg``  pictures drawn by the canvas (Qt, ``journeydesigner.gui.picture``;
headless works with the offscreen platform), handed in by the caller as ``pictures``
so that the core never imports the GUI;
``.json``, ``.journey``  the document itself in the stable file format (normalised).

Importing this package does not import Qt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from ..fileio import save
from ..model import Document

FORMATS = (".pdf", ".png", ".svg", ".json", ".journey")
PAGE_SIZE_NAMES = ("A4", "A3", "Letter", "Tabloid")


class PictureWriter(Protocol):
    """What draws PNG and SVG files (``journeydesigner.gui.picture`` is one)."""

    def export_png(self, doc: Document, path: str | os.PathLike[str], dpi: float = ...,
                   persona: str | None = ...) -> None: ...

    def export_svg(self, doc: Document, path: str | os.PathLike[str],
                   persona: str | None = ...) -> None: ...


def check_persona(doc: Document, persona: str | None) -> None:
    """Raise ValueError when ``persona`` is not the id of one of the document's personas."""
    if persona is not None and not any(p.id == persona for p in doc.personas):
        raise ValueError(f'no persona with id "{persona}"')


def export_file(
    doc: Document,
    out_path: str | os.PathLike[str],
    *,
    page_size: str = "A4",
    portrait: bool = False,
    tile: bool = False,
    persona: str | None = None,
    cover: bool = True,
    appendix: bool = True,
    dpi: float = 150,
    bands: int | None = None,
    pictures: PictureWriter | None = None,
) -> list[str]:
    """Export ``doc`` to ``out_path`` (written atomically); returns warnings.

    ``bands`` forces the number of bands of a fit PDF page; ``pictures`` draws PNG and
    SVG files (without it they are refused). Raises ValueError for an
    unknown extension, page size or persona, a band count with ``tile``, and
    ``fileio.SaveError`` when the file cannot be written.
    """
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"{out}: cannot export to {suffix or 'a file without extension'}; "
            f"use {', '.join(FORMATS[:-1])} or {FORMATS[-1]}"
        )
    if page_size not in PAGE_SIZE_NAMES:
        raise ValueError(f"unknown page size {page_size!r}; use {', '.join(PAGE_SIZE_NAMES)}")
    check_persona(doc, persona)
    if bands is not None and tile:
        raise ValueError("bands are for a map fitted on one page; tiles spread it over pages")
    warnings: list[str] = []
    if suffix == ".pdf":
        from .pdf import PdfOptions, export_pdf

        options = PdfOptions(
            page_size=page_size,  # type: ignore[arg-type]
            portrait=portrait,
            mode="tile" if tile else "fit",
            persona=persona,
            cover=cover,
            appendix=appendix,
            bands=bands,
        )
        warnings += export_pdf(doc, out, options).warnings
    elif suffix in (".png", ".svg") and pictures is None:
        raise ValueError(f"{out}: pictures are drawn by the canvas, which is not loaded here")
    elif suffix == ".png":
        pictures.export_png(doc, out, dpi=dpi, persona=persona)
    elif suffix == ".svg":
        pictures.export_svg(doc, out, persona=persona)
    else:
        if persona is not None:
            warnings.append(
                f"the persona filter does not apply to {suffix}: the whole map is written")
        save(doc, out, keep_backup=False)
    return warnings


__all__ = ["FORMATS", "PAGE_SIZE_NAMES", "PictureWriter", "check_persona", "export_file"]
