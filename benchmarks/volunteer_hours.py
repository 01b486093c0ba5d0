"""Volunteers at the issue's scale: 5,000 volunteers and 500,000 hour entries.

    .venv/bin/python benchmarks/volunteer_hours.py [--entries 500000] [--keep DB]

Prints the time of the operations a coordinator waits for (a page of the lazy tables, totals,
a bulk entry of 120, the streaming export) and the peak memory of the export compared with
an export of a tenth of the rows: with write-only streaming the two are about the same.
"""
from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from libdesk.models.base import utcnow  # noqa: E402
from libdesk.models.volunteers.tables import HourEntry, Volunteer, VolunteerActivity  # noqa: E402
from libdesk.services import open_services  # noqa: E402
from libdesk.services.base import ListQuery  # noqa: E402


def timed(label: str, function):
    start = time.perf_counter()
    result = function()
    print(f"{label:<46} {time.perf_counter() - start:8.3f} s")
    return result


def populate(services, volunteers: int, entries: int) -> None:
    rng = random.Random(7)
    now = utcnow()
    teams = [services.volunteers.save_team(f"服务队{i:02d}") for i in range(40)]
    orgs = [services.volunteers.add_org(f"学校{i:02d}") for i in range(12)]
    with services.store.write() as session:
        session.execute(insert(Volunteer), [{
            "name": f"志愿者{i:05d}", "name_key": f"zhi4 yuan4 zhe3 {i:05d}", "gender": "",
            "org_id": orgs[i % 12], "team_id": teams[i % 40], "student_no": "", "phone": "",
            "id_type": "居民身份证", "id_number": "", "platform_no": f"TY{i:06d}",
            "status": "active", "notes": "", "created_at": now, "updated_at": now}
            for i in range(volunteers)])
        session.execute(insert(VolunteerActivity), [{
            "name": f"活动{i:03d}", "name_key": f"huo2 dong4 {i:03d}",
            "kind": "daily" if i % 2 else "theme", "place": "", "organiser": "", "notes": "",
            "created_at": now} for i in range(60)])
    first = date(2020, 1, 1)
    batch = []
    with services.store.write() as session:
        for n in range(entries):
            batch.append({"volunteer_id": n % volunteers + 1, "activity_id": rng.randint(1, 60),
                          "served_on": first + timedelta(days=n // volunteers),
                          "quarters": rng.choice((4, 8, 12, 16)),
                          "status": "confirmed" if n % 5 else "pending", "source": "import",
                          "note": "", "recorded_by": "bench", "recorded_at": now,
                          "reviewed_by": "", "reject_reason": ""})
            if len(batch) == 50_000:
                session.execute(insert(HourEntry), batch)
                batch = []
        if batch:
            session.execute(insert(HourEntry), batch)


def export_rss(db: Path, entries_limit: int | None, out: Path) -> int:
    """Peak RSS (KiB, VmHWM: ru_maxrss would carry the parent's peak across exec) of a fresh
    process that exports the hours (optionally only the first days)."""
    code = (
        "import resource,sys;from datetime import date;"
        "from libdesk.services import open_services;from libdesk.services.base import ListQuery;"
        f"s=open_services({str(db)!r});"
        f"f={{'date_to': date(2020,1,1)+__import__('datetime').timedelta(days={entries_limit})}}"
        f" if {entries_limit!r} is not None else {{}};"
        f"s.hours.export_xlsx(__import__('pathlib').Path({str(out)!r}), ListQuery(filters=f));"
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=500_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    db = args.keep or Path(tempfile.mkdtemp()) / "bench.sqlite"
    services = open_services(str(db))
    timed(f"insert {args.volunteers} volunteers, {args.entries} entries",
          lambda: populate(services, args.volunteers, args.entries))
    v, h = services.volunteers, services.hours
    timed("volunteers: count", lambda: v.count(ListQuery()))
    timed("volunteers: page 200 by name", lambda: v.page(ListQuery(sort="name"), 2000, 200))
    timed("volunteers: page 200 by confirmed hours",
          lambda: v.page(ListQuery(sort="confirmed_quarters", descending=True), 0, 200))
    timed("hours: count pending", lambda: h.count(ListQuery(filters={"status": "pending"})))
    timed("hours: page 200 newest first",
          lambda: h.page(ListQuery(sort="served_on", descending=True), 0, 200))
    timed("hours: one volunteer's entries",
          lambda: h.page(ListQuery(filters={"volunteer_id": 77}), 0, 200))
    timed("activities: page with entry counts", lambda: services.activities.page(
        ListQuery(), 0, 200))
    reports = services.volunteer_reports
    for group in ("team", "month", "volunteer"):
        timed(f"totals per {group}", lambda g=group: reports.totals(g))
    timed("table 16 + table 17 (2020)",
          lambda: (reports.theme_table(2020), reports.daily_table(2020)))
    timed("bulk entry 120 volunteers", lambda: h.bulk_add(
        1, list(range(1, 121)), date(2021, 6, 1), 8))
    out = db.parent / "hours.xlsx"
    days = max(args.entries // args.volunteers // 10, 1)
    small = export_rss(db, days, db.parent / "small.xlsx")
    start = time.perf_counter()
    big = export_rss(db, None, out)
    print(f"{'export all hours (fresh process)':<46} {time.perf_counter() - start:8.3f} s")
    print(f"peak RSS exporting ~10% of rows: {small // 1024} MiB; all rows: {big // 1024} MiB; "
          f"file {out.stat().st_size // (1024 * 1024)} MiB")
    services.close()
    print(f"own peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")


if __name__ == "__main__":
    main()
