"""The remaining editors refuse a stale save, driven by clicks: a name list's rename and a
point's contacts open the conflict dialog, an outreach record's dialog merges both edits, and
a batch line edited in place says it was changed elsewhere and shows the stored line."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from libdesk.models.branches.rules import ContactInput
from libdesk.models.distribution.rules import ItemInput
from libdesk.models.outreach.rules import EventInput
from libdesk.services import open_services
from libdesk.ui.branches.branch_dialog import BranchDialog
from libdesk.ui.branches.categories_dialog import CategoriesDialog
from libdesk.ui.common.conflict_dialog import MINE, THEIRS, ConflictDialog
from libdesk.ui.distribution.batch_panel import BatchPanel
from libdesk.ui.outreach.record_dialog import RecordDialog
from libdesk.ui.volunteers.names_dialog import ORGS, NamesDialog
from tests.services.distribution.helpers import point_id, swap_batch
from tests.ui.typing import type_text


def _on_conflict(qtbot, seen, act):
    """Run ``act(conflict_dialog)`` when the conflict dialog opens (it is modal)."""
    def run():
        conflict = QApplication.activeModalWidget()
        seen.append(conflict)
        try:
            act(conflict)
        except BaseException as exc:  # noqa: BLE001 - reported by the test, dialog closed
            seen.append(exc)
            conflict.reject()
    QTimer.singleShot(0, run)


def _check(seen) -> ConflictDialog:
    assert seen and isinstance(seen[0], ConflictDialog), seen
    if len(seen) > 1:
        raise seen[1]
    return seen[0]


def test_a_stale_category_rename_opens_the_conflict_dialog(qtbot, window, services,
                                                           other_desk, monkeypatch):
    dialog = CategoriesDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.categoryList.setCurrentRow(0)
    category_id = dialog.ui.categoryList.currentItem().data(Qt.ItemDataRole.UserRole)[0]
    other_desk.branch_categories.rename_category(category_id, "区县馆")  # meanwhile
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("区县公共图书馆", True))
    seen = []

    def keep_mine(conflict):
        assert conflict.button("name", MINE).text() == "区县公共图书馆"
        assert conflict.button("name", THEIRS).text() == "区县馆"
        qtbot.mouseClick(conflict.ui.keepMineButton, Qt.MouseButton.LeftButton)

    _on_conflict(qtbot, seen, keep_mine)
    qtbot.mouseClick(dialog.ui.renameButton, Qt.MouseButton.LeftButton)
    _check(seen)
    assert dict(services.branch_categories.categories())[category_id] == "区县公共图书馆"
    assert "区县公共图书馆" in dialog.ui.categoryList.currentItem().text()


def test_a_stale_school_rename_taken_from_the_other_desk(qtbot, window, services, other_desk,
                                                         monkeypatch):
    org_id = services.volunteers.add_org("山西大学")
    dialog = NamesDialog(services, ORGS, window)
    qtbot.addWidget(dialog)
    dialog.show()
    listing = dialog.ui.nameList
    listing.setCurrentRow(next(r for r in range(listing.count()) if listing.item(r).data(
        Qt.ItemDataRole.UserRole)[0] == org_id))
    other_desk.volunteers.rename_org(org_id, "山西大学（坞城校区）")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("山大", True))
    seen = []
    _on_conflict(qtbot, seen, lambda conflict: qtbot.mouseClick(
        conflict.ui.takeTheirsButton, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(dialog.ui.renameButton, Qt.MouseButton.LeftButton)
    _check(seen)
    assert dict(services.volunteers.orgs())[org_id] == "山西大学（坞城校区）"


def test_a_contact_changed_meanwhile_opens_the_conflict_dialog(qtbot, window, services,
                                                               other_desk):
    point = point_id(services)
    services.branches.save(services.branches.get(point).point,
                           [ContactInput(name="李梅", phone="13800000001")], point)
    dialog = BranchDialog(services, point, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.contactsTable
    role_column = [table.horizontalHeaderItem(c).text() for c in
                   range(table.columnCount())].index("职务")
    table.setCurrentCell(0, role_column)
    table.editItem(table.item(0, role_column))
    editor = table.viewport().findChild(QLineEdit)
    type_text(qtbot, editor, "馆长")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, role_column).text() == "馆长")  # committed queued
    other = other_desk.branches.get(point)
    other_desk.branches.save(other.point, [replace(other.contacts[0], phone="13800000002")],
                             point)
    seen = []

    def look(conflict):
        assert list(conflict.picks()) == ["contacts"]
        assert "13800000002" in conflict.button("contacts", THEIRS).toolTip()
        assert "馆长" in conflict.button("contacts", MINE).toolTip()
        qtbot.mouseClick(conflict.ui.takeTheirsButton, Qt.MouseButton.LeftButton)

    _on_conflict(qtbot, seen, look)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    _check(seen)
    assert dialog.result() == 1
    assert [(c.role, c.phone) for c in services.branches.get(point).contacts] == [
        ("", "13800000002")]


def test_an_event_saved_meanwhile_merges_both_edits(qtbot, window, services, other_desk,
                                                    monkeypatch):
    event = EventInput(point_id(services), date(2020, 4, 23), "世界读书日分享会", 30)
    event_id = services.point_events.add(event)
    window.show_tab("outreach")
    tab = window.tab("outreach")
    tab.events.refresh()
    tab.events.table.view.selectRow(0)
    seen = []

    def fill(dialog) -> int:
        title = dialog.widgets["title"]
        title.clear()
        type_text(qtbot, title, "读书日亲子分享会")
        other_desk.point_events.update(event_id, replace(event, participants=36))
        _on_conflict(qtbot, seen, lambda conflict: (
            assert_picks(conflict),
            qtbot.mouseClick(conflict.ui.saveMergedButton, Qt.MouseButton.LeftButton)))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    def assert_picks(conflict):
        assert conflict.picks() == {"title": MINE, "participants": THEIRS}

    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.mouseClick(tab.events.edit_button, Qt.MouseButton.LeftButton)
    _check(seen)
    stored = services.point_events.get(event_id)
    assert (stored.title, stored.participants) == ("读书日亲子分享会", 36)


def test_a_batch_line_changed_meanwhile_is_reloaded_with_a_message(qtbot, window, services,
                                                                   other_desk, monkeypatch):
    batch_id = swap_batch(services, boxes=1)
    panel = BatchPanel(services, window)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_batch(batch_id)
    line = panel.model.lines[0]
    other_desk.distribution.update_item(line.id, ItemInput(
        isbn=line.isbn, title=line.title, author=line.author, publisher=line.publisher,
        call_number=line.call_number, copies=5, box_no=line.box_no))
    messages = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: messages.append(box.text()) or QMessageBox.StandardButton.Ok)
    view = panel.ui.itemsView
    index = panel.model.index(0, 6)  # call number
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "I0/0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages))  # the delegate commits queued
    assert "第 1 行" in messages[0] and "索书号" in messages[0], messages
    assert panel.model.lines[0].copies == 5
    assert panel.model.data(panel.model.index(0, 8)) == "5"  # the other desk's copies shown
    assert panel.model.data(index) == line.call_number
    stored = next(i for i in services.distribution.items(batch_id) if i.id == line.id)
    assert (stored.copies, stored.call_number) == (5, line.call_number)

    # typed again on the line as now stored, it is saved
    view.edit(index)
    editor = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "I0/0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.lines[0].call_number == "I0/0")
    stored = next(i for i in services.distribution.items(batch_id) if i.id == line.id)
    assert (stored.copies, stored.call_number) == (5, "I0/0") and len(messages) == 1


def test_an_account_changed_by_another_administrator_is_not_overwritten(
        qtbot, window, services, db_path, monkeypatch):
    from libdesk.models.roles import Role
    from libdesk.ui.admin.staff_dialog import StaffDialog, role_label

    services.staff.create("admin", "admin-pass", Role.ADMIN, "馆长")
    services.staff.login("admin", "admin-pass")
    desk = services.staff.create("desk", "desk-pass1", Role.FRONT_DESK, "前台")
    dialog = StaffDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.accountTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "desk")
    table.selectRow(row)
    other = open_services(str(db_path))
    try:
        other.staff.login("admin", "admin-pass")
        other.staff.update(desk, role=Role.OUTREACH)  # the other administrator, meanwhile
    finally:
        other.close()
    messages = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: messages.append(box.text()) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: (role_label(Role.READ_ONLY), True))
    qtbot.mouseClick(dialog.ui.roleButton, Qt.MouseButton.LeftButton)
    assert messages and "desk" in messages[0] and "馆长" in messages[0], messages
    assert next(r for r in services.staff.list() if r.id == desk).role == Role.OUTREACH
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "desk")
    assert table.item(row, 2).text() == role_label(Role.OUTREACH)  # the list shows it now
