"""Add or edit a point with its contacts (form: forms/branches/branch_dialog.ui)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem

from libdesk.models.branches.rules import ContactInput, PointInput
from libdesk.models.branches.status import BRANCH_STATUS_LABELS, BranchStatus
from libdesk.ui.branches.contact_columns import CONTACT_COLUMNS
from libdesk.ui.common.conflict_dialog import ConflictView, form_values
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import translate_template
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change

CONTACT_SAMPLES = ["★ 欧阳晓明", "办公室主任", "0351-12345678", "librarian@tylib.org.cn"]
PRIMARY_MARK = "★ "
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("BranchDialog", "Name"),
    "number": QT_TRANSLATE_NOOP("BranchDialog", "Number"),
    "status": QT_TRANSLATE_NOOP("BranchDialog", "Status"),
    "books_on_site": QT_TRANSLATE_NOOP("BranchDialog", "Books on site"),
    "contact": QT_TRANSLATE_NOOP("BranchDialog", "Contacts"),
    "contact.name": QT_TRANSLATE_NOOP("BranchDialog", "Contact {n}, name"),
    "contact.phone": QT_TRANSLATE_NOOP("BranchDialog", "Contact {n}, phone"),
    "contact.email": QT_TRANSLATE_NOOP("BranchDialog", "Contact {n}, e-mail"),
}


def problem_line(problem) -> str:
    label = FIELD_LABELS.get(problem.field)
    text = translate_template(problem.template, problem.params)
    if label is None:
        return text
    label = QCoreApplication.translate("BranchDialog", label).format(n=problem.params.get("n", ""))
    return f"{label}：{text}"


CONFLICT_FIELDS = {  # field → the widget that edits it
    "number": "numberSpin", "name": "nameEdit", "category": "categoryCombo",
    "status": "statusCombo", "district": "districtEdit", "address": "addressEdit",
    "opened_on": "openedCheck", "books_on_site": "booksSpin", "notes": "notesEdit"}


class BranchDialog(Dialog):
    def __init__(self, services, branch_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.branch_id = branch_id
        self.saved_id: int | None = None
        self.ui = load_form("branches/branch_dialog.ui", self)
        self.setWindowTitle(self.tr("New point") if branch_id is None else self.tr("Edit point"))
        self._primary_row = 0
        self._contact_ids: list[int | None] = []
        self._setup()
        # As opened: the version first, then the values (see DonorDialog).
        self.version = services.branches.version(branch_id) if branch_id is not None else None
        self.loaded = services.branches.get(branch_id) if branch_id is not None else None
        if branch_id is not None:
            self._load(self.loaded)
        else:
            self.ui.statusCombo.setCurrentIndex(0)
        self.resize(800, 640)  # the contacts' phone and e-mail columns need the width
        self.ui.nameEdit.setFocus()

    def _setup(self) -> None:
        ui = self.ui
        for _id, name in self.services.branch_categories.categories():
            ui.categoryCombo.addItem(name)
        ui.categoryCombo.setCurrentIndex(-1)
        for status in BranchStatus:
            ui.statusCombo.addItem(QCoreApplication.translate(
                "BranchStatus", BRANCH_STATUS_LABELS[status]), status.value)
        ui.openedEdit.setDate(QDate.currentDate())
        ui.openedEdit.setEnabled(False)
        ui.openedCheck.toggled.connect(ui.openedEdit.setEnabled)
        table = ui.contactsTable
        table.setColumnCount(len(CONTACT_COLUMNS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("ContactColumns", h)
                                         for _k, h in CONTACT_COLUMNS])
        # Wide enough for what the columns hold (a landline with extension, a whole e-mail
        # address); notes take the rest. Equal stretch cut phones and e-mails.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        for column, sample in enumerate(CONTACT_SAMPLES):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        ui.addContactButton.clicked.connect(self.add_contact_row)
        ui.removeContactButton.clicked.connect(self._remove_contact)
        ui.primaryButton.clicked.connect(lambda: self._set_primary(table.currentRow()))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _load(self, detail) -> None:
        ui, point = self.ui, detail.point
        ui.numberSpin.setValue(point.number or 0)
        ui.nameEdit.setText(point.name)
        ui.categoryCombo.setCurrentText(point.category)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(point.status), 0))
        ui.districtEdit.setText(point.district)
        ui.addressEdit.setText(point.address)
        if point.opened_on:
            ui.openedCheck.setChecked(True)
            ui.openedEdit.setDate(QDate(point.opened_on.year, point.opened_on.month,
                                        point.opened_on.day))
        ui.booksSpin.setValue(point.books_on_site)
        ui.notesEdit.setPlainText(point.notes)
        for contact in detail.contacts:
            self.add_contact_row(contact)
        primary = next((i for i, c in enumerate(detail.contacts) if c.is_primary), 0)
        self._set_primary(primary)

    # -- contacts --------------------------------------------------------------------------
    def add_contact_row(self, contact: ContactInput | None = None) -> int:
        table = self.ui.contactsTable
        row = table.rowCount()
        table.insertRow(row)
        values = contact or ContactInput(name="")
        for column, (key, _header) in enumerate(CONTACT_COLUMNS):
            table.setItem(row, column, QTableWidgetItem(getattr(values, key)))
        self._contact_ids.append(contact.id if contact else None)
        if row == 0:
            self._set_primary(0)
        table.setCurrentCell(row, 0)
        if contact is None:
            table.editItem(table.item(row, 0))
        return row

    def _remove_contact(self) -> None:
        table = self.ui.contactsTable
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        del self._contact_ids[row]
        if self._primary_row == row:
            self._set_primary(0)
        elif self._primary_row > row:
            self._primary_row -= 1

    def _set_primary(self, row: int) -> None:
        table = self.ui.contactsTable
        if not 0 <= row < table.rowCount():
            return
        self._primary_row = row
        for r in range(table.rowCount()):
            item = table.verticalHeaderItem(r) or QTableWidgetItem()
            item.setText(PRIMARY_MARK.strip() if r == row else str(r + 1))
            item.setToolTip(self.tr("Primary contact") if r == row else "")
            table.setVerticalHeaderItem(r, item)

    def contacts(self) -> list[ContactInput]:
        table = self.ui.contactsTable
        result = []
        for row in range(table.rowCount()):
            values = {key: (table.item(row, c).text() if table.item(row, c) else "").strip()
                      for c, (key, _h) in enumerate(CONTACT_COLUMNS)}
            if not any(values.values()):
                continue
            result.append(ContactInput(**values, is_primary=row == self._primary_row,
                                       id=self._contact_ids[row]))
        return result

    # -- saving ----------------------------------------------------------------------------
    def point(self) -> PointInput:
        ui = self.ui
        opened = ui.openedEdit.date().toPython() if ui.openedCheck.isChecked() else None
        return PointInput(
            name=ui.nameEdit.text().strip(), number=ui.numberSpin.value() or None,
            category=ui.categoryCombo.currentText().strip(), address=ui.addressEdit.text(),
            district=ui.districtEdit.text(), opened_on=opened,
            status=ui.statusCombo.currentData(), books_on_site=ui.booksSpin.value(),
            notes=ui.notesEdit.toPlainText())

    def accept(self) -> None:
        point, contacts = self.point(), self.contacts()
        base = None if self.loaded is None else {
            **form_values(self.loaded.point), "contacts": self.loaded.contacts}
        self.submit(lambda: self.services.branches.save(point, contacts, self.branch_id,
                                                        expected_version=self.version),
                    lambda saved: Change.of(branches=[saved]),
                    on_done=lambda saved: setattr(self, "saved_id", saved),
                    problem_line=problem_line, resave=self._resave(point),
                    conflict_view=ConflictView.of(self.ui, CONFLICT_FIELDS, base, {
                        "contacts": self.ui.contactsGroup.title()}))

    def _resave(self, point: PointInput):
        def resave(values: dict, version: int) -> int:
            values = dict(values)
            contacts = values.pop("contacts")
            return self.services.branches.save(replace(point, **values), contacts,
                                               self.branch_id, expected_version=version)
        return resave
