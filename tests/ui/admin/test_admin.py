"""Data safety in the window, driven as a user would: signing in, the staff dialog, the Audit
tab and its filters, File → Back up now / Check database, and the idle lock."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from libdesk.app import create_application
from libdesk.models.roles import Role
from libdesk.services import open_services
from libdesk.services.base import ListQuery
from libdesk.ui.admin.login_dialog import LoginDialog, sign_in
from libdesk.ui.admin.staff_dialog import AccountDialog, StaffDialog
from tests.ui.typing import type_text


def menu_action(window, menu: str, text: str):
    found = [a for a in window.menu(menu).actions() if a.text().startswith(text)]
    assert found, f"{menu} menu has {text}"
    return found[0]


@pytest.fixture
def with_accounts(services, db_path):
    services.staff.create("admin", "admin-pass", Role.ADMIN, "馆长")
    services.staff.login("admin", "admin-pass")  # the first account ended single-user mode
    services.staff.create("desk", "desk-pass1", Role.FRONT_DESK, "前台小王")
    services.close()
    reopened = open_services(str(db_path))
    yield reopened
    reopened.close()


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_login_dialog_refuses_a_wrong_password_then_signs_in(qtbot, with_accounts):
    create_application()
    dialog = LoginDialog(with_accounts)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.userEdit, "desk")
    type_text(qtbot, dialog.ui.passwordEdit, "wrong-pass")
    click_ok(qtbot, dialog)
    assert dialog.ui.errorLabel.text() == "用户名或密码错误。"
    assert with_accounts.actor.username == ""
    type_text(qtbot, dialog.ui.passwordEdit, "desk-pass1")
    click_ok(qtbot, dialog)
    assert dialog.result() == 1
    assert with_accounts.actor.username == "desk"


def test_start_up_asks_for_a_login_only_when_accounts_exist(qtbot, services, db_path):
    create_application()
    assert sign_in(services)  # single-user mode: no dialog at all
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.close()
    services = open_services(str(db_path))
    try:
        def answer():
            dialog = QApplication.activeModalWidget()
            type_text(qtbot, dialog.ui.userEdit, "admin")
            type_text(qtbot, dialog.ui.passwordEdit, "admin-pass")
            click_ok(qtbot, dialog)

        QTimer.singleShot(50, answer)
        assert sign_in(services)
        assert services.actor.username == "admin"
    finally:
        services.close()


def test_front_desk_sees_no_audit_tab_and_cannot_back_up_or_restore(qtbot, open_window, with_accounts):
    with_accounts.staff.login("desk", "desk-pass1")
    window = open_window(with_accounts)
    assert window.tab("audit") is None
    assert not menu_action(window, "file", "立即备份").isEnabled()
    assert not menu_action(window, "file", "从备份恢复").isEnabled()
    assert menu_action(window, "file", "检查数据库").isEnabled()
    assert not menu_action(window, "tools", "员工账户").isEnabled()


def test_audit_tab_lists_changes_and_filters_by_table_and_person(qtbot, open_window, with_accounts):
    with_accounts.staff.login("admin", "admin-pass")
    detail = with_accounts.branches.get(5)
    point = detail.point.__class__(**{**detail.point.__dict__, "notes": "审计测试"})
    with_accounts.branches.save(point, [], 5)
    window = open_window(with_accounts)
    assert window.show_tab("audit")
    tab = window.tab("audit")
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "时间"
    combo = tab.ui.tableFilter
    combo.setCurrentIndex(combo.findData("branch"))
    people = tab.ui.actorFilter
    people.setCurrentIndex(people.findData("admin"))
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 2)) == "修改"
    tab.table.view.selectRow(0)
    assert "notes" in tab.ui.detailView.toPlainText() and "审计测试" in tab.ui.detailView.toPlainText()
    type_text(qtbot, tab.ui.recordFilter, "6")
    assert tab.model.rowCount() == 0


def test_staff_dialog_adds_an_account(qtbot, services):
    create_application()
    services.staff.create("admin", "admin-pass", Role.ADMIN, "馆长")
    services.staff.login("admin", "admin-pass")
    dialog = StaffDialog(services)
    qtbot.addWidget(dialog)

    def fill():
        account = QApplication.activeModalWidget()
        assert isinstance(account, AccountDialog)
        account.ui.roleCombo.setCurrentIndex(account.ui.roleCombo.findData(Role.ADMIN.value))
        type_text(qtbot, account.ui.userEdit, "zhang")
        type_text(qtbot, account.ui.nameEdit, "张馆长")
        type_text(qtbot, account.ui.passwordEdit, "zhang-pass")
        type_text(qtbot, account.ui.repeatEdit, "zhang-pass")
        click_ok(qtbot, account)

    QTimer.singleShot(50, fill)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.accountTable.rowCount() == 2
    assert dialog.ui.accountTable.item(1, 1).text() == "张馆长"
    assert dialog.ui.accountTable.item(1, 2).text() == "管理员"


def test_the_first_account_ends_the_local_administrator_session_and_shows_the_login(
        qtbot, window, services):
    """Issue 12: the window went on as the local administrator until LibDesk restarted."""
    seen, clicked = [], []

    def step():
        if "done" in seen:
            return
        QTimer.singleShot(50, step)  # keep answering whichever dialog is up
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StaffDialog) and not clicked:
            clicked.append(True)
            qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
        elif isinstance(dialog, AccountDialog):
            assert not dialog.ui.roleCombo.isEnabled()  # the first account is an administrator
            type_text(qtbot, dialog.ui.userEdit, "zhang")
            type_text(qtbot, dialog.ui.passwordEdit, "zhang-pass")
            type_text(qtbot, dialog.ui.repeatEdit, "zhang-pass")
            click_ok(qtbot, dialog)
        elif isinstance(dialog, QMessageBox):
            seen.append(("message", services.actor.username, dialog.text()))
            qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        elif isinstance(dialog, LoginDialog):
            seen.append(("login", window.centralWidget().isVisible()))
            type_text(qtbot, dialog.ui.userEdit, "zhang")
            type_text(qtbot, dialog.ui.passwordEdit, "zhang-pass")
            click_ok(qtbot, dialog)
            seen.append("done")

    QTimer.singleShot(50, step)
    menu_action(window, "tools", "员工账户").trigger()
    assert seen[0][:2] == ("message", "")  # signed out before the login is asked
    assert "本机管理员" in seen[0][2]
    assert seen[1] == ("login", False)  # nothing of the data shows meanwhile
    assert seen[-1] == "done"
    assert services.actor.username == "zhang"
    assert window.centralWidget().isVisible()


@pytest.mark.sqlite_only
def test_back_up_now_and_check_database_from_the_file_menu(qtbot, open_window, services, monkeypatch):
    window = open_window(services)
    menu_action(window, "file", "立即备份").trigger()
    qtbot.waitUntil(lambda: len(services.maintenance.list_backups()) == 1, timeout=10_000)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.informativeText())))
    menu_action(window, "file", "检查数据库").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0][0] == "未发现问题。"
    assert "数据库文件完好" in shown[0][1]


def test_idle_lock_hides_the_window_until_the_password_is_typed(qtbot, open_window, with_accounts):
    with_accounts.staff.login("admin", "admin-pass")
    window = open_window(with_accounts)
    safety = window.safety
    seen = []

    def unlock():
        dialog = QApplication.activeModalWidget()
        seen.append(window.centralWidget().isVisible())
        type_text(qtbot, dialog.ui.passwordEdit, "wrong")
        click_ok(qtbot, dialog)
        seen.append(dialog.ui.errorLabel.text())
        type_text(qtbot, dialog.ui.passwordEdit, "admin-pass")
        click_ok(qtbot, dialog)

    QTimer.singleShot(50, unlock)
    safety.last_input -= 16 * 60  # sixteen minutes without input (setting: 15)
    safety.check_idle()
    assert seen == [False, "密码错误。"]
    assert window.centralWidget().isVisible() and not safety.locked


def test_typing_keeps_the_idle_lock_away(qtbot, open_window, with_accounts):
    with_accounts.staff.login("admin", "admin-pass")
    window = open_window(with_accounts)
    safety = window.safety
    qtbot.waitUntil(lambda: safety._watching, timeout=5000)  # a second after the start
    safety.last_input -= 16 * 60  # sixteen minutes without input (setting: 15) …
    qtbot.keyClicks(window.tab("branches").table.filter_edit, "x")  # … then a key
    assert time.monotonic() - safety.last_input < 60  # the key press was seen
    safety.check_idle()
    assert window.centralWidget().isVisible() and not safety.locked


def test_closing_the_window_backs_up_when_something_changed(qtbot, open_window, services):
    window = open_window(services)
    services.settings.set("library.name", "太原市图书馆（关窗测试）")
    window.close()
    backups = services.maintenance.list_backups()
    assert [b.tag for b in backups] == ["auto"]
    assert services.audit.count(ListQuery()) > 0


@pytest.mark.sqlite_only
def test_a_damaged_database_at_start_up_can_be_restored_from_a_backup(qtbot, services, db_path,
                                                                       tmp_path, monkeypatch):
    from libdesk.app import open_services_or_explain

    create_application()
    good = services.maintenance.backup_now(tmp_path / "good.sqlite")
    services.close()
    db_path.write_bytes(b"not a database " * 1000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    shown = []

    def exec_box(box):
        shown.append(box.text())
        buttons = [b for b in box.buttons() if b.text().startswith("从备份恢复")]
        if buttons:
            buttons[0].click()

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    reopened = open_services_or_explain(str(db_path))
    try:
        assert reopened is not None
        assert reopened.branches.count(ListQuery()) == 37
        assert "无法作为 LibDesk 数据库打开" in shown[0]
        assert "已恢复" in shown[-1]
    finally:
        if reopened is not None:
            reopened.close()


def test_typing_through_an_input_method_keeps_the_desk_awake(qtbot, open_window, with_accounts,
                                                             monkeypatch):
    import time

    from PySide6.QtGui import QInputMethodEvent

    from libdesk.ui.admin import actions

    monkeypatch.setattr(actions, "INPUT_RESOLUTION_MS", 50)
    with_accounts.staff.login("admin", "admin-pass")  # a desk the idle lock applies to
    window = open_window(with_accounts)
    safety = window.safety
    edit = window.tab("donations").donors.filter_edit
    for text in ("王", "丽"):   # the second after the filter is watching again
        safety.last_input -= 16 * 60
        qtbot.waitUntil(lambda: safety._watching, timeout=5000)
        commit = QInputMethodEvent()
        commit.setCommitString(text)
        QApplication.sendEvent(edit, commit)
        assert safety.last_input > time.monotonic() - 60
