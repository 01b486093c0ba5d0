"""Tools → Signing keys (rotate, revoke), 导出公钥 writing the verification file, and the
verify dialog saying 已作废（截至 DATE） for another database's voided certificate."""
from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from libdesk.app import create_application
from libdesk.services import open_services
from libdesk.services.keys.keystore import KeyStore
from libdesk.ui.verification.verify_dialog import VerifyDialog
from libdesk.ui.shell.main_window import MainWindow
from libdesk.ui.verification.keys_dialog import KeysDialog
from tests.services.donations.fixtures import add_sun_ying
from tests.ui.typing import type_text


def answer_boxes(qtbot, seen: list, until: int) -> None:
    """Press Yes / OK on each message box as it comes up, ``until`` boxes."""
    def step():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            button = box.button(QMessageBox.StandardButton.Yes) or \
                box.button(QMessageBox.StandardButton.Ok)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if len(seen) < until:
            QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)


def test_rotate_and_revoke_from_the_keys_dialog(qtbot, services, tmp_path):
    create_application()
    services.signing.keystore = KeyStore(tmp_path / "keys")  # keep the shared test key
    first = services.signing.ensure_key()
    dialog = KeysDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1
    assert str(tmp_path / "keys") in dialog.intro.text()
    seen: list[str] = []
    answer_boxes(qtbot, seen, 2)
    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)
    new = services.signing.ensure_key()
    assert new != first and new in seen[-1]
    states = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text()
              for r in range(dialog.table.rowCount())}
    assert states[first].startswith("已停用") and states[new] == "签名中"

    dialog.table.selectRow([r.key_id for r in dialog.rows].index(new))

    def reason():
        box = QApplication.activeModalWidget()
        box.setTextValue("备份盘遗失")
        box.accept()

    QTimer.singleShot(50, reason)
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    revoked = {r.key_id: r for r in services.signing.keys()}[new]
    assert revoked.revoked_at is not None and revoked.revoke_reason == "备份盘遗失"
    row = [r.key_id for r in dialog.rows].index(new)
    assert dialog.table.item(row, 3).text().startswith("已撤销")


def test_export_public_key_writes_the_verification_file_and_void_shows_as_of(
        qtbot, services, tmp_path, monkeypatch):
    create_application()
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
    services.certificates.void(cert.id, "数量有误")
    window = MainWindow(services)
    qtbot.addWidget(window)
    target = tmp_path / "libdesk-verification.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    export = [a for a in window.menu("tools").actions() if a.text().startswith("导出公钥")]
    export[0].trigger()
    body = json.loads(target.read_text(encoding="utf-8"))["body"]
    assert [v["number"] for v in body["voids"]] == [cert.number]
    assert all("private" not in key for key in body["keys"])

    branch = open_services(str(tmp_path / "branch.sqlite"))
    try:
        branch.signing.import_public_key(target.read_text(encoding="utf-8"))
        dialog = VerifyDialog(branch)
        qtbot.addWidget(dialog)
        type_text(qtbot, dialog.ui.scanEdit, cert.payload)
        qtbot.keyClick(dialog.ui.scanEdit, Qt.Key.Key_Return)
        assert dialog.ui.verdictLabel.text() == f"已作废（截至 {dialog.result.as_of_text}）"
    finally:
        branch.close()
