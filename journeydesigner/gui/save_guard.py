"""Notice when another program changed a map file since it was opened or last saved
(Qt-free), so the window can ask before overwriting those changes.

Take a :class:`DiskState` after opening and after every save; before the next save,
:func:`changed_since` (or :func:`what_changed`) compares the file with it. The
content decides: a file that was only touched (same bytes) has not changed.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Change = Literal["modified", "deleted", "created"]
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class DiskState:
    """What the file at ``path`` looked like: absent, or its size, mtime and sha256."""

    path: Path
    exists: bool
    size: int = -1
    mtime_ns: int = -1
    sha256: str | None = None  # None when it could not be read

    @classmethod
    def capture(cls, path: str | os.PathLike[str]) -> DiskState:
        """The state of ``path`` now; never raises."""
        target = Path(path)
        try:
            info = target.stat()
        except FileNotFoundError:
            return cls(target, exists=False)
        except OSError:
            return cls(target, exists=True)
        digest: str | None
        if not stat.S_ISREG(info.st_mode):  # a named pipe would block the window
            return cls(target, True, info.st_size, info.st_mtime_ns, None)
        try:
            sha = hashlib.sha256()
            with open(target, "rb") as handle:
                while chunk := handle.read(_CHUNK):
                    sha.update(chunk)
            digest = sha.hexdigest()
        except OSError:
            digest = None
        return cls(target, True, info.st_size, info.st_mtime_ns, digest)

    def same_content(self, other: DiskState) -> bool:
        if self.exists != other.exists:
            return False
        if not self.exists:
            return True
        if self.size != other.size:
            return False
        if self.sha256 is not None and other.sha256 is not None:
            return self.sha256 == other.sha256
        return self.mtime_ns == other.mtime_ns  # unreadable: the best we can tell


def what_changed(state: DiskState | None) -> Change | None:
    """How the file differs from ``state`` now: ``"modified"``, ``"deleted"``,
    ``"created"`` (it did not exist then) or None (no state, or unchanged)."""
    if state is None:
        return None
    now = DiskState.capture(state.path)
    if state.same_content(now):
        return None
    if not now.exists:
        return "deleted"
    if not state.exists:
        return "created"
    return "modified"


def changed_since(state: DiskState | None) -> bool:
    """Whether the file is no longer what ``state`` saw (changed, replaced, deleted or
    created); False without a state."""
    return what_changed(state) is not None
