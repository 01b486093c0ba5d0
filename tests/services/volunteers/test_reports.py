"""Tables 16 and 17 of the 2020 annual report, reproduced from hour records: the seed's
figures are entered as records and the reports give the seed's tables back."""
from __future__ import annotations

import csv
from datetime import date

from openpyxl import load_workbook

from libdesk.config import resource_path
from libdesk.models.volunteers.rules import ActivityInput
from libdesk.services.base import ListQuery
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)


def _csv(name):
    with open(resource_path("seed", name), encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _months(period: str) -> list[tuple[int, int, int | None]]:
    """(year, month, day or None) of each part of a period code."""
    if ".." in period:
        (y, m1), (_, m2) = (map(int, p.split("-")) for p in period.split(".."))
        return [(y, m, None) for m in range(m1, m2 + 1)]
    result = []
    for part in period.split(";"):
        bits = list(map(int, part.split("-")))
        result.append((bits[0], bits[1], bits[2] if len(bits) == 3 else None))
    return result


def _enter_theme(services, pool, rows):
    for row in rows:
        parts = _months(row["period"])
        one_day = date(*parts[0]) if len(parts) == 1 and parts[0][2] else None
        activity = services.activities.save(ActivityInput(
            name=row["service"], kind="theme", starts_on=one_day, ends_on=one_day))
        people, hundredths = int(row["people"]), round(float(row["total_hours"]) * 100)
        each = [people // len(parts) + (1 if i < people % len(parts) else 0)
                for i in range(len(parts))]
        base, extra = divmod(hundredths, people)
        person = 0
        for (year, month, day), count in zip(parts, each):
            served = date(year, month, day or 10)
            ids = pool[person:person + count]
            more = [v for k, v in enumerate(ids, start=person) if k < extra]
            rest = [v for v in ids if v not in more]
            if more:
                services.hours.bulk_add(activity, more, served, base + 1)
            if rest:
                services.hours.bulk_add(activity, rest, served, base)
            person += count


def _enter_daily(services, pool, rows):
    for index, row in enumerate(rows, start=1):
        activity = add_activity(services, f"{row['service']}（日常）", "daily", row["service"])
        people = int(row["people_per_month"])
        hundredths = round(float(row["hours_per_month"]) * 100) // people
        for month in range(1, 13):
            services.hours.bulk_add(activity, pool[:people], date(2020, month, index), hundredths)


def test_tables_16_and_17_come_back_from_the_records(services, tmp_path):
    theme, daily = _csv("volunteer_theme_services_2020.csv"), _csv(
        "volunteer_daily_services_2020.csv")
    as_actor(services, RECORDER)
    pool = add_volunteers(services, 200)
    _enter_theme(services, pool, theme)
    _enter_daily(services, pool, daily)
    reports = services.volunteer_reports
    assert reports.theme_table(2020) == []  # nothing confirmed yet: pending never counts
    as_actor(services, APPROVER)
    services.hours.confirm(services.hours.ids(ListQuery(filters={"status": "pending"})))

    got16 = [(r.service, r.period, r.people, r.hours) for r in reports.theme_table(2020)]
    assert got16 == [(r["service"], r["period"], int(r["people"]), float(r["total_hours"]))
                     for r in theme]
    labels = {r.service: r.period_label for r in reports.theme_table(2020)}
    assert labels["文明交通志愿服务"] == "2020年7月至9月"
    assert labels["视障读者服务活动"] == "2020年5月、10月、12月"
    assert labels["无偿献血"] == "2020年8月7日"

    got17 = [(r.service, r.people_per_month, r.hours_per_month, r.months)
             for r in reports.daily_table(2020)]
    assert got17 == [(r["service"], float(r["people_per_month"]), float(r["hours_per_month"]),
                      12) for r in daily]

    path = reports.export_annual_report(2020, tmp_path / "report.xlsx")
    book = load_workbook(path, read_only=True)
    sheet16 = list(book["表16 主题志愿服务"].iter_rows(values_only=True))
    assert sheet16[0] == ("志愿服务内容", "活动时间", "人数(人)", "累计总时长(小时)")
    assert sheet16[6] == ("太图阅读推广活动志愿服务", "2020年11月至12月", 120, 240)
    sheet17 = list(book["表17 日常志愿服务"].iter_rows(values_only=True))
    assert sheet17[3] == ("书架整理", 180, 1440)
    book.close()

    totals = {r.label: r for r in reports.totals("category", date(2020, 1, 1),
                                                 date(2020, 12, 31))}
    assert totals["书架整理"].hundredths == 1440 * 12 * 100
    months = reports.totals("month")
    assert [m.label for m in months][:2] == ["2020-01", "2020-02"]
    assert sum(m.hundredths for m in months) == sum(
        r.hundredths for r in reports.totals("volunteer"))
    by_org = reports.totals("org")
    assert by_org[0].label == "山西大学" and by_org[0].people == 180  # pool[:180] served
