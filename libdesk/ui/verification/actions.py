"""Global actions in the Tools menu: verify a certificate (Ctrl+Shift+V) and exchange public
keys with other desks so they can verify this desk's certificates offline."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from libdesk.models.roles import Perm
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.files import TXT, ask_open_path, ask_save_path
from libdesk.ui.common.operations import Change, run_write


def install(window) -> None:
    window.verification = VerificationActions(window)


class VerificationActions(QObject):
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
        import_key.setEnabled(window.services.can(Perm.KEYS_MANAGE))
        tools.addAction(import_key)
        keys = QAction(self.tr("Signing &keys…"), window)
        keys.triggered.connect(self.manage_keys)
        tools.addAction(keys)

    def verify(self) -> None:
        from libdesk.ui.verification.verify_dialog import VerifyDialog  # with the services

        VerifyDialog(self.window.services, self.window).exec()

    def manage_keys(self) -> None:
        from libdesk.ui.verification.keys_dialog import KeysDialog  # when first opened

        KeysDialog(self.window.services, self.window).exec()

    def export_public_key(self) -> None:
        path = ask_save_path(self.window, "keys", self.tr("Export public key"),
                             "libdesk-verification.txt")
        if path is None:
            return
        try:
            path.write_text(self.window.services.signing.export_public_key(), encoding="utf-8")
        except OSError as exc:
            show_error(self.window, exc)
            return
        QMessageBox.information(self.window, self.tr("Export public key"), self.tr(
            "The verification file was written to {path}: this database's public keys and "
            "its signed list of voided certificates. Import it at another desk or branch "
            "(Tools → Import public key) so it can verify this database's codes; export and "
            "import it again after voiding certificates or rotating keys.").format(path=path))

    def import_public_key(self) -> None:
        path = ask_open_path(self.window, "keys", self.tr("Import public key"), TXT)
        if path is None:
            return
        signing = self.window.services.signing
        run_write(self.window, lambda: signing.import_public_key(
                      path.read_text(encoding="utf-8", errors="replace"), ""),
                  Change.of("keys"), on_done=self._imported)

    def _imported(self, summary) -> None:
        text = self.tr("Keys {keys} imported: codes signed with them now verify here.").format(
            keys=", ".join(summary.keys))
        if summary.as_of is not None:
            text += "\n" + self.tr("Its list of {count} voided certificates is as of {date}.") \
                .format(count=summary.voids, date=f"{summary.as_of.astimezone():%Y-%m-%d}")
        QMessageBox.information(self.window, self.tr("Import public key"), text)
