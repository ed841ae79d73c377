"""Print-ready PDF of a journey map (Qt-free, reportlab).

The map pages draw the very geometry the Qt canvas draws
(:func:`journeydesigner.layout.compute_layout`) with the same colours, marks
and line styles (:mod:`journeydesigner.style`), so the PDF looks like the
screen. Pages, in order:

1. cover (optional): title, description, language, dates, counts and one card
   per persona with goals, needs, frustrations and habits;
2. the map: scaled to one page (``mode="fit"``) or split across pages at a
   readable scale (``mode="tile"``) with a small overlap, each tile labelled
   "Page 2-3 of 3×4" so the pages can be assembled;
3. the legend: under the map when there is room, else on its own page;
4. appendix (optional): findings of :func:`journeydesigner.analysis.analyze`
   when that module is available, the touchpoints in time order with their
   stage, channel, emotion, measures and pain points (full titles, where the
   cards may cut them), the paths with their labels, the coverage table
   (touchpoints per stage × channel) and the measures per stage.

Text: every user string is drawn with text objects (no markup is parsed), in
DejaVu Sans embedded as TrueType (``resources/fonts``); characters DejaVu lacks
use WenQuanYi Micro Hei when it is installed, and anything still without a
glyph prints as a visible "□", never silently disappears. Text stays
selectable and searchable.

Units: scene units are points at 100 % zoom. Qt sizes fonts for a 96 dpi
logical screen, so a "9 pt" card title is 12 scene units high on screen; the
PDF draws text at the same scene size (:data:`SCREEN_TEXT`), so titles wrap
exactly where the canvas wraps them.
"""

from __future__ import annotations

import bisect
import colorsys
import contextlib
import io
import math
import os
import threading
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import IO, Any, Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import FILL_NON_ZERO, Canvas

from .. import __version__, style
from ..fileio import write_atomically
from ..images import (
    MAX_IMAGE_SIDE,
    ImageHeaderError,
    data_url_bytes,
    image_size,
    within_limit,
)
from ..layout import (
    EmotionLane,
    EmotionPoint,
    Geometry,
    LayoutOptions,
    Rect,
    _lives,
    compute_layout,
)
from ..model import Document, Persona, Touchpoint
from ..templates import resources_dir
from . import check_persona
from .labels import label, language_name, severity_label

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
TILE_TEXT_PT = (8.0, 9.0)
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
ELLIPSIS = "\u2026"


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

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(
                f"unknown page size {self.page_size!r}; use one of {', '.join(PAGE_SIZES)}"
            )
        if self.mode not in ("fit", "tile"):
            raise ValueError(f"unknown mode {self.mode!r}; use 'fit' or 'tile'")
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
    scale: float = 1.0
    #: Printed size of a card title on the map pages, in points.
    text_pt: float = 0.0
    legend_on_map: bool = True
    #: How many distinct characters no embedded font could draw (printed as "□").
    replaced: int = 0
    findings: int | None = None
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Fonts and text
# ---------------------------------------------------------------------------

FONT_REGULAR = "JourneyDesigner-Sans"
FONT_BOLD = "JourneyDesigner-Sans-Bold"
FONT_CJK = "JourneyDesigner-CJK"
FONT_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
#: Fonts used, when installed, for characters DejaVu Sans lacks (not shipped).
FALLBACK_FONTS: tuple[tuple[Path, int], ...] = (
    (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
)
SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

_font_lock = threading.Lock()
_registered: tuple[str, ...] | None = None
_glyphs: dict[str, Any] = {}


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, but characters beyond U+FFFF as UTF-16 pairs.

    reportlab writes ``<01> <1F600>`` (an odd number of hex digits), which PDF
    readers reject, so emoji and other astral characters could not be copied or
    searched. Identical output for everything in the basic plane.
    """

    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _font_file(name: str) -> Path:
    for folder in (resources_dir() / "fonts", SYSTEM_DEJAVU):
        path = folder / name
        if path.is_file():
            return path
    raise FileNotFoundError(
        f"font {name} is missing from {resources_dir() / 'fonts'}; the PDF export needs it"
    )


def register_fonts() -> tuple[str, ...]:
    """Register the embedded fonts once; returns the fallback font names found."""
    global _registered
    with _font_lock:
        if _registered is not None:
            return _registered
        if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, file in FONT_FILES.items():
            font = TTFont(name, str(_font_file(file)))
            pdfmetrics.registerFont(font)
            _glyphs[name] = font.face.charToGlyph
        fallbacks: list[str] = []
        for path, index in FALLBACK_FONTS:
            if not path.is_file():
                continue
            try:
                font = TTFont(FONT_CJK, str(path), subfontIndex=index)
            except Exception:  # noqa: BLE001 - an unusable system font is simply not used
                continue
            pdfmetrics.registerFont(font)
            _glyphs[FONT_CJK] = font.face.charToGlyph
            fallbacks.append(FONT_CJK)
            break
        _registered = tuple(fallbacks)
        return _registered


_SKIN_TONES = range(0x1F3FB, 0x1F400)


def _ignorable(ch: str) -> bool:
    """Invisible formatting (joiners, variation selectors, bidi marks, soft hyphens)."""
    code = ord(ch)
    return (
        unicodedata.category(ch) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def clean_text(text: str) -> str:
    """One line of printable text: NFC, control characters as spaces, invisible
    formatting characters removed."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.category(ch) == "Cc":
            out.append(" ")
        elif not _ignorable(ch):
            out.append(ch)
    return "".join(out)


class FontSet:
    """The fonts of one export, and the per-character choice between them."""

    def __init__(self, fallbacks: Sequence[str] | None = None) -> None:
        found = register_fonts()
        self.regular = FONT_REGULAR
        self.bold = FONT_BOLD
        self.fallbacks = tuple(found if fallbacks is None else fallbacks)
        #: Characters that no font had (each printed as REPLACEMENT), counted once
        #: per distinct string.
        self.missing: list[str] = []
        self._cache: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._wraps: dict[tuple[Any, ...], list[str]] = {}

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """``text`` as (font name, substring) runs; missing glyphs become "□"."""
        key = (text, bold)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        main = self.bold if bold else self.regular
        order = (main, self.regular, *self.fallbacks) if bold else (main, *self.fallbacks)
        runs: list[tuple[str, str]] = []
        font_now = ""
        buf: list[str] = []
        replaced_last = False
        for ch in clean_text(text):
            code = ord(ch)
            if replaced_last and code in _SKIN_TONES:
                continue  # one box for the whole emoji
            chosen = next((name for name in order if code in _glyphs[name]), None)
            replaced_last = chosen is None
            if chosen is None:
                self.missing.append(ch)
                chosen, ch = main, REPLACEMENT
            if chosen != font_now and buf:
                runs.append((font_now, "".join(buf)))
                buf = []
            font_now = chosen
            buf.append(ch)
        if buf:
            runs.append((font_now, "".join(buf)))
        if len(self._cache) < 50_000:
            self._cache[key] = runs
        return runs

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Advance width of ``text``, remembered: every drawn line is measured
        (to align it), and a tiled map draws the same strings on many pages."""
        key = (text, size, bold)
        cached = self._widths.get(key)
        if cached is not None:
            return cached
        width = sum(pdfmetrics.stringWidth(s, f, size) for f, s in self.runs(text, bold))
        if len(self._widths) < 50_000:
            self._widths[key] = width
        return width

    def elide(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """``text`` cut with "…" to fit ``width`` (like Qt's ElideRight)."""
        text = clean_text(text)
        if self.width(text, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:
            mid = (low + high + 1) // 2
            if self.width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + ELLIPSIS

    def wrap_card(self, text: str, width: float, size: float, max_lines: int,
                  bold: bool = False) -> list[str]:
        """Word wrap as the canvas does (items.wrap_lines): at most ``max_lines``,
        the last one elided, words never broken."""
        key = (text, width, size, max_lines, bold)
        lines = self._wraps.get(key)
        if lines is None:
            lines = self._wraps[key] = self._wrap_card(text, width, size, max_lines, bold)
        return lines

    def _wrap_card(self, text: str, width: float, size: float, max_lines: int,
                   bold: bool) -> list[str]:
        # widths add up word by word: glyph advances, no kerning, one font per character
        space = self.width(" ", size, bold)
        words = clean_text(text).split()
        lines: list[str] = []
        current, current_w = "", 0.0
        for i, word in enumerate(words):
            word_w = self.width(word, size, bold)
            trial_w = current_w + space + word_w if current else word_w
            if trial_w <= width or not current:
                current = f"{current} {word}" if current else word
                current_w = trial_w
                continue
            lines.append(current)
            current, current_w = word, word_w
            if len(lines) == max_lines - 1:
                current = " ".join(words[i:])
                break
        if current:
            lines.append(current)
        return [
            self.elide(line, width, size, bold) if self.width(line, size, bold) > width else line
            for line in lines[:max_lines]
        ]

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Word wrap without a line limit; paragraphs kept; over-long words broken."""
        key = (text, width, size, None, bold)
        lines = self._wraps.get(key)
        if lines is None:
            lines = self._wraps[key] = self._wrap(text, width, size, bold)
        return lines

    def _wrap(self, text: str, width: float, size: float, bold: bool) -> list[str]:
        space = self.width(" ", size, bold)
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            current, current_w = "", 0.0
            for word in clean_text(paragraph).split():
                word_w = self.width(word, size, bold)
                trial_w = current_w + space + word_w if current else word_w
                if trial_w <= width:
                    current = f"{current} {word}" if current else word
                    current_w = trial_w
                    continue
                if current:
                    lines.append(current)
                current, current_w = word, word_w
                if current_w > width:  # a word wider than a line: cut it where it fills one
                    while (cut := self._fitting_prefix(current, width, size, bold)) < len(
                        current
                    ):
                        lines.append(current[:cut])
                        current = current[cut:]
                    current_w = self.width(current, size, bold)
            lines.append(current)
        return lines

    def _fitting_prefix(self, text: str, width: float, size: float, bold: bool) -> int:
        """The length of the longest start of ``text`` that fits ``width`` (at least one
        character). Widths grow with the length, so the search doubles a length that
        fits, then halves the gap: O(L log L) work for a line of L characters, however
        long ``text`` is (cutting one character at a time from the end and measuring
        again took minutes for a word of 20,000 characters)."""
        fits, too_long = 1, 2
        while too_long <= len(text) and self.width(text[:too_long], size, bold) <= width:
            fits, too_long = too_long, too_long * 2
        too_long = min(too_long, len(text) + 1)
        while too_long - fits > 1:
            middle = (fits + too_long) // 2
            if self.width(text[:middle], size, bold) <= width:
                fits = middle
            else:
                too_long = middle
        return fits


# ---------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------

_colors: dict[tuple[str, float], Color] = {}


def _color(hex_color: str, alpha: float = 1.0) -> Color:
    """A reportlab colour; its alpha becomes the canvas's fill or stroke alpha."""
    key = (hex_color, alpha)
    c = _colors.get(key)
    if c is None:
        base = HexColor(hex_color)
        c = _colors[key] = Color(base.red, base.green, base.blue, alpha)
    return c


def darker(hex_color: str, factor: int) -> str:
    """QColor.darker(factor): HSV value divided by factor / 100."""
    r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    r, g, b = colorsys.hsv_to_rgb(h, s, v * 100 / factor)
    return "#{:02X}{:02X}{:02X}".format(*(round(x * 255) for x in (r, g, b)))


def lightness(hex_color: str) -> float:
    """QColor.lightnessF(): HSL lightness."""
    values = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return (max(values) + min(values)) / 2


WHITE = "#FFFFFF"
CARD_BORDER = "#9AA4AF"
STAR_FILL, STAR_LINE = "#F0E442", "#7A5B00"
WARN_FILL, WARN_LINE = "#D55E00", "#8A3B00"
RULE = "#D0D5DB"
ZEBRA = "#F4F6F8"
GAP_FILL = "#FBE3D3"


# ---------------------------------------------------------------------------
# Bezier helpers
# ---------------------------------------------------------------------------

Pt = tuple[float, float]


def _cubic_at(p: Sequence[Pt], t: float) -> Pt:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (
        a * p[0][0] + b * p[1][0] + c * p[2][0] + d * p[3][0],
        a * p[0][1] + b * p[1][1] + c * p[2][1] + d * p[3][1],
    )


def _cubic_tangent(p: Sequence[Pt], t: float) -> Pt:
    u = 1 - t
    a, b, c = 3 * u * u, 6 * u * t, 3 * t * t
    return (
        a * (p[1][0] - p[0][0]) + b * (p[2][0] - p[1][0]) + c * (p[3][0] - p[2][0]),
        a * (p[1][1] - p[0][1]) + b * (p[2][1] - p[1][1]) + c * (p[3][1] - p[2][1]),
    )


def _t_at_length(p: Sequence[Pt], fraction: float, samples: int = 48) -> float:
    """The curve parameter at a fraction of the arc length (QPainterPath::percentAtLength)."""
    lengths = [0.0]
    prev = p[0]
    for i in range(1, samples + 1):
        q = _cubic_at(p, i / samples)
        lengths.append(lengths[-1] + math.dist(prev, q))
        prev = q
    goal = fraction * lengths[-1]
    for i in range(1, samples + 1):
        if lengths[i] >= goal:
            span = lengths[i] - lengths[i - 1]
            part = (goal - lengths[i - 1]) / span if span else 0.0
            return (i - 1 + part) / samples
    return 1.0


# ---------------------------------------------------------------------------
# Drawing with top-down coordinates
# ---------------------------------------------------------------------------


class Ink:
    """Drawing on a reportlab canvas with y growing downwards.

    ``flip`` is the PDF y of the origin: on a page it is the page height; on the
    map (whose canvas is translated and scaled beforehand) it is 0.
    """

    def __init__(self, canvas: Canvas, fonts: FontSet, flip: float) -> None:
        self.c = canvas
        self.fonts = fonts
        self.flip = flip
        self.opacity = 1.0

    def y(self, y: float) -> float:
        return self.flip - y

    # -- state ------------------------------------------------------------

    def _stroke(self, color: str, width: float, dash: Sequence[float] = (), cap: int = 0) -> None:
        c = self.c
        c.setStrokeColor(_color(color, self.opacity))
        c.setLineWidth(width)
        c.setDash(list(dash) if dash else [])
        c.setLineCap(cap)

    @contextmanager
    def alpha(self, value: float) -> Iterator[None]:
        """Everything drawn inside is this much opaque (nested values multiply)."""
        before = self.opacity
        self.opacity = before * value
        try:
            yield
        finally:
            self.opacity = before

    # -- shapes -------------------------------------------------------------

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0, radius: float = 0.0,
             dash: Sequence[float] = ()) -> None:
        if w <= 0 or h <= 0:
            return
        c = self.c
        if fill:
            c.setFillColor(_color(fill, self.opacity))
        if stroke:
            self._stroke(stroke, width, dash)
        if radius > 0:
            c.roundRect(x, self.y(y + h), w, h, radius, stroke=1 if stroke else 0,
                        fill=1 if fill else 0)
        else:
            c.rect(x, self.y(y + h), w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: str, width: float = 1.0,
             dash: Sequence[float] = (), cap: int = 0) -> None:
        self._stroke(color, width, dash, cap)
        self.c.line(x1, self.y(y1), x2, self.y(y2))

    def circle(self, cx: float, cy: float, r: float, *, fill: str | None = None,
               stroke: str | None = None, width: float = 1.0) -> None:
        c = self.c
        if fill:
            c.setFillColor(_color(fill, self.opacity))
        if stroke:
            self._stroke(stroke, width)
        c.circle(cx, self.y(cy), r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def polygon(self, points: Sequence[Pt], *, fill: str | None = None,
                stroke: str | None = None, width: float = 1.0) -> None:
        c = self.c
        path = c.beginPath()
        path.moveTo(points[0][0], self.y(points[0][1]))
        for x, y in points[1:]:
            path.lineTo(x, self.y(y))
        path.close()
        if fill:
            c.setFillColor(_color(fill, self.opacity))
        if stroke:
            self._stroke(stroke, width)
        c.drawPath(path, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def curve(self, start: Pt, segments: Iterable[tuple[Pt, Pt, Pt]], color: str, width: float,
              dash: Sequence[float] = (), cap: int = 0) -> None:
        c = self.c
        path = c.beginPath()
        path.moveTo(start[0], self.y(start[1]))
        for c1, c2, end in segments:
            path.curveTo(c1[0], self.y(c1[1]), c2[0], self.y(c2[1]), end[0], self.y(end[1]))
        self._stroke(color, width, dash, cap)
        c.drawPath(path, stroke=1, fill=0)

    def quad(self, p0: Pt, q: Pt, p2: Pt, color: str, width: float, cap: int = 1) -> None:
        c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
        c2 = (p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]))
        self.curve(p0, [(c1, c2, p2)], color, width, cap=cap)

    # -- text -------------------------------------------------------------

    def text(self, x: float, baseline: float, text: str, size: float, *, bold: bool = False,
             color: str = style.TEXT, align: str = "left") -> float:
        """Draw one line (no markup parsed); returns its width."""
        runs = self.fonts.runs(text, bold)
        if not runs:
            return 0.0
        width = self.fonts.width(text, size, bold)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        c = self.c
        c.setFillColor(_color(color, self.opacity))
        t = c.beginText(x, self.y(baseline))
        for font, part in runs:
            t.setFont(font, size)
            t.textOut(part)
        c.drawText(t)
        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.fonts.width(text, size, bold)

    # -- journey marks --------------------------------------------------------

    def face(self, cx: float, cy: float, r: float, emotion: int | None) -> None:
        """items.draw_face: a face whose mouth shows the emotion."""
        base = style.EMOTION_COLORS.get(emotion, style.NO_EMOTION_COLOR)  # type: ignore[arg-type]
        self.circle(cx, cy, r, fill=base, stroke=darker(base, 140), width=1.0)
        ink = WHITE if emotion is not None and emotion != 0 else style.TEXT
        eye = r * 0.32
        for dx in (-eye, eye):  # a round-capped dot: a 0.9 disc with a 1.2 outline
            self.line(cx + dx, cy - r * 0.25, cx + dx, cy - r * 0.25, ink, 3.0, cap=1)
        if emotion is None:
            size = 12 * r / 9
            self.text(cx, cy + (ASCENT - DESCENT) * size / 2, "?", size, color=ink,
                      align="center")
            return
        mouth_y = cy + r * 0.35
        half = r * 0.45
        bend = emotion * r * 0.14
        self.quad((cx - half, mouth_y - bend / 2), (cx, mouth_y + bend),
                  (cx + half, mouth_y - bend / 2), ink, 1.2)

    def star(self, cx: float, cy: float, r: float) -> None:
        points = [
            (cx + (r if i % 2 == 0 else r * 0.45) * math.sin(i * math.pi / 5),
             cy - (r if i % 2 == 0 else r * 0.45) * math.cos(i * math.pi / 5))
            for i in range(10)
        ]
        self.polygon(points, fill=STAR_FILL, stroke=STAR_LINE, width=0.8)

    def warning(self, cx: float, cy: float, r: float) -> None:
        self.polygon([(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)],
                     fill=WARN_FILL, stroke=WARN_LINE, width=0.8)
        self.line(cx, cy - r * 0.35, cx, cy + r * 0.2, WHITE, 1.4)
        self.circle(cx, cy + r * 0.5, 0.7, fill=WHITE)

    def kind_icon(self, cx: float, cy: float, kind: str) -> None:
        """A screen for digital channels, a person for in-person ones."""
        muted = style.MUTED_TEXT
        if kind == "digital":
            self.rect(cx - 8, cy - 6, 16, 11, stroke=muted, width=1.4, radius=1.5)
            self.line(cx - 4, cy + 8, cx + 4, cy + 8, muted, 1.4)
        else:
            self.circle(cx, cy - 4, 3.5, stroke=muted, width=1.4)
            self.quad((cx - 7, cy + 8), (cx, cy - 3), (cx + 7, cy + 8), muted, 1.4, cap=0)

    def path_sample(self, start: Pt, end: Pt, polarity: str) -> None:
        """A short straight path with its head and middle marker (for the legend)."""
        mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        third = ((2 * start[0] + end[0]) / 3, (2 * start[1] + end[1]) / 3)
        two_thirds = ((start[0] + 2 * end[0]) / 3, (start[1] + 2 * end[1]) / 3)
        shape = path_shape(self.fonts, (start, third, two_thirds, end), polarity, "", mid)
        connection(self, shape)


#: How far the map's pens reach past the geometry they outline (a 2.2 pen's square
#: cap corner: 1.6; a 3.0 round dot: 1.5; the arrow head's miter: 1.1). What lies
#: farther than this outside a tile would be clipped away, so it is not drawn.
PAINT_MARGIN = 2.0
#: Size of a connection's label, in scene units.
PATH_LABEL_SIZE = 7.5 * SCREEN_TEXT
PATH_MARKER_R = 5.5


def _grow(r: Rect, d: float) -> Rect:
    return Rect(r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d)


def _bounds(points: Iterable[Pt]) -> Rect:
    xs, ys = zip(*points, strict=True)
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _union(rects: Sequence[Rect]) -> Rect:
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
    return Rect(left, top, right - left, bottom - top)


@dataclass(frozen=True)
class PathShape:
    """A connection as drawn: its curve, arrow head, middle marker and label, each
    with the box it paints (pens not counted: see :data:`PAINT_MARGIN`).

    Measured once per export, because the arc lengths and the elided label are
    costly and a tiled map shows a long path on several pages; each page then
    draws only the parts that reach it.
    """

    points: tuple[Pt, Pt, Pt, Pt]
    polarity: str
    head: tuple[Pt, Pt, Pt]
    marker: Pt
    #: The elided label (None: no label box at all).
    label: str | None
    label_box: Rect
    #: What the label's glyphs may paint: accents and stacked marks reach past its box.
    label_reach: Rect
    curve_box: Rect
    head_box: Rect
    marker_box: Rect
    bounds: Rect


def path_shape(fonts: FontSet, points: Sequence[Pt], polarity: str, label_text: str,
               label_pos: Pt) -> PathShape:
    """Where items.ConnectionItem.paint puts the parts of a connection."""
    p0, p1, p2, p3 = points
    dx, dy = _cubic_tangent(points, _t_at_length(points, 0.98))
    length = math.hypot(dx, dy) or 1.0
    dx, dy = dx / length, dy / length
    back = (-dx * 8, -dy * 8)
    side = (-dy * 4, dx * 4)
    head = (p3, (p3[0] + back[0] + side[0], p3[1] + back[1] + side[1]),
            (p3[0] + back[0] - side[0], p3[1] + back[1] - side[1]))
    mx, my = _cubic_at(points, _t_at_length(points, 0.5))
    r = PATH_MARKER_R
    label, label_box = None, Rect(label_pos[0], label_pos[1], 0, 0)
    if label_text:
        label = fonts.elide(label_text, 150, PATH_LABEL_SIZE)
        tw, fh = fonts.width(label, PATH_LABEL_SIZE), LINE_SPACING * PATH_LABEL_SIZE
        label_box = Rect(label_pos[0] - tw / 2 - 3, label_pos[1] - fh / 2, tw + 6, fh)
    label_reach = _grow(label_box, PATH_LABEL_SIZE)
    curve_box, head_box = _bounds(points), _bounds(head)
    marker_box = Rect(mx - r, my - r, 2 * r, 2 * r)
    parts = (curve_box, head_box, marker_box) + ((label_reach,) if label is not None else ())
    return PathShape((p0, p1, p2, p3), polarity, head, (mx, my), label, label_box, label_reach,
                     curve_box, head_box, marker_box, _union(parts))


def connection(ink: Ink, shape: PathShape, near: Rect | None = None) -> None:
    """items.ConnectionItem.paint: colour, dash pattern, arrow head, middle marker,
    label; with ``near``, only the parts that reach that rectangle."""
    color = style.POLARITY_COLORS[shape.polarity]
    p0, p1, p2, p3 = shape.points
    if near is None or shape.curve_box.intersects(near):
        # Qt pens have square caps: dashes grow by half the pen width at both ends.
        ink.curve(p0, [(p1, p2, p3)], color, 1.8, style.POLARITY_DASHES[shape.polarity], cap=2)
    if near is None or shape.head_box.intersects(near):
        ink.polygon(shape.head, fill=color, stroke=color, width=1.0)
    if near is None or shape.marker_box.intersects(near):
        _path_marker(ink, shape.marker, shape.polarity, color)
    if shape.label is not None and (near is None or shape.label_reach.intersects(near)):
        _path_label(ink, shape.label, shape.label_box)


def _path_marker(ink: Ink, at: Pt, polarity: str, color: str) -> None:
    """The circle in the middle of a path, with "+", "×" or "◇" for its polarity."""
    mx, my = at
    ink.circle(mx, my, PATH_MARKER_R, fill=WHITE, stroke=color, width=1.4)
    if polarity == "positive":
        ink.line(mx - 3, my, mx + 3, my, color, 1.4, cap=2)
        ink.line(mx, my - 3, mx, my + 3, color, 1.4, cap=2)
    elif polarity == "negative":
        ink.line(mx - 2.5, my - 2.5, mx + 2.5, my + 2.5, color, 1.4, cap=2)
        ink.line(mx - 2.5, my + 2.5, mx + 2.5, my - 2.5, color, 1.4, cap=2)
    else:
        ink.polygon([(mx, my - 3), (mx + 3, my), (mx, my + 3), (mx - 3, my)],
                    stroke=color, width=1.4)


def _path_label(ink: Ink, text: str, box: Rect) -> None:
    """The label on a translucent white box, centred where the layout puts it."""
    with ink.alpha(220 / 255):
        ink.rect(box.x, box.y, box.w, box.h, fill=WHITE, radius=3)
    ink.text(box.x + box.w / 2, box.y + ASCENT * PATH_LABEL_SIZE, text, PATH_LABEL_SIZE,
             align="center")


# ---------------------------------------------------------------------------
# The map, in scene units
# ---------------------------------------------------------------------------


class MapPainter:
    """Draws a :class:`Geometry` like the Qt canvas items (items.py) do."""

    def __init__(self, ink: Ink, doc: Document, geometry: Geometry) -> None:
        self.ink = ink
        self.doc = doc
        self.g = geometry
        self.lang = style.language_of(doc.language)
        self.touchpoints = {t.id: t for t in doc.touchpoints}
        self.stages = {s.id: s for s in doc.stages}
        self.channels = {c.id: c for c in doc.channels}
        self.persona_colors = style.persona_colors(doc.personas)
        self.labels = {c.id: c.label for c in doc.connections}

    @cached_property
    def paths(self) -> list[tuple[PathShape, bool]]:
        """Every connection's shape and whether it is dimmed, measured on first use
        (the page-counting pass draws no map)."""
        return [
            (path_shape(self.ink.fonts, (path.start, path.c1, path.c2, path.end),
                        str(path.polarity), self.labels.get(path.connection_id, ""),
                        path.label_pos), path.dimmed)
            for path in self.g.connections
        ]

    def draw(self, view: Rect) -> None:
        """What shows in ``view`` (a scene rectangle), in z order. Things wholly
        outside it would be clipped away, so a tile draws only its own share of
        the map rather than everything near it."""
        near = _grow(view, PAINT_MARGIN)
        self.grid(near)
        for shape, dimmed in self.paths:  # under the cards, which hide any path below
            if shape.bounds.intersects(near):
                with self.ink.alpha(0.25 if dimmed else 1.0):
                    connection(self.ink, shape, near)
        for box in self.g.cards.values():
            if box.rect.intersects(near):
                tp = self.touchpoints.get(box.touchpoint_id)
                if tp is not None:
                    with self.ink.alpha(0.3 if box.dimmed else 1.0):
                        self.card(tp, box.rect)
        for lane in self.g.lanes:
            if lane.header.intersects(near) and lane.channel_id in self.channels:
                self.lane_header(lane.header, self.channels[lane.channel_id].name,
                                 str(lane.kind), self.channels[lane.channel_id].color)
        for stage in self.g.stages:
            if stage.header.intersects(near) and stage.stage_id in self.stages:
                obj = self.stages[stage.stage_id]
                self.stage_header(stage.header, obj.name, obj.color or style.DEFAULT_STAGE_COLOR)
        if self.g.corner.intersects(near):
            self.corner(self.g.corner, self.doc.title)

    # -- background ---------------------------------------------------------

    def grid(self, near: Rect) -> None:
        ink, g = self.ink, self.g
        for lane in g.lanes:
            if lane.row.intersects(near):
                r = lane.row
                ink.rect(r.x, r.y, r.w, r.h, fill=style.KIND_COLORS[str(lane.kind)])
        size = 9 * SCREEN_TEXT
        for group in g.groups:
            r = group.rect
            if not r.intersects(near):
                continue
            ink.rect(r.x, r.y, r.w, r.h, fill=darker(style.KIND_COLORS[str(group.kind)], 112))
            text = style.KIND_LABELS[self.lang][str(group.kind)].upper()
            baseline = r.y + (r.h - LINE_SPACING * size) / 2 + ASCENT * size
            ink.text(r.x + 10, baseline, text, size, bold=True)
        top = g.lanes[0].row.y if g.lanes else 0.0
        bottom = g.emotion_lane.rect.bottom
        for stage in g.stages:
            col = stage.column
            if col.intersects(near):
                ink.line(col.right, col.y, col.right, bottom, style.GRID_LINE, 1.2)
                for step in stage.steps[1:]:
                    ink.line(step.rect.x, top, step.rect.x, bottom, style.GRID_LINE, 0.8,
                             dash=(0.8, 1.6))
        left, right = g.corner.x, g.width - g.corner.x  # the canvas draws into the padding
        for lane in g.lanes:
            if lane.row.intersects(near):
                ink.line(left, lane.row.bottom, right, lane.row.bottom, style.GRID_LINE, 1.0)
        self.emotion_lane(g.emotion_lane, g.emotion_points, near)

    def emotion_lane(self, lane: EmotionLane, points: list[EmotionPoint], near: Rect) -> None:
        ink = self.ink
        r, la = lane.rect, lane.label_area
        if not (r.intersects(near) or la.intersects(near)):
            return
        ink.rect(r.x, r.y, r.w, r.h, fill="#FAFAFA")
        ink.rect(la.x, la.y, la.w, la.h, fill="#F2F3F5")
        size = 7.5 * SCREEN_TEXT
        for level, y in lane.levels.items():
            ink.line(la.right, y, r.right, y, "#E3E6EA", 1.0, dash=(4, 2) if level else ())
            baseline = y - LINE_SPACING * size / 2 + ASCENT * size
            text = self.ink.fonts.elide(style.EMOTION_LABELS[self.lang][level], la.w - 30, size)
            ink.text(la.x + 6, baseline, text, size, color=style.MUTED_TEXT)
            ink.face(la.right - 14, y, 6, level)
        c = ink.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(la.right, ink.y(r.bottom), max(0.0, r.right - la.right), r.h)
        c.clipPath(clip, stroke=0, fill=0)
        # the points whose faces reach ``near``, and one more each side for the curve
        face_r = 7
        xs = [p.x for p in points]
        first = max(0, bisect.bisect_left(xs, near.x - face_r) - 1)
        points = points[first : bisect.bisect_right(xs, near.right + face_r) + 1]
        if len(points) >= 2:
            segments = []
            for a, b in zip(points, points[1:], strict=False):
                mx = (a.x + b.x) / 2
                segments.append(((mx, a.y), (mx, b.y), (b.x, b.y)))
            ink.curve((points[0].x, points[0].y), segments, "#333333", 2.2, cap=2)
        for p in points:
            ink.face(p.x, p.y, face_r, round(p.emotion))
        c.restoreState()

    # -- cards ----------------------------------------------------------------

    def card(self, tp: Touchpoint, r: Rect) -> None:
        ink = self.ink
        x, y, w, h = r.x, r.y, r.w, r.h
        ink.rect(x, y, w, h, fill=WHITE, stroke=CARD_BORDER, width=1.0, radius=6)
        band = style.EMOTION_COLORS.get(tp.emotion, style.NO_EMOTION_COLOR)  # type: ignore[arg-type]
        c = ink.c
        path = c.beginPath()
        path.roundRect(x + 0.5, ink.y(y + 12.5), w - 1, 12, 6)
        path.rect(x + 0.5, ink.y(y + 12.5), w - 1, 6)
        c.setFillColor(_color(band, ink.opacity))
        c.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        ink.face(x + w - 14, y + 20, 9, tp.emotion)

        size = CARD_TITLE_PT * SCREEN_TEXT
        line_y = y + 17.0
        for line in ink.fonts.wrap_card(tp.title, w - 38, size, 3):
            ink.text(x + 8, line_y + ASCENT * size, line, size)
            line_y += LINE_SPACING * size

        dot_x = x + 9.0
        for pid in tp.personas[:6]:
            fill = self.persona_colors.get(pid, style.UNKNOWN_PERSONA_COLOR)
            ink.circle(dot_x, y + h - 9, 4.5, fill=fill, stroke=WHITE, width=1.0)
            dot_x += 10
        right = x + w - 10
        if tp.moment_of_truth:
            ink.star(right, y + h - 9, 6)
            right -= 16
        if tp.pain_points:
            ink.warning(right, y + h - 9, 6)
            right -= 16
        metric = next(
            (f"{k.upper()} {v:g}" for k in ("nps", "csat", "ces")
             if (v := getattr(tp.metrics, k)) is not None),
            None,
        )
        if metric:
            ink.text(right + 4, y + h - 6, metric, 7 * SCREEN_TEXT, color=style.MUTED_TEXT,
                     align="right")

    # -- headers ----------------------------------------------------------------

    def stage_header(self, r: Rect, name: str, color: str) -> None:
        ink = self.ink
        ink.rect(r.x, r.y, r.w, r.h, fill=color)
        size = 11 * SCREEN_TEXT
        text_color = WHITE if lightness(color) < 0.6 else style.TEXT
        text = ink.fonts.elide(name, r.w - 16, size, bold=True)
        baseline = r.y + (r.h - LINE_SPACING * size) / 2 + ASCENT * size
        ink.text(r.x + 8, baseline, text, size, bold=True, color=text_color)

    def lane_header(self, r: Rect, name: str, kind: str, accent: str | None) -> None:
        ink = self.ink
        ink.rect(r.x, r.y, r.w, r.h, fill=darker(style.KIND_COLORS[kind], 104),
                 stroke=style.GRID_LINE, width=1.0)
        if accent:
            ink.rect(r.x, r.y, 5, r.h, fill=accent)
        ink.kind_icon(r.x + 18, r.y + 18, kind)
        size = 9.5 * SCREEN_TEXT
        y = r.y + 10
        for line in ink.fonts.wrap_card(name, r.w - 40, size, 3, bold=True):
            ink.text(r.x + 32, y + ASCENT * size, line, size, bold=True)
            y += LINE_SPACING * size

    def corner(self, r: Rect, title: str) -> None:
        ink = self.ink
        ink.rect(r.x, r.y, r.w, r.h, fill=WHITE)
        size = 9 * SCREEN_TEXT
        lines = ink.fonts.wrap_card(title, r.w - 12, size, 2, bold=True)
        block = len(lines) * LINE_SPACING * size
        y = r.y + 2 + (r.h - 4 - block) / 2
        for line in lines:
            ink.text(r.x + 6, y + ASCENT * size, line, size, bold=True)
            y += LINE_SPACING * size


# ---------------------------------------------------------------------------
# Page plan of the map
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    """One map page: the scene rectangle it shows, and its place in the grid."""

    row: int
    col: int
    view: Rect


@dataclass(frozen=True)
class MapPlan:
    """Where the map goes on paper. ``area`` is the page box for the map, in
    points from the page's top-left corner; tiles are drawn at its top-left
    (centred horizontally in fit mode)."""

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

    @property
    def pages(self) -> int:
        return len(self.tiles)


def _margin(options: PdfOptions) -> float:
    return options.margin_mm * mm


def _content_box(options: PdfOptions) -> Rect:
    w, h = options.page
    m = _margin(options)
    return Rect(m, m, w - 2 * m, h - 2 * m)


def _greedy(total: float, span: float, cuts: Sequence[float], overlap: float,
            fallback_overlap: float) -> list[tuple[float, float]]:
    pieces: list[tuple[float, float]] = []
    start = 0.0
    span = max(span, 1.0)
    while True:
        if total - start <= span + 1e-6:
            pieces.append((start, total))
            return pieces
        limit = start + span
        usable = [b for b in cuts if start + span * 0.35 < b <= limit]
        if usable:
            end, back = max(usable), overlap
        else:
            end, back = limit, min(fallback_overlap, span * 0.3)
        pieces.append((start, end))
        start = end - back


def _segments(total: float, span: float, cuts: Sequence[float], overlap: float,
              fallback_overlap: float) -> list[tuple[float, float]]:
    """Split [0, total] into as few pieces at most ``span`` long as possible, cutting
    where ``cuts`` allow (between columns or lanes, so no card is cut), each piece
    starting ``overlap`` before the previous one ends. Pieces are balanced: the
    shortest span that needs no more pieces is used, so the last page is not a sliver.
    """
    pieces = _greedy(total, span, cuts, overlap, fallback_overlap)
    count = len(pieces)
    if count == 1:
        return pieces
    low, high = total / count, span
    for _ in range(24):
        mid = (low + high) / 2
        if len(_greedy(total, mid, cuts, overlap, fallback_overlap)) <= count:
            high = mid
        else:
            low = mid
    return _greedy(total, high, cuts, overlap, fallback_overlap)


def plan_map(doc: Document, options: PdfOptions, geometry: Geometry | None = None,
             legend_height: float | None = None, fonts: FontSet | None = None) -> MapPlan:
    """The pages of the map for these options (no drawing)."""
    g = geometry or compute_layout(doc, LayoutOptions(persona=options.persona))
    box = _content_box(options)
    area = Rect(box.x, box.y + HEADER_H, box.w, box.h - HEADER_H - FOOTER_H)
    if legend_height is None:
        legend_height = Legend(doc, options, fonts or FontSet(), box.w).height
    gw, gh = max(g.width, 1.0), max(g.height, 1.0)
    title_size = CARD_TITLE_PT * SCREEN_TEXT
    if options.mode == "fit":
        full = min(area.w / gw, area.h / gh, MAX_FIT_SCALE)
        room = area.h - legend_height - SECTION_GAP
        with_legend = min(area.w / gw, room / gh, MAX_FIT_SCALE) if room > 0 else 0.0
        legend_on_map = with_legend >= full * 0.85
        scale = with_legend if legend_on_map else full
        tiles = (Tile(1, 1, Rect(0, 0, gw, gh)),)
        return MapPlan(options.page, area, scale, 1, 1, tiles, legend_on_map, legend_height,
                       title_size * scale, "fit")

    x_cuts = sorted({s.column.x for s in g.stages}
                    | {c.rect.x for s in g.stages for c in s.steps} | {g.width})
    y_cuts = sorted({lane.row.bottom for lane in g.lanes} | {gr.rect.y for gr in g.groups}
                    | {g.emotion_lane.rect.y, g.height})
    # the overlap stays inside the gutters between cards (cards are never cut)
    x_overlap = max(0.0, min(12.0, LayoutOptions().step_gap / 2 - 4))
    y_overlap = max(0.0, min(8.0, LayoutOptions().card_gap - 2))
    low, high = (pt / title_size for pt in TILE_TEXT_PT)
    best: tuple[int, float, list, list] | None = None
    steps = 20
    for i in range(steps + 1):
        s = high - (high - low) * i / steps
        fallback = 6 * mm / s
        xs = _segments(gw, area.w / s, x_cuts, x_overlap, fallback)
        ys = _segments(gh, area.h / s, y_cuts, y_overlap, fallback)
        count = len(xs) * len(ys)
        if best is None or count < best[0]:
            best = (count, s, xs, ys)
    assert best is not None
    _, scale, xs, ys = best
    tiles = tuple(
        Tile(r + 1, c + 1, Rect(x0, y0, x1 - x0, y1 - y0))
        for r, (y0, y1) in enumerate(ys)
        for c, (x0, x1) in enumerate(xs)
    )
    last = tiles[-1]
    legend_on_map = last.view.h * scale + SECTION_GAP + legend_height <= area.h
    return MapPlan(options.page, area, scale, len(ys), len(xs), tiles, legend_on_map,
                   legend_height, title_size * scale, "tile")


def tile_origin(plan: MapPlan, tile: Tile) -> Pt:
    """Top-left corner of a tile on its page (points from the page's top-left)."""
    if plan.mode == "fit":
        drawn = tile.view.w * plan.scale
        return (plan.area.x + max(0.0, (plan.area.w - drawn) / 2), plan.area.y)
    return (plan.area.x, plan.area.y)


# ---------------------------------------------------------------------------
# Legend
# ---------------------------------------------------------------------------

LEGEND_TITLE = 8.0
LEGEND_TEXT = 7.5
LEGEND_ROW = 12.5
LEGEND_GAP = 26.0
#: Width of the icon column of each kind of legend item.
LEGEND_ICONS = {"face": 19.0, "path": 48.0, "kind": 46.0, "star": 19.0, "warning": 19.0,
                "metric": 30.0, "dimmed": 38.0, "persona": 15.0}


@dataclass
class _Block:
    title: str
    items: list[tuple[str, Any, str]]  # (kind of icon, icon data, text)
    icon: float = 0.0
    width: float = 0.0
    x: float = 0.0
    y: float = 0.0

    @property
    def height(self) -> float:
        return LEGEND_TITLE + 6 + len(self.items) * LEGEND_ROW


class Legend:
    """The legend blocks laid out left to right (wrapping) in ``width`` points."""

    def __init__(self, doc: Document, options: PdfOptions, fonts: FontSet, width: float) -> None:
        lang = doc.language
        self.fonts = fonts
        self.title = label(lang, "legend")
        lg = style.language_of(lang)
        blocks = [
            _Block(label(lang, "legend_emotion"),
                   [("face", e, f"{style.EMOTION_SYMBOLS[e]}  {style.EMOTION_LABELS[lg][e]}")
                    for e in (2, 1, 0, -1, -2)]
                   + [("face", None, label(lang, "unknown_emotion"))]),
            _Block(label(lang, "legend_paths"),
                   [("path", p, label(lang, f"path_{p}"))
                    for p in ("positive", "negative", "neutral")]),
            _Block(label(lang, "legend_channels"),
                   [("kind", k, style.KIND_LABELS[lg][k]) for k in ("digital", "in_person")]),
        ]
        marks: list[tuple[str, Any, str]] = [
            ("star", None, label(lang, "moment_of_truth")),
            ("warning", None, label(lang, "pain_point")),
            ("metric", None, label(lang, "metric")),
        ]
        persona = next((p for p in doc.personas if p.id == options.persona), None)
        if persona is not None:
            marks.append(("dimmed", None, label(lang, "dimmed", persona=persona.name)))
        blocks.append(_Block(label(lang, "legend_marks"), marks))
        colors = style.persona_colors(doc.personas)
        people = [("persona", colors[p.id], p.name) for p in doc.personas]
        per_column = 6
        for i in range(0, len(people), per_column):
            title = label(lang, "legend_personas") if i == 0 else ""
            blocks.append(_Block(title, people[i : i + per_column]))
        x = y = row_h = 0.0
        for block in blocks:
            block.icon = max(LEGEND_ICONS[kind] for kind, _, _ in block.items)
            text_w = max((fonts.width(t, LEGEND_TEXT) for _, _, t in block.items), default=0.0)
            block.width = min(
                max(block.icon + text_w, fonts.width(block.title, LEGEND_TITLE, True)), width
            )
            if x > 0 and x + block.width > width:
                x, y = 0.0, y + row_h + 8
                row_h = 0.0
            block.x, block.y = x, y
            x += block.width + LEGEND_GAP
            row_h = max(row_h, block.height)
        self.blocks = blocks
        self.width = width
        self.height = y + row_h + 14  # + the rule and heading above

    def draw(self, ink: Ink, left: float, top: float) -> None:
        ink.line(left, top, left + self.width, top, RULE, 0.6)
        ink.text(left, top + 9, self.title.upper(), 6.5, bold=True, color=style.MUTED_TEXT)
        origin = top + 14
        for block in self.blocks:
            bx, by = left + block.x, origin + block.y
            ink.text(bx, by + LEGEND_TITLE, block.title, LEGEND_TITLE, bold=True)
            y = by + LEGEND_TITLE + 6
            for kind, data, text in block.items:
                cy = y + LEGEND_ROW / 2
                self._icon(ink, kind, data, bx, cy)
                text = self.fonts.elide(text, block.width - block.icon, LEGEND_TEXT)
                ink.text(bx + block.icon, cy + 2.7, text, LEGEND_TEXT)
                y += LEGEND_ROW

    @staticmethod
    def _icon(ink: Ink, kind: str, data: Any, x: float, cy: float) -> None:
        if kind == "face":
            ink.face(x + 6, cy, 5.5, data)
        elif kind == "path":
            ink.path_sample((x, cy), (x + 40, cy), data)
        elif kind == "kind":
            ink.rect(x, cy - 5.5, 38, 11, fill=style.KIND_COLORS[data],
                     stroke=style.GRID_LINE, width=0.6)
            ink.c.saveState()
            ink.c.translate(x + 19, ink.y(cy))
            ink.c.scale(0.55, 0.55)
            Ink(ink.c, ink.fonts, 0).kind_icon(0, 0, data)
            ink.c.restoreState()
        elif kind == "star":
            ink.star(x + 6, cy, 5.5)
        elif kind == "warning":
            ink.warning(x + 6, cy, 5.5)
        elif kind == "metric":
            ink.text(x, cy + 2.5, "NPS 41", 6.5, color=style.MUTED_TEXT)
        elif kind == "dimmed":
            with ink.alpha(0.3):
                ink.rect(x, cy - 5, 30, 10, fill=WHITE, stroke=CARD_BORDER, radius=2)
                ink.rect(x, cy - 5, 30, 3, fill=style.EMOTION_COLORS[1])
        elif kind == "persona":
            ink.circle(x + 5, cy, 4.5, fill=data, stroke=WHITE)


# ---------------------------------------------------------------------------
# Text flow for the cover and the appendix
# ---------------------------------------------------------------------------


class _Writer:
    """The canvas, the page furniture and a cursor for flowing content."""

    def __init__(self, canvas: Canvas, doc: Document, options: PdfOptions, fonts: FontSet,
                 total_pages: int | None) -> None:
        self.c = canvas
        self.doc = doc
        self.options = options
        self.fonts = fonts
        self.lang = doc.language
        self.page_w, self.page_h = options.page
        self.box = _content_box(options)
        self.ink = Ink(canvas, fonts, self.page_h)
        self.page = 1
        self.total = total_pages
        self.y = self.box.y
        self.outline: list[tuple[str, str, int]] = []
        #: Left part of this page's footer (None: the map's title).
        self.footer_left: str | None = None
        self._page_has_content = False
        self._section = ""

    # -- pages ---------------------------------------------------------------

    def finish_page(self) -> None:
        """Draw the footer and close the page."""
        self.footer()
        self.c.showPage()

    def new_page(self) -> None:
        """End the current page (with its footer) and start the next one."""
        self.finish_page()
        self.page += 1
        self.y = self.box.y
        self.footer_left = None
        self._page_has_content = False

    def fresh_page(self) -> None:
        """Start a new page unless the current one is still empty."""
        if self._page_has_content:
            self.new_page()

    def footer(self) -> None:
        ink, box = self.ink, self.box
        base = box.bottom - 2
        total = self.total if self.total is not None else 0
        right = label(self.lang, "page", n=self.page, total=total)
        right_w = ink.text(box.right, base, right, 7, color=style.MUTED_TEXT, align="right")
        text = self.footer_left if self.footer_left is not None else self.doc.title
        text = self.fonts.elide(text, box.w - right_w - 24, 7)
        ink.text(box.x, base, text, 7, color=style.MUTED_TEXT)

    def bookmark(self, title: str, level: int = 0) -> None:
        key = f"jd{len(self.outline)}"
        self.c.bookmarkPage(key, fit="XYZ", left=0, top=self.page_h)
        self.outline.append((key, title, level))

    def space_left(self) -> float:
        return self.box.bottom - FOOTER_H - self.y

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` fits; True when a page was started."""
        if height <= self.space_left() or not self._page_has_content:
            return False
        self.new_page()
        if self._section:
            self.running_head(self._section)
        return True

    def running_head(self, text: str) -> None:
        ink = self.ink
        ink.text(self.box.x, self.y + 8, self.fonts.elide(text, self.box.w, 8), 8,
                 color=style.MUTED_TEXT)
        self.y += 16

    def used(self) -> None:
        self._page_has_content = True

    # -- text blocks ------------------------------------------------------------

    def heading(self, text: str, size: float = 15, before: float = 6,
                bookmark: int | None = None) -> None:
        """A bold heading kept with at least 40 points of what follows; with
        ``bookmark`` (a level) it gets an outline entry."""
        self.ensure(self._heading_height(text, size, before) + 40)
        self._draw_heading(text, size, before, bookmark)

    def _heading_height(self, text: str, size: float, before: float) -> float:
        return before + len(self.fonts.wrap(text, self.box.w, size, bold=True)) * size * 1.25 + 6

    def _draw_heading(self, text: str, size: float, before: float,
                      bookmark: int | None) -> None:
        if bookmark is not None:
            self.bookmark(text, level=bookmark)
        self.y += before
        for line in self.fonts.wrap(text, self.box.w, size, bold=True):
            self.ink.text(self.box.x, self.y + size, line, size, bold=True)
            self.y += size * 1.25
        self.y += 6
        self.used()

    def paragraph(self, text: str, size: float = 9, color: str = style.TEXT,
                  width: float | None = None, leading: float = 1.35) -> None:
        for line in self.fonts.wrap(text, width or self.box.w, size):
            self.ensure(size * leading)
            self.ink.text(self.box.x, self.y + size, line, size, color=color)
            self.y += size * leading
            self.used()

    # -- tables -------------------------------------------------------------------

    def table(self, columns: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[Any]],
              size: float = 7.5, width: float | None = None, title: str | None = None) -> None:
        """A table with wrapped cells; the header row repeats after a page break.

        ``columns``: (heading, share of the width, align); a cell is a string or a
        dict with ``text`` and optional ``fill``, ``color`` and ``bold``. A row taller
        than a page continues on the next one. ``title`` is a heading (with an
        outline entry) kept on the same page as the table's first rows.
        """
        total = sum(share for _, share, _ in columns)
        table_w = min(width or self.box.w, self.box.w)
        widths = [table_w * share / total for _, share, _ in columns]
        right_edge = self.box.x + table_w
        pad = 4.0
        leading = size * 1.3

        def cells_of(row: Sequence[Any]) -> list[dict[str, Any]]:
            return [cell if isinstance(cell, dict) else {"text": str(cell)} for cell in row]

        def layout(row: Sequence[Any], bold: bool = False) -> tuple[list, float]:
            cells = cells_of(row)
            wrapped = [
                self.fonts.wrap(cell["text"], w - 2 * pad, size, bold or cell.get("bold", False))
                for cell, w in zip(cells, widths, strict=True)
            ]
            height = max(len(lines) for lines in wrapped) * leading + 2 * pad
            return list(zip(cells, wrapped, strict=True)), height

        header, header_h = layout([c[0] for c in columns], bold=True)

        def draw_row(laid: list, height: float, bold: bool, fill: str | None) -> None:
            x = self.box.x
            if fill:
                self.ink.rect(x, self.y, table_w, height, fill=fill)
            for (cell, lines), w, (_, _, align) in zip(laid, widths, columns, strict=True):
                if cell.get("fill"):
                    self.ink.rect(x, self.y, w, height, fill=cell["fill"])
                ty = self.y + pad + size
                for line in lines:
                    is_bold = bold or cell.get("bold", False)
                    ink_color = cell.get("color") or style.TEXT
                    if align == "right":
                        tx = x + w - pad
                    elif align == "center":
                        tx = x + w / 2
                    else:
                        tx = x + pad
                    self.ink.text(tx, ty, line, size, bold=is_bold, color=ink_color, align=align)
                    ty += leading
                x += w
            self.y += height
            self.ink.line(self.box.x, self.y, right_edge, self.y, RULE, 0.5)

        def draw_header() -> None:
            self.ink.line(self.box.x, self.y, right_edge, self.y, style.TEXT, 0.8)
            draw_row(header, header_h, True, None)
            self.used()

        def continue_on_next_page() -> None:
            self.new_page()
            if self._section:
                self.running_head(self._section)
            draw_header()

        laid_rows = [layout(row) for row in rows]
        fresh_room = self.box.bottom - FOOTER_H - self.box.y - 16 - header_h
        whole = sum(height for _, height in laid_rows)
        # a table that fits on a page is not split; a longer one starts where it can
        title_h = self._heading_height(title, 12, 6) if title else 0.0
        if title_h + whole <= fresh_room:
            self.ensure(title_h + header_h + whole)
        else:
            self.ensure(title_h + header_h + min(whole, 60))
        if title:
            self._draw_heading(title, 12, 6, bookmark=1)
        draw_header()
        for i, (laid, height) in enumerate(laid_rows):
            fill = ZEBRA if i % 2 else None
            if height > self.space_left() and height <= fresh_room:
                continue_on_next_page()
            while height > self.space_left():
                # a row taller than a page: as many lines as fit, the rest on the next page
                fit = int((self.space_left() - 2 * pad) // leading)
                if fit < 1:
                    continue_on_next_page()
                    continue
                head = [(cell, lines[:fit]) for cell, lines in laid]
                laid = [(cell, lines[fit:]) for cell, lines in laid]
                draw_row(head, fit * leading + 2 * pad, False, fill)
                height = max(len(lines) for _, lines in laid) * leading + 2 * pad
                continue_on_next_page()
            draw_row(laid, height, False, fill)
        self.y += 8


# ---------------------------------------------------------------------------
# Cover
# ---------------------------------------------------------------------------


def _persona_sections(lang: str, persona: Persona) -> list[tuple[str, list[str]]]:
    return [
        (label(lang, key), items)
        for key, items in (
            ("goals", persona.goals),
            ("needs", persona.needs),
            ("frustrations", persona.frustrations),
            ("habits", persona.habits),
        )
        if items
    ]


#: The longest side of a persona picture as embedded: it prints 46 points wide, so
#: this is over 600 dpi; a larger picture would only make the PDF (and the memory of
#: the export) larger.
PRINT_IMAGE_SIDE = 384


def _image_problem(persona: Persona) -> str | None:
    """Why the persona's picture is left out of the PDF (None: it is printed, or none)."""
    data = data_url_bytes(persona.image) if persona.image else None
    if data is None:
        return None
    try:
        _kind, width, height = image_size(data)
    except ImageHeaderError:
        return f'the image of persona "{persona.id}" is damaged: it is left out'
    if not within_limit(width, height):
        return (f'the image of persona "{persona.id}" is {width} × {height} pixels, more than '
                f"{MAX_IMAGE_SIDE} on a side: it is left out")
    return None


@lru_cache(maxsize=16)
def _print_image(url: str) -> Any:
    """The picture of a data URL scaled down for print, or None when it cannot be read.
    Its size is read from the header first: one over :data:`MAX_IMAGE_SIDE` pixels on
    a side is never decoded (a 0.7 MB PNG can claim 13,300 × 13,300 pixels, 1.8 GB)."""
    data = data_url_bytes(url)
    try:
        if data is None or not within_limit(*image_size(data)[1:]):
            return None
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data))
            picture.draft("RGB", (PRINT_IMAGE_SIDE, PRINT_IMAGE_SIDE))  # JPEG: decode small
            picture.thumbnail((PRINT_IMAGE_SIDE, PRINT_IMAGE_SIDE))
            if picture.mode not in ("RGB", "RGBA", "L", "LA"):
                picture = picture.convert("RGBA")
        return ImageReader(picture)
    except Exception:  # noqa: BLE001 - a picture that cannot be read is left out
        return None


def _persona_image(persona: Persona) -> Any:
    return _print_image(persona.image) if persona.image else None


class _PersonaCard:
    """A persona's card, as rows that can be split across pages when it is very long."""

    PAD = 9.0
    IMAGE = 46.0

    def __init__(self, w: _Writer, persona: Persona, width: float) -> None:
        self.persona = persona
        self.width = width
        self.color = style.persona_colors(w.doc.personas)[persona.id]
        self.image = _persona_image(persona)
        fonts, lang = w.fonts, w.lang
        inner = width - 2 * self.PAD - 3
        head_w = inner - (self.IMAGE + 8 if self.image else 0)
        # rows: (height, kind, text)
        rows: list[tuple[float, str, str]] = []
        rows += [(15.0, "name", line) for line in fonts.wrap(persona.name, head_w, 12, bold=True)]
        if persona.age is not None:
            rows.append((11.0, "meta", label(lang, "age", age=persona.age)))
        if persona.description:
            rows += [(10.5, "meta", line) for line in fonts.wrap(persona.description, head_w, 8)]
        if self.image is not None:
            head = sum(h for h, _, _ in rows)
            if head < self.IMAGE + 4:
                rows.append((self.IMAGE + 4 - head, "space", ""))
        for title, items in _persona_sections(lang, persona):
            rows.append((14.0, "section", title.upper()))
            for item in items:
                for i, line in enumerate(fonts.wrap(item, inner - 9, 8)):
                    rows.append((10.5, "bullet" if i == 0 else "line", line))
                rows.append((1.5, "space", ""))
        self.rows = rows
        self.height = 2 * self.PAD + 2 + sum(h for h, _, _ in rows)

    def frame(self, ink: Ink, x: float, y: float, height: float) -> None:
        ink.rect(x, y, self.width, height, fill=WHITE, radius=5)
        c = ink.c
        c.saveState()
        clip = c.beginPath()
        clip.roundRect(x, ink.y(y + height), self.width, height, 5)
        c.clipPath(clip, stroke=0, fill=0)
        ink.rect(x, y, 5, height, fill=self.color)
        c.restoreState()
        ink.rect(x, y, self.width, height, stroke=RULE, width=0.8, radius=5)

    def draw(self, ink: Ink, x: float, y: float, height: float, start: int = 0,
             end: int | None = None) -> None:
        """The frame, and rows ``start:end`` inside it."""
        self.frame(ink, x, y, height)
        left = x + self.PAD + 3
        cy = y + self.PAD + 2
        if start == 0 and self.image is not None:
            with contextlib.suppress(Exception):  # a broken picture is left out
                ink.c.drawImage(self.image, x + self.width - self.PAD - self.IMAGE,
                                ink.y(y + self.PAD + self.IMAGE), self.IMAGE, self.IMAGE,
                                preserveAspectRatio=True, anchor="c", mask="auto")
        for h, kind, text in self.rows[start:end]:
            if kind == "name":
                ink.text(left, cy + 12, text, 12, bold=True)
            elif kind == "meta":
                ink.text(left, cy + 8, text, 8, color=style.MUTED_TEXT)
            elif kind == "section":
                ink.text(left, cy + 12.5, text, 7, bold=True, color=color_text(self.color))
            elif kind in ("bullet", "line"):
                if kind == "bullet":
                    ink.circle(left + 2.5, cy + 5, 1.5, fill=style.TEXT)
                ink.text(left + 9, cy + 8, text, 8)
            cy += h

    def split(self, first: float, later: float) -> list[tuple[int, int, float]]:
        """Pieces (start, end, height) for a card longer than a page: the first
        piece at most ``first`` high, the others at most ``later``."""
        pieces: list[tuple[int, int, float]] = []
        start, used, room = 0, 2 * self.PAD + 2, first
        for i, (h, _, _) in enumerate(self.rows):
            if used + h > room and i > start:
                pieces.append((start, i, used))
                start, used, room = i, 2 * self.PAD + 2, later
            used += h
        pieces.append((start, len(self.rows), used))
        return pieces


def color_text(color: str) -> str:
    """A persona colour dark enough for small text on white."""
    return darker(color, 150) if lightness(color) > 0.45 else color


def _cover(w: _Writer, personas: list[Persona]) -> None:
    doc, lang, ink, box = w.doc, w.lang, w.ink, w.box
    w.bookmark(label(lang, "cover"))
    ink.rect(box.x, box.y, box.w, 5, fill=style.STAGE_PALETTE[0])
    for i, stage in enumerate(doc.stages[:12]):
        seg = box.w / min(len(doc.stages), 12)
        ink.rect(box.x + i * seg, box.y, seg, 5,
                 fill=stage.color or style.STAGE_PALETTE[i % len(style.STAGE_PALETTE)])
    w.y = box.y + 26
    ink.text(box.x, w.y, label(lang, "kicker").upper(), 9, bold=True, color=style.MUTED_TEXT)
    w.y += 14
    for line in w.fonts.wrap(doc.title, box.w, 26, bold=True):
        ink.text(box.x, w.y + 26, line, 26, bold=True)
        w.y += 32
    w.y += 6
    if doc.description:
        w.paragraph(doc.description, size=11.5, width=min(box.w, 560), leading=1.4)
        w.y += 6
    facts = [
        (label(lang, "language"), language_name(doc.language)),
        (label(lang, "modified"), _date(doc.modified or doc.created)),
        (label(lang, "exported"), datetime.now(UTC).strftime("%Y-%m-%d")),
        (label(lang, "stages"), str(len(doc.stages))),
        (label(lang, "channels"), str(len(doc.channels))),
        (label(lang, "touchpoints"), str(len(doc.touchpoints))),
        (label(lang, "personas"), str(len(doc.personas))),
    ]
    if w.options.persona is not None:
        chosen = next((p.name for p in doc.personas if p.id == w.options.persona), "")
        facts.insert(0, (label(lang, "persona_filter"), chosen))
    x = box.x
    w.y += 6
    for key, value in facts:
        if not value:
            continue
        kw = max(w.fonts.width(key.upper(), 6.5, True), w.fonts.width(value, 10, True))
        if x > box.x and x + kw > box.right:
            x = box.x
            w.y += 32
        ink.text(x, w.y + 7, key.upper(), 6.5, bold=True, color=style.MUTED_TEXT)
        ink.text(x, w.y + 21, value, 10, bold=True)
        x += kw + 26
    w.y += 38
    w.used()
    if not personas:
        return
    w.heading(label(lang, "personas"), size=14, before=4)
    cols = 3 if box.w > 640 else 2 if box.w > 360 else 1
    gap = 12.0
    card_w = (box.w - gap * (cols - 1)) / cols
    cards = [_PersonaCard(w, p, card_w) for p in personas]
    page_room = box.h - FOOTER_H - 16  # a page below the running head
    row: list[_PersonaCard] = []
    for i in range(0, len(cards), cols):
        row = cards[i : i + cols]
        height = max(c.height for c in row)
        if height <= page_room:
            if height > w.space_left():
                w.new_page()
                w.running_head(label(lang, "personas_cont"))
            for j, card in enumerate(row):
                card.draw(ink, box.x + j * (card_w + gap), w.y, height)
            w.y += height + gap
            w.used()
            continue
        # a card longer than a page: each of this row's cards goes full width, in pieces
        for persona in (c.persona for c in row):
            card = _PersonaCard(w, persona, box.w)
            if w.space_left() < 80:
                w.new_page()
                w.running_head(label(lang, "personas_cont"))
            for k, (start, end, piece_h) in enumerate(card.split(w.space_left(), page_room)):
                if k:
                    w.new_page()
                    w.running_head(label(lang, "personas_cont"))
                card.draw(ink, box.x, w.y, piece_h, start, end)
                w.y += piece_h + gap
                w.used()


def _date(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d")
    except ValueError:
        return stamp[:10]


# ---------------------------------------------------------------------------
# Map pages
# ---------------------------------------------------------------------------


def _map_pages(w: _Writer, geometry: Geometry, plan: MapPlan, legend: Legend) -> None:
    doc, lang, ink = w.doc, w.lang, w.ink
    painter_ink = Ink(w.c, w.fonts, 0.0)
    painter = MapPainter(painter_ink, doc, geometry)
    persona = next((p for p in doc.personas if p.id == w.options.persona), None)
    box = w.box
    for index, tile in enumerate(plan.tiles):
        w.fresh_page()
        if index == 0:
            w.bookmark(label(lang, "map"))
        if plan.pages > 1:
            w.bookmark(label(lang, "tile_short", row=tile.row, col=tile.col), level=1)
            w.footer_left = label(lang, "assemble")
        # header: title, persona, tile label
        right = ""
        if plan.pages > 1:
            right = label(lang, "tile", row=tile.row, col=tile.col, rows=plan.rows,
                          cols=plan.cols)
        right_w = w.fonts.width(right, 9, True) + (plan.cols * 7 + 10 if right else 0)
        title = w.fonts.elide(doc.title, box.w - right_w - 20, 13, bold=True)
        ink.text(box.x, box.y + 12, title, 13, bold=True)
        sub = label(lang, "kicker")
        if persona is not None:
            sub += f"  ·  {label(lang, 'persona_filter')}: {persona.name}"
        ink.text(box.x, box.y + 23, w.fonts.elide(sub, box.w - right_w - 20, 7.5), 7.5,
                 color=style.MUTED_TEXT)
        if right:
            _tile_badge(ink, right, box.right, box.y, plan, tile)
        ink.line(box.x, box.y + HEADER_H - 3, box.right, box.y + HEADER_H - 3, RULE, 0.6)

        ox, oy = tile_origin(plan, tile)
        v, s = tile.view, plan.scale
        c = w.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(ox, w.page_h - oy - v.h * s, v.w * s, v.h * s)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(ox - v.x * s, w.page_h - oy + v.y * s)
        c.scale(s, s)
        if c is not _NULL:  # the page-counting pass needs no map
            painter.draw(v)
        c.restoreState()
        if plan.pages > 1:
            _assembly_marks(w, plan, tile, ox, oy)
        w.used()
        if plan.legend_on_map and index == len(plan.tiles) - 1:
            w.bookmark(label(lang, "legend"))
            legend.draw(ink, box.x, oy + v.h * s + SECTION_GAP)
    if not plan.legend_on_map:
        w.fresh_page()
        w.bookmark(label(lang, "legend"))
        ink.text(box.x, box.y + 12, w.fonts.elide(doc.title, box.w, 13, bold=True), 13,
                 bold=True)
        legend.draw(ink, box.x, box.y + HEADER_H)
        w.used()


def _tile_badge(ink: Ink, text: str, right: float, top: float, plan: MapPlan,
                tile: Tile) -> None:
    """'Page 2-3 of 3×4' and a small grid with this page filled in."""
    cell = 6.0
    grid_w = plan.cols * cell + (plan.cols - 1)
    grid_h = plan.rows * cell * 0.75 + (plan.rows - 1)
    gh = min(grid_h, 22.0)
    ch = (gh - (plan.rows - 1)) / plan.rows
    gx = right - grid_w
    gy = top + 2 + (22 - gh) / 2
    for r in range(plan.rows):
        for c in range(plan.cols):
            fill = style.TEXT if (r + 1, c + 1) == (tile.row, tile.col) else "#DDE1E6"
            ink.rect(gx + c * (cell + 1), gy + r * (ch + 1), cell, ch, fill=fill)
    ink.text(gx - 8, top + 12, text, 9, bold=True, align="right")


def _assembly_marks(w: _Writer, plan: MapPlan, tile: Tile, ox: float, oy: float) -> None:
    """Marks where the next page's overlap starts, and which page continues the map."""
    ink, lang, s = w.ink, w.lang, plan.scale
    v = tile.view
    right_tile = next((t for t in plan.tiles if t.row == tile.row and t.col == tile.col + 1),
                      None)
    below_tile = next((t for t in plan.tiles if t.col == tile.col and t.row == tile.row + 1),
                      None)
    x_end, y_end = ox + v.w * s, oy + v.h * s
    mark = "#8C939C"
    if right_tile is not None:
        cut = ox + (right_tile.view.x - v.x) * s
        for x in (cut, x_end):
            ink.line(x, oy - 6, x, oy - 1.5, mark, 0.5)
            ink.line(x, y_end + 1.5, x, y_end + 6, mark, 0.5)
        text = label(lang, "next_right", label=f"{right_tile.row}-{right_tile.col}")
        ink.text(x_end, y_end + 13, text, 6.5, color=style.MUTED_TEXT, align="right")
    if below_tile is not None:
        cut = oy + (below_tile.view.y - v.y) * s
        for y in (cut, y_end):
            ink.line(ox - 6, y, ox - 1.5, y, mark, 0.5)
            ink.line(x_end + 1.5, y, x_end + 6, y, mark, 0.5)
        text = label(lang, "next_below", label=f"{below_tile.row}-{below_tile.col}")
        ink.text(ox, y_end + 13, text, 6.5, color=style.MUTED_TEXT)


# ---------------------------------------------------------------------------
# Appendix
# ---------------------------------------------------------------------------


def _findings(doc: Document, persona: str | None) -> tuple[list[Any] | None, str | None]:
    """Findings of journeydesigner.analysis when it is there and works, else None."""
    try:
        from .. import analysis  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the module is optional
        return None, None
    analyze = getattr(analysis, "analyze", None)
    if not callable(analyze):
        return None, None
    try:
        result = analyze(doc, persona)
        findings = list(result.findings)
        for f in findings:
            _ = f.kind, f.severity, f.message
    except Exception as exc:  # noqa: BLE001 - an incompatible analysis is skipped, not fatal
        return None, f"analysis not included: {type(exc).__name__}: {exc}"
    return findings, None


SEVERITY_COLORS = ("#B34700", "#8A6100", style.MUTED_TEXT)
_SEVERITY_RANK = {"critical": 0, "error": 0, "problem": 0, "high": 0, "warning": 1,
                  "medium": 1, "info": 2, "low": 2}


def _message(finding: Any, lang: str) -> str:
    message = getattr(finding, "message", "")
    if isinstance(message, dict):
        primary = style.language_of(lang)
        text = message.get(primary) or message.get("en") or next(iter(message.values()), "")
        return str(text)
    return str(message)


def _severity(finding: Any) -> str:
    value = getattr(finding, "severity", "")
    return str(getattr(value, "value", value))


def _ids(items: Any) -> list[str]:
    out = []
    for item in items or ():
        out.append(item if isinstance(item, str) else str(getattr(item, "id", item)))
    return out


def _number(value: float | None, lang: str, digits: int = 1, suffix: str = "") -> str:
    if value is None:
        return label(lang, "none")
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if style.language_of(lang) == "es":
        text = text.replace(".", ",")
    return text + suffix


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _emotion_text(lang: str, emotion: float | None) -> str:
    if emotion is None:
        return label(lang, "none")
    level = max(-2, min(2, round(emotion)))
    name = style.EMOTION_LABELS[style.language_of(lang)][level]
    return f"{style.EMOTION_SYMBOLS[level]} {name}"


def _appendix(w: _Writer, geometry: Geometry, findings: list[Any] | None) -> None:
    doc, lang = w.doc, w.lang
    persona = w.options.persona
    w.fresh_page()
    w.bookmark(label(lang, "appendix"))
    w._section = f"{doc.title} · {label(lang, 'appendix')}"
    w.heading(label(lang, "appendix"), size=18, before=0)
    stages = {s.id: s for s in doc.stages}
    channels = {c.id: c for c in doc.channels}
    titles = {t.id: t.title for t in doc.touchpoints}
    stage_order = {s.id: i for i, s in enumerate(doc.stages)}
    lane_order = {lane.channel_id: i for i, lane in enumerate(geometry.lanes)}
    lived = [
        t for t in doc.touchpoints
        if t.stage in stages and t.channel in channels and _lives(persona, t.personas)
    ]
    lived.sort(key=lambda t: (stage_order[t.stage], t.step, lane_order.get(t.channel, 0)))

    if findings is not None:
        if not findings:
            w.heading(label(lang, "findings"), size=12, bookmark=1)
            w.paragraph(label(lang, "no_findings"))
            w.y += 6
        else:
            rows = []
            for f in sorted(findings, key=lambda f: _SEVERITY_RANK.get(_severity(f).lower(), 1)):
                where = ", ".join(titles.get(i, i) for i in _ids(getattr(f, "touchpoints", ())))
                severity = _severity(f)
                rows.append([
                    {"text": severity_label(lang, severity), "bold": True,
                     "color": SEVERITY_COLORS[_SEVERITY_RANK.get(severity.lower(), 1)]},
                    _message(f, lang),
                    where or label(lang, "none"),
                ])
            w.table([(label(lang, "severity"), 0.12, "left"),
                     (label(lang, "finding"), 0.55, "left"),
                     (label(lang, "where"), 0.33, "left")], rows, title=label(lang, "findings"))

    if not lived:
        w.heading(label(lang, "inventory"), size=12, bookmark=1)
        w.paragraph(label(lang, "no_touchpoints"))
    else:
        rows = []
        for t in lived:
            measures = " · ".join(
                f"{k.upper()} {_number(v, lang)}" for k in ("nps", "csat", "ces")
                if (v := getattr(t.metrics, k)) is not None
            )
            title = t.title + ("  ★" if t.moment_of_truth else "")
            rows.append([
                {"text": title, "bold": True},
                stages[t.stage].name,
                channels[t.channel].name,
                _emotion_text(lang, t.emotion),
                measures or label(lang, "none"),
                "\n".join(f"• {p}" for p in t.pain_points) or label(lang, "none"),
            ])
        w.table([(label(lang, "touchpoint"), 0.24, "left"),
                 (label(lang, "stage"), 0.13, "left"),
                 (label(lang, "channel"), 0.13, "left"),
                 (label(lang, "emotion"), 0.12, "left"),
                 (label(lang, "metrics"), 0.13, "left"),
                 (label(lang, "pain_points"), 0.25, "left")], rows, title=label(lang, "inventory"))

    # paths, in the order of their sources (labels are cut short on the map)
    shown = {t.id: k for k, t in enumerate(lived)}
    paths = [
        c for c in doc.connections
        if c.source in shown and c.target in shown and _lives(persona, c.personas)
    ]
    if paths:
        paths.sort(key=lambda c: (shown[c.source], shown[c.target]))
        rows = [
            [titles[c.source], titles[c.target],
             {"text": label(lang, f"polarity_{c.polarity}"),
              "color": style.POLARITY_COLORS[str(c.polarity)], "bold": True},
             c.label or label(lang, "none")]
            for c in paths
        ]
        w.table([(label(lang, "from"), 0.3, "left"), (label(lang, "to"), 0.3, "left"),
                 (label(lang, "kind"), 0.12, "left"), (label(lang, "path_label"), 0.28, "left")],
                rows, title=label(lang, "paths_table"))

    # coverage: channels (rows, lane order) x stages (columns), in chunks that fit
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for t in lived:
        counts[(t.channel, t.stage)] += 1
    ordered_channels = [channels[lane.channel_id] for lane in geometry.lanes]
    per_table = max(1, int((w.box.w - 160) // 72))
    for start in range(0, max(len(doc.stages), 1), per_table):
        chunk = doc.stages[start : start + per_table]
        last = start + per_table >= len(doc.stages)
        columns = [(label(lang, "channel"), 150.0, "left")]
        columns += [(s.name, 84.0, "center") for s in chunk]
        if last:
            columns.append((label(lang, "total"), 56.0, "center"))
        rows = []
        for ch in ordered_channels:
            row: list[Any] = [{"text": ch.name, "bold": True}]
            for s in chunk:
                n = counts[(ch.id, s.id)]
                row.append({"text": str(n), "fill": GAP_FILL if n == 0 else None})
            if last:
                row.append({"text": str(sum(counts[(ch.id, s.id)] for s in doc.stages)),
                            "bold": True})
            rows.append(row)
        total_row: list[Any] = [{"text": label(lang, "total"), "bold": True}]
        total_row += [{"text": str(sum(counts[(c.id, s.id)] for c in ordered_channels)),
                       "bold": True} for s in chunk]
        if last:
            total_row.append({"text": str(len(lived)), "bold": True})
        rows.append(total_row)
        w.table(columns, rows, width=sum(share for _, share, _ in columns),
                title=label(lang, "coverage") if start == 0 else None)
    w.paragraph(label(lang, "coverage_note"), size=7, color=style.MUTED_TEXT)
    w.y += 8

    rows = []
    for s in doc.stages:
        mine = [t for t in lived if t.stage == s.id]
        rows.append([
            {"text": s.name, "bold": True},
            str(len(mine)),
            _emotion_text(lang, _mean(t.emotion for t in mine)),
            _number(_mean(t.metrics.nps for t in mine), lang),
            _number(_mean(t.metrics.csat for t in mine), lang),
            _number(_mean(t.metrics.ces for t in mine), lang),
            _number(s.metrics.conversion_rate, lang, suffix=" %"),
            _number(s.metrics.retention_rate, lang, suffix=" %"),
        ])
    w.table([(label(lang, "stage"), 150, "left"),
             (label(lang, "touchpoints"), 84, "center"),
             (label(lang, "mean_emotion"), 92, "left"),
             (label(lang, "nps"), 48, "right"),
             (label(lang, "csat"), 48, "right"),
             (label(lang, "ces"), 48, "right"),
             (label(lang, "conversion"), 66, "right"),
             (label(lang, "retention"), 66, "right")], rows, width=602,
            title=label(lang, "stage_metrics"))


# ---------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------


def _null(*args: Any, **kwargs: Any) -> Any:
    return _NULL


class _Null:
    """Takes every call and draws nothing: the canvas of the page-counting pass."""

    def __getattr__(self, name: str) -> Any:
        return _null


_NULL = _Null()


def _printed_personas(doc: Document, options: PdfOptions) -> list[Persona]:
    return [p for p in doc.personas if options.persona in (None, p.id)]


def _render(doc: Document, options: PdfOptions, fonts: FontSet, total: int | None,
            findings: list[Any] | None) -> tuple[bytes, int, MapPlan]:
    """Lay out and draw every page. With ``total=None`` nothing is drawn: the pass
    only counts pages (text is still measured, and the measures are cached)."""
    out = io.BytesIO()
    lang = doc.language
    canvas: Any = _NULL
    if total is not None:
        canvas = Canvas(
            out,
            pagesize=options.page,
            pageCompression=1,
            initialFontName=FONT_REGULAR,
            initialFontSize=10,
            lang=doc.language,
        )
    canvas.setTitle(doc.title)
    canvas.setAuthor("JourneyDesigner")
    canvas.setSubject(doc.description)
    canvas.setCreator(f"JourneyDesigner {__version__}")
    canvas.setProducer(f"JourneyDesigner {__version__} (reportlab)")
    canvas.setKeywords(
        [label(lang, "kicker")] + [s.name for s in doc.stages] + [c.name for c in doc.channels]
    )
    w = _Writer(canvas, doc, options, fonts, total)
    geometry = compute_layout(doc, LayoutOptions(persona=options.persona))
    legend = Legend(doc, options, fonts, w.box.w)
    plan = plan_map(doc, options, geometry, legend.height)
    personas = _printed_personas(doc, options)
    if options.cover:
        _cover(w, personas)
    _map_pages(w, geometry, plan, legend)
    if options.appendix:
        _appendix(w, geometry, findings)
    w.finish_page()
    for key, title, level in w.outline:
        canvas.addOutlineEntry(title, key, level=level, closed=False)
    canvas.showOutline()
    canvas.save()
    return out.getvalue(), w.page, plan


def export_pdf(doc: Document, path_or_file: str | os.PathLike[str] | IO[bytes],
               options: PdfOptions | None = None, *,
               fonts: FontSet | None = None) -> ExportReport:
    """Write ``doc`` as a PDF to a path (atomically) or a binary file object.

    Raises ValueError for a persona id the document does not have.
    """
    options = options or PdfOptions()
    check_persona(doc, options.persona)
    fonts = fonts or FontSet()
    findings, problem = (None, None)
    if options.appendix:
        findings, problem = _findings(doc, options.persona)
    # the first pass counts the pages for the "Page n of N" footers
    _, pages, plan = _render(doc, options, fonts, None, findings)
    data, pages2, plan = _render(doc, options, fonts, pages, findings)
    assert pages2 == pages
    report = ExportReport(
        pages=pages,
        map_pages=plan.pages,
        rows=plan.rows,
        cols=plan.cols,
        scale=plan.scale,
        text_pt=plan.text_pt,
        legend_on_map=plan.legend_on_map,
        replaced=len(set(fonts.missing)),
        findings=None if findings is None else len(findings),
    )
    if plan.mode == "fit" and plan.text_pt < MIN_LEGIBLE_PT:
        report.warnings.append(
            f"text would be {plan.text_pt:.1f} pt in fit mode; use tile "
            f"(or a larger page than {options.page_size})"
        )
    if fonts.missing:
        distinct = "".join(dict.fromkeys(fonts.missing))
        shown = ", ".join(f"U+{ord(ch):04X}" for ch in distinct[:12])
        report.warnings.append(
            f"{len(distinct)} character(s) have no glyph in the embedded fonts and print as "
            f"{REPLACEMENT}: {shown}{', …' if len(distinct) > 12 else ''}"
        )
    if problem:
        report.warnings.append(problem)
    if options.cover:  # the persona cards, pictures included, are on the cover
        report.warnings += filter(None, map(_image_problem, _printed_personas(doc, options)))
    if isinstance(path_or_file, str | os.PathLike):
        write_atomically(path_or_file, data, keep_backup=False)
    else:
        path_or_file.write(data)
    return report


def pdf_bytes(doc: Document, options: PdfOptions | None = None) -> tuple[bytes, ExportReport]:
    """The PDF in memory (for previews and tests)."""
    out = io.BytesIO()
    report = export_pdf(doc, out, options)
    return out.getvalue(), report


__all__ = [
    "PAGE_SIZES",
    "ExportReport",
    "FontSet",
    "MapPlan",
    "PdfOptions",
    "Tile",
    "export_pdf",
    "pdf_bytes",
    "plan_map",
    "register_fonts",
    "tile_origin",
]
