"""Add or edit a volunteer (form: forms/volunteers/volunteer_dialog.ui). Phone and ID number
are shown masked; a masked value saved back keeps the stored number."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.models.volunteers.rules import VolunteerInput
from libdesk.models.volunteers.tables import GENDERS, ID_TYPES, VolunteerStatus
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change
from libdesk.ui.volunteers.columns import volunteer_status

CONFLICT_FIELDS = {  # field → the widget that edits it
    "name": "nameEdit", "gender": "genderCombo", "org": "orgCombo", "team": "teamCombo",
    "student_no": "studentEdit", "phone": "phoneEdit", "id_type": "idTypeCombo",
    "id_number": "idEdit", "platform_no": "platformEdit", "joined_on": "joinedEdit",
    "status": "statusCombo", "notes": "notesEdit"}


class VolunteerDialog(Dialog):
    def __init__(self, services, volunteer_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.volunteer_id = volunteer_id
        self.saved_id: int | None = None
        self.ui = load_form("volunteers/volunteer_dialog.ui", self)
        self.setWindowTitle(self.tr("New volunteer") if volunteer_id is None
                            else self.tr("Edit volunteer"))
        ui = self.ui
        ui.genderCombo.addItem("", "")
        for gender in GENDERS:
            ui.genderCombo.addItem(gender, gender)
        for _id, name in services.volunteers.orgs():
            ui.orgCombo.addItem(name)
        ui.orgCombo.setCurrentIndex(-1)
        for team in services.volunteers.teams():
            ui.teamCombo.addItem(team.name)
        ui.teamCombo.setCurrentIndex(-1)
        ui.idTypeCombo.addItems(list(ID_TYPES))
        for status in VolunteerStatus:
            ui.statusCombo.addItem(volunteer_status(status.value), status.value)
        ui.joinedEdit.setDate(QDate.currentDate())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        # As opened: the version first, then the values (see DonorDialog).
        self.version = services.volunteers.version(volunteer_id) \
            if volunteer_id is not None else None
        self.loaded = services.volunteers.get(volunteer_id) if volunteer_id is not None else None
        if volunteer_id is not None:
            self._load(self.loaded)
        ui.nameEdit.setFocus()

    def _load(self, v: VolunteerInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(v.name)
        ui.genderCombo.setCurrentIndex(max(ui.genderCombo.findData(v.gender), 0))
        ui.orgCombo.setCurrentText(v.org)
        ui.teamCombo.setCurrentText(v.team)
        ui.studentEdit.setText(v.student_no)
        ui.phoneEdit.setText(v.phone)
        ui.idTypeCombo.setCurrentText(v.id_type)
        ui.idEdit.setText(v.id_number)
        ui.platformEdit.setText(v.platform_no)
        if v.joined_on:
            ui.joinedEdit.setDate(QDate(v.joined_on.year, v.joined_on.month, v.joined_on.day))
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(v.status), 0))
        ui.notesEdit.setPlainText(v.notes)

    def volunteer(self) -> VolunteerInput:
        ui = self.ui
        return VolunteerInput(
            name=ui.nameEdit.text().strip(), gender=ui.genderCombo.currentData() or "",
            org=ui.orgCombo.currentText().strip(), team=ui.teamCombo.currentText().strip(),
            student_no=ui.studentEdit.text(), phone=ui.phoneEdit.text(),
            id_type=ui.idTypeCombo.currentText(), id_number=ui.idEdit.text(),
            platform_no=ui.platformEdit.text(), joined_on=ui.joinedEdit.date().toPython(),
            status=ui.statusCombo.currentData(), notes=ui.notesEdit.toPlainText())

    def accept(self) -> None:
        # A new school or team typed here is added to the lists; names show on the hours.
        volunteer = self.volunteer()
        self.submit(lambda: self.services.volunteers.save(volunteer, self.volunteer_id,
                                                          expected_version=self.version),
                    lambda saved: Change.of("volunteer_lists", "hours", volunteers=[saved]),
                    on_done=lambda saved: setattr(self, "saved_id", saved),
                    resave=lambda values, version: self.services.volunteers.save(
                        replace(volunteer, **values), self.volunteer_id,
                        expected_version=version),
                    conflict_view=ConflictView.of(self.ui, CONFLICT_FIELDS, self.loaded))
