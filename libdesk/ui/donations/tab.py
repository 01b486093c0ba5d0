"""The donations tab: donations and donors (searched and sorted in SQL), the selected
donation's lines and certificates, and the donors workbook and reports in the File menu."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.ui.statistics.records_banner import RecordsBanner, list_filters
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.deleting import Shown, delete_confirmed
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change
from libdesk.ui.common.page_reads import PageReads
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.donations.certificate_pane import CertificatePane
from libdesk.ui.donations.columns import (DONATION_COLUMNS, DONOR_COLUMNS, channel_label,
                                          kind_label)
from libdesk.ui.donations.donation_dialog import DonationDialog
from libdesk.ui.donations.donor_dialog import DonorDialog
from libdesk.ui.donations.files import DonationFiles
from libdesk.ui.common import desk_state


class DonationsTab(QWidget):
    key = "donations"
    shows = ("donors", "donations", "certificates")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("donations/donations_tab.ui", self)
        # the list on the page seen first reads first, the other right after it
        self.reads = PageReads(self.ui.listTabs)
        self.donations_model = PagedTableModel(
            services.donations, DONATION_COLUMNS, self, default_sort="received_on",
            loader=self.reads.loader(self.ui.donationsPage))
        self.reads.watch(self.ui.donationsPage, self.donations_model)
        self.donations_model.set_query(ListQuery(sort="received_on", descending=True))
        self.donations = self._table(self.donations_model, "donations", self.ui.donationsHost,
                                     self.tr("Type a donor's name, phone or affiliation…"))
        self.donors_model = PagedTableModel(services.donors, DONOR_COLUMNS, self,
                                            default_sort="name",
                                            loader=self.reads.loader(self.ui.donorsPage))
        self.reads.watch(self.ui.donorsPage, self.donors_model)
        self.donors_model.reload()
        self.donors = self._table(self.donors_model, "donors", self.ui.donorsHost,
                                  self.tr("Type a name, phone, affiliation or address…"))
        self.pane = CertificatePane(self)
        self.files = DonationFiles(self)
        self._setup_filters()
        self._setup_actions()
        self.banner = RecordsBanner(self)
        self.banner.cleared.connect(lambda: self.show_records({}) or self.banner.hide())
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
        self.donations_model.loaded.connect(self._select_first)
        self._select_first()

    def _select_first(self) -> None:
        """The newest donation is selected when the list first has rows (read off-thread)."""
        if self.donations_model.rowCount() and not self.donations.view.currentIndex().isValid():
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

    def show_records(self, filters: dict) -> None:
        """List only the donations matching ``filters`` (the donation list's filter keys:
        year, date_from, date_to, donor_id, channel), e.g. a statistics chart's bar."""
        for widget, reset in ((self.ui.yearFilter, lambda: self.ui.yearFilter.setCurrentIndex(0)),
                              (self.ui.pendingCheck, lambda: self.ui.pendingCheck.setChecked(False))):
            blocked = widget.blockSignals(True)
            reset()
            widget.blockSignals(blocked)
        self.ui.listTabs.setCurrentWidget(self.ui.donationsPage)
        self.donations_model.set_query(ListQuery(sort="received_on", descending=True,
                                                 filters=list_filters(filters)))
        self.banner.show_filter(filters)

    def _setup_actions(self) -> None:
        ui = self.ui
        can_edit = self.services.can(Perm.DONATIONS_EDIT)
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
        ui.bulkButton.setEnabled(self.services.can(Perm.CERTIFICATES_ISSUE))

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
    def on_change(self, change: Change) -> None:
        """Reload the lists that show what changed and the selected donation's pane, keeping
        the selected rows."""
        if not change.touches(*self.shows):
            return
        self._fill_years()
        # A donor's name and a donation's certificates both show in the donations list.
        self.donations.reload()
        if change.touches("donors", "donations"):
            self.donors.reload()
        current = self.donations.current_row()
        self.pane.show(current.id if current is not None else None)

    def add_donation(self) -> None:
        donor = self.donors.current_row() if self.ui.listTabs.currentIndex() == 1 else None
        dialog = DonationDialog(self.services, None, donor.id if donor else None, self)
        if dialog.exec():
            self.ui.listTabs.setCurrentIndex(0)
            self.donations.select_id(dialog.saved_id)
            self.window_.show_message(self.tr("Donation saved."))

    def edit_donation(self, donation_id: int) -> None:
        if DonationDialog(self.services, donation_id, None, self).exec():
            self.window_.show_message(self.tr("Donation saved."))

    def add_donor(self) -> None:
        dialog = DonorDialog(self.services, None, self, offer_donation=True)
        if dialog.exec():
            self.donors.select_id(dialog.saved_id)
            self.window_.show_message(self.tr("Donor saved."))
            if dialog.then_donation:
                self.record_donation_for(dialog.saved_id)

    def record_donation_for(self, donor_id: int) -> None:
        dialog = DonationDialog(self.services, None, donor_id, self)
        self.last_donation_dialog = dialog
        if dialog.exec():
            self.ui.listTabs.setCurrentIndex(0)
            self.donations.select_id(dialog.saved_id)
            self.window_.show_message(self.tr("Donation saved."))

    def edit_donor(self, donor_id: int) -> None:
        if DonorDialog(self.services, donor_id, self).exec():
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
        """Delete the selected donor or donation as stored now (ui/common/deleting.py): the
        confirmation shows it fresh, and one changed meanwhile at another desk is kept."""
        row = self._current_table().current_row()
        if row is None:
            return
        if self.ui.listTabs.currentIndex() == 1:
            read, service = self._donor_as_stored, self.services.donors
            change = Change.of("donations", donors=[row.id])
        else:
            read, service = self._donation_as_stored, self.services.donations
            change = Change.of("donors", "certificates", donations=[row.id])
        delete_confirmed(
            self, self.tr("Delete"), lambda: read(row.id),
            lambda shown: self.tr("Delete “{what}”? This cannot be undone.").format(
                what=shown.name),
            lambda shown: service.delete(shown.record_id, expected_version=shown.version),
            change)

    def _donor_as_stored(self, donor_id: int) -> Shown:
        version = self.services.donors.version(donor_id)  # first: then the values
        donor = self.services.donors.get(donor_id)
        return Shown(donor_id, version, donor.name, [
            (self.tr("Name"), donor.name), (self.tr("Kind"), kind_label(donor.kind)),
            (self.tr("Title / affiliation"), donor.title),
            (self.tr("Contact person"), donor.contact_person),
            (self.tr("Phone"), donor.phone), (self.tr("Address"), donor.address),
            (self.tr("Notes"), donor.notes)])

    def _donation_as_stored(self, donation_id: int) -> Shown:
        version = self.services.donations.version(donation_id)
        detail = self.services.donations.get(donation_id)
        donation = detail.donation
        return Shown(donation_id, version,
                     f"{detail.donor_name} {donation.received_on.isoformat()}", [
            (self.tr("Donor"), detail.donor_name),
            (self.tr("Received on"), donation.received_on.isoformat()),
            (self.tr("Received by"), donation.received_by),
            (self.tr("Channel"), channel_label(donation.channel)),
            (self.tr("Lines"), "、".join(f"{line.title} ×{line.quantity}"
                                         for line in detail.lines)),
            (self.tr("Notes"), donation.notes)])

    def save_state(self) -> None:
        self.donations.save_layout()
        self.donors.save_layout()
        desk_state.set_value("tabs/donations/splitter", self.ui.splitter.saveState())
