"""Page sizes, the printing constants the pages share, the options of an export
and its report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID

PageSizeName = Literal["A4", "A3", "Letter", "Tabloid"]
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "Letter": LETTER,
    "Tabloid": TABLOID,
}

#: Qt draws an N pt font N * 96 / 72 scene units high (96 dpi logical screens).
SCREEN_TEXT = 96 / 72
#: Point size of a card title on screen (items.TouchpointItem).
CARD_TITLE_PT = 9.0
#: Below this printed size a card title is not legible: fit mode warns.
MIN_LEGIBLE_PT = 6.0
#: Printed card-title sizes tile mode aims for.
TILE_TEXT_PT = (7.5, 9.0)
#: Fit mode never enlarges a small map beyond its screen size.
MAX_FIT_SCALE = 1.0

HEADER_H = 30.0
FOOTER_H = 14.0
SECTION_GAP = 10.0

# DejaVu Sans vertical metrics as Qt uses them (hhea: 1901 / 483 of 2048 units).
ASCENT = 0.928
DESCENT = 0.236
LINE_SPACING = ASCENT + DESCENT

REPLACEMENT = "\u25a1"  # □


# ---------------------------------------------------------------------------
# Options and report
# ---------------------------------------------------------------------------


@dataclass
class PdfOptions:
    """What to print and how. ``persona`` filters the map like the canvas does
    (what that persona does not live is faded) and limits the appendix."""

    page_size: PageSizeName = "A4"
    portrait: bool = False
    mode: Literal["fit", "tile"] = "fit"
    persona: str | None = None
    cover: bool = True
    appendix: bool = True
    margin_mm: float = 12
    #: Fit mode: how many bands the stages wrap into (None: the count giving the
    #: largest text).
    bands: int | None = None

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(
                f"unknown page size {self.page_size!r}; use one of {', '.join(PAGE_SIZES)}"
            )
        if self.mode not in ("fit", "tile"):
            raise ValueError(f"unknown mode {self.mode!r}; use 'fit' or 'tile'")
        if self.bands is not None and not 1 <= self.bands <= 20:
            raise ValueError("bands must be from 1 to 20")
        if not 0 <= self.margin_mm <= 50:
            raise ValueError("margin_mm must be from 0 to 50")

    @property
    def page(self) -> tuple[float, float]:
        """(width, height) of a page in points, oriented."""
        short, long = sorted(PAGE_SIZES[self.page_size])
        return (short, long) if self.portrait else (long, short)


@dataclass
class ExportReport:
    """What :func:`export_pdf` made: page counts, the map's scale and warnings."""

    pages: int = 0
    map_pages: int = 0
    rows: int = 1
    cols: int = 1
    #: Bands the fit page stacks the stages in.
    bands: int = 1
    scale: float = 1.0
    #: Printed size of a card title on the map pages, in points.
    text_pt: float = 0.0
    legend_on_map: bool = True
    #: How many distinct characters no embedded font could draw (printed as "□").
    replaced: int = 0
    findings: int | None = None
    warnings: list[str] = field(default_factory=list)
