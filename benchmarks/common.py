"""What the benchmarks share: a figure beside its floor, running probes in fresh processes,
and the results table.

A *floor* is the same work done the plainest way available, measured in the same run on the
same machine, so the ratio means something even when the machine is busy (absolute times
drift by up to 50 % between runs here; ratios much less).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = Path(__file__).resolve().parent / "probes"
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    what: str
    value: float
    unit: str
    floor: float | None
    floor_what: str
    target: str
    met: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


def probe_env(home: Path) -> dict[str, str]:
    """A fresh environment for a probe: offscreen Qt, its own settings and data folders."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHONPATH=str(ROOT))
    env.pop("LIBDESK_DATABASE", None)
    return env


def run_probe(name: str, *args: str, timeout: float = 1800) -> dict:
    """Run ``probes/<name>.py`` in a fresh Python process and return the JSON it prints last.

    Start-up probes print a line ``MARK`` the moment they reach their goal; the time from
    starting the process to reading that line is added as ``wall_s``."""
    with tempfile.TemporaryDirectory(prefix="libdesk-bench-") as home:
        command = [sys.executable, str(PROBES / f"{name}.py"), *args]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, env=probe_env(Path(home)), cwd=ROOT)
        wall = None
        lines = []
        for line in process.stdout:
            if line.startswith("MARK") and wall is None:
                wall = time.perf_counter() - started
            lines.append(line)
        process.wait(timeout=timeout)
        errors = process.stderr.read()
        if process.returncode != 0:
            raise RuntimeError(f"probe {name} {args} failed ({process.returncode}):\n{errors}")
    result = json.loads(next(l for l in reversed(lines) if l.startswith("{")))
    if wall is not None:
        result["wall_s"] = wall
    return result


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:g} {unit}"


def table(figures: list[Figure]) -> str:
    lines = ["| what | figure | floor | floor is | ratio | target | met |",
             "|---|---:|---:|---|---:|---|:-:|"]
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        met = "—" if f.met is None else ("yes" if f.met else "**no**")
        what = f.what + (f" ({f.note})" if f.note else "")
        lines.append(f"| {what} | {fmt(f.value, f.unit)} | {fmt(f.floor, f.unit)} | "
                     f"{f.floor_what} | {ratio} | {f.target} | {met} |")
    return "\n".join(lines)


def machine() -> str:
    import platform

    cpus = os.cpu_count()
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    return (f"{platform.system()} {platform.machine()}, {cpus} CPUs (load {load:.1f} at the "
            f"end), Python {platform.python_version()}")


# the scaling probe's figures (probes/scaling.py), in the order of the table
SCALING_ROWS = [
    ("open.page", "open the list: first page (service)"),
    ("open.count", "open the list: count (service)"),
    ("open.window", "open the list until painted (window)"),
    ("filter1.page", "filter 王: first page (service)"),
    ("filter1.count", "filter 王: count (service)"),
    ("filter1.window", "filter 王 until painted (window)"),
    ("filter2.page", "filter 王丽: first page (service)"),
    ("filter2.count", "filter 王丽: count (service)"),
    ("filter2.window", "filter 王丽 until painted (window)"),
    ("filter3.page", "filter 王欣璐: first page (service)"),
    ("filter3.count", "filter 王欣璐: count (service)"),
    ("filter3.window", "filter 王欣璐 until painted (window)"),
    ("filter3b.page", "filter 小店区: first page (service)"),
    ("filter3b.count", "filter 小店区: count (service)"),
    ("filter3b.window", "filter 小店区 until painted (window)"),
    ("sort.page", "sort by name, descending: first page (service)"),
    ("sort.window", "sort by name, descending, until painted (window)"),
    ("last.page", "page to the end: last page (service)"),
    ("last.window", "jump to the end until painted (window)"),
]


def scaling_table(measured: dict[int, dict[str, list[float]]],
                  rows: list[tuple[str, str]]) -> str:
    """Operation × size: LibDesk's time with the plain-sqlite3 floor of the same SQL, and
    whether it stays flat (largest size ≤ 2× the smallest)."""
    sizes = sorted(measured)
    names = [f"{n // 1000:,}k" if n < 1_000_000 else f"{n // 1_000_000}M" for n in sizes]
    lines = ["| operation | " + " | ".join(f"{n} donors" for n in names)
             + f" | {names[0]} → {names[-1]} | floor {names[0]} → {names[-1]} | flat (≤ 2×) |",
             "|---|" + "---:|" * len(sizes) + "---:|---:|:-:|"]
    for key, what in rows:
        cells = [measured[n].get(key) for n in sizes]
        if any(c is None for c in cells):
            continue
        shown = [f"{fmt(v * 1000, 'ms')} ({fmt(f * 1000, 'ms')})" for v, f in cells]
        growth = cells[-1][0] / cells[0][0] if cells[0][0] else float("inf")
        floor_growth = cells[-1][1] / cells[0][1] if cells[0][1] else float("inf")
        flat = "yes" if growth <= 2 else "**no**"
        lines.append(f"| {what} | " + " | ".join(shown)
                     + f" | {growth:.1f}× | {floor_growth:.1f}× | {flat} |")
    return ("Each cell: LibDesk (the same SQL through plain sqlite3, in the same run).\n\n"
            + "\n".join(lines))


def write_results(figures: list[Figure], header: str, path: Path | None = None,
                  extra: str = "") -> Path:
    path = path or RESULTS / "latest.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = table(figures) if figures else ""
    path.write_text(f"{header}\n\n{body}\n" + (f"\n{extra}\n" if extra else ""),
                    encoding="utf-8")
    return path
