"""The page writer: the canvas, header and footer, outline and a cursor for flowing text.

Not reportlab's platypus: laying out the same appendix with ``Paragraph`` and
``LongTable`` measured several times slower (``bench/bench_platypus.py``, RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from ... import style
from ...model import Document
from ..labels import label
from .colors import RULE, ZEBRA
from .fonts import FontSet
from .ink import Ink
from .options import FOOTER_H, PdfOptions
from .sheet import content_box

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
        self.box = content_box(options)
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


def _null(*args: Any, **kwargs: Any) -> Any:
    return _NULL


class _Null:
    """Takes every call and draws nothing: the canvas of the page-counting pass."""

    def __getattr__(self, name: str) -> Any:
        return _null


_NULL = _Null()
