"""Add or edit a donor (form: forms/donations/donor_dialog.ui). Phones and the ID number are
shown masked; masked values are kept as stored when saving. Likely duplicates (same name and
phone, or same ID number) are named before a new donor is saved."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import DONOR_KIND_LABELS, DonorKind
from libdesk.models.errors import DomainError, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.ui.common.errors import error_text, translate_template
from libdesk.ui.common.forms import load_form

HONORIFICS = ["", "先生", "女士", "同志", "老师", "教授"]
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("DonorDialog", "Name"),
    "kind": QT_TRANSLATE_NOOP("DonorDialog", "Type"),
    "phone": QT_TRANSLATE_NOOP("DonorDialog", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("DonorDialog", "Second phone"),
    "email": QT_TRANSLATE_NOOP("DonorDialog", "E-mail"),
    "id_number": QT_TRANSLATE_NOOP("DonorDialog", "ID number"),
}


class DonorDialog(QDialog):
    def __init__(self, services, donor_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.donor_id = donor_id
        self.saved_id: int | None = None
        self.ui = load_form("donations/donor_dialog.ui", self)
        self.setWindowTitle(self.tr("New donor") if donor_id is None else self.tr("Edit donor"))
        ui = self.ui
        for kind in DonorKind:
            ui.kindCombo.addItem(QCoreApplication.translate("DonorKind", DONOR_KIND_LABELS[kind]),
                                 kind.value)
        ui.honorificCombo.addItems(HONORIFICS)
        ui.phoneEdit.setPlaceholderText(self.tr("Mobile or landline"))
        ui.phone2Edit.setPlaceholderText(self.tr("Second phone"))
        ui.titleEdit.setPlaceholderText(self.tr("e.g. 原中央党史研究室主任"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.unmaskButton.clicked.connect(self._unmask)
        ui.unmaskButton.setVisible(donor_id is not None and services.donors.can(Perm.UNMASK))
        ui.maskedLabel.setVisible(False)
        if donor_id is not None:
            self._load(services.donors.get(donor_id))
            ui.maskedLabel.setText(self.tr("Phone and ID numbers are shown masked; leave them "
                                           "as they are to keep the stored numbers."))
            ui.maskedLabel.setVisible(True)
        geometry = QSettings().value("dialogs/DonorDialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        ui.nameEdit.setFocus()

    def _load(self, donor: DonorInput) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(donor.kind), 0))
        ui.nameEdit.setText(donor.name)
        ui.honorificCombo.setCurrentText(donor.honorific)
        ui.titleEdit.setText(donor.title)
        ui.contactEdit.setText(donor.contact_person)
        ui.phoneEdit.setText(donor.phone)
        ui.phone2Edit.setText(donor.phone2)
        ui.emailEdit.setText(donor.email)
        ui.addressEdit.setText(donor.address)
        ui.idEdit.setText(donor.id_number)
        ui.notesEdit.setPlainText(donor.notes)

    def _unmask(self) -> None:
        try:
            full = self.services.donors.get(self.donor_id, unmask=True)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        for edit, value in ((self.ui.phoneEdit, full.phone), (self.ui.phone2Edit, full.phone2),
                            (self.ui.idEdit, full.id_number)):
            edit.setText(value)
        self.ui.maskedLabel.setVisible(False)
        self.ui.unmaskButton.setEnabled(False)

    def donor(self) -> DonorInput:
        ui = self.ui
        return DonorInput(
            name=ui.nameEdit.text().strip(), kind=ui.kindCombo.currentData(),
            honorific=ui.honorificCombo.currentText().strip(), title=ui.titleEdit.text(),
            contact_person=ui.contactEdit.text(), phone=ui.phoneEdit.text(),
            phone2=ui.phone2Edit.text(), email=ui.emailEdit.text(),
            address=ui.addressEdit.text(), id_number=ui.idEdit.text(),
            notes=ui.notesEdit.toPlainText())

    def accept(self) -> None:
        donor = self.donor()
        if self.donor_id is None and not self._confirm_not_duplicate(donor):
            return
        try:
            self.saved_id = self.services.donors.save(donor, self.donor_id)
        except ValidationFailed as exc:
            self.ui.errorLabel.setText("\n".join(self._problem(p) for p in exc.problems))
            return
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        QSettings().setValue("dialogs/DonorDialog/geometry", self.saveGeometry())
        super().accept()

    def _confirm_not_duplicate(self, donor: DonorInput) -> bool:
        same = self.services.donors.likely_duplicates(donor)
        if not same:
            return True
        names = "\n".join(f"· {r.name}  {r.title}  {r.phone}" for r in same[:5])
        answer = QMessageBox.question(self, self.tr("Possible duplicate"), self.tr(
            "This looks like a donor who is already registered:\n{names}\n\nAdd a new donor "
            "anyway? (To combine two donors later, use Merge donors.)").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _problem(problem) -> str:
        text = translate_template(problem.template, problem.params)
        label = FIELD_LABELS.get(problem.field)
        if label is None:
            return text
        return f"{QCoreApplication.translate('DonorDialog', label)}：{text}"
