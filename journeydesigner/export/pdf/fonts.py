"""The embedded fonts and text runs: registration, per-character fallback,
measuring, eliding and wrapping."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ...templates import resources_dir
from . import fallback, wrapping
from .options import REPLACEMENT

# ---------------------------------------------------------------------------
# Fonts and text
# ---------------------------------------------------------------------------

FONT_REGULAR = "JourneyDesigner-Sans"
FONT_BOLD = "JourneyDesigner-Sans-Bold"
FONT_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
#: Names the fallback fonts are registered under, numbered in the order they are found.
FALLBACK_PREFIX = "JourneyDesigner-Fallback-"
SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

_font_lock = threading.Lock()
_registered = False
_glyphs: dict[str, Any] = {}
#: The fallback fonts registered so far, in the order they were found.
_fallbacks: list[str] = []
#: (file, face index) -> the name a fallback font file is registered under.
_fallback_files: dict[tuple[Path, int], str] = {}
#: Characters no font covers (looked up once per process).
_uncovered: set[str] = set()
#: At most this many characters are looked up through fontconfig in a process (two
#: programs run per character): a hostile map of thousands of distinct characters no
#: font has must not run thousands of programs. Unassigned and private-use characters
#: are never looked up.
FONTCONFIG_LOOKUPS = 200
_lookups = 0


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
    """Register the embedded fonts once; returns the fallback fonts found so far
    (they are looked up as characters need them, see :func:`fallback_for`)."""
    global _registered
    with _font_lock:
        if not _registered:
            if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
                ttfonts.makeToUnicodeCMap = _to_unicode_cmap
            for name, file in FONT_FILES.items():
                font = TTFont(name, str(_font_file(file)))
                pdfmetrics.registerFont(font)
                _glyphs[name] = font.face.charToGlyph
            _registered = True
        return tuple(_fallbacks)


def fallback_for(ch: str) -> str | None:
    """The registered fallback font that draws ``ch``: one found before, else the
    first of :func:`.fallback.candidates` that reportlab can embed and that has the
    glyph; None when no font on this machine has it."""
    global _lookups
    code = ord(ch)
    with _font_lock:
        for name in _fallbacks:
            if code in _glyphs[name]:
                return name
        if ch in _uncovered:
            return None
        if _lookups >= FONTCONFIG_LOOKUPS or unicodedata.category(ch) in ("Cn", "Co", "Cs"):
            _uncovered.add(ch)
            return None
        _lookups += 1
        for path, index in fallback.candidates(ch):
            key = (path, index)
            if key in _fallback_files:
                continue  # registered already, without this glyph
            name = f"{FALLBACK_PREFIX}{len(_fallbacks) + 1}"
            font = fallback.load_font(name, path, index, ch)
            if font is None:
                continue  # it may still draw other characters: not remembered
            pdfmetrics.registerFont(font)
            _glyphs[name] = font.face.charToGlyph
            _fallbacks.append(name)
            _fallback_files[key] = name
            return name
        _uncovered.add(ch)
        return None


_SKIN_TONES = range(0x1F3FB, 0x1F400)
#: Invisible characters kept in the text: DejaVu Sans has them at zero width, and
#: without them "👩‍💻" or "❤️" would not be found or copied whole.
_KEPT = frozenset("\u200c\u200d\ufe0e\ufe0f")


def _ignorable(ch: str) -> bool:
    """Invisible formatting dropped from printed text (bidi marks, soft hyphens, other
    variation selectors), but the joiners and emoji selectors of :data:`_KEPT`."""
    if ch in _KEPT:
        return False
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
        """``fallbacks``: the only fallback fonts to use (none are looked up then);
        by default fonts are found for the characters that need them."""
        found = register_fonts()
        self.regular = FONT_REGULAR
        self.bold = FONT_BOLD
        self.discover = fallbacks is None
        self.fallbacks = list(found if fallbacks is None else fallbacks)
        #: Characters that no font had (each printed as REPLACEMENT), counted once
        #: per distinct string.
        self.missing: list[str] = []
        self._cache: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self._widths: dict[tuple[str, float, bool], float] = {}
        self._wraps: dict[tuple[Any, ...], list[str]] = {}

    def draws(self, ch: str) -> bool:
        """Whether a font of this set (or one found for it) has a glyph for ``ch``."""
        code = ord(ch)
        if any(code in _glyphs[name] for name in (self.regular, *self.fallbacks)):
            return True
        if self.discover and (found := fallback_for(ch)) is not None:
            self.fallbacks.append(found)
            return True
        return False

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
            if chosen is None and self.discover and (chosen := fallback_for(ch)) is not None:
                self.fallbacks.append(chosen)
                order = (*order, chosen)
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

    def measure(self, size: float, bold: bool = False) -> Callable[[str], float]:
        """The width of a text at this size, as a one-argument function (for wrapping)."""
        return lambda text: self.width(text, size, bold)

    def elide(self, text: str, width: float, size: float, bold: bool = False) -> str:
        """``text`` cut with "…" to fit ``width`` (like Qt's ElideRight)."""
        return wrapping.elide(clean_text(text), width, self.measure(size, bold))

    def wrap_card(self, text: str, width: float, size: float, max_lines: int,
                  bold: bool = False, first: float | None = None) -> list[str]:
        """At most ``max_lines`` lines, the last one elided (see :mod:`.wrapping`);
        ``first`` is the first line's width when it differs (a card's emotion face)."""
        key = (text, width, size, max_lines, bold, first)
        lines = self._wraps.get(key)
        if lines is None:
            lines = wrapping.wrap_block(clean_text(text), width if first is None else first,
                                        width, self.measure(size, bold), max_lines)[0]
            if len(self._wraps) < 50_000:
                self._wraps[key] = lines
        return lines

    def fits_card(self, text: str, width: float, size: float, max_lines: int,
                  bold: bool = False, first: float | None = None) -> bool:
        """Whether ``text`` wraps into ``max_lines`` lines without being cut."""
        return not wrapping.wrap_block(clean_text(text), width if first is None else first,
                                       width, self.measure(size, bold), max_lines)[1]

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Word wrap without a line limit; paragraphs kept; over-long words broken."""
        key = (text, width, size, None, bold, None)
        lines = self._wraps.get(key)
        if lines is None:
            measure = self.measure(size, bold)
            lines = [
                wrapping.shown(line)
                for paragraph in text.splitlines() or [""]
                for line in wrapping.break_words(
                    wrapping.words_of(clean_text(paragraph)), width, width, measure)
            ]
            if len(self._wraps) < 50_000:
                self._wraps[key] = lines
        return lines
