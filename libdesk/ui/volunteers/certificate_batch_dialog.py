"""Choose the period and the minimum confirmed hours of a certificate batch
(form: forms/volunteers/certificate_batch_dialog.ui); shows how many volunteers qualify."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form


class CertificateBatchDialog(Dialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = load_form("volunteers/certificate_batch_dialog.ui", self)
        self.setWindowTitle(self.tr("Service certificates for many volunteers"))
        ui = self.ui
        year = QDate.currentDate().year()
        ui.fromEdit.setDate(QDate(year, 1, 1))
        ui.toEdit.setDate(QDate(year, 12, 31))
        for widget in (ui.fromEdit, ui.toEdit):
            widget.dateChanged.connect(self.update_count)
        ui.minSpin.valueChanged.connect(self.update_count)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.update_count()

    def values(self):
        ui = self.ui
        return (ui.fromEdit.date().toPython(), ui.toEdit.date().toPython(), ui.minSpin.value(),
                ui.remarksEdit.text())

    def update_count(self, *_args) -> None:
        start, end, hours, _ = self.values()
        count = len(self.services.volunteer_certificates.eligible(start, end, hours))
        self.ui.eligibleLabel.setText(self.tr(
            "{count} volunteer(s) have at least {hours} confirmed hours in the period; each "
            "gets a numbered certificate.").format(count=count, hours=f"{hours:g}"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
