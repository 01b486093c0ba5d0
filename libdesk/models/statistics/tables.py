"""Mobile service (流动服务) at the points, month by month: the visits and loans the annual
report counts under 图书馆延伸服务情况 (2020: 18,670 visits, 27,800 loans)."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from libdesk.models.base import utcnow


class MobileService(SQLModel, table=True):
    __tablename__ = "mobile_service"
    __table_args__ = (UniqueConstraint("branch_id", "year", "month",
                                       name="uq_mobile_service_branch_month"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", index=True)
    year: int = Field(index=True)
    month: int
    visits: int = Field(default=0)   # 借阅人次
    loans: int = Field(default=0)    # 借阅册次
    notes: str = Field(default="")
    recorded_by: str = Field(default="", max_length=60)
    updated_at: datetime = Field(default_factory=utcnow)
