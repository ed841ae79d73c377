"""Persona pictures read before they are decoded (Qt-free).

A file may hold a small PNG or JPEG that claims 100,000 × 100,000 pixels: decoded,
it would take gigabytes. Every place that decodes a picture (the window's thumbnails,
the PDF) first reads its size from the header with :func:`image_size`, which never
decodes, and leaves out a picture larger than :data:`MAX_IMAGE_SIDE` on a side.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct

#: The largest image side accepted, in pixels.
MAX_IMAGE_SIDE = 4096

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
#: JPEG start-of-frame markers (they carry the size); C4, C8 and CC are other things.
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_DATA_URL_RE = re.compile(r"data:image/(png|jpeg);base64,(.*)", re.DOTALL)


class ImageHeaderError(ValueError):
    """A picture whose size cannot be read. ``reason`` says why, for the interface to
    word: ``"not an image"``, ``"png damaged"``, ``"jpeg damaged"`` or ``"no pixels"``."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def strict_base64(payload: str) -> bytes | None:
    """The bytes of which ``payload`` is exactly the standard base64 encoding (RFC 4648
    section 4: its alphabet, padded with ``=`` to a multiple of 4, no spaces or line
    breaks, unused bits zero), or ``None``. One spelling per picture: a lenient decoder
    drops what follows the padding (``…===x``) or ignores stray characters, and other
    tools would read such a file differently or not at all."""
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if base64.b64encode(data).decode("ascii") == payload else None


def data_url_bytes(url: str) -> bytes | None:
    """The image bytes of a ``data:image/png|jpeg;base64,`` URL, or ``None``."""
    match = _DATA_URL_RE.fullmatch(url)
    return strict_base64(match.group(2)) if match else None


def image_size(data: bytes) -> tuple[str, int, int]:
    """``("png" | "jpeg", width, height)`` from the header, without decoding; raises
    :class:`ImageHeaderError`."""
    if data.startswith(_PNG_MAGIC):
        # the first chunk is always IHDR: length (13), "IHDR", width, height, ...
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise ImageHeaderError("png damaged")
        width, height = struct.unpack(">II", data[16:24])
        kind = "png"
    elif data.startswith(_JPEG_MAGIC):
        width, height = _jpeg_size(data)
        kind = "jpeg"
    else:
        raise ImageHeaderError("not an image")
    if width == 0 or height == 0:
        raise ImageHeaderError("no pixels")
    return kind, width, height


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from the first start-of-frame segment of a JPEG."""
    i = 2  # after the start-of-image marker FF D8
    end = len(data)
    while i < end:
        if data[i] != 0xFF:
            raise ImageHeaderError("jpeg damaged")
        while i < end and data[i] == 0xFF:  # fill bytes
            i += 1
        if i >= end:
            break
        marker = data[i]
        i += 1
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a segment
            continue
        if marker in (0xD9, 0xDA):  # end of image or start of scan before any frame
            break
        if i + 2 > end:
            break
        (length,) = struct.unpack(">H", data[i : i + 2])
        if length < 2:
            raise ImageHeaderError("jpeg damaged")
        if marker in _JPEG_SOF:
            if i + 7 > end:
                break
            height, width = struct.unpack(">HH", data[i + 3 : i + 7])
            return width, height
        i += length
    raise ImageHeaderError("jpeg damaged")


def within_limit(width: int, height: int) -> bool:
    """Whether a picture of that size may be decoded."""
    return 0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE
