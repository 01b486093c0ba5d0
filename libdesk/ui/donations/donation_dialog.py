"""Add or edit a donation with its lines (form: forms/donations/donation_dialog.ui).

Lines are added fast: typed, or scanned (a keyboard-wedge scanner types the ISBN and Enter
into the scan field; scanning the same ISBN again counts another volume). The donor is found
as you type (the donor search is indexed, so this stays quick over 100,000 donors)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from libdesk.models.donations.rules import DonationInput, LineInput, line_totals
from libdesk.models.donations.tables import CHANNEL_LABELS, Channel, Evaluation
from libdesk.models.errors import DomainError
from libdesk.models.isbn import InvalidIsbn, normalize_isbn
from libdesk.services.base import ListQuery
from libdesk.ui.common.conflict_dialog import ConflictView, form_values
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import error_text, translate_template
from libdesk.ui.common.files import XLSX, ask_open_path
from libdesk.ui.common.scan_line import ScanLine, is_valid_isbn
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.operations import Change, report_error
from libdesk.ui.donations.donor_dialog import DonorDialog
from libdesk.ui.donations.lines_table import CONTENT_COLUMNS, LinesTable, evaluation_label


class DonationDialog(Dialog):
    def __init__(self, services, donation_id: int | None = None, donor_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.donation_id = donation_id
        self.donor_id = donor_id
        self.saved_id: int | None = None
        self._choices: dict[str, int] = {}
        self.ui = load_form("donations/donation_dialog.ui", self)
        self.setWindowTitle(self.tr("New donation") if donation_id is None
                            else self.tr("Edit donation"))
        self.lines = LinesTable(self.ui.linesTable, lambda: self._update_totals())
        self._setup()
        # As opened: the version first, then the values (see DonorDialog).
        self.version = services.donations.version(donation_id) \
            if donation_id is not None else None
        self.loaded = services.donations.get(donation_id) if donation_id is not None else None
        if donation_id is not None:
            self._load(self.loaded)
        elif donor_id is not None:
            self.ui.donorEdit.setText(services.donors.name(donor_id))
        self._update_totals()
        self.resize(900, 600)  # the first time; then as the user left it
        (self.ui.isbnEdit if donor_id or donation_id else self.ui.donorEdit).setFocus()

    def _setup(self) -> None:
        ui = self.ui
        for channel in Channel:
            ui.channelCombo.addItem(enum_label(CHANNEL_LABELS, channel), channel.value)
        for evaluation in Evaluation:
            ui.evaluationCombo.addItem(evaluation_label(evaluation.value), evaluation.value)
        ui.receivedEdit.setDate(QDate.currentDate())
        ui.receivedEdit.setMaximumDate(QDate.currentDate())
        ui.receivedByEdit.setText(self.services.actor.label)
        ui.donorEdit.setPlaceholderText(self.tr("Type a name, phone or affiliation…"))
        ui.isbnEdit.setPlaceholderText(self.tr("Scan or type, then Enter"))
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._donor_chosen)
        ui.donorEdit.setCompleter(completer)
        ui.donorEdit.textEdited.connect(self._search_donors)
        ui.newDonorButton.clicked.connect(self._new_donor)
        ui.isbnEdit.returnPressed.connect(self.scan_isbn)
        self.scan_feedback = ScanLine(ui.isbnEdit, ui.errorLabel, is_right=is_valid_isbn)
        self._last_isbn = ""
        ui.addLineButton.clicked.connect(self._add_empty_line)
        ui.removeLineButton.clicked.connect(self._remove_line)
        ui.importLinesButton.clicked.connect(self._import_lines)
        ui.applyEvaluationButton.clicked.connect(self._apply_evaluation)
        ui.linesTable.itemChanged.connect(lambda _item: self._update_totals())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _load(self, detail) -> None:
        ui = self.ui
        self.donor_id = detail.donation.donor_id
        ui.donorEdit.setText(detail.donor_name)
        day = detail.donation.received_on
        ui.receivedEdit.setDate(QDate(day.year, day.month, day.day))
        ui.receivedByEdit.setText(detail.donation.received_by)
        ui.channelCombo.setCurrentIndex(max(ui.channelCombo.findData(detail.donation.channel), 0))
        ui.notesEdit.setText(detail.donation.notes)
        for line in detail.lines:
            row = self.lines.add(line, locked=line.id in detail.locked_line_ids)
            if detail.locked_content:
                self.lines.lock_row(row, CONTENT_COLUMNS)
        messages = []
        if detail.locked_content:
            for widget in (ui.donorEdit, ui.newDonorButton, ui.receivedEdit, ui.isbnEdit,
                           ui.addLineButton, ui.removeLineButton, ui.importLinesButton):
                widget.setEnabled(False)
            messages.append(self.tr("A valid donation certificate certifies this donation: "
                                    "its donor, date and lines are locked."))
        if detail.locked_line_ids:
            messages.append(self.tr("Lines certified by the collection certificate are "
                                    "locked. Void a certificate to change what it certifies."))
        ui.lockLabel.setText(" ".join(messages))

    # -- donor -----------------------------------------------------------------------------
    def _search_donors(self, text: str) -> None:
        self.donor_id = None
        text = text.strip()
        if not text:
            return
        rows = self.services.donors.page(ListQuery(text=text), 0, 15)
        self._choices = {}
        for row in rows:
            label = row.name + (f" · {row.title}" if row.title else "") + f" · #{row.id}"
            self._choices[label] = row.id
        self._completer_model.setStringList(list(self._choices))

    def _donor_chosen(self, label: str) -> None:
        self.donor_id = self._choices.get(label)
        if self.donor_id is not None:
            self.ui.donorEdit.setText(self.services.donors.name(self.donor_id))

    def _new_donor(self) -> None:
        dialog = DonorDialog(self.services, None, self)
        dialog.ui.nameEdit.setText(self.ui.donorEdit.text().strip())
        if dialog.exec():
            self.donor_id = dialog.saved_id
            self.ui.donorEdit.setText(self.services.donors.name(self.donor_id))

    def _resolve_donor(self) -> int | None:
        if self.donor_id is not None:
            return self.donor_id
        name = self.ui.donorEdit.text().strip()
        matches = [r.id for r in self.services.donors.page(ListQuery(text=name), 0, 50)
                   if r.name == name]
        return matches[0] if len(matches) == 1 else None

    # -- lines -----------------------------------------------------------------------------
    def scan_isbn(self) -> None:
        text = self.ui.isbnEdit.text()
        if not text.strip():
            return
        try:
            isbn = normalize_isbn(text)
        except InvalidIsbn as exc:
            self.scan_feedback.refuse(error_text(exc))  # beep; the line says why
            self._last_isbn = ""
            return
        row = self.lines.find_isbn(isbn)
        if row is not None and not self.lines.is_locked(row):
            quantity = self.lines.lines()[row].quantity + 1
            self.lines.set_quantity(row, quantity)
            title = self.lines.lines()[row].title or isbn
            if isbn == self._last_isbn:
                self.scan_feedback.repeat(self.tr(
                    "{title} scanned again: now {count}. Scanned twice by mistake? Lower the "
                    "quantity in the table.").format(title=title, count=quantity))
            else:
                self.scan_feedback.accept(self.tr("{title}: now {count}.").format(
                    title=title, count=quantity))
        else:
            title = self.services.donations.known_title(isbn)
            row = self.lines.add(LineInput(title=title, isbn=isbn))
            self.scan_feedback.accept(self.tr("{title}: added.").format(title=title) if title
                                      else self.tr("{isbn}: not in the catalogue; type its "
                                                   "title in the table.").format(isbn=isbn))
        self._last_isbn = isbn
        self.ui.linesTable.setCurrentCell(row, 1)
        self.ui.isbnEdit.setFocus()
        self._update_totals()

    def _add_empty_line(self) -> None:
        row = self.lines.add(LineInput(title=""))
        self.ui.linesTable.setCurrentCell(row, 1)
        self.ui.linesTable.editItem(self.ui.linesTable.item(row, 1))
        self._update_totals()

    def _import_lines(self) -> None:
        path = ask_open_path(self, "donations", self.tr("Import lines"), XLSX)
        if path is not None:
            self.add_lines_from(path)

    def add_lines_from(self, path: Path) -> int:
        """Append the lines of a workbook (捐赠明细 columns); returns how many were added."""
        try:
            lines = self.services.donor_files.read_lines(path)
        except DomainError as exc:
            report_error(self, exc, self.error_label)
            return 0
        self.ui.errorLabel.clear()
        for line in lines:
            self.lines.add(line)
        self._update_totals()
        return len(lines)

    def _remove_line(self) -> None:
        row = self.ui.linesTable.currentRow()
        if row >= 0 and not self.lines.is_locked(row):
            self.lines.remove(row)
            self._update_totals()

    def _apply_evaluation(self) -> None:
        value = self.ui.evaluationCombo.currentData()
        rows = {i.row() for i in self.ui.linesTable.selectedIndexes()} or \
            {self.ui.linesTable.currentRow()}
        for row in sorted(r for r in rows if r >= 0):
            self.lines.set_evaluation(row, value)

    def _update_totals(self) -> None:
        if not hasattr(self, "lines"):
            return
        totals = line_totals(self.lines.lines())
        self.ui.totalsLabel.setText(self.tr(
            "{lines} line(s): {titles} titles (种), {volumes} volumes (册), {items} items (件)")
            .format(lines=self.ui.linesTable.rowCount(), titles=totals.titles,
                    volumes=totals.volumes, items=totals.items))

    # -- saving ----------------------------------------------------------------------------
    def donation(self, donor_id: int) -> DonationInput:
        ui = self.ui
        return DonationInput(donor_id=donor_id, received_on=ui.receivedEdit.date().toPython(),
                             received_by=ui.receivedByEdit.text().strip(),
                             channel=ui.channelCombo.currentData(), notes=ui.notesEdit.text())

    def accept(self) -> None:
        donor_id = self._resolve_donor()
        if donor_id is None:
            self.show_problem(self.tr(
                "Choose the donor from the list as you type, or add a new donor."))
            self.ui.donorEdit.setFocus()
            return
        # The donor's totals (donations, volumes, last donation) change with it.
        donation, lines = self.donation(donor_id), self.lines.lines()
        self.submit(lambda: self.services.donations.save(
                        donation, lines, self.donation_id, expected_version=self.version),
                    lambda saved: Change.of(donations=[saved], donors=[donor_id]),
                    on_done=lambda saved: setattr(self, "saved_id", saved),
                    problem_line=lambda p: translate_template(p.template, p.params),
                    resave=lambda values, version: self._resave(donation, values, version),
                    conflict_view=self._conflict_view())

    def _resave(self, donation: DonationInput, values: dict, version: int) -> int:
        values = dict(values)
        lines = values.pop("lines")
        return self.services.donations.save(replace(donation, **values), lines,
                                            self.donation_id, expected_version=version)

    def _conflict_view(self) -> ConflictView:
        base = None if self.loaded is None else {
            **form_values(self.loaded.donation), "lines": self.loaded.lines}
        view = ConflictView.of(self.ui, {
            "donor_id": "donorEdit", "received_on": "receivedEdit",
            "received_by": "receivedByEdit", "channel": "channelCombo", "notes": "notesEdit"},
            base, {"lines": self.tr("Lines")})
        by_widget = view.show  # combo values as the combo shows them
        view.show = lambda name, value: (self.services.donors.name(value)
                                         if name == "donor_id" else by_widget(name, value))
        return view
