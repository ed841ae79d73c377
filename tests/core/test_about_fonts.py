"""About names the fonts print falls back to, with their licences."""

from __future__ import annotations

from journeydesigner.about import about_text
from journeydesigner.print_fonts import BUNDLED


def test_about_lists_every_fallback_font_with_its_licence_in_both_languages():
    for language, heading in (("en", "used by the PDF export"),
                              ("es", "usadas por la exportación a PDF")):
        text = about_text(language)
        assert heading in text
        for font in BUNDLED:
            line = next(x for x in text.splitlines() if font.family in x)
            assert font.package in line and font.licence in line


def test_the_fallback_fonts_are_truetype_files_debian_installs():
    for font in BUNDLED:
        assert font.path.suffix in (".ttf", ".ttc")
        assert font.path.is_file(), f"{font.package} is not installed (scripts/bootstrap.sh)"
        assert font.licence_file.is_file()
