"""Issue 17.4: exports stream through XlsxWriter (constant memory) and keep the safe-cell
rules: text that looks like a formula stays text, characters XML cannot hold are dropped,
and a failing export leaves the old file as it was."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from openpyxl import load_workbook

from libdesk.spreadsheets.opening import open_workbook
from libdesk.spreadsheets.tables import read_table
from libdesk.spreadsheets.writing import Column, export_book, write_table

RISKY = ["=1+1", "+8613800000000", "-2", "@SUM(A1:A9)", "\t=cmd|' /C calc'!A0",
         "=HYPERLINK(\"http://x\")", "a\x01b\x1fc"]


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path):
    path = tmp_path / "risky.xlsx"
    with export_book(path) as book:
        write_table(book, "表", [Column("值")], ([value] for value in RISKY))
    sheet = load_workbook(path)["表"]
    cells = [sheet.cell(row=n, column=1) for n in range(2, len(RISKY) + 2)]
    assert all(cell.data_type == "s" for cell in cells)
    assert [cell.value for cell in cells] == RISKY[:-1] + ["abc"]


def test_types_header_and_layout(tmp_path):
    path = tmp_path / "types.xlsx"
    moment = datetime(2021, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    with export_book(path) as book:
        count = write_table(book, "表", [Column("文字", 20), Column("数"), Column("日期"),
                                         Column("时间"), Column("空")],
                            [["孙英", 324, date(2020, 10, 14), moment, None]])
    assert count == 1
    sheet = load_workbook(path)["表"]
    assert [c.value for c in sheet[1]] == ["文字", "数", "日期", "时间", "空"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E2"
    assert sheet.column_dimensions["A"].width == pytest.approx(20, abs=1)
    assert (sheet["A2"].value, sheet["B2"].value) == ("孙英", 324)
    assert sheet["C2"].value == datetime(2020, 10, 14)
    assert sheet["D2"].value == datetime(2021, 5, 6, 7, 8, 9)
    with open_workbook(path) as read:  # and LibDesk reads its own export back
        row = next(read_table(read, "表", ["文字"]))
    assert row.text("文字") == "孙英" and row.text("数") == "324"


def test_a_failing_export_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"the old export")

    def rows():
        yield ["one"]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        with export_book(path) as book:
            write_table(book, "表", [Column("值")], rows())
    assert path.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.xlsx"]


def test_an_export_over_a_file_that_cannot_be_replaced_is_a_clear_error(tmp_path):
    from libdesk.spreadsheets.errors import SpreadsheetError

    target = tmp_path / "busy.xlsx"
    target.mkdir()  # a folder in the way: the rename cannot replace it
    with pytest.raises(SpreadsheetError, match="the old file was kept"):
        with export_book(target) as book:
            write_table(book, "表", [Column("值")], [["x"]])
    assert target.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["busy.xlsx"]
