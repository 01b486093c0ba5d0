"""The plain records the statistics services return (rows of a table, details, reports)."""
from __future__ import annotations

from dataclasses import dataclass, field

from libdesk.models.distribution.records import PointTotals


@dataclass(frozen=True)
class SummaryLine:
    section: str   # 十六、志愿者服务 …
    item: str      # 志愿者服务队伍数
    unit: str      # 个
    value: float | int


@dataclass(frozen=True)
class MobileRow:
    id: int
    branch_id: int
    branch_name: str
    year: int
    month: int
    visits: int
    loans: int
    notes: str


@dataclass
class YearReport:
    year: int
    summary: list[SummaryLine] = field(default_factory=list)
    categories: list[tuple[str, int]] = field(default_factory=list)   # points per category
    distribution: list[PointTotals] = field(default_factory=list)     # last row: 合计
    top_donors: list = field(default_factory=list)                    # TopDonor
    theme_services: list = field(default_factory=list)                # ThemeRow (table 16)
    daily_services: list = field(default_factory=list)                # DailyRow (table 17)
    mobile: list[MobileRow] = field(default_factory=list)

    def value(self, item: str) -> float | int:
        return next(line.value for line in self.summary if line.item == item)
