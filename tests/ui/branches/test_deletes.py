"""Deleting a point from the branches tab, two desks on one database: the confirmation shows
the point as stored now (not the list's older row), and a point another desk changes after
the user confirmed is not deleted: the message says who changed it, when and what, and the
list shows the point as stored."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from libdesk.models.branches.rules import ContactInput, PointInput
from tests.ui.answers import answer_boxes, check, click, shoot, yes


def _rename(other_desk, branch_id: int, name: str, district: str) -> None:
    other_desk.store.session_info["actor"] = "wang"
    detail = other_desk.branches.get(branch_id)
    other_desk.branches.save(replace(detail.point, name=name, district=district),
                             detail.contacts, branch_id)


def _names(tab) -> list[str]:
    return [tab.model.row(r).name for r in range(tab.model.rowCount())]


def test_a_point_changed_after_the_confirmation_is_kept(qtbot, window, services, other_desk):
    branch_id = services.branches.save(PointInput(name="太图城市书房南站馆", district="小店区"),
                                       [ContactInput("李明", phone="13900001111")])
    tab = window.tab("branches")
    tab.table.reload()
    assert tab.table.select_id(branch_id)

    def confirm(box):
        shoot(box, "delete-confirm")
        _rename(other_desk, branch_id, "太图城市书房火车站馆", "迎泽区")  # meanwhile
        yes(qtbot, box)

    def close(box):
        shoot(box, "delete-conflict")
        click(qtbot, box, QMessageBox.ButtonRole.RejectRole)

    seen = answer_boxes(qtbot, confirm, close)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["deleteConfirmation", "deleteConflict"])
    asked, refused = seen
    assert "确定删除“太图城市书房南站馆”及其 1 位联系人吗？" in asked.text
    assert "所在区县：小店区" in asked.informative and "联系人：李明" in asked.informative
    assert "“太图城市书房火车站馆”" in refused.text and "wang" in refused.text
    assert "因此没有删除" in refused.text
    assert "名称：太图城市书房南站馆 → 太图城市书房火车站馆" in refused.informative
    assert "所在区县：小店区 → 迎泽区" in refused.informative
    assert services.branches.get(branch_id).point.name == "太图城市书房火车站馆"  # kept
    assert "太图城市书房火车站馆" in _names(tab) and "太图城市书房南站馆" not in _names(tab)
    assert tab.table.current_id() == branch_id


def test_the_confirmation_shows_the_point_as_stored_now(qtbot, window, services, other_desk):
    branch_id = services.branches.save(PointInput(name="太图城市书房南站馆"))
    tab = window.tab("branches")
    tab.table.reload()
    assert tab.table.select_id(branch_id)
    _rename(other_desk, branch_id, "太图城市书房火车站馆", "迎泽区")  # the list is older
    assert tab.table.current_row().name == "太图城市书房南站馆"

    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box))
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    check(seen, ["deleteConfirmation"])
    assert "删除“太图城市书房火车站馆”" in seen[0].text
    assert "所在区县：迎泽区" in seen[0].informative
    assert branch_id not in dict(services.branches.names())  # what was shown was deleted
    assert "太图城市书房火车站馆" not in _names(tab)


def test_a_category_renamed_after_the_confirmation_is_kept(qtbot, window, services,
                                                           other_desk):
    from libdesk.ui.branches.categories_dialog import CategoriesDialog

    category_id = services.branch_categories.add_category("临时类别")
    dialog = CategoriesDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    listing = dialog.ui.categoryList
    listing.setCurrentRow(next(r for r in range(listing.count()) if listing.item(r).data(
        Qt.ItemDataRole.UserRole)[0] == category_id))

    def confirm(box):
        other_desk.store.session_info["actor"] = "wang"
        other_desk.branch_categories.rename_category(category_id, "流动服务车站点")
        yes(qtbot, box)

    seen = answer_boxes(qtbot, confirm, lambda box: click(
        qtbot, box, QMessageBox.ButtonRole.RejectRole))
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["deleteConfirmation", "deleteConflict"])
    assert "确定删除类别“临时类别”吗？" in seen[0].text and "服务点数：0" in seen[0].informative
    assert "名称：临时类别 → 流动服务车站点" in seen[1].informative
    assert dict(services.branch_categories.categories())[category_id] == "流动服务车站点"
    assert any("流动服务车站点" in listing.item(r).text() for r in range(listing.count()))


def test_a_point_deleted_at_another_desk_before_the_click_is_said_so(qtbot, window, services,
                                                                     other_desk):
    branch_id = services.branches.save(PointInput(name="太图城市书房南站馆"))
    tab = window.tab("branches")
    tab.table.reload()
    assert tab.table.select_id(branch_id)
    other_desk.branches.delete(branch_id)  # the list still shows it

    def read(box):
        shoot(box, "delete-gone")
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    seen = answer_boxes(qtbot, read)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    check(seen, [""])  # no confirmation: the error message
    assert "该记录已不存在" in seen[0].text and "没有做任何改动" in seen[0].text
    assert "太图城市书房南站馆" not in _names(tab)
