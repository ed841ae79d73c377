"""Shared helpers of the benchmarks: timing, statistics, rows of the result table.

Nothing here is a test: the benchmarks print figures and never run under pytest.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLE_MAP = ROOT / "resources" / "templates" / "compra-online.es.journey"
CONNECTIONS_PER_TOUCHPOINT = 1.5


@dataclass
class Row:
    """One line of the result table: a figure next to its floor measured in the same run."""

    bench: str
    size: int | None
    value: float | None  # the figure, in ``unit``
    unit: str
    floor: float | None = None
    floor_what: str = ""
    target: str = ""  # e.g. "≤ 3× floor", "≤ 8 ms"; empty when there is none
    ok: bool | None = None  # None: no target for this row
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def result(self) -> str:
        if self.value is None:
            return "SKIP"
        if self.ok is None:
            return "—"
        return "PASS" if self.ok else "MISS"

    def as_dict(self) -> dict:
        out = asdict(self)
        out["ratio"] = self.ratio
        out["result"] = self.result
        return out


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:g} {unit}"


def time_call(fn: Callable[[], object], repeat: int, *, warmup: int = 0) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``fn`` (after ``warmup`` untimed ones).

    The garbage collector is collected before each call, not disabled: its pauses
    during a call are part of what users wait for.
    """
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile with linear interpolation (``pct`` in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def generated_document(n: int, seed: int = 0):
    from journeydesigner.sample import generate_document

    return generate_document(n, connections_per_touchpoint=CONNECTIONS_PER_TOUCHPOINT, seed=seed)


def _first_line(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return "?"
    return out.strip().splitlines()[0] if out.strip() else "?"


def machine_info() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "not installed"
    versions = []
    for dist in ("pydantic", "pydantic-core", "networkx", "reportlab"):
        try:
            from importlib.metadata import version

            versions.append(f"{dist} {version(dist)}")
        except Exception:  # noqa: BLE001 - a missing package is just not listed
            pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "os": _first_line(["sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"])
        + f" ({platform.machine()}, kernel {platform.release()})",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "qt": qt,
        "libraries": ", ".join(versions),
        "load": "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + " at start (other work on the machine skews figures)",
        "qpa": os.environ.get("QT_QPA_PLATFORM", "(default)"),
        "executable": sys.executable,
    }
