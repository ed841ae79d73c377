"""Saving onto odd files: symbolic links, read-only files, names near the length
limit, and maps near the size limit. Each promise of "Files are safe" must hold
there too: the app never writes a file it would refuse to open, never replaces
what the user protected, and never turns a link into a stale copy.

The suite runs as root here, where the system lets anyone write anything; the
read-only checks go by the permission bits, as the user sees them.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journeydesigner import fileio
from journeydesigner.fileio import (
    MAX_FILE_BYTES,
    NAME_MAX,
    LoadError,
    SaveError,
    dumps,
    load,
    loads,
    save,
    sibling_name,
    write_atomically,
)
from journeydesigner.model import Stage

from .test_atomic_save import V0, V1, V2

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links and permissions")
FUZZ = settings(deadline=None, max_examples=60,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- symbolic links


@posix
def test_saving_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path):
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    real = real_folder / "map.journey"
    save(V0, real)
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    save(V1, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load(real) == V1  # the target has the new version, not a stale copy
    assert (real_folder / "map.journey.bak").read_bytes() == dumps(V0)  # beside the target
    assert not (tmp_path / "link.journey.bak").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.journey", "real"]


@posix
def test_saving_through_a_relative_symlink_chain(tmp_path):
    real = tmp_path / "map.journey"
    save(V0, real)
    (tmp_path / "one.journey").symlink_to("map.journey")
    (tmp_path / "two.journey").symlink_to("one.journey")
    save(V1, tmp_path / "two.journey")
    assert (tmp_path / "two.journey").is_symlink() and (tmp_path / "one.journey").is_symlink()
    assert load(real) == V1


@posix
def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.journey"
    link.symlink_to("new.journey")
    save(V0, link)
    assert link.is_symlink()
    assert load(tmp_path / "new.journey") == V0


# --------------------------------------------------------------------------- read-only files


@posix
@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555], ids=oct)
def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path, mode):
    path = tmp_path / "map.journey"
    save(V0, path)
    save(V1, path)
    before, backup = path.read_bytes(), (tmp_path / "map.journey.bak").read_bytes()
    path.chmod(mode)
    with pytest.raises(SaveError) as info:
        save(V2, path)
    assert "read-only" in info.value.reason
    assert path.read_bytes() == before and mode_of(path) == mode
    assert (tmp_path / "map.journey.bak").read_bytes() == backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey", "map.journey.bak"]


@posix
def test_a_read_only_file_is_refused_through_a_symlink(tmp_path):
    real = tmp_path / "map.journey"
    save(V0, real)
    real.chmod(0o444)
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    with pytest.raises(SaveError, match="read-only"):
        save(V1, link)
    assert load(real) == V0 and link.is_symlink()


@posix
def test_an_export_over_a_read_only_file_is_refused(tmp_path):
    out = tmp_path / "map.pdf"
    out.write_bytes(b"%PDF old")
    out.chmod(0o444)
    with pytest.raises(SaveError, match="read-only"):
        write_atomically(out, b"%PDF new", keep_backup=False)
    assert out.read_bytes() == b"%PDF old"


@posix
def test_a_file_writable_by_its_owner_only_is_saved(tmp_path):
    path = tmp_path / "map.journey"
    save(V0, path)
    path.chmod(0o600)
    save(V1, path)
    assert load(path) == V1 and mode_of(path) == 0o600


@posix
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o664], ids=oct)
def test_the_backup_gets_the_permissions_of_the_file(tmp_path, mode):
    path = tmp_path / "map.journey"
    save(V0, path)
    path.chmod(mode)
    save(V1, path)
    assert mode_of(tmp_path / "map.journey.bak") == mode
    assert mode_of(path) == mode


# --------------------------------------------------------------------------- long names


def long_name(total_bytes: int, stem: str = "m") -> str:
    """A ``.journey`` name of exactly ``total_bytes`` bytes, with two-byte characters."""
    room = total_bytes - len(".journey") - len(stem.encode())
    name = stem + "é" * (room // 2) + "x" * (room % 2) + ".journey"
    assert len(name.encode()) == total_bytes
    return name


@pytest.mark.parametrize("length", [238, 241, 242, 250, 251, 252, 255])
def test_names_up_to_the_limit_save_and_keep_a_backup(tmp_path, length):
    path = tmp_path / long_name(length)
    save(V0, path)
    save(V1, path)
    save(V2, path)
    assert load(path) == V2
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and all(len(n.encode()) <= NAME_MAX for n in names)
    backup = tmp_path / sibling_name(path.name, ".bak")
    assert backup.read_bytes() == dumps(V1)


def test_a_name_that_leaves_room_keeps_the_usual_backup_name():
    assert sibling_name("map.journey", ".bak") == "map.journey.bak"
    assert sibling_name(long_name(251), ".bak") == long_name(251) + ".bak"


def test_shortened_sibling_names_fit_and_differ_between_long_names():
    one, two = long_name(255, "a"), long_name(255, "b")
    for suffix in (".bak", ".lock"):
        a, b = sibling_name(one, suffix), sibling_name(two, suffix)
        assert a != b and a.endswith(suffix) and b.endswith(suffix)
        assert len(a.encode()) <= NAME_MAX and len(b.encode()) <= NAME_MAX
        assert a.encode().decode("utf-8")  # cut between characters, not inside one
        assert sibling_name(one, suffix) == a  # the same name every time


def test_stale_temporary_files_of_long_names_are_removed(tmp_path):
    import time as _time

    path = tmp_path / long_name(255)
    save(V0, path)
    prefix = fileio._temp_prefix(path.name)
    assert len(prefix.encode()) + 8 + len(".bak.tmp") <= NAME_MAX
    stale = tmp_path / f"{prefix}abcdefgh.tmp"
    stale.write_bytes(b"half a save")
    long_ago = _time.time() - fileio.STALE_TEMP_SECONDS - 60
    os.utime(stale, (long_ago, long_ago))
    save(V1, path)
    assert not stale.exists()


# --------------------------------------------------------------------------- size limit


def nested_extra(levels: int, items: int) -> str:
    """An unknown field holding ``items`` zeros at ``levels`` of nesting: compact, it is
    2 bytes a zero; indented, 2 × ``levels`` + 3."""
    return "[" * levels + ",".join(["0"] * items) + "]" * levels


def document_text(extra: str = "", *, touchpoints: str = "") -> str:
    return (
        '{"format":"journeydesigner","version":1,"title":"big","language":"en",'
        '"stages":[{"id":"s","name":"S"}],"channels":[{"id":"c","name":"C","kind":"digital"}],'
        f'"personas":[],"touchpoints":[{touchpoints}],"connections":[]{extra}}}'
    )


def test_a_map_whose_indented_form_is_too_large_saves_compactly_and_reopens(tmp_path):
    """1 MiB of nested zeros is 60 MiB once indented; before, it was saved as 66 MB and
    then refused: "the file is larger than 64 MiB"."""
    raw = document_text(',"x-deep":' + nested_extra(60, 540_000)).encode()
    doc = loads(raw)
    assert len(json.dumps(doc.to_json_data(), indent=2)) > MAX_FILE_BYTES
    path = tmp_path / "deep.journey"
    save(doc, path)
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert load(path) == doc
    save(load(path), path)  # and again, from the reopened map
    assert load(path) == doc


def test_small_maps_are_still_written_indented():
    assert dumps(V0).startswith(b'{\n  "format": "journeydesigner",\n')


def test_the_largest_accepted_map_saves_and_reopens(tmp_path):
    """A file of exactly the limit, written compactly by another tool: what the app
    writes for it must fit the limit too (indented, it would not). Without its final
    newline the file would be refused: saved, it would take one byte more."""
    text = "t" * 20_000
    one = (
        '{"id":"t%06d","title":"T","stage":"s","channel":"c","step":0,"emotion":null,'
        f'"description":"{text}"}}'
    )
    count = MAX_FILE_BYTES // (len(one % 0) + 1)
    body = ",".join(one % i for i in range(count))
    raw = document_text(touchpoints=body)[:-1] + ',"x-fill":"'
    fill = MAX_FILE_BYTES - len(raw.encode()) - len('"}\n')
    raw_bytes = (raw + "f" * fill + '"}\n').encode()
    assert len(raw_bytes) == MAX_FILE_BYTES
    source = tmp_path / "largest.journey"
    source.write_bytes(raw_bytes)
    doc = load(source)
    save(doc, source)
    assert source.stat().st_size <= MAX_FILE_BYTES
    assert load(source) == doc


def test_a_map_that_would_save_over_the_limit_is_refused_when_opened(monkeypatch):
    """``1e15`` is read as a float and written 1000000000000000.0: a file under the limit
    whose saved form is not is refused at once, with the reason, not after editing."""
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1 << 20)
    monkeypatch.setattr(fileio, "_CHECK_WRITTEN_SIZE_ABOVE", (1 << 20) // 4)
    numbers = ",".join(["1e15"] * 100_000)  # 0.5 MB read, 1.9 MB written
    with pytest.raises(LoadError, match="saved again, the map would take 1.8 MiB"):
        loads(document_text(f',"x-numbers":[{numbers}]').encode())
    fewer = ",".join(["1e15"] * 50_000)  # 0.25 MB read, 0.95 MB written: accepted
    doc = loads(document_text(f',"x-numbers":[{fewer}]').encode())
    assert len(dumps(doc)) <= 1 << 20


def test_the_growth_bound_holds_for_the_worst_numbers():
    """Below a quarter of the limit no check is made: the worst growth, one short number
    written long, stays under four times."""
    for token in ("1e15", "9e15", "1e9", "-1e15", "1E15", "2e-7", "1e22", "0e0"):
        elements = 1000
        raw = document_text(f',"x":[{",".join([token] * elements)}]').encode()
        written = fileio._encode(loads(raw).to_json_data(), compact=True)
        assert len(written) < 4 * len(raw), token


def test_a_map_grown_past_the_limit_is_not_saved(monkeypatch, tmp_path):
    path = tmp_path / "map.journey"
    save(V0, path)
    before = path.read_bytes()
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1 << 20)
    grown = V1.model_copy(update={"stages": [
        Stage(id=f"s{i}", name="Stage", description="d" * 19_000) for i in range(60)
    ]})
    with pytest.raises(SaveError, match="more than the 1 MiB a file may have"):
        save(grown, path)
    assert path.read_bytes() == before


# --------------------------------------------------------------------------- fuzzed


NAME_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0")


@FUZZ
@given(name=st.text(NAME_CHARS, min_size=1, max_size=255).filter(
    lambda n: n not in (".", "..") and len(n.encode()) <= NAME_MAX))
def test_fuzzed_names_save_reopen_and_keep_a_backup(name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        save(V0, path)
        save(V1, path)
        assert load(path) == V1
        backup = Path(folder) / sibling_name(name, ".bak")
        assert backup.read_bytes() == dumps(V0)
        names = os.listdir(folder)
        assert len(names) == 2 and all(len(n.encode()) <= NAME_MAX for n in names)


NUMBER_TOKENS = st.one_of(
    st.sampled_from(["0", "1", "1e15", "9e15", "1E15", "-1e15", "1e22", "2e-7", "0.1", "1e9",
                     "123456789012345678901234567890", "-0", "0e0", "1.5e300"]),
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)


@FUZZ
@given(token=NUMBER_TOKENS, count=st.integers(1, 12_000), depth=st.integers(1, 60),
       touchpoints=st.integers(0, 300))
@example(token="1e15", count=3_200, depth=1, touchpoints=0)  # just under the checked size
@example(token="1e15", count=3_300, depth=1, touchpoints=0)  # checked: 62 KiB written
@example(token="1e15", count=12_000, depth=1, touchpoints=0)  # refused: 228 KiB written
@example(token="0", count=12_000, depth=60, touchpoints=300)  # 1.5 MiB indented
def test_fuzzed_maps_that_open_save_into_files_that_open(token, count, depth, touchpoints):
    """With a 64 KiB limit: numbers that print longer, nesting that indents deeper and
    fields written though left out; whatever opens saves within the limit and reopens."""
    limit = 1 << 16
    body = ",".join(f'{{"id":"t{i}","title":"T","stage":"s","channel":"c"}}'
                    for i in range(touchpoints))
    extra = ',"x":' + "[" * depth + ",".join([token] * count) + "]" * depth
    raw = document_text(extra, touchpoints=body).encode()
    with mock.patch.object(fileio, "MAX_FILE_BYTES", limit), \
            mock.patch.object(fileio, "_CHECK_WRITTEN_SIZE_ABOVE", limit // 4):
        try:
            doc = loads(raw)
        except LoadError:
            assert len(raw) > limit // 4  # only a file the check looks at is refused
            return
        written = dumps(doc)
        assert len(written) <= limit
        assert loads(written) == doc
