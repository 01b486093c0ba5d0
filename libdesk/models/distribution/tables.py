"""Distribution batches (配送批次) to the points: the batch, its items and its boxes.

A batch travels as one unit: items are packed into numbered boxes, the boxes get signed
labels, and the point receives the batch box by box. A swap (流通替换) also carries the
books that come back (direction ``back``).
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Optional

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.errors import QT_TRANSLATE_NOOP

NUMBER_SERIES = "PS"  # 配送


class BatchKind(StrEnum):
    NEW_BOOKS = "new_books"      # 新书配送
    SWAP = "swap"                # 流通替换: books out and books back
    PERIODICALS = "periodicals"  # 期刊赠送
    RECALL = "recall"            # 回收


BATCH_KIND_LABELS = {
    BatchKind.NEW_BOOKS: QT_TRANSLATE_NOOP("BatchKind", "New books"),
    BatchKind.SWAP: QT_TRANSLATE_NOOP("BatchKind", "Circulation swap"),
    BatchKind.PERIODICALS: QT_TRANSLATE_NOOP("BatchKind", "Periodical gift"),
    BatchKind.RECALL: QT_TRANSLATE_NOOP("BatchKind", "Recall"),
}
# Printed documents and spreadsheets are Chinese whatever the UI language.
BATCH_KIND_ZH = {BatchKind.NEW_BOOKS: "新书配送", BatchKind.SWAP: "流通替换",
                 BatchKind.PERIODICALS: "期刊赠送", BatchKind.RECALL: "回收"}


class BatchStatus(StrEnum):
    DRAFT = "draft"          # 草稿
    PACKED = "packed"        # 已备齐
    SHIPPED = "shipped"      # 已发出
    RECEIVED = "received"    # 已签收
    COMPLETED = "completed"  # 已完成
    CANCELLED = "cancelled"  # 已取消


BATCH_STATUS_LABELS = {
    BatchStatus.DRAFT: QT_TRANSLATE_NOOP("BatchStatus", "Draft"),
    BatchStatus.PACKED: QT_TRANSLATE_NOOP("BatchStatus", "Packed"),
    BatchStatus.SHIPPED: QT_TRANSLATE_NOOP("BatchStatus", "Shipped"),
    BatchStatus.RECEIVED: QT_TRANSLATE_NOOP("BatchStatus", "Received"),
    BatchStatus.COMPLETED: QT_TRANSLATE_NOOP("BatchStatus", "Completed"),
    BatchStatus.CANCELLED: QT_TRANSLATE_NOOP("BatchStatus", "Cancelled"),
}
BATCH_STATUS_ZH = {BatchStatus.DRAFT: "草稿", BatchStatus.PACKED: "已备齐",
                   BatchStatus.SHIPPED: "已发出", BatchStatus.RECEIVED: "已签收",
                   BatchStatus.COMPLETED: "已完成", BatchStatus.CANCELLED: "已取消"}


class Direction(StrEnum):
    OUT = "out"    # 发出: from the central library to the point
    BACK = "back"  # 换回 / 回收: from the point back to the central library


DIRECTION_LABELS = {
    Direction.OUT: QT_TRANSLATE_NOOP("Direction", "Out"),
    Direction.BACK: QT_TRANSLATE_NOOP("Direction", "Back"),
}
DIRECTION_ZH = {Direction.OUT: "发出", Direction.BACK: "换回"}


class ItemSource(StrEnum):
    COLLECTION = "collection"  # 馆藏
    DONATION = "donation"      # 捐赠 (a donation line evaluated 转配分馆)


ITEM_SOURCE_LABELS = {
    ItemSource.COLLECTION: QT_TRANSLATE_NOOP("ItemSource", "Collection"),
    ItemSource.DONATION: QT_TRANSLATE_NOOP("ItemSource", "Donation"),
}
ITEM_SOURCE_ZH = {ItemSource.COLLECTION: "馆藏", ItemSource.DONATION: "捐赠"}


def shipping_direction(kind: str) -> Direction:
    """The items that travel in the labelled boxes: returns for a recall, else outgoing."""
    return Direction.BACK if kind == BatchKind.RECALL else Direction.OUT


class DistributionBatch(TableModel, table=True):
    __tablename__ = "distribution_batch"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(max_length=24, unique=True)  # PS-2020-0042
    year: int = Field(index=True)
    branch_id: int = Field(foreign_key="branch.id", index=True)
    kind: str = Field(max_length=20, index=True)
    status: str = Field(default=BatchStatus.DRAFT.value, max_length=20, index=True)
    planned_on: Optional[date] = None
    staff: str = Field(default="", max_length=60)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    packed_at: Optional[datetime] = None
    shipped_at: Optional[datetime] = Field(default=None, index=True)
    received_at: Optional[datetime] = None
    received_by: str = Field(default="", max_length=60)  # who signed for it at the point
    completed_at: Optional[datetime] = None
    cancelled_at: Optional[datetime] = None
    cancel_reason: str = Field(default="")


class BatchItem(TableModel, table=True):
    """One title (or one periodical issue) in one box of a batch, with its copies."""

    __tablename__ = "batch_item"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="distribution_batch.id", index=True)
    direction: str = Field(default=Direction.OUT.value, max_length=8)
    isbn: str = Field(default="", max_length=13, index=True)
    title: str = Field(default="", max_length=250)
    author: str = Field(default="", max_length=120)
    publisher: str = Field(default="", max_length=120)
    call_number: str = Field(default="", max_length=60)  # 索书号
    issue: str = Field(default="", max_length=40)        # periodical issue, e.g. 2020年第5期
    copies: int = Field(default=1)
    box_no: int = Field(default=1)
    source: str = Field(default=ItemSource.COLLECTION.value, max_length=20)
    position: int = Field(default=0)  # order of entry, kept on the sheet
    # provenance: the donation line (evaluated 转配分馆) these copies came from
    donation_line_id: Optional[int] = Field(default=None, foreign_key="donation_line.id",
                                            index=True)


class BoxCondition(StrEnum):
    """What receiving found wrong with a box (nothing: "")."""

    NONE = ""
    MISSING = "missing"  # never arrived
    DAMAGED = "damaged"  # arrived damaged (counted as received)


BOX_CONDITION_ZH = {BoxCondition.MISSING: "缺失", BoxCondition.DAMAGED: "破损"}


class BatchBox(TableModel, table=True):
    """A packed box: made when the batch is packed, received when its label is scanned, or
    recorded missing or damaged with a note (a discrepancy)."""

    __tablename__ = "batch_box"
    __table_args__ = (UniqueConstraint("batch_id", "box_no"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="distribution_batch.id", index=True)
    box_no: int
    item_count: int = Field(default=0)   # copies (册) in the box
    title_count: int = Field(default=0)  # titles (种) in the box
    received_at: Optional[datetime] = None
    received_by: str = Field(default="", max_length=60)
    condition: str = Field(default=BoxCondition.NONE.value, max_length=10)
    condition_note: str = Field(default="", max_length=250)


class CatalogSource(StrEnum):
    LEARNT = "learnt"        # typed into a donation or batch line
    CATALOGUE = "catalogue"  # imported from the library's catalogue export


class CatalogTitle(TableModel, table=True):
    """One ISBN's title, author, publisher, price and call number: imported from the library's
    catalogue (ISO 2709 / MARCXML / workbook) or learnt from lines typed in LibDesk, so the
    next scan of it fills the line in. The ISBN (13 digits) is the primary key: a lookup is
    one index probe, however large the catalogue."""

    __tablename__ = "catalog_title"

    isbn: str = Field(primary_key=True, max_length=13)
    title: str = Field(default="", max_length=250)
    author: str = Field(default="", max_length=120)
    publisher: str = Field(default="", max_length=120)
    call_number: str = Field(default="", max_length=60)
    price: str = Field(default="", max_length=30)
    source: str = Field(default=CatalogSource.LEARNT.value, max_length=12)
    updated_at: datetime = Field(default_factory=utcnow)
