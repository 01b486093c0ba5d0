"""Correct a pending hour entry in place: activity, day, hours (two decimals; a non-quarter
value asks once) and note."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QMessageBox)

from libdesk.models.errors import DomainError, ValidationFailed
from libdesk.models.volunteers.rules import hours_text, is_quarter_step
from libdesk.ui.common.errors import error_text, problem_text


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
        try:
            self.services.hours.edit(self.row.id, self.activity.currentData(),
                                     self.day.date().toPython(), hundredths, self.note.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
