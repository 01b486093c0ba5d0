"""Issue 12.1, 12.2 and 12.10 from the command line: a damaged or hostile workbook given to
any of the four imports exits 2 (as other refused files do) with a short message naming the
sheet and row, never a traceback; a masked export is refused on another desk."""
from __future__ import annotations

import base64
import os
import shutil

import pytest

from libdesk.cli import main
from tests.spreadsheets.workbooks import SHEET, changed, row_start

EXPORTS = {  # command → (export arguments, first sheet)
    "branches": (["branches", "export"], "分馆汇总"),
    "donors": (["donors", "export", "--unmask"], "捐赠者"),
    "volunteers": (["volunteers", "export", "--unmask"], "志愿者台账"),
    "hours": (["hours", "export"], "服务时长"),
}


def export(db_path, tmp_path, command: str):
    target = tmp_path / f"{command}.xlsx"
    arguments, _ = EXPORTS[command]
    assert main([*arguments, str(target), "--database", str(db_path)]) == 0
    return target


def in_row(number: int, text: bytes):
    def change(sheet: bytes) -> bytes:
        at = row_start(sheet, number)
        return sheet[:at] + text + sheet[at:]
    return change


@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_a_damaged_sheet_exits_2_naming_the_sheet_and_row(command, db_path, tmp_path, capsys):
    good = export(db_path, tmp_path, command)
    bad = changed(good, tmp_path / "bad.xlsx", SHEET, in_row(1, b"\x00"))
    capsys.readouterr()
    assert main([command, "import", str(bad), "--database", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert f"sheet “{EXPORTS[command][1]}”, row 1 (a NUL byte)" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["branches", "hours"])
def test_one_huge_cell_exits_2_with_a_short_message(command, db_path, tmp_path, capsys):
    good = export(db_path, tmp_path, command)
    huge = base64.b64encode(os.urandom(3_000_000))
    bad = changed(good, tmp_path / "huge.xlsx", SHEET, in_row(
        1, b'<c r="Z1" t="inlineStr"><is><t>' + huge + b"</t></is></c>"))
    capsys.readouterr()
    assert main([command, "import", str(bad), "--database", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "more than 2000 characters" in err and len(err) < 300


@pytest.mark.sqlite_only  # works on the database file itself
def test_a_masked_donors_export_is_refused_on_another_desk(db_path, tmp_path, capsys):
    other = tmp_path / "other.sqlite"
    shutil.copyfile(db_path, other)
    target = tmp_path / "masked.xlsx"
    assert main(["donors", "template", str(tmp_path / "t.xlsx"), "--database", str(db_path)]) == 0
    assert main(["donors", "import", str(tmp_path / "t.xlsx"), "--database", str(db_path)]) == 0
    assert main(["donors", "export", str(target), "--database", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["donors", "import", str(target), "--database", str(other)]) == 2
    err = capsys.readouterr().err
    assert "masked" in err and "full numbers" in err and "--unmask" in err
