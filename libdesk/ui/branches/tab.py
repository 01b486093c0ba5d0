"""The branches tab: the registry of points, their contacts, and the roster in Excel."""
from __future__ import annotations

from functools import partial

import shiboken6

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from libdesk.models.branches.status import BRANCH_STATUS_LABELS, BranchStatus
from libdesk.models.roles import Perm
from libdesk.models.validation import mask_phone
from libdesk.ui.branches.contact_columns import CONTACT_COLUMNS
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.deleting import Shown, delete_confirmed
from libdesk.ui.common.files import XLSX, ask_open_path, ask_save_path
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.paged_model import PagedTableModel, TableColumn
from libdesk.ui.common.operations import Change, run_long_write
from libdesk.ui.common.tasks import run_task
from libdesk.ui.common.unmask import ask_unmask
from libdesk.ui.outreach.history_dialog import add_point_buttons
from libdesk.ui.common import desk_state
from libdesk.ui.common.row_loader import default_loader


_status = partial(enum_label, BRANCH_STATUS_LABELS)


COLUMNS = [
    TableColumn("number", QT_TRANSLATE_NOOP("BranchColumns", "No."), "BranchColumns",
                align_right=True, width=56),
    TableColumn("name", QT_TRANSLATE_NOOP("BranchColumns", "Name"), "BranchColumns", width=260),
    TableColumn("category", QT_TRANSLATE_NOOP("BranchColumns", "Category"), "BranchColumns",
                width=130),
    TableColumn("status", QT_TRANSLATE_NOOP("BranchColumns", "Status"), "BranchColumns",
                format=_status, width=70),
    TableColumn("district", QT_TRANSLATE_NOOP("BranchColumns", "District"), "BranchColumns",
                width=90),
    TableColumn("primary_contact", QT_TRANSLATE_NOOP("BranchColumns", "Contact"),
                "BranchColumns", width=90),
    TableColumn("primary_phone", QT_TRANSLATE_NOOP("BranchColumns", "Phone"), "BranchColumns",
                format=mask_phone, width=110),
    TableColumn("books_on_site", QT_TRANSLATE_NOOP("BranchColumns", "Books on site"),
                "BranchColumns", align_right=True, width=90),
    TableColumn("address", QT_TRANSLATE_NOOP("BranchColumns", "Address"), "BranchColumns",
                width=200),
    TableColumn("notes", QT_TRANSLATE_NOOP("BranchColumns", "Notes"), "BranchColumns"),
]


class BranchesTab(QWidget):
    key = "branches"
    shows = ("branches", "categories")  # the areas whose changes this tab reloads for

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("branches/branches_tab.ui", self)
        self.model = PagedTableModel(services.branch_list, COLUMNS, self, default_sort="number")
        # the categories filter is filled once the first rows are painted: its query and its
        # connection are not in their way (the start: benchmarks/, "first tab's data painted")
        self.model.loaded.connect(lambda: default_loader().after_paint(self._categories_later),
                                  Qt.ConnectionType.SingleShotConnection)
        self.model.reload()
        self.table = DataTable(self.model, "branches", self.ui.tableHost)
        QVBoxLayout(self.ui.tableHost).addWidget(self.table)
        self.ui.tableHost.layout().setContentsMargins(0, 0, 0, 0)
        self.table.set_filter_hint(self.tr("Type to filter by name, address, district, contact…"))
        self._setup_filters()
        self._setup_detail()
        self._setup_actions()
        add_point_buttons(self)  # the combined history (batches, events, visits, outings), facts
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        state = desk_state.value("tabs/branches/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        self._show_detail(None)

    # -- setup -----------------------------------------------------------------------------
    def _setup_filters(self) -> None:
        combo = self.ui.categoryFilter
        if not combo.count():  # the categories follow the first rows
            combo.addItem(self.tr("All categories"), 0)
        combo.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("category_id", combo.currentData()))
        status = self.ui.statusFilter
        status.addItem(self.tr("Any status"), "")
        for value in BranchStatus:
            status.addItem(_status(value.value), value.value)
        status.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", status.currentData()))

    def _categories_later(self) -> None:
        if shiboken6.isValid(self):
            self._fill_categories()

    def _fill_categories(self) -> None:
        combo = self.ui.categoryFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), 0)
        for category_id, name in self.services.branch_categories.categories():
            combo.addItem(name, category_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def manage_categories(self) -> None:
        from libdesk.ui.branches.categories_dialog import CategoriesDialog

        CategoriesDialog(self.services, self).exec()

    def on_change(self, change: Change) -> None:
        """Reload what shows a changed point or category, keeping the selected point."""
        if not change.touches(*self.shows):
            return
        current = self.table.current_id()
        if change.touches("categories"):
            self._fill_categories()
            self.model.set_filter("category_id", self.ui.categoryFilter.currentData())
        self.table.reload(keep_id=current)
        self._show_detail(self.table.current_row())

    def _setup_detail(self) -> None:
        view = self.ui.contactsView
        headers = [QCoreApplication.translate("ContactColumns", h)
                   for _key, h in CONTACT_COLUMNS[:4]]
        view.setColumnCount(len(headers))
        view.setHorizontalHeaderLabels(headers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        self.table.selectionChanged.connect(self._show_detail)
        self.table.activated.connect(lambda row: self.edit(row.id))
        self.ui.editContactsButton.clicked.connect(self._edit_current)

    def _setup_actions(self) -> None:
        can_edit = self.services.can(Perm.BRANCHES_EDIT)
        self.new_action = self._action(self.tr("&New point…"), QKeySequence.StandardKey.New,
                                       self.add)
        self.delete_action = self._action(self.tr("&Delete point"), QKeySequence.StandardKey.Delete,
                                          self.delete_selected)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for button, action in ((self.ui.addButton, self.new_action),
                               (self.ui.deleteButton, self.delete_action)):
            button.clicked.connect(action.trigger)
            button.setEnabled(can_edit)
            self.addAction(action)
        self.ui.editButton.clicked.connect(self._edit_current)
        self.new_action.setEnabled(can_edit)
        self.delete_action.setEnabled(can_edit)
        self.export_action = QAction(self.tr("&Export roster…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_roster)
        self.export_action.setEnabled(self.services.can(Perm.EXPORT))
        self.import_action = QAction(self.tr("&Import roster…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_roster)
        self.import_action.setEnabled(can_edit)
        self.categories_action = QAction(self.tr("Manage &categories…"), self)
        self.categories_action.triggered.connect(self.manage_categories)
        self.categories_action.setEnabled(can_edit)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.categories_action]

    # -- detail pane -----------------------------------------------------------------------
    def _show_detail(self, row) -> None:
        self.ui.editContactsButton.setEnabled(row is not None)
        self.ui.editButton.setEnabled(row is not None)
        view = self.ui.contactsView
        view.setRowCount(0)
        if row is None:
            self.ui.detailLabel.setText(self.tr("Select a point to see its contacts."))
            return
        detail = self.services.branches.get(row.id)
        point = detail.point
        lines = [f"<b>{point.number}. {point.name}</b>", point.category, _status(point.status)]
        if point.district or point.address:
            lines.append(" ".join(filter(None, [point.district, point.address])))
        if point.opened_on:
            lines.append(self.tr("Opened {date}").format(date=point.opened_on.isoformat()))
        lines.append(self.tr("{count} books on site").format(count=point.books_on_site))
        if point.notes:
            lines.append(point.notes)
        self.ui.detailLabel.setText("<br>".join(lines))
        for contact in detail.contacts:
            r = view.rowCount()
            view.insertRow(r)
            name = ("★ " if contact.is_primary else "") + contact.name
            for c, value in enumerate((name, contact.role, mask_phone(contact.phone),
                                       contact.email)):
                view.setItem(r, c, QTableWidgetItem(value))

    # -- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        from libdesk.ui.branches.branch_dialog import BranchDialog

        dialog = BranchDialog(self.services, None, self)
        if dialog.exec():
            self.table.select_id(dialog.saved_id)
            self.window_.show_message(self.tr("Point saved."))

    def edit(self, branch_id: int) -> None:
        from libdesk.ui.branches.branch_dialog import BranchDialog

        if BranchDialog(self.services, branch_id, self).exec():
            self.window_.show_message(self.tr("Point saved."))

    def _edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def delete_selected(self) -> None:
        """Delete the selected point as stored now (ui/common/deleting.py): the
        confirmation shows it fresh, and a point changed meanwhile at another desk is kept."""
        row = self.table.current_row()
        if row is None:
            return
        branches = self.services.branches
        delete_confirmed(
            self, self.tr("Delete point"), lambda: self._as_stored(row.id),
            lambda shown: self.tr(
                "Delete “{name}” and its {count} contact(s)? This cannot be undone.").format(
                name=shown.name, count=shown.extra["contacts"]),
            lambda shown: branches.delete(shown.record_id, expected_version=shown.version),
            Change.of(branches=[row.id]),
            on_done=lambda _r: self.window_.show_message(self.tr("Point deleted.")))

    def _as_stored(self, branch_id: int) -> Shown:
        version = self.services.branches.version(branch_id)  # first: then the values
        detail = self.services.branches.get(branch_id)
        point = detail.point
        return Shown(branch_id, version, point.name, [
            (self.tr("No."), str(point.number)), (self.tr("Name"), point.name),
            (self.tr("Category"), point.category), (self.tr("Status"), _status(point.status)),
            (self.tr("District"), point.district), (self.tr("Address"), point.address),
            (self.tr("Books on site"), str(point.books_on_site)),
            (self.tr("Contacts"), "、".join(c.name for c in detail.contacts)),
            (self.tr("Notes"), point.notes)], {"contacts": len(detail.contacts)})

    def export_roster(self) -> None:
        path = ask_save_path(self, "roster", self.tr("Export roster"), "分馆联系名册.xlsx")
        if path is None:
            return
        unmask = self.ask_unmask()
        if unmask is None:
            return
        run_task(self, self.tr("Exporting roster…"),
                 lambda _progress: self.services.branches.export_roster(path, unmask=unmask),
                 lambda written: self.window_.show_message(
                     self.tr("Roster written to {path}").format(path=written), 8000))

    def ask_unmask(self) -> bool | None:
        return ask_unmask(self, self.tr("Export roster"), self.services.branches.can(Perm.UNMASK))

    def import_roster(self) -> None:
        path = ask_open_path(self, "roster", self.tr("Import roster"), XLSX)
        if path is None:
            return
        run_long_write(self, self.tr("Importing roster…"),
                       lambda _progress: self.services.branches.import_roster(path),
                       Change.of("branches", "categories"), self._imported)

    def _imported(self, counts: dict[str, int]) -> None:
        QMessageBox.information(self, self.tr("Import roster"), self.tr(
            "Roster imported: {added} added, {updated} updated, {unchanged} unchanged.").format(
            **counts))

    def save_state(self) -> None:
        self.table.save_layout()
        desk_state.set_value("tabs/branches/splitter", self.ui.splitter.saveState())
