"""The plain records the volunteers services return (rows of a table, details, reports)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from libdesk.models.volunteers.rules import hours_text


@dataclass(frozen=True)
class HourRow:
    id: int
    volunteer_id: int
    volunteer: str
    platform_no: str
    team: str
    org: str
    activity: str
    served_on: date
    hundredths: int
    status: str
    recorded_by: str
    reviewed_by: str
    note: str
    version: int = 1  # the entry's edit counter (its edit dialog's expected version)

    @property
    def hours(self) -> str:
        return hours_text(self.hundredths)


class RowOutcome(NamedTuple):  # one per imported row: a tuple is made fastest
    row: int
    volunteer: str
    activity: str
    matched_by: str  # "platform_no" or "name"


@dataclass
class ImportReport:
    added: int = 0
    created_activities: list[str] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    name: str
    kind: str
    category: str
    starts_on: date | None
    ends_on: date | None
    place: str
    organiser: str
    entries: int


@dataclass(frozen=True)
class CertificateRow:
    id: int
    number: str
    volunteer_id: int
    volunteer_name: str
    period_from: date
    period_to: date
    hundredths: int
    issued_on: date
    issued_by: str
    status: str

    @property
    def hours(self) -> str:
        return hours_text(self.hundredths)


@dataclass(frozen=True)
class BatchResult:
    issued: int
    numbers: list[str]
    path: Path | None


@dataclass(frozen=True)
class TotalRow:
    key: str
    label: str
    people: int
    entries: int
    hundredths: int

    @property
    def hours(self) -> str:
        return hours_text(self.hundredths)


@dataclass(frozen=True)
class ThemeRow:
    """A row of table 16."""

    service: str
    period: str        # 2020-06 / 2020-08-07 / 2020-07..2020-09 / 2020-05;2020-10;2020-12
    period_label: str  # 2020年6月 / 2020年8月7日 / 2020年7月至9月 / 2020年5月、10月、12月
    people: int
    hundredths: int

    @property
    def hours(self) -> float:
        return self.hundredths / 100


@dataclass(frozen=True)
class MonthRow:
    service: str
    month: int
    people: int
    hundredths: int

    @property
    def hours(self) -> float:
        return self.hundredths / 100


@dataclass(frozen=True)
class DailyRow:
    """A row of table 17: average people and hours over the months that had service."""

    service: str
    months: int
    people_per_month: float
    hours_per_month: float


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    gender: str
    org: str
    team: str
    student_no: str
    phone: str          # masked unless the caller asked and may unmask
    platform_no: str
    joined_on: date | None
    status: str
    confirmed_hundredths: int


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    leader_id: int | None
    leader: str
    members: int
