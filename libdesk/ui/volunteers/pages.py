"""The volunteers page (ledger with team and school filters) and the activities page."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from libdesk.models.roles import Perm
from libdesk.models.volunteers.tables import ActivityKind
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.deleting import Shown, delete_confirmed
from libdesk.ui.common.files import XLSX, ask_open_path, ask_save_path
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.operations import Change, run_long_write
from libdesk.ui.common.tasks import run_task
from libdesk.ui.common.unmask import ask_unmask
from libdesk.ui.volunteers.activity_dialog import ActivityDialog
from libdesk.ui.volunteers.columns import (ACTIVITY_COLUMNS, VOLUNTEER_COLUMNS, activity_kind,
                                           volunteer_status)
from libdesk.ui.volunteers.names_dialog import CATEGORIES, ORGS, TEAMS, NamesDialog
from libdesk.ui.volunteers.volunteer_dialog import VolunteerDialog


def host_table(host, model, key: str) -> DataTable:
    table = DataTable(model, key, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    return table


class PeoplePage(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab, self.services, ui = tab, tab.services, tab.ui
        self.model = PagedTableModel(self.services.volunteers, VOLUNTEER_COLUMNS, tab, "name")
        self.model.reload()
        self.table = host_table(ui.peopleHost, self.model, "volunteers")
        self.table.set_filter_hint(self.tr("Type to filter by name, number, school, team…"))
        self._fill_filters()
        ui.teamFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("team_id", ui.teamFilter.currentData()))
        ui.orgFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("org_id", ui.orgFilter.currentData()))
        can_edit = self.services.volunteers.can(Perm.VOLUNTEERS_EDIT)
        for button, slot in ((ui.addButton, self.add), (ui.editButton, self.edit_current),
                             (ui.deleteButton, self.delete_current),
                             (ui.teamsButton, lambda: self.manage(TEAMS)),
                             (ui.orgsButton, lambda: self.manage(ORGS))):
            button.clicked.connect(slot)
            button.setEnabled(can_edit)
        self.table.activated.connect(lambda row: self.edit(row.id))
        self.export_action = QAction(self.tr("Export &volunteer ledger…"), tab)
        self.export_action.triggered.connect(self.export)
        self.export_action.setEnabled(self.services.volunteers.can(Perm.EXPORT))
        self.import_action = QAction(self.tr("Import volunteer &ledger…"), tab)
        self.import_action.triggered.connect(self.import_ledger)
        self.import_action.setEnabled(can_edit)

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action]

    def _fill_filters(self) -> None:
        ui = self.tab.ui
        for combo, everything, items in (
                (ui.teamFilter, self.tr("All teams"),
                 [(t.id, t.name) for t in self.services.volunteers.teams()]),
                (ui.orgFilter, self.tr("All schools"), self.services.volunteers.orgs())):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, 0)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def on_change(self, change: Change) -> None:
        if change.touches("volunteer_lists"):
            self._fill_filters()
        if change.touches("volunteers", "volunteer_lists", "hours"):  # hours: the totals
            self.table.reload()

    def add(self) -> None:
        dialog = VolunteerDialog(self.services, None, self.tab)
        if dialog.exec():
            self.table.select_id(dialog.saved_id)
            self.tab.show_message(self.tr("Volunteer saved."))

    def edit(self, volunteer_id: int) -> None:
        if VolunteerDialog(self.services, volunteer_id, self.tab).exec():
            self.tab.show_message(self.tr("Volunteer saved."))

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def delete_current(self) -> None:
        """Delete the selected volunteer as stored now (ui/common/deleting.py); one changed
        meanwhile at another desk is kept."""
        row = self.table.current_row()
        if row is None:
            return
        volunteers = self.services.volunteers
        delete_confirmed(
            self.tab, self.tr("Delete volunteer"), lambda: self._as_stored(row.id),
            lambda shown: self.tr("Delete {name} from the ledger? This cannot be "
                                  "undone.").format(name=shown.name),
            lambda shown: volunteers.delete(shown.record_id, expected_version=shown.version),
            Change.of("hours", "volunteer_lists", volunteers=[row.id]))

    def _as_stored(self, volunteer_id: int) -> Shown:
        version = self.services.volunteers.version(volunteer_id)  # first: then the values
        person = self.services.volunteers.get(volunteer_id)
        return Shown(volunteer_id, version, person.name, [
            (self.tr("Name"), person.name), (self.tr("School or organisation"), person.org),
            (self.tr("Team"), person.team), (self.tr("Platform no."), person.platform_no),
            (self.tr("Phone"), person.phone), (self.tr("Status"),
                                               volunteer_status(person.status)),
            (self.tr("Notes"), person.notes)])

    def manage(self, which: str) -> None:
        NamesDialog(self.services, which, self.tab).exec()

    def export(self) -> None:
        path = ask_save_path(self.tab, "volunteers", self.tr("Export volunteer ledger"),
                             "志愿者台账.xlsx")
        if path is None:
            return
        unmask = ask_unmask(self.tab, self.tr("Export volunteer ledger"),
                            self.services.volunteers.can(Perm.UNMASK))
        if unmask is None:
            return
        query = self.model.query
        run_task(self.tab, self.tr("Exporting volunteers…"),
                 lambda _p: self.services.volunteers.export_xlsx(path, query, unmask=unmask),
                 lambda written: self.tab.show_message(
                     self.tr("Written to {path}").format(path=written), 8000))

    def import_ledger(self) -> None:
        path = ask_open_path(self.tab, "volunteers", self.tr("Import volunteer ledger"), XLSX)
        if path is None:
            return
        run_long_write(self.tab, self.tr("Importing volunteers…"),
                       lambda _p: self.services.volunteers.import_xlsx(path),
                       Change.of("volunteers", "volunteer_lists", "hours"), self._imported)

    def _imported(self, counts) -> None:
        QMessageBox.information(self.tab, self.tr("Import volunteer ledger"), self.tr(
            "{added} added, {updated} updated.").format(**counts))


class ActivitiesPage(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab, self.services, ui = tab, tab.services, tab.ui
        self.model = PagedTableModel(self.services.activities, ACTIVITY_COLUMNS, tab,
                                     "starts_on")
        self.model.reload()
        self.table = host_table(ui.activitiesHost, self.model, "volunteer_activities")
        self.table.set_filter_hint(self.tr("Type to filter by activity, category, place…"))
        ui.kindFilter.addItem(self.tr("Themed and daily"), "")
        for kind in ActivityKind:
            ui.kindFilter.addItem(activity_kind(kind.value), kind.value)
        ui.kindFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("kind", ui.kindFilter.currentData()))
        can_edit = self.services.activities.can(Perm.HOURS_EDIT)
        for button, slot in ((ui.addActivityButton, self.add),
                             (ui.editActivityButton, self.edit_current),
                             (ui.deleteActivityButton, self.delete_current),
                             (ui.categoriesButton, self.categories)):
            button.clicked.connect(slot)
            button.setEnabled(can_edit)
        self.table.activated.connect(lambda row: self.edit(row.id))

    def on_change(self, change: Change) -> None:
        if change.touches("activities", "volunteer_lists", "hours"):  # hours: the entries
            self.table.reload()

    def add(self) -> None:
        dialog = ActivityDialog(self.services, None, self.tab)
        if dialog.exec():
            self.table.select_id(dialog.saved_id)

    def edit(self, activity_id: int) -> None:
        ActivityDialog(self.services, activity_id, self.tab).exec()

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def delete_current(self) -> None:
        """Delete the selected activity as stored now, after asking (ui/common/deleting.py);
        one changed meanwhile at another desk is kept."""
        row = self.table.current_row()
        if row is None:
            return
        activities = self.services.activities
        delete_confirmed(
            self.tab, self.tr("Delete activity"), lambda: self._as_stored(row.id),
            lambda shown: self.tr("Delete the activity “{name}”? This cannot be "
                                  "undone.").format(name=shown.name),
            lambda shown: activities.delete(shown.record_id, expected_version=shown.version),
            Change.of("hours", activities=[row.id]))

    def _as_stored(self, activity_id: int) -> Shown:
        version = self.services.activities.version(activity_id)  # first: then the values
        activity = self.services.activities.get(activity_id)
        days = " – ".join(d.isoformat() for d in (activity.starts_on, activity.ends_on) if d)
        return Shown(activity_id, version, activity.name, [
            (self.tr("Name"), activity.name), (self.tr("Kind"), activity_kind(activity.kind)),
            (self.tr("Category"), activity.category), (self.tr("Dates"), days),
            (self.tr("Place"), activity.place), (self.tr("Organiser"), activity.organiser),
            (self.tr("Notes"), activity.notes)])

    def categories(self) -> None:
        NamesDialog(self.services, CATEGORIES, self.tab).exec()
