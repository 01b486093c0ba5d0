"""Demo volunteers, teams, activities and service-hour entries, as rows for bulk inserts.

Volunteers are mostly students of the Taiyuan universities (the alliance's seed schools
first), with student and platform numbers, valid ID numbers and phones. Activities repeat
each year: the daily services of table 17 (自助设备引导, 书架整理 …) and the themed services
of table 16 (无偿献血, 视障读者服务活动 …). Hours are in quarter-hour steps on days the
volunteer had joined; older entries are confirmed or rejected, recent ones pending.
"""
from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

from libdesk.config import resource_path
from libdesk.models.volunteers.tables import ActivityKind, HourStatus, VolunteerStatus
from libdesk.demo.people import (OTHER_ORGS, SCHOOLS, People, name_key,
                                          phrase_key)

CHUNK = 10_000
COORDINATORS = ["郭志强", "王丽华", "李晓东", "武婷婷"]
THEME_CATEGORIES = {"禁止随地吐痰宣传": "文明城市创建", "无偿献血": "爱心公益",
                    "中华慈善日捐款": "爱心公益", "文明交通志愿服务": "文明城市创建",
                    "结对共建进社区": "社区共建", "太图阅读推广活动志愿服务": "阅读推广",
                    "视障读者服务活动": "视障读者服务"}
PLACES = ["太原市图书馆总馆", "太原市图书馆少儿部", "城市书房（滨河东路）", "城市书房（长风街）",
          "迎泽公园", "柳巷步行街", "坞城街道社区", "汾河公园"]


def _stamp(day: date, hour: int = 17) -> datetime:
    return datetime.combine(day, time(hour=hour), tzinfo=timezone.utc) - timedelta(hours=8)


def seed_services() -> tuple[list[str], list[str]]:
    """(daily service names of table 17, themed service names of table 16)."""
    def names(file: str) -> list[str]:
        with open(resource_path("seed", file), encoding="utf-8") as handle:
            return [row["service"] for row in csv.DictReader(handle)]
    return (names("volunteer_daily_services_2020.csv"),
            names("volunteer_theme_services_2020.csv"))


def org_names() -> list[tuple[str, bool]]:
    return [(name, True) for name in SCHOOLS] + [(name, False) for name in OTHER_ORGS]


def team_name(org: str) -> str:
    return f"{org}青年志愿者服务队" if "大学" in org or "学院" in org else f"{org}志愿服务队"


class VolunteerGenerator:
    def __init__(self, rng: random.Random, people: People, today: date, first_day: date) -> None:
        self.rng, self.people, self.today, self.first_day = rng, people, today, first_day
        self.joined: dict[int, date] = {}
        self.leaders: dict[int, int] = {}  # team id → its first volunteer

    def volunteers(self, first_id: int, count: int, orgs: list[tuple[int, str, bool]],
                   teams: dict[int, int]) -> Iterator[list[dict]]:
        """``orgs``: (id, name, is_school); ``teams``: org id → team id."""
        rng, people = self.rng, self.people
        weights = [30 if i < 3 else (8 if school else 2) for i, (_, _, school) in enumerate(orgs)]
        span = (self.today - self.first_day).days
        chunk: list[dict] = []
        for n in range(count):
            volunteer_id = first_id + n
            org_id, _org, school = rng.choices(orgs, weights)[0]
            gender = people.gender()
            name = people.name(gender)
            joined = self.first_day + timedelta(days=int(span * rng.random() ** 1.5))
            self.joined[volunteer_id] = joined
            if teams.get(org_id) is not None:
                self.leaders.setdefault(teams[org_id], volunteer_id)
            born = people.birthday(18, 24, joined) if school else people.birthday(20, 70, joined)
            status = rng.choices([VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED,
                                  VolunteerStatus.LEFT], [80, 8, 12])[0]
            stamp = _stamp(joined, 10)
            chunk.append({
                "id": volunteer_id, "name": name, "name_key": name_key(name), "gender": gender,
                "org_id": org_id, "team_id": teams.get(org_id),
                "student_no": f"{joined.year}{rng.randrange(10**6):06d}" if school else "",
                "phone": people.mobile(), "id_type": "居民身份证",
                "id_number": people.id_number(gender, born),
                "platform_no": f"TYZY{joined.year}{volunteer_id:06d}", "joined_on": joined,
                "status": status.value, "notes": "", "created_at": stamp, "updated_at": stamp})
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def activities(self, first_id: int, categories: dict[str, int]) -> list[dict]:
        """The daily and themed services of every year from the first day to today."""
        daily, themed = seed_services()
        rows = []
        for year in range(self.first_day.year, self.today.year + 1):
            start = max(date(year, 1, 1), self.first_day)
            end = min(date(year, 12, 31), self.today)
            for name in daily:
                rows.append(self._activity(first_id + len(rows), f"{year}年{name}",
                                           ActivityKind.DAILY, categories.get(name), start, end))
            for name in themed:
                month = self.rng.randint(start.month, end.month)
                first = max(date(year, month, 1), start)
                last = min(first + timedelta(days=self.rng.randint(0, 20)), end)
                rows.append(self._activity(first_id + len(rows), f"{year}年{name}",
                                           ActivityKind.THEME,
                                           categories.get(THEME_CATEGORIES.get(name, "")),
                                           first, last))
        return rows

    def _activity(self, activity_id: int, name: str, kind: ActivityKind,
                  category_id: int | None, start: date, end: date) -> dict:
        return {"id": activity_id, "name": name, "name_key": phrase_key(name),
                "kind": kind.value,
                "category_id": category_id, "starts_on": start, "ends_on": end,
                "place": self.rng.choice(PLACES), "organiser": "太原市图书馆馆外流通服务部",
                "notes": "", "created_at": _stamp(start, 9)}

    def hours(self, count: int, activities: list[dict]) -> Iterator[list[dict]]:
        """``count`` hour entries spread over the volunteers and the activities."""
        rng = self.rng
        volunteer_ids = list(self.joined)
        activity_weights = [1 if a["kind"] == ActivityKind.THEME.value else 6 for a in activities]
        chunk: list[dict] = []
        seen: set[int] = set()
        made = attempts = 0
        while made < count and attempts < 20 * count + 1000:  # a tiny ledger may fill up
            attempts += 1
            volunteer_id = volunteer_ids[int(len(volunteer_ids) * rng.random() ** 1.7)]
            activity = rng.choices(activities, activity_weights)[0]
            first = max(activity["starts_on"], self.joined[volunteer_id])
            last = activity["ends_on"]
            if first > last:
                continue
            day = first + timedelta(days=rng.randint(0, (last - first).days))
            key = (volunteer_id * 10_000 + activity["id"]) * 100_000 + day.toordinal()
            if key in seen:  # one entry per volunteer, activity and day, as the rules say
                continue
            seen.add(key)
            chunk.append(self._entry(volunteer_id, activity, day))
            made += 1
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def _entry(self, volunteer_id: int, activity: dict, day: date) -> dict:
        rng = self.rng
        recent = (self.today - day).days < 21
        if recent and rng.random() < 0.7:
            status = HourStatus.PENDING
        else:
            status = HourStatus.REJECTED if rng.random() < 0.03 else HourStatus.CONFIRMED
        hundredths = 25 * rng.choice((4, 6, 8, 8, 12, 16) if activity["kind"] == "daily"
                                     else (8, 12, 16, 24))
        reviewed = status != HourStatus.PENDING
        return {"volunteer_id": volunteer_id, "activity_id": activity["id"], "served_on": day,
                "hundredths": hundredths, "status": status.value,
                "source": rng.choice(("manual", "bulk", "bulk", "import")), "note": "",
                "recorded_by": rng.choice(COORDINATORS), "recorded_at": _stamp(day),
                "reviewed_by": rng.choice(COORDINATORS) if reviewed else "",
                "reviewed_at": _stamp(day + timedelta(days=3)) if reviewed else None,
                "reject_reason": "时长与签到记录不符" if status == HourStatus.REJECTED else ""}
