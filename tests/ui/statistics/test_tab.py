"""The statistics tab: the year's summary, and recording a month of mobile service."""
from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.typing import type_text



def open_tab(open_window, services):
    window = open_window(services)
    assert window.show_tab("statistics")
    return window, window.tab("statistics")


def summary(tab) -> dict[str, str]:
    table = tab.ui.summaryTable
    return {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}


def test_record_mobile_service_and_see_the_totals(qtbot, open_window, services):
    window, tab = open_tab(open_window, services)
    assert summary(tab)["分馆数量"] == "37"
    ui = tab.ui
    ui.mobilePointCombo.setCurrentIndex(ui.mobilePointCombo.findText("太原市老年公寓"))
    ui.mobileMonthEdit.setDate(QDate(2020, 10, 1))
    ui.mobileVisitsSpin.lineEdit().selectAll()
    qtbot.keyClicks(ui.mobileVisitsSpin.lineEdit(), "120")
    ui.mobileLoansSpin.setValue(300)
    qtbot.mouseClick(ui.mobileSaveButton, Qt.MouseButton.LeftButton)
    assert ui.yearCombo.currentText() == "2020"
    assert summary(tab)["流动服务借阅人次"] == "120"
    assert ui.mobileTable.rowCount() == 1
    assert ui.mobileTable.item(0, 1).text() == "太原市老年公寓"


def test_the_month_notes_are_typed_in_the_editor_and_kept(qtbot, open_window, services):
    point = services.branches.lookup("太原市老年公寓")
    services.statistics.record_mobile(point, 2020, 10, 100, 200, "流动车")
    window, tab = open_tab(open_window, services)
    ui = tab.ui
    ui.mobilePointCombo.setCurrentIndex(ui.mobilePointCombo.findData(point))
    ui.mobileMonthEdit.setDate(QDate(2020, 10, 1))
    assert ui.mobileNotesEdit.text() == "流动车"  # the stored notes are shown
    ui.mobileNotesEdit.selectAll()
    type_text(qtbot, ui.mobileNotesEdit, "流动车进社区")
    qtbot.mouseClick(ui.mobileSaveButton, Qt.MouseButton.LeftButton)
    stored = services.statistics.mobile(point, 2020, 10)
    assert (stored.visits, stored.loans, stored.notes) == (100, 200, "流动车进社区")
    qtbot.waitUntil(lambda: ui.mobileTable.item(0, 4).text().endswith(" 流动车进社区"))
    ui.mobileMonthEdit.setDate(QDate(2020, 11, 1))  # a month with nothing typed yet
    assert ui.mobileNotesEdit.text() == ""


def test_export_the_year(qtbot, open_window, services, tmp_path, monkeypatch):
    services.statistics.record_mobile(28, 2020, 10, 120, 300)
    window, tab = open_tab(open_window, services)
    target = tmp_path / "统计.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    export = [a for a in window.menu("file").actions() if a.text().startswith("导出年度统计")]
    export[0].trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "流动服务" in load_workbook(target, read_only=True).sheetnames
