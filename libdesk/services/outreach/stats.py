"""The outreach figures of the year's statistics.

Mobile service (流动服务借阅人次 / 册次): month by month, a month with logged outings counts
the log; a month without any counts the hand-typed monthly totals (``MobileService``, kept
for past years), which the statistics mark as typed. Events, visits, transfers and gifts are
counted from their records."""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import extract, func, select
from sqlmodel import Session

from libdesk.models.distribution.tables import BatchStatus, DistributionBatch
from libdesk.models.outreach.gifts import GiftStatus, OutgoingGift
from libdesk.models.outreach.tables import MobileOuting, PointEvent, PointVisit, VisitKind
from libdesk.models.outreach.transfers import CollectionTransfer, TransferLine, TransferPacking
from libdesk.models.statistics.tables import MobileService

LOGGED, TYPED = "log", "typed"


@dataclass(frozen=True)
class MobileMonth:
    month: int
    source: str      # "log" or "typed"
    outings: int
    visits: int      # 借阅人次 (readers served)
    loans: int       # 借阅册次


def mobile_months(session: Session, year: int) -> list[MobileMonth]:
    """The twelve months' figures (months without any figures left out)."""
    m = MobileOuting
    month = extract("month", m.served_on)
    logged = {int(r[0]): r[1:] for r in session.execute(
        select(month, func.count(m.id), func.sum(m.readers), func.sum(m.loans))
        .where(extract("year", m.served_on) == year).group_by(month))}
    typed = {int(r[0]): r[1:] for r in session.execute(
        select(MobileService.month, func.sum(MobileService.visits),
               func.sum(MobileService.loans))
        .where(MobileService.year == year).group_by(MobileService.month))}
    months = []
    for number in range(1, 13):
        if number in logged:
            count, visits, loans = logged[number]
            months.append(MobileMonth(number, LOGGED, int(count), int(visits or 0),
                                      int(loans or 0)))
        elif number in typed:
            visits, loans = typed[number]
            months.append(MobileMonth(number, TYPED, 0, int(visits or 0), int(loans or 0)))
    return months


def logged_months(session: Session, year: int) -> set[int]:
    return {m.month for m in mobile_months(session, year) if m.source == LOGGED}


def mark_typed(rows: list, logged: set[int]) -> list:
    """The hand-typed monthly rows, their notes saying they are typed and whether the month
    counts them (a month with logged outings counts the log instead)."""
    marked = []
    for row in rows:
        mark = "手填（本月按流动服务记录统计，不计入）" if row.month in logged else "手填"
        marked.append(replace(row, notes=f"{mark} {row.notes}".strip()))
    return marked


def outreach_summary(session: Session, year: int) -> list[tuple[str, str, str, int | float]]:
    """(section, item, unit, value) lines for the year's summary."""
    months = mobile_months(session, year)
    visits = sum(m.visits for m in months)
    loans = sum(m.loans for m in months)
    outings = sum(m.outings for m in months)
    e, v = PointEvent, PointVisit
    events = session.execute(select(func.count(e.id), func.coalesce(func.sum(e.participants), 0))
                             .where(extract("year", e.held_on) == year)).one()
    visit_counts = dict(session.execute(
        select(v.kind, func.count(v.id)).where(extract("year", v.visited_on) == year)
        .group_by(v.kind)).all())
    t = CollectionTransfer
    in_year = extract("year", t.transferred_on) == year
    transfers = session.execute(select(func.count(func.distinct(t.id)),
                                       func.coalesce(func.sum(TransferLine.copies), 0))
                                .select_from(t).outerjoin(TransferLine,
                                                          TransferLine.transfer_id == t.id)
                                .where(in_year)).one()
    packed = session.execute(
        select(func.coalesce(func.sum(TransferPacking.copies), 0))
        .select_from(TransferPacking)
        .join(TransferLine, TransferLine.id == TransferPacking.line_id)
        .join(t, t.id == TransferLine.transfer_id)
        .join(DistributionBatch, DistributionBatch.id == TransferPacking.batch_id)
        .where(in_year, DistributionBatch.status != BatchStatus.CANCELLED.value)).scalar_one()
    g = OutgoingGift
    gifts = session.execute(select(func.count(g.id), func.count(func.distinct(g.recipient)),
                                   func.coalesce(func.sum(g.volumes), 0)).where(
        extract("year", g.given_on) == year, g.status == GiftStatus.VALID.value)).one()
    s17, out = "十七、图书馆延伸服务情况", "馆外服务"
    return [
        (s17, "流动服务借阅人次", "人次", visits),
        (s17, "流动服务借阅册次", "册次", loans),
        (s17, "其中：流动服务记录场次", "场", outings),
        (out, "分馆阅读活动", "场", int(events[0])),
        (out, "阅读活动参加人数", "人次", int(events[1])),
        (out, "业务指导", "次", int(visit_counts.get(VisitKind.GUIDANCE.value, 0))),
        (out, "技术服务", "次", int(visit_counts.get(VisitKind.TECHNICAL.value, 0))),
        (out, "馆藏调拨至馆外流通部", "次", int(transfers[0])),
        (out, "调拨图书", "册", int(transfers[1])),
        (out, "其中：已装入配送批次", "册", int(packed)),
        (out, "对外赠书", "次", int(gifts[0])),
        (out, "受赠单位", "个", int(gifts[1])),
        (out, "赠送图书", "册", int(gifts[2])),
    ]
