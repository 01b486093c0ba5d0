"""The year's outreach statistics, counted the way the annual report prints them.

The summary follows the report's table 6 (业务统计情况表) for the lines the outreach work
feeds — 十六 volunteer teams and members, 十七 mobile service and the number of branches —
and the prose figures of the year's review (接收捐书 26025 册, 配送图书 27000 余册, 赠送期刊
5000 余册, 志愿服务 53876.85 小时). The detail tables come from the areas that keep them:
distribution per point, the top-10 donors (table 15), themed and daily volunteer services
(tables 16 and 17). Mobile service (流动服务) visits and loans are recorded here, per point
and month.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import case, extract, func, select

from libdesk.models.branches.tables import Branch, BranchCategory, BranchStatus
from libdesk.models.donations.tables import Donation, DonationLine, Evaluation, Unit
from libdesk.models.errors import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.statistics.tables import MobileService
from libdesk.models.outreach.tables import MobileOuting
from libdesk.models.base import utcnow
from libdesk.models.volunteers.tables import (
    HourEntry,
    HourStatus,
    Volunteer,
    VolunteerStatus,
    VolunteerTeam,
)
from libdesk.models.distribution.tables import DistributionBatch
from libdesk.models.statistics.records import MobileRow, SummaryLine, YearReport
from libdesk.services.base import ServiceBase
from libdesk.services.outreach.stats import logged_months, mark_typed, outreach_summary
from libdesk.spreadsheets import statistics as workbook


class StatisticsService(ServiceBase):
    def __init__(self, ctx, donors, distribution, volunteer_reports) -> None:
        super().__init__(ctx)
        self._donors = donors
        self._distribution = distribution
        self._volunteer_reports = volunteer_reports

    # -- mobile service --------------------------------------------------------------------
    def record_mobile(self, branch_id: int, year: int, month: int, visits: int, loans: int,
                      notes: str = "") -> int:
        """Set one point's mobile-service figures for one month (replacing earlier ones)."""
        self.require(Perm.DISTRIBUTION_EDIT)
        problems = []
        if not 1 <= month <= 12:
            problems.append(Problem("month", QT_TRANSLATE_NOOP(
                "Errors", "The month must be from 1 to 12.")))
        if not 1900 <= year <= 2999:
            problems.append(Problem("year", QT_TRANSLATE_NOOP(
                "Errors", "“{year}” is not a year."), {"year": year}))
        if visits < 0 or loans < 0:
            problems.append(Problem("visits", QT_TRANSLATE_NOOP(
                "Errors", "Visits and loans cannot be negative.")))
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            if session.get(Branch, branch_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."),
                               id=branch_id)
            row = session.execute(select(MobileService).where(
                MobileService.branch_id == branch_id, MobileService.year == year,
                MobileService.month == month)).scalar_one_or_none()
            row = row or MobileService(branch_id=branch_id, year=year, month=month)
            row.visits, row.loans, row.notes = visits, loans, notes.strip()
            row.recorded_by, row.updated_at = self.actor.username, utcnow()
            session.add(row)
            session.flush()
            return row.id

    def delete_mobile(self, record_id: int) -> None:
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            row = session.get(MobileService, record_id)
            if row is not None:
                session.delete(row)

    def mobile_rows(self, year: int) -> list[MobileRow]:
        stmt = (select(MobileService, Branch.name).join(Branch, Branch.id == MobileService.branch_id)
                .where(MobileService.year == year)
                .order_by(MobileService.month, Branch.number))
        with self.store.read() as session:
            return [MobileRow(m.id, m.branch_id, name, m.year, m.month, m.visits, m.loans, m.notes)
                    for m, name in session.execute(stmt)]

    # -- the year --------------------------------------------------------------------------
    def years(self) -> list[int]:
        """Years that have any records, newest first (always including the current one)."""
        return sorted(self._record_years() | {utcnow().year}, reverse=True)

    def default_year(self) -> int:
        """The newest year with records, or the current year in a new database."""
        return max(self._record_years() or {utcnow().year})

    def _record_years(self) -> set[int]:
        with self.store.read() as session:
            found = {int(y) for (y,) in session.execute(
                select(extract("year", Donation.received_on)).distinct()) if y}
            found |= {int(y) for (y,) in session.execute(
                select(extract("year", HourEntry.served_on)).distinct()) if y}
            found |= {y for (y,) in session.execute(select(MobileService.year).distinct())}
            found |= {int(y) for (y,) in session.execute(
                select(extract("year", MobileOuting.served_on)).distinct()) if y}
            found |= {y for (y,) in session.execute(select(DistributionBatch.year).distinct())}
        return found

    def year_report(self, year: int) -> YearReport:
        report = YearReport(year=year)
        with self.store.read() as session:
            points, categories = _points(session)
            donations = _donations(session, year)
            volunteers = _volunteers(session, year)
            outreach = [SummaryLine(*line) for line in outreach_summary(session, year)]
            logged = logged_months(session, year)  # these months count the outing log
        report.categories = categories
        report.distribution = self._distribution.year_totals(year)
        report.top_donors = self._donors.top(year, 10)
        report.theme_services = self._volunteer_reports.theme_table(year)
        report.daily_services = self._volunteer_reports.daily_table(year)
        report.mobile = mark_typed(self.mobile_rows(year), logged)
        total = report.distribution[-1]
        s = SummaryLine
        report.summary = [
            s("十六、志愿者服务", "志愿者服务队伍数", "个", volunteers["teams"]),
            s("十六、志愿者服务", "志愿者服务队伍人数", "人", volunteers["members"]),
            s("十六、志愿者服务", "其中：在平台注册", "人", volunteers["registered"]),
            s("十六、志愿者服务", "本年参加服务人数", "人", volunteers["served"]),
            s("十六、志愿者服务", "志愿服务时长（已确认）", "小时", volunteers["hours"]),
            *[line for line in outreach if line.section.startswith("十七")],
            s("十七、图书馆延伸服务情况", "分馆数量", "个", points),
            s("图书配送", "配送批次", "批", total.batches),
            s("图书配送", "配送图书", "册", total.books_out),
            s("图书配送", "赠送期刊", "册", total.periodicals_out),
            s("图书配送", "流通替换收回", "册", total.books_back),
            s("图书配送", "服务的分馆与服务点", "个", len(report.distribution) - 1),
            s("社会捐赠", "接收捐赠", "次", donations["donations"]),
            s("社会捐赠", "捐赠人", "位", donations["donors"]),
            s("社会捐赠", "接收捐书", "册", donations["volumes"]),
            s("社会捐赠", "其中：种数", "种", donations["titles"]),
            s("社会捐赠", "实物等", "件", donations["items"]),
            s("社会捐赠", "评估入藏", "册", donations["collected"]),
            s("社会捐赠", "转配分馆", "册", donations["to_branches"]),
        ]
        report.summary += [line for line in outreach if not line.section.startswith("十七")]
        return report

    def export_year(self, year: int, path: Path) -> Path:
        self.require(Perm.EXPORT)
        return workbook.write_year(path, self.year_report(year))


def _points(session) -> tuple[int, list[tuple[str, int]]]:
    open_points = Branch.status != BranchStatus.CLOSED.value
    total = session.execute(select(func.count()).select_from(Branch).where(open_points)).scalar_one()
    rows = session.execute(
        select(func.coalesce(BranchCategory.name, ""), func.count(Branch.id))
        .select_from(Branch).outerjoin(BranchCategory, BranchCategory.id == Branch.category_id)
        .where(open_points)
        .group_by(BranchCategory.name, BranchCategory.sort_order)
        .order_by(BranchCategory.sort_order)).all()
    return int(total), [(name or "（未分类）", int(n)) for name, n in rows]


def _donations(session, year: int) -> dict[str, int]:
    def volumes(condition=True, column=DonationLine.quantity):
        return func.coalesce(func.sum(case(
            ((DonationLine.unit != Unit.ITEM.value) & condition, column), else_=0)), 0)

    in_year = extract("year", Donation.received_on) == year
    lines = session.execute(
        select(volumes(), volumes(column=DonationLine.titles),
               func.coalesce(func.sum(case((DonationLine.unit == Unit.ITEM.value,
                                            DonationLine.quantity), else_=0)), 0),
               volumes(DonationLine.evaluation == Evaluation.COLLECTED.value),
               volumes(DonationLine.evaluation == Evaluation.DISTRIBUTE.value))
        .join(Donation, Donation.id == DonationLine.donation_id).where(in_year)).one()
    heads = session.execute(select(func.count(Donation.id),
                                   func.count(func.distinct(Donation.donor_id))).where(in_year)).one()
    return {"donations": int(heads[0]), "donors": int(heads[1]), "volumes": int(lines[0]),
            "titles": int(lines[1]), "items": int(lines[2]), "collected": int(lines[3]),
            "to_branches": int(lines[4])}


def _volunteers(session, year: int) -> dict[str, float | int]:
    members = Volunteer.status != VolunteerStatus.LEFT.value
    confirmed = (HourEntry.status == HourStatus.CONFIRMED.value) & (
        extract("year", HourEntry.served_on) == year)
    quarters, served = session.execute(select(
        func.coalesce(func.sum(HourEntry.quarters), 0),
        func.count(func.distinct(HourEntry.volunteer_id))).where(confirmed)).one()
    return {
        "teams": int(session.execute(select(func.count()).select_from(VolunteerTeam)).scalar_one()),
        "members": int(session.execute(select(func.count()).select_from(Volunteer)
                                       .where(members)).scalar_one()),
        "registered": int(session.execute(select(func.count()).select_from(Volunteer).where(
            members, Volunteer.platform_no != "")).scalar_one()),
        "served": int(served),
        "hours": round(int(quarters) / 4, 2),
    }
