"""The interface's Qt Linguist catalogue, refreshed with Qt's own tools (Qt-free).

``python -m journeydesigner.i18n_catalog`` runs ``pyside6-lupdate`` over the
package into ``resources/i18n/journeydesigner_LANG.ts`` and ``pyside6-lrelease``
into the ``.qm`` the application loads, then prints what is left to translate.
lupdate finds ``self.tr("…")`` in a QObject subclass (the class is the context)
and ``QCoreApplication.translate("context", "…")`` elsewhere; it keeps the
translations already made and drops the strings the sources no longer hold.
Both tools ship with PySide6-Essentials, so a fresh ``.venv`` has them.

The ``.ts`` carries no source locations: line numbers would change it whenever
any file changed, and the context already names the class or module. The
``.qm`` is committed (lrelease's output is reproducible and the tests compare
it), so an install that never runs this module still has its Spanish.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
LANGUAGES = ("es",)
#: lupdate's options: Python sources, no line numbers, no vanished strings, a stable order
LUPDATE_OPTIONS = ("-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                   "-sort-messages")
#: what lupdate takes from a ``#:`` comment before a string: here those comments document
#: attributes and have nothing to tell a translator
_EXTRA_COMMENT = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.DOTALL)


@dataclass(frozen=True)
class Message:
    """One message of a ``.ts``; ``translation`` is None while it is unfinished."""

    context: str
    source: str
    translation: str | None


def i18n_dir() -> Path:
    from .templates import resources_dir

    return resources_dir() / "i18n"


def ts_path(language: str) -> Path:
    return i18n_dir() / f"journeydesigner_{language}.ts"


def qm_path(language: str) -> Path:
    return i18n_dir() / f"journeydesigner_{language}.qm"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: on the PATH, else beside this
    Python (a ``.venv`` not activated)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise FileNotFoundError(f"{name} not found: it comes with PySide6-Essentials "
                                f"(pip install PySide6-Essentials)")
    return found


def lupdate(ts: Path, package: Path = PACKAGE) -> None:
    """Bring ``ts`` (made when missing) up to date with the sources of ``package``."""
    subprocess.run([qt_tool("pyside6-lupdate"), *LUPDATE_OPTIONS, str(package), "-ts", str(ts)],
                   check=True)
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_EXTRA_COMMENT.sub("", text), encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)


def read_ts(path: Path) -> list[Message]:
    """The messages of a ``.ts`` in file order (those lupdate marked vanished or
    obsolete left out)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = translation.text if translation is not None else None
            messages.append(Message(name, message.findtext("source") or "",
                                    text if kind != "unfinished" and text else None))
    return messages


def source_messages(package: Path = PACKAGE) -> set[tuple[str, str]]:
    """(context, source) of every translatable string of ``package``, as lupdate
    finds them (into a scratch catalogue; the committed one is left alone)."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scan.ts"
        lupdate(scratch, package)
        return {(m.context, m.source) for m in read_ts(scratch)}


def update() -> dict[str, list[Message]]:
    """Refresh every ``.ts`` from the sources and compile its ``.qm``; returns the
    unfinished messages per language."""
    unfinished = {}
    for language in LANGUAGES:
        lupdate(ts_path(language))
        lrelease(ts_path(language), qm_path(language))
        unfinished[language] = [m for m in read_ts(ts_path(language)) if m.translation is None]
    return unfinished


if __name__ == "__main__":
    for lang, todo in update().items():
        print(f"{lang}: {len(todo)} untranslated")
        for message in todo:
            print(f"  {message.context}: {message.source!r}")
