"""Plain views of the year's statistics, as services return them and the tab, the workbook
and the printed report section use them."""
from __future__ import annotations

from dataclasses import dataclass, field

from libdesk.models.distribution.records import PointTotals


@dataclass(frozen=True)
class SummaryLine:
    section: str   # 十六、志愿者服务 …
    item: str      # 志愿者服务队伍数
    unit: str      # 个
    value: float | int
    previous: float | int | None = None   # the same figure for the year before

    @property
    def change(self) -> float | int | None:
        """This year's figure minus last year's."""
        if self.previous is None:
            return None
        return round(self.value - self.previous, 2)

    @property
    def ratio(self) -> float | None:
        """This year's figure as a multiple of last year's (None when last year had none)."""
        if not self.previous:
            return None
        return self.value / self.previous


# The rows of the report's table 6 that the outreach work feeds, with its section names.
TABLE6_ITEMS = ("志愿者服务队伍数", "志愿者服务队伍人数", "流动服务借阅人次", "流动服务借阅册次",
                "分馆数量")


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


@dataclass(frozen=True)
class PlatformFigures:
    """The volunteer platform's year-end figures (see VolunteerPlatformYear)."""

    year: int
    registered: int
    registered_on_site: int
    hundredths: int

    @property
    def hours(self) -> float:
        return self.hundredths / 100


@dataclass(frozen=True)
class PointListed:
    """A row of table 14: a point in service at the end of the year."""

    number: int
    name: str
    category: str


@dataclass
class YearReport:
    year: int
    summary: list[SummaryLine] = field(default_factory=list)
    categories: list[tuple[str, int]] = field(default_factory=list)   # points per category
    points: list[PointListed] = field(default_factory=list)           # table 14
    distribution: list[PointTotals] = field(default_factory=list)     # last row: 合计
    top_donors: list = field(default_factory=list)                    # TopDonor (table 15)
    theme_services: list = field(default_factory=list)                # ThemeRow (table 16)
    daily_services: list = field(default_factory=list)                # DailyRow (table 17)
    mobile: list[MobileRow] = field(default_factory=list)

    def value(self, item: str) -> float | int:
        return self.line(item).value

    def line(self, item: str) -> SummaryLine:
        return next(line for line in self.summary if line.item == item)

    def table6(self) -> list[SummaryLine]:
        return [self.line(item) for item in TABLE6_ITEMS]


@dataclass(frozen=True)
class Comparison:
    """Every summary figure over a range of years: ``values[i]`` belongs to ``years[i]``."""

    years: list[int]
    rows: list[tuple[str, str, str, list[float | int]]]   # section, item, unit, values


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, its value, and what opens the records behind it
    (``records`` names the owning tab's filter, e.g. {"tab": "distribution", "year": 2020,
    "month": 3})."""

    label: str
    value: float
    records: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Chart:
    """A bar chart of one year beside the year before: ``series`` is (year, bars) with the
    same labels in the same order in each series."""

    key: str
    title: str      # Chinese, as printed
    unit: str       # 册, 位, 小时
    series: list[tuple[int, list[Bar]]]

    @property
    def labels(self) -> list[str]:
        return [bar.label for bar in self.series[0][1]] if self.series else []
