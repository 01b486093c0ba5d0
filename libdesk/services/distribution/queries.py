"""The SQL behind batch lists: one summary row per batch with its counts, filtered and sorted
in the database (the batch table may hold years of batches)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, case, extract, func, or_, select
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.branches.tables import Branch
from libdesk.models.distribution.tables import (
    BatchBox,
    BoxCondition,
    BatchItem,
    BatchKind,
    BatchStatus,
    Direction,
    DistributionBatch,
)
from libdesk.models.distribution.records import BatchSummary, BoxInfo, ItemLine
from libdesk.models.errors import QT_TRANSLATE_NOOP, NotFound
from libdesk.services.base import ListQuery, like_pattern

B = DistributionBatch
_ship_dir = case((B.kind == BatchKind.RECALL.value, Direction.BACK.value),
                 else_=Direction.OUT.value)

_items = (
    select(BatchItem.batch_id.label("batch_id"),
           func.sum(case((BatchItem.direction == Direction.OUT.value, BatchItem.copies),
                         else_=0)).label("copies_out"),
           func.sum(case((BatchItem.direction == Direction.BACK.value, BatchItem.copies),
                         else_=0)).label("copies_back"))
    .group_by(BatchItem.batch_id).subquery("item_totals")
)
_titles = (
    select(BatchItem.batch_id.label("batch_id"), BatchItem.direction.label("direction"),
           func.count(func.distinct(case((BatchItem.isbn != "", BatchItem.isbn),
                                         else_="~" + BatchItem.title))).label("titles"))
    .group_by(BatchItem.batch_id, BatchItem.direction).subquery("title_totals")
)
_boxes = (
    select(BatchBox.batch_id.label("batch_id"), func.count().label("boxes"),
           func.count(BatchBox.received_at).label("received"),
           func.sum(case((BatchBox.condition == BoxCondition.MISSING.value, 1), else_=0))
           .label("missing"),
           func.sum(case((BatchBox.condition == BoxCondition.DAMAGED.value, 1), else_=0))
           .label("damaged"))
    .group_by(BatchBox.batch_id).subquery("box_totals")
)
_box_guess = (  # before packing, the boxes the items name
    select(BatchItem.batch_id.label("batch_id"),
           func.count(func.distinct(BatchItem.box_no)).label("boxes"))
    .select_from(BatchItem).join(B, B.id == BatchItem.batch_id)
    .where(BatchItem.direction == _ship_dir)
    .group_by(BatchItem.batch_id).subquery("box_guess")
)

COLUMNS = [B.id, B.number, B.branch_id, Branch.name, B.kind, B.status, B.planned_on, B.staff,
           func.coalesce(_titles.c.titles, 0), func.coalesce(_items.c.copies_out, 0),
           func.coalesce(_items.c.copies_back, 0),
           func.coalesce(_boxes.c.boxes, _box_guess.c.boxes, 0),
           func.coalesce(_boxes.c.received, 0), B.shipped_at, B.received_at, B.received_by,
           B.notes, func.coalesce(_boxes.c.missing, 0), func.coalesce(_boxes.c.damaged, 0)]

SORT = {
    "number": B.number, "branch": Branch.name_key, "kind": B.kind, "status": B.status,
    "planned_on": B.planned_on, "staff": B.staff, "titles_out": _titles.c.titles,
    "copies_out": _items.c.copies_out, "copies_back": _items.c.copies_back,
    "boxes": _boxes.c.boxes, "shipped_at": B.shipped_at, "received_at": B.received_at,
}


def overdue_cutoff(days: int) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


def filtered(columns, query: ListQuery, cutoff: datetime):
    stmt = (select(*columns).select_from(B).join(Branch, Branch.id == B.branch_id)
            .outerjoin(_items, _items.c.batch_id == B.id)
            .outerjoin(_titles, and_(_titles.c.batch_id == B.id,
                                     _titles.c.direction == _ship_dir))
            .outerjoin(_boxes, _boxes.c.batch_id == B.id)
            .outerjoin(_box_guess, _box_guess.c.batch_id == B.id))
    text = query.text.strip()
    if text:
        pattern = like_pattern(text)
        stmt = stmt.where(or_(*(c.like(pattern, escape="\\") for c in (
            B.number, Branch.name, B.staff, B.notes, B.received_by))))
    filters = query.filters
    for key, column in (("status", B.status), ("kind", B.kind), ("branch_id", B.branch_id),
                        ("year", B.year)):
        if filters.get(key):
            stmt = stmt.where(column == filters[key])
    # from the statistics charts: batches of one month, of one point category (0: none),
    # that left the library
    if filters.get("month"):
        stmt = stmt.where(extract("month", func.coalesce(B.planned_on, B.shipped_at))
                          == int(filters["month"]))
    if filters.get("category_id") is not None:
        category = filters["category_id"]
        stmt = stmt.where(Branch.category_id == category if category else
                          Branch.category_id.is_(None))
    if filters.get("gone_out"):
        stmt = stmt.where(B.status.in_([BatchStatus.SHIPPED.value, BatchStatus.RECEIVED.value,
                                        BatchStatus.COMPLETED.value]))
    if filters.get("overdue"):
        stmt = stmt.where(B.status == BatchStatus.SHIPPED.value, B.shipped_at < cutoff)
    if filters.get("open"):
        stmt = stmt.where(B.status.in_([BatchStatus.DRAFT.value, BatchStatus.PACKED.value,
                                        BatchStatus.SHIPPED.value]))
    return stmt


def order(query: ListQuery):
    key = SORT.get(query.sort or "number", B.number)
    return [key.desc() if query.descending else key.asc(), B.id.desc()]


def summary(row, cutoff: datetime) -> BatchSummary:
    shipped_at = row[13]
    if shipped_at is not None and shipped_at.tzinfo is None:
        shipped_at = shipped_at.replace(tzinfo=timezone.utc)
    overdue = row[5] == BatchStatus.SHIPPED.value and shipped_at is not None and \
        shipped_at < cutoff
    return BatchSummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                        int(row[8]), int(row[9]), int(row[10]), int(row[11]), int(row[12]),
                        shipped_at, row[14], row[15], row[16], overdue,
                        int(row[17] or 0), int(row[18] or 0))


def summary_of(session: Session, batch_id: int, cutoff: datetime) -> BatchSummary:
    row = session.execute(filtered(COLUMNS, ListQuery(), cutoff).where(B.id == batch_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Batch #{id} no longer exists."), id=batch_id)
    return summary(row, cutoff)


def item_line(i: BatchItem) -> ItemLine:
    return ItemLine(i.id, i.position, i.direction, i.isbn, i.title, i.author, i.publisher,
                    i.call_number, i.issue, i.copies, i.box_no, i.source,
                    i.donation_line_id, i.version)


def item_lines(session: Session, batch_id: int, direction: str | None = None) -> list[ItemLine]:
    stmt = select(BatchItem).where(BatchItem.batch_id == batch_id)
    if direction:
        stmt = stmt.where(BatchItem.direction == direction)
    stmt = stmt.order_by(BatchItem.direction.desc(), BatchItem.box_no, BatchItem.position,
                         BatchItem.id)
    return [item_line(i) for i in session.execute(stmt).scalars()]


def box_infos(session: Session, batch_id: int) -> list[BoxInfo]:
    return [BoxInfo(b.box_no, b.item_count, b.title_count, b.received_at, b.received_by,
                    b.condition, b.condition_note)
            for b in session.execute(select(BatchBox).where(BatchBox.batch_id == batch_id)
                                     .order_by(BatchBox.box_no)).scalars()]


def batch_id_for(session: Session, number: str) -> int:
    found = session.execute(select(B.id).where(B.number == number.strip().upper())).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "There is no batch numbered {number}."), number=number.strip())
    return found[0]



def load_batch(session: Session, batch_id: int) -> DistributionBatch:
    batch = session.get(DistributionBatch, batch_id)
    if batch is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Batch #{id} no longer exists."), id=batch_id)
    return batch


def touch(batch: DistributionBatch) -> None:
    batch.updated_at = utcnow()
