"""Correct a pending hour entry in place: activity, day, hours (two decimals; a non-quarter
value asks once) and note. An entry changed meanwhile at another desk opens the conflict
dialog (``operations.run_write``)."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QMessageBox)

from libdesk.models.volunteers.rules import hours_text, is_quarter_step
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.operations import run_write


class HourEditDialog(QDialog):
    def __init__(self, services, row, parent=None) -> None:
        super().__init__(parent)
        self.services, self.row = services, row
        self.setWindowTitle(self.tr("Edit hours of {name}").format(name=row.volunteer))
        form = QFormLayout(self)
        form.addRow(self.tr("Volunteer:"), QLabel(row.volunteer, self))
        self.activity = QComboBox(self)
        self.activity.setObjectName("activityCombo")
        for aid, name in services.activities.names():
            self.activity.addItem(name, aid)
        self.activity.setCurrentIndex(max(self.activity.findText(row.activity), 0))
        form.addRow(self.tr("&Activity:"), self.activity)
        self.day = QDateEdit(QDate(row.served_on), self)
        self.day.setObjectName("dateEdit")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("&Date:"), self.day)
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("hoursSpin")
        self.hours.setDecimals(2)
        self.hours.setRange(0.01, 24.0)
        self.hours.setSingleStep(0.25)
        self.hours.setValue(row.hundredths / 100)
        form.addRow(self.tr("&Hours:"), self.hours)
        self.note = QLineEdit(row.note, self)
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(250)
        form.addRow(self.tr("&Note:"), self.note)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)
        self.hours.setFocus()
        self.hours.selectAll()

    def save(self) -> None:
        hundredths = round(self.hours.value() * 100)
        if not is_quarter_step(hundredths) and QMessageBox.question(
                self, self.tr("Hours"), self.tr(
                    "{hours} h is not a quarter-hour step (0.25, 0.5, 0.75 …). Save {hours} h "
                    "anyway?").format(hours=hours_text(hundredths))) != \
                QMessageBox.StandardButton.Yes:
            return
        values = dict(activity_id=self.activity.currentData(),
                      served_on=self.day.date().toPython(), hundredths=hundredths,
                      note=self.note.text())
        self.error.clear()
        # The hours page says what changed once the dialog is accepted.
        outcome = run_write(self, lambda: self._write(values, self.row.version), None,
                            error_label=self.error,
                            resave=lambda kept, version: self._write(kept, version),
                            conflict_view=self._conflict_view())
        if outcome.ok:
            self.accept()

    def _write(self, values: dict, version: int | None) -> None:
        self.services.hours.edit(self.row.id, values["activity_id"], values["served_on"],
                                 values["hundredths"], values["note"],
                                 expected_version=version)

    def _conflict_view(self) -> ConflictView:
        row = self.row
        view = ConflictView.of(self, {"activity_id": "activity", "served_on": "day",
                                      "hundredths": "hours", "note": "note"},
                               dict(activity_id=self.activity.itemData(
                                   max(self.activity.findText(row.activity), 0)),
                                    served_on=row.served_on, hundredths=row.hundredths,
                                    note=row.note))
        by_widget = view.show
        view.show = lambda name, value: (hours_text(value) if name == "hundredths"
                                         else by_widget(name, value))
        return view
