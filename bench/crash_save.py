#!/usr/bin/env python3
"""Crash safety of saving, the long way: kill a saving process ≥ 1,000 times.

    python bench/crash_save.py [--kills 1000] [--touchpoints 8000] [--seed 0]
                               [--full-check-every 10] [--real-dumps] [--dir DIR]

A child process saves a large map (two different documents of ≥ 5 MB each,
generated maps with long descriptions) in an endless loop with
``fileio.save``, alternating the two. The parent kills it with SIGKILL at a
random moment, then checks that:

* the file's bytes are exactly those of one of the two documents (every kill);
  every ``--full-check-every``-th kill, and after the last one, the file is also
  opened with ``fileio.load`` and compared with the document as a model;
* the backup ``NAME.bak`` is one of the two documents too;
* no temporary file was left behind; a SIGKILL leaves the half-written
  temporary file of the save it interrupted (no ``finally`` runs), so these are
  counted, reported and removed before the next round.

By default the child's ``fileio.dumps`` returns the two documents' bytes made
once up front (the very bytes ``dumps`` makes, checked), so that the kills land
in the part of the save that touches the disk (temporary file, write, fsync,
backup, rename) rather than in the seconds spent building JSON;
``--real-dumps`` makes every save build its bytes again.

The child is forked from the parent (which has made both documents), so each
round costs a fork, not a Python start-up. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT)]

LOREM = (
    "The customer compares prices on three sites, reads reviews and asks a friend; "
    "the delivery promise (48 h) and the free return matter more than the discount. "
    "Pain: the size guide disagrees with the shop's — «talla 42» fits like a 41. "
    "Opportunity: show the fit others reported, in the customer's language. "
)


def make_document(n: int, seed: int, tag: str):
    """A generated map with long descriptions on every touchpoint."""
    from journeydesigner.sample import generate_document

    doc = generate_document(n, connections_per_touchpoint=1.5, seed=seed)
    rng = random.Random(seed)
    touchpoints = []
    for tp in doc.touchpoints:
        start = rng.randrange(len(LOREM))
        text = f"{tag} {tp.id}: " + (LOREM[start:] + LOREM * 2)[: rng.randint(400, 900)]
        touchpoints.append(tp.model_copy(update={"description": text.strip()}))
    return doc.model_copy(update={"touchpoints": touchpoints, "title": f"Crash test map {tag}"})


def child_loop(path: Path, docs: list, first: int) -> None:
    """Save the two documents one after the other until killed."""
    from journeydesigner import fileio

    i = first
    try:
        while True:
            fileio.save(docs[i % 2], path)
            i += 1
    finally:  # never reached on SIGKILL; any other end is a bug of this script
        os._exit(3)


def leftovers(folder: Path, path: Path) -> list[Path]:
    keep = {path.name, path.name + ".bak"}
    return sorted(p for p in folder.iterdir() if p.name not in keep)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000, help="how many kills (default 1000)")
    parser.add_argument("--touchpoints", type=int, default=8000,
                        help="touchpoints per document (default 8000, ≥ 5 MB)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the kill moments")
    parser.add_argument("--full-check-every", type=int, default=10, metavar="K",
                        help="also load and compare the model every K-th kill (default 10; "
                             "1 = after every kill)")
    parser.add_argument("--real-dumps", action="store_true",
                        help="let every save build its JSON again (kills land mostly there)")
    parser.add_argument("--dir", help="work folder (default: a new temporary folder, removed)")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        parser.error("needs os.fork (Linux or macOS)")

    from journeydesigner import fileio

    t0 = time.perf_counter()
    docs = [make_document(args.touchpoints, 1, "A"), make_document(args.touchpoints, 2, "B")]
    blobs = [fileio.dumps(d) for d in docs]
    for doc, blob in zip(docs, blobs, strict=True):
        if fileio.loads(blob) != doc:
            raise SystemExit("a document does not survive dumps/loads: cannot test")
    if blobs[0] == blobs[1]:
        raise SystemExit("the two documents are equal: cannot test")
    sizes = ", ".join(f"{len(b) / 1e6:.1f} MB" for b in blobs)
    print(f"documents: {args.touchpoints:,} touchpoints each, {sizes} "
          f"(made in {time.perf_counter() - t0:.1f} s)")
    if min(len(b) for b in blobs) < 5_000_000:
        print("warning: a document is smaller than 5 MB; use more --touchpoints")

    own_dir = args.dir is None
    folder = Path(tempfile.mkdtemp(prefix="jd-crash-save-")) if own_dir else Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "map.journey"
    for stale in [path, path.with_name(path.name + ".bak"), *leftovers(folder, path)]:
        if stale.exists():
            stale.unlink()

    real_dumps = fileio.dumps
    if not args.real_dumps:
        cached = {id(d): b for d, b in zip(docs, blobs, strict=True)}
        fileio.dumps = lambda doc: cached.get(id(doc)) or real_dumps(doc)  # type: ignore[assignment]

    # calibrate: how long one save takes here, to spread the kill moments over saves
    fileio.save(docs[0], path)
    t = time.perf_counter()
    fileio.save(docs[1], path)
    fileio.save(docs[0], path)
    cycle = (time.perf_counter() - t) / 2
    print(f"one save takes {cycle * 1e3:.0f} ms here; kill moments uniform in "
          f"0 … {2.5 * cycle * 1e3:.0f} ms after the fork")
    print(f"work folder: {folder}")

    rng = random.Random(args.seed)
    failures: list[str] = []
    counts = {"A": 0, "B": 0}
    bak_counts = {"A": 0, "B": 0, "none": 0}
    left_rounds = 0
    left_files = 0
    left_kinds: dict[str, int] = {}
    full_checks = 0
    started = time.perf_counter()
    for k in range(1, args.kills + 1):
        pid = os.fork()
        if pid == 0:  # the child
            child_loop(path, docs, first=k)
        time.sleep(rng.uniform(0, 2.5 * cycle))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            failures.append(f"kill {k}: the child ended by itself (status {status})")

        raw = path.read_bytes() if path.exists() else None
        which = "A" if raw == blobs[0] else "B" if raw == blobs[1] else None
        if which is None:
            what = "is missing" if raw is None else f"holds {len(raw):,} other bytes"
            failures.append(f"kill {k}: {path.name} {what}")
            if raw is not None:
                shutil.copyfile(path, folder / f"broken-after-kill-{k}.journey")
        else:
            counts[which] += 1
        bak = path.with_name(path.name + ".bak")
        braw = bak.read_bytes() if bak.exists() else None
        bwhich = "A" if braw == blobs[0] else "B" if braw == blobs[1] else None
        if braw is None:
            bak_counts["none"] += 1
        elif bwhich is None:
            failures.append(f"kill {k}: {bak.name} holds {len(braw):,} other bytes")
        else:
            bak_counts[bwhich] += 1
        if which is not None and (k % args.full_check_every == 0 or k == args.kills):
            full_checks += 1
            try:
                loaded = fileio.load(path)
            except fileio.LoadError as exc:
                failures.append(f"kill {k}: does not load: {exc}")
            else:
                if loaded != docs[0 if which == "A" else 1]:
                    failures.append(f"kill {k}: loads but differs from document {which}")

        extra = [p for p in leftovers(folder, path) if not p.name.startswith("broken-")]
        if extra:
            left_rounds += 1
            left_files += len(extra)
            for p in extra:
                kind = ".bak.tmp" if p.name.endswith(".bak.tmp") else p.suffix or p.name
                left_kinds[kind] = left_kinds.get(kind, 0) + 1
                p.unlink()
        if k % 100 == 0 or k == args.kills:
            print(f"  {k:5} kills, {len(failures)} failures, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)

    # a save that is not interrupted leaves nothing behind
    fileio.dumps = real_dumps
    fileio.save(docs[1], path)
    after_clean_save = [p.name for p in leftovers(folder, path) if not p.name.startswith("broken-")]
    if after_clean_save:
        failures.append(f"an uninterrupted save left {after_clean_save}")
    if fileio.load(path) != docs[1]:
        failures.append("the final uninterrupted save does not load as document B")

    elapsed = time.perf_counter() - started
    print()
    print("summary")
    print(f"  kills                {args.kills:,} in {elapsed:.0f} s "
          f"({'real dumps' if args.real_dumps else 'dumps made once'})")
    print(f"  file after a kill    document A {counts['A']:,} times, document B {counts['B']:,}"
          f" times, anything else {args.kills - counts['A'] - counts['B']:,} times")
    print(f"  backup after a kill  A {bak_counts['A']:,}, B {bak_counts['B']:,}, "
          f"missing {bak_counts['none']:,}")
    print(f"  full load + compare  {full_checks:,} times")
    kinds = ", ".join(f"{v} × *{k}" for k, v in sorted(left_kinds.items())) or "none"
    print(f"  temporary files      left behind by {left_rounds:,} of {args.kills:,} kills "
          f"({left_files:,} files: {kinds}); removed after each round")
    clean = f"left {after_clean_save}" if after_clean_save else "left no temporary file"
    print(f"  clean save           {clean}")
    print(f"  failures             {len(failures)}")
    for line in failures[:20]:
        print(f"    {line}")
    if own_dir and not failures:
        shutil.rmtree(folder)
    elif failures:
        print(f"  the work folder is kept for inspection: {folder}")
    print("RESULT: " + ("PASS" if not failures else "FAIL"))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
