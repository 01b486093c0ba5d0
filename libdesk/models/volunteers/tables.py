"""Volunteers (志愿者台账), their teams and schools/organisations, activities, service-hour
entries with approval, and issued 志愿服务证明 certificates.

Hours are stored as whole hundredths of an hour (``hundredths``: 2.25 h is 225), so sums are
exact and the two decimals the city volunteer platform exports (0.85 h) are kept as they are.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.errors import QT_TRANSLATE_NOOP


class VolunteerStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


VOLUNTEER_STATUS_LABELS = {
    VolunteerStatus.ACTIVE: QT_TRANSLATE_NOOP("VolunteerStatus", "Active"),
    VolunteerStatus.PAUSED: QT_TRANSLATE_NOOP("VolunteerStatus", "Paused"),
    VolunteerStatus.LEFT: QT_TRANSLATE_NOOP("VolunteerStatus", "Left"),
}
VOLUNTEER_STATUS_ZH = {VolunteerStatus.ACTIVE: "在册", VolunteerStatus.PAUSED: "暂停",
                       VolunteerStatus.LEFT: "退出"}


class ActivityKind(StrEnum):
    THEME = "theme"  # 主题志愿服务 (table 16)
    DAILY = "daily"  # 日常志愿服务 (table 17)


ACTIVITY_KIND_LABELS = {
    ActivityKind.THEME: QT_TRANSLATE_NOOP("ActivityKind", "Themed"),
    ActivityKind.DAILY: QT_TRANSLATE_NOOP("ActivityKind", "Daily"),
}
ACTIVITY_KIND_ZH = {ActivityKind.THEME: "主题", ActivityKind.DAILY: "日常"}


class HourStatus(StrEnum):
    PENDING = "pending"      # 待审核
    CONFIRMED = "confirmed"  # 已确认
    REJECTED = "rejected"    # 已驳回


HOUR_STATUS_LABELS = {
    HourStatus.PENDING: QT_TRANSLATE_NOOP("HourStatus", "Pending"),
    HourStatus.CONFIRMED: QT_TRANSLATE_NOOP("HourStatus", "Confirmed"),
    HourStatus.REJECTED: QT_TRANSLATE_NOOP("HourStatus", "Rejected"),
}
HOUR_STATUS_ZH = {HourStatus.PENDING: "待审核", HourStatus.CONFIRMED: "已确认",
                  HourStatus.REJECTED: "已驳回"}


class CertificateStatus(StrEnum):
    VALID = "valid"
    VOID = "void"


GENDERS = ("男", "女")
ID_TYPES = ("居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照", "其他")


class VolunteerOrg(TableModel, table=True):
    """A school or organisation volunteers come from (the university alliance and others)."""

    __tablename__ = "volunteer_org"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    name_key: str = Field(default="", max_length=250)
    is_school: bool = Field(default=True)
    sort_order: int = Field(default=0)


class VolunteerTeam(TableModel, table=True):
    __tablename__ = "volunteer_team"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    name_key: str = Field(default="", max_length=250)
    # Not a foreign key: volunteer.team_id already points here and a cycle of constraints
    # would complicate creating and dropping the tables; the service keeps it consistent.
    leader_id: Optional[int] = Field(default=None)
    notes: str = Field(default="")
    # When the team was formed (None: before records were kept); the year's statistics
    # count a team from this day.
    created_on: Optional[date] = None


class Volunteer(TableModel, table=True):
    __tablename__ = "volunteer"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=60)
    name_key: str = Field(default="", max_length=250, index=True)
    gender: str = Field(default="", max_length=4)
    org_id: Optional[int] = Field(default=None, foreign_key="volunteer_org.id", index=True)
    team_id: Optional[int] = Field(default=None, foreign_key="volunteer_team.id", index=True)
    student_no: str = Field(default="", max_length=40)
    phone: str = Field(default="", max_length=40)
    id_type: str = Field(default="居民身份证", max_length=30)
    id_number: str = Field(default="", max_length=40)
    platform_no: str = Field(default="", max_length=40, index=True)
    joined_on: Optional[date] = None
    status: str = Field(default=VolunteerStatus.ACTIVE.value, max_length=20, index=True)
    left_on: Optional[date] = None  # set when the status becomes left, for counts as of a year
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ActivityCategory(TableModel, table=True):
    """What kind of service an activity is (自助设备引导, 书架整理, 阅读推广…); editable."""

    __tablename__ = "activity_category"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=60, unique=True)
    kind: str = Field(default=ActivityKind.DAILY.value, max_length=10)
    sort_order: int = Field(default=0)


class VolunteerActivity(TableModel, table=True):
    __tablename__ = "volunteer_activity"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    name_key: str = Field(default="", max_length=250, index=True)
    kind: str = Field(default=ActivityKind.THEME.value, max_length=10, index=True)
    category_id: Optional[int] = Field(default=None, foreign_key="activity_category.id",
                                       index=True)
    starts_on: Optional[date] = None
    ends_on: Optional[date] = None
    place: str = Field(default="", max_length=120)
    organiser: str = Field(default="", max_length=120)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class HourEntry(TableModel, table=True):
    """One volunteer's service on one day for one activity."""

    __tablename__ = "hour_entry"
    __table_args__ = (Index("ix_hour_entry_volunteer_day", "volunteer_id", "served_on"),)
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id")
    activity_id: int = Field(foreign_key="volunteer_activity.id", index=True)
    served_on: date = Field(index=True)
    hundredths: int  # hours × 100
    status: str = Field(default=HourStatus.PENDING.value, max_length=12, index=True)
    source: str = Field(default="manual", max_length=12)  # manual, bulk, import
    note: str = Field(default="", max_length=250)
    recorded_by: str = Field(max_length=60)
    recorded_at: datetime = Field(default_factory=utcnow)
    reviewed_by: str = Field(default="", max_length=60)
    reviewed_at: Optional[datetime] = None
    reject_reason: str = Field(default="", max_length=250)


class VolunteerCertificate(TableModel, table=True):
    """An issued 志愿服务证明: the register keeps what was printed, so a reprint is the same."""

    __tablename__ = "volunteer_certificate"

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(max_length=40, unique=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    volunteer_name: str = Field(max_length=60)
    id_type: str = Field(default="", max_length=30)
    id_number_masked: str = Field(default="", max_length=40)
    volunteer_no: str = Field(default="", max_length=40)
    period_from: date
    period_to: date
    hundredths: int  # confirmed hours × 100 in the period when issued
    service_content: str = Field(default="")
    organisation: str = Field(default="", max_length=120)
    person_in_charge: str = Field(default="", max_length=60)
    handler: str = Field(default="", max_length=60)
    contact: str = Field(default="", max_length=60)
    remarks: str = Field(default="")
    issued_on: date
    issued_by: str = Field(max_length=60)
    payload: str = Field(default="")
    status: str = Field(default=CertificateStatus.VALID.value, max_length=10, index=True)
    void_reason: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
