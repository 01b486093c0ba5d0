"""Staff accounts for administrators (forms/admin/staff_dialog.ui), and the account and
password dialog (forms/admin/account_dialog.ui)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox, QTableWidgetItem

from libdesk.models.roles import ROLE_LABELS, Role
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.operations import Change, run_write


def role_label(role: Role) -> str:
    return enum_label(ROLE_LABELS, role, "Roles")


class AccountDialog(Dialog):
    """``mode``: "add" (new account), "reset" (an administrator sets a password) or
    "change" (the signed-in person changes their own)."""

    def __init__(self, services, mode: str = "add", account_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.services, self.mode, self.account_id = services, mode, account_id
        self.ui = load_form("admin/account_dialog.ui", self)
        self.setMinimumWidth(400)
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role_label(role), role.value)
        first = mode == "add" and not services.staff.has_accounts()
        if first:
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.ADMIN.value))
            ui.roleCombo.setEnabled(False)
        titles = {"add": self.tr("New staff account"), "reset": self.tr("Set password"),
                  "change": self.tr("Change my password")}
        self.setWindowTitle(titles[mode])
        account_rows = (ui.userLabel, ui.userEdit, ui.nameLabel, ui.nameEdit, ui.roleLabel,
                        ui.roleCombo)
        for widget in account_rows:
            widget.setVisible(mode == "add")
        for widget in (ui.oldPasswordLabel, ui.oldPasswordEdit):
            widget.setVisible(mode == "change")
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        ui = self.ui
        password = ui.passwordEdit.text()
        if password != ui.repeatEdit.text():
            self.show_problem(self.tr("The two passwords differ."))
            return
        staff = self.services.staff

        def write():
            if self.mode == "add":
                return staff.create(ui.userEdit.text(), password,
                                    Role(ui.roleCombo.currentData()), ui.nameEdit.text())
            if self.mode == "reset":
                staff.reset_password(self.account_id, password)
            else:
                staff.change_password(ui.oldPasswordEdit.text(), password)
            return self.account_id

        self.submit(write, lambda saved: Change.of(staff=[saved] if saved else []),
                    on_done=lambda saved: setattr(self, "account_id", saved),
                    problem_line=lambda p: QCoreApplication.translate(
                        "Errors", p.template).format(**p.params))


class StaffDialog(Dialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = load_form("admin/staff_dialog.ui", self)
        self.setWindowTitle(self.tr("Staff accounts"))
        self.resize(680, 380)
        ui = self.ui
        ui.introLabel.setText(self.tr(
            "Once the first account exists, LibDesk asks everyone to sign in. The first "
            "account is an administrator. Accounts are disabled, never deleted, so the audit "
            "log keeps its names."))
        table = ui.accountTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Name"), self.tr("Role"),
                                         self.tr("Status"), self.tr("Last sign-in")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.SingleSelection)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        ui.addButton.clicked.connect(self._add)
        ui.roleButton.clicked.connect(self._change_role)
        ui.activeButton.clicked.connect(self._toggle_active)
        ui.passwordButton.clicked.connect(self._reset_password)
        ui.closeButton.clicked.connect(self.accept)
        self._load()

    def _load(self, select_id: int | None = None) -> None:
        table = self.ui.accountTable
        table.setRowCount(0)
        for row in self.services.staff.list() if self.services.staff.has_accounts() else []:
            r = table.rowCount()
            table.insertRow(r)
            last = row.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if row.last_login_at else ""
            status = self.tr("Active") if row.active else self.tr("Disabled")
            for c, text in enumerate((row.username, row.display_name, role_label(row.role),
                                      status, last)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                table.setItem(r, c, item)
            if row.id == select_id:
                table.selectRow(r)

    def _current(self):
        item = self.ui.accountTable.item(self.ui.accountTable.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _add(self) -> None:
        dialog = AccountDialog(self.services, "add", parent=self)
        if dialog.exec():
            if not self.services.actor.username:  # the first account ended single-user mode
                self.accept()
                return
            self._load(dialog.account_id)

    def _change_role(self) -> None:
        row = self._current()
        if row is None:
            return
        labels = [role_label(r) for r in Role]
        label, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr(
            "Role of {user}:").format(user=row.username), labels, list(Role).index(row.role),
            False)
        if ok:
            self._run(lambda: self.services.staff.update(
                row.id, role=list(Role)[labels.index(label)], expected_version=row.version),
                row.id)

    def _toggle_active(self) -> None:
        row = self._current()
        if row is not None:
            self._run(lambda: self.services.staff.update(
                row.id, active=not row.active, expected_version=row.version), row.id)

    def _reset_password(self) -> None:
        row = self._current()
        if row is not None and AccountDialog(self.services, "reset", row.id, self).exec():
            QMessageBox.information(self, self.tr("Set password"), self.tr(
                "The password of {user} was changed.").format(user=row.username))

    def _run(self, action, select_id: int) -> None:
        """An account changed meanwhile by another administrator: the message says so and
        the list shows it as stored now (nothing of this change saved)."""
        run_write(self, action, Change.of(staff=[select_id]))
        self._load(select_id)
