"""Saving survives being killed: SIGKILL at random moments of ``fileio.save``.

A child process keeps saving a large map (over 5 MB), alternating two different
documents, and is killed with SIGKILL at a random moment, more than a hundred
times. After every kill:

* the map file is byte for byte one of the two documents (an atomic replace
  leaves the old file or the new one, never a mixture or nothing); both are
  valid maps (loaded once), so the file always loads, and it is loaded at the end;
* the backup (``NAME.bak``), once there, is also one of the two;
* the only new files are temporaries of the interrupted save: at most one
  ``.NAME.*.tmp`` (its data) and one ``.NAME.*.bak.tmp`` (its backup copy). A
  killed save cannot clean up after itself; the rule asserted is that later saves
  neither fail because of them nor touch them: the previous round's leftovers must
  be unchanged after the next round's saves (then the test deletes them, as they
  may be megabytes each), and the last ones after a final ordinary save.

The kills must land inside saves: the test also checks that many kills left a
temporary behind (caught mid-save) and that both documents were seen on disk.

To make a hundred kills affordable, one long-lived helper process holds the two
documents in memory and forks a fresh saver for every round; the test kills that
saver. ``fileio.dumps`` is computed once per document in the helper (serialising
a 6000-touchpoint map takes seconds and only touches memory) and the bytes are
handed to the test in files; every round runs the real ``fileio.save`` →
``write_atomically`` path: temporary file, fsync, backup copy, renames.
"""

from __future__ import annotations

import inspect
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journeydesigner import fileio
from journeydesigner.sample import generate_document

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)"
)

NAME = "big.journey"
KILLS = 110
MIN_BYTES = 5 * 1024 * 1024
EXPECTED_FILES = {NAME, NAME + ".bak", NAME + ".warmup", NAME + ".warmup.bak"}
BUDGET_S = 30  # for the kill rounds (the documents take a few seconds more)

def long_descriptions(seed: int):
    """A 6000-touchpoint map of about 7 MB (its source runs in the helper process)."""
    from journeydesigner.sample import generate_document

    doc = generate_document(6000, seed=seed)
    touchpoints = [
        tp.model_copy(update={"description": f"Notes {seed}/{i}: " + "lorem ipsum dolor " * 40})
        for i, tp in enumerate(doc.touchpoints)
    ]
    return doc.model_copy(update={"touchpoints": touchpoints, "title": f"Big map {seed}"})


HELPER = textwrap.dedent(inspect.getsource(long_descriptions)) + textwrap.dedent(
    """
    import hashlib, os, sys, time
    from journeydesigner import fileio

    path, out_a, out_b = sys.argv[1:4]
    docs = [long_descriptions(1), long_descriptions(2)]
    blobs = [fileio.dumps(doc) for doc in docs]
    for out, blob in zip((out_a, out_b), blobs):  # what the test compares the map with
        fileio.write_atomically(out, blob, keep_backup=False)
    fileio.write_atomically(path, blobs[0], keep_backup=False)  # the map starts as A
    serialised = {id(doc): blob for doc, blob in zip(docs, blobs)}
    fileio.dumps = lambda doc: serialised[id(doc)]  # computed once, see the test's docstring

    start = time.perf_counter()
    for i in range(3):  # warm up and measure one save
        fileio.save(docs[i % 2], path + ".warmup")
    print("ready", (time.perf_counter() - start) / 3, flush=True)

    for line in sys.stdin:
        command, *args = line.split()
        if command == "fork":
            first = int(args[0])
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:  # the saver: save until killed
                i = first
                while True:
                    fileio.save(docs[i % 2], path)
                    i += 1
            print(pid, flush=True)
        elif command == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            print(status, flush=True)
        else:
            break
    """
)


def temporaries(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith(f".{NAME}.")
            and p.name.endswith(".tmp")}


def test_sigkill_during_save_never_loses_or_mixes_the_file(tmp_path):
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / NAME
    helper = subprocess.Popen(
        [sys.executable, "-c", HELPER, str(path), str(tmp_path / "a.bin"),
         str(tmp_path / "b.bin")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(Path(fileio.__file__).parents[1]), os.environ.get("PYTHONPATH", "")])},
    )
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    seen: dict[str, int] = {"A": 0, "B": 0}
    caught_mid_save = 0
    leftovers: dict[str, int] = {}  # the last round's temporaries and their sizes
    try:
        ready, save_s = helper.stdout.readline().split()
        assert ready == "ready"
        blob_a, blob_b = (tmp_path / "a.bin").read_bytes(), (tmp_path / "b.bin").read_bytes()
        assert len(blob_a) >= MIN_BYTES and len(blob_b) >= MIN_BYTES
        assert blob_a != blob_b
        doc_a, doc_b = fileio.loads(blob_a), fileio.loads(blob_b)  # both are valid maps
        assert doc_a.title == "Big map 1" and len(doc_a.touchpoints) == 6000
        known = {blob_a: "A", blob_b: "B"}
        assert path.read_bytes() == blob_a
        # kill anywhere in the first two or three saves of each round
        longest = min(max(2.5 * float(save_s), 0.01), BUDGET_S / KILLS)
        started = time.perf_counter()
        for round_no in range(KILLS):
            helper.stdin.write(f"fork {rng.randrange(2)}\n")
            pid = int(helper.stdout.readline())
            time.sleep(rng.uniform(0, longest))
            os.kill(pid, signal.SIGKILL)
            helper.stdin.write(f"reap {pid}\n")
            status = int(helper.stdout.readline())
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

            context = f"round {round_no}, seed {seed}"
            content = path.read_bytes()
            assert content in known, f"{context}: the map is neither document"
            seen[known[content]] += 1
            backup = folder / (NAME + ".bak")
            if backup.exists():
                assert backup.read_bytes() in known, f"{context}: the backup is neither"
            now = temporaries(folder)
            # the previous round's leftovers were not touched by this round's saves
            for name, size in leftovers.items():
                assert name in now, f"{context}: a save removed another save's leftovers"
                assert (folder / name).stat().st_size == size, f"{context}: {name} changed"
            new = now - leftovers.keys()
            assert len([n for n in new if not n.endswith(".bak.tmp")]) <= 1, context
            assert len([n for n in new if n.endswith(".bak.tmp")]) <= 1, context
            caught_mid_save += bool(new)
            others = {p.name for p in folder.iterdir()} - now
            assert NAME in others and others <= EXPECTED_FILES, f"{context}: {others}"
            # keep one round of leftovers (each may be megabytes): older ones go
            for name in leftovers:
                (folder / name).unlink()
            leftovers = {name: (folder / name).stat().st_size for name in new}
        elapsed = time.perf_counter() - started
        helper.stdin.write("quit\n")
    finally:
        helper.stdin.close()
        helper.kill()
        helper.wait()

    print(f"{KILLS} kills in {elapsed:.1f} s (one save: {float(save_s) * 1000:.0f} ms), "
          f"{caught_mid_save} mid-save, on disk afterwards: {seen}, seed {seed}")
    assert elapsed < BUDGET_S * 2
    assert seen["A"] and seen["B"], f"only one document was ever on disk: {seen}"
    assert caught_mid_save >= KILLS // 10, (
        f"only {caught_mid_save} of {KILLS} kills hit a save in progress (seed {seed})")

    # the map loads as one of the two documents (which are valid maps), and a later
    # save works as usual and leaves the interrupted save's temporaries alone
    assert fileio.load(path) in (doc_a, doc_b)
    last = path.read_bytes()
    small = generate_document(20)
    fileio.save(small, path)
    assert path.read_bytes() == fileio.dumps(small)
    assert (folder / (NAME + ".bak")).read_bytes() == last
    assert temporaries(folder) == leftovers.keys()
