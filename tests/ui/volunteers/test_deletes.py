"""Deleting from the volunteers tab, two desks on one database: an activity another desk
changed after the user confirmed is kept and the message shows what changed; a school
renamed at the other desk after the confirmation is kept in the list under its new name;
a volunteer confirmed as stored is deleted."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from libdesk.models.volunteers.rules import ActivityInput, VolunteerInput
from libdesk.services.base import ListQuery
from libdesk.ui.volunteers.names_dialog import ORGS, NamesDialog
from tests.ui.answers import answer_boxes, check, click, yes


def _close(qtbot):
    return lambda box: click(qtbot, box, QMessageBox.ButtonRole.RejectRole)


def test_an_activity_changed_after_the_confirmation_is_kept(qtbot, window, services,
                                                            other_desk):
    activity_id = services.activities.save(ActivityInput(
        name="太图阅读推广活动志愿服务", kind="theme", category="阅读推广", place="太图一层"))
    tab = window.tab("volunteers")
    tab.ui.pages.setCurrentWidget(tab.ui.activitiesPage)
    page = tab.activities
    page.table.reload()
    assert page.table.select_id(activity_id)

    def confirm(box):
        other_desk.store.session_info["actor"] = "wang"
        other_desk.activities.save(replace(other_desk.activities.get(activity_id),
                                           place="迎泽公园"), activity_id)
        yes(qtbot, box)

    seen = answer_boxes(qtbot, confirm, _close(qtbot))
    qtbot.mouseClick(tab.ui.deleteActivityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["deleteConfirmation", "deleteConflict"])
    assert "确定删除活动“太图阅读推广活动志愿服务”吗？" in seen[0].text
    assert "地点：太图一层" in seen[0].informative
    assert "wang" in seen[1].text and "地点：太图一层 → 迎泽公园" in seen[1].informative
    assert services.activities.get(activity_id).place == "迎泽公园"


def test_a_school_renamed_after_the_confirmation_is_kept(qtbot, window, services, other_desk):
    org_id = services.volunteers.add_org("山西大学")
    dialog = NamesDialog(services, ORGS, window)
    qtbot.addWidget(dialog)
    dialog.show()
    listing = dialog.ui.nameList
    listing.setCurrentRow(next(r for r in range(listing.count()) if listing.item(r).data(
        Qt.ItemDataRole.UserRole)[0] == org_id))

    def confirm(box):
        other_desk.store.session_info["actor"] = "wang"
        other_desk.volunteers.rename_org(org_id, "山西大学（坞城校区）")
        yes(qtbot, box)

    seen = answer_boxes(qtbot, confirm, _close(qtbot))
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["deleteConfirmation", "deleteConflict"])
    assert "确定从列表中删除“山西大学”吗？" in seen[0].text
    assert "名称：山西大学 → 山西大学（坞城校区）" in seen[1].informative
    assert dict(services.volunteers.orgs())[org_id] == "山西大学（坞城校区）"
    assert "山西大学（坞城校区）" in [listing.item(r).text() for r in range(listing.count())]


def test_a_volunteer_confirmed_as_stored_is_deleted(qtbot, window, services):
    volunteer_id = services.volunteers.save(VolunteerInput(name="张敏", org="山西大学",
                                                           phone="13812345678"))
    tab = window.tab("volunteers")
    tab.ui.pages.setCurrentWidget(tab.ui.peoplePage)
    tab.people.table.reload()
    assert tab.people.table.select_id(volunteer_id)
    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box))
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    check(seen, ["deleteConfirmation"])
    assert "手机号码：138****5678" in seen[0].informative  # masked, as the ledger shows it
    assert volunteer_id not in services.volunteers.ids(ListQuery())
