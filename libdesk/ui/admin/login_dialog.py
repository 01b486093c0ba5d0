"""Signing in at start-up, and unlocking a window locked after idle time
(forms/admin/login_dialog.ui)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from libdesk.models.errors import DomainError
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import error_text
from libdesk.ui.common.forms import load_form


class LoginDialog(Dialog):
    """``unlock=True``: the signed-in person types their password again; the name is fixed."""

    def __init__(self, services, parent=None, *, unlock: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.unlock = unlock
        self.ui = load_form("admin/login_dialog.ui", self)
        self.setMinimumWidth(400)
        ui = self.ui
        if unlock:
            self.setWindowTitle(self.tr("LibDesk is locked"))
            ui.introLabel.setText(self.tr(
                "The window was locked after a while without use. Type your password to go "
                "on, or quit."))
            ui.userEdit.setText(services.actor.username)
            ui.userEdit.setReadOnly(True)
            ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
            ui.passwordEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Sign in to LibDesk"))
            ui.introLabel.setText(self.tr(
                "This database has staff accounts. Sign in with your username and password."))
            ui.userEdit.setFocus()
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Unlock") if unlock else self.tr("&Sign in"))
        ui.buttons.accepted.connect(self._try)
        ui.buttons.rejected.connect(self.reject)

    def _try(self) -> None:
        password = self.ui.passwordEdit.text()
        if self.unlock:
            if self.services.staff.check_password(password):
                self.accept()
                return
            self._fail(self.tr("Wrong password."))
            return
        try:
            self.services.staff.login(self.ui.userEdit.text(), password)
        except DomainError as exc:
            self._fail(error_text(exc))
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.show_problem(text)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()


def sign_in(services, parent=None) -> bool:
    """Ask for a login when the database has accounts; False if the person gave up."""
    if not services.has_accounts():  # (the staff service is made only for a login)
        return True
    return LoginDialog(services, parent).exec() == QDialog.DialogCode.Accepted
