"""Totals of confirmed service hours (per volunteer, team, school, activity, category or
month, over any period) and the annual report's table 16 (themed services) and table 17
(daily services per month), all computed with GROUP BY in SQL."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import extract, func, select

from libdesk.models.errors import QT_TRANSLATE_NOOP, ValidationFailed, Problem
from libdesk.models.roles import Perm
from libdesk.models.volunteers.tables import (ActivityCategory, ActivityKind, HourEntry, HourStatus,
                                       Volunteer, VolunteerActivity, VolunteerOrg, VolunteerTeam)
from libdesk.models.volunteers.records import DailyRow, MonthRow, ThemeRow, TotalRow
from libdesk.services.base import ServiceBase
from libdesk.spreadsheets import volunteers as sheets

GROUPS = ("volunteer", "team", "org", "activity", "category", "month")
GROUP_HEADERS = {"volunteer": "志愿者", "team": "服务队", "org": "学校/单位",
                 "activity": "活动", "category": "服务类别", "month": "月份"}


class VolunteerReportService(ServiceBase):
    def totals(self, group: str, date_from: date | None = None, date_to: date | None = None,
               status: str = HourStatus.CONFIRMED.value) -> list[TotalRow]:
        """Hours per ``group`` (see GROUPS), most hours first (months in order)."""
        if group not in GROUPS:
            raise ValidationFailed([Problem("group", QT_TRANSLATE_NOOP(
                "Errors", "Totals can be grouped by {groups}."), {"groups": ", ".join(GROUPS)})])
        key, label = {
            "volunteer": (Volunteer.id, Volunteer.name),
            "team": (VolunteerTeam.id, VolunteerTeam.name),
            "org": (VolunteerOrg.id, VolunteerOrg.name),
            "activity": (VolunteerActivity.id, VolunteerActivity.name),
            "category": (ActivityCategory.id, ActivityCategory.name),
            "month": (extract("year", HourEntry.served_on) * 100
                      + extract("month", HourEntry.served_on), None),
        }[group]
        label = label if label is not None else key
        stmt = (select(key, func.min(label), func.count(func.distinct(HourEntry.volunteer_id)),
                       func.count(), func.sum(HourEntry.hundredths))
                .select_from(HourEntry)
                .join(Volunteer, Volunteer.id == HourEntry.volunteer_id)
                .join(VolunteerActivity, VolunteerActivity.id == HourEntry.activity_id)
                .outerjoin(VolunteerTeam, VolunteerTeam.id == Volunteer.team_id)
                .outerjoin(VolunteerOrg, VolunteerOrg.id == Volunteer.org_id)
                .outerjoin(ActivityCategory,
                           ActivityCategory.id == VolunteerActivity.category_id)
                .where(HourEntry.status == status).group_by(key))
        if date_from:
            stmt = stmt.where(HourEntry.served_on >= date_from)
        if date_to:
            stmt = stmt.where(HourEntry.served_on <= date_to)
        stmt = stmt.order_by(key) if group == "month" else \
            stmt.order_by(func.sum(HourEntry.hundredths).desc(), key)
        with self.store.read() as session:
            rows = session.execute(stmt).all()
        result = []
        for k, name, people, entries, hundredths in rows:
            if group == "month":
                name = f"{int(k) // 100}-{int(k) % 100:02d}"
            result.append(TotalRow(str(k if k is not None else ""), name or "—", people,
                                   entries, hundredths or 0))
        return result

    def theme_table(self, year: int) -> list[ThemeRow]:
        """Table 16: people and total confirmed hours per themed activity in ``year``."""
        start, end = date(year, 1, 1), date(year, 12, 31)
        base = (select(VolunteerActivity.id, VolunteerActivity.name,
                       func.count(func.distinct(HourEntry.volunteer_id)),
                       func.sum(HourEntry.hundredths), VolunteerActivity.starts_on,
                       VolunteerActivity.ends_on)
                .join(HourEntry, HourEntry.activity_id == VolunteerActivity.id)
                .where(VolunteerActivity.kind == ActivityKind.THEME.value,
                       HourEntry.status == HourStatus.CONFIRMED.value,
                       HourEntry.served_on >= start, HourEntry.served_on <= end)
                .group_by(VolunteerActivity.id, VolunteerActivity.name,
                          VolunteerActivity.starts_on, VolunteerActivity.ends_on)
                .order_by(VolunteerActivity.id))
        days = (select(HourEntry.activity_id, HourEntry.served_on).distinct()
                .join(VolunteerActivity, VolunteerActivity.id == HourEntry.activity_id)
                .where(VolunteerActivity.kind == ActivityKind.THEME.value,
                       HourEntry.status == HourStatus.CONFIRMED.value,
                       HourEntry.served_on >= start, HourEntry.served_on <= end))
        with self.store.read() as session:
            rows = session.execute(base).all()
            served: dict[int, list[date]] = {}
            for activity_id, day in session.execute(days):
                served.setdefault(activity_id, []).append(day)
        return [ThemeRow(name, *describe_period(
                    served[aid], starts if starts is not None and starts == ends else None),
                    people, hundredths)
                for aid, name, people, hundredths, starts, ends in rows]

    def daily_months(self, year: int) -> list[MonthRow]:
        """People and confirmed hours per month per daily service (category) in ``year``."""
        service = func.coalesce(ActivityCategory.name, VolunteerActivity.name)
        month = extract("month", HourEntry.served_on)
        stmt = (select(service, month, func.count(func.distinct(HourEntry.volunteer_id)),
                       func.sum(HourEntry.hundredths), func.min(ActivityCategory.sort_order))
                .select_from(HourEntry)
                .join(VolunteerActivity, VolunteerActivity.id == HourEntry.activity_id)
                .outerjoin(ActivityCategory, ActivityCategory.id == VolunteerActivity.category_id)
                .where(VolunteerActivity.kind == ActivityKind.DAILY.value,
                       HourEntry.status == HourStatus.CONFIRMED.value,
                       HourEntry.served_on >= date(year, 1, 1),
                       HourEntry.served_on <= date(year, 12, 31))
                .group_by(service, month))
        with self.store.read() as session:
            rows = session.execute(stmt).all()
        rows.sort(key=lambda r: (r[4] if r[4] is not None else 10**6, r[0], r[1]))
        return [MonthRow(r[0], int(r[1]), r[2], r[3]) for r in rows]

    def daily_table(self, year: int) -> list[DailyRow]:
        """Table 17: per daily service, people and hours per month (averaged over the months
        with confirmed service)."""
        grouped: dict[str, list[MonthRow]] = {}
        for row in self.daily_months(year):
            grouped.setdefault(row.service, []).append(row)
        return [DailyRow(service, len(months),
                         round(sum(m.people for m in months) / len(months), 2),
                         round(sum(m.hundredths for m in months) / 100 / len(months), 2))
                for service, months in grouped.items()]

    def export_annual_report(self, year: int, path: Path) -> Path:
        self.require(Perm.EXPORT)
        return sheets.write_annual_report(path, year, self.theme_table(year),
                                          self.daily_table(year), self.daily_months(year))

    def export_totals(self, group: str, path: Path, date_from: date | None = None,
                      date_to: date | None = None) -> Path:
        self.require(Perm.EXPORT)
        rows = self.totals(group, date_from, date_to)
        return sheets.write_totals(path, f"按{GROUP_HEADERS[group]}统计", GROUP_HEADERS[group],
                                   rows)


def describe_period(days: list[date], single_day: date | None = None) -> tuple[str, str]:
    """The code and Chinese label of when an activity took place (see ThemeRow): the day
    for a one-day activity (``single_day``, its start and end date), else the months in
    which confirmed service was recorded."""
    if single_day is not None:
        d = single_day
        return d.isoformat(), f"{d.year}年{d.month}月{d.day}日"
    months = sorted({(d.year, d.month) for d in days})
    codes = [f"{y}-{m:02d}" for y, m in months]
    if len(months) == 1:
        return codes[0], f"{months[0][0]}年{months[0][1]}月"
    ordinal = [y * 12 + m for y, m in months]
    consecutive = ordinal == list(range(ordinal[0], ordinal[0] + len(ordinal)))
    (y0, m0), (y1, m1) = months[0], months[-1]
    if consecutive:
        label = f"{y0}年{m0}月至{m1}月" if y0 == y1 else f"{y0}年{m0}月至{y1}年{m1}月"
        return f"{codes[0]}..{codes[-1]}", label
    if y0 == y1:
        return ";".join(codes), f"{y0}年" + "、".join(f"{m}月" for _, m in months)
    return ";".join(codes), "、".join(f"{y}年{m}月" for y, m in months)
