"""Two desks edit one donor: this desk's Save finds it saved meanwhile, and the conflict
dialog (real buttons clicked) keeps mine, takes the saved one, or merges field by field; the
save then goes through on top of the newer version."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from libdesk.models.donations.rules import DonorInput
from libdesk.ui.common.conflict_dialog import MINE, THEIRS, ConflictDialog
from libdesk.ui.donations.donor_dialog import DonorDialog
from tests.ui.typing import type_text


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def in_modal(handle) -> list:
    """Run ``handle(dialog)`` on the modal dialog the next click opens; a failing handler
    closes the dialog (so the test fails instead of waiting) and its error is kept."""
    seen = []

    def run():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            handle(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by save()
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def editing_while_another_desk_saves(qtbot, window, services, other_desk):
    """This desk opens the donor and changes the address; the other desk saves a new title
    and notes meanwhile. Returns (the open donor dialog, donor id)."""
    donor_id = services.donors.save(DonorInput(name="孙英", title="退休教师",
                                               phone="13912345678"))
    dialog = DonorDialog(services, donor_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.addressEdit, "太原市迎泽大街1号")
    dialog.ui.titleEdit.clear()
    type_text(qtbot, dialog.ui.titleEdit, "教授")
    theirs = other_desk.donors.get(donor_id)
    other_desk.donors.save(replace(theirs, title="太原五中退休教师", notes="2020年捐书"),
                           donor_id)
    return dialog, donor_id


def save(qtbot, dialog, handle) -> ConflictDialog:
    seen = in_modal(handle)
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert seen and isinstance(seen[0], ConflictDialog)
    if len(seen) > 1:
        raise seen[1]
    return seen[0]


def test_keep_mine_saves_all_of_mine_on_the_newer_version(
        qtbot, window, services, other_desk):
    dialog, donor_id = editing_while_another_desk_saves(qtbot, window, services, other_desk)
    changes = []
    window.changes.changed.connect(changes.append)

    def keep_mine(conflict):
        table = conflict.ui.fieldsTable
        shown = [table.cellWidget(r, 0).text() for r in range(table.rowCount())]
        assert shown == ["职务/单位", "地址", "备注"]  # the form's own labels
        assert conflict.button("title", MINE).text() == "教授"
        assert conflict.button("title", THEIRS).text() == "太原五中退休教师"
        assert conflict.button("notes", THEIRS).text() == "2020年捐书"
        assert "本机管理员" in table.horizontalHeaderItem(2).text()
        click(qtbot, conflict.ui.keepMineButton)

    save(qtbot, dialog, keep_mine)
    assert dialog.result() == 1 and dialog.saved_id == donor_id
    stored = other_desk.donors.get(donor_id, unmask=True)
    assert (stored.title, stored.address, stored.notes, stored.phone) == (
        "教授", "太原市迎泽大街1号", "", "13912345678")
    assert other_desk.donors.version(donor_id) == 3  # saved on top of the other desk's
    assert changes and changes[-1].ids_of("donors") == {donor_id}


def test_take_the_saved_one_drops_my_changes(qtbot, window, services, other_desk):
    dialog, donor_id = editing_while_another_desk_saves(qtbot, window, services, other_desk)
    save(qtbot, dialog, lambda conflict: click(qtbot, conflict.ui.takeTheirsButton))
    assert dialog.result() == 1
    stored = other_desk.donors.get(donor_id, unmask=True)
    assert (stored.title, stored.address, stored.notes, stored.phone) == (
        "太原五中退休教师", "", "2020年捐书", "13912345678")


def test_merge_field_by_field(qtbot, window, services, other_desk):
    dialog, donor_id = editing_while_another_desk_saves(qtbot, window, services, other_desk)

    def merge(conflict):
        # preselected: what I changed is mine, what only they changed is theirs
        assert conflict.picks() == {"title": MINE, "address": MINE, "notes": THEIRS}
        their_title = conflict.button("title", THEIRS)  # their title after all: a click on
        qtbot.mouseClick(their_title, Qt.MouseButton.LeftButton,  # its round indicator
                         pos=QPoint(8, their_title.height() // 2))
        assert conflict.picks()["title"] == THEIRS
        click(qtbot, conflict.ui.saveMergedButton)

    save(qtbot, dialog, merge)
    assert dialog.result() == 1
    stored = other_desk.donors.get(donor_id, unmask=True)
    assert (stored.title, stored.address, stored.notes, stored.phone) == (
        "太原五中退休教师", "太原市迎泽大街1号", "2020年捐书", "13912345678")


def test_back_to_editing_saves_nothing_and_keeps_the_typing(
        qtbot, window, services, other_desk):
    dialog, donor_id = editing_while_another_desk_saves(qtbot, window, services, other_desk)
    save(qtbot, dialog, lambda conflict: click(qtbot, conflict.ui.cancelButton))
    assert dialog.isVisible() and dialog.ui.addressEdit.text() == "太原市迎泽大街1号"
    assert "孙英" in dialog.ui.errorLabel.text()
    assert other_desk.donors.get(donor_id).address == ""

    # saving again shows the two versions again (nothing is overwritten unseen)
    save(qtbot, dialog, lambda conflict: click(qtbot, conflict.ui.keepMineButton))
    assert dialog.result() == 1
    assert other_desk.donors.get(donor_id).address == "太原市迎泽大街1号"
