"""Issue 12.1 in the GUI: a damaged workbook chosen in the import dialog gives one message in
Chinese naming the sheet and row and saying what to do — not a fault report."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from libdesk.app import create_application
from libdesk.ui.shell.main_window import MainWindow
from tests.spreadsheets.workbooks import SHEET, changed, row_start


@pytest.fixture
def window(qtbot, services):
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("branches")
    return window


def test_a_damaged_roster_is_refused_with_a_translated_message(qtbot, window, services,
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
    window.tab("branches").import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    text, details = shown[0]
    assert "已损坏" in text and "工作表“分馆汇总”第 3 行" in text and "另存为 .xlsx" in text
    assert "fault" not in details and "故障" not in details
