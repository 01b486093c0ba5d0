"""Verify any signed LibDesk code: a scanner types the payload and Enter, the dialog shows
真实有效 / 已作废 / 无法验证（伪造或损坏） and the details the issuing area reported.

Generic: donation and collection certificates, volunteer service certificates and box labels
all verify here through ``services.verification``. Form: forms/verification/verify_dialog.ui.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem

from libdesk.services.verification import Verdict
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import error_text
from libdesk.ui.common.forms import load_form

COLOURS = {Verdict.GENUINE: "#1B7F3A", Verdict.VOID: "#B26A00", Verdict.INVALID: "#B3261E"}


class VerifyDialog(Dialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.result = None
        self.ui = load_form("verification/verify_dialog.ui", self)
        self.setWindowTitle(self.tr("Verify certificate"))
        ui = self.ui
        ui.scanEdit.setPlaceholderText(self.tr("LD1.…"))
        ui.scanEdit.returnPressed.connect(self.verify_text)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setDefault(False)
        view = ui.detailsView
        view.setColumnCount(2)
        view.horizontalHeader().hide()
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self._show_waiting()
        self.resize(560, 480)  # the first time; then as the user left it
        ui.scanEdit.setFocus()

    def _show_waiting(self) -> None:
        self.ui.verdictLabel.setText(self.tr("Waiting for a scan…"))
        self.ui.verdictLabel.setStyleSheet("font-size: 18pt; color: #666;")

    def verdict_text(self, verdict: Verdict) -> str:
        return {Verdict.GENUINE: self.tr("Genuine"),
                Verdict.VOID: self.tr("Void"),
                Verdict.INVALID: self.tr("Cannot be verified (forged or damaged)")}[verdict]

    def verify_text(self) -> None:
        text = self.ui.scanEdit.text().strip()
        if not text:
            return
        self.show_result(self.services.verification.verify(text))
        self.ui.scanEdit.selectAll()  # the next scan replaces this one

    def show_result(self, result) -> None:
        self.result = result
        ui = self.ui
        colour = COLOURS[result.verdict]
        verdict = self.verdict_text(result.verdict)
        if result.as_of is not None:  # another database's void list said so, made then
            verdict = self.tr("Void (as of {date})").format(date=result.as_of_text)
        ui.verdictLabel.setText(verdict)
        ui.verdictLabel.setStyleSheet(
            f"font-size: 22pt; font-weight: bold; color: white; background: {colour}; "
            "border-radius: 6px; padding: 6px;")
        ui.titleLabel.setText(result.title)
        view = ui.detailsView
        view.setRowCount(len(result.details))
        for row, (label, value) in enumerate(result.details):
            view.setItem(row, 0, QTableWidgetItem(label))
            view.setItem(row, 1, QTableWidgetItem(value))
        view.resizeRowsToContents()
        ui.reasonLabel.setText(error_text(result.reason) if result.reason is not None else "")
