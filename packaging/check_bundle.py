"""Check a built bundle the way an office PC would run it: no Python, no venv, nothing on PATH.

    .venv/bin/python packaging/check_bundle.py dist/LibDesk-<version>

Runs, from the bundle, with an empty environment (only an empty PATH folder, a scratch HOME
and ``QT_QPA_PLATFORM=offscreen``):

* ``LibDesk --version``
* ``LibDesk --database <tmp> screenshot -o window.png`` → a PNG of the window
* ``LibDesk --database <tmp> branches export roster.xlsx`` → a workbook holding the 37 seeded
  branches
* ``LibDesk demo`` (small) into a second database, ``certificate print`` of one of its
  certificates → a PDF, and a screenshot of every other tab
* shared-office mode: on a throwaway PostgreSQL this script starts (``initdb``/``pg_ctl`` on a
  loopback port, ``libdesk.store.postgres_server``), ``LibDesk --database
  postgresql+psycopg://… branches list`` → the bundle's own psycopg and libpq migrate the new
  database and list the 37 seeded points. Without PostgreSQL's server programs on the build
  machine, only ``import psycopg`` inside the bundle is checked (and said so).
and fails (exit 1) unless each file exists and is valid. ``.ci/run`` calls this after
``build_installer.py``.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
TABS = ["donations", "distribution", "volunteers", "statistics"]


def run(bundle: Path, scratch: Path, *args: str, codes: tuple[int, ...] = (0,)) -> str:
    exe = bundle / ("libdesk-cli.exe" if sys.platform == "win32" else "LibDesk")
    empty_path = scratch / "empty-path"
    empty_path.mkdir(exist_ok=True)
    env = {"PATH": str(empty_path), "HOME": str(scratch), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(scratch)}
    if sys.platform == "win32":
        import os

        env.update(SystemRoot=os.environ.get("SystemRoot", r"C:\Windows"),
                   LOCALAPPDATA=str(scratch), APPDATA=str(scratch))
    result = subprocess.run([str(exe), *args], env=env, cwd=scratch, capture_output=True,
                            text=True, timeout=300)
    output = (result.stdout + result.stderr).strip()
    print(f"$ LibDesk {' '.join(args)}\n{output}")
    if result.returncode not in codes:
        raise SystemExit(f"FAILED (exit {result.returncode}): LibDesk {' '.join(args)}")
    return output


def check_png(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(PNG_MAGIC) or len(data) < 10_000:
        raise SystemExit(f"FAILED: {path} is not a screenshot ({len(data)} bytes)")
    print(f"ok: {path.name} is a PNG of {len(data)} bytes")


def check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SystemExit(f"FAILED: {path} is not a PDF ({len(data)} bytes)")
    print(f"ok: {path.name} is a PDF of {len(data)} bytes")


def check_xlsx(path: Path, expected_rows: int = 37) -> None:
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise SystemExit(f"FAILED: {path} is not an xlsx file")
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    sheet = workbook.worksheets[0]
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if any(row)]
    workbook.close()
    if len(rows) < expected_rows:
        raise SystemExit(f"FAILED: {path} holds {len(rows)} rows, expected {expected_rows}")
    print(f"ok: {path.name} opens, sheet {sheet.title!r} with {len(rows)} rows")


def check_postgresql(bundle: Path, scratch: Path) -> None:
    """The bundle on a PostgreSQL server: migrate a new database, list its 37 points."""
    from libdesk.store.postgres_server import ServerUnavailable, ThrowawayServer

    try:
        server = ThrowawayServer().start()
    except ServerUnavailable as error:
        print(f"no PostgreSQL server to try ({error}); checking the driver only")
        # nothing listens on port 1: with psycopg and libpq in the bundle that is "the
        # server does not answer" (exit 2), without them a missing module
        output = run(bundle, scratch, "--database", "postgresql+psycopg://nobody@127.0.0.1:1/x",
                     "branches", "list", codes=(2,))
        if "module" in output.lower() or "psycopg" in output.lower().replace("+psycopg", ""):
            raise SystemExit("FAILED: the bundle cannot load psycopg")
        print("ok: the bundle loads psycopg and libpq (no server was started)")
        return
    try:
        server.execute("CREATE DATABASE bundle_check")
        output = run(bundle, scratch, "--database", server.url("bundle_check"), "branches",
                     "list")
    finally:
        server.stop()
    points = [line for line in output.splitlines() if "\t" in line]
    if len(points) != 37:
        raise SystemExit(f"FAILED: PostgreSQL listed {len(points)} points, expected 37")
    print(f"ok: on PostgreSQL the bundle migrated a new database and listed {len(points)} points")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    bundle = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="libdesk-bundle-") as tmp:
        scratch = Path(tmp)
        database = str(scratch / "check.sqlite")
        run(bundle, scratch, "--version")
        run(bundle, scratch, "--database", database, "screenshot", "-o", str(scratch / "w.png"))
        check_png(scratch / "w.png")
        run(bundle, scratch, "--database", database, "branches", "export",
            str(scratch / "roster.xlsx"))
        check_xlsx(scratch / "roster.xlsx")
        # every area from the bundle: demo data (pinyin, signing), a certificate PDF
        # (reportlab, embedded font, QR), and each tab (its Qt modules and forms)
        demo = str(scratch / "demo.sqlite")
        run(bundle, scratch, "--database", demo, "demo", "--donors", "300", "--volunteers",
            "30", "--hours", "300", "--batches", "10", "--certificates", "3",
            "--today", "2026-06-30")
        run(bundle, scratch, "--database", demo, "certificate", "print", "TYTS-SC-2019-0001",
            "-o", str(scratch / "certificate.pdf"))
        check_pdf(scratch / "certificate.pdf")
        for tab in TABS:
            run(bundle, scratch, "--database", demo, "screenshot", "--tab", tab, "-o",
                str(scratch / f"{tab}.png"))
            check_png(scratch / f"{tab}.png")
        check_postgresql(bundle, scratch)
    print(f"bundle {bundle.name}: all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
