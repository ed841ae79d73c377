"""Limits on decoding images (persona pictures) so a hostile file cannot exhaust memory."""

from __future__ import annotations

from PySide6.QtGui import QImageReader

#: The most memory one decoded image may take, in MiB (Qt's default is 256).
IMAGE_ALLOCATION_LIMIT_MB = 64


def configure_image_limits(megabytes: int = IMAGE_ALLOCATION_LIMIT_MB) -> int:
    """Make QImageReader refuse images that would need more than ``megabytes`` when
    decoded (a tiny PNG can claim 100 000 × 100 000 pixels). Call once at startup;
    returns the previous limit."""
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(megabytes)
    return previous
