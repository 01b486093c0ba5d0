"""Add or edit a donor (form: forms/donations/donor_dialog.ui). Phones and the ID number are
shown masked; masked values are kept as stored when saving. Likely duplicates (same name and
phone, or same ID number) are named before a new donor is saved."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import DONOR_KIND_LABELS, DonorKind
from libdesk.models.roles import Perm
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import translate_template
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.operations import Change, run_write

HONORIFICS = ["", "先生", "女士", "同志", "老师", "教授"]
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("DonorDialog", "Name"),
    "kind": QT_TRANSLATE_NOOP("DonorDialog", "Type"),
    "phone": QT_TRANSLATE_NOOP("DonorDialog", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("DonorDialog", "Second phone"),
    "email": QT_TRANSLATE_NOOP("DonorDialog", "E-mail"),
    "id_number": QT_TRANSLATE_NOOP("DonorDialog", "ID number"),
}
# field → the widget that edits it (the conflict dialog's labels are the form's labels)
CONFLICT_FIELDS = {
    "kind": "kindCombo", "name": "nameEdit", "honorific": "honorificCombo",
    "title": "titleEdit", "contact_person": "contactEdit", "phone": "phoneEdit",
    "phone2": "phone2Edit", "email": "emailEdit", "address": "addressEdit", "id_number": "idEdit",
    "notes": "notesEdit"}


class DonorDialog(Dialog):
    def __init__(self, services, donor_id: int | None = None, parent=None,
                 offer_donation: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.donor_id = donor_id
        self.saved_id: int | None = None
        self.then_donation = False  # "Save and record a donation" was chosen
        self.ui = load_form("donations/donor_dialog.ui", self)
        self.setWindowTitle(self.tr("New donor") if donor_id is None else self.tr("Edit donor"))
        ui = self.ui
        for kind in DonorKind:
            ui.kindCombo.addItem(enum_label(DONOR_KIND_LABELS, kind), kind.value)
        ui.honorificCombo.addItems(HONORIFICS)
        ui.phoneEdit.setPlaceholderText(self.tr("Mobile or landline"))
        ui.phone2Edit.setPlaceholderText(self.tr("Second phone"))
        ui.titleEdit.setPlaceholderText(self.tr("e.g. 原中央党史研究室主任"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.donation_button = None
        if offer_donation and donor_id is None:
            # A new donor usually comes with a gift: one key (Ctrl+Enter) saves and goes on.
            self.donation_button = ui.buttonBox.addButton(
                self.tr("Save and record a &donation"), QDialogButtonBox.ButtonRole.ActionRole)
            self.donation_button.setObjectName("saveAndDonateButton")
            self.donation_button.setToolTip(self.tr("Ctrl+Enter"))
            self.donation_button.clicked.connect(self._save_then_donation)
        ui.unmaskButton.clicked.connect(self._unmask)
        ui.unmaskButton.setVisible(donor_id is not None and services.donors.can(Perm.UNMASK))
        ui.maskedLabel.setVisible(False)
        # As opened: the version first, then the values (a save in between is then a
        # conflict, never a lost edit).
        self.version = services.donors.version(donor_id) if donor_id is not None else None
        self.loaded = services.donors.get(donor_id) if donor_id is not None else None
        if donor_id is not None:
            self._load(self.loaded)
            ui.maskedLabel.setText(self.tr("Phone and ID numbers are shown masked; leave them "
                                           "as they are to keep the stored numbers."))
            ui.maskedLabel.setVisible(True)
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
        # Seeing the full numbers is recorded in the audit log (an "audit" change).
        outcome = run_write(self, lambda: self.services.donors.get(self.donor_id, unmask=True),
                            Change.of("audit"), error_label=self.error_label)
        if not outcome.ok:
            return
        full = outcome.value
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
        # A donor's name shows in the donations list too.
        self.submit(lambda: self.services.donors.save(donor, self.donor_id,
                                                      expected_version=self.version),
                    lambda saved: Change.of("donations", donors=[saved]),
                    on_done=lambda saved: setattr(self, "saved_id", saved),
                    problem_line=self._problem,
                    resave=lambda values, version: self.services.donors.save(
                        replace(donor, **values), self.donor_id, expected_version=version),
                    conflict_view=ConflictView.of(self.ui, CONFLICT_FIELDS, self.loaded, {
                        "phone2": QCoreApplication.translate("DonorDialog",
                                                             FIELD_LABELS["phone2"])}))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Ctrl+Enter anywhere in the form (a line edit passes Return on to the dialog)."""
        if (self.donation_button is not None
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.donation_button.click()
            return
        super().keyPressEvent(event)

    def _save_then_donation(self) -> None:
        self.then_donation = True
        self.accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.then_donation = False

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
