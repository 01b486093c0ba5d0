"""The selected donation's detail pane: its lines, its certificates, and the certificate
actions (issue, preview and print, reissue 补发, void with a reason, history)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QInputDialog, QMessageBox,
    QTableWidgetItem)

from libdesk.models.donations.certificates import ACTION_LABELS, KIND_LABELS, \
    CertificateKind, CertificateStatus
from libdesk.models.errors import ValidationFailed
from libdesk.models.roles import Perm
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.common.tasks import run_task
from libdesk.ui.donations.columns import channel_label
from libdesk.ui.donations.lines_table import evaluation_label, material_label


class CertificatePane(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.services = tab.services
        self.ui = tab.ui
        self.donation_id: int | None = None
        self.certificates = []
        self.last_preview = None
        ui = self.ui
        lines = ui.linesView
        lines.setColumnCount(5)
        lines.setHorizontalHeaderLabels([self.tr("Material"), self.tr("Title or description"),
                                         self.tr("种"), self.tr("Quantity"),
                                         self.tr("Evaluation")])
        lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lines.verticalHeader().hide()
        certs = ui.certificatesView
        certs.setColumnCount(4)
        certs.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Kind"), self.tr("Status"),
                                         self.tr("Issued")])
        certs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        certs.horizontalHeader().setStretchLastSection(True)
        certs.verticalHeader().hide()
        certs.itemSelectionChanged.connect(self._update_buttons)
        certs.doubleClicked.connect(lambda _i: self.preview())
        ui.issueDonationButton.clicked.connect(lambda: self.issue(CertificateKind.DONATION))
        ui.issueCollectionButton.clicked.connect(lambda: self.issue(CertificateKind.COLLECTION))
        ui.previewButton.clicked.connect(self.preview)
        ui.reissueButton.clicked.connect(self.reissue)
        ui.voidButton.clicked.connect(self.void)
        ui.historyButton.clicked.connect(self.history)
        self.show(None)

    # -- showing ---------------------------------------------------------------------------
    def show(self, donation_id: int | None) -> None:
        self.donation_id = donation_id
        ui = self.ui
        ui.linesView.setRowCount(0)
        ui.certificatesView.setRowCount(0)
        self.certificates = []
        if donation_id is None:
            ui.detailLabel.setText(self.tr("Select a donation to see its lines and "
                                           "certificates."))
            self._update_buttons()
            return
        detail = self.services.donations.get(donation_id)
        totals = detail.totals
        d = detail.donation
        ui.detailLabel.setText("<br>".join(filter(None, [
            f"<b>{detail.donor_name}</b> · {d.received_on.isoformat()}",
            self._totals_text(totals),
            self.tr("{channel}, received by {person}").format(
                channel=channel_label(d.channel), person=d.received_by or "—"),
            d.notes])))
        for line in detail.lines:
            row = ui.linesView.rowCount()
            ui.linesView.insertRow(row)
            locked = line.id in detail.locked_line_ids or detail.locked_content
            for column, value in enumerate((material_label(line.material), line.title,
                                            str(line.titles), f"{line.quantity} {line.unit}",
                                            evaluation_label(line.evaluation))):
                item = QTableWidgetItem(value)
                if locked:
                    item.setForeground(QColor("#777777"))
                    item.setToolTip(self.tr("Locked: a valid certificate certifies this line."))
                ui.linesView.setItem(row, column, item)
        self.certificates = self.services.certificates.for_donation(donation_id)
        for cert in self.certificates:
            row = ui.certificatesView.rowCount()
            ui.certificatesView.insertRow(row)
            status = self.tr("Valid") if cert.status == CertificateStatus.VALID else \
                self.tr("Void: {reason}").format(reason=cert.void_reason)
            if cert.reissues and cert.status == CertificateStatus.VALID:
                status += self.tr(" (reissued {n}×)").format(n=cert.reissues)
            kind = self.tr_kind(cert.kind)
            for column, value in enumerate((cert.number, kind, status,
                                            cert.issued_on.isoformat())):
                ui.certificatesView.setItem(row, column, QTableWidgetItem(value))
        valid = [i for i, c in enumerate(self.certificates) if c.status == CertificateStatus.VALID]
        if valid:
            ui.certificatesView.selectRow(valid[-1])
        self._update_buttons()

    def _totals_text(self, totals) -> str:
        if totals.items:
            return self.tr("{titles} titles (种), {volumes} volumes (册), {items} items (件)") \
                .format(titles=totals.titles, volumes=totals.volumes, items=totals.items)
        return self.tr("{titles} titles (种), {volumes} volumes (册)").format(
            titles=totals.titles, volumes=totals.volumes)

    @staticmethod
    def tr_kind(kind: str) -> str:
        return enum_label(KIND_LABELS, kind)

    def selected(self):
        rows = {i.row() for i in self.ui.certificatesView.selectedIndexes()}
        return self.certificates[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        ui, cert = self.ui, self.selected()
        can_issue = self.services.can(Perm.CERTIFICATES_ISSUE)
        has = self.donation_id is not None
        ui.issueDonationButton.setEnabled(has and can_issue)
        ui.issueCollectionButton.setEnabled(has and can_issue)
        valid = cert is not None and cert.status == CertificateStatus.VALID
        ui.previewButton.setEnabled(valid and self.services.can(Perm.CERTIFICATES_PRINT))
        ui.reissueButton.setEnabled(valid and can_issue)
        ui.voidButton.setEnabled(valid and self.services.can(Perm.CERTIFICATES_VOID))
        ui.historyButton.setEnabled(cert is not None)

    # -- actions ---------------------------------------------------------------------------
    def issue(self, kind: CertificateKind, issued_on: date | None = None) -> None:
        if self.donation_id is None:
            return
        if issued_on is None:
            issued_on = self.ask_date()
            if issued_on is None:
                return
        donation_id = self.donation_id
        run_write(self.tab, lambda: self.services.certificates.issue(donation_id, kind.value,
                                                                     issued_on),
                  self._change(), on_done=self._issued)

    def _change(self) -> Change:
        return Change.of("certificates", donations=[self.donation_id])

    def _issued(self, cert) -> None:
        self.tab.window_.show_message(self.tr("Certificate {number} issued.").format(
            number=cert.number))
        self.preview(cert)

    def ask_date(self) -> date | None:
        dialog = QDialog(self.tab)
        dialog.setWindowTitle(self.tr("Issue certificate"))
        form = QFormLayout(dialog)
        edit = QDateEdit(QDate.currentDate(), dialog)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Date on the certificate:"), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return edit.date().toPython() if dialog.exec() else None

    def preview(self, cert=None) -> None:
        cert = cert or self.selected()
        if cert is None:
            return
        from libdesk.ui.common.preview import preview_file  # QtPdf: when first previewing

        path = preview_file(f"{cert.number}.pdf")
        run_task(self.tab, self.tr("Preparing the certificate…"),
                 lambda progress: self.services.certificates.render([cert.id], path, progress),
                 lambda written: self._open_preview(written, cert.number))

    def _open_preview(self, path: Path, number: str) -> None:
        from libdesk.ui.common.preview import open_preview

        self.last_preview = open_preview(
            self.tab, path, self.tr("Certificate {number}").format(number=number),
            suggested_name=f"{number}.pdf")

    def reissue(self) -> None:
        cert = self.selected()
        if cert is None:
            return
        note, ok = QInputDialog.getText(self.tab, self.tr("Reissue certificate"), self.tr(
            "Reissue {number} with the same number, marked 补发. Why is it reissued?").format(
            number=cert.number))
        if not ok:
            return
        run_write(self.tab, lambda: self.services.certificates.reissue(cert.id, note),
                  self._change(), on_done=self.preview)

    def void(self) -> None:
        cert = self.selected()
        if cert is None:
            return
        reason = ""
        while True:  # a refused reason (empty) is asked again, with what was typed kept
            reason, ok = QInputDialog.getText(self.tab, self.tr("Void certificate"), self.tr(
                "Void {number}? Its number is never used again and its QR code will show "
                "“void”. Reason (required):").format(number=cert.number), text=reason)
            if not ok:
                return
            outcome = run_write(
                self.tab, lambda: self.services.certificates.void(cert.id, reason),
                self._change(), on_done=lambda _r: self.tab.window_.show_message(
                    self.tr("Certificate {number} voided.").format(number=cert.number)))
            if outcome.ok or not isinstance(outcome.error, ValidationFailed):
                return

    def history(self) -> None:
        cert = self.selected()
        if cert is None:
            return
        lines = []
        for event in self.services.certificates.events(cert.id):
            action = enum_label(ACTION_LABELS, event.action)
            when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(f"{when}  {action}  {event.actor}" + (f"：{event.note}"
                                                               if event.note else ""))
        QMessageBox.information(self.tab, self.tr("History of {number}").format(
            number=cert.number), "\n".join(lines))
