"""Choose the period and the minimum confirmed hours of a certificate batch
(form: forms/volunteers/certificate_batch_dialog.ui); shows how many volunteers qualify."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.models.volunteers.rules import hours_text
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form


class CertificateBatchDialog(Dialog):
    """For everyone who qualifies, or (``volunteer``: a row with ``id`` and ``name``) for one
    named volunteer. The period ends today by default: a certificate never covers days that
    have not happened yet."""

    def __init__(self, services, parent=None, volunteer=None) -> None:
        super().__init__(parent)
        self.services = services
        self.volunteer = volunteer
        self.ui = load_form("volunteers/certificate_batch_dialog.ui", self)
        ui = self.ui
        today = QDate.currentDate()
        ui.fromEdit.setDate(QDate(today.year(), 1, 1))
        ui.toEdit.setDate(today)
        ui.toEdit.setMaximumDate(today)
        ui.fromEdit.setMaximumDate(today)
        if volunteer is None:
            self.setWindowTitle(self.tr("Service certificates for many volunteers"))
        else:
            self.setWindowTitle(self.tr("Service certificate for {name}").format(
                name=volunteer.name))
            ui.minSpin.setValue(0.01)
            ui.minSpin.hide()
            ui.minLabel.hide()
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
        if self.volunteer is not None:
            confirmed = self.services.volunteer_certificates.confirmed_hundredths(
                self.volunteer.id, start, end)
            self.ui.eligibleLabel.setText(self.tr(
                "{name} has {hours} confirmed hours from {start} to {end}.").format(
                name=self.volunteer.name, hours=hours_text(confirmed), start=start.isoformat(),
                end=end.isoformat()))
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                confirmed > 0)
            return
        count = len(self.services.volunteer_certificates.eligible(start, end, hours))
        self.ui.eligibleLabel.setText(self.tr(
            "{count} volunteer(s) have at least {hours} confirmed hours in the period; each "
            "gets a numbered certificate.").format(count=count, hours=f"{hours:g}"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
