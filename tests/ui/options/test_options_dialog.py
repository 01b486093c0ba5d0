"""Tools → Options…: staff change the printed settings in the window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox

from libdesk.models.roles import Role
from libdesk.services.base import Actor
from libdesk.ui.options.dialog import OptionsDialog
from libdesk.ui.options.pages import BackupPage, CertificatesPage, DistributionPage
from tests.ui.typing import type_text


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_options_change_signer_seal_and_overdue_days(qtbot, services, tmp_path):
    seal = tmp_path / "seal.png"
    image = QImage(60, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor(200, 0, 0, 160))
    image.save(str(seal))
    dialog = OptionsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)
    page = dialog.page(CertificatesPage)
    signer = page.findChild(QLineEdit, "certificate_signer")
    type_text(qtbot, signer, "王建国")
    page.findChild(QLineEdit, "certificate_seal_image").setText(str(seal))
    assert not page.seal_preview.pixmap().isNull()
    days = dialog.page(DistributionPage).findChild(QSpinBox, "distribution_overdue_days")
    days.setValue(30)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == OptionsDialog.DialogCode.Accepted
    assert services.settings.get("certificate.signer") == "王建国"
    assert services.settings.get("certificate.seal_image") == str(seal.resolve())
    assert services.settings.get("distribution.overdue_days") == 30


def test_a_bad_folder_keeps_the_dialog_open_and_says_why(qtbot, services, tmp_path):
    dialog = OptionsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = dialog.page(BackupPage).findChild(QLineEdit, "backup_dir")
    folder.setText(str(tmp_path / "nowhere"))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "nowhere" in dialog.note.text()
    assert dialog.stack.currentWidget() is dialog.page(BackupPage)
    assert services.settings.get("backup.dir") == ""


def test_others_see_the_options_read_only(qtbot, services):
    services.ctx.set_actor(Actor("ann", Role.FRONT_DESK, "安娜"))
    dialog = OptionsDialog(services)
    qtbot.addWidget(dialog)
    assert not _ok(dialog).isEnabled()
    assert not dialog.page(CertificatesPage).findChild(QLineEdit, "certificate_signer").isEnabled()


def test_the_tools_menu_opens_options(qtbot, services, monkeypatch):
    from libdesk.ui.shell.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    action = window.findChild(type(window.menu("tools").actions()[0]), "optionsAction")
    assert action in window.menu("tools").actions()
    opened = []
    monkeypatch.setattr(OptionsDialog, "exec", lambda self: opened.append(self) or 0)
    action.trigger()
    assert opened and opened[0].pages


def _settings_set_elsewhere(db_path, key: str, value: str) -> None:
    """``libdesk settings set`` at another desk: its entry function (on SQLite a command
    beside a window is refused, so it runs in this process) or, on PostgreSQL, a process."""
    import os
    import subprocess
    import sys

    from libdesk.cli import main

    if isinstance(db_path, str):  # PostgreSQL (a ServerDatabase URL)
        done = subprocess.run([sys.executable, "-m", "libdesk", "settings", "set", key, value,
                               "--database", str(db_path)], capture_output=True, text=True,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
        assert done.returncode == 0, done.stderr
    else:
        assert main(["settings", "set", key, value, "--database", str(db_path)]) == 0


def test_ok_keeps_a_setting_changed_meanwhile_at_another_desk(qtbot, services, db_path):
    from libdesk.ui.options.pages import LibraryPage

    dialog = OptionsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    _settings_set_elsewhere(db_path, "library.name", "太原市图书馆（迎泽馆）")
    desk = dialog.page(LibraryPage).findChild(QLineEdit, "desk_name")
    desk.selectAll()
    type_text(qtbot, desk, "二楼服务台")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == OptionsDialog.DialogCode.Accepted
    assert services.settings.get("library.name") == "太原市图书馆（迎泽馆）"  # not overwritten
    assert services.settings.get("desk.name") == "二楼服务台"


def test_a_setting_changed_here_and_at_another_desk_is_not_saved(qtbot, services, db_path):
    from libdesk.ui.options.pages import LibraryPage

    dialog = OptionsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(2)
    _settings_set_elsewhere(db_path, "desk.name", "一楼服务台")
    desk = dialog.page(LibraryPage).findChild(QLineEdit, "desk_name")
    desk.selectAll()
    type_text(qtbot, desk, "二楼服务台")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()                                 # kept open, the typing kept
    assert dialog.stack.currentWidget() is dialog.page(LibraryPage)
    label = dialog.page(LibraryPage).form.labelForField(desk).text()  # in the UI's language
    assert f"“{label}”" in dialog.note.text()           # the conflict, naming the setting
    assert services.settings.get("desk.name") == "一楼服务台"
