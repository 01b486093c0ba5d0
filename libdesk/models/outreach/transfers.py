"""Collection transfers (调拨): books pulled from a department (少儿部, 亲子借阅馆 …) to the
outreach department (馆外流通部) for a point or a named project (太图约书, 阳曲未来图书馆,
太原城市书房), before any batch. Their lines can then be packed into batches to points;
``TransferPacking`` records which copies went into which batch."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned

OUTREACH_DEPARTMENT = "馆外流通部"


class CollectionTransfer(TableModel, table=True):
    __tablename__ = "collection_transfer"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    transferred_on: date = Field(index=True)
    source_dept: str = Field(max_length=60)
    target_dept: str = Field(default=OUTREACH_DEPARTMENT, max_length=60)
    branch_id: Optional[int] = Field(default=None, foreign_key="branch.id", index=True)
    project: str = Field(default="", max_length=120)   # 太图约书 … (the new 馆藏地点)
    purpose: str = Field(default="", max_length=200)
    staff: str = Field(default="", max_length=120)
    notes: str = Field(default="")
    recorded_by: str = Field(default="", max_length=60)
    recorded_at: datetime = Field(default_factory=utcnow)


class TransferLine(TableModel, table=True):
    __tablename__ = "transfer_line"
    __mapper_args__ = versioned()  # removing selected lines checks what the list showed

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    transfer_id: int = Field(foreign_key="collection_transfer.id", index=True)
    isbn: str = Field(default="", max_length=13)
    title: str = Field(default="", max_length=250)
    copies: int = Field(default=1)


class TransferPacking(TableModel, table=True):
    __tablename__ = "transfer_packing"

    id: Optional[int] = Field(default=None, primary_key=True)
    line_id: int = Field(foreign_key="transfer_line.id", index=True)
    batch_id: int = Field(foreign_key="distribution_batch.id", index=True)
    copies: int
    packed_by: str = Field(default="", max_length=60)
    packed_at: datetime = Field(default_factory=utcnow)
