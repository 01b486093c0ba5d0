"""Exporting every hour entry to .xlsx, and the floors: the same values (read with one plain
SQL query) written by openpyxl write-only (lxml installed) and by XlsxWriter constant_memory.

    export.py app DB OUT [LIMIT_DAYS]   services.hours.export_xlsx (all rows, or the first days)
    export.py openpyxl DB OUT
    export.py xlsxwriter DB OUT
Each prints seconds, rows and the process's peak resident memory (VmHWM). DB may be a
``postgresql+psycopg://`` URL (run.py ``--only postgresql``): the floors then read through
plain psycopg.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import time
from datetime import date, timedelta

STATUS_ZH = {"pending": "待审核", "confirmed": "已确认", "rejected": "已驳回"}
HEADERS = ["姓名", "平台编号", "服务日期", "服务时长", "活动名称", "服务队", "学校/单位", "状态",
           "登记人", "审核人", "备注"]
SQL = """
SELECT v.name, v.platform_no, h.served_on, h.hundredths, a.name, t.name, o.name, h.status,
       h.recorded_by, h.reviewed_by, h.note
FROM hour_entry h JOIN volunteer v ON v.id = h.volunteer_id
JOIN volunteer_activity a ON a.id = h.activity_id
LEFT JOIN volunteer_team t ON t.id = v.team_id LEFT JOIN volunteer_org o ON o.id = v.org_id
ORDER BY h.served_on, h.id
"""


def peak_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def rows(database: str):
    """The rows of SQL through plain sqlite3, or for a PostgreSQL URL through plain psycopg
    (a server-side cursor, as LibDesk's export streams them)."""
    if not database.startswith("postgresql"):
        connection = sqlite3.connect(database)
        yield from connection.execute(SQL)
        connection.close()
        return
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(database)
    with psycopg.connect(host=url.host, port=url.port, user=url.username,
                         password=url.password, dbname=url.database) as connection:
        with connection.cursor(name="export") as cursor:
            cursor.itersize = 5000
            cursor.execute(SQL)
            yield from cursor


def values(database: str):
    for row in rows(database):
        served = row[2] if isinstance(row[2], date) else date.fromisoformat(row[2])
        yield [row[0], row[1], served, row[3] / 100, row[4], row[5] or "",
               row[6] or "", STATUS_ZH.get(row[7], row[7]), row[8], row[9], row[10]]


def with_openpyxl(database: str, out: str) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("服务时长")
    sheet.append(HEADERS)
    count = 0
    for row in values(database):
        sheet.append(row)
        count += 1
    workbook.save(out)
    return count


def with_xlsxwriter(database: str, out: str) -> int:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(out, {"constant_memory": True,
                                         "default_date_format": "yyyy-mm-dd"})
    sheet = workbook.add_worksheet("服务时长")
    sheet.write_row(0, 0, HEADERS)
    count = 0
    for count, row in enumerate(values(database), start=1):
        sheet.write_row(count, 0, row)
    workbook.close()
    return count


def with_libdesk(database: str, out: str, days: int | None) -> int:
    from pathlib import Path

    from libdesk.services import open_services
    from libdesk.services.base import ListQuery

    services = open_services(database)
    query = ListQuery()
    if days is not None:
        query = ListQuery(filters={"date_to": date(2019, 1, 1) + timedelta(days=days)})
    services.hours.export_xlsx(Path(out), query)
    count = services.hours.count(query)
    services.close()
    return count


if __name__ == "__main__":
    mode, database, output = sys.argv[1], sys.argv[2], sys.argv[3]
    started = time.perf_counter()
    if mode == "app":
        rows = with_libdesk(database, output, int(sys.argv[4]) if len(sys.argv) > 4 else None)
    elif mode == "openpyxl":
        rows = with_openpyxl(database, output)
    else:
        rows = with_xlsxwriter(database, output)
    print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows,
                      "peak_mib": peak_mib()}), flush=True)
