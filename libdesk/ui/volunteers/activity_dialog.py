"""Add or edit an activity (form: forms/volunteers/activity_dialog.ui)."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.models.volunteers.rules import ActivityInput
from libdesk.models.volunteers.tables import ActivityKind
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
        if activity_id is not None:
            a = services.activities.get(activity_id)
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
            place=ui.placeEdit.text(), organiser=ui.organiserEdit.text())

    def accept(self) -> None:
        self.submit(lambda: self.services.activities.save(self.activity(), self.activity_id),
                    lambda saved: Change.of("volunteer_lists", "hours", activities=[saved]),
                    on_done=lambda saved: setattr(self, "saved_id", saved))
