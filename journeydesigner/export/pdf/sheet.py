"""What the page plan is made of: the map's pieces (tiles or bands) and where they go."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from ...layout import Geometry, Rect
from .options import FOOTER_H, HEADER_H, PdfOptions
from .paths import Pt
from .printlayout import Frame


@dataclass(frozen=True)
class Tile:
    """One piece of the map: the content window it shows (scene units, the lane
    and stage headers beside and above it are drawn with it), its place in the
    grid of pages (tile mode) or its band number (fit mode: ``row``), the map page
    it is on (0-based) and its top-left corner there (points from the page's
    top-left)."""

    row: int
    col: int
    view: Rect
    page: int = 0
    origin: Pt = (0.0, 0.0)


@dataclass(frozen=True)
class MapPlan:
    """Where the map goes on paper. ``area`` is the page box for the map, in
    points from the page's top-left corner. In fit mode the tiles are the bands,
    stacked on one page; in tile mode there is one tile per page."""

    page: tuple[float, float]
    area: Rect
    scale: float
    rows: int
    cols: int
    tiles: tuple[Tile, ...]
    legend_on_map: bool
    legend_height: float
    text_pt: float
    mode: str
    geometry: Geometry
    frame: Frame
    #: Bottom of the map's last piece on its page, in points from the page's top.
    bottom: float = 0.0

    @property
    def pages(self) -> int:
        """Map pages (the legend's own page, if any, not counted)."""
        return 1 + max((t.page for t in self.tiles), default=0)

    @property
    def bands(self) -> int:
        """How many bands the fit page stacks (1 in tile mode)."""
        return len(self.tiles) if self.mode == "fit" else 1

    def size_on_paper(self, tile: Tile) -> tuple[float, float]:
        """Width and height of a piece with its header strips, in points."""
        s = self.scale
        return ((self.frame.strip_w + tile.view.w) * s, (self.frame.strip_h + tile.view.h) * s)


def margin(options: PdfOptions) -> float:
    return options.margin_mm * mm


def content_box(options: PdfOptions) -> Rect:
    """The page inside its margins."""
    w, h = options.page
    m = margin(options)
    return Rect(m, m, w - 2 * m, h - 2 * m)


def map_area(options: PdfOptions) -> Rect:
    """The part of a page the map may use: under the page header, above the footer."""
    box = content_box(options)
    return Rect(box.x, box.y + HEADER_H, box.w, box.h - HEADER_H - FOOTER_H)
