"""The outreach log: mobile-service outings (流动服务), reading events held at points, the
guidance and technical-service visits (业务指导和技术服务) staff make, and each point's facts.

An outing may be at a point (``branch_id``) or at any other place (``place``); the annual
report's 流动服务借阅人次 / 册次 are the sums of readers served and loans over the year.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.errors import QT_TRANSLATE_NOOP


class EntrySource(StrEnum):
    MANUAL = "manual"
    BULK = "bulk"
    IMPORT = "import"


class VisitKind(StrEnum):
    GUIDANCE = "guidance"    # 业务指导
    TECHNICAL = "technical"  # 技术服务


VISIT_KIND_LABELS = {
    VisitKind.GUIDANCE: QT_TRANSLATE_NOOP("VisitKind", "Guidance"),
    VisitKind.TECHNICAL: QT_TRANSLATE_NOOP("VisitKind", "Technical service"),
}
VISIT_KIND_ZH = {VisitKind.GUIDANCE: "业务指导", VisitKind.TECHNICAL: "技术服务"}


class MobileOuting(TableModel, table=True):
    """One mobile-service outing: a vehicle or a staffed site, at a point or a place."""

    __tablename__ = "mobile_outing"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    served_on: date = Field(index=True)
    vehicle: str = Field(default="", max_length=60)   # 流动服务车 / 服务站点
    branch_id: Optional[int] = Field(default=None, foreign_key="branch.id", index=True)
    place: str = Field(default="", max_length=120)    # when not one of the points
    staff: str = Field(default="", max_length=120)
    readers: int = Field(default=0)    # 服务读者 (借阅人次)
    loans: int = Field(default=0)      # 借出册次
    returns: int = Field(default=0)    # 还回册次
    new_cards: int = Field(default=0)  # 新办读者证
    notes: str = Field(default="")
    source: str = Field(default=EntrySource.MANUAL.value, max_length=20)
    recorded_by: str = Field(default="", max_length=60)
    recorded_at: datetime = Field(default_factory=utcnow)


class PointEvent(TableModel, table=True):
    """A reading event held at a point."""

    __tablename__ = "point_event"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", index=True)
    held_on: date = Field(index=True)
    title: str = Field(max_length=200)
    participants: int = Field(default=0)
    notes: str = Field(default="")
    recorded_by: str = Field(default="", max_length=60)
    recorded_at: datetime = Field(default_factory=utcnow)


class PointVisit(TableModel, table=True):
    """A guidance or technical-service visit staff make to a point."""

    __tablename__ = "point_visit"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", index=True)
    visited_on: date = Field(index=True)
    kind: str = Field(default=VisitKind.GUIDANCE.value, max_length=20, index=True)
    staff: str = Field(default="", max_length=120)
    topic: str = Field(default="", max_length=200)
    notes: str = Field(default="")
    recorded_by: str = Field(default="", max_length=60)
    recorded_at: datetime = Field(default_factory=utcnow)


class PointFacts(TableModel, table=True):
    """A point's own facts (city reading rooms 城市书房 above all); one row per point.

    Books on site follow from the batches; ``books_correction`` is a typed adjustment (lost,
    withdrawn, counted at stocktaking) added to that figure, with its reason. Every change is
    in the audit log like any other."""

    __tablename__ = "point_facts"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    branch_id: int = Field(foreign_key="branch.id", primary_key=True)
    opening_hours: str = Field(default="", max_length=120)
    open_24h: bool = Field(default=False)
    area_m2: float = Field(default=0)
    seats: int = Field(default=0)
    machines: int = Field(default=0)  # self-service machines (自助借还机 …)
    books_correction: int = Field(default=0)
    correction_note: str = Field(default="", max_length=250)
    updated_by: str = Field(default="", max_length=60)
    updated_at: datetime = Field(default_factory=utcnow)
