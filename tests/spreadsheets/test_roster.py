"""Roster export → import: Chinese text, leading zeros, formula-looking strings, masking."""
from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from libdesk.models.branches.rules import ContactInput, PointInput
from libdesk.models.errors import ValidationFailed
from libdesk.services.base import ListQuery
from libdesk.spreadsheets.safe import SpreadsheetError


@pytest.fixture
def roster_point(services):
    return services.branches.save(
        PointInput(name="=HYPERLINK(\"http://x\")", category="学校", address="+86 路 007 号",
                   notes="@备注\t第二段", books_on_site=1200),
        [ContactInput("张伟", "-校长", "13812345678", is_primary=True),
         ContactInput("李娜", "0351", "0351-7654321")])


def test_export_is_a_real_roster(services, roster_point, tmp_path):
    path = services.branches.export_roster(tmp_path / "roster.xlsx")
    book = load_workbook(path)
    summary, contacts = book["分馆汇总"], book["联系人"]
    assert [c.value for c in summary[1]][:3] == ["编号", "名称", "类别"]
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref.startswith("A1:")
    assert summary["A1"].font.bold
    row = next(r for r in summary.iter_rows(min_row=2) if r[1].value.startswith("=HYPER"))
    assert row[1].data_type == "s"  # text, not a formula
    assert row[8].value == "138****5678"  # masked by default
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    assert contacts.max_row == 3


def test_round_trip_changes_nothing(services, roster_point, tmp_path):
    before = services.branches.get(roster_point)
    path = services.branches.export_roster(tmp_path / "roster.xlsx")
    counts = services.branches.import_roster(path)
    assert counts == {"added": 0, "updated": 0, "unchanged": 38}
    assert services.branches.get(roster_point) == before  # masked phones kept as stored
    path = services.branches.export_roster(tmp_path / "full.xlsx", unmask=True)
    assert services.branches.import_roster(path)["unchanged"] == 38


def test_import_adds_and_updates_from_an_edited_file(services, tmp_path):
    path = services.branches.export_roster(tmp_path / "roster.xlsx", unmask=True)
    book = load_workbook(path)
    summary = book["分馆汇总"]
    summary.append([None, "太图城市书房新点", "太图自建阅读空间", "运行", "迎泽区", "新街 1 号",
                    None, None, None, "0500", None])
    summary["J2"] = 999
    book["联系人"].append(["太图城市书房新点", "周洁", "管理员", "13700000000", "", "是", ""])
    book.save(path)
    assert services.branches.import_roster(path) == {"added": 1, "updated": 1, "unchanged": 36}
    row = services.branches.page(ListQuery(text="新点"), 0, 1)[0]
    assert (row.books_on_site, row.primary_contact) == (500, "周洁")


def test_bad_rows_are_all_reported_and_nothing_is_written(services, tmp_path):
    path = services.branches.export_roster(tmp_path / "roster.xlsx")
    book = load_workbook(path)
    summary = book["分馆汇总"]
    summary["B3"] = None
    summary["J4"] = "很多"
    summary["D5"] = "搬走了"
    book["联系人"].append(["不存在的馆", "某人"])
    book["联系人"].append(["小店区图书馆", "某人", "", "12345"])
    book.save(path)
    with pytest.raises(ValidationFailed) as caught:
        services.branches.import_roster(path)
    where = sorted((p.sheet, p.row, p.field) for p in caught.value.problems)
    assert where == [("分馆汇总", 3, "名称"), ("分馆汇总", 4, "馆藏册数"), ("分馆汇总", 5, "状态"),
                     ("联系人", 2, "分馆名称"), ("联系人", 3, "电话")]
    assert services.branches.get(1).contacts == []


def test_not_an_xlsx_is_refused_clearly(services, tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_text("编号,名称\n1,小店区图书馆\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError) as caught:
        services.branches.import_roster(path)
    assert "not an Excel .xlsx" in caught.value.english()
