"""Soak test: the POSIX lock trap round of issue 11, many times (the suite runs it 5 times).

    .venv/bin/python tests/soak_posix_lock_trap.py [--runs 50]

Each run copies a fresh database, holds it through ``open_services``, drops this process's
POSIX locks on it (Qt's file-type detection and plain ``open()``), runs ``libdesk backup`` and
``libdesk donors import`` in other processes, writes again and checks that a fresh connection
sees every row, that ``PRAGMA integrity_check`` is ok and that the ``-wal`` file was never
unlinked (see tests/store/lock_trap.py). Exit 1 on the first failure.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    from libdesk.services import open_services
    from tests.store.lock_trap import make_workbook, run_round

    work = Path(tempfile.mkdtemp(prefix="libdesk-soak-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    template = work / "template.sqlite"
    open_services(str(template)).close()
    workbook = make_workbook(template, work / "donors.xlsx")
    try:
        for run in range(args.runs):
            database = work / f"run{run}" / "libdesk.sqlite"
            database.parent.mkdir()
            shutil.copyfile(template, database)
            seen = run_round(database, workbook, database.parent / "copy.sqlite", f"s{run}")
            problems = []
            if seen["missing"]:
                problems.append(f"lost {seen['missing']}")
            if seen["integrity"] != ["ok", "ok"]:
                problems.append(f"integrity {seen['integrity']}")
            if not seen["wal_kept"]:
                problems.append("-wal unlinked while held")
            if seen["backup"].returncode != 0 or "Traceback" in seen["import"].stderr:
                problems.append("backup failed or import crashed")
            print(f"run {run + 1}/{args.runs}: " + ("; ".join(problems) or "ok"), flush=True)
            if problems:
                return 1
            shutil.rmtree(database.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
