"""Add or edit an activity (form: forms/volunteers/activity_dialog.ui)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.models.volunteers.rules import ActivityInput
from libdesk.models.volunteers.tables import ActivityKind
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change
from libdesk.ui.volunteers.columns import activity_kind


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()


class ActivityDialog(Dialog):
    def __init__(self, services, activity_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.activity_id = activity_id
        self.saved_id: int | None = None
        self.ui = load_form("volunteers/activity_dialog.ui", self)
        self.setWindowTitle(self.tr("New activity") if activity_id is None
                            else self.tr("Edit activity"))
        ui = self.ui
        for kind in ActivityKind:
            ui.kindCombo.addItem(activity_kind(kind.value), kind.value)
        ui.kindCombo.currentIndexChanged.connect(self._fill_categories)
        self._fill_categories()
        ui.startsEdit.setDate(QDate.currentDate())
        ui.endsEdit.setDate(QDate.currentDate())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        # As opened: the version first, then the values (see DonorDialog).
        self.version = services.activities.version(activity_id) \
            if activity_id is not None else None
        self.loaded = services.activities.get(activity_id) if activity_id is not None else None
        if activity_id is not None:
            a = self.loaded
            ui.nameEdit.setText(a.name)
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(a.kind), 0))
            ui.categoryCombo.setCurrentText(a.category)
            ui.startsEdit.setDate(_qdate(a.starts_on))
            ui.endsEdit.setDate(_qdate(a.ends_on or a.starts_on))
            ui.placeEdit.setText(a.place)
            ui.organiserEdit.setText(a.organiser)
        ui.nameEdit.setFocus()

    def _fill_categories(self, *_args) -> None:
        combo = self.ui.categoryCombo
        current = combo.currentText()
        combo.clear()
        for _id, name, _kind in self.services.activities.categories(
                self.ui.kindCombo.currentData()):
            combo.addItem(name)
        combo.setCurrentText(current)

    def activity(self) -> ActivityInput:
        ui = self.ui
        return ActivityInput(
            name=ui.nameEdit.text().strip(), kind=ui.kindCombo.currentData(),
            category=ui.categoryCombo.currentText().strip(),
            starts_on=ui.startsEdit.date().toPython(), ends_on=ui.endsEdit.date().toPython(),
            place=ui.placeEdit.text(), organiser=ui.organiserEdit.text(),
            notes=self.loaded.notes if self.loaded else "")  # notes: not in this form

    def accept(self) -> None:
        activity = self.activity()
        self.submit(lambda: self.services.activities.save(activity, self.activity_id,
                                                          expected_version=self.version),
                    lambda saved: Change.of("volunteer_lists", "hours", activities=[saved]),
                    on_done=lambda saved: setattr(self, "saved_id", saved),
                    resave=lambda values, version: self.services.activities.save(
                        replace(activity, **values), self.activity_id,
                        expected_version=version),
                    conflict_view=ConflictView.of(self.ui, {
                        "name": "nameEdit", "kind": "kindCombo", "category": "categoryCombo",
                        "starts_on": "startsEdit", "ends_on": "endsEdit", "place": "placeEdit",
                        "organiser": "organiserEdit"}, self.loaded))
