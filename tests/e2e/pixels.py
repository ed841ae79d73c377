"""Reading a screenshot the way a person looks at it: where a colour is, how wide
the map is. Exact colours only (what the app paints without antialiasing), so a
finding is never a blend that happens to look alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QImage


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int  # inclusive
    bottom: int  # inclusive

    @property
    def width(self) -> int:
        return self.right - self.left + 1

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1

    @property
    def center(self) -> tuple[float, float]:
        return ((self.left + self.right) / 2, (self.top + self.bottom) / 2)


class Screenshot:
    """The pixels of a PNG as 32-bit words, searched a row at a time."""

    def __init__(self, path: Path) -> None:
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        assert not image.isNull(), path
        self.width, self.height = image.width(), image.height()
        self._stride = image.bytesPerLine()
        self._data = bytes(image.constBits())

    def _pattern(self, color: str) -> bytes:
        c = QColor(color)
        return bytes([c.blue(), c.green(), c.red(), 255])  # 0xffRRGGBB, little-endian

    def xs(self, color: str, y: int, left: int = 0, right: int | None = None) -> list[int]:
        """The x of every pixel of ``color`` in row ``y`` between ``left`` and ``right``."""
        right = self.width if right is None else min(right, self.width)
        pattern = self._pattern(color)
        start = y * self._stride
        row = self._data[start + 4 * max(0, left):start + 4 * right]
        found, at = [], row.find(pattern)
        while at >= 0:
            if at % 4 == 0:
                found.append(max(0, left) + at // 4)
            at = row.find(pattern, at + 1)
        return found

    def color(self, x: int, y: int) -> str:
        """The colour of one pixel, ``#rrggbb`` (lower case, as QColor.name() gives)."""
        at = y * self._stride + 4 * x
        blue, green, red = self._data[at:at + 3]
        return f"#{red:02x}{green:02x}{blue:02x}"

    def near(self, color: str, y: int, tolerance: int, left: int = 0,
             right: int | None = None) -> list[int]:
        """The x of every pixel in row ``y`` within ``tolerance`` of ``color`` in each
        channel: a thin antialiased line zoomed out has few exact pixels."""
        right = self.width if right is None else min(right, self.width)
        c = QColor(color)
        want = (c.blue(), c.green(), c.red())
        start = y * self._stride
        data = self._data
        return [x for x in range(max(0, left), right)
                if all(abs(data[start + 4 * x + k] - want[k]) <= tolerance for k in range(3))]

    def count(self, color: str, box: Box) -> int:
        return sum(len(self.xs(color, y, box.left, box.right + 1))
                   for y in range(max(0, box.top), min(self.height, box.bottom + 1)))

    def bounds(self, color: str, box: Box) -> Box | None:
        """The smallest box holding every pixel of ``color`` inside ``box``."""
        xs, ys = [], []
        for y in range(max(0, box.top), min(self.height, box.bottom + 1)):
            row = self.xs(color, y, box.left, box.right + 1)
            if row:
                xs += [row[0], row[-1]]
                ys.append(y)
        return Box(min(xs), min(ys), max(xs), max(ys)) if xs else None

    def outline(self, color: str, box: Box, min_size: tuple[int, int]) -> Box | None:
        """A rectangle drawn in ``color`` (at least ``min_size``) inside ``box``: its
        four edges, not a scatter of pixels that happen to have the colour."""
        found = self.bounds(color, box)
        if found is None or found.width < min_size[0] or found.height < min_size[1]:
            return None
        top = len(self.xs(color, found.top, found.left, found.right + 1))
        bottom = len(self.xs(color, found.bottom, found.left, found.right + 1))
        sides = sum(1 for y in range(found.top, found.bottom + 1)
                    if {found.left, found.right} <= set(self.xs(color, y, found.left,
                                                                found.right + 1)))
        solid = (top >= 0.9 * found.width and bottom >= 0.9 * found.width
                 and sides >= 0.9 * found.height)
        return found if solid else None
