"""The text of Help → About: version, licence and the licences of what is bundled (Qt-free).

:func:`about_text` gives it in English or Spanish. Bundled fonts are read from
``resources/fonts/`` (font files and their licence files, when the folder exists);
third-party libraries are listed with their licences and, where installed, their
versions (read from the package metadata, so Qt is not imported).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import __version__, print_fonts

LICENCE = "GPL-3.0-or-later"

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".woff", ".woff2")
LICENCE_NAMES = ("license", "licence", "copying", "copyright", "ofl", "notice")


@dataclass(frozen=True)
class Component:
    """A bundled library or font: its name, licence and (when known) version."""

    name: str
    licence: str
    version: str = ""
    note: str = ""


#: Libraries the application is built on: (name, distribution names to ask for the
#: version, licence, English note, Spanish note).
_LIBRARIES = (
    ("Qt 6 / PySide6", ("PySide6-Essentials", "PySide6"), "LGPL-3.0-only",
     "used as a dynamically linked library; you may replace it with a modified version",
     "se usa como biblioteca enlazada dinámicamente; puede sustituirla por una versión "
     "modificada"),
    ("Shiboken6", ("shiboken6",), "LGPL-3.0-only", "", ""),
    ("pydantic", ("pydantic",), "MIT", "", ""),
    ("pydantic-core", ("pydantic-core", "pydantic_core"), "MIT", "", ""),
    ("networkx", ("networkx",), "BSD-3-Clause", "", ""),
    ("ReportLab", ("reportlab",), "BSD-3-Clause", "", ""),
    ("python-calamine (calamine)", ("python-calamine",), "MIT", "", ""),
    ("Python", (), "PSF-2.0", "", ""),
)

_TEXT = {
    "en": {
        "tagline": "Design customer journey maps.",
        "licence": (
            "JourneyDesigner is free software: you can redistribute it and/or modify it "
            "under the terms of the GNU General Public License as published by the Free "
            "Software Foundation, either version 3 of the License, or (at your option) any "
            "later version ({0}). It is distributed in the hope that it will be useful, but "
            "WITHOUT ANY WARRANTY."
        ),
        "fonts": "Bundled fonts",
        "no_fonts": "No fonts are bundled; the system's fonts are used.",
        "font_licence": "licence: {0}",
        "libraries": "Third-party software",
        "fallback": "Fonts for the characters DejaVu lacks (CJK, emoji), used by the PDF export",
        "fallback_state": {"bundled": "bundled", "system": "from this system",
                           "missing": "not installed"},
        "dejavu": (
            "DejaVu fonts: Bitstream Vera Fonts licence with DejaVu changes in the public "
            "domain (free to use, copy, modify and redistribute)"
        ),
    },
    "es": {
        "tagline": "Diseñe mapas de experiencia del cliente (customer journey maps).",
        "licence": (
            "JourneyDesigner es software libre: puede redistribuirlo y/o modificarlo bajo "
            "los términos de la Licencia Pública General GNU publicada por la Free Software "
            "Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier "
            "versión posterior ({0}). Se distribuye con la esperanza de que sea útil, pero "
            "SIN NINGUNA GARANTÍA."
        ),
        "fonts": "Tipografías incluidas",
        "no_fonts": "No se incluye ninguna tipografía; se usan las del sistema.",
        "font_licence": "licencia: {0}",
        "libraries": "Software de terceros",
        "fallback": ("Tipografías para los caracteres que DejaVu no tiene (CJK, emojis), "
                     "usadas por la exportación a PDF"),
        "fallback_state": {"bundled": "incluida", "system": "del sistema",
                           "missing": "no instalada"},
        "dejavu": (
            "Tipografías DejaVu: licencia Bitstream Vera Fonts con los cambios de DejaVu "
            "en el dominio público (libres de usar, copiar, modificar y redistribuir)"
        ),
    },
}


def _language(language: str) -> str:
    primary = language.replace("_", "-").split("-", 1)[0].strip().lower()
    return primary if primary in _TEXT else "en"


def _version_of(distributions: tuple[str, ...]) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return ""


def libraries(language: str = "en") -> list[Component]:
    """The third-party libraries with their licences and installed versions."""
    import platform

    lang = _language(language)
    out = []
    for name, dists, licence, note_en, note_es in _LIBRARIES:
        version = platform.python_version() if name == "Python" else _version_of(dists)
        out.append(Component(name, licence, version, note_es if lang == "es" else note_en))
    return out


def fonts_dir() -> Path:
    from .templates import resources_dir

    return resources_dir() / "fonts"


def _is_licence_file(path: Path) -> bool:
    stem = path.name.lower()
    return path.is_file() and any(stem.startswith(n) or n in stem for n in LICENCE_NAMES)


def fonts(folder: Path | None = None) -> list[Component]:
    """Fonts in ``resources/fonts`` grouped by family, each with its licence file(s)."""
    folder = fonts_dir() if folder is None else folder
    try:
        entries = sorted(folder.rglob("*"))
    except OSError:
        return []
    # the print fallback fonts are listed on their own (print_fonts.BUNDLED)
    entries = [p for p in entries if "fallback" not in p.relative_to(folder).parts[:1]]
    licence_files = [p for p in entries if _is_licence_file(p)]
    families: dict[str, list[Path]] = {}
    for path in entries:
        if path.is_file() and path.suffix.lower() in FONT_SUFFIXES:
            family = path.stem.split("-", 1)[0]
            families.setdefault(family, []).append(path)
    out = []
    for family, files in families.items():
        # a licence file in the font's own folder, else one naming the family, else any
        own = [p for p in licence_files if p.parent == files[0].parent]
        named = [p for p in licence_files if family.lower() in p.name.lower()]
        chosen = named or own or licence_files
        licence = ", ".join(str(p.relative_to(folder)) for p in chosen) or "?"
        out.append(Component(family, licence, note=f"{len(files)} file(s)"))
    return out


def about_text(language: str = "en") -> str:
    """Plain text for the About box: version, licence, bundled fonts and libraries."""
    lang = _language(language)
    t = _TEXT[lang]
    lines = [
        f"JourneyDesigner {__version__}",
        t["tagline"],
        "",
        t["licence"].format(LICENCE),
        "",
        t["fonts"] + ":",
    ]
    found = fonts()
    if not found:
        lines.append("  " + t["no_fonts"])
    for font in found:
        if font.name.lower().startswith("dejavu"):
            lines.append(f"  • {t['dejavu']} ({t['font_licence'].format(font.licence)})")
        else:
            lines.append(f"  • {font.name} ({t['font_licence'].format(font.licence)})")
    lines += ["", t["fallback"] + ":"]
    for font in print_fonts.BUNDLED:
        if (print_fonts.bundled_dir() / font.package / font.path.name).is_file():
            state = t["fallback_state"]["bundled"]
        else:
            state = t["fallback_state"]["system" if font.path.is_file() else "missing"]
        lines.append(f"  • {font.family} ({font.covers}; Debian {font.package}, {state}): "
                     f"{t['font_licence'].format(font.licence)}")
    lines += ["", t["libraries"] + ":"]
    for lib in libraries(lang):
        version = f" {lib.version}" if lib.version else ""
        note = f"; {lib.note}" if lib.note else ""
        lines.append(f"  • {lib.name}{version}: {lib.licence}{note}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m journeydesigner.about [LANGUAGE]
    import sys

    print(about_text(sys.argv[1] if len(sys.argv) > 1 else "en"))
