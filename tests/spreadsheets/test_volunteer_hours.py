"""The hours sheet read column by column gives exactly what reading it row by row gives:
the same rows, and the same problems in the same order with the same messages."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook

from libdesk.spreadsheets import opening
from libdesk.spreadsheets import volunteers as sheets
from libdesk.spreadsheets.opening import open_workbook
from libdesk.spreadsheets.tables import read_table

HEADER = ["姓名", "志愿者编号", "服务日期", "服务时长(小时)", "项目名称", "备注", "姓名"]
ROWS = [
    ["甲", "TY001", date(2020, 11, 14), 2, "阅读推广", "", "甲"],
    ["乙", "", "2020-11-14", "0.85", "阅读推广", None, "乙二"],  # the last 姓名 counts
    [" 丙 ", 12345, datetime(2020, 11, 14, 9, 30), 1.5, " 阅读推广 ", "x", " 丙 "],
    [None, None, None, None, None, None, None],                 # blank: skipped
    ["  ", "", " ", None, "", "", "  "],                        # only spaces: skipped
    ["丁", "", "2020/11/31", 1.125, "阅读推广", "", "丁"],       # bad date, bad hours
    ["", "", "20201114", 25, "", "", ""],                       # no name, activity; > 24 h
    ["戊", "", 20201114, 0, "阅读推广", "", "戊"],               # a number as date; 0 h
    ["己", "", "2020年11月14日", "2小时", "阅读推广", "", "己"],
    ["庚", "", date(2020, 11, 14), 24.0, "阅读推广", "", "庚"],
    ["辛", "", date(2020, 11, 14), 24.001, "阅读推广", "", "辛"],
    ["壬", "", date(2020, 11, 14), -1, "阅读推广", "", "壬"],
    ["癸", "", date(2020, 11, 14), float("nan"), "阅读推广", "", "癸"],
    [2020.0, "", date(2020, 11, 14), 0.01, 7.5, "", 2020.0],    # numbers as texts
    ["子", "", "", 3, "阅读推广", "", "子"],                     # no date
    ["丑", "", date(2020, 11, 14), True, "阅读推广", "", "丑"],
] * 3  # over several blocks


def by_rows(path):
    """The rows and problems as read row by row (``read_table`` and ``_hour_row``)."""
    book = open_workbook(path)
    rows, problems = [], []
    try:
        title = book.sheetnames[0]
        present = {h for h in HEADER}
        names = {ours: next((a for a in aliases if a in present), ours)
                 for ours, aliases in sheets.HOUR_ALIASES.items()}
        required = [names[h] for h in ("姓名", "服务日期", "服务时长", "活动名称")]
        for row in read_table(book, title, required):
            parsed = sheets._hour_row(row, names, problems, title)
            if parsed is not None:
                rows.append(parsed)
    finally:
        book.close()
    return rows, problems


@pytest.mark.parametrize("block", [opening.BLOCK_ROWS, 5])
def test_column_reading_is_row_reading(tmp_path, monkeypatch, block):
    monkeypatch.setattr(opening, "BLOCK_ROWS", block)
    book = Workbook()
    sheet = book.active
    sheet.title = sheets.HOURS_SHEET
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "hours.xlsx"
    book.save(path)
    rows, problems = sheets.read_hours(path)
    assert (rows, problems) == by_rows(path)
    assert len(rows) == 3 * 6 and {p.row for p in problems} >= {7, 8, 9}
    assert all(p.row is not None for p in problems)


def test_a_sheet_without_the_columns_is_refused_as_before(tmp_path):
    book = Workbook()
    book.active.append(["姓名", "服务日期"])
    book.active.append(["甲", "2020-11-14"])
    path = tmp_path / "short.xlsx"
    book.save(path)
    with pytest.raises(Exception, match="lacks the column"):
        sheets.read_hours(path)
