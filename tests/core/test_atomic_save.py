"""Atomic save under injected faults: the file on disk is the old one or the new one.

Each fault raises an ``OSError`` at one step of ``write_atomically`` (writing the
temporary file, fsync, copying the backup, the two renames). Afterwards the
original file must be byte-identical, ``SaveError`` must name the file, and no
temporary file may be left in the folder.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest

from journeydesigner import fileio
from journeydesigner.fileio import SaveError, dumps, load, save, write_atomically
from journeydesigner.model import Channel, ChannelKind, Document, Stage
from journeydesigner.problems.codes import SAVE_FAILED

NAME = "map.journey"
ERRNOS = [errno.ENOSPC, errno.EACCES, errno.EIO]


def make_doc(title: str) -> Document:
    return Document(
        title=title,
        stages=[Stage(id="s", name="Stage")],
        channels=[Channel(id="c", name="Channel", kind=ChannelKind.DIGITAL)],
    )


V0, V1, V2 = make_doc("version 0"), make_doc("version 1"), make_doc("version 2")


def oserror(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def saved_twice(tmp_path: Path) -> Path:
    """A folder with map.journey holding V1 and map.journey.bak holding V0."""
    path = tmp_path / NAME
    save(V0, path)
    save(V1, path)
    assert path.read_bytes() == dumps(V1)
    assert (tmp_path / (NAME + ".bak")).read_bytes() == dumps(V0)
    return path


class FailingFile:
    """A file object that raises on one method, passing everything else through."""

    def __init__(self, real: Any, method: str, error: OSError) -> None:
        self._real = real
        self._method = method
        self._error = error

    def __getattr__(self, name: str) -> Any:
        if name == self._method:
            raise self._error
        return getattr(self._real, name)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def inject(monkeypatch: pytest.MonkeyPatch, where: str, code: int, target: Path) -> list[str]:
    """Make step ``where`` of a save raise OSError(code); returns a log of what was hit."""
    hits: list[str] = []
    error = oserror(code)
    real_fdopen, real_fsync = os.fdopen, os.fsync
    real_replace = os.replace
    real_mkstemp = tempfile.mkstemp

    if where in ("write", "flush"):

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            hits.append(where)
            return FailingFile(real_fdopen(fd, *args, **kwargs), where, error)

        monkeypatch.setattr(os, "fdopen", fdopen)
    elif where == "fsync":

        def fsync(fd: int) -> None:
            if not stat.S_ISDIR(os.fstat(fd).st_mode):  # the temporary file, not the folder
                hits.append(where)
                raise error
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
    elif where in ("replace-backup", "replace-final"):

        def replace(src: Any, dst: Any) -> None:
            is_backup = str(dst).endswith(".bak")
            if is_backup == (where == "replace-backup") and Path(dst).parent == target.parent:
                hits.append(where)
                raise error
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", replace)
    elif where == "copyfile":

        def copyfile(src: Any, dst: Any, **kwargs: Any) -> Any:
            hits.append(where)
            raise error

        monkeypatch.setattr(shutil, "copyfile", copyfile)
    elif where == "mkstemp":

        def mkstemp(*args: Any, **kwargs: Any) -> Any:
            hits.append(where)
            raise error

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    elif where == "backup-mkstemp":

        def mkstemp_second(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("suffix", "").endswith(".bak.tmp"):
                hits.append(where)
                raise error
            return real_mkstemp(*args, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp_second)
    else:  # pragma: no cover
        raise ValueError(where)
    return hits


FAULTS = [
    "mkstemp",
    "write",
    "flush",
    "fsync",
    "backup-mkstemp",
    "copyfile",
    "replace-backup",
    "replace-final",
]


@pytest.mark.parametrize("code", ERRNOS, ids=[errno.errorcode[c] for c in ERRNOS])
@pytest.mark.parametrize("where", FAULTS)
def test_a_failed_save_leaves_the_file_untouched(monkeypatch, saved_twice, where, code):
    path = saved_twice
    folder = path.parent
    before = path.read_bytes()
    hits = inject(monkeypatch, where, code, path)

    with pytest.raises(SaveError) as info:
        save(V2, path)

    monkeypatch.undo()
    assert hits, f"the fault at {where} was never reached"
    error = info.value
    assert error.path == str(path)
    assert str(path) in str(error)
    assert os.strerror(code) in str(error)
    assert error.reason == os.strerror(code)
    assert path.read_bytes() == before
    assert temporaries(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == [NAME, NAME + ".bak"]
    backup = (folder / (NAME + ".bak")).read_bytes()
    # the backup is the previous version, or (once the new one was ready) the current one
    assert backup in (dumps(V0), dumps(V1))
    assert load(path) == V1


@pytest.mark.parametrize("where", ["mkstemp", "write", "flush", "fsync", "replace-final"])
def test_a_failed_first_save_creates_nothing(monkeypatch, tmp_path, where):
    path = tmp_path / NAME
    hits = inject(monkeypatch, where, errno.ENOSPC, path)
    with pytest.raises(SaveError) as info:
        save(V0, path)
    monkeypatch.undo()
    assert hits
    assert info.value.path == str(path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["write", "fsync", "replace-final"])
def test_write_atomically_without_backup_leaves_the_file_untouched(monkeypatch, saved_twice, where):
    path = saved_twice
    before = path.read_bytes()
    hits = inject(monkeypatch, where, errno.EIO, path)
    with pytest.raises(SaveError):
        write_atomically(path, b"new bytes\n", keep_backup=False)
    monkeypatch.undo()
    assert hits
    assert path.read_bytes() == before
    assert (path.parent / (NAME + ".bak")).read_bytes() == dumps(V0)
    assert temporaries(path.parent) == []


def test_a_successful_save_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / NAME
    backup = tmp_path / (NAME + ".bak")
    save(V0, path)
    assert path.read_bytes() == dumps(V0)
    assert not backup.exists()  # nothing to back up on the first save
    save(V1, path)
    assert (path.read_bytes(), backup.read_bytes()) == (dumps(V1), dumps(V0))
    save(V2, path)
    assert (path.read_bytes(), backup.read_bytes()) == (dumps(V2), dumps(V1))
    assert load(backup) == V1
    assert temporaries(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME, NAME + ".bak"]


def test_save_without_backup(tmp_path):
    path = tmp_path / NAME
    save(V0, path, keep_backup=False)
    save(V1, path, keep_backup=False)
    assert path.read_bytes() == dumps(V1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_the_backup_is_a_copy_of_the_old_file_even_if_it_was_not_our_output(tmp_path):
    path = tmp_path / NAME
    path.write_bytes(b"hand written, not even JSON")
    save(V0, path)
    assert (tmp_path / (NAME + ".bak")).read_bytes() == b"hand written, not even JSON"


def test_saving_into_a_missing_folder_is_a_save_error(tmp_path):
    path = tmp_path / "missing" / NAME
    with pytest.raises(SaveError) as info:
        save(V0, path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    assert not (tmp_path / "missing").exists()


def test_saving_onto_a_folder_is_a_save_error(tmp_path):
    path = tmp_path / NAME
    path.mkdir()
    (path / "inside").write_text("keep")
    with pytest.raises(SaveError) as info:
        save(V0, path)
    assert info.value.path == str(path)
    assert (path / "inside").read_text() == "keep"
    assert temporaries(tmp_path) == []


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_saving_into_a_read_only_folder_is_a_save_error(saved_twice):
    folder = saved_twice.parent
    before = saved_twice.read_bytes()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError) as info:
            save(V2, saved_twice)
    finally:
        folder.chmod(0o700)
    assert "Permission denied" in str(info.value)
    assert saved_twice.read_bytes() == before
    assert temporaries(folder) == []


def test_save_error_message_names_the_path_and_the_reason():
    error = SaveError("/x/map.journey", SAVE_FAILED(reason="No space left on device"))
    assert str(error) == "/x/map.journey: could not save: No space left on device"
    assert error.reason == "No space left on device"
    assert error.text("es").startswith("/x/map.journey: no se pudo guardar: ")


def test_the_data_is_fsynced_before_it_replaces_the_file(monkeypatch, saved_twice):
    """Order of a save: temp written and fsynced, backup rotated, rename, folder fsynced."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append("replace backup" if str(dst).endswith(".bak") else "replace file")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save(V2, saved_twice)
    expected = ["fsync file", "replace backup", "replace file"]
    if os.name == "posix":
        expected.append("fsync folder")
    assert events == expected
    assert saved_twice.read_bytes() == dumps(V2)


@pytest.mark.skipif(os.name != "posix", reason="folder fsync is POSIX-only")
def test_a_folder_that_cannot_be_fsynced_does_not_fail_a_done_save(monkeypatch, saved_twice):
    """Once the new file is in place, reporting a failure would be a lie."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise oserror(errno.EINVAL)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    save(V2, saved_twice)
    assert saved_twice.read_bytes() == dumps(V2)
    assert temporaries(saved_twice.parent) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_keeps_the_permissions_of_the_file(saved_twice):
    saved_twice.chmod(0o640)
    save(V2, saved_twice)
    assert stat.S_IMODE(saved_twice.stat().st_mode) == 0o640
    saved_twice.chmod(0o604)
    save(V1, saved_twice)
    assert stat.S_IMODE(saved_twice.stat().st_mode) == 0o604


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / NAME
    save(V0, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_save_accepts_str_paths_and_relative_names(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    save(V0, NAME)
    save(V1, str(tmp_path / NAME))
    assert load(NAME) == V1
    assert (tmp_path / (NAME + ".bak")).read_bytes() == dumps(V0)
    assert temporaries(tmp_path) == []


def test_fileio_uses_the_patched_modules():
    """The fault injection above patches os/shutil/tempfile: make sure fileio uses them."""
    assert fileio.os is os
    assert fileio.shutil is shutil
    assert fileio.tempfile is tempfile


def test_temporary_files_of_killed_saves_are_removed_by_the_next_save(tmp_path):
    import time as _time

    target = tmp_path / "map.journey"
    fileio.write_atomically(target, b"{}\n")
    old = tmp_path / ".map.journey.abc123.tmp"
    old_backup = tmp_path / ".map.journey.def456.bak.tmp"
    fresh = tmp_path / ".map.journey.ghi789.tmp"
    other = tmp_path / ".other.journey.jkl000.tmp"
    long_ago = _time.time() - fileio.STALE_TEMP_SECONDS - 60
    for leftover in (old, old_backup, fresh, other):
        leftover.write_bytes(b"half a save")
    for leftover in (old, old_backup, other):
        os.utime(leftover, (long_ago, long_ago))
    fileio.write_atomically(target, b'{"a": 1}\n')
    assert not old.exists() and not old_backup.exists()
    assert fresh.exists()  # may belong to a save still running
    assert other.exists()  # another file's business
    assert target.read_bytes() == b'{"a": 1}\n'
