"""Pick a donation line evaluated 转配分馆 and put some of its copies into the current box."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem

from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change, run_write


class DonationPicker(Dialog):
    def __init__(self, services, batch_id: int, box_no: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.batch_id, self.box_no = services, batch_id, box_no
        self.ui = load_form("distribution/donation_picker.ui", self)
        self.setWindowTitle(self.tr("Books from donations"))
        ui = self.ui
        ui.searchEdit.setPlaceholderText(self.tr("Filter by title, donor or ISBN…"))
        ui.searchEdit.textChanged.connect(self.load)
        view = ui.sourcesView
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.itemSelectionChanged.connect(self._selected)
        ui.buttonBox.accepted.connect(self.add)
        ui.buttonBox.rejected.connect(self.reject)
        self.sources = []
        self.load("")
        self.resize(720, 420)

    def load(self, text: str) -> None:
        self.sources = self.services.donation_links.donation_sources(text)
        view = self.ui.sourcesView
        headers = [self.tr("Donor"), self.tr("Received"), self.tr("Title"), self.tr("ISBN"),
                   self.tr("Copies left")]
        view.clear()
        view.setColumnCount(len(headers))
        view.setHorizontalHeaderLabels(headers)
        view.setRowCount(len(self.sources))
        for r, s in enumerate(self.sources):
            for c, value in enumerate((s.donor_name, s.received_on.isoformat(), s.title, s.isbn,
                                       str(s.remaining))):
                view.setItem(r, c, QTableWidgetItem(value))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        if self.sources:
            view.selectRow(0)

    def _selected(self) -> None:
        row = self.ui.sourcesView.currentRow()
        if 0 <= row < len(self.sources):
            self.ui.copiesSpin.setMaximum(max(self.sources[row].remaining, 1))
            self.ui.copiesSpin.setValue(self.sources[row].remaining)

    def add(self) -> None:
        row = self.ui.sourcesView.currentRow()
        if not 0 <= row < len(self.sources):
            return
        source, copies = self.sources[row], self.ui.copiesSpin.value()
        # The donation line's copies left to distribute change with the batch.
        outcome = run_write(self, lambda: self.services.donation_links.add_from_donation(
            self.batch_id, source.line_id, copies, self.box_no),
            Change.of("donations", distribution=[self.batch_id]))
        if outcome.ok:
            self.accept()
