"""The embedded fonts and text runs: registration, per-character fallback,
measuring, eliding and wrapping."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ...templates import resources_dir
from .options import ELLIPSIS, REPLACEMENT

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
