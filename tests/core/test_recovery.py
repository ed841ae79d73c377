"""The recovery store (Qt-free): write, list, load, discard; damaged files are set
aside; documents still open in a running JourneyDesigner are not offered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journeydesigner.fileio import LoadError, SaveError, dumps
from journeydesigner.model import Channel, ChannelKind, Document, Stage, Touchpoint
from journeydesigner.recovery import (
    CORRUPT_SUFFIX,
    RECOVERY_FORMAT,
    SUFFIX,
    RecoveryStore,
    new_key,
)

LINUX = sys.platform.startswith("linux")


def make_doc(title: str, n: int = 3) -> Document:
    return Document(
        title=title,
        stages=[Stage(id="s", name="Stage")],
        channels=[Channel(id="c", name="Channel", kind=ChannelKind.DIGITAL)],
        touchpoints=[
            Touchpoint(id=f"t{i}", title=f"Touchpoint {i} ñ", stage="s", channel="c", step=i)
            for i in range(n)
        ],
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


def after_restart(folder: Path) -> RecoveryStore:
    """The store as a newly started JourneyDesigner sees it (same pid possible)."""
    return RecoveryStore(folder, instance="after-restart")


def envelope(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def rewrite(path: Path, **changes) -> None:
    data = envelope(path)
    data.update(changes)
    path.write_text(json.dumps(data), "utf-8")


def test_write_entries_load_discard(folder):
    store = RecoveryStore(folder)
    doc, untitled = make_doc("Onboarding", 3), make_doc("Sketch", 5)
    key1, key2 = new_key(), new_key()
    before = datetime.now(UTC) - timedelta(seconds=1)
    store.write(key1, doc, "/maps/onboarding.journey", "Onboarding")
    time.sleep(0.01)
    store.write(key2, untitled, None, "Sketch")

    reader = after_restart(folder)
    entries = reader.entries()
    assert [e.key for e in entries] == [key2, key1]  # newest first
    second, first = entries
    assert first.original_path == "/maps/onboarding.journey"
    assert second.original_path is None
    assert (first.title, first.touchpoint_count) == ("Onboarding", 3)
    assert (second.title, second.touchpoint_count) == ("Sketch", 5)
    assert first.saved_at.tzinfo is not None and before <= first.saved_at <= datetime.now(UTC)
    assert first.pid == os.getpid()
    assert first.path == folder / f"{key1}{SUFFIX}"

    assert dumps(reader.load(first)) == dumps(doc)
    assert dumps(reader.load(second)) == dumps(untitled)

    data = envelope(first.path)
    assert data["format"] == RECOVERY_FORMAT and data["version"] == 1
    assert data["saved_at"].endswith("Z")
    assert data["document"] == doc.to_json_data()

    reader.discard(first)
    assert [e.key for e in reader.entries()] == [key2]
    assert [e.key for e in after_restart(folder).entries()] == [key2]  # not asked again


def test_a_write_replaces_the_previous_one_atomically(folder):
    store = RecoveryStore(folder)
    key = new_key()
    store.write(key, make_doc("one", 1), None, "one")
    store.write(key, make_doc("two", 2), None, "two")
    assert sorted(p.name for p in folder.iterdir()) == [f"{key}{SUFFIX}"]  # no temp, no .bak
    (entry,) = after_restart(folder).entries()
    assert entry.title == "two" and dumps(after_restart(folder).load(entry)) == dumps(
        make_doc("two", 2))


def test_remove(folder):
    store = RecoveryStore(folder)
    key = new_key()
    store.write(key, make_doc("x"), None, "x")
    store.remove(key)
    store.remove(key)  # nothing left: no error
    store.remove("../../etc/passwd")  # not a key: ignored
    assert after_restart(folder).entries() == []


def test_keys_cannot_leave_the_folder(folder):
    with pytest.raises(ValueError):
        RecoveryStore(folder).write("../evil", make_doc("x"), None, "x")


def test_a_missing_or_unreadable_folder_has_no_entries(tmp_path):
    assert RecoveryStore(tmp_path / "nothing").entries() == []
    (tmp_path / "file").write_text("not a folder")
    assert RecoveryStore(tmp_path / "file").entries() == []


def test_write_failure_is_a_save_error(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(SaveError):
        RecoveryStore(tmp_path / "file").write(new_key(), make_doc("x"), None, "x")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{ not json",
        b"\xff\xfe garbage",
        b"[1, 2, 3]",
        b'{"format": "something-else", "version": 1}',
        b'{"format": "journeydesigner-recovery", "version": 1}',
        b'{"format": "journeydesigner-recovery", "version": 1, "pid": "12", '
        b'"saved_at": "2025-01-01T00:00:00Z", "document": {"format": "journeydesigner"}}',
        b'{"format": "journeydesigner-recovery", "version": 1, "pid": 12, '
        b'"saved_at": "yesterday", "document": {"format": "journeydesigner"}}',
        b'{"format": "journeydesigner-recovery", "version": 1, "pid": 12, '
        b'"saved_at": "2025-01-01T00:00:00Z", "document": []}',
    ],
    ids=["empty", "json", "utf8", "array", "format", "fields", "pid", "time", "document"],
)
def test_a_corrupt_envelope_is_set_aside_not_offered(folder, content):
    store = RecoveryStore(folder)
    good = new_key()
    store.write(good, make_doc("good"), None, "good")
    bad = folder / f"{new_key()}{SUFFIX}"
    bad.write_bytes(content)

    entries = after_restart(folder).entries()  # never raises
    assert [e.key for e in entries] == [good]
    assert not bad.exists()
    assert (folder / (bad.name + CORRUPT_SUFFIX)).read_bytes() == content  # kept for rescue
    assert [e.key for e in after_restart(folder).entries()] == [good]


def test_an_envelope_from_a_newer_version_is_left_alone(folder):
    store = RecoveryStore(folder)
    key = new_key()
    path = store.write(key, make_doc("x"), None, "x")
    rewrite(path, version=2, pid=999_999_999)
    assert after_restart(folder).entries() == []
    assert path.exists()  # not ours to quarantine


def test_an_invalid_document_is_listed_but_load_refuses_it(folder):
    store = RecoveryStore(folder)
    key = new_key()
    path = store.write(key, make_doc("x"), None, "x")
    data = envelope(path)
    data["document"]["touchpoints"][0]["stage"] = "missing-stage"
    path.write_text(json.dumps(data), "utf-8")
    reader = after_restart(folder)
    (entry,) = reader.entries()
    with pytest.raises(LoadError) as info:
        reader.load(entry)
    assert info.value.path == str(path)
    assert any(p.place.path.startswith("document.touchpoints[0]") for p in info.value.problems)


def test_load_of_a_vanished_entry_is_a_load_error(folder):
    store = RecoveryStore(folder)
    store.write(new_key(), make_doc("x"), None, "x")
    reader = after_restart(folder)
    (entry,) = reader.entries()
    entry.path.unlink()
    with pytest.raises(LoadError):
        reader.load(entry)


def test_entries_of_this_running_process_are_not_offered(folder):
    store = RecoveryStore(folder)
    store.write(new_key(), make_doc("open here"), None, "open here")
    assert store.entries() == []  # this very process keeps it up to date
    assert len(store.entries(include_live=True)) == 1
    assert len(RecoveryStore(folder).entries()) == 0  # any store of this process
    # a restarted JourneyDesigner that got the same pid (pid namespaces) sees a crash
    assert len(after_restart(folder).entries()) == 1


def test_an_entry_of_a_dead_process_is_offered(folder):
    store = RecoveryStore(folder)
    path = store.write(new_key(), make_doc("x"), None, "x")
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    rewrite(path, pid=int(child.stdout), instance="crashed")
    assert len(store.entries()) == 1


def test_an_entry_from_another_host_is_offered(folder):
    store = RecoveryStore(folder)
    path = store.write(new_key(), make_doc("x"), None, "x")
    rewrite(path, host="some-other-computer.invalid")
    assert len(store.entries()) == 1


@pytest.fixture
def sleeper():
    """Start a process that sleeps, with extra words on its command line."""
    started: list[subprocess.Popen] = []

    def start(*words: str) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", *words])
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def _start_ticks(pid: int) -> int:
    raw = Path(f"/proc/{pid}/stat").read_bytes()
    return int(raw[raw.rindex(b")") + 2:].split()[19])


@pytest.mark.skipif(not LINUX, reason="reads /proc/PID/cmdline")
def test_an_entry_of_another_running_journeydesigner_is_not_offered(folder, sleeper):
    store = RecoveryStore(folder)
    path = store.write(new_key(), make_doc("x"), None, "x")
    app = sleeper("journeydesigner", "gui")  # looks like `python -m journeydesigner gui`
    rewrite(path, pid=app.pid, instance="other", process_start=_start_ticks(app.pid))
    assert store.entries() == []
    assert len(store.entries(include_live=True)) == 1
    # the same pid with another start time: that process died, the pid was reused
    rewrite(path, process_start=_start_ticks(app.pid) + 1)
    assert len(store.entries()) == 1
    app.kill()
    app.wait()
    rewrite(path, process_start=None)
    assert len(store.entries()) == 1  # gone now


@pytest.mark.skipif(not LINUX, reason="reads /proc/PID/cmdline")
def test_a_pid_reused_by_another_program_does_not_hide_the_entry(folder, sleeper):
    store = RecoveryStore(folder)
    path = store.write(new_key(), make_doc("x"), None, "x")
    other = sleeper("some-other-program")
    rewrite(path, pid=other.pid, instance="other", process_start=None)
    assert len(store.entries()) == 1


def test_old_temporary_files_of_interrupted_writes_are_swept(folder):
    store = RecoveryStore(folder)
    key = new_key()
    store.write(key, make_doc("x"), None, "x")
    old = folder / f".{key}{SUFFIX}.abc123.tmp"
    fresh = folder / f".{key}{SUFFIX}.def456.tmp"
    old.write_text("half")
    fresh.write_text("half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    after_restart(folder).entries()
    assert not old.exists()
    assert fresh.exists()  # may belong to a write in progress
