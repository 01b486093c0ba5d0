"""Global actions in the Tools menu: verify a certificate (Ctrl+Shift+V) and exchange public
keys with other desks so they can verify this desk's certificates offline."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from libdesk.models.roles import Perm
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.verify_dialog import VerifyDialog

CONTEXT = "CertificateActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install(window) -> None:
    tools = window.menu("tools")
    verify = QAction(_tr("&Verify certificate…"), window)
    verify.setObjectName("verifyCertificateAction")
    verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
    verify.triggered.connect(lambda: VerifyDialog(window.services, window).exec())
    tools.addAction(verify)
    window.addAction(verify)
    export_key = QAction(_tr("&Export public key…"), window)
    export_key.triggered.connect(lambda: export_public_key(window))
    tools.addAction(export_key)
    import_key = QAction(_tr("&Import public key…"), window)
    import_key.triggered.connect(lambda: import_public_key(window))
    import_key.setEnabled(window.services.signing.can(Perm.KEYS_MANAGE))
    tools.addAction(import_key)


def export_public_key(window) -> None:
    last = QSettings().value("keys/dir", str(Path.home()))
    path, _ = QFileDialog.getSaveFileName(window, _tr("Export public key"),
                                          str(Path(last) / "libdesk-public-key.txt"),
                                          _tr("Key file (*.txt)"))
    if not path:
        return
    try:
        Path(path).write_text(window.services.signing.export_public_key(), encoding="ascii")
    except OSError as exc:
        show_error(window, exc)
        return
    QSettings().setValue("keys/dir", str(Path(path).parent))
    QMessageBox.information(window, _tr("Export public key"), _tr(
        "The public key was written to {path}. Import it at another desk or branch "
        "(Tools → Import public key) so it can verify this desk's certificates.").format(
        path=path))


def import_public_key(window) -> None:
    last = QSettings().value("keys/dir", str(Path.home()))
    path, _ = QFileDialog.getOpenFileName(window, _tr("Import public key"), str(last),
                                          _tr("Key file (*.txt)"))
    if not path:
        return
    try:
        text = Path(path).read_text(encoding="ascii", errors="replace")
        key_id = window.services.signing.import_public_key(text, Path(path).stem)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(window, exc)
        return
    QMessageBox.information(window, _tr("Import public key"), _tr(
        "Key {key_id} imported: certificates signed with it now verify here.").format(
        key_id=key_id))
