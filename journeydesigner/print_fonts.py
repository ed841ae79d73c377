"""The fonts print falls back to for characters DejaVu Sans lacks (CJK, emoji):
which Debian packages bring them, where the packaged application bundles them,
and their licences (shown in About). Qt-free and light: no reportlab here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .templates import resources_dir


@dataclass(frozen=True)
class FallbackFont:
    """A TrueType font print falls back to, as Debian installs it (and the packaged
    application bundles it): its package, file, face index, licence and the file
    holding the licence."""

    family: str
    package: str
    path: Path
    index: int
    licence: str
    licence_file: Path
    covers: str


#: The fallback fonts scripts/bootstrap.sh installs and the packaged application ships
#: (each in ``resources/fonts/fallback/<package>/`` with its licence file).
BUNDLED: tuple[FallbackFont, ...] = (
    FallbackFont("WenQuanYi Micro Hei", "fonts-wqy-microhei",
                 Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0,
                 "Apache-2.0 or GPL-3.0-or-later with font exception",
                 Path("/usr/share/doc/fonts-wqy-microhei/copyright"), "CJK"),
    FallbackFont("Droid Sans Fallback", "fonts-droid-fallback",
                 Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 0,
                 "Apache-2.0", Path("/usr/share/doc/fonts-droid-fallback/copyright"),
                 "CJK, Hangul"),
    FallbackFont("Symbola", "fonts-symbola",
                 Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"), 0,
                 "free for any use (George Douros)",
                 Path("/usr/share/doc/fonts-symbola/copyright"), "emoji, symbols"),
)


def bundled_dir() -> Path:
    """Where the packaged application keeps the fallback fonts and their licences."""
    return resources_dir() / "fonts" / "fallback"
