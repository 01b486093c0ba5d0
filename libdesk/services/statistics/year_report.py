"""The year's outreach statistics, counted the way the annual report prints them.

The summary follows the report's table 6 (业务统计情况表) for the lines the outreach work
feeds — 十六 volunteer teams and members, 十七 mobile service and the number of branches —
and the prose figures of the year's review (接收捐书 26025 册, 配送图书 27000 余册, 赠送期刊
5000 余册, 服务时长累计 53876.85 小时). Every figure stands beside the year before's. Counts
of points, teams and volunteers are as they stood at the year's end (see ``counts``). The
detail tables come from the areas that keep them: table 14 (the points), distribution per
point, table 15 (top-10 donors), tables 16 and 17 (themed and daily volunteer services).
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import extract, select

from libdesk.models.base import utcnow
from libdesk.models.distribution.tables import DistributionBatch
from libdesk.models.donations.tables import Donation
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.statistics.records import Comparison, SummaryLine, YearReport
from libdesk.models.statistics.tables import MobileService, VolunteerPlatformYear
from libdesk.models.volunteers.tables import HourEntry
from libdesk.services.statistics import counts
from libdesk.services.statistics.figures import TypedFigures
from libdesk.models.outreach.tables import MobileOuting
from libdesk.services.outreach.stats import logged_months, mark_typed, outreach_summary
from libdesk.spreadsheets import statistics as workbook

MAX_YEARS = 30  # the most years one comparison table holds


class StatisticsService(TypedFigures):
    """The year's figures; the typed ones (mobile service, the platform) in ``figures``."""

    def __init__(self, ctx, donors, distribution, volunteer_reports) -> None:
        super().__init__(ctx)
        self._donors = donors
        self._distribution = distribution
        self._volunteer_reports = volunteer_reports

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
            found |= {y for (y,) in session.execute(select(VolunteerPlatformYear.year))}
            found |= {int(y) for (y,) in session.execute(
                select(extract("year", MobileOuting.served_on)).distinct()) if y}
            found |= {y for (y,) in session.execute(select(DistributionBatch.year).distinct())}
        return found

    def summary(self, year: int) -> list[SummaryLine]:
        """The year's summary figures (without the year before)."""
        total = self._distribution.year_totals(year)
        with self.store.read() as session:
            point_count, _categories, _listed = counts.points(session, year)
            d = counts.donations(session, year)
            v = counts.volunteers(session, year)
            outreach = [SummaryLine(*line) for line in outreach_summary(session, year)]
            at_points = counts.books_at_points(session, year)
            platform = counts.platform(session, year)
        t = total[-1]
        s = SummaryLine
        return [
            s("十六、志愿者服务", "志愿者服务队伍数", "个", v["teams"]),
            s("十六、志愿者服务", "志愿者服务队伍人数", "人", v["members"]),
            s("十六、志愿者服务", "其中：在平台注册", "人", v["registered"]),
            s("十六、志愿者服务", "本年参加服务人数", "人", v["served"]),
            s("十六、志愿者服务", "志愿服务时长（已确认）", "小时", v["hours"]),
            s("十六、志愿者服务", "“太原志愿者”平台注册人数", "人",
              platform.registered if platform else 0),
            s("十六、志愿者服务", "实地登记注册人数", "人",
              platform.registered_on_site if platform else 0),
            s("十六、志愿者服务", "服务时长累计（平台）", "小时", platform.hours if platform else 0),
            # 流动服务: the outing log, or the typed monthly totals of months without outings
            *[line for line in outreach if line.section.startswith("十七")],
            s("十七、图书馆延伸服务情况", "分馆数量", "个", point_count),
            s("图书配送", "配送批次", "批", t.batches),
            s("图书配送", "配送图书", "册", t.books_out),
            s("图书配送", "赠送期刊", "册", t.periodicals_out),
            s("图书配送", "流通替换收回", "册", t.books_back),
            s("图书配送", "签收时缺失的箱", "箱", t.boxes_missing),
            s("图书配送", "签收时破损的箱", "箱", t.boxes_damaged),
            s("图书配送", "服务的分馆与服务点", "个", len(total) - 1),
            s("图书配送", "年底分馆配送图书", "册", at_points),
            s("社会捐赠", "接收捐赠", "次", d["donations"]),
            s("社会捐赠", "捐赠人", "位", d["donors"]),
            s("社会捐赠", "接收捐书", "册", d["volumes"]),
            s("社会捐赠", "其中：种数", "种", d["titles"]),
            s("社会捐赠", "实物等", "件", d["items"]),
            s("社会捐赠", "评估入藏", "册", d["collected"]),
            s("社会捐赠", "转配分馆", "册", d["to_branches"]),
            s("社会捐赠", "颁发捐赠证书", "份", d["donation_certificates"]),
            s("社会捐赠", "颁发收藏证书", "份", d["collection_certificates"]),
            *[line for line in outreach if not line.section.startswith("十七")],
        ]

    def year_report(self, year: int) -> YearReport:
        report = YearReport(year=year)
        before = {line.item: line.value for line in self.summary(year - 1)}
        report.summary = [SummaryLine(line.section, line.item, line.unit, line.value,
                                      before.get(line.item)) for line in self.summary(year)]
        with self.store.read() as session:
            _count, report.categories, report.points = counts.points(session, year)
            logged = logged_months(session, year)  # these months count the outing log
        report.distribution = self._distribution.year_totals(year)
        report.top_donors = self._donors.top(year, 10)
        report.theme_services = self._volunteer_reports.theme_table(year)
        report.daily_services = self._volunteer_reports.daily_table(year)
        report.mobile = mark_typed(self.mobile_rows(year), logged)
        return report

    def compare(self, first: int, last: int) -> Comparison:
        """Every summary figure of the years ``first`` to ``last``, one column a year."""
        if last < first:
            first, last = last, first
        if last - first >= MAX_YEARS or first < 1900 or last > 2999:
            raise ValidationFailed([Problem("years", QT_TRANSLATE_NOOP(
                "Errors", "Compare at most {count} years between 1900 and 2999, e.g. "
                "2019-2020."), {"count": MAX_YEARS})])
        years = list(range(first, last + 1))
        per_year = [self.summary(year) for year in years]
        rows = [(line.section, line.item, line.unit, [lines[i].value for lines in per_year])
                for i, line in enumerate(per_year[0])]
        return Comparison(years, rows)

    # -- files -----------------------------------------------------------------------------
    def export_year(self, year: int, path: Path) -> Path:
        self.require(Perm.EXPORT)
        return workbook.write_year(path, self.year_report(year))

    def export_comparison(self, first: int, last: int, path: Path) -> Path:
        self.require(Perm.EXPORT)
        return workbook.write_comparison(path, self.compare(first, last))

    def print_report(self, year: int, path: Path, charts) -> Path:
        """The annual report's outreach section for ``year`` as a PDF (A4, Chinese)."""
        self.require(Perm.EXPORT)
        from libdesk.printing import statistics_report  # reportlab: only when printing

        return statistics_report.write_report(path, self.year_report(year),
                                              charts.all_charts(year))
