"""When the database cannot even be opened (damaged), the start-up error offers to restore a
backup over it; the damaged file is kept beside the backups."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from libdesk.config import database_url, default_database_url
from libdesk.services.maintenance import DatabaseUnreadable, restore_unopenable
from libdesk.ui.common.errors import error_text, show_error
from libdesk.ui.common.files import DATABASE, ask_open_path


def offer_restore(database: str | None, error: DatabaseUnreadable) -> bool:
    """Show why the database cannot be opened; True if a backup was restored over it."""
    translate = QCoreApplication.translate
    url = database_url(database) if database else default_database_url()
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("Recovery", "LibDesk cannot start"), error_text(error))
    restore = box.addButton(translate("Recovery", "&Restore from backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() != restore:
        return False
    folder = Path(unquote(url.split("///", 1)[-1])).parent / "backups"
    path = ask_open_path(None, "restore", translate("Recovery", "Restore from backup"),
                         DATABASE, default_dir=folder)
    if path is None:
        return False
    try:
        kept = restore_unopenable(url, path)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(None, exc)
        return False
    QMessageBox.information(None, translate("Recovery", "Restore from backup"), translate(
        "Recovery", "{name} was restored. The damaged database was kept as {kept}.").format(
        name=Path(path).name, kept=kept))
    return True
