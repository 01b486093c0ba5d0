"""Importing N hour rows with validation, and the floors: openpyxl's read-only load of the
same file, python-calamine's (LibDesk's reader) load of it, and that load followed by the
least an import that records each row can do: the rows and one audit row each written with
plain sqlite3 in one transaction.

    import_hours.py app WORKDIR N [URL]  make a ledger with N entries, export it (not timed),
                                     then time services.hours.import_xlsx of that file into a
                                     new database holding the same volunteers and activities
                                     (WORKDIR/target.sqlite, or the empty database at URL)
    import_hours.py floor FILE       time load_workbook(read_only=True) + reading every row
    import_hours.py calamine FILE    time CalamineWorkbook.from_path + reading every row
    import_hours.py written WORKDIR  time the calamine load of WORKDIR/hours.xlsx, then, with
                                     plain sqlite3 on a copy of the target database as it was
                                     before the import (same PRAGMAs as LibDesk's), every row
                                     as an hour entry and its audit row (JSON by an f-string)
                                     in one executemany each, one transaction, committed
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def ledger(path: Path | str, hours: int):
    from libdesk.services import open_services
    from libdesk.demo.generator import DemoService, DemoSizes

    services = open_services(str(path))
    DemoService.for_services(services).fill(DemoSizes(donors=0, volunteers=5000, hours=hours, batches=0,
                                 certificates=0, seed=7))
    return services


def app(workdir: Path, count: int, database: str | None = None) -> dict:
    from libdesk.services.base import ListQuery

    source = ledger(workdir / "source.sqlite", count)
    workbook = workdir / "hours.xlsx"
    source.hours.export_xlsx(workbook, ListQuery())
    source.close()
    # same seed: same volunteers, activities (``database``: an empty PostgreSQL database)
    target = ledger(database or workdir / "target.sqlite", 0)
    if database is None:
        _copy(workdir / "target.sqlite", workdir / "before.sqlite")  # for ``written``
    started = time.perf_counter()
    report = target.hours.import_xlsx(workbook)
    seconds = time.perf_counter() - started
    target.close()
    return {"seconds": seconds, "rows": report.added, "file": str(workbook)}


def _copy(source: Path, copy: Path) -> None:
    import sqlite3

    copy.unlink(missing_ok=True)
    with sqlite3.connect(source) as a, sqlite3.connect(copy) as b:
        a.backup(b)
    a.close()
    b.close()


def written(workdir: Path) -> dict:
    """The calamine load, then the rows and their audit rows written in one transaction with
    plain sqlite3: volunteers and activities looked up in dicts, no checks, ids numbered from
    the highest there was (as SQLite numbers them), the audit JSON made by one f-string."""
    import sqlite3
    from datetime import date, datetime, timezone

    from python_calamine import CalamineWorkbook

    _copy(workdir / "before.sqlite", workdir / "written.sqlite")  # as before the import
    db = sqlite3.connect(workdir / "written.sqlite", isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                   "cache_size=-65536"):
        db.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(workdir / "hours.xlsx"))
    rows = book.get_sheet_by_index(0).to_python()[1:]
    book.close()
    db.execute("BEGIN IMMEDIATE")
    people = dict(db.execute("SELECT platform_no, id FROM volunteer"))
    activities = dict(db.execute("SELECT name, id FROM volunteer_activity"))
    first = (db.execute("SELECT max(id) FROM hour_entry").fetchone()[0] or 0) + 1
    now = datetime.now(timezone.utc)
    stamp, shown = now.strftime("%Y-%m-%d %H:%M:%S.%f"), now.isoformat()
    entries = []
    for number, r in enumerate(rows, first):
        served = r[2] if isinstance(r[2], date) else date.fromisoformat(str(r[2])[:10])
        if isinstance(served, datetime):
            served = served.date()
        entries.append((number, people[str(r[1])], activities[r[4]], served.isoformat(),
                        round(r[3] * 100), "pending", "import", "", "local", stamp, "", None,
                        "", 1))
    db.executemany("INSERT INTO hour_entry (id, volunteer_id, activity_id, served_on, "
                   "hundredths, status, source, note, recorded_by, recorded_at, reviewed_by, "
                   "reviewed_at, reject_reason, version) VALUES "
                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    db.executemany("INSERT INTO audit_log (at, actor, action, table_name, record_id, "
                   "old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?)", [
                       (stamp, "local", "insert", "hour_entry", str(e[0]), None,
                        f'{{"activity_id": {e[2]}, "hundredths": {e[4]}, "id": {e[0]}, '
                        f'"note": "", "recorded_at": "{shown}", "recorded_by": "local", '
                        f'"reject_reason": "", "reviewed_at": null, "reviewed_by": "", '
                        f'"served_on": "{e[3]}", "source": "import", "status": "pending", '
                        f'"version": 1, "volunteer_id": {e[1]}}}') for e in entries])
    db.execute("COMMIT")
    seconds = time.perf_counter() - started
    db.close()
    return {"seconds": seconds, "rows": len(entries)}


def floor(workbook: str) -> dict:
    from openpyxl import load_workbook

    started = time.perf_counter()
    book = load_workbook(workbook, read_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


def calamine(workbook: str) -> dict:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(workbook)
    rows = sum(1 for _ in book.get_sheet_by_index(0).iter_rows()) - 1
    book.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


if __name__ == "__main__":
    if sys.argv[1] == "app":
        outcome = app(Path(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:5])
    elif sys.argv[1] == "written":
        outcome = written(Path(sys.argv[2]))
    elif sys.argv[1] == "calamine":
        outcome = calamine(sys.argv[2])
    else:
        outcome = floor(sys.argv[2])
    print(json.dumps(outcome), flush=True)
