"""Data-safety actions of the main window (an action provider, see ui/shell/tabs.py):
File → Back up now / Restore from… / Check database; Tools → Staff accounts, Change my
password, Lock; automatic backups while the window is open and when it closes; the idle
lock; the network-location warning."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from libdesk.models.roles import Perm
from libdesk.services.base import LOCAL_ADMIN
from libdesk.ui.common.errors import error_text, translate_template
from libdesk.ui.common.files import DATABASE, ask_open_path
from libdesk.ui.common.operations import run_write
from libdesk.ui.common.tasks import run_task
from libdesk.ui.admin.login_dialog import LoginDialog

log = logging.getLogger(__name__)
AUTO_BACKUP_CHECK_MS = 5 * 60 * 1000
IDLE_CHECK_MS = 15 * 1000
# After an input the application's events stop passing through Python for this long: each
# would have to take the interpreter lock, which a table's read may hold (ui/common/row_loader)
INPUT_RESOLUTION_MS = 1000
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class SafetyActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.locked = False
        self.last_input = time.monotonic()
        self._build_actions()
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start(AUTO_BACKUP_CHECK_MS)
        self.idle_timer = QTimer(self)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start(IDLE_CHECK_MS)
        # The closing backup runs after the window's running tasks have finished.
        window.closing.connect(lambda: self.auto_backup(closing=True))
        self._watching = False
        self._lock_applies = True  # as far as is known yet: counted from now (last_input)
        # not while the first tab is built and painted: an application-wide filter in Python
        # made building the branches tab's form 10 ms → 80-140 ms (a wrapper for every object
        # and event type it sees the first time)
        QTimer.singleShot(INPUT_RESOLUTION_MS, self, self._watch_input)
        QTimer.singleShot(0, self.warn_network)

    # -- menus -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        can = self.services.can  # (no service is made for the menus: start-up)
        file_menu, tools = self.window.menu("file"), self.window.menu("tools")
        quit_action = file_menu.actions()[-1]
        self.backup_action = self._add(file_menu, self.tr("&Back up now"), self.backup_now,
                                       can(Perm.BACKUP), before=quit_action)
        self.restore_action = self._add(file_menu, self.tr("&Restore from…"), self.restore,
                                        can(Perm.RESTORE), before=quit_action)
        self.check_action = self._add(file_menu, self.tr("C&heck database"), self.check, True,
                                      before=quit_action)
        file_menu.insertSeparator(quit_action)
        self.staff_action = self._add(tools, self.tr("&Staff accounts…"), self.manage_staff,
                                      can(Perm.STAFF_ADMIN))
        accounts = self.services.has_accounts()
        self.password_action = self._add(tools, self.tr("Change my &password…"),
                                         self.change_password, accounts)
        self.lock_action = self._add(tools, self.tr("&Lock now"), self.lock, accounts)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))

    def _add(self, menu, text: str, slot, enabled: bool, before=None) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        return action

    # -- backups ---------------------------------------------------------------------------
    def backup_now(self) -> None:
        run_task(self.window, self.tr("Backing up…"),
                 lambda _p: self.services.maintenance.backup_now(),
                 lambda path: self.window.show_message(
                     self.tr("Backup written to {path}").format(path=path), 8000),
                 cancellable=False)

    def auto_backup(self, closing: bool = False) -> None:
        try:
            made = self.services.maintenance.auto_backup(closing=closing)
        except Exception as exc:  # noqa: BLE001 - shown in the status bar, never blocks work
            log.warning("automatic backup failed: %s", exc)
            if not closing:
                self.window.show_message(self.tr("Automatic backup failed: {reason}").format(
                    reason=error_text(exc)), 15000)
            return
        if made is not None and not closing:
            self.window.show_message(self.tr("Automatic backup: {name}").format(
                name=made.name), 5000)

    def restore(self) -> None:
        maintenance = self.services.maintenance
        path = ask_open_path(self.window, "restore", self.tr("Restore from backup"), DATABASE,
                             default_dir=maintenance.backup_dir())
        if path is None:
            return
        answer = QMessageBox.question(self.window, self.tr("Restore from backup"), self.tr(
            "Replace the current data with {name}?\n\nThe current database is saved as a "
            "backup first, so this can be undone by restoring that file. LibDesk closes "
            "afterwards; start it again.").format(name=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = run_write(self.window, lambda: maintenance.restore(path), None)
        if not outcome.ok:
            return
        kept = outcome.value  # the window closes: no tab needs to reload
        QMessageBox.information(self.window, self.tr("Restore from backup"), self.tr(
            "{name} was restored. The previous data was saved as {kept}. LibDesk now closes; "
            "start it again.").format(name=Path(path).name, kept=kept))
        self.window.close()

    def check(self) -> None:
        run_task(self.window, self.tr("Checking the database…"),
                 lambda _p: self.services.maintenance.check(), self._checked,
                 cancellable=False)

    def _checked(self, report) -> None:
        lines = [("✔ " if f.ok else "✘ ") + translate_template(f.template, f.params)
                 for f in report.findings]
        box = QMessageBox(QMessageBox.Icon.Information if report.ok else
                          QMessageBox.Icon.Warning, self.tr("Check database"),
                          self.tr("No problems found.") if report.ok else
                          self.tr("Problems were found."), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setInformativeText("\n\n".join(lines))
        box.exec()

    def warn_network(self) -> None:
        warning = self.services.maintenance.network_warning()
        if warning is not None:
            QMessageBox.warning(self.window, self.tr("Database on a network location"),
                                error_text(warning))

    # -- staff and locking -----------------------------------------------------------------
    def manage_staff(self) -> None:
        from libdesk.ui.admin.staff_dialog import StaffDialog  # imported when first opened

        StaffDialog(self.services, self.window).exec()
        accounts = self.services.staff.has_accounts()
        if accounts and not self.services.actor.username:
            self.sign_in_after_first_account()
            if not self.services.actor.username:
                return
        self.password_action.setEnabled(accounts and bool(self.services.actor.username))
        self.lock_action.setEnabled(accounts and bool(self.services.actor.username))
        self._watch_input()

    def sign_in_after_first_account(self) -> None:
        """The first staff account ended the local administrator's session: the window shows
        nothing until someone signs in, and closes if nobody does."""
        self.window.centralWidget().setVisible(False)
        QMessageBox.information(self.window, self.tr("Staff accounts"), self.tr(
            "The first staff account was created, so LibDesk no longer runs as the local "
            "administrator. Sign in with an account to go on."))
        if LoginDialog(self.services, self.window).exec() != QDialog.DialogCode.Accepted:
            self.window.close()
            return
        self.window.centralWidget().setVisible(True)
        self.last_input = time.monotonic()

    def change_password(self) -> None:
        from libdesk.ui.admin.staff_dialog import AccountDialog

        if AccountDialog(self.services, "change", parent=self.window).exec():
            self.window.show_message(self.tr("Your password was changed."))

    def idle_minutes(self) -> int:
        return int(self.services.settings.get("security.idle_lock_minutes") or 0)

    def _watch_input(self) -> None:
        """Input is watched only while the idle lock can apply (someone signed in with an
        account, a lock time set): the filter sees every event of the application, and
        building a tab sends thousands. After an input it rests for ``INPUT_RESOLUTION_MS``
        (``eventFilter``), then this looks again."""
        actor = self.services.actor  # the local administrator of single-user mode: no lock
        wanted = bool(actor.username) and actor is not LOCAL_ADMIN and self.idle_minutes() > 0
        if wanted and not self._lock_applies:  # it has just come to apply: idle from now
            self.last_input = time.monotonic()
        self._lock_applies = wanted
        if wanted == self._watching:
            return
        app = QApplication.instance()
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = wanted

    def check_idle(self) -> None:
        self._watch_input()  # someone signed in, or the lock time changed, since
        minutes = self.idle_minutes()
        if self.locked or minutes <= 0 or not self.services.actor.username:
            return
        if time.monotonic() - self.last_input >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked or not self.services.staff.has_accounts():
            return
        self.locked = True
        self.window.centralWidget().setVisible(False)
        try:
            dialog = LoginDialog(self.services, self.window, unlock=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.window.close()
                return
        finally:
            self.locked = False
            self.last_input = time.monotonic()
        self.window.centralWidget().setVisible(True)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.last_input = time.monotonic()
            if self._watching:  # one input a second is enough to know the desk is in use
                QApplication.instance().removeEventFilter(self)
                self._watching = False
                QTimer.singleShot(INPUT_RESOLUTION_MS, self, self._watch_input)
        return False


def install(window) -> SafetyActions:
    window.safety = SafetyActions(window)
    return window.safety
