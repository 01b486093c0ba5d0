"""Issue 12.1, 12.2 and 12.11: damaged parts, one huge cell and the row counter. Every refusal
is a clear error naming the sheet (and the row when known), written nothing, and shows no
value from the file in full."""
from __future__ import annotations

import base64
import os
import zipfile

import pytest
from sqlalchemy import func, select

from libdesk.models.audit_log import AuditLog
from libdesk.models.errors import DomainError
from libdesk.spreadsheets import opening
from libdesk.spreadsheets.opening import open_workbook
from libdesk.spreadsheets.tables import read_table
from tests.spreadsheets.workbooks import SHEET, changed, parts, rebuild, row_start, without

SUMMARY = "分馆汇总"


@pytest.fixture
def roster(services, tmp_path):
    return services.branches.export_roster(tmp_path / "roster.xlsx")


def refusal(services, path) -> str:
    with services.store.read() as session:
        before = session.execute(select(func.max(AuditLog.id))).scalar()
    with pytest.raises(DomainError) as caught:
        services.branches.import_roster(path)
    with services.store.read() as session:
        assert session.execute(select(func.max(AuditLog.id))).scalar() == before
    return caught.value.english()


def insert_at_row(number: int, text: bytes):
    def change(sheet: bytes) -> bytes:
        at = row_start(sheet, number)
        return sheet[:at] + text + sheet[at:]
    return change


@pytest.mark.parametrize("damage, reason, row", [
    (insert_at_row(3, b"\x00"), "a NUL byte", 3),
    (insert_at_row(4, b"<c r=\"Z4\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c>"),
     "undefined entity", 4),
    (insert_at_row(5, b"<c r=\"Z5\" t=\"inlineStr\"><is><t>\xff\xfe</t></is></c>"),
     "not UTF-8", 5),
    (lambda sheet: sheet[:len(sheet) // 2], "ends early", None),
])
def test_a_damaged_sheet_part_is_refused_naming_sheet_and_row(services, roster, tmp_path,
                                                              damage, reason, row):
    path = changed(roster, tmp_path / "bad.xlsx", SHEET, damage)
    message = refusal(services, path)
    assert f"sheet “{SUMMARY}”" in message and reason in message
    assert "save it again as .xlsx" in message
    if row is not None:
        assert f"row {row} " in message
    else:
        assert "row " in message  # the rows read before the end


def test_missing_parts_are_refused(services, roster, tmp_path):
    assert "the sheet's part is missing" in refusal(
        services, without(roster, tmp_path / "a.xlsx", SHEET))
    assert "no xl/workbook.xml" in refusal(
        services, without(roster, tmp_path / "b.xlsx", "xl/workbook.xml"))
    assert "damaged" in refusal(
        services, without(roster, tmp_path / "c.xlsx", "xl/_rels/workbook.xml.rels"))


def test_a_shared_text_that_does_not_exist_is_refused(services, roster, tmp_path):
    def dangling(sheet: bytes) -> bytes:
        at = row_start(sheet, 2)
        return sheet[:at] + b'<c r="Y2" t="s"><v>999999</v></c>' + sheet[at:]
    message = refusal(services, changed(roster, tmp_path / "s.xlsx", SHEET, dangling))
    assert f"sheet “{SUMMARY}”" in message


def test_a_bad_number_is_a_row_problem_not_a_crash(services, roster, tmp_path):
    def letters(sheet: bytes) -> bytes:
        at = row_start(sheet, 2)
        end = sheet.index(b"</c>", at) + 4  # the 编号 cell of row 2
        return sheet[:at] + b'<c r="A2"><v>12abc</v></c>' + sheet[end:]
    message = refusal(services, changed(roster, tmp_path / "n.xlsx", SHEET, letters))
    assert "row 2" in message and "编号" in message and "not a whole number" in message


@pytest.mark.parametrize("reference", [b"XFD3", b"A1048576", b"A150000"])
def test_cells_far_from_the_data_are_refused_before_the_reader_allocates_them(
        services, roster, tmp_path, reference):
    def far(sheet: bytes) -> bytes:
        at = row_start(sheet, 3)
        return sheet[:at] + b'<c r="' + reference + b'"><v>1</v></c>' + sheet[at:]
    path = changed(roster, tmp_path / "far.xlsx", SHEET, far)
    message = refusal(services, path)
    if reference == b"A150000":  # within the limits: read, and reported as a row problem
        assert "row 150000" in message and "name is empty" in message
    else:
        assert "rows" in message and SUMMARY in message


def test_one_huge_cell_is_refused_while_streaming_and_not_echoed(services, roster, tmp_path):
    huge = base64.b64encode(os.urandom(6_000_000))  # 8 million characters, incompressible
    path = changed(roster, tmp_path / "huge.xlsx", SHEET, insert_at_row(
        2, b'<c r="Z2" t="inlineStr"><is><t>' + huge + b"</t></is></c>"))
    message = refusal(services, path)
    assert f"Sheet “{SUMMARY}”, row 2" in message and "2000 characters" in message
    assert len(message) < 300


def test_a_long_cell_within_excel_limits_is_refused_by_row_and_column(services, roster,
                                                                      tmp_path):
    def long_name(sheet: bytes) -> bytes:
        at = row_start(sheet, 2)
        end = sheet.index(b"</c>", sheet.index(b"</c>", at) + 4) + 4  # 编号 and 名称 of row 2
        name = b'<c r="B2" t="inlineStr"><is><t>' + "长".encode() * 2500 + b"</t></is></c>"
        return sheet[:at] + b'<c r="A2"><v>1</v></c>' + name + sheet[end:]
    message = refusal(services, changed(roster, tmp_path / "long.xlsx", SHEET, long_name))
    assert f"row 2, column B" in message and "长长长" in message and len(message) < 300


def long_sheet(tmp_path, roster, data_rows: int):
    """The roster with its summary sheet replaced by a header and ``data_rows`` rows."""
    row = b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>p</t></is></c></row>'
    body = b"".join(row % (n, n, n, n) for n in range(2, data_rows + 2))
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c><c r="B1" '
              't="inlineStr"><is><t>名称</t></is></c></row>').encode()
    members = parts(roster)
    members[SHEET] = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas'
                      b'.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + header
                      + body + b"</sheetData></worksheet>")
    return rebuild(tmp_path / f"rows{data_rows}.xlsx", members, zipfile.ZIP_STORED)


def count_rows(path) -> int:
    with open_workbook(path) as book:
        return sum(1 for _ in read_table(book, SUMMARY, ["名称"]))


def test_the_row_counter_is_exact_at_the_real_limit(roster, tmp_path):
    """199,999 data rows pass the streaming count (over several 1 MiB chunks,
    where the old counter counted a row twice); 200,001 do not."""
    limit = opening.MAX_DATA_ROWS
    opening.check_xlsx(long_sheet(tmp_path, roster, limit - 1))
    with pytest.raises(DomainError, match=f"more than {limit} rows"):
        opening.check_xlsx(long_sheet(tmp_path, roster, limit + 1))


def test_the_row_counter_is_exact_with_tiny_chunks(roster, tmp_path, monkeypatch):
    """Every row tag near a chunk boundary, read through to the rows themselves."""
    monkeypatch.setattr(opening, "MAX_DATA_ROWS", 300)
    monkeypatch.setattr(opening, "SCAN_CHUNK", 37)
    assert count_rows(long_sheet(tmp_path, roster, 299)) == 299
    assert count_rows(long_sheet(tmp_path, roster, 300)) == 300
    with pytest.raises(DomainError, match="more than 300 rows"):
        count_rows(long_sheet(tmp_path, roster, 301))


@pytest.mark.parametrize("cells, verdict", [
    (b'<c r="A2" t="inlineStr"><is><t>123456"</t></is></c>', None),  # digits in a text
    (b'<c r="A2" t="inlineStr"><is><t>r="AB</t></is></c>', None),
    (b'<c r="AB7"><v>1</v></c>', None),                              # column 28: allowed
    (b'<c r="BM2"><v>1</v></c>', "columns"),                          # column 65
    (b'<c r="AB1000001"><v>1</v></c>', "rows"),                       # both, in one
    (b'<row r="250000"><c r="A250000"><v>1</v></c></row>', "rows"),
    (b'<rowBreaks count="1"/><row r="3"/><row>', None),               # other row tags
])
def test_the_extent_scans_give_the_patterns_verdicts(tmp_path, cells, verdict):
    """The fast passes before the far-row and wide-column patterns (and the row count's)
    refuse exactly what the patterns do, digits and capitals in texts included."""
    from tests.spreadsheets.workbooks import sheet_xml

    sheet = sheet_xml([["编号", "名称"], ["1", "甲"]])
    sheet = sheet.replace(b"</sheetData>", cells + b"</sheetData>")
    members = {"[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
               "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.'
               b'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
               b'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
               b'name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
               "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns='
               b'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
               b'Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>',
               "xl/worksheets/sheet1.xml": sheet}
    path = rebuild(tmp_path / "extent.xlsx", members)
    if verdict is None:
        opening.check_xlsx(path)
    else:
        with pytest.raises(DomainError, match=verdict):
            opening.check_xlsx(path)
