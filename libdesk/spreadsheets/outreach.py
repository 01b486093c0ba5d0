"""Outreach workbooks: the mobile-service log (流动服务), events and guidance visits at points,
outgoing gifts (赠书), collection transfers (调拨清单) and the points' facts (分馆设施).

Each is one sheet described by a ``SheetSpec``: Chinese headers, what each column holds. The
export streams rows through ``write_table`` (safe cells: text never becomes a formula) and the
import reads rows through ``read_table`` by header, checking every cell and naming the row and
column of every bad one; an export imports back.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.outreach.gifts import RECIPIENT_KIND_ZH
from libdesk.models.outreach.tables import VISIT_KIND_ZH
from libdesk.spreadsheets.safe import atomic_save, load_xlsx
from libdesk.spreadsheets.tables import Column, SheetRow, new_workbook, read_table, write_table

YES = ("是", "Y", "y", "yes", "Yes", "1", "true", "TRUE", "√", "✓")


@dataclass(frozen=True)
class SheetField:
    header: str
    attr: str
    kind: str = "text"      # text, int, float, date, bool, point, choice
    width: float = 14
    required: bool = False
    choices: dict = field(default_factory=dict)  # stored value → Chinese (kind "choice")


@dataclass(frozen=True)
class SheetSpec:
    title: str
    fields: list[SheetField]


F = SheetField
POINT = F("分馆/服务点", "branch_name", "point", 24)
OUTINGS = SheetSpec("流动服务", [
    F("日期", "served_on", "date", 12, True), F("车辆/站点", "vehicle", width=14), POINT,
    F("地点", "place", width=20), F("工作人员", "staff", width=16),
    F("服务读者(人次)", "readers", "int", 12), F("借出(册次)", "loans", "int", 10),
    F("还回(册次)", "returns", "int", 10), F("新办证", "new_cards", "int", 8),
    F("备注", "notes", width=24)])
EVENTS = SheetSpec("分馆活动", [
    F("日期", "held_on", "date", 12, True), F("分馆/服务点", "branch_name", "point", 24, True),
    F("活动名称", "title", width=30, required=True), F("参加人数", "participants", "int", 10),
    F("备注", "notes", width=24)])
VISITS = SheetSpec("业务指导", [
    F("日期", "visited_on", "date", 12, True),
    F("分馆/服务点", "branch_name", "point", 24, True),
    F("类别", "kind", "choice", 10, True, {k.value: zh for k, zh in VISIT_KIND_ZH.items()}),
    F("工作人员", "staff", width=16), F("内容", "topic", width=30), F("备注", "notes", width=24)])
GIFTS = SheetSpec("赠书", [
    F("编号", "number", width=20), F("日期", "given_on", "date", 12, True),
    F("受赠单位", "recipient", width=28, required=True),
    F("类别", "recipient_kind", "choice", 12, False,
      {k.value: zh for k, zh in RECIPIENT_KIND_ZH.items()}),
    F("地址", "address", width=24), F("联系人", "contact", width=12),
    F("赠送内容", "description", width=24), F("种数", "titles", "int", 8),
    F("册数", "volumes", "int", 8, True), F("备注", "notes", width=24)])
TRANSFERS = SheetSpec("调拨清单", [
    F("日期", "transferred_on", "date", 12, True), F("调出部门", "source_dept", width=14,
                                                       required=True),
    F("调入部门", "target_dept", width=12), POINT, F("项目/馆藏地点", "project", width=18),
    F("用途", "purpose", width=22), F("经办人", "staff", width=12),
    F("ISBN", "isbn", width=16), F("题名/说明", "title", width=28), F("册数", "copies", "int", 8),
    F("备注", "notes", width=20)])
FACTS = SheetSpec("分馆设施", [
    F("编号", "number", "int", 6), F("分馆/服务点", "branch_name", "point", 26, True),
    F("开放时间", "opening_hours", width=20), F("24小时开放", "open_24h", "bool", 10),
    F("面积(平方米)", "area_m2", "float", 12), F("座位", "seats", "int", 8),
    F("自助设备(台)", "machines", "int", 12),
    F("配送计算在馆图书(册)", "books_from_batches", "int", 18),
    F("人工校正(册)", "books_correction", "signed", 12),
    F("校正说明", "correction_note", width=24), F("在馆图书(册)", "books_on_site", "int", 12)])
FACTS_READ_ONLY = {"number", "books_from_batches", "books_on_site"}


def _out(f: SheetField, row: Any) -> Any:
    value = getattr(row, f.attr)
    if f.kind == "bool":
        return "是" if value else "否"
    if f.kind == "choice":
        return f.choices.get(value, value)
    if f.kind == "float":
        return int(value) if float(value).is_integer() else float(value)
    return value


def write_records(path: Path, spec: SheetSpec, rows: Iterable[Any],
                  progress: Callable[[int], None] | None = None) -> Path:
    workbook = new_workbook()
    write_table(workbook, spec.title, [Column(f.header, f.width) for f in spec.fields],
                ([_out(f, r) for f in spec.fields] for r in rows), progress)
    return atomic_save(workbook, path)


def read_records(path: Path, spec: SheetSpec, skip: set[str] | frozenset = frozenset()
                 ) -> tuple[list[tuple[int, dict]], list[Problem]]:
    """(Excel row number, attr → value) for every row, and every bad cell. Columns in
    ``skip`` (figures LibDesk computes) are not read."""
    workbook = load_xlsx(path)
    rows: list[tuple[int, dict]] = []
    problems: list[Problem] = []
    try:
        title = spec.title if spec.title in workbook.sheetnames else workbook.sheetnames[0]
        required = [f.header for f in spec.fields if f.required]
        for row in read_table(workbook, title, required):
            values = {}
            for f in spec.fields:
                if f.attr not in skip:
                    values[f.attr] = _cell(row, f, problems, title)
            rows.append((row.number, values))
    finally:
        workbook.close()
    return rows, problems


def _cell(row: SheetRow, f: SheetField, problems: list[Problem], sheet: str) -> Any:
    text = row.text(f.header)
    if f.required and not text:
        problems.append(row.problem(sheet, f.header, QT_TRANSLATE_NOOP(
            "Errors", "The cell is empty; fill it in or delete the row.")))
        return None
    if f.kind == "date":
        return row.day(f.header, problems, sheet)
    if f.kind == "int":
        return row.whole(f.header, problems, sheet, default=0)
    if f.kind == "signed":
        return row.whole(f.header, problems, sheet, default=0, minimum=None)
    if f.kind == "float":
        try:
            value = float(text) if text else 0.0
            if value < 0:
                raise ValueError
            return value
        except ValueError:
            problems.append(row.problem(sheet, f.header, QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a number."), value=text))
            return None
    if f.kind == "bool":
        return text in YES
    if f.kind == "choice":
        if not text:
            return None  # the record's default
        found = {zh: value for value, zh in f.choices.items()}.get(text)
        if found is None and text in f.choices:
            found = text
        if found is None:
            problems.append(row.problem(sheet, f.header, QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not one of: {choices}."), value=text,
                choices="、".join(f.choices.values())))
        return found
    return text
