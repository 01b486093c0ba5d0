from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from libdesk.models.distribution.rules import BatchInput
from libdesk.models.errors import ValidationFailed
from tests.services.distribution.helpers import point_id, swap_batch

HEADER = ["方向", "箱号", "ISBN", "题名", "责任者", "出版社", "索书号", "期刊刊期", "册数", "来源"]


def workbook(path, rows, sheet="配送明细"):
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def test_import_normalises_merges_and_fills_the_batch(services, tmp_path):
    batch_id = services.distribution.create(BatchInput(point_id(services), "swap"))
    path = workbook(tmp_path / "items.xlsx", [
        ["发出", 1, "978-7-02-000220-7", "红楼梦", "曹雪芹", "人民文学出版社", "I242.4/1", None, 2, "馆藏"],
        [None, 1, 9787020002207, "红楼梦", None, None, None, None, 3, None],  # number cell, merged
        ["发出", 2, "7536692935", "三体", "刘慈欣", "重庆出版社", None, None, 1, "捐赠"],
        ["换回", None, "9787544253994", "百年孤独", None, None, None, None, 4, None],
        [None, None, None, None, None, None, None, None, None, None],  # blank row skipped
    ])
    assert services.batch_documents.import_items(batch_id, path) == 3
    lines = {(i.direction, i.box_no, i.isbn): i for i in services.distribution.items(batch_id)}
    assert lines[("out", 1, "9787020002207")].copies == 5
    assert lines[("out", 2, "9787536692930")].source == "donation"
    assert lines[("back", 1, "9787544253994")].copies == 4


def test_bad_rows_are_all_reported_and_nothing_is_written(services, tmp_path):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    path = workbook(tmp_path / "bad.xlsx", [
        ["发出", 1, "9787020002208", "红楼梦", None, None, None, None, 1, None],
        ["发出", "一", "9787536692930", "三体", None, None, None, None, 1, None],
        ["寄出", 1, "9787536692930", "三体", None, None, None, None, 1, None],
        ["发出", 1, "9787536692930", "三体", None, None, None, None, 0, "赠送"],
    ])
    with pytest.raises(ValidationFailed) as caught:
        services.batch_documents.import_items(batch_id, path)
    found = sorted((p.row, p.field) for p in caught.value.problems)
    assert found == [(2, "ISBN"), (3, "箱号"), (4, "方向"), (5, "册数"), (5, "来源")]
    assert all(p.sheet == "配送明细" for p in caught.value.problems)
    assert "check digit should be 7" in caught.value.english()
    assert services.distribution.items(batch_id) == []


def test_export_writes_batches_and_items(services, tmp_path):
    batch_id = swap_batch(services)
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    path = services.batch_documents.export(tmp_path / "batches.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["配送批次", "配送明细"]
    batches = list(book["配送批次"].values)
    assert batches[1][:4] == ("PS-2020-0001", "太原市老年公寓", "流通替换", "已发出")
    assert batches[1][7] == 12 and batches[1][9] == 3
    items = list(book["配送明细"].values)
    assert len(items) == 7 and items[1][:5] == ("PS-2020-0001", "发出", 1, "9787020002207", "红楼梦")


def test_the_template_imports_cleanly(services, tmp_path):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    path = services.batch_documents.write_import_template(tmp_path / "template.xlsx")
    assert services.batch_documents.import_items(batch_id, path) == 1
