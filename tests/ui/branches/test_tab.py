"""The branches tab driven as a user would: typing, clicking, filtering, exporting."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from libdesk.services.base import ListQuery
from libdesk.ui.branches.branch_dialog import BranchDialog
from tests.ui.typing import type_text


def tab_of(window):
    return window.tab("branches")


def test_window_shows_the_37_points_in_chinese(window):
    tab = tab_of(window)
    assert tab.model.rowCount() == 37
    assert tab.model.data(tab.model.index(27, 1)) == "太原市老年公寓"
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "名称"


def test_add_a_point_with_a_contact_through_the_dialog(qtbot, window, services):
    dialog = BranchDialog(services, None, window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.nameEdit, "太图城市书房南站馆")
    dialog.ui.categoryCombo.setCurrentText("太图自建阅读空间")
    type_text(qtbot, dialog.ui.districtEdit, "小店区")
    qtbot.mouseClick(dialog.ui.addContactButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.contactsTable
    for column, text in ((0, "李明"), (1, "管理员"), (2, "13900001111")):
        table.item(0, column).setText(text)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    detail = services.branches.get(dialog.saved_id)
    assert detail.point.district == "小店区"
    assert [(c.name, c.phone, c.is_primary) for c in detail.contacts] == [
        ("李明", "13900001111", True)]


def test_dialog_shows_validation_messages_and_keeps_input(qtbot, window, services):
    dialog = BranchDialog(services, None, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.addContactButton, Qt.MouseButton.LeftButton)
    dialog.ui.contactsTable.item(0, 0).setText("王")
    dialog.ui.contactsTable.item(0, 2).setText("12345")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == 0
    message = dialog.ui.errorLabel.text()
    assert "名称为必填项" in message and "联系人 1 的电话" in message
    assert dialog.ui.contactsTable.item(0, 2).text() == "12345"
    assert services.branches.count(ListQuery()) == 37


def test_typing_filters_and_category_filters(qtbot, window):
    tab = tab_of(window)
    type_text(qtbot, tab.table.filter_edit, "城市书房")
    assert tab.model.rowCount() == 2
    assert tab.table.count_label.text() == "共 2 行"
    tab.table.filter_edit.clear()
    combo = tab.ui.categoryFilter
    combo.setCurrentIndex(combo.findText("学校"))
    assert tab.model.rowCount() == 3


def test_clicking_a_header_sorts_in_sql(qtbot, window):
    tab = tab_of(window)
    header = tab.table.view.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert tab.model.data(tab.model.index(0, 0)) == "37"
    assert tab.model.query.sort == "number" and tab.model.query.descending


def test_export_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "名册.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab = tab_of(window)
    monkeypatch.setattr(tab, "ask_unmask", lambda: False)
    actions = [a for a in window.menu("file").actions() if a.text().startswith("导出联系名册")]
    assert actions, "the File menu offers the roster export"
    actions[0].trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["分馆汇总", "联系人"]


@pytest.mark.parametrize("key", ["branches", "donations", "distribution", "volunteers"])
def test_ctrl_f_goes_to_the_filter_box_of_every_table(qtbot, window, key):
    window.show_tab(key)
    window.activateWindow()
    qtbot.waitActive(window)
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: any(box.isVisible() for box in tab.findChildren(QLineEdit, "filterEdit")))
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = window.focusWidget()
    assert focused is not None and focused.objectName() == "filterEdit"
    assert window.tabs.currentWidget().isAncestorOf(focused)
