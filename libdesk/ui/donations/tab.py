"""The donations tab: donations and donors (searched and sorted in SQL), the selected
donation's lines and certificates, and the donors workbook and reports in the File menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.donations.certificate_pane import CertificatePane
from libdesk.ui.donations.columns import DONATION_COLUMNS, DONOR_COLUMNS
from libdesk.ui.donations.donation_dialog import DonationDialog
from libdesk.ui.donations.donor_dialog import DonorDialog
from libdesk.ui.donations.files import DonationFiles
from libdesk.ui.common import desk_state


class DonationsTab(QWidget):
    key = "donations"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DonationsTab", "Donations && certificates")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("donations/donations_tab.ui", self)
        self.donations_model = PagedTableModel(services.donations, DONATION_COLUMNS, self,
                                               default_sort="received_on")
        self.donations_model.set_query(ListQuery(sort="received_on", descending=True))
        self.donations = self._table(self.donations_model, "donations", self.ui.donationsHost,
                                     self.tr("Type a donor's name, phone or affiliation…"))
        self.donors_model = PagedTableModel(services.donors, DONOR_COLUMNS, self,
                                            default_sort="name")
        self.donors_model.reload()
        self.donors = self._table(self.donors_model, "donors", self.ui.donorsHost,
                                  self.tr("Type a name, phone, affiliation or address…"))
        self.pane = CertificatePane(self)
        self.files = DonationFiles(self)
        self._setup_filters()
        self._setup_actions()
        self.donations.selectionChanged.connect(
            lambda row: self.pane.show(row.id if row is not None else None))
        self.donations.activated.connect(lambda row: self.edit_donation(row.id))
        self.donors.activated.connect(lambda row: self.edit_donor(row.id))
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        state = desk_state.value("tabs/donations/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        else:
            self.ui.splitter.setSizes([720, 520])
        if self.donations_model.rowCount():
            self.donations.view.selectRow(0)

    def _table(self, model, key: str, host: QWidget, hint: str) -> DataTable:
        table = DataTable(model, key, host)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        table.set_filter_hint(hint)
        return table

    def _setup_filters(self) -> None:
        self._fill_years()
        self.ui.yearFilter.currentIndexChanged.connect(self._year_changed)
        self.ui.pendingCheck.toggled.connect(
            lambda on: self.donations_model.set_filter("pending", bool(on)))

    def _fill_years(self) -> None:
        combo = self.ui.yearFilter
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), 0)
        for year in self.services.donations.years():
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(blocked)

    def _year_changed(self, _index: int) -> None:
        year = self.ui.yearFilter.currentData()
        self.donations_model.set_filter("year", year)
        self.donors_model.set_filter("year", year)

    def _setup_actions(self) -> None:
        ui = self.ui
        can_edit = self.services.donations.can(Perm.DONATIONS_EDIT)
        self.new_donation_action = self._action(self.tr("&New donation…"),
                                                QKeySequence.StandardKey.New, self.add_donation)
        self.new_donor_action = self._action(self.tr("New dono&r…"),
                                             QKeySequence("Ctrl+Shift+N"), self.add_donor)
        self.delete_action = self._action(self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                                          self.delete_selected)
        for button, action in ((ui.newDonationButton, self.new_donation_action),
                               (ui.newDonorButton, self.new_donor_action),
                               (ui.deleteButton, self.delete_action)):
            button.clicked.connect(action.trigger)
            button.setEnabled(can_edit)
            action.setEnabled(can_edit)
            self.addAction(action)
        ui.editButton.clicked.connect(self._edit_current)
        ui.bulkButton.clicked.connect(self.files.bulk_certificates)
        ui.bulkButton.setEnabled(self.services.certificates.can(Perm.CERTIFICATES_ISSUE))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def file_actions(self) -> list[QAction]:
        return self.files.actions()

    def _current_table(self) -> DataTable:
        return self.donors if self.ui.listTabs.currentIndex() == 1 else self.donations

    # -- changes ---------------------------------------------------------------------------
    def changed(self, donation_id: int | None = None) -> None:
        """Something changed: reload both lists and the detail pane."""
        self._fill_years()
        self.donations.reload(keep_id=donation_id)
        self.donors.reload()
        current = self.donations.current_row()
        self.pane.show(donation_id if donation_id is not None else
                       (current.id if current is not None else None))

    def add_donation(self) -> None:
        donor = self.donors.current_row() if self.ui.listTabs.currentIndex() == 1 else None
        dialog = DonationDialog(self.services, None, donor.id if donor else None, self)
        if dialog.exec():
            self.ui.listTabs.setCurrentIndex(0)
            self.changed(dialog.saved_id)
            self.window_.show_message(self.tr("Donation saved."))

    def edit_donation(self, donation_id: int) -> None:
        dialog = DonationDialog(self.services, donation_id, None, self)
        if dialog.exec():
            self.changed(donation_id)
            self.window_.show_message(self.tr("Donation saved."))

    def add_donor(self) -> None:
        dialog = DonorDialog(self.services, None, self, offer_donation=True)
        if dialog.exec():
            self.donors.reload(keep_id=dialog.saved_id)
            self.window_.show_message(self.tr("Donor saved."))
            if dialog.then_donation:
                self.record_donation_for(dialog.saved_id)

    def record_donation_for(self, donor_id: int) -> None:
        dialog = DonationDialog(self.services, None, donor_id, self)
        self.last_donation_dialog = dialog
        if dialog.exec():
            self.ui.listTabs.setCurrentIndex(0)
            self.changed(dialog.saved_id)
            self.window_.show_message(self.tr("Donation saved."))

    def edit_donor(self, donor_id: int) -> None:
        dialog = DonorDialog(self.services, donor_id, self)
        if dialog.exec():
            self.changed()
            self.window_.show_message(self.tr("Donor saved."))

    def _edit_current(self) -> None:
        row = self._current_table().current_row()
        if row is None:
            return
        if self.ui.listTabs.currentIndex() == 1:
            self.edit_donor(row.id)
        else:
            self.edit_donation(row.id)

    def delete_selected(self) -> None:
        row = self._current_table().current_row()
        if row is None:
            return
        donor_page = self.ui.listTabs.currentIndex() == 1
        what = row.name if donor_page else f"{row.donor_name} {row.received_on.isoformat()}"
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr(
            "Delete “{what}”? This cannot be undone.").format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if donor_page:
                self.services.donors.delete(row.id)
            else:
                self.services.donations.delete(row.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.changed()

    def save_state(self) -> None:
        self.donations.save_layout()
        self.donors.save_layout()
        desk_state.set_value("tabs/donations/splitter", self.ui.splitter.saveState())
