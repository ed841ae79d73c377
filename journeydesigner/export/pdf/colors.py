"""Colours as reportlab wants them, and the QColor arithmetic the canvas uses."""

from __future__ import annotations

import colorsys

from reportlab.lib.colors import Color, HexColor

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
