"""Issue 12.1 in the GUI: a damaged workbook chosen in the import dialog gives one message in
Chinese naming the sheet and row and saying what to do — not a fault report."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.spreadsheets.workbooks import SHEET, changed, row_start


def test_a_damaged_roster_is_refused_with_a_translated_message(window, services, sync_tasks,
                                                               tmp_path, monkeypatch):
    good = services.branches.export_roster(tmp_path / "roster.xlsx")

    def nul_in_row_3(sheet: bytes) -> bytes:
        at = row_start(sheet, 3)
        return sheet[:at] + b"\x00" + sheet[at:]
    bad = changed(good, tmp_path / "坏.xlsx", SHEET, nul_in_row_3)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())) or 0)
    actions = [a for a in window.menu("file").actions() if a.text().startswith("导入联系名册")]
    assert actions, "the File menu offers the roster import"
    actions[0].trigger()
    assert len(shown) == 1
    text, details = shown[0]
    assert "已损坏" in text and "工作表“分馆汇总”第 3 行（含有 NUL 字节）" in text
    assert "另存为 .xlsx" in text and "未导入任何数据" in text
    assert details == ""  # a refusal, not a fault report with a traceback
