"""Whole-process figures, each measured in a fresh Python process.

start-up:  from process start (just before ``Popen``) to the first shown main window
           with the example map open and events processed, the way
           ``journeydesigner MAP`` starts (cli imported, ``create_app``, ``MainWindow``,
           ``show``, ``open_path``, ``show_readable``: the whole map if it fits at a
           readable zoom, else its beginning); against a bare PySide6 process that
           shows an empty QMainWindow. Median of several runs after one warm-up.
           Target: at most 1.5 times the bare window.
peak RSS:  the peak resident set (``VmHWM`` of /proc/self/status, else
           ``resource.getrusage(RUSAGE_SELF).ru_maxrss``) of a process that opens the
           10,000-touchpoint map in the main window and shows it; against the bare
           window process. Target: at most 500 MB.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXAMPLE_MAP, ROOT, Row, generated_document

STARTUP_MAX_RATIO = 1.5
RSS_TARGET_MB = 500.0
RSS_SIZE = 10_000

_PEAK = r"""
def peak_kib():
    # VmHWM: peak RSS of this process image. ru_maxrss would be wrong here: Linux keeps it
    # across fork and exec, so a child of a big parent reports the parent's peak.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

_APP = r"""
import sys, time, os, resource
""" + _PEAK + r"""
from journeydesigner import cli  # the entry point's own imports
from journeydesigner.gui.application import create_app
from journeydesigner.gui.main_window import MainWindow
imported = time.time()
app = create_app([sys.argv[0]])
window = MainWindow()
created = time.time()
window.show()
window.open_path(sys.argv[1], ask=False)
window.view.show_readable()
app.processEvents()
app.processEvents()
shown = time.time()
print(imported, created, shown, peak_kib(), flush=True)
os._exit(0)
"""

_BARE = r"""
import sys, time, os, resource
""" + _PEAK + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
imported = time.time()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 880)
created = time.time()
window.show()
app.processEvents()
app.processEvents()
shown = time.time()
print(imported, created, shown, peak_kib(), flush=True)
os._exit(0)
"""


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # window settings, recent files
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # An installed application has its bytecode compiled; keep it in a private cache
    # (the warm-up run fills it) instead of recompiling every module on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def _run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, list[float]]:
    """(seconds from process start to shown window, peak RSS in MB, phase ends in s)."""
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=300)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    imported, created, shown, rss_kib = proc.stdout.split()[-4:]
    phases = [float(imported) - start, float(created) - start, float(shown) - start]
    return phases[-1], int(rss_kib) / 1024, phases


def startup_rows(quick: bool = False) -> list[Row]:
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="jd-bench-start-") as tmp:
        env = _env(Path(tmp))
        # a copy: the process ends with os._exit, which leaves the map's lock file
        example = str(shutil.copy(EXAMPLE_MAP, Path(tmp) / EXAMPLE_MAP.name))
        _run(_APP, [example], env)  # warm-up: bytecode and disk caches
        _run(_BARE, [], env)
        app, bare = [], []
        for _ in range(runs):  # interleaved, so drifts of the machine hit both alike
            app.append(_run(_APP, [example], env)[2])
            bare.append(_run(_BARE, [], env)[2])

    def phases(runs_: list[list[float]]) -> str:
        ends = [statistics.median(r[k] for r in runs_) * 1e3 for k in range(3)]
        return (f"imports done {ends[0]:.0f} ms, window made {ends[1]:.0f} ms, "
                f"shown {ends[2]:.0f} ms")

    t_app = statistics.median(r[2] for r in app) * 1e3
    t_bare = statistics.median(r[2] for r in bare) * 1e3
    return [Row("start-up", None, t_app, "ms", t_bare, "bare QMainWindow process",
                f"≤ {STARTUP_MAX_RATIO:g}× floor", t_app <= STARTUP_MAX_RATIO * t_bare,
                f"{EXAMPLE_MAP.name}, median of {runs}; app: {phases(app)}; "
                f"bare: {phases(bare)}")]


def rss_rows(n: int = RSS_SIZE) -> list[Row]:
    from journeydesigner import fileio

    with tempfile.TemporaryDirectory(prefix="jd-bench-rss-") as tmp:
        env = _env(Path(tmp))
        path = Path(tmp) / f"generated-{n}.journey"
        fileio.save(generated_document(n), path, keep_backup=False)
        size_mb = path.stat().st_size / 1e6
        seconds, rss, _ = _run(_APP, [str(path)], env)
        _, bare_rss, _ = _run(_BARE, [], env)
    return [Row("peak RSS, map open", n, rss, "MB", bare_rss, "bare QMainWindow process",
                f"≤ {RSS_TARGET_MB:g} MB", rss <= RSS_TARGET_MB,
                f"{size_mb:.1f} MB file; shown {seconds:.1f} s after start")]
