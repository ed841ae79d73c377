"""Where file dialogs start: the map's own folder, else Documents (or home).

A bare file name given to ``QFileDialog`` is taken relative to the process's
current directory, which for a desktop application is wherever it happened to
be started; every dialog therefore gets an absolute path from here.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

#: Characters no file name may hold on one of the systems maps travel to.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def file_filter() -> str:
    """The file types of the open and save dialogs."""
    return QCoreApplication.translate(
        "file_dialogs", "Journey maps (*.journey);;JSON (*.json);;All files (*)"
    )


def default_folder() -> Path:
    """The folder for a map never saved: the user's Documents when it exists, else home."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def file_stem(title: str) -> str:
    """A file name (without suffix) made from a map's title: ``a/b: c`` -> ``a-b- c``."""
    stem = _UNSAFE.sub("-", title).strip(" .-")[:120].strip()
    return stem or QCoreApplication.translate("file_dialogs", "Untitled")


def suggested_path(path: Path | None, title: str, suffix: str) -> str:
    """The absolute path a save dialog proposes: ``path`` (absolute, as the controller
    keeps it) with ``suffix``, or the title as a file name in :func:`default_folder`."""
    if path is not None:
        return str(path.with_suffix(suffix))
    return str(default_folder() / f"{file_stem(title)}{suffix}")


def start_folder(path: Path | None) -> str:
    """Where an open dialog starts: the folder of the map shown, else :func:`default_folder`."""
    return str(path.parent if path is not None else default_folder())
