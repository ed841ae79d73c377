"""The interface's translatable strings and the Qt Linguist files (Qt-free).

Every string passed literally to ``tr()`` in the package is collected with
:mod:`ast` (so nothing is missed and nothing is guessed), written to
``resources/i18n/journeydesigner_LANG.ts`` keeping translations already made,
and compiled to ``.qm`` with ``pyside6-lrelease``. Run
``python -m journeydesigner.i18n_catalog`` after changing interface text.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CONTEXT = "JourneyDesigner"
PACKAGE = Path(__file__).resolve().parent
LANGUAGES = ("es",)


def i18n_dir() -> Path:
    from .templates import resources_dir

    return resources_dir() / "i18n"


def ts_path(language: str) -> Path:
    return i18n_dir() / f"journeydesigner_{language}.ts"


def qm_path(language: str) -> Path:
    return i18n_dir() / f"journeydesigner_{language}.qm"


def source_strings(package: Path = PACKAGE) -> dict[str, str]:
    """Every literal ``tr("…")`` of the package, with the first file using it."""
    found: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, str(path.relative_to(package.parent)))
    return found


def read_ts(path: Path) -> dict[str, str]:
    """source → translation of a .ts file (unfinished entries left out)."""
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in (
            "unfinished",
            "obsolete",
            "vanished",
        ):
            out[source] = translation.text
    return out


def write_ts(path: Path, language: str, strings: dict[str, str], known: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in sorted(strings.items(), key=lambda kv: (kv[1], kv[0])):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=where)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + data + "\n",
                    encoding="utf-8")


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                    "pyside6-lrelease")
    return found


def update(compile_qm: bool = True) -> dict[str, list[str]]:
    """Refresh every .ts from the sources (and compile .qm); returns the
    untranslated strings per language."""
    strings = source_strings()
    missing = {}
    for language in LANGUAGES:
        known = read_ts(ts_path(language))
        write_ts(ts_path(language), language, strings, known)
        missing[language] = sorted(s for s in strings if s not in known)
        if compile_qm:
            subprocess.run(
                [lrelease(), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
                check=True,
            )
    return missing


if __name__ == "__main__":
    for lang, todo in update().items():
        print(f"{lang}: {len(todo)} untranslated")
        for text in todo:
            print(f"  {text!r}")
