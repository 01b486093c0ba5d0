"""Tools → Signing keys: the register of public keys (this desk's, the other desks' of this
database, and imported ones), rotating this desk's key and revoking a lost one."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from libdesk.models.roles import Perm
from libdesk.ui.common.operations import Change, run_write


class KeysDialog(QDialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Signing keys"))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Private keys never enter the database: this desk's is kept in {where}. The "
            "database holds public keys only. Rotating makes a new key (codes signed before "
            "keep verifying); revoke a key whose copy may have been lost.").format(
            where=services.signing.keystore.where()))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Desk"),
                                              self.tr("Held by"), self.tr("State"),
                                              self.tr("Since")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.rotate_button = QPushButton(self.tr("&Rotate this desk's key"), self)
        self.revoke_button = QPushButton(self.tr("Re&voke selected key…"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        allowed = services.signing.can(Perm.KEYS_MANAGE)
        self.rotate_button.setEnabled(allowed)
        self.revoke_button.setEnabled(allowed)
        buttons.addWidget(self.rotate_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.rotate_button.clicked.connect(self.rotate)
        self.revoke_button.clicked.connect(self.revoke)
        self.close_button.clicked.connect(self.accept)
        self.load()

    def load(self) -> None:
        rows = self.services.signing.keys()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            held = (self.tr("this desk") if row.here else self.tr("another desk of this database")
                    if row.own else self.tr("imported"))
            if row.revoked_at:
                state = self.tr("revoked {date}").format(date=f"{row.revoked_at:%Y-%m-%d}")
            elif row.retired_at:
                state = self.tr("retired {date}").format(date=f"{row.retired_at:%Y-%m-%d}")
            else:
                state = self.tr("signs") if row.active else self.tr("verifies")
            for c, text in enumerate((row.key_id, row.desk, held, state,
                                      f"{row.created_at:%Y-%m-%d}")):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def rotate(self) -> None:
        answer = QMessageBox.question(self, self.tr("Rotate key"), self.tr(
            "Sign with a new key from now on? Certificates and labels signed before keep "
            "verifying. Export the verification file again for the other desks."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_write(self, self.services.signing.rotate, Change.of("keys"),
                  on_done=self._rotated)

    def _rotated(self, key_id: str) -> None:
        self.load()
        QMessageBox.information(self, self.tr("Rotate key"), self.tr(
            "This desk now signs with key {key_id}.").format(key_id=key_id))

    def revoke(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        key = self.rows[row]
        reason, ok = QInputDialog.getText(self, self.tr("Revoke key"), self.tr(
            "Why is key {key_id} revoked? Its codes then count only where this database's "
            "register confirms them.").format(key_id=key.key_id))
        if not ok:
            return
        run_write(self, lambda: self.services.signing.revoke(key.key_id, reason),
                  Change.of("keys"), on_done=lambda _none: self.load())
