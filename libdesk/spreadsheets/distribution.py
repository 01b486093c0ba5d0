"""Batch workbooks: the export (配送批次 + 配送明细) and the item import (配送明细).

An item row is read with the same rules as a scanned or typed item (ISBN check digits,
ISBN-10 → ISBN-13, copies and box numbers from 1 up); every bad cell is reported by sheet,
row and column, and rows naming the same book in the same box are merged.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from libdesk.models.distribution.tables import (
    BATCH_KIND_ZH,
    BATCH_STATUS_ZH,
    DIRECTION_ZH,
    ITEM_SOURCE_ZH,
    BatchKind,
    BatchStatus,
    Direction,
    ItemSource,
    shipping_direction,
)
from libdesk.models.distribution.rules import ItemInput, merge_items, normalized_item
from libdesk.models.distribution.records import BatchSummary, ItemLine
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.spreadsheets.safe import atomic_save, load_xlsx
from libdesk.spreadsheets.tables import Column, SheetRow, new_workbook, read_table, write_table

BATCHES = "配送批次"
ITEMS = "配送明细"
BATCH_COLUMNS = [
    Column("批次号", 15), Column("接收单位", 30), Column("类型", 10), Column("状态", 8),
    Column("计划日期", 12), Column("经办人", 10), Column("发出种数", 9), Column("发出册数", 9),
    Column("换回册数", 9), Column("箱数", 6), Column("已签收箱数", 10), Column("发出时间", 17),
    Column("签收时间", 17), Column("签收人", 10), Column("超期未签收", 10), Column("备注", 30),
]
ITEM_COLUMNS = [
    Column("批次号", 15), Column("方向", 6), Column("箱号", 6), Column("ISBN", 16),
    Column("题名", 36), Column("责任者", 16), Column("出版社", 20), Column("索书号", 14),
    Column("期刊刊期", 12), Column("册数", 6), Column("来源", 6),
]
IMPORT_COLUMNS = ITEM_COLUMNS[1:]
DIRECTION_FROM_ZH = {zh: d.value for d, zh in DIRECTION_ZH.items()} | {"回收": Direction.BACK.value}
SOURCE_FROM_ZH = {zh: s.value for s, zh in ITEM_SOURCE_ZH.items()}


def _local(value):
    return value.astimezone().replace(tzinfo=None) if value is not None else None


def write_batches(path: Path, batches: list[BatchSummary],
                  items: Iterable[tuple[BatchSummary, list[ItemLine]]]) -> Path:
    workbook = new_workbook()
    write_table(workbook, BATCHES, BATCH_COLUMNS, (
        [b.number, b.branch_name, BATCH_KIND_ZH[BatchKind(b.kind)],
         BATCH_STATUS_ZH[BatchStatus(b.status)], b.planned_on, b.staff, b.titles_out,
         b.copies_out, b.copies_back, b.boxes, b.boxes_received, _local(b.shipped_at),
         _local(b.received_at), b.received_by, "是" if b.overdue else "", b.notes]
        for b in batches))
    write_table(workbook, ITEMS, ITEM_COLUMNS, (
        [b.number, DIRECTION_ZH[Direction(i.direction)], i.box_no, i.isbn, i.title, i.author,
         i.publisher, i.call_number, i.issue, i.copies, ITEM_SOURCE_ZH[ItemSource(i.source)]]
        for b, lines in items for i in lines))
    return atomic_save(workbook, path)


def write_template(path: Path) -> Path:
    """An empty item sheet with one example row, for staff who prepare lists in Excel."""
    workbook = new_workbook()
    write_table(workbook, ITEMS, IMPORT_COLUMNS, [
        ["发出", 1, "9787020002207", "红楼梦", "曹雪芹", "人民文学出版社", "I242.4/1", "", 2,
         "馆藏"]])
    return atomic_save(workbook, path)


def read_items(path: Path, kind: str) -> tuple[list[ItemInput], list[Problem]]:
    """The items of the workbook's 配送明细 sheet (or its first sheet), merged, and every
    problem found; nothing is returned as valid unless the whole sheet is."""
    workbook = load_xlsx(path)
    try:
        title = ITEMS if ITEMS in workbook.sheetnames else workbook.sheetnames[0]
        items: list[ItemInput] = []
        problems: list[Problem] = []
        default_direction = shipping_direction(kind).value
        for row in read_table(workbook, title, ["ISBN", "题名"]):
            item = _item(row, title, problems, default_direction)
            if item is None:
                continue
            item, found = normalized_item(item, kind)
            problems += [Problem(_COLUMN.get(p.field, p.field), p.template, p.params,
                                 row.number, title) for p in found]
            items.append(item)
        return merge_items(items), problems
    finally:
        workbook.close()


_COLUMN = {"isbn": "ISBN", "title": "题名", "author": "责任者", "publisher": "出版社",
           "call_number": "索书号", "issue": "期刊刊期", "copies": "册数", "box_no": "箱号",
           "direction": "方向", "source": "来源"}


def _item(row: SheetRow, sheet: str, problems: list[Problem], direction: str) -> ItemInput | None:
    copies = row.whole("册数", problems, sheet, 1, minimum=None)
    box = row.whole("箱号", problems, sheet, 1, minimum=None)
    direction_text = row.text("方向")
    if direction_text:
        direction = DIRECTION_FROM_ZH.get(direction_text, "")
        if not direction:
            problems.append(Problem("方向", QT_TRANSLATE_NOOP(
                "Errors", "Unknown direction “{value}”; use 发出 or 换回."),
                {"value": direction_text}, row.number, sheet))
            return None
    source_text = row.text("来源")
    source = SOURCE_FROM_ZH.get(source_text, ItemSource.COLLECTION.value) if source_text \
        else ItemSource.COLLECTION.value
    if source_text and source_text not in SOURCE_FROM_ZH:
        problems.append(Problem("来源", QT_TRANSLATE_NOOP(
            "Errors", "Unknown source “{value}”; use 馆藏 or 捐赠."),
            {"value": source_text}, row.number, sheet))
    if copies is None or box is None:
        return None
    return ItemInput(isbn=row.text("ISBN"), title=row.text("题名"), author=row.text("责任者"),
                     publisher=row.text("出版社"), call_number=row.text("索书号"),
                     issue=row.text("期刊刊期"), copies=copies, box_no=box,
                     direction=direction, source=source)


