"""What went to each point and what came back, year totals, and where a donor's books went.

Totals count the way the annual report does ("配送图书 27000 余册，赠送期刊 5000 余册"):
copies (册) of batches that actually left the library (已发出, 已签收, 已完成), books of
新书配送 and 流通替换 separately from periodicals of 期刊赠送, in the batch's year.
"""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import case, func, select

from libdesk.models.branches.tables import Branch
from libdesk.models.distribution.tables import (
    BatchBox,
    BatchItem,
    BoxCondition,
    BatchKind,
    BatchStatus,
    Direction,
    DistributionBatch,
)
from libdesk.models.distribution.records import BatchSummary, OnSiteTitle, PointTotals
from libdesk.services.base import ListQuery, ServiceBase
from libdesk.services.distribution.batches import BatchService

B = DistributionBatch
GONE_OUT = (BatchStatus.SHIPPED.value, BatchStatus.RECEIVED.value, BatchStatus.COMPLETED.value)
AT_POINT = (BatchStatus.RECEIVED.value, BatchStatus.COMPLETED.value)
_BOOKS = (BatchKind.NEW_BOOKS.value, BatchKind.SWAP.value)


class DistributionReportService(ServiceBase):
    """Each point's history and books on site, and the year's totals."""

    def __init__(self, ctx, batches: BatchService) -> None:
        super().__init__(ctx)
        self._batches = batches

    def history(self, branch_id: int) -> list[BatchSummary]:
        """Every batch to or from the point, newest first."""
        query = ListQuery(filters={"branch_id": branch_id}, sort="number", descending=True)
        return self._batches.page(query, 0, self._batches.count(query))

    def on_site(self, branch_id: int) -> list[OnSiteTitle]:
        """Books out there now: received out minus back, per ISBN (or title), in title order."""
        signed = case((BatchItem.direction == Direction.OUT.value, BatchItem.copies),
                      else_=-BatchItem.copies)
        back_now = (B.status.in_(GONE_OUT)) & (BatchItem.direction == Direction.BACK.value)
        counted = (B.status.in_(AT_POINT)) | back_now
        key = case((BatchItem.isbn != "", BatchItem.isbn), else_="~" + BatchItem.title)
        stmt = (select(func.max(BatchItem.isbn), func.max(BatchItem.title), func.sum(signed))
                .select_from(BatchItem).join(B, B.id == BatchItem.batch_id)
                .where(B.branch_id == branch_id, B.kind != BatchKind.PERIODICALS.value, counted)
                .group_by(key).having(func.sum(signed) > 0).order_by(func.max(BatchItem.title)))
        with self.store.read() as session:
            return [OnSiteTitle(r[0] or "", r[1] or "", int(r[2])) for r in session.execute(stmt)]

    def year_totals(self, year: int) -> list[PointTotals]:
        """One row per point that had batches in ``year`` (in report order), then the overall
        row with ``branch_id`` 0 and the name 合计."""
        out = BatchItem.direction == Direction.OUT.value
        books_out = func.sum(case((out & B.kind.in_(_BOOKS), BatchItem.copies), else_=0))
        titles_out = func.count(func.distinct(case((out & B.kind.in_(_BOOKS), BatchItem.isbn))))
        periodicals = func.sum(case((out & (B.kind == BatchKind.PERIODICALS.value),
                                     BatchItem.copies), else_=0))
        back = func.sum(case((BatchItem.direction == Direction.BACK.value, BatchItem.copies),
                             else_=0))
        base = (select(func.count(func.distinct(B.id)), books_out, titles_out, periodicals, back)
                .select_from(B).join(BatchItem, BatchItem.batch_id == B.id)
                .where(B.year == year, B.status.in_(GONE_OUT)))
        per_point = (base.add_columns(Branch.id, Branch.name).join(Branch, Branch.id == B.branch_id)
                     .group_by(Branch.id, Branch.name, Branch.number).order_by(Branch.number))
        with self.store.read() as session:
            rows = [PointTotals(r[5], r[6], year, int(r[0]), int(r[1] or 0), int(r[2] or 0),
                                int(r[3] or 0), int(r[4] or 0))
                    for r in session.execute(per_point)]
            total = session.execute(base).one()
            boxes = self._box_discrepancies(session, year)
        rows.append(PointTotals(0, "合计", year, int(total[0]), int(total[1] or 0),
                                int(total[2] or 0), int(total[3] or 0), int(total[4] or 0)))
        # boxes recorded missing / damaged on receiving
        return [replace(row, boxes_missing=boxes.get(row.branch_id, (0, 0))[0],
                        boxes_damaged=boxes.get(row.branch_id, (0, 0))[1]) for row in rows]

    @staticmethod
    def _box_discrepancies(session, year: int) -> dict[int, tuple[int, int]]:
        missing = func.sum(case((BatchBox.condition == BoxCondition.MISSING.value, 1), else_=0))
        damaged = func.sum(case((BatchBox.condition == BoxCondition.DAMAGED.value, 1), else_=0))
        out: dict[int, tuple[int, int]] = {}
        for branch_id, m, d in session.execute(
                select(B.branch_id, missing, damaged).select_from(BatchBox)
                .join(B, B.id == BatchBox.batch_id)
                .where(B.year == year, B.status.in_(GONE_OUT), BatchBox.condition != "")
                .group_by(B.branch_id)):
            out[branch_id] = (int(m or 0), int(d or 0))
        out[0] = (sum(m for m, _ in out.values()), sum(d for _, d in out.values()))
        return out
