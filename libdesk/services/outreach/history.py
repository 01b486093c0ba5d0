"""A point's history in one list: its distribution batches, the collection transfers meant
for it, the reading events held there, the guidance and technical-service visits staff made,
and the mobile-service outings to it — newest first."""
from __future__ import annotations

from sqlalchemy import func, select

from libdesk.models.outreach.records import HistoryEntry
from libdesk.models.outreach.tables import MobileOuting, PointEvent, PointVisit
from libdesk.models.outreach.transfers import CollectionTransfer, TransferLine
from libdesk.services.base import ServiceBase


class PointHistoryService(ServiceBase):
    def __init__(self, ctx, reports) -> None:
        super().__init__(ctx)
        self._reports = reports

    def history(self, branch_id: int) -> list[HistoryEntry]:
        entries = []
        for b in self._reports.history(branch_id):
            when = b.shipped_at or b.received_at
            day = when.date() if when is not None else b.planned_on
            entries.append(HistoryEntry(day, "batch", b.number, b.status, b.copies_out,
                                        b.copies_back, b.id))
        with self.store.read() as session:
            for e in session.execute(select(PointEvent).where(
                    PointEvent.branch_id == branch_id)).scalars():
                entries.append(HistoryEntry(e.held_on, "event", e.title, "", e.participants,
                                            0, e.id))
            for v in session.execute(select(PointVisit).where(
                    PointVisit.branch_id == branch_id)).scalars():
                entries.append(HistoryEntry(v.visited_on, "visit", v.topic, v.kind, 0, 0, v.id))
            for o in session.execute(select(MobileOuting).where(
                    MobileOuting.branch_id == branch_id)).scalars():
                entries.append(HistoryEntry(o.served_on, "outing", o.vehicle or o.place,
                                            o.staff, o.readers, o.loans, o.id))
            copies = (select(TransferLine.transfer_id, func.sum(TransferLine.copies).label("n"))
                      .group_by(TransferLine.transfer_id).subquery())
            for t, n in session.execute(
                    select(CollectionTransfer, copies.c.n)
                    .outerjoin(copies, copies.c.transfer_id == CollectionTransfer.id)
                    .where(CollectionTransfer.branch_id == branch_id)):
                entries.append(HistoryEntry(t.transferred_on, "transfer",
                                            t.purpose or t.project, t.source_dept,
                                            int(n or 0), 0, t.id))
        entries.sort(key=lambda e: (e.day is not None, e.day, e.kind, e.record_id), reverse=True)
        return entries
