"""The statistics tab's and the printed section's charts: each a chosen year beside the year
before, every bar carrying the list filter that opens the records behind it in the tab that
owns them (distribution batches, donations, hour entries)."""
from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy import case, extract, func, literal_column, select

from libdesk.models.branches.tables import Branch, BranchCategory
from libdesk.models.distribution.tables import BatchItem, BatchKind, BatchStatus, Direction
from libdesk.models.distribution.tables import DistributionBatch as B
from libdesk.models.donations.tables import Donation, DonationLine, Unit
from libdesk.models.statistics.records import Bar, Chart
from libdesk.models.volunteers.tables import HourEntry, HourStatus, Volunteer, VolunteerTeam
from libdesk.services.base import ServiceBase

GONE_OUT = (BatchStatus.SHIPPED.value, BatchStatus.RECEIVED.value, BatchStatus.COMPLETED.value)
_BOOKS = (BatchKind.NEW_BOOKS.value, BatchKind.SWAP.value)
MONTHS = [f"{m}月" for m in range(1, 13)]
TOP = 10  # bars in the charts of points and teams
CHART_KEYS = ("books_by_month", "books_by_category", "donations_by_month", "donors_by_month",
              "hours_by_month", "hours_by_team", "top_points")

_books_out = func.sum(case(((BatchItem.direction == Direction.OUT.value)
                            & B.kind.in_(_BOOKS), BatchItem.copies), else_=0))
_batch_month = extract("month", func.coalesce(B.planned_on, B.shipped_at))


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


class ChartService(ServiceBase):
    """Read-only: the series behind each chart, computed with GROUP BY in the database."""

    def chart(self, key: str, year: int) -> Chart:
        return getattr(self, key)(year)

    def all_charts(self, year: int) -> list[Chart]:
        return [self.chart(key, year) for key in CHART_KEYS]

    def _by_month(self, key, title, unit, year, query, records) -> Chart:
        series = []
        for y in (year - 1, year):
            with self.store.read() as session:
                found = {int(m): float(v or 0) for m, v in session.execute(query(y)) if m}
            series.append((y, [Bar(MONTHS[m - 1], found.get(m, 0.0), records(y, m))
                               for m in range(1, 13)]))
        return Chart(key, title, unit, series)

    def _ranked(self, key, title, unit, year, query, records) -> Chart:
        """Bars for the top keys of ``year`` (by value), the year before beside them."""
        with self.store.read() as session:
            now = [(k, label, float(v or 0)) for k, label, v in session.execute(query(year))]
            before = {k: float(v or 0) for k, _label, v in session.execute(query(year - 1))}
        now.sort(key=lambda r: (-r[2], str(r[1])))
        now = now[:TOP]
        return Chart(key, title, unit, [
            (year - 1, [Bar(label, before.get(k, 0.0), records(year - 1, k))
                        for k, label, _v in now]),
            (year, [Bar(label, v, records(year, k)) for k, label, v in now])])

    # -- distribution ----------------------------------------------------------------------
    def _batches(self, year: int):
        return (select().select_from(B).join(BatchItem, BatchItem.batch_id == B.id)
                .where(B.year == year, B.status.in_(GONE_OUT)))

    def books_by_month(self, year: int) -> Chart:
        return self._by_month(
            "books_by_month", "各月配送图书", "册", year,
            lambda y: self._batches(y).add_columns(_batch_month, _books_out).group_by(_batch_month),
            lambda y, m: {"tab": "distribution", "year": y, "month": m, "gone_out": True})

    def books_by_category(self, year: int) -> Chart:
        name = func.coalesce(BranchCategory.name, "（未分类）")
        # written out, not bound: PostgreSQL must see the grouped expression as the selected one
        category = func.coalesce(Branch.category_id, literal_column("0"))
        return self._ranked(
            "books_by_category", "按分馆类别配送图书", "册", year,
            lambda y: (self._batches(y).add_columns(category, func.min(name), _books_out)
                       .join(Branch, Branch.id == B.branch_id)
                       .outerjoin(BranchCategory, BranchCategory.id == Branch.category_id)
                       .group_by(category)),
            lambda y, k: {"tab": "distribution", "year": y, "category_id": k, "gone_out": True})

    def top_points(self, year: int) -> Chart:
        return self._ranked(
            "top_points", f"接收图书最多的{TOP}个分馆", "册", year,
            lambda y: (self._batches(y).add_columns(Branch.id, func.min(Branch.name), _books_out)
                       .join(Branch, Branch.id == B.branch_id).group_by(Branch.id)),
            lambda y, k: {"tab": "distribution", "year": y, "branch_id": k, "gone_out": True})

    # -- donations -------------------------------------------------------------------------
    def _donations(self, year: int, *columns):
        month = extract("month", Donation.received_on)
        return (select(month, *columns).select_from(Donation)
                .where(extract("year", Donation.received_on) == year).group_by(month))

    @staticmethod
    def _donation_records(y: int, m: int) -> dict:
        first, last = _month_range(y, m)
        return {"tab": "donations", "year": y, "date_from": first, "date_to": last}

    def donations_by_month(self, year: int) -> Chart:
        volumes = func.sum(case((DonationLine.unit != Unit.ITEM.value, DonationLine.quantity),
                                else_=0))
        return self._by_month(
            "donations_by_month", "各月接收捐赠图书", "册", year,
            lambda y: self._donations(y, volumes).join(
                DonationLine, DonationLine.donation_id == Donation.id),
            self._donation_records)

    def donors_by_month(self, year: int) -> Chart:
        return self._by_month(
            "donors_by_month", "各月捐赠人", "位", year,
            lambda y: self._donations(y, func.count(func.distinct(Donation.donor_id))),
            self._donation_records)

    # -- volunteers ------------------------------------------------------------------------
    def _hours(self, year: int):
        return (select().select_from(HourEntry)
                .where(HourEntry.status == HourStatus.CONFIRMED.value,
                       HourEntry.served_on >= date(year, 1, 1),
                       HourEntry.served_on <= date(year, 12, 31)))

    def hours_by_month(self, year: int) -> Chart:
        month = extract("month", HourEntry.served_on)

        def records(y: int, m: int) -> dict:
            first, last = _month_range(y, m)
            return {"tab": "volunteers", "status": HourStatus.CONFIRMED.value,
                    "date_from": first, "date_to": last}

        return self._by_month(
            "hours_by_month", "各月志愿服务时长", "小时", year,
            lambda y: self._hours(y).add_columns(month, func.sum(HourEntry.hundredths) / 100.0)
            .group_by(month), records)

    def hours_by_team(self, year: int) -> Chart:
        return self._ranked(
            "hours_by_team", "各服务队志愿服务时长", "小时", year,
            lambda y: (self._hours(y).add_columns(VolunteerTeam.id, func.min(VolunteerTeam.name),
                                                  func.sum(HourEntry.hundredths) / 100.0)
                       .join(Volunteer, Volunteer.id == HourEntry.volunteer_id)
                       .join(VolunteerTeam, VolunteerTeam.id == Volunteer.team_id)
                       .group_by(VolunteerTeam.id)),
            lambda y, k: {"tab": "volunteers", "status": HourStatus.CONFIRMED.value,
                          "team_id": k, "date_from": date(y, 1, 1), "date_to": date(y, 12, 31)})
