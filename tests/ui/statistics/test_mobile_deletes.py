"""Deleting a typed mobile-service month from the statistics tab, two desks on one database:
the confirmation shows the month's figures as stored; figures retyped at another desk after
the user confirmed are kept, the message says who retyped them and what, and the editor shows
them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.answers import answer_boxes, check, click, yes


def _open_month(qtbot, window, services):
    point = services.branches.lookup("太原市老年公寓")
    services.statistics.record_mobile(point, 2020, 10, 100, 200, "流动车")
    assert window.show_tab("statistics")
    tab = window.tab("statistics")
    tab.select_year(2020)
    tab.ui.detailTabs.setCurrentWidget(tab.ui.mobilePage)
    table = tab.ui.mobileTable
    qtbot.waitUntil(table.isVisible)
    cell = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert table.currentRow() == 0
    return point, tab


def test_a_month_retyped_after_the_confirmation_is_kept(qtbot, window, services, other_desk):
    point, tab = _open_month(qtbot, window, services)

    def confirm(box):
        other_desk.store.session_info["actor"] = "wang"
        other_desk.statistics.record_mobile(point, 2020, 10, 150, 260)
        yes(qtbot, box)

    seen = answer_boxes(qtbot, confirm, lambda box: click(
        qtbot, box, QMessageBox.ButtonRole.RejectRole))
    qtbot.mouseClick(tab.ui.mobileDeleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["deleteConfirmation", "deleteConflict"])
    asked, refused = seen
    assert "太原市老年公寓 2020-10" in asked.text
    assert "借阅人次：100" in asked.informative and "备注：流动车" in asked.informative
    assert "wang" in refused.text and "因此没有删除" in refused.text
    assert "借阅人次：100 → 150" in refused.informative
    assert "借阅册次：200 → 260" in refused.informative
    stored = services.statistics.mobile(point, 2020, 10)
    assert (stored.visits, stored.loans, stored.notes) == (150, 260, "流动车")
    assert (tab.ui.mobileVisitsSpin.value(), tab.ui.mobileLoansSpin.value()) == (150, 260)
    assert tab.ui.mobileTable.rowCount() == 1


def test_a_month_confirmed_as_stored_is_deleted(qtbot, window, services):
    point, tab = _open_month(qtbot, window, services)
    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box))
    qtbot.mouseClick(tab.ui.mobileDeleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    check(seen, ["deleteConfirmation"])
    assert services.statistics.mobile(point, 2020, 10) is None
    assert tab.ui.mobileTable.rowCount() == 0
