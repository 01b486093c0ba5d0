"""Branches and outreach points (分馆 / 延伸服务点), their categories and contact rosters."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.branches.status import BranchStatus


class BranchCategory(TableModel, table=True):
    __tablename__ = "branch_category"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=60, unique=True)
    sort_order: int = Field(default=0)


class Branch(TableModel, table=True):
    __tablename__ = "branch"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    number: int = Field(unique=True, index=True)
    name: str = Field(max_length=120, unique=True)
    name_key: str = Field(default="", max_length=250, index=True)  # pinyin, for sorting
    category_id: Optional[int] = Field(default=None, foreign_key="branch_category.id",
                                       index=True)
    address: str = Field(default="", max_length=250)
    district: str = Field(default="", max_length=60)
    opened_on: Optional[date] = None
    status: str = Field(default=BranchStatus.ACTIVE.value, max_length=20, index=True)
    # The year's statistics count a point from its opening date, or when that is unknown from
    # ``listed_on`` (the day it was registered; for the seeded points of the 2020 report's
    # table 14, the end of 2020), until ``closed_on`` (set when the status becomes closed).
    listed_on: Optional[date] = None
    closed_on: Optional[date] = None
    books_on_site: int = Field(default=0)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class BranchContact(TableModel, table=True):
    __tablename__ = "branch_contact"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    branch_id: int = Field(foreign_key="branch.id", index=True)
    name: str = Field(max_length=60)
    role: str = Field(default="", max_length=60)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=120)
    notes: str = Field(default="")
    is_primary: bool = Field(default=False)
