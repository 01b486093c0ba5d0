"""Importing N hour rows with validation, and the floor: openpyxl's read-only load of the
same file.

    import_hours.py app WORKDIR N    make a ledger with N entries, export it (not timed), then
                                     time services.hours.import_xlsx of that file into a new
                                     database holding the same volunteers and activities
    import_hours.py floor FILE       time load_workbook(read_only=True) + reading every row
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def ledger(path: Path, hours: int):
    from libdesk.services import open_services
    from libdesk.demo.generator import DemoService, DemoSizes

    services = open_services(str(path))
    DemoService.for_services(services).fill(DemoSizes(donors=0, volunteers=5000, hours=hours, batches=0,
                                 certificates=0, seed=7))
    return services


def app(workdir: Path, count: int) -> dict:
    from libdesk.services.base import ListQuery

    source = ledger(workdir / "source.sqlite", count)
    workbook = workdir / "hours.xlsx"
    source.hours.export_xlsx(workbook, ListQuery())
    source.close()
    target = ledger(workdir / "target.sqlite", 0)  # same seed: same volunteers, activities
    started = time.perf_counter()
    report = target.hours.import_xlsx(workbook)
    seconds = time.perf_counter() - started
    target.close()
    return {"seconds": seconds, "rows": report.added, "file": str(workbook)}


def floor(workbook: str) -> dict:
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(workbook, read_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


if __name__ == "__main__":
    if sys.argv[1] == "app":
        outcome = app(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        outcome = floor(sys.argv[2])
    print(json.dumps(outcome), flush=True)
