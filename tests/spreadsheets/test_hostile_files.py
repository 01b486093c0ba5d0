"""Hostile .xlsx files are refused before parsing, with a clear message, writing nothing:
non-xlsx files, zip bombs, XML entity bombs, over-long sheets and a few hundred fuzzed files."""
from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from libdesk.models.audit_log import AuditLog
from libdesk.models.errors import DomainError
from libdesk.spreadsheets import opening
from libdesk.spreadsheets.errors import SpreadsheetError
from libdesk.spreadsheets.opening import open_workbook

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 b'openxmlformats.org/package/2006/content-types"></Types>')
WORKBOOK = b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/' \
           b'spreadsheetml/2006/main"><sheets/></workbook>'


def workbook_zip(path: Path, sheet: bytes | None = None, members: dict | None = None,
                 compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        if sheet is not None:
            archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    return path


def audit_mark(services) -> int:
    with services.store.read() as session:
        return session.execute(select(func.max(AuditLog.id))).scalar()


def refused(services, path: Path) -> str:
    """Import ``path`` as a roster; it must fail with a domain error and write nothing."""
    before = audit_mark(services)
    with pytest.raises(DomainError) as caught:
        services.branches.import_roster(path)
    assert audit_mark(services) == before
    return caught.value.english()


def test_a_file_that_is_not_xlsx(services, tmp_path):
    text = tmp_path / "roster.xlsx"
    text.write_text("编号,名称\n1,小店区图书馆\n", encoding="utf-8")
    assert "not an Excel .xlsx workbook" in refused(services, text)
    old = tmp_path / "old.xlsx"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    assert "old .xls workbook or a password-protected" in refused(services, old)


def test_a_zip_bomb_is_refused_in_seconds(services, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            zeros = b"\0" * (1 << 20)
            for _ in range(400):  # 400 MB of nothing, about 400 KB zipped
                member.write(zeros)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    assert "zip bomb" in refused(services, bomb)


def test_a_zip_directory_that_lies_about_sizes_is_caught_while_reading(tmp_path):
    data = b"<row>" + b" " * (8 << 20) + b"</row>"
    path = workbook_zip(tmp_path / "liar.xlsx", data)
    raw = bytearray(path.read_bytes())
    honest = len(data).to_bytes(4, "little")
    assert raw.count(honest) == 2  # local header and central directory
    path.write_bytes(bytes(raw).replace(honest, (1024).to_bytes(4, "little")))
    with pytest.raises(SpreadsheetError):
        open_workbook(path)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""


def test_an_xml_entity_bomb_inside_a_sheet_is_refused(services, tmp_path):
    path = workbook_zip(tmp_path / "laughs.xlsx", BILLION_LAUGHS)
    assert "XML declarations" in refused(services, path)
    path = workbook_zip(tmp_path / "strings.xlsx", b"<worksheet/>",
                        {"xl/sharedStrings.xml": BILLION_LAUGHS})
    assert "XML declarations" in refused(services, path)


def test_a_sheet_over_the_row_limit_is_refused(services, tmp_path, monkeypatch):
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i)
                    for i in range(1, opening.MAX_DATA_ROWS + 3))
    sheet = b'<worksheet><sheetData>' + rows + b'</sheetData></worksheet>'
    path = workbook_zip(tmp_path / "long.xlsx", sheet)
    message = refused(services, path)
    assert f"more than {opening.MAX_DATA_ROWS} rows" in message


def test_a_few_hundred_fuzzed_files_give_clear_errors_and_write_nothing(services, tmp_path):
    good = tmp_path / "good.xlsx"
    services.branches.export_roster(good)
    original = good.read_bytes()
    rng = random.Random(2020)
    before = audit_mark(services)
    outcomes = {"refused": 0, "imported": 0}
    for case in range(300):
        if case % 3 == 0:
            data = rng.randbytes(rng.randint(0, 4000))
            if case % 2:
                data = b"PK\x03\x04" + data
        elif case % 3 == 1:
            data = bytearray(original)
            for _ in range(rng.randint(1, 30)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            data = bytes(data)
        else:
            data = original[:rng.randrange(len(original))]
        path = tmp_path / f"fuzz{case}.xlsx"
        path.write_bytes(data)
        try:
            counts = services.branches.import_roster(path)
        except DomainError as exc:
            assert exc.english().strip()
            outcomes["refused"] += 1
        else:  # a mutation that missed everything that matters reads back unchanged
            assert counts["added"] == counts["updated"] == 0
            outcomes["imported"] += 1
        path.unlink()
    assert audit_mark(services) == before
    assert outcomes["refused"] > 250


def test_a_genuine_workbook_still_opens(services, tmp_path):
    path = tmp_path / "roster.xlsx"
    services.branches.export_roster(path)
    workbook = open_workbook(path)
    assert workbook.sheetnames == ["分馆汇总", "联系人"]
    workbook.close()
    opening.check_xlsx(path)
