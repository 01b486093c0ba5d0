"""Collection transfers: books pulled from 少儿部 to 馆外流通部 for a project or a point; their
lines are packed into a draft batch (items and packing together), the statistics count them,
and a cancelled batch gives its copies back."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from libdesk.models.distribution.rules import BatchInput
from libdesk.models.errors import Conflict, InvalidTransition, ValidationFailed
from libdesk.models.outreach.rules import TransferInput, TransferLineInput
from libdesk.services.base import ListQuery

READING_ROOM = "太图城市书房郝庄馆"


def test_transfer_lines_are_packed_into_a_batch_and_counted(services, tmp_path):
    point = services.branches.lookup(READING_ROOM)
    yueshu = services.transfers.add_with_lines(
        TransferInput(transferred_on=date(2020, 3, 9), source_dept="少儿部", project="太图约书",
                      purpose="太图约书借阅服务"), [TransferLineInput(title="少儿图书", copies=1043)])
    room = services.transfers.add_with_lines(
        TransferInput(transferred_on=date(2020, 11, 2), source_dept="少儿借阅区",
                      branch_id=point, project="太原城市书房", purpose="城市书房配书"),
        [TransferLineInput(isbn="9787020002207", title="红楼梦", copies=500),
         TransferLineInput(title="亲子绘本", copies=150)])
    rows = services.transfers.page(ListQuery(sort="transferred_on"), 0, 10)
    assert [(r.destination, r.copies) for r in rows] == [("太图约书", 1043),
                                                         (READING_ROOM, 650)]

    batch = services.distribution.create(BatchInput(branch_id=point))
    lines = services.transfers.lines(room)
    assert services.transfers.pack([lines[0].id], batch, box_no=1, copies=200) == 200
    assert services.transfers.pack([line.id for line in lines], batch, box_no=2) == 450
    items = services.distribution.items(batch)
    assert sum(i.copies for i in items) == 650
    assert {i.isbn for i in items} == {"9787020002207", ""}
    with pytest.raises(Conflict):
        services.transfers.pack([lines[0].id], batch)
    with pytest.raises(InvalidTransition):
        services.transfers.remove_lines([lines[0].id])

    report = services.statistics.year_report(2020)
    assert report.value("馆藏调拨至馆外流通部") == 2
    assert report.value("调拨图书") == 1693
    assert report.value("其中：已装入配送批次") == 650

    services.batch_status.cancel(batch, "计划改变")
    assert all(line.remaining == line.copies for line in services.transfers.lines(room))
    assert services.statistics.year_report(2020).value("其中：已装入配送批次") == 0
    assert any(e.kind == "transfer" for e in services.point_history.history(point))
    assert services.transfers.delete([yueshu]) == 1


def test_transfer_workbook_round_trip_and_row_problems(services, tmp_path):
    services.transfers.add_with_lines(
        TransferInput(transferred_on=date(2020, 5, 6), source_dept="少儿借阅区",
                      project="阳曲未来图书馆"), [TransferLineInput(title="少儿图书", copies=5000)])
    path = services.transfers.export_xlsx(tmp_path / "t.xlsx")
    assert services.transfers.import_xlsx(path) == 1
    assert services.transfers.count(ListQuery(filters={"project": "阳曲未来图书馆"})) == 2
    book = load_workbook(path)
    sheet = book["调拨清单"]
    sheet["H2"] = "978-7-111"
    sheet["B2"] = None
    book.save(path)
    with pytest.raises(ValidationFailed) as caught:
        services.transfers.import_xlsx(path)
    assert {(p.row, p.field) for p in caught.value.problems} >= {(2, "调出部门"), (2, "ISBN")}
