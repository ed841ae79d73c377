"""Crash recovery: autosaved copies of open documents in a folder of their own (Qt-free).

Each open document has a key (a uuid4 made when it is opened) and at most one
recovery file, ``KEY.recovery.json``, written atomically with
:func:`~journeydesigner.fileio.write_atomically`. The file is one JSON envelope::

    {"format": "journeydesigner-recovery", "version": 1,
     "key": ..., "title": ..., "original_path": ... or null,
     "saved_at": "2025-01-31T09:12:44.123Z", "pid": 1234, "host": "...",
     "instance": "...", "process_start": ..., "boot_id": ...,
     "document": {... the document, as in a .journey file ...}}

A recovery file that is still being kept up to date by a running JourneyDesigner
(on this host) is not offered: :meth:`RecoveryStore.entries` leaves it out.
Nothing in this module raises for a damaged folder or file; a file that is not a
recovery envelope is renamed to ``NAME.corrupt`` (kept for a manual rescue) and
never offered again.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .fileio import MAX_FILE_BYTES, LoadError, document_from_data, parse_json, write_atomically
from .model import FORMAT_NAME, Document
from .problems import ProblemError
from .problems import codes as C  # noqa: N812

RECOVERY_FORMAT = "journeydesigner-recovery"
RECOVERY_VERSION = 1
SUFFIX = ".recovery.json"
CORRUPT_SUFFIX = ".corrupt"
#: A temporary file of an interrupted write (``.KEY.recovery.json.XXXX.tmp``) older than
#: this is swept away by :meth:`RecoveryStore.entries`; a write takes seconds at most.
STALE_TEMP_SECONDS = 3600
_MAX_ENVELOPE_BYTES = MAX_FILE_BYTES + 1024 * 1024
_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
#: Identifies this process among processes that had the same pid (pid namespaces
#: and reboots reuse pids); a store made without ``instance`` uses it.
PROCESS_INSTANCE = uuid.uuid4().hex


def new_key() -> str:
    """A key for a newly opened document."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery file that can be offered."""

    key: str
    original_path: str | None
    saved_at: datetime  # aware, UTC
    title: str
    touchpoint_count: int
    path: Path
    pid: int = 0
    host: str = ""


# --- the processes that wrote the files -----------------------------------------------


def _hostname() -> str:
    try:
        return socket.gethostname()
    except OSError:  # pragma: no cover - no host name at all
        return ""


def _linux_start_ticks(pid: int | str) -> int | None:
    """Start time of a process in clock ticks after boot (field 22 of /proc/PID/stat)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
        # the command name (field 2) is in parentheses and may hold spaces and ")"
        return int(raw[raw.rindex(b")") + 2 :].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _linux_boot_id() -> str | None:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip() or None
    except OSError:
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _linux_is_journeydesigner(pid: int) -> bool:
    """Whether /proc/PID/cmdline names JourneyDesigner (``python -m journeydesigner``,
    the ``journeydesigner`` script, a bundled ``JourneyDesigner`` executable)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    args = raw.decode("utf-8", "replace").lower().split("\0")
    return any("journeydesigner" in arg for arg in args)


def _process_identity() -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "host": _hostname(),
        "process_start": _linux_start_ticks("self") if sys.platform.startswith("linux") else None,
        "boot_id": _linux_boot_id() if sys.platform.startswith("linux") else None,
    }


# --- the store --------------------------------------------------------------------------


class RecoveryStore:
    """Recovery files in ``folder`` (the GUI passes ``AppDataLocation/recovery``).

    ``instance`` names the running process (default: one token per process). An
    entry written with this pid but another instance was left by an earlier process
    that had the same pid, so it is offered.
    """

    def __init__(self, folder: str | os.PathLike[str], *, instance: str | None = None) -> None:
        self.folder = Path(folder)
        self.instance = instance or PROCESS_INSTANCE

    def path_of(self, doc_key: str) -> Path:
        if not _KEY_RE.match(doc_key):
            raise ValueError(f"not a recovery key: {doc_key!r}")
        return self.folder / f"{doc_key}{SUFFIX}"

    def write(
        self,
        doc_key: str,
        doc: Document,
        original_path: str | os.PathLike[str] | None,
        title: str | None = None,
    ) -> Path:
        """Write (or replace) the recovery file of ``doc_key`` atomically; raises
        ``SaveError`` (the previous recovery file, if any, is left as it was)."""
        target = self.path_of(doc_key)
        envelope = {
            "format": RECOVERY_FORMAT,
            "version": RECOVERY_VERSION,
            "key": doc_key,
            "title": title if title is not None else doc.title,
            "original_path": str(original_path) if original_path else None,
            "saved_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace(
                "+00:00", "Z"
            ),
            **_process_identity(),
            "instance": self.instance,
            "document": doc.to_json_data(),
        }
        data = json.dumps(envelope, ensure_ascii=False, allow_nan=False).encode("utf-8")
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(target, data, keep_backup=False)
        return target

    def remove(self, doc_key: str) -> None:
        """Delete the recovery file of ``doc_key`` (nothing when there is none)."""
        with contextlib.suppress(OSError, ValueError):
            self.path_of(doc_key).unlink()

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete an entry's file: it is never offered again."""
        with contextlib.suppress(OSError):
            entry.path.unlink()

    def quarantine(self, entry_or_path: RecoveryEntry | Path) -> Path | None:
        """Rename a file that cannot be used to ``NAME.corrupt``; the new path or None."""
        path = entry_or_path.path if isinstance(entry_or_path, RecoveryEntry) else entry_or_path
        target = path.with_name(path.name + CORRUPT_SUFFIX)
        try:
            os.replace(path, target)
        except OSError:
            return None
        return target

    def entries(self, *, include_live: bool = False) -> list[RecoveryEntry]:
        """The recovery files to offer, newest first. Files of documents still open in a
        running JourneyDesigner are left out unless ``include_live``. Never raises."""
        try:
            names = sorted(p for p in self.folder.iterdir() if p.name.endswith(SUFFIX))
        except OSError:
            return []
        self._sweep_temps()
        out: list[RecoveryEntry] = []
        for path in names:
            envelope = self._read(path)
            if envelope is None:
                continue
            if not include_live and self._is_live(envelope):
                continue
            entry = self._entry(path, envelope)
            if entry is not None:
                out.append(entry)
        out.sort(key=lambda e: e.saved_at, reverse=True)
        return out

    def load(self, entry: RecoveryEntry) -> Document:
        """The document of an entry, fully validated; raises only ``LoadError``."""
        try:
            with open(entry.path, "rb") as handle:
                raw = handle.read(_MAX_ENVELOPE_BYTES + 1)
        except OSError as exc:
            raise LoadError(entry.path, [C.FILE_UNREADABLE(reason=exc.strerror or str(exc))]) \
                from None
        if len(raw) > _MAX_ENVELOPE_BYTES:
            raise LoadError(entry.path, [C.RECOVERY_TOO_LARGE()])
        try:
            data = parse_json(raw)
        except ProblemError as exc:
            raise LoadError(entry.path, [exc.problem]) from None
        if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
            raise LoadError(entry.path, [C.RECOVERY_NO_DOCUMENT("document")])
        try:
            return document_from_data(data["document"])
        except LoadError as exc:
            problems = [p.at(p.place.within("document")) for p in exc.problems]
            raise LoadError(entry.path, problems) from None

    # --- inside -----------------------------------------------------------------------

    def _read(self, path: Path) -> dict[str, Any] | None:
        """The envelope of ``path``; a damaged one is quarantined, a newer one skipped."""
        try:
            with open(path, "rb") as handle:
                raw = handle.read(_MAX_ENVELOPE_BYTES + 1)
        except OSError:
            return None  # vanished or unreadable: not ours to judge now
        try:
            if len(raw) > _MAX_ENVELOPE_BYTES:
                raise ValueError("too large")
            data = parse_json(raw)
        except Exception:
            self.quarantine(path)
            return None
        if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
            self.quarantine(path)
            return None
        version = data.get("version")
        newer = isinstance(version, int) and not isinstance(version, bool)
        if newer and version > RECOVERY_VERSION:
            return None  # written by a newer JourneyDesigner: leave it to that one
        if version != RECOVERY_VERSION or not _valid_envelope(data):
            self.quarantine(path)
            return None
        return data

    def _entry(self, path: Path, data: dict[str, Any]) -> RecoveryEntry | None:
        doc = data["document"]
        touchpoints = doc.get("touchpoints")
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            title = doc.get("title") if isinstance(doc.get("title"), str) else ""
        return RecoveryEntry(
            key=path.name[: -len(SUFFIX)],
            original_path=data.get("original_path"),
            saved_at=_parse_time(data["saved_at"]),
            title=title,
            touchpoint_count=len(touchpoints) if isinstance(touchpoints, list) else 0,
            path=path,
            pid=data["pid"],
            host=data.get("host") or "",
        )

    def _is_live(self, data: dict[str, Any]) -> bool:
        """Whether the file's writer still runs (so the document is open there)."""
        pid = data["pid"]
        host = data.get("host")
        if host and host != _hostname():
            return False  # another computer: its processes cannot be checked from here
        if pid == os.getpid():
            return data.get("instance") == self.instance
        if not _pid_alive(pid):
            return False
        if sys.platform.startswith("linux"):
            if not _linux_is_journeydesigner(pid):
                return False  # the pid now belongs to another program
            boot_id, start = data.get("boot_id"), data.get("process_start")
            if boot_id and boot_id != _linux_boot_id():
                return False
            if isinstance(start, int) and start != _linux_start_ticks(pid):
                return False  # a later JourneyDesigner that got the same pid
        return True

    def _sweep_temps(self) -> None:
        now = time.time()
        try:
            temps = [p for p in self.folder.iterdir()
                     if p.name.startswith(".") and p.name.endswith(".tmp") and SUFFIX in p.name]
        except OSError:
            return
        for temp in temps:
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                    temp.unlink()


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _valid_envelope(data: dict[str, Any]) -> bool:
    pid = data.get("pid")
    original = data.get("original_path")
    saved_at = data.get("saved_at")
    doc = data.get("document")
    if not isinstance(pid, int) or isinstance(pid, bool):
        return False
    if original is not None and not isinstance(original, str):
        return False
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        return False
    if not isinstance(saved_at, str):
        return False
    try:
        _parse_time(saved_at)
    except (ValueError, OverflowError):
        return False
    return True
