"""The cover page: title, description, facts and one card per persona."""

from __future__ import annotations

import contextlib
import io
import warnings
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from ... import style
from ...images import MAX_IMAGE_SIDE, ImageHeaderError, data_url_bytes, image_size, within_limit
from ...model import Persona
from ..labels import label, language_name
from .colors import RULE, WHITE, darker, lightness
from .ink import Ink
from .options import FOOTER_H
from .writer import _Writer

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
        (label(lang, "state"), label(lang, f"state_{doc.state}") if doc.state else ""),
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
