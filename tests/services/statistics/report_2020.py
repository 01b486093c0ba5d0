"""The 2020 annual report's outreach figures entered through the services, as staff would:
the 37 points of table 14, the donations behind table 15 (and 26,025 volumes in all, 6,109 in
2019), the themed and daily services of tables 16 and 17, 40 teams of 4,210 volunteers, the
mobile service totals and the volunteer platform's year-end figures."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from libdesk.models.branches.rules import PointInput
from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.roles import Role
from libdesk.models.volunteers.rules import ActivityInput
from libdesk.services.base import Actor, ListQuery

DATA = Path(__file__).with_name("report_2020")
VOLUNTEERS, TEAMS = 4210, 40


def rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def enter_points(services) -> None:
    for point_id, _name in services.branches.names():
        services.branches.delete(point_id)  # the seeded copies: enter them as staff would
    for row in rows("branches.csv"):
        services.branches.save(PointInput(name=row["name"], number=int(row["no"]),
                                          category=row["suggested_category"],
                                          opened_on=date(2019, 12, 1)))


def enter_donations(services) -> None:
    def give(name: str, volumes: int, day: date) -> None:
        donor = services.donors.save(DonorInput(name=name))
        services.donations.save(DonationInput(donor_id=donor, received_on=day),
                                [LineInput("赠书", titles=max(volumes // 3, 1), quantity=volumes)])

    top = rows("donors_top10_2020.csv")
    for index, row in enumerate(top):
        give(row["donor"], int(row["volumes"]), date(2020, 1 + index, 15))
    rest = 26025 - sum(int(r["volumes"]) for r in top)   # 5,165 from smaller donors
    for index in range(rest // 64):
        give(f"读者{index + 1:03d}", 64, date(2020, 1 + index % 12, 20))
    give("读者999", rest % 64, date(2020, 12, 1))
    give("2019年捐赠者", 6109, date(2019, 6, 1))          # 26,025 = 4.26 × 6,109


def enter_volunteers(services, tmp_path: Path) -> list[int]:
    book = Workbook()
    sheet = book.active
    sheet.title = "志愿者台账"
    sheet.append(["姓名", "服务队", "学校/单位", "加入日期"])
    for n in range(VOLUNTEERS):
        sheet.append([f"志愿者{n:04d}", f"第{n % TEAMS + 1:02d}服务队", "山西大学",
                      date(2020, 3, 1)])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    assert services.volunteers.import_xlsx(path) == {"added": VOLUNTEERS, "updated": 0}
    return services.volunteers.ids(ListQuery(sort="name"))


def enter_theme_services(services, people: list[int]) -> None:
    """Table 16, entry by entry: (activity, one-day?, [(day, how many, quarters)])."""
    plan = [
        ("禁止随地吐痰宣传", None, [(date(2020, 6, 10), 10, 16)]),
        ("无偿献血", date(2020, 8, 7), [(date(2020, 8, 7), 4, 8)]),
        ("中华慈善日捐款", date(2020, 9, 30), [(date(2020, 9, 30), 93, 8)]),
        ("文明交通志愿服务", None, [(date(2020, 7, 8), 27, 12), (date(2020, 8, 8), 27, 12),
                             (date(2020, 9, 8), 26, 12)]),
        ("结对共建进社区", None, [(date(2020, 9, 12), 21, 24), (date(2020, 9, 12), 1, 12)]),
        ("太图阅读推广活动志愿服务", None, [(date(2020, 11, 21), 60, 8),
                                  (date(2020, 12, 19), 60, 8)]),
        ("视障读者服务活动", None, [(date(2020, 5, 17), 11, 16), (date(2020, 10, 18), 11, 16),
                             (date(2020, 12, 6), 11, 16)]),
    ]
    for name, day, entries in plan:
        activity = services.activities.save(ActivityInput(name=name, starts_on=day, ends_on=day))
        for served_on, count, quarters in entries:
            chosen, people[:] = people[:count], people[count:]
            services.hours.bulk_add(activity, chosen, served_on, quarters)


def enter_daily_services(services, people: list[int]) -> None:
    """Table 17: the same people every month (Oct–Dec), hours per person per month split
    over days of at most 8 hours."""
    for row in rows("volunteer_daily_services_2020.csv"):
        count = int(row["people_per_month"])
        each = int(row["hours_per_month"]) * 4 // count      # quarters per person per month
        activity = services.activities.save(ActivityInput(
            name=f"日常·{row['service']}", kind="daily", category=row["service"]))
        chosen, people[:] = people[:count], people[count:]
        for month in (10, 11, 12):
            left, day = each, 1
            while left:
                quarters = min(left, 32)
                services.hours.bulk_add(activity, chosen, date(2020, month, day), quarters)
                left, day = left - quarters, day + 1


def enter_2020(services, tmp_path: Path) -> None:
    enter_points(services)
    enter_donations(services)
    people = enter_volunteers(services, tmp_path)
    enter_theme_services(services, people)
    enter_daily_services(services, people)
    services.ctx.set_actor(Actor("reviewer", Role.COORDINATOR))
    pending = services.hours.ids(ListQuery(filters={"status": "pending"}))
    services.hours.confirm(pending)
    services.ctx.set_actor(Actor("local", Role.ADMIN))
    services.statistics.record_mobile(services.branches.lookup("28"), 2020, 10, 10000, 15000)
    services.statistics.record_mobile(services.branches.lookup("29"), 2020, 11, 8670, 12800)
    services.statistics.record_platform(2020, 3487, 800, "53876.85")
