"""Exports of hostile maps that the loader accepts: unbroken text as long as a field
may be, persona pictures that claim gigapixels, text with characters XML cannot
hold. Each must export, bounded in work and memory, into a file other tools read.

No timed assertions: the wrapping tests count what is measured (characters handed
to reportlab's ``stringWidth``) and stop as soon as a budget is spent, so the
one-character-at-a-time wrapping fails at once instead of hanging the suite.
"""

from __future__ import annotations

import base64
import io
import os
import re
import struct
import warnings
import xml.etree.ElementTree as ET
import zlib

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from journeydesigner.export.pdf import FontSet, PdfOptions, pdf_bytes
from journeydesigner.images import MAX_IMAGE_SIDE, image_size
from journeydesigner.model import MAX_TEXT, Channel, Document, Persona, Stage, Touchpoint

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Budget(Exception):
    pass


@pytest.fixture
def measured(monkeypatch):
    """Counts the characters measured by ``stringWidth``; raises once ``limit`` is passed."""
    state = {"chars": 0, "limit": None}
    real = pdfmetrics.stringWidth

    def counting(text, font, size, *args, **kwargs):
        state["chars"] += len(text)
        if state["limit"] is not None and state["chars"] > state["limit"]:
            raise Budget(f"measured {state['chars']:,} characters")
        return real(text, font, size, *args, **kwargs)

    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    return state


WORD = ("abcdefghijklmnopqrstuvwxyz0123456789" * (MAX_TEXT // 36 + 1))[:MAX_TEXT]


@pytest.mark.parametrize("bold", [False, True])
def test_a_word_as_long_as_a_field_wraps_in_near_linear_work(measured, bold):
    fonts = FontSet(fallbacks=())
    width, size = 300.0, 8.0
    measured["limit"] = 60 * len(WORD)  # before: ~1,000 × as many, then it never ended
    lines = fonts.wrap(WORD, width, size, bold)
    assert "".join(lines) == WORD
    assert all(fonts.width(line, size, bold) <= width for line in lines)
    # every line is full: one more character would not fit
    assert all(fonts.width(line + nxt[0], size, bold) > width
               for line, nxt in zip(lines, lines[1:], strict=False))


def test_long_words_between_short_ones_keep_their_order(measured):
    fonts = FontSet(fallbacks=())
    text = f"before {WORD[:5000]} after\nnext paragraph {WORD[:3000]}"
    measured["limit"] = 60 * len(text)
    lines = fonts.wrap(text, 200.0, 9.0)
    assert lines[0] == "before"
    assert [line for line in lines if line.startswith("next")] == ["next paragraph"]
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert all(fonts.width(line, 9.0) <= 200.0 for line in lines)


def worst_document() -> Document:
    """Every free-text field at its limit, in one unbroken word."""
    return Document(
        title="T" * 200,
        description=WORD,
        stages=[Stage(id="s", name="S" * 120, description=WORD, questions=[WORD, WORD])],
        channels=[Channel(id="c", name="C" * 120, kind="digital")],
        personas=[Persona(id="p", name="P" * 120, description=WORD, goals=[WORD],
                          needs=[WORD], frustrations=[WORD], habits=[WORD])],
        touchpoints=[
            Touchpoint(id=f"t{i}", title="x" * 200, stage="s", channel="c", step=i,
                       description=WORD, pain_points=[WORD], opportunities=[WORD],
                       personas=["p"])
            for i in range(3)
        ],
    )


@pytest.mark.parametrize("mode", ["fit", "tile"])
def test_the_worst_accepted_fields_export(measured, mode):
    doc = worst_document()
    measured["limit"] = 5_000_000  # ≈ 0.4 M after the fix; 2,000 characters took 28 M before
    data, report = pdf_bytes(doc, PdfOptions(mode=mode))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert WORD[:200] in text.replace("\n", "")
    assert report.pages > 3


# --------------------------------------------------------------------------- pictures


def png(width: int, height: int, *, rows: bytes | None = None, bit_depth: int = 8,
        color_type: int = 2) -> bytes:
    """A PNG of ``width`` × ``height``; its pixels are zeros, compressed row by row."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    channels = {0: 1, 2: 3, 6: 4}[color_type]
    row = b"\0" + bytes((width * channels * bit_depth + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
            + chunk(b"IEND", b""))


def with_picture(data: bytes, kind: str = "png") -> Document:
    url = f"data:image/{kind};base64,{base64.b64encode(data).decode()}"
    return Document(
        title="Pictures",
        stages=[Stage(id="s", name="Stage")],
        channels=[Channel(id="c", name="Channel", kind="digital")],
        personas=[Persona(id="maya", name="Maya", image=url)],
    )


def embedded_image_sizes(data: bytes) -> list[tuple[int, int]]:
    found = []
    for obj in re.findall(rb"<<[^>]*?/Subtype /Image[^>]*>>", data):
        width = re.search(rb"/Width (\d+)", obj)
        height = re.search(rb"/Height (\d+)", obj)
        found.append((int(width.group(1)), int(height.group(1))))
    return found


def test_a_picture_claiming_gigapixels_is_never_decoded(monkeypatch):
    """13,300 × 13,300 in 0.3 MB (1-bit grey): decoded it takes gigabytes, and Pillow
    warned about a decompression bomb on stderr. Its header is read, not its pixels."""
    bomb = png(13_300, 13_300, bit_depth=1, color_type=0)
    assert len(bomb) < 2 * 1024 * 1024 and image_size(bomb)[1:] == (13_300, 13_300)
    from PIL import Image

    opened = []
    real_open = Image.open
    monkeypatch.setattr(Image, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data, report = pdf_bytes(with_picture(bomb))
    assert not [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]
    assert opened == []
    assert embedded_image_sizes(data) == []
    assert any("13300 × 13300 pixels, more than 4096" in w and '"maya"' in w
               for w in report.warnings)


def test_a_picture_at_the_limit_is_printed_scaled_down():
    from PIL import Image

    picture = Image.new("RGB", (MAX_IMAGE_SIDE, 2000), (200, 30, 30))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    data, report = pdf_bytes(with_picture(buffer.getvalue()))
    sizes = embedded_image_sizes(data)
    assert len(sizes) == 1 and max(sizes[0]) <= 384 and sizes[0][0] > sizes[0][1]
    assert not [w for w in report.warnings if "image" in w]


def test_a_large_jpeg_is_printed_scaled_down():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (3000, 3000), (20, 90, 200)).save(buffer, "JPEG", quality=50)
    data, _report = pdf_bytes(with_picture(buffer.getvalue(), "jpeg"))
    sizes = embedded_image_sizes(data)
    assert len(sizes) == 1 and max(sizes[0]) <= 384


def test_a_picture_with_a_damaged_header_is_left_out_with_a_warning():
    broken = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
    data, report = pdf_bytes(with_picture(broken))
    assert embedded_image_sizes(data) == []
    assert any('persona "maya" is damaged' in w for w in report.warnings)


def test_no_cover_no_picture_warning():
    bomb = png(5000, 10)
    _data, report = pdf_bytes(with_picture(bomb), PdfOptions(cover=False))
    assert not [w for w in report.warnings if "image" in w]


# --------------------------------------------------------------------------- SVG and PNG

NOT_XML = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])) + "\ufffe\uffff"


def with_controls() -> Document:
    bad = "a" + NOT_XML + "z\ttab\x7f\x85"
    return Document(
        title="Title " + bad,
        description="Description " + bad,
        stages=[Stage(id="s", name="Stage " + bad, description=bad, questions=[bad])],
        channels=[Channel(id="c", name="Channel " + bad, kind="digital")],
        personas=[Persona(id="p", name="Persona " + bad, goals=[bad])],
        touchpoints=[Touchpoint(id="t", title="Card " + bad, stage="s", channel="c",
                                description=bad, pain_points=[bad], personas=["p"],
                                owner=bad, tags=[bad])],
    )


def test_svg_of_text_with_control_characters_is_well_formed_xml():
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from journeydesigner.gui.picture import render_svg

    doc = with_controls()
    before = doc.model_dump()
    svg = render_svg(doc)
    root = ET.fromstring(svg)  # raised "not well-formed (invalid token)"
    text = " ".join(" ".join(el.itertext()) for el in root.iter())
    assert "Card a" in text and "Stage a" in text
    assert not set(NOT_XML) & set(svg.decode("utf-8"))
    assert QSvgRenderer(QByteArray(svg)).isValid()
    assert doc.model_dump() == before  # the document itself keeps its text


def test_png_of_text_with_control_characters_renders():
    from PySide6.QtGui import QImage

    from journeydesigner.gui.picture import render_png

    image = QImage.fromData(render_png(with_controls(), dpi=36))
    assert not image.isNull() and image.width() > 10


def test_printable_leaves_a_clean_document_as_it_is():
    from journeydesigner.export.xml_text import printable

    doc = with_picture(png(2, 2))
    assert printable(doc) is doc
    cleaned = printable(with_controls())
    assert cleaned.touchpoints[0].title == "Card a" + " " * len(NOT_XML) + "z\ttab\x7f\x85"
    assert cleaned.touchpoints[0].id == "t"
