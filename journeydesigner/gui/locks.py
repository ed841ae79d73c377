"""A lock file beside an open map, so two windows or programs do not both edit it.

:class:`DocumentLock` wraps a ``QLockFile`` named ``MAP.journey.lock`` (Qt writes the
pid, host name and application name into it) beside the file a symbolic link points
to, and a second one keyed on the file's device and inode (hard links). The locks are
taken without a time limit (``setStaleLockTime(0)``): stale only when their process is
gone on this host, or when the pid now belongs to another process (another program,
one whose command line does not name JourneyDesigner, or one that started after the
lock was written: see :func:`_may_have_written`), never because old.
``QLockFile.tryLock`` itself removes the lock of a dead process or another program and
takes it, :meth:`DocumentLock.acquire` the other stale ones, and it reports
``took_over_stale`` rather than asking; it does
the same for a lock file with this process's own pid that this process does not hold
(left by a crashed process whose pid was reused: never "open in process <ourselves>").
A lock held by a live process, or by another computer, is reported with its
:class:`LockInfo`; :class:`LockDialog` lets the user open the map read-only, open a
copy, or take over a lock that is stale or on another computer.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, QSysInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..fileio import save_target, sibling_name
from . import plain_text

LOCK_SUFFIX = ".lock"
#: The lock files this process holds: a lock file with our own pid that is not one of
#: them was left by an earlier process that had the same pid, so it is stale.
_HELD_HERE: set[str] = set()


class LockState(Enum):
    ACQUIRED = "acquired"
    #: another process (or computer) holds the lock: see ``LockStatus.holder``
    HELD = "held"
    #: no lock can be made (read-only folder, …): open normally, without a lock
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock file, as written by ``QLockFile``."""

    pid: int
    hostname: str
    appname: str
    since: datetime | None  # the lock file's modification time (UTC)
    same_host: bool
    stale: bool  # its process is gone on this host (or the pid is another process's)

    def since_text(self) -> str:
        if self.since is None:
            return "?"
        moment = QDateTime.fromMSecsSinceEpoch(round(self.since.timestamp() * 1000))
        return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


@dataclass(frozen=True)
class LockStatus:
    state: LockState
    holder: LockInfo | None = None
    #: a stale lock (crashed JourneyDesigner on this host) was removed and taken
    took_over_stale: bool = False
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.state is LockState.ACQUIRED


def _process_name(pid: int) -> str | None:
    """What Qt writes as the application name of ``pid`` (Linux: /proc/PID/exe)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return Path(os.readlink(f"/proc/{pid}/exe")).name
    except OSError:
        return None


#: Qt writes the program's name (``python3.11`` when run by Python), so any Python
#: program with the lock's pid would pass for its writer: JourneyDesigner's command
#: line names it (``journeydesigner MAP``, ``python -m journeydesigner``, a packaged
#: ``journeydesigner``).
APP_MARK = "journeydesigner"
#: How much later than the lock file its process may seem to have started: the start
#: time is read as boot time (whole seconds) plus the time since, on the wall clock.
START_SLACK_SECONDS = 5.0


def _command_line(pid: int) -> list[str] | None:
    """The arguments ``pid`` was started with (Linux), None when they cannot be read."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return [os.fsdecode(arg) for arg in raw.split(b"\0") if arg] or None


def _process_start(pid: int) -> float | None:
    """When ``pid`` started (seconds since the epoch, Linux), None when unknown."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_bytes()
        boot = next(line for line in Path("/proc/stat").read_bytes().splitlines()
                    if line.startswith(b"btime "))
        # the name in parentheses may hold blanks: the fields follow the last ")"
        ticks = int(stat_line.rsplit(b")", 1)[1].split()[19])  # field 22, starttime
        return int(boot.split()[1]) + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _may_have_written(pid: int, appname: str, written: float) -> bool:
    """Whether the live process ``pid`` can be the JourneyDesigner that wrote a lock
    file at ``written`` (its modification time): not when it runs another program,
    when its command line does not name JourneyDesigner, or when it started after the
    lock was written (the pid was reused). What cannot be read counts as yes."""
    name = _process_name(pid)
    if name is not None and appname and name != appname:
        return False
    args = _command_line(pid)
    if args is not None and not any(APP_MARK in arg.lower() for arg in args):
        return False
    started = _process_start(pid)
    return started is None or started <= written + START_SLACK_SECONDS


def _pid_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) terminates there
        from ..recovery import _windows_pid_alive

        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class _LockSlot:
    """One ``QLockFile``, taken without a time limit: held, free, or stale."""

    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def _try_lock(self) -> bool:
        if not self._lock.tryLock(0):
            return False
        _HELD_HERE.add(str(self.lock_path.absolute()))
        return True

    def acquire(self) -> LockStatus:
        if self._lock.isLocked():
            return LockStatus(LockState.ACQUIRED)
        before = self.info()
        if self._try_lock():
            stale = before is not None and before.stale
            return LockStatus(LockState.ACQUIRED, took_over_stale=stale)
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            holder = self.info()
            if holder is not None and holder.stale and holder.same_host:
                # stale by our checks, not Qt's (our own pid reused): remove and take it
                self._lock.removeStaleLockFile()
                if self._try_lock():
                    return LockStatus(LockState.ACQUIRED, took_over_stale=True)
                holder = self.info()
            if holder is not None:
                return LockStatus(LockState.HELD, holder)
            # released between tryLock and reading it: one more try
            if self._try_lock():
                return LockStatus(LockState.ACQUIRED)
            holder = self.info()
            if holder is not None:
                return LockStatus(LockState.HELD, holder)
        reason = {
            QLockFile.LockError.PermissionError: QCoreApplication.translate(
                "_LockSlot", "no permission to create the lock file"
            ),
        }.get(error, QCoreApplication.translate("_LockSlot", "the lock file cannot be created"))
        return LockStatus(LockState.UNAVAILABLE, error=reason)

    def info(self) -> LockInfo | None:
        try:
            mtime = self.lock_path.stat().st_mtime
        except OSError:
            return None
        reader = QLockFile(str(self.lock_path))
        pid, hostname, appname = reader.getLockInfo()
        if pid <= 0:
            return None
        same_host = not hostname or hostname == QSysInfo.machineHostName()
        stale = False
        if same_host:
            if pid == os.getpid():
                stale = str(self.lock_path.absolute()) not in _HELD_HERE
            elif not _pid_running(pid):
                stale = True
            else:
                stale = not _may_have_written(pid, appname, mtime)
        return LockInfo(
            pid=pid,
            hostname=hostname,
            appname=appname,
            since=datetime.fromtimestamp(mtime, UTC),
            same_host=same_host,
            stale=stale,
        )

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
            _HELD_HERE.discard(str(self.lock_path.absolute()))

    def take_over(self, *, force: bool = False) -> bool:
        if self._lock.isLocked():
            return True
        holder = self.info()
        if holder is not None and not holder.stale:
            if holder.same_host or not force:
                return False
            # another computer: Qt will not call it stale, so remove it ourselves
            try:
                self.lock_path.unlink()
            except OSError:
                return False
        elif holder is not None:
            self._lock.removeStaleLockFile()
        return self._try_lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file ``path`` names, through links; None if there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _file_lock_folder() -> Path | None:
    """This user's folder of the locks keyed on files (device + inode): the runtime
    folder, else one in the temporary folder; None when it cannot be made ours."""
    if os.name != "posix":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = (Path(runtime) / "journeydesigner-locks" if runtime
              else Path(tempfile.gettempdir()) / f"journeydesigner-locks-{os.getuid()}")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return None  # a link or another user's folder: never write locks through it
    return folder


class DocumentLock:
    """The lock of the map at ``path``: a lock file beside the file it names (through
    symbolic links: ``TARGET.lock``, shortened like the ``.bak`` for names near 255
    bytes), which other computers see too, and one in this user's runtime folder named
    after the file's device and inode, so that a second window opening the same file
    under another name (a hard link) is told as well. Saving gives the file a new
    inode: :meth:`follow_file` moves the second lock to it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        target = save_target(path)
        self.lock_path = target.with_name(sibling_name(target.name, LOCK_SUFFIX))
        self._beside = _LockSlot(self.lock_path)
        self._file: _LockSlot | None = None
        self._file_key: tuple[int, int] | None = None

    @property
    def held(self) -> bool:
        return self._beside.held

    def covers(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` names the file of this lock (the same file, under any name)."""
        if save_target(path) == save_target(self.path):
            return True
        key = _file_key(Path(path))
        return key is not None and key == _file_key(self.path)

    def acquire(self) -> LockStatus:
        """Take the lock when free (or stale); else say who holds it."""
        if self.held:
            return LockStatus(LockState.ACQUIRED)
        status = self._beside.acquire()
        if status.ok:
            by_file = self._acquire_file()
            if by_file is not None:
                self._beside.release()
                return by_file
        return status

    def _acquire_file(self, *, take_over: bool = False) -> LockStatus | None:
        """Take the lock keyed on the file now at ``path``; the status when another
        process holds it, else None (also when there is no file or no lock folder)."""
        key = _file_key(self.path)
        if key is None or key == self._file_key:
            return None
        folder = _file_lock_folder()
        if folder is None:
            return None
        slot = _LockSlot(folder / f"{key[0]:x}-{key[1]:x}{LOCK_SUFFIX}")
        status = slot.acquire()
        if status.state is LockState.HELD and not (take_over and slot.take_over()):
            return status
        if slot.held:
            if self._file is not None:
                self._file.release()
            self._file, self._file_key = slot, key
        return None

    def follow_file(self) -> None:
        """After a save (the file is new, with a new inode): lock the new file."""
        if self.held:
            self._acquire_file()

    def info(self) -> LockInfo | None:
        """Who holds the lock file now (None when there is none or it is unreadable)."""
        return self._beside.info()

    def release(self) -> None:
        """Give the lock up (nothing when not held)."""
        self._beside.release()
        if self._file is not None:
            self._file.release()
            self._file, self._file_key = None, None

    def take_over(self, *, force: bool = False) -> bool:
        """Remove a stale lock file and take the lock. A lock of a live process on this
        host is never taken (False). One made on another computer cannot be checked
        from here: it is taken only with ``force`` (the user confirmed it is not in
        use there)."""
        if self.held:
            return True
        if not self._beside.take_over(force=force):
            return False
        if self._acquire_file(take_over=True) is not None:
            self._beside.release()
            return False
        return True


class LockDialog(QDialog):
    """“MAP is already open”: Open read-only, Open a copy, Take over (only for a stale
    lock, or one from another computer) or Cancel. :meth:`choice` gives
    ``"read_only" | "copy" | "take_over" | "cancel"``."""

    def __init__(self, info: LockInfo, parent: QWidget | None = None,
                 file_name: str = "") -> None:
        super().__init__(parent)
        self.info = info
        self._choice = "cancel"
        self.setWindowTitle(self.tr("Map in use"))
        layout = QVBoxLayout(self)
        name = file_name or self.tr("This map")
        if info.stale:
            text = self.tr("{0} was locked by JourneyDesigner (process {1} on {2}) since {3}, "
                      "but that program is no longer running. You can take over the lock "
                      "safely.").format(name, info.pid, info.hostname, info.since_text())
        elif not info.same_host:
            text = self.tr("{0} is open in JourneyDesigner on the computer “{2}” (process {1}) "
                      "since {3}. Take over only if it is not open there any more; "
                      "otherwise one of you will overwrite the other's "
                      "changes.").format(name, info.pid, info.hostname, info.since_text())
        else:
            text = self.tr("{0} is already open in JourneyDesigner (process {1} on {2}, {3}) "
                      "since {4}. Open it read-only, or open a copy to edit and save "
                      "under another name.").format(name, info.pid, info.hostname,
                                                    info.appname, info.since_text())
        label = plain_text.label(text)  # names, host and program come from files
        label.setWordWrap(True)
        layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        self.read_only_button = self._button(buttons, self.tr("Open &Read-Only"), "read_only",
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = self._button(buttons, self.tr("Open a &Copy"), "copy",
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_over_button = self._button(buttons, self.tr("&Take Over"), "take_over",
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.take_over_button.setEnabled(info.stale or not info.same_host)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        (self.take_over_button if info.stale else self.read_only_button).setDefault(True)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, choice: str,
                role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = box.addButton(text, role)
        button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        return button

    def _choose(self, choice: str) -> None:
        self._choice = choice
        self.accept()

    def reject(self) -> None:
        self._choice = "cancel"
        super().reject()

    def choice(self) -> str:
        return self._choice
