"""Lock files beside open maps: a second opener sees who holds the map; a lock left by
a killed process is stale and can be taken over; a live one cannot."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSysInfo

from journeydesigner.gui.locks import DocumentLock, LockDialog, LockInfo, LockState

HOLDER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    print("locked" if lock.tryLock(0) else "refused", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def map_path(tmp_path):
    path = tmp_path / "map.journey"
    path.write_text("{}")
    return path


@pytest.fixture
def holder(map_path, tmp_path):
    """Another JourneyDesigner process (a Python program named ``journeydesigner``, as
    the installed command is) that holds the lock of ``map_path`` until it is killed."""
    procs: list[subprocess.Popen] = []
    script = tmp_path / "bin" / "journeydesigner"
    script.parent.mkdir()
    script.write_text(HOLDER)

    def start() -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, str(script), f"{map_path}.lock"],
                                stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "locked"
        return proc

    yield start
    for proc in procs:
        proc.kill()
        proc.wait()


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL) if os.name == "posix" else proc.kill()
    proc.wait()


def test_the_second_lock_sees_the_holder_until_it_is_released(map_path):
    first, second = DocumentLock(map_path), DocumentLock(map_path)
    before = datetime.now(UTC) - timedelta(seconds=2)
    status = first.acquire()
    assert status.ok and status.state is LockState.ACQUIRED and not status.took_over_stale
    assert first.held
    assert (map_path.parent / "map.journey.lock").exists()
    assert first.acquire().ok  # again: still ours

    status = second.acquire()
    assert status.state is LockState.HELD and not status.ok
    info = status.holder
    assert info.pid == os.getpid()
    assert info.hostname == QSysInfo.machineHostName()
    assert info.appname  # the program name Qt wrote
    assert info.same_host and not info.stale
    assert before <= info.since <= datetime.now(UTC) + timedelta(seconds=2)
    assert second.info() == info
    assert not second.take_over()  # live: never
    assert not second.take_over(force=True)  # live on this host: not even forced
    assert first.held

    first.release()
    assert not first.held
    assert not (map_path.parent / "map.journey.lock").exists()
    assert second.info() is None
    assert second.acquire().ok
    second.release()


def test_a_lock_of_another_live_process(map_path, holder):
    proc = holder()
    lock = DocumentLock(map_path)
    status = lock.acquire()
    assert status.state is LockState.HELD
    assert status.holder.pid == proc.pid
    assert status.holder.hostname == QSysInfo.machineHostName()
    assert not status.holder.stale
    assert not lock.take_over()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_lock_left_by_a_killed_process_is_stale_and_can_be_taken_over(map_path, holder):
    proc = holder()
    kill(proc)
    lock = DocumentLock(map_path)
    info = lock.info()
    assert info is not None and info.pid == proc.pid
    assert info.stale and info.same_host
    assert lock.take_over()
    assert lock.held
    assert lock.info().pid == os.getpid()
    other = DocumentLock(map_path)
    assert other.acquire().state is LockState.HELD  # and now it is ours, not stale
    lock.release()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acquire_takes_a_stale_lock_by_itself_and_says_so(map_path, holder):
    proc = holder()
    kill(proc)
    lock = DocumentLock(map_path)
    status = lock.acquire()
    assert status.ok and status.took_over_stale
    assert lock.info().pid == os.getpid()
    lock.release()


def crafted_lock(map_path, pid: int, hostname: str, appname: str = "python3") -> None:
    """A lock file as QLockFile writes it (pid, app name, host name, …)."""
    (map_path.parent / (map_path.name + ".lock")).write_text(f"{pid}\n{appname}\n{hostname}\n")


def test_a_crafted_lock_of_a_dead_pid_on_this_host_is_stale(map_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    crafted_lock(map_path, int(dead.stdout), QSysInfo.machineHostName())
    lock = DocumentLock(map_path)
    assert lock.info().stale
    assert lock.take_over()
    lock.release()


def test_a_lock_with_our_own_pid_that_we_do_not_hold_is_stale_and_taken(map_path):
    """Left by an earlier process that had this pid (pids are reused after a crash,
    quickly in a container): never "already open in process <ourselves>"."""
    ours = DocumentLock(map_path.with_name("other.journey"))
    assert ours.acquire().ok
    appname = ours.info().appname  # what Qt writes for this process
    ours.release()
    crafted_lock(map_path, os.getpid(), QSysInfo.machineHostName(), appname)
    lock = DocumentLock(map_path)
    assert lock.info().stale
    status = lock.acquire()
    assert status.ok and status.took_over_stale
    other = DocumentLock(map_path)
    held = other.acquire()  # now really ours: held, not stale
    assert held.state is LockState.HELD and not held.holder.stale
    lock.release()
    assert other.acquire().ok
    other.release()


@pytest.fixture
def live_process(tmp_path):
    """Start a process that sleeps until killed: ``start(name)`` runs the command
    ``name`` (``sleep``), or Python with a script of that name."""
    procs: list[subprocess.Popen] = []

    def start(name: str) -> subprocess.Popen:
        if name == "sleep":
            proc = subprocess.Popen(["sleep", "60"], stdout=subprocess.PIPE, text=True)
        else:
            script = tmp_path / name
            script.write_text("import time\nprint('ready', flush=True)\ntime.sleep(60)\n")
            proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                                    text=True)
            assert proc.stdout.readline().strip() == "ready"  # its command line is set
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        proc.kill()
        proc.wait()


def _our_program_name() -> str:
    return os.path.basename(os.readlink("/proc/self/exe"))  # what Qt writes for us


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc")


@linux_only
@pytest.mark.parametrize("program", ["sleep", "some_other_tool.py"])
def test_a_lock_naming_the_pid_of_an_unrelated_live_process_is_stale(
        qtbot, map_path, live_process, program):
    """The pid of a crashed JourneyDesigner now runs another program, or another Python
    program (Qt writes "python3.11" for both): stale, Take Over offered, and opening
    takes it by itself."""
    proc = live_process(program)
    crafted_lock(map_path, proc.pid, QSysInfo.machineHostName(), _our_program_name())
    lock = DocumentLock(map_path)
    info = lock.info()
    assert info.pid == proc.pid and info.same_host and info.stale
    dialog = LockDialog(info, None, "map.journey")
    qtbot.addWidget(dialog)
    assert dialog.take_over_button.isEnabled()
    status = lock.acquire()
    assert status.ok and status.took_over_stale
    assert lock.info().pid == os.getpid()
    lock.release()


@linux_only
def test_a_lock_naming_a_live_journeydesigner_process_is_held(qtbot, map_path, live_process):
    proc = live_process("journeydesigner")
    crafted_lock(map_path, proc.pid, QSysInfo.machineHostName(), _our_program_name())
    lock = DocumentLock(map_path)
    info = lock.info()
    assert info.pid == proc.pid and not info.stale
    dialog = LockDialog(info, None, "map.journey")
    qtbot.addWidget(dialog)
    assert not dialog.take_over_button.isEnabled()
    assert lock.acquire().state is LockState.HELD
    assert not lock.take_over()


@linux_only
def test_a_lock_older_than_the_journeydesigner_process_with_its_pid_is_stale(
        map_path, live_process):
    """A JourneyDesigner that started after the lock was written cannot have written
    it: the pid of the one that did was reused."""
    proc = live_process("journeydesigner")
    crafted_lock(map_path, proc.pid, QSysInfo.machineHostName(), _our_program_name())
    hour_ago = time.time() - 3600
    os.utime(map_path.parent / "map.journey.lock", (hour_ago, hour_ago))
    lock = DocumentLock(map_path)
    assert lock.info().stale
    status = lock.acquire()
    assert status.ok and status.took_over_stale
    lock.release()


def test_a_lock_from_another_computer_needs_force(map_path):
    crafted_lock(map_path, 4242, "another-computer.invalid")
    lock = DocumentLock(map_path)
    status = lock.acquire()
    assert status.state is LockState.HELD
    info = status.holder
    assert (info.pid, info.hostname) == (4242, "another-computer.invalid")
    assert not info.same_host and not info.stale  # cannot be checked from here
    assert not lock.take_over()
    assert lock.take_over(force=True)
    assert lock.held and lock.info().pid == os.getpid()
    lock.release()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_no_lock_in_a_read_only_folder(map_path):
    map_path.parent.chmod(0o500)
    try:
        status = DocumentLock(map_path).acquire()
    finally:
        map_path.parent.chmod(0o700)
    assert status.state is LockState.UNAVAILABLE and status.error


def info(stale: bool, same_host: bool = True) -> LockInfo:
    return LockInfo(pid=1234, hostname="host", appname="journeydesigner",
                    since=datetime.now(UTC) - timedelta(minutes=5), same_host=same_host,
                    stale=stale)


@pytest.mark.parametrize(("stale", "same_host", "can_take_over"),
                         [(False, True, False), (True, True, True), (False, False, True)])
def test_lock_dialog_offers_take_over_only_when_it_is_safe(qtbot, stale, same_host,
                                                           can_take_over):
    dialog = LockDialog(info(stale, same_host), None, "map.journey")
    qtbot.addWidget(dialog)
    assert dialog.take_over_button.isEnabled() is can_take_over
    assert dialog.read_only_button.isEnabled() and dialog.copy_button.isEnabled()
    assert dialog.choice() == "cancel"


@pytest.mark.parametrize("button", ["read_only", "copy", "take_over"])
def test_lock_dialog_choices(qtbot, button):
    dialog = LockDialog(info(stale=True), None, "map.journey")
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, f"{button}_button").click()
    assert dialog.choice() == button
    assert dialog.result() == dialog.DialogCode.Accepted


def test_lock_dialog_cancel(qtbot):
    dialog = LockDialog(info(stale=False), None, "map.journey")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.choice() == "cancel"


def test_a_lock_file_survives_no_longer_than_its_holder(map_path):
    lock = DocumentLock(map_path)
    assert lock.acquire().ok
    del lock  # QLockFile unlocks when it is destroyed (a window that goes away)
    deadline = time.monotonic() + 2
    while (map_path.parent / "map.journey.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not (map_path.parent / "map.journey.lock").exists()


def test_no_lock_where_no_lock_file_can_be_made(tmp_path):
    status = DocumentLock(tmp_path / "missing-folder" / "map.journey").acquire()
    assert status.state is LockState.UNAVAILABLE and status.error and status.holder is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_the_lock_of_a_symlink_is_beside_its_target(tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    real = folder / "map.journey"
    real.write_text("{}")
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    first = DocumentLock(real)
    assert first.acquire().ok
    via_link = DocumentLock(link)
    assert via_link.lock_path == folder / "map.journey.lock"
    status = via_link.acquire()
    assert status.state is LockState.HELD and status.holder.pid == os.getpid()
    assert not (tmp_path / "link.journey.lock").exists()
    assert first.covers(link) and via_link.covers(real)
    first.release()
    assert via_link.acquire().ok
    via_link.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_a_hard_link_of_a_locked_file_is_locked_too(tmp_path):
    """Two names, one file: the lock keyed on device and inode sees it."""
    real = tmp_path / "map.journey"
    real.write_text("{}")
    other = tmp_path / "other.journey"
    os.link(real, other)
    first = DocumentLock(real)
    assert first.acquire().ok
    second = DocumentLock(other)
    status = second.acquire()
    assert status.state is LockState.HELD and status.holder.pid == os.getpid()
    assert not status.holder.stale
    assert not second.held and not (tmp_path / "other.journey.lock").exists()
    assert not second.take_over() and not second.take_over(force=True)
    assert first.covers(other)
    first.release()
    assert second.acquire().ok
    assert DocumentLock(real).acquire().state is LockState.HELD
    second.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_the_file_lock_follows_the_file_a_save_made(tmp_path):
    from journeydesigner.fileio import write_atomically

    path = tmp_path / "map.journey"
    path.write_text("{}")
    lock = DocumentLock(path)
    assert lock.acquire().ok
    write_atomically(path, b"{ }")  # a new inode
    later = tmp_path / "later.journey"
    os.link(path, later)
    assert DocumentLock(later).acquire().ok  # not followed yet: the old inode is locked
    lock.follow_file()
    assert DocumentLock(later).acquire().state is LockState.HELD
    lock.release()


def test_the_lock_of_a_name_of_255_bytes_fits_the_limit(tmp_path):
    name = "m" + "é" * 119 + "x" * 8 + ".journey"  # 255 bytes
    assert len(name.encode()) == 255
    path = tmp_path / name
    path.write_text("{}")
    lock = DocumentLock(path)
    assert lock.acquire().ok
    assert lock.lock_path.exists() and len(lock.lock_path.name.encode()) <= 255
    assert lock.lock_path.name.endswith(".lock")
    assert DocumentLock(path).acquire().state is LockState.HELD
    lock.release()
    assert not lock.lock_path.exists()


# --- the other guards of an open file: changes by other programs, image limits -----------


def test_disk_state_notices_changes_by_other_programs(tmp_path):
    from journeydesigner.gui.save_guard import DiskState, changed_since, what_changed

    path = tmp_path / "map.journey"
    path.write_bytes(b"version 1")
    state = DiskState.capture(path)
    assert state.exists and state.size == 9 and state.sha256
    assert not changed_since(state)

    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert not changed_since(state)  # only touched: same bytes

    path.write_bytes(b"version 2")  # same size, other bytes
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the old mtime
    assert what_changed(state) == "modified"
    path.write_bytes(b"longer version 3")
    assert what_changed(state) == "modified"
    path.unlink()
    assert what_changed(state) == "deleted"

    absent = DiskState.capture(path)
    assert not absent.exists and not changed_since(absent)
    path.write_bytes(b"someone else's")
    assert what_changed(absent) == "created"
    assert not changed_since(None)


def _png(width: int, height: int) -> bytes:
    """A valid RGBA PNG of zeros: tiny on disk, ``width * height * 4`` bytes decoded."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = zlib.compress(bytes((1 + width * 4) * height), 9)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
            + chunk(b"IEND", b""))


def test_image_allocation_limit():
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    from journeydesigner.gui.image_limits import configure_image_limits

    previous = configure_image_limits()
    try:
        assert QImageReader.allocationLimit() == 64
        # 4500 × 4000 RGBA is 72 MB decoded: under Qt's default (256 MB), over ours
        buffer = QBuffer()
        buffer.setData(QByteArray(_png(4500, 4000)))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        assert reader.size().width() == 4500  # the header is read …
        assert reader.read().isNull()  # … the pixels are refused
        small = QBuffer()
        small.setData(QByteArray(_png(64, 64)))
        small.open(QIODevice.OpenModeFlag.ReadOnly)
        assert not QImageReader(small).read().isNull()
    finally:
        QImageReader.setAllocationLimit(previous)
