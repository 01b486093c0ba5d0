"""Global actions in the Tools menu: verify a certificate (Ctrl+Shift+V) and exchange public
keys with other desks so they can verify this desk's certificates offline."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from libdesk.models.roles import Perm
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.verify_dialog import VerifyDialog
from libdesk.ui.verification.keys_dialog import KeysDialog


def install(window) -> None:
    window._certificate_actions = CertificateActions(window)


class CertificateActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        tools = window.menu("tools")
        self.verify_action = QAction(self.tr("&Verify certificate…"), window)
        self.verify_action.setObjectName("verifyCertificateAction")
        self.verify_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_action.triggered.connect(self.verify)
        tools.addAction(self.verify_action)
        window.addAction(self.verify_action)
        export_key = QAction(self.tr("&Export public key…"), window)
        export_key.triggered.connect(self.export_public_key)
        tools.addAction(export_key)
        import_key = QAction(self.tr("&Import public key…"), window)
        import_key.triggered.connect(self.import_public_key)
        import_key.setEnabled(window.services.signing.can(Perm.KEYS_MANAGE))
        tools.addAction(import_key)
        keys = QAction(self.tr("Signing &keys…"), window)
        keys.triggered.connect(self.manage_keys)
        tools.addAction(keys)

    def verify(self) -> None:
        VerifyDialog(self.window.services, self.window).exec()

    def manage_keys(self) -> None:
        KeysDialog(self.window.services, self.window).exec()

    def export_public_key(self) -> None:
        last = QSettings().value("keys/dir", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export public key"),
                                              str(Path(last) / "libdesk-verification.json"),
                                              self.tr("Verification file (*.json *.txt)"))
        if not path:
            return
        try:
            Path(path).write_text(self.window.services.signing.export_public_key(),
                                  encoding="utf-8")
        except OSError as exc:
            show_error(self.window, exc)
            return
        QSettings().setValue("keys/dir", str(Path(path).parent))
        QMessageBox.information(self.window, self.tr("Export public key"), self.tr(
            "The verification file was written to {path}: this database's public keys and "
            "its signed list of voided certificates. Import it at another desk or branch "
            "(Tools → Import public key) so it can verify this database's codes; export and "
            "import it again after voiding certificates or rotating keys.").format(path=path))

    def import_public_key(self) -> None:
        last = QSettings().value("keys/dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import public key"),
                                              str(last),
                                              self.tr("Verification file (*.json *.txt)"))
        if not path:
            return
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
            summary = self.window.services.signing.import_public_key(text, "")
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.window, exc)
            return
        QSettings().setValue("keys/dir", str(Path(path).parent))
        text = self.tr("Keys {keys} imported: codes signed with them now verify here.").format(
            keys=", ".join(summary.keys))
        if summary.as_of is not None:
            text += "\n" + self.tr("Its list of {count} voided certificates is as of {date}.") \
                .format(count=summary.voids, date=f"{summary.as_of.astimezone():%Y-%m-%d}")
        QMessageBox.information(self.window, self.tr("Import public key"), text)
