"""Deleting from the donations tab, two desks on one database: a donation whose lines another
desk changed after the user confirmed is not deleted; the message shows what changed, and
"Look again" asks again with what is stored, so the user deletes what they now see. A donor
deleted at the other desk meanwhile is said so, and the list drops it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.services.base import ListQuery
from tests.ui.answers import answer_boxes, check, click, shoot, yes


def _donation(services) -> int:
    donor_id = services.donors.save(DonorInput(name="孙英", phone="13912345678"))
    return services.donations.save(DonationInput(donor_id, date(2020, 10, 14), "赵晋明"),
                                   [LineInput("党史类", titles=41, quantity=97)])


def _stored(services) -> set[int]:
    return {row.id for row in services.donations.page(ListQuery(), 0, 100)}


def test_a_donation_changed_after_the_confirmation_is_looked_at_again(qtbot, window, services,
                                                                      other_desk):
    donation_id = _donation(services)
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(0)
    tab.donations.reload()
    assert tab.donations.select_id(donation_id)

    def confirm(box):
        other_desk.store.session_info["actor"] = "wang"
        detail = other_desk.donations.get(donation_id)
        other_desk.donations.save(detail.donation, detail.lines + [
            LineInput("其他类", titles=24, quantity=55)], donation_id)
        yes(qtbot, box)

    def look_again(box):
        shoot(box, "delete-donation-conflict")
        click(qtbot, box, QMessageBox.ButtonRole.AcceptRole)

    seen = answer_boxes(qtbot, confirm, look_again, lambda box: yes(qtbot, box))
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 3)
    check(seen, ["deleteConfirmation", "deleteConflict", "deleteConfirmation"])
    first, refused, again = seen
    assert "明细：党史类 ×97" in first.informative and "其他类" not in first.informative
    assert "“孙英 2020-10-14”" in refused.text and "wang" in refused.text
    assert "明细：党史类 ×97 → 党史类 ×97、其他类 ×55" in refused.informative
    assert "明细：党史类 ×97、其他类 ×55" in again.informative  # as stored now
    assert donation_id not in _stored(services)  # deleted as confirmed the second time
    assert donation_id not in {tab.donations_model.row(r).id
                               for r in range(tab.donations_model.rowCount())}


def test_a_donor_deleted_meanwhile_is_said_so(qtbot, window, services, other_desk):
    donor_id = services.donors.save(DonorInput(name="李华", title="退休教师"))
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(1)
    tab.donors.reload()
    assert tab.donors.select_id(donor_id)

    def confirm(box):
        other_desk.store.session_info["actor"] = "wang"
        other_desk.donors.delete(donor_id)
        yes(qtbot, box)

    def read(box):
        shoot(box, "delete-deleted-meanwhile")
        click(qtbot, box, QMessageBox.ButtonRole.AcceptRole)

    seen = answer_boxes(qtbot, confirm, read)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["deleteConfirmation", ""])
    assert "职务/单位：退休教师" in seen[0].informative
    assert f"捐赠者 #{donor_id} 已由 wang 于" in seen[1].text
    assert donor_id not in {tab.donors_model.row(r).id
                            for r in range(tab.donors_model.rowCount())}
