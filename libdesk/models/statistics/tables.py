"""Mobile service (流动服务) at the points, month by month: the visits and loans the annual
report counts under 图书馆延伸服务情况 (2020: 18,670 visits, 27,800 loans)."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned


class MobileService(TableModel, table=True):
    __tablename__ = "mobile_service"
    __table_args__ = (UniqueConstraint("branch_id", "year", "month",
                                       name="uq_mobile_service_branch_month"),)
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", index=True)
    year: int = Field(index=True)
    month: int
    visits: int = Field(default=0)   # 借阅人次
    loans: int = Field(default=0)    # 借阅册次
    notes: str = Field(default="")
    recorded_by: str = Field(default="", max_length=60)
    updated_at: datetime = Field(default_factory=utcnow)


class VolunteerPlatformYear(TableModel, table=True):
    """The year-end figures of the city's volunteer platform (太原志愿者) as the annual report
    quotes them: registered volunteers and the service hours accumulated there (2020: 3,487
    registered, about 800 registered on site, 53,876.85 hours). Hours are kept in hundredths."""

    __tablename__ = "volunteer_platform_year"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    registered: int = Field(default=0)        # “太原志愿者”平台注册人数
    registered_on_site: int = Field(default=0)  # 实地登记注册人数
    hundredths: int = Field(default=0)        # 服务时长累计 × 100
    recorded_by: str = Field(default="", max_length=60)
    updated_at: datetime = Field(default_factory=utcnow)
