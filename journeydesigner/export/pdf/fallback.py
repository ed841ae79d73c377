"""Fallback fonts for the characters DejaVu Sans lacks (CJK, emoji, symbols).

They are looked up by the characters a map actually needs: first among the
fonts bundled in ``resources/fonts/fallback`` (the packaged application ships
those of :data:`journeydesigner.print_fonts.BUNDLED`), then through fontconfig (``fc-list`` with the
character's code point as charset, in the order ``fc-match`` prefers). Only
TrueType-outline fonts can be embedded by reportlab: a candidate it cannot
load (CFF outlines, colour bitmaps without a ``glyf`` table) or that has no
glyph for the character is passed over.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from ...print_fonts import bundled_dir

#: How long one fontconfig query may take, in seconds.
FC_TIMEOUT = 10


def _bundled_candidates() -> list[tuple[Path, int]]:
    folder = bundled_dir()
    if not folder.is_dir():
        return []
    return [(path, 0) for path in sorted(folder.rglob("*"))
            if path.suffix.lower() in (".ttf", ".ttc")]


def fontconfig_candidates(ch: str) -> list[tuple[Path, int]]:
    """The font files fontconfig says cover ``ch``, most preferred first."""
    fc_list, fc_match = shutil.which("fc-list"), shutil.which("fc-match")
    if fc_list is None:
        return []
    charset = f":charset={ord(ch):x}"
    try:
        listed = subprocess.run(
            [fc_list, charset, "file", "index", "fontformat"], capture_output=True,
            text=True, timeout=FC_TIMEOUT, check=False).stdout
        order = subprocess.run(
            [fc_match, "-s", f"sans-serif{charset}", "-f", "%{file}|%{index}\\n"],
            capture_output=True, text=True, timeout=FC_TIMEOUT,
            check=False).stdout if fc_match else ""
    except (OSError, subprocess.SubprocessError):
        return []
    covering = set()
    for line in listed.splitlines():
        path, _, rest = line.partition(": ")
        fields = dict(part.split("=", 1) for part in rest.rstrip(":").split(":") if "=" in part)
        if fields.get("fontformat", "TrueType") == "TrueType":  # not CFF, Type 1, bitmap
            covering.add((Path(path), int(fields.get("index", "0") or 0)))
    ranked = []
    for line in order.splitlines():
        path, _, index = line.partition("|")
        key = (Path(path), int(index or 0))
        if key in covering and key not in ranked:
            ranked.append(key)
    ranked += sorted(covering - set(ranked))
    return ranked


def load_font(name: str, path: Path, index: int, ch: str) -> TTFont | None:
    """``path`` as a reportlab font named ``name`` when it embeds and draws ``ch``."""
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except Exception:  # noqa: BLE001 - CFF outlines, colour bitmaps, broken files
        return None
    return font if ord(ch) in font.face.charToGlyph else None


def candidates(ch: str) -> list[tuple[Path, int]]:
    """Where to look for a glyph of ``ch``: the bundled fonts, then fontconfig's."""
    return _bundled_candidates() + fontconfig_candidates(ch)
