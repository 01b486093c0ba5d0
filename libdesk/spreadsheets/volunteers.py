"""Volunteer workbooks: the ledger (志愿者台账), service hours (the city platform's layout,
which LibDesk's own export also uses, so an export imports back), totals, and the annual
report's tables 16 and 17."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.volunteers.rules import (MAX_HUNDREDTHS_PER_DAY, VolunteerInput,
                                            parse_date, parse_hours, validate_hundredths)
from libdesk.models.volunteers.tables import (HOUR_STATUS_ZH, VOLUNTEER_STATUS_ZH, HourStatus,
                                       VolunteerStatus)
from libdesk.spreadsheets.opening import open_workbook
from libdesk.spreadsheets.provenance import is_masked, origin, provenance
from libdesk.spreadsheets.tables import (SheetRow, is_blank, read_table, require_columns,
                                         table_blocks)
from libdesk.spreadsheets.writing import Column, export_book, write_table

LEDGER_SHEET = "志愿者台账"
HOURS_SHEET = "服务时长"
LEDGER_COLUMNS = [
    Column("姓名", 10), Column("性别", 6), Column("学校/单位", 22), Column("服务队", 18),
    Column("学号/工号", 14), Column("手机号码", 14), Column("证件类型", 12),
    Column("证件号码", 22), Column("平台编号", 16), Column("加入日期", 12), Column("状态", 8),
    Column("备注", 24)]
HOURS_COLUMNS = [
    Column("姓名", 10), Column("平台编号", 16), Column("服务日期", 12), Column("服务时长", 10),
    Column("活动名称", 30), Column("服务队", 18), Column("学校/单位", 22), Column("状态", 8),
    Column("登记人", 10), Column("审核人", 10), Column("备注", 20)]
# Header spellings seen in platform exports, mapped to ours.
HOUR_ALIASES = {
    "姓名": ("姓名", "志愿者姓名"),
    "平台编号": ("平台编号", "志愿者编号", "注册编号", "志愿者证号"),
    "服务日期": ("服务日期", "日期", "活动日期"),
    "服务时长": ("服务时长", "时长", "服务时长(小时)", "服务时长（小时）", "时长(小时)"),
    "活动名称": ("活动名称", "项目名称", "志愿服务内容", "活动"),
}
STATUS_FROM_ZH = {zh: s.value for s, zh in VOLUNTEER_STATUS_ZH.items()}


class PlatformRow(NamedTuple):
    row: int
    name: str
    platform_no: str
    served_on: date
    hundredths: int
    activity: str


def at_row(problem: Problem, row: int | None, sheet: str | None = None) -> Problem:
    """The problem placed on a spreadsheet row, with the field named by its column."""
    column = {"name": "姓名", "gender": "性别", "phone": "手机号码", "id_number": "证件号码",
              "status": "状态", "hours": "服务时长", "activity": "活动名称",
              "volunteer": "姓名"}.get(problem.field, problem.field)
    return replace(problem, field=column, row=row, sheet=sheet or problem.sheet or None)


# -- ledger ---------------------------------------------------------------------------------
def write_volunteers(path: Path, people: Iterable[VolunteerInput], *, masked: bool = True,
                     source: str = "") -> Path:
    """The ledger as it comes: already masked (services.privacy) unless full numbers were
    asked for; the file records ``masked`` and the ``source`` database in its properties."""
    with export_book(path) as workbook:
        workbook.properties(provenance(source, masked))
        write_table(workbook, LEDGER_SHEET, LEDGER_COLUMNS, (
            [v.name, v.gender, v.org, v.team, v.student_no, v.phone, v.id_type,
             v.id_number, v.platform_no, v.joined_on,
             VOLUNTEER_STATUS_ZH.get(VolunteerStatus(v.status), v.status), v.notes]
            for v in people))
    return path


@dataclass
class Ledger:
    """The volunteers of a ledger workbook, with where it came from."""
    people: list[tuple[int, VolunteerInput]]  # (row, volunteer)
    origin: str                               # the database that exported it, or ""
    masked: bool                              # its phones or ID numbers are masked


def read_volunteers(path: Path) -> tuple[Ledger, list[Problem]]:
    workbook = open_workbook(path)
    problems: list[Problem] = []
    people: list[tuple[int, VolunteerInput]] = []
    try:
        for row in read_table(workbook, LEDGER_SHEET, ["姓名"]):
            joined = row.values.get("加入日期")
            joined_on = parse_date(joined) if joined not in (None, "") else None
            if joined not in (None, "") and joined_on is None:
                problems.append(_problem(row, "加入日期", QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not a date; write it as 2020-10-14."),
                    value=str(joined), sheet=LEDGER_SHEET))
            status_text = row.text("状态") or VOLUNTEER_STATUS_ZH[VolunteerStatus.ACTIVE]
            people.append((row.number, VolunteerInput(
                name=row.text("姓名"), gender=row.text("性别"), org=row.text("学校/单位"),
                team=row.text("服务队"), student_no=row.text("学号/工号"),
                phone=row.text("手机号码"), id_type=row.text("证件类型") or "居民身份证",
                id_number=row.text("证件号码"), platform_no=row.text("平台编号"),
                joined_on=joined_on, status=STATUS_FROM_ZH.get(status_text, status_text),
                notes=row.text("备注"))))
        masked = is_masked(workbook.properties,
                           (v for _, p in people for v in (p.phone, p.id_number)))
        source = origin(workbook.properties)
    finally:
        workbook.close()
    problems += _duplicate_platform_numbers(people)
    return Ledger(people, source, masked), problems


def _duplicate_platform_numbers(people) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for number, person in people:
        if person.platform_no and person.platform_no in seen:
            problems.append(Problem("平台编号", QT_TRANSLATE_NOOP(
                "Errors", "Platform number {number} is also on row {other}."),
                {"number": person.platform_no, "other": seen[person.platform_no]},
                number, LEDGER_SHEET))
        seen.setdefault(person.platform_no, number)
    return problems


# -- hours ----------------------------------------------------------------------------------
def write_hours(path: Path, rows: Iterable, progress: Callable[[int], None] | None = None) -> Path:
    """Stream hour rows (``HourRow``) into a write-only workbook."""
    with export_book(path) as workbook:
        write_table(workbook, HOURS_SHEET, HOURS_COLUMNS, (
            [r.volunteer, r.platform_no, r.served_on, float(r.hundredths) / 100, r.activity, r.team,
             r.org, HOUR_STATUS_ZH.get(HourStatus(r.status), r.status), r.recorded_by,
             r.reviewed_by, r.note] for r in rows), progress)
    return path


def read_hours(path: Path) -> tuple[list[PlatformRow], list[Problem]]:
    """The rows of the hours sheet, read column by column: a row whose cells are what a
    good row holds (a name and an activity as text, a date cell or a date text, hours as a
    number with at most two decimals within a day) is taken at once; any other row goes
    through ``_hour_row``, which names every problem in it."""
    workbook = open_workbook(path)
    rows: list[PlatformRow] = []
    problems: list[Problem] = []
    try:
        title = HOURS_SHEET if HOURS_SHEET in workbook.sheetnames else workbook.sheetnames[0]
        header_names, blocks = table_blocks(workbook, title)
        present = set(header_names)
        names = {ours: next((a for a in aliases if a in present), ours)
                 for ours, aliases in HOUR_ALIASES.items()}
        require_columns(title, header_names, [names[h] for h in ("姓名", "服务日期", "服务时长",
                                                                  "活动名称")])
        where = {n: i for i, n in enumerate(header_names) if n}  # the last of a name
        for number, block in blocks:
            _hour_block(number, block, header_names, where, names, rows, problems, title)
    finally:
        workbook.close()
    return rows, problems


def _hour_block(number: int, block: list[list], header_names: list[str], where: dict,
                names: dict[str, str], rows: list[PlatformRow], problems: list[Problem],
                sheet: str) -> None:
    columns = list(zip(*block))
    empty = ("",) * len(block)

    def column(ours: str):
        index = where.get(names[ours])
        return columns[index] if index is not None and index < len(columns) else empty

    people, activities = _texts(column("姓名")), _texts(column("活动名称"))
    numbers = _texts(column("平台编号"))
    days = [v if v.__class__ is date else parse_date(v) for v in column("服务日期")]
    raw_hours = column("服务时长")
    hundredths = [round(v * 100) if v.__class__ is float and 0.0 < v <= 24.0 else None
                  for v in raw_hours]
    good = [h is not None and h / 100 == v and 0 < h <= MAX_HUNDREDTHS_PER_DAY
            for h, v in zip(hundredths, raw_hours)]
    for offset, (name, activity, day, ok) in enumerate(zip(people, activities, days, good)):
        if name and activity and ok and day is not None:
            rows.append(PlatformRow(number + offset, name, numbers[offset], day,
                                    hundredths[offset], activity))
            continue
        values = [None if v == "" else v for v in block[offset]]
        if is_blank(values):
            continue
        row = SheetRow(number + offset, {n: v for n, v in zip(header_names, values) if n})
        parsed = _hour_row(row, names, problems, sheet)
        if parsed is not None:
            rows.append(parsed)


def _texts(values) -> list[str]:
    """``SheetRow.text`` of each cell ("" for an empty one)."""
    return [v.strip() if v.__class__ is str else _text(v) for v in values]


def _text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _hour_row(row: SheetRow, names: dict[str, str], problems: list[Problem],
              sheet: str) -> PlatformRow | None:
    name, activity = row.text(names["姓名"]), row.text(names["活动名称"])
    before = len(problems)
    if not name:
        problems.append(_problem(row, "姓名", QT_TRANSLATE_NOOP(
            "Errors", "The name is empty; fill it in or delete the row."), sheet=sheet))
    if not activity:
        problems.append(_problem(row, "活动名称", QT_TRANSLATE_NOOP(
            "Errors", "The activity is empty."), sheet=sheet))
    raw_date = row.values.get(names["服务日期"])
    served_on = parse_date(raw_date)
    if served_on is None:
        problems.append(_problem(row, "服务日期", QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not a date; write it as 2020-10-14."),
            value=str(raw_date or ""), sheet=sheet))
    raw_hours = row.values.get(names["服务时长"])
    hundredths = parse_hours(raw_hours)
    problems += [at_row(p, row.number, sheet) for p in validate_hundredths(hundredths, raw_hours)]
    if len(problems) > before:
        return None
    return PlatformRow(row.number, name, row.text(names["平台编号"]), served_on, hundredths,
                       activity)


# -- totals and the annual report -------------------------------------------------------------
def write_totals(path: Path, title: str, key_header: str, rows: Iterable) -> Path:
    with export_book(path) as workbook:
        write_table(workbook, title, [Column(key_header, 30), Column("人数", 8),
                                      Column("条目数", 8), Column("确认时长(小时)", 14)],
                    ([r.label, r.people, r.entries, float(r.hundredths) / 100] for r in rows))
    return path


def write_annual_report(path: Path, year: int, theme_rows: list, daily_rows: list,
                        monthly_rows: list) -> Path:
    """表16 主题志愿服务统计表, 表17 日常志愿服务统计表 and the month-by-month detail."""
    with export_book(path) as workbook:
        write_table(workbook, "表16 主题志愿服务", [
            Column("志愿服务内容", 30), Column("活动时间", 26), Column("人数(人)", 10),
            Column("累计总时长(小时)", 16)],
            ([r.service, r.period_label, r.people, _number(r.hours)] for r in theme_rows))
        write_table(workbook, "表17 日常志愿服务", [
            Column("志愿服务内容", 20), Column("人数(人/月)", 12), Column("总时长(小时/月)", 16)],
            ([r.service, _number(r.people_per_month), _number(r.hours_per_month)]
             for r in daily_rows))
        write_table(workbook, f"{year}年日常服务逐月", [
            Column("志愿服务内容", 20), Column("月份", 10), Column("人数(人)", 10),
            Column("时长(小时)", 12)],
            ([r.service, f"{year}-{r.month:02d}", r.people, _number(r.hours)]
             for r in monthly_rows))
    return path


def _number(value: float) -> float | int:
    """Whole numbers as integers, so a cell shows 240 rather than 240.0."""
    value = float(value)
    return int(value) if value.is_integer() else value


def _problem(row: SheetRow, column: str, template: str, sheet: str, **params) -> Problem:
    return Problem(column, template, params, row.number, sheet)
