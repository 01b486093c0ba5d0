"""New / edit batch: destination, kind, planned date, staff and notes."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCompleter, QDialogButtonBox

from libdesk.models.distribution.tables import BatchKind
from libdesk.models.distribution.rules import BatchInput
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import translate_template
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change
from libdesk.ui.distribution.columns import kind_text


class BatchEditDialog(Dialog):
    def __init__(self, services, batch_id: int | None, parent=None,
                 point_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.batch_id = batch_id
        self.saved_id: int | None = None
        self.version: int | None = None  # as opened (read before the values)
        self.loaded: BatchInput | None = None
        self.ui = load_form("distribution/batch_edit_dialog.ui", self)
        ui = self.ui
        self.setWindowTitle(self.tr("New batch") if batch_id is None else self.tr("Edit batch"))
        for branch_id, name in services.branches.names():
            ui.pointCombo.addItem(name, branch_id)
        completer = QCompleter([ui.pointCombo.itemText(i) for i in range(ui.pointCombo.count())],
                               self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        ui.pointCombo.setCompleter(completer)
        for kind in BatchKind:
            ui.kindCombo.addItem(kind_text(kind.value), kind.value)
        ui.plannedEdit.setDate(QDate.currentDate())
        ui.staffEdit.setText(services.distribution.actor.label)
        ui.errorLabel.setStyleSheet("color: #B3261E")
        ui.errorLabel.hide()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        if batch_id is not None:
            self._load(batch_id)
        elif point_id is not None:
            ui.pointCombo.setCurrentIndex(max(ui.pointCombo.findData(point_id), 0))
        else:
            ui.pointCombo.setCurrentIndex(-1)
        self.resize(460, 320)

    def _load(self, batch_id: int) -> None:
        self.version = self.services.distribution.version(batch_id)
        s = self.services.distribution.get(batch_id)
        self.loaded = BatchInput(s.branch_id, s.kind, s.planned_on, s.staff, s.notes)
        ui = self.ui
        ui.pointCombo.setCurrentIndex(ui.pointCombo.findData(s.branch_id))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(s.kind))
        if s.planned_on:
            ui.plannedEdit.setDate(QDate(s.planned_on.year, s.planned_on.month, s.planned_on.day))
        ui.staffEdit.setText(s.staff)
        ui.notesEdit.setPlainText(s.notes)
        if s.status != "draft":
            ui.pointCombo.setEnabled(False)
            ui.kindCombo.setEnabled(False)

    def batch_input(self) -> BatchInput:
        ui = self.ui
        index = ui.pointCombo.findText(ui.pointCombo.currentText().strip())
        qdate = ui.plannedEdit.date()
        return BatchInput(branch_id=ui.pointCombo.itemData(index) if index >= 0 else None,
                          kind=ui.kindCombo.currentData(),
                          planned_on=date(qdate.year(), qdate.month(), qdate.day()),
                          staff=ui.staffEdit.text(), notes=ui.notesEdit.toPlainText())

    def save(self) -> None:
        batch = self.batch_input()
        self.submit(lambda: self._write(batch, self.version),
                    lambda saved: Change.of(distribution=[saved]),
                    on_done=lambda saved: setattr(self, "saved_id", saved),
                    problem_line=lambda p: translate_template(p.template, p.params),
                    resave=lambda values, version: self._write(replace(batch, **values),
                                                               version),
                    conflict_view=ConflictView.of(self.ui, {
                        "branch_id": "pointCombo", "kind": "kindCombo",
                        "planned_on": "plannedEdit", "staff": "staffEdit",
                        "notes": "notesEdit"}, self.loaded))

    def _write(self, batch: BatchInput, version: int | None) -> int:
        if self.batch_id is None:
            return self.services.distribution.create(batch)
        self.services.distribution.update(self.batch_id, batch, expected_version=version)
        return self.batch_id
