"""The year's figures counted from the records as they stood in that year: a point counts
from its opening (or listing) day until it closed, a team from the day it was formed, a
volunteer from joining until leaving, books at the points from the batches up to the year's
end. Every function reads inside the caller's session."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import and_, case, extract, func, or_, select

from libdesk.models.branches.status import BranchStatus
from libdesk.models.branches.tables import Branch, BranchCategory
from libdesk.models.distribution.tables import BatchItem, BatchKind, BatchStatus, Direction
from libdesk.models.distribution.tables import DistributionBatch as B
from libdesk.models.donations.certificates import Certificate, CertificateKind, CertificateStatus
from libdesk.models.donations.tables import Donation, DonationLine, Evaluation, Unit
from libdesk.models.statistics.records import PlatformFigures, PointListed
from libdesk.models.statistics.tables import VolunteerPlatformYear
from libdesk.models.volunteers.tables import (HourEntry, HourStatus, Volunteer, VolunteerStatus,
                                              VolunteerTeam)

_AT_POINT = (BatchStatus.RECEIVED.value, BatchStatus.COMPLETED.value)
_GONE_OUT = (BatchStatus.SHIPPED.value,) + _AT_POINT


def _end(year: int) -> date:
    return date(year, 12, 31)


def _next_start(year: int) -> datetime:
    return datetime(year + 1, 1, 1, tzinfo=timezone.utc)


def point_standing(year: int):
    """The condition that a point was in service at the end of ``year``."""
    end = _end(year)
    started = or_(Branch.opened_on <= end,
                  and_(Branch.opened_on.is_(None), Branch.listed_on <= end),
                  and_(Branch.opened_on.is_(None), Branch.listed_on.is_(None),
                       Branch.created_at < _next_start(year)))
    open_then = or_(Branch.status != BranchStatus.CLOSED.value, Branch.closed_on > end)
    return and_(started, open_then)


def points(session, year: int) -> tuple[int, list[tuple[str, int]], list[PointListed]]:
    """How many points stood at the year's end, how many per category, and table 14."""
    rows = session.execute(
        select(Branch.number, Branch.name, func.coalesce(BranchCategory.name, ""))
        .outerjoin(BranchCategory, BranchCategory.id == Branch.category_id)
        .where(point_standing(year))
        .order_by(Branch.number)).all()
    listed = [PointListed(int(n), name, category or "（未分类）") for n, name, category in rows]
    order = [name for (name,) in session.execute(
        select(BranchCategory.name).order_by(BranchCategory.sort_order, BranchCategory.id))]
    counts: dict[str, int] = {}
    for point in listed:
        counts[point.category] = counts.get(point.category, 0) + 1
    categories = sorted(counts.items(), key=lambda kv: (
        order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    return len(listed), categories, listed


def volunteer_standing(year: int):
    end = _end(year)
    joined = or_(Volunteer.joined_on <= end,
                 and_(Volunteer.joined_on.is_(None), Volunteer.created_at < _next_start(year)))
    still = or_(Volunteer.status != VolunteerStatus.LEFT.value, Volunteer.left_on > end)
    return and_(joined, still)


def volunteers(session, year: int) -> dict[str, float | int]:
    standing = volunteer_standing(year)
    confirmed = (HourEntry.status == HourStatus.CONFIRMED.value) & (
        extract("year", HourEntry.served_on) == year)
    hundredths, served = session.execute(select(
        func.coalesce(func.sum(HourEntry.hundredths), 0),
        func.count(func.distinct(HourEntry.volunteer_id))).where(confirmed)).one()
    teams = session.execute(select(func.count()).select_from(VolunteerTeam).where(
        or_(VolunteerTeam.created_on.is_(None), VolunteerTeam.created_on <= _end(year))))
    count = select(func.count()).select_from(Volunteer).where(standing)
    return {
        "teams": int(teams.scalar_one()),
        "members": int(session.execute(count).scalar_one()),
        "registered": int(session.execute(count.where(Volunteer.platform_no != "")).scalar_one()),
        "served": int(served),
        "hours": round(int(hundredths) / 100, 2),
    }


def donations(session, year: int) -> dict[str, int]:
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
    issued = dict(session.execute(
        select(Certificate.kind, func.count(Certificate.id))
        .where(extract("year", Certificate.issued_on) == year,
               Certificate.status == CertificateStatus.VALID.value)
        .group_by(Certificate.kind)).all())
    return {"donations": int(heads[0]), "donors": int(heads[1]), "volumes": int(lines[0]),
            "titles": int(lines[1]), "items": int(lines[2]), "collected": int(lines[3]),
            "to_branches": int(lines[4]),
            "donation_certificates": int(issued.get(CertificateKind.DONATION.value, 0)),
            "collection_certificates": int(issued.get(CertificateKind.COLLECTION.value, 0))}


def books_at_points(session, year: int) -> int:
    """Books (not periodicals) at the points at the year's end by the distribution records:
    copies received there in batches of that year or before, less copies sent back."""
    signed = case(((BatchItem.direction == Direction.OUT.value) & B.status.in_(_AT_POINT),
                   BatchItem.copies),
                  ((BatchItem.direction == Direction.BACK.value) & B.status.in_(_GONE_OUT),
                   -BatchItem.copies), else_=0)
    total = session.execute(select(func.coalesce(func.sum(signed), 0)).select_from(BatchItem)
                            .join(B, B.id == BatchItem.batch_id)
                            .where(B.year <= year, B.kind != BatchKind.PERIODICALS.value))
    return max(int(total.scalar_one()), 0)


def platform(session, year: int) -> PlatformFigures | None:
    row = session.execute(select(VolunteerPlatformYear).where(
        VolunteerPlatformYear.year == year)).scalar_one_or_none()
    if row is None:
        return None
    return PlatformFigures(row.year, row.registered, row.registered_on_site, row.hundredths)
