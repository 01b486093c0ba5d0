"""When the database itself fails (disk error, disk full, read-only, deleted under the
window, damaged): say so in plain words and offer to save a backup copy somewhere else.

The store has already stopped writing (every later write is refused with the same message);
the copy is read through the window's own open connection, so it also rescues a database
file that was deleted or replaced while the window had it open."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from libdesk.models.errors import StoreFailure


def offer_rescue_copy(parent: QWidget | None, services, failure: StoreFailure,
                      text: str) -> None:
    """The failure's message with a "Save a backup copy…" button."""
    title = QCoreApplication.translate("StoreFailure", "LibDesk stopped saving")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    save = box.addButton(QCoreApplication.translate("StoreFailure", "&Save a backup copy…"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is save:
        save_rescue_copy(parent, services)


def rescue_name() -> str:
    return f"libdesk-rescue-{datetime.now():%Y%m%d-%H%M%S}.sqlite"


def save_rescue_copy(parent: QWidget | None, services, path: str | None = None) -> Path | None:
    """Ask where (not the failed disk, ideally) and write the copy; None if not saved."""
    if path is None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("StoreFailure", "Save a backup copy"),
            str(Path(folder) / rescue_name()),
            QCoreApplication.translate("StoreFailure", "LibDesk database (*.sqlite)"))
        if not path:
            return None
    from libdesk.ui.common.errors import error_text

    try:
        made = services.maintenance.backup_now(Path(path))
    except Exception as exc:  # noqa: BLE001 - shown to the user, the window stays
        QMessageBox.warning(parent, QCoreApplication.translate(
            "StoreFailure", "Save a backup copy"), error_text(exc))
        return None
    QMessageBox.information(parent, QCoreApplication.translate(
        "StoreFailure", "Save a backup copy"), QCoreApplication.translate(
        "StoreFailure", "The copy was saved as {path}. Restart LibDesk when the cause is fixed; if the "
        "database is damaged or gone, restore this copy (File → Restore from…).").format(
        path=made))
    return made
