"""Every LibDesk benchmark, each figure beside a floor measured in the same run.

    .venv/bin/pip install -e .[bench]        # once: XlsxWriter, segno (floors), pyinstrument
    .venv/bin/python benchmarks/run.py       # ~10 minutes; --quick for a smaller smoke run

Makes the demo database (``libdesk demo`` at the issue's sizes) unless ``--db`` names one,
runs each probe in a fresh process (Qt offscreen), prints the table and writes it to
``benchmarks/results/latest.md``.

``--scaling`` runs only the donors list at three sizes (10k / 100k / 1M donors; ``--quick``:
1k / 10k / 100k), each its own database ``results/scaling-N.sqlite``, made once and kept
(1M donors with their donations: the better part of an hour on a busy 2-core machine).

``--only postgresql`` runs the donors list at 100k donors (``--quick``: 10k) on a PostgreSQL
it starts itself beside the same on SQLite; ``--only postgresql-documents`` the certificates
and export probes on a PostgreSQL demo database of the run's sizes (``pg.py``; the server's
data folder, loaded once, is kept in ``results/postgresql/``).
"""
from __future__ import annotations

import argparse
import compileall
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (RESULTS, ROOT, SCALING_ROWS, Figure, machine, median,  # noqa: E402
                    p95, run_probe, scaling_table, table, write_results)

FULL = {"donors": 100_000, "volunteers": 5000, "hours": 500_000, "batches": 2000,
        "certificates": 1000, "import_rows": 10_000, "starts": 5,
        "scaling": (10_000, 100_000, 1_000_000), "postgresql": 100_000}
QUICK = {"donors": 10_000, "volunteers": 500, "hours": 50_000, "batches": 200,
         "certificates": 100, "import_rows": 1000, "starts": 2,
         "scaling": (1000, 10_000, 100_000), "postgresql": 10_000}


def scaling(sizes: tuple[int, ...]) -> str:
    """The donors list at each size (its own database, made once and kept in results/)."""
    measured: dict[int, dict[str, list[float]]] = {}
    matches: list[str] = []
    for n in sizes:
        db = RESULTS / f"scaling-{n}.sqlite"
        if not db.exists():
            print(f"… making {db.name}", file=sys.stderr, flush=True)
            make_demo(db, {"donors": n, "volunteers": 10, "hours": 10, "batches": 1,
                           "certificates": 0})
        print(f"… scaling, {n:,} donors", file=sys.stderr, flush=True)
        service = run_probe("scaling", "service", str(db))
        figures = service["figures"]
        figures.update(run_probe("scaling", "window", str(db))["figures"])
        measured[n] = figures
        matches.append(f"{n:,} donors: " + ", ".join(
            f"{key} {count:,}" for key, count in service["matches"].items()))
    return scaling_table(measured, SCALING_ROWS) + "\n\nRows matching: " + "; ".join(matches)


def postgresql(sizes: dict, work: Path, only: set[str]) -> tuple[list[Figure], str]:
    """The donors list at 100k donors beside SQLite's (a table of its own), and the
    certificates and export figures on PostgreSQL (rows of the main table)."""
    from libdesk.store.postgres_server import ServerUnavailable
    import pg

    figures, section = [], ""
    try:
        with pg.running() as server:
            if "postgresql" in only:
                section = pg.donors_beside_sqlite(server, sizes["postgresql"], make_demo)
            if "postgresql-documents" in only:
                url = pg.loaded(server, pg.demo_name(sizes), make_demo, sizes)
                figures = certificates(url, sizes["certificates"], work) + export(url, work)
                server.execute("DROP DATABASE IF EXISTS import_target",
                               "CREATE DATABASE import_target")
                (work / "pg-import").mkdir(exist_ok=True)
                figures += import_rows(sizes["import_rows"], work / "pg-import",
                                       server.url("import_target"))
    except ServerUnavailable as error:
        return [], f"PostgreSQL rows not measured: {error}"
    for figure in figures:
        figure.what = "PostgreSQL: " + figure.what
    return figures, section


def make_demo(path: Path | str, sizes: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "libdesk", "--database", str(path), "demo",
                    "--donors", str(sizes["donors"]), "--volunteers", str(sizes["volunteers"]),
                    "--hours", str(sizes["hours"]), "--batches", str(sizes["batches"]),
                    "--certificates", str(sizes["certificates"])],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def starts(db: str, runs: int) -> tuple[list[Figure], dict[str, float]]:
    walls: dict[str, list[float]] = {m: [] for m in ("bare", "orm", "app", "app-data")}
    rss: dict[str, float] = {}
    for _ in range(runs):  # interleaved, so a busy moment hits every kind alike
        for mode in walls:
            result = run_probe("start", mode, db)
            walls[mode].append(result["wall_s"])
            rss[mode] = result["rss_mib"]
    m = {mode: median(values) for mode, values in walls.items()}
    note = f"median of {runs} fresh processes"
    return [
        Figure("start → window visible", m["app"], "s", m["bare"],
               "bare PySide6 QMainWindow script", "≤ 1.5× floor", m["app"] <= 1.5 * m["bare"],
               note),
        Figure("start → first tab's data painted", m["app-data"], "s", m["orm"],
               "bare window + import ORM stack + one query", "≤ 1.2× floor",
               m["app-data"] <= 1.2 * m["orm"], note),
    ], rss


def donors(db: str, floor_rss: float) -> list[Figure]:
    result = run_probe("donors", "app", db)
    plain = run_probe("donors", "floor", str(result["rows"]))
    frames = [s * 1000 for s in result["frames_s"]]
    plain_frames = [s * 1000 for s in plain["frames_s"]]
    keys = [s * 1000 for s in result["keystrokes_s"]]
    raws = [s * 1000 for s in result["floors_s"]]
    rows = f"{result['donors']:,} donors"  # the database's, not the rows painted (a page)
    return [
        Figure("filter as you type: GUI thread per keystroke until repainted, p95", p95(frames),
               "ms", p95(plain_frames), "a keystroke into a plain QLineEdit", "≤ 16 ms",
               p95(frames) <= 16, f"{len(frames)} keystrokes, {rows}"),
        Figure("filter as you type: keystroke → new rows painted, median", median(keys), "ms",
               median(raws), "the same SQL through plain sqlite3", "—", None,
               "SQL in a worker; the list keeps its rows meanwhile"),
        Figure("filter as you type: keystroke → new rows painted, p95", p95(keys), "ms",
               p95(raws), "the same SQL through plain sqlite3", "—", None),
        Figure(f"{result['fast_typed']} characters typed fast: list page queries run to "
               "completion", result["fast_page_queries"], "", 1, "only the last query", "≤ 1",
               result["fast_page_queries"] <= 1,
               f"{result.get('fast_page_reads_started', '?')} started, "
               f"{result.get('fast_page_reads_stopped', '?')} stopped by the next keystroke"),
        Figure("open the donors list until first paint", result["first_paint_s"] * 1000, "ms",
               plain["first_paint_s"] * 1000, "QTableView over a plain in-memory model",
               "≤ 150 ms", result["first_paint_s"] <= 0.150, rows),
        Figure("resident memory, window open with the donors list", result["rss_mib"], "MiB",
               floor_rss, "bare window + ORM stack + one query", "≤ 250 MB",
               result["rss_mib"] * 2**20 <= 250e6, rows),
    ]


def keystrokes_at(db: Path) -> list[Figure]:
    """The donors probe's keystrokes over a scaling database: the GUI thread's frame."""
    print(f"… keystrokes over {db.name}", file=sys.stderr, flush=True)
    result = run_probe("donors", "app", str(db))
    plain = run_probe("donors", "floor", str(result["rows"]))
    frames = [s * 1000 for s in result["frames_s"]]
    return [Figure("filter as you type: GUI thread per keystroke until repainted, p95",
                   p95(frames), "ms", p95([s * 1000 for s in plain["frames_s"]]),
                   "a keystroke into a plain QLineEdit", "≤ 16 ms", p95(frames) <= 16,
                   f"{len(frames)} keystrokes, {result['donors']:,} donors")]


def certificates(db: str, count: int, work: Path) -> list[Figure]:
    app = run_probe("certificates", "app", db, str(work / "app.pdf"), str(count))
    floor = run_probe("certificates", "floor", db, str(work / "floor.pdf"), str(count))
    return [Figure(f"{app['pages']:,} certificates into one PDF", app["seconds"], "s",
                   floor["seconds"], f"reportlab text + QR matrices ({floor['encoder']})",
                   "≤ 1.5× floor", app["seconds"] <= 1.5 * floor["seconds"],
                   f"floor: text {floor['text_s']:.1f} s + QR "
                   f"{floor['seconds'] - floor['text_s']:.1f} s")]


def export(db: str, work: Path) -> list[Figure]:
    app = run_probe("export", "app", db, str(work / "app.xlsx"))
    tenth = run_probe("export", "app", db, str(work / "tenth.xlsx"), "1000")  # to 2021-09
    floors = {name: run_probe("export", name, db, str(work / f"{name}.xlsx"))
              for name in ("openpyxl", "xlsxwriter")}
    best = min(floors, key=lambda n: floors[n]["seconds"])
    # LibDesk itself writes through XlsxWriter constant_memory with its safe-cell rules.
    labels = {"openpyxl": "openpyxl write-only + lxml", "xlsxwriter": "XlsxWriter constant_memory"}
    others = ", ".join(f"{labels[n]} {f['seconds']:.1f} s / {f['peak_mib']:.0f} MiB"
                       for n, f in floors.items())
    flat = app["peak_mib"] <= 1.2 * tenth["peak_mib"] + 10
    return [
        Figure(f"export {app['rows']:,} hour rows to .xlsx, time", app["seconds"], "s",
               floors[best]["seconds"], labels[best], "≤ 1.2× floor",
               app["seconds"] <= 1.2 * floors[best]["seconds"], others),
        Figure(f"export {app['rows']:,} hour rows to .xlsx, peak memory", app["peak_mib"],
               "MiB", floors[best]["peak_mib"], labels[best], "flat", flat,
               f"{tenth['rows']:,} rows: {tenth['peak_mib']:.0f} MiB"),
    ]


def import_rows(count: int, work: Path, database: str | None = None) -> list[Figure]:
    """The import into a new SQLite file (or into ``database``, an empty PostgreSQL one)."""
    app = run_probe("import_hours", "app", str(work), str(count), *filter(None, [database]))
    floors = {name: run_probe("import_hours", name, app["file"]) for name in ("floor", "calamine")}
    labels = {"floor": "openpyxl read-only load of the same file",
              "calamine": "python-calamine load of the same file"}
    best = min(floors, key=lambda n: floors[n]["seconds"])
    others = ", ".join(f"{labels[n].split(' load')[0]} {f['seconds']:.2f} s"
                       for n, f in floors.items())
    if database is None:  # what cannot be removed: the load, each row and its audit row
        written = run_probe("import_hours", "written", str(work))
        others += (f"; calamine load + the rows and their audit rows written with plain "
                   f"sqlite3 in one transaction {written['seconds']:.2f} s "
                   f"({app['seconds'] / written['seconds']:.2f}× of that)")
    return [Figure(f"import {app['rows']:,} hour rows with validation", app["seconds"], "s",
                   floors[best]["seconds"], labels[best], "≤ 2× floor",
                   app["seconds"] <= 2 * floors[best]["seconds"], others)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an existing demo database to use")
    parser.add_argument("--quick", action="store_true", help="small sizes, a smoke run")
    parser.add_argument("--only", nargs="*", default=None,
                        choices=["start", "donors", "certificates", "export", "import",
                                 "scaling", "postgresql", "postgresql-documents"])
    parser.add_argument("--scaling", action="store_true",
                        help="only the scaling rows (donors list at three sizes)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    only = set(args.only or ["start", "donors", "certificates", "export", "import",
                             "scaling", "postgresql", "postgresql-documents"])
    if args.scaling:
        only = {"scaling"}
    RESULTS.mkdir(parents=True, exist_ok=True)
    # LibDesk's bytecode, as an installed copy has it (with PYTHONDONTWRITEBYTECODE set, every
    # probe would compile each module it imports again, a cost no user pays)
    # and its Designer forms compiled to Python, as dev.py and build_installer.py make them
    subprocess.run([sys.executable, str(ROOT / "tools" / "forms.py")], check=True,
                   stdout=subprocess.DEVNULL)
    compileall.compile_dir(ROOT / "libdesk", quiet=1)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="libdesk-bench-") as tmp:
        work = Path(tmp)
        db = args.db
        demo_note = f"demo database {db.name if db else ''}"
        if only <= {"scaling", "postgresql", "postgresql-documents"}:
            demo_note = "scaling databases " + ", ".join(f"{n:,}" for n in sizes["scaling"])
            if "scaling" not in only:
                demo_note = f"PostgreSQL beside SQLite, {sizes['postgresql']:,} donors"
        elif db is None:
            db = RESULTS / ("demo-quick.sqlite" if args.quick else "demo.sqlite")
            demo_note = f"demo database {db.name} (made earlier)"
            if not db.exists():
                seconds = make_demo(db, sizes)
                demo_note = f"`libdesk demo` made the database in {seconds:.0f} s"
        db = str(db.resolve()) if db is not None else ""
        figures: list[Figure] = []
        floor_rss = 0.0
        if "start" in only or "donors" in only:
            start_figures, rss = starts(db, sizes["starts"])
            floor_rss = rss["orm"]
            if "start" in only:
                figures += start_figures
        steps = [("donors", lambda: donors(db, floor_rss)),
                 ("certificates", lambda: certificates(db, sizes["certificates"], work)),
                 ("export", lambda: export(db, work)),
                 ("import", lambda: import_rows(sizes["import_rows"], work))]
        for name, step in steps:
            if name in only:
                print(f"… {name}", file=sys.stderr, flush=True)
                figures += step()
        grows = scaling(sizes["scaling"]) if "scaling" in only else ""
        if "scaling" in only:  # the keystroke frame at the largest size too (issue 17)
            figures += keystrokes_at(RESULTS / f"scaling-{max(sizes['scaling'])}.sqlite")
        if only & {"postgresql", "postgresql-documents"}:
            print("… postgresql", file=sys.stderr, flush=True)
            pg_figures, section = postgresql(sizes, work, only)
            figures += pg_figures
            grows += ("\n\n" if grows and section else "") + section
    header = (f"Run {time.strftime('%Y-%m-%d %H:%M')} on {machine()}; {demo_note}; "
              f"whole run {time.perf_counter() - started:.0f} s. Qt offscreen.")
    path = write_results(figures, header, extra=grows)
    print(header)
    if figures:
        print(table(figures))
    if grows:
        print("\n" + grows)
    print(f"\nwritten to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
