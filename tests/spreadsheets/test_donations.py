"""Donors workbook: masked export, the template, and the all-or-nothing import."""
from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from libdesk.models.errors import ValidationFailed
from libdesk.services.base import ListQuery
from tests.services.donations.fixtures import add_sun_ying


def test_export_masks_phones_and_ids_unless_asked(services, tmp_path):
    add_sun_ying(services)
    book = load_workbook(services.donor_files.export(tmp_path / "d.xlsx"))
    donors, lines = book["捐赠者"], book["捐赠明细"]
    header = [c.value for c in donors[1]]
    row = dict(zip(header, [c.value for c in donors[2]]))
    assert row["姓名/名称"] == "孙英" and row["电话"] == "139****5678"
    assert row["身份证号"] == "142701********1234"
    assert donors.freeze_panes == "A2" and donors["A1"].font.bold
    line = dict(zip([c.value for c in lines[1]], [c.value for c in lines[2]]))
    assert line["接收日期"] == datetime(2020, 10, 14) and line["评估"] == "入藏"
    assert lines.max_row == 5
    full = load_workbook(services.donor_files.export(tmp_path / "u.xlsx", unmask=True))
    assert full["捐赠者"]["G2"].value == "13912345678"


def test_reimporting_an_export_changes_nothing(services, tmp_path):
    add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "d.xlsx")
    report = services.donor_files.import_file(path)
    assert (report.donors_added, report.donors_updated, report.donations_added,
            report.rows_kept) == (0, 1, 0, 4)
    assert services.donors.get(1, unmask=True).phone == "13912345678"


def test_template_filled_in_imports_donors_donations_and_lines(services, tmp_path):
    path = services.donor_files.template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["捐赠者"].append([None, "单位", "北京画院", None, "美术机构", "王老师", "010-66012345"])
    book["捐赠明细"].append([None, None, "北京画院", "2020-09-01", "李", "邮寄", "图书",
                          "画集", None, 39, 139, "册", "转配分馆"])
    book.save(path)
    report = services.donor_files.import_file(path)
    assert (report.donors_added, report.donations_added, report.lines_added) == (2, 2, 2)
    rows = services.donations.page(ListQuery(text="北京画院"), 0, 5)
    assert (rows[0].titles, rows[0].volumes, rows[0].channel) == (39, 139, "post")
    detail = services.donations.get(rows[0].id)
    assert detail.lines[0].evaluation == "distribute"


def test_bad_rows_are_all_reported_and_nothing_is_written(services, tmp_path):
    path = services.donor_files.template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["捐赠者"].append([None, "团体", "某单位", None, None, None, "12345"])
    lines = book["捐赠明细"]
    lines.append([None, None, "不存在的人", "2020-09-01", "", "", "图书", "书", None, 1, 1])
    lines.append([None, None, "孙英", "去年", "", "", "图书", "书", None, 1, 1])
    lines.append([None, None, "孙英", "2020-09-01", "", "飞鸽", "图书", "", None, 1, "很多"])
    book.save(path)
    with pytest.raises(ValidationFailed) as caught:
        services.donor_files.import_file(path)
    where = sorted((p.sheet, p.row, p.field) for p in caught.value.problems)
    assert where == sorted([("捐赠明细", 3, "捐赠者"), ("捐赠明细", 4, "接收日期"),
                     ("捐赠明细", 5, "方式"), ("捐赠明细", 5, "数量"),
                     ("捐赠明细", 5, "题名/说明"), ("捐赠者", 3, "电话"), ("捐赠者", 3, "类型")])
    assert services.donors.count(ListQuery()) == 0
