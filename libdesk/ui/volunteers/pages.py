"""The volunteers page (ledger with team and school filters) and the activities page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QVBoxLayout

from libdesk.models.roles import Perm
from libdesk.models.volunteers.tables import ActivityKind
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.tasks import run_task
from libdesk.ui.volunteers.activity_dialog import ActivityDialog
from libdesk.ui.volunteers.columns import ACTIVITY_COLUMNS, VOLUNTEER_COLUMNS, activity_kind
from libdesk.ui.volunteers.lists_dialog import CATEGORIES, ORGS, TEAMS, ListsDialog
from libdesk.ui.volunteers.volunteer_dialog import VolunteerDialog


def host_table(host, model, key: str) -> DataTable:
    table = DataTable(model, key, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    return table


def ask_file(parent, title: str, name: str, save: bool = True) -> Path | None:
    last = QSettings().value("tabs/volunteers/dir", str(Path.home()))
    pattern = QCoreApplication.translate("VolunteerFiles", "Excel workbook (*.xlsx)") \
        if name.endswith(".xlsx") else QCoreApplication.translate("VolunteerFiles", "PDF (*.pdf)")
    if save:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(last) / name), pattern)
    else:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(last), pattern)
    if not path:
        return None
    suffix = Path(name).suffix
    if save and not path.lower().endswith(suffix):
        path += suffix
    QSettings().setValue("tabs/volunteers/dir", str(Path(path).parent))
    return Path(path)


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

    def add(self) -> None:
        dialog = VolunteerDialog(self.services, None, self.tab)
        if dialog.exec():
            self._fill_filters()
            self.table.reload(keep_id=dialog.saved_id)
            self.tab.show_message(self.tr("Volunteer saved."))

    def edit(self, volunteer_id: int) -> None:
        dialog = VolunteerDialog(self.services, volunteer_id, self.tab)
        if dialog.exec():
            self._fill_filters()
            self.table.reload(keep_id=volunteer_id)
            self.tab.show_message(self.tr("Volunteer saved."))

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def delete_current(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        answer = QMessageBox.question(self.tab, self.tr("Delete volunteer"), self.tr(
            "Delete {name} from the ledger? This cannot be undone.").format(name=row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.volunteers.delete(row.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.tab, exc)
            return
        self.table.reload()

    def manage(self, which: str) -> None:
        dialog = ListsDialog(self.services, which, self.tab)
        dialog.exec()
        if dialog.changed:
            self._fill_filters()
            self.table.reload()

    def export(self) -> None:
        path = ask_file(self.tab, self.tr("Export volunteer ledger"), "志愿者台账.xlsx")
        if path is None:
            return
        unmask = False
        if self.services.volunteers.can(Perm.UNMASK):
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export volunteer ledger"),
                              self.tr("Phone and ID numbers are masked in the file."),
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                              self.tab)
            check = QCheckBox(self.tr("Write full phone and ID numbers"))
            box.setCheckBox(check)
            if box.exec() != QMessageBox.StandardButton.Ok:
                return
            unmask = check.isChecked()
        query = self.model.query
        run_task(self.tab, self.tr("Exporting volunteers…"),
                 lambda _p: self.services.volunteers.export_xlsx(path, query, unmask=unmask),
                 lambda written: self.tab.show_message(
                     self.tr("Written to {path}").format(path=written), 8000))

    def import_ledger(self) -> None:
        path = ask_file(self.tab, self.tr("Import volunteer ledger"), "志愿者台账.xlsx", False)
        if path is None:
            return
        run_task(self.tab, self.tr("Importing volunteers…"),
                 lambda _p: self.services.volunteers.import_xlsx(path), self._imported)

    def _imported(self, counts) -> None:
        self._fill_filters()
        self.table.reload()
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

    def add(self) -> None:
        dialog = ActivityDialog(self.services, None, self.tab)
        if dialog.exec():
            self.table.reload(keep_id=dialog.saved_id)

    def edit(self, activity_id: int) -> None:
        if ActivityDialog(self.services, activity_id, self.tab).exec():
            self.table.reload(keep_id=activity_id)

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def delete_current(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        try:
            self.services.activities.delete(row.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.tab, exc)
            return
        self.table.reload()

    def categories(self) -> None:
        ListsDialog(self.services, CATEGORIES, self.tab).exec()
        self.table.reload()
