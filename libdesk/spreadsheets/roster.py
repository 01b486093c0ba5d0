"""The branch roster workbook: a 分馆汇总 sheet (one row a point) and a 联系人 sheet (one row
a contact). ``write_roster`` writes it; ``read_roster`` reads the same layout back, reporting
every bad cell by sheet, row and column."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from libdesk.models.branches.rules import ContactInput, PointInput, validate_contact, validate_point
from libdesk.models.branches.status import BRANCH_STATUS_ZH, BranchStatus
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.spreadsheets.opening import open_workbook
from libdesk.spreadsheets.tables import SheetRow, read_table
from libdesk.spreadsheets.writing import Column, export_book, write_table

SUMMARY = "分馆汇总"
CONTACTS = "联系人"
SUMMARY_COLUMNS = [
    Column("编号", 7), Column("名称", 34), Column("类别", 16), Column("状态", 8),
    Column("所在区县", 12), Column("地址", 34), Column("开馆日期", 12),
    Column("主要联系人", 12), Column("联系电话", 16), Column("馆藏册数", 10), Column("备注", 30),
]
CONTACT_COLUMNS = [
    Column("分馆名称", 34), Column("姓名", 12), Column("职务", 16), Column("电话", 16),
    Column("电子邮箱", 24), Column("主要联系人", 10), Column("备注", 30),
]
STATUS_FROM_ZH = {zh: status.value for status, zh in BRANCH_STATUS_ZH.items()}
YES = "是"

Point = tuple[PointInput, list[ContactInput]]


def write_roster(path: Path, points: Iterable[Point]) -> Path:
    """Write the roster as it comes: already masked (services.privacy) unless full numbers
    were asked for."""
    points = list(points)
    with export_book(path) as workbook:
        summary = []
        contacts = []
        for point, people in points:
            primary = next((c for c in people if c.is_primary), people[0] if people else None)
            summary.append([
                point.number, point.name, point.category,
                BRANCH_STATUS_ZH.get(BranchStatus(point.status), point.status), point.district,
                point.address, point.opened_on, primary.name if primary else "",
                primary.phone if primary else "", point.books_on_site, point.notes])
            contacts += [[point.name, c.name, c.role, c.phone, c.email,
                          YES if c.is_primary else "", c.notes] for c in people]
        write_table(workbook, SUMMARY, SUMMARY_COLUMNS, summary)
        write_table(workbook, CONTACTS, CONTACT_COLUMNS, contacts)
    return path


def read_roster(path: Path) -> tuple[list[Point], list[Problem]]:
    """Points with their contacts as the file has them, and every problem found in it."""
    workbook = open_workbook(path)
    try:
        problems: list[Problem] = []
        points: dict[str, PointInput] = {}
        order: list[str] = []
        for row in read_table(workbook, SUMMARY, ["名称"]):
            point = _point(row, problems)
            if point is None:
                continue
            if point.name in points:
                problems.append(row.problem(SUMMARY, "名称", QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” appears twice; keep one row per point."),
                    name=point.name))
                continue
            points[point.name] = point
            order.append(point.name)
        people: dict[str, list[ContactInput]] = {name: [] for name in order}
        if CONTACTS in workbook.sheetnames:
            for row in read_table(workbook, CONTACTS, ["分馆名称", "姓名"]):
                owner = row.text("分馆名称")
                if owner not in people:
                    problems.append(row.problem(CONTACTS, "分馆名称", QT_TRANSLATE_NOOP(
                        "Errors", "“{name}” is not a point on the 分馆汇总 sheet; add it "
                        "there or correct the name."), name=owner))
                    continue
                contact = ContactInput(
                    name=row.text("姓名"), role=row.text("职务"), phone=row.text("电话"),
                    email=row.text("电子邮箱"), notes=row.text("备注"),
                    is_primary=row.text("主要联系人") in (YES, "Y", "y", "1", "TRUE", "true"))
                for p in validate_contact(contact):
                    problems.append(Problem(_column(p.field), p.template, p.params,
                                            row.number, CONTACTS))
                people[owner].append(contact)
        result = [(points[name], people[name]) for name in order]
        for point, contacts in result:
            for p in validate_point(point, contacts):
                if p.field.startswith("contact"):
                    continue  # reported per contact row above
                problems.append(Problem(_column(p.field), p.template, p.params, None, SUMMARY))
        return result, problems
    finally:
        workbook.close()


def _point(row: SheetRow, problems: list[Problem]) -> PointInput | None:
    name = row.text("名称")
    if not name:
        problems.append(row.problem(SUMMARY, "名称", QT_TRANSLATE_NOOP(
            "Errors", "The name is empty; fill it in or delete the row.")))
        return None
    number = row.whole("编号", problems, SUMMARY)
    books = row.whole("馆藏册数", problems, SUMMARY) or 0
    status_text = row.text("状态") or BRANCH_STATUS_ZH[BranchStatus.ACTIVE]
    status = STATUS_FROM_ZH.get(status_text, status_text)
    if status not in STATUS_FROM_ZH.values():
        problems.append(row.problem(SUMMARY, "状态", QT_TRANSLATE_NOOP(
            "Errors", "Unknown status “{status}”; use 运行, 暂停 or 关闭."), status=status_text))
        status = BranchStatus.ACTIVE.value
    return PointInput(name=name, number=number, category=row.text("类别"),
                      address=row.text("地址"), district=row.text("所在区县"),
                      opened_on=row.day("开馆日期", problems, SUMMARY), status=status,
                      books_on_site=books, notes=row.text("备注"))


def _column(field: str) -> str:
    return {"name": "名称", "number": "编号", "status": "状态", "books_on_site": "馆藏册数",
            "contact.name": "姓名", "contact.phone": "电话", "contact.email": "电子邮箱",
            }.get(field, field)
