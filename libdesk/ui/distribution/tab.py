"""The distribution tab: batches to the points (left), the selected batch with its scan
field (right); the Receive panel, point history and exports are one click away. Shipped
batches not received within ``distribution.overdue_days`` are shown in red."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from libdesk.models.distribution.tables import BatchKind, BatchStatus
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.ui.statistics.records_banner import RecordsBanner, list_filters
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.tasks import run_task
from libdesk.ui.distribution.batch_edit_dialog import BatchEditDialog
from libdesk.ui.distribution.batch_panel import BatchPanel
from libdesk.ui.distribution.columns import COLUMNS, BatchRows, decorate, kind_text, status_text
from libdesk.ui.distribution.history_dialog import HistoryDialog
from libdesk.ui.distribution.receive_dialog import ReceiveDialog
from libdesk.ui.common import desk_state


class DistributionTab(QWidget):
    key = "distribution"
    shows = ("distribution", "branches")  # batches and the names of their points

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("distribution/distribution_tab.ui", self)
        self.model = PagedTableModel(BatchRows(services.distribution), COLUMNS, self,
                                     default_sort="number")
        self.model.set_query(ListQuery(sort="number", descending=True))
        self.model.decorate = decorate
        self.table = DataTable(self.model, "distribution", self.ui.tableHost)
        QVBoxLayout(self.ui.tableHost).addWidget(self.table)
        self.ui.tableHost.layout().setContentsMargins(0, 0, 0, 0)
        self.table.set_filter_hint(self.tr("Filter by batch number, point, staff, notes…"))
        self.panel = BatchPanel(services, window, self.ui.batchHost)
        QVBoxLayout(self.ui.batchHost).addWidget(self.panel)
        self.ui.batchHost.layout().setContentsMargins(0, 0, 0, 0)
        self.table.selectionChanged.connect(
            lambda row: self.panel.show_batch(row.id if row is not None else None))
        self.table.activated.connect(lambda row: self.edit(row.id))
        self._setup_filters()
        self._setup_actions()
        self.banner = RecordsBanner(self)
        self.banner.cleared.connect(lambda: self.show_records({}) or self.banner.hide())
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        state = desk_state.value("tabs/distribution/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        else:
            self.ui.splitter.setSizes([520, 900])

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusFilter.addItem(self.tr("Any status"), "")
        for status in BatchStatus:
            ui.statusFilter.addItem(status_text(status.value), status.value)
        ui.kindFilter.addItem(self.tr("Any kind"), "")
        for kind in BatchKind:
            ui.kindFilter.addItem(kind_text(kind.value), kind.value)
        ui.statusFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", ui.statusFilter.currentData()))
        ui.kindFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("kind", ui.kindFilter.currentData()))
        ui.overdueCheck.toggled.connect(lambda on: self.model.set_filter("overdue", on))
        days = self.services.settings.get("distribution.overdue_days")
        ui.overdueCheck.setToolTip(self.tr(
            "Shipped batches not received within {days} days").format(days=days))

    def _setup_actions(self) -> None:
        ui = self.ui
        can_edit = self.services.distribution.can(Perm.DISTRIBUTION_EDIT)
        self.new_action = QAction(self.tr("&New batch…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.add)
        self.new_action.setEnabled(can_edit)
        self.addAction(self.new_action)
        ui.newButton.clicked.connect(self.new_action.trigger)
        ui.newButton.setEnabled(can_edit)
        ui.editButton.clicked.connect(self._edit_current)
        ui.editButton.setEnabled(can_edit)
        ui.receiveButton.clicked.connect(self.receive)
        ui.receiveButton.setEnabled(self.services.distribution.can(Perm.BATCH_RECEIVE))
        ui.historyButton.clicked.connect(self.history)
        self.export_action = QAction(self.tr("&Export batches…"), self)
        self.export_action.triggered.connect(self.export)
        self.export_action.setEnabled(self.services.distribution.can(Perm.EXPORT))
        self.template_action = QAction(self.tr("Save item import &template…"), self)
        self.template_action.triggered.connect(self.save_template)

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.template_action]

    # -- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        row = self.table.current_row()
        dialog = BatchEditDialog(self.services, None, self)
        if dialog.exec():
            self.table.select_id(dialog.saved_id)
            self.panel.show_batch(dialog.saved_id)
            self.panel.ui.scanEdit.setFocus()
            number = self.services.distribution.get(dialog.saved_id).number
            self.window_.show_message(self.tr("Batch {number} created: scan its books.").format(
                number=number))
        elif row is not None:
            self.panel.show_batch(row.id)

    def edit(self, batch_id: int) -> None:
        BatchEditDialog(self.services, batch_id, self).exec()

    def _edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def on_change(self, change: Change) -> None:
        """Reload the batch list (its rows show the points' names) keeping the selected
        batch, and the batch panel unless the change is an edit the panel's table already
        shows (reloading it would pull the model away from under the cell editor)."""
        if not change.touches(*self.shows):
            return
        current = self.panel.batch.id if self.panel.batch else None
        self.table.reload(keep_id=current)
        if current is None:
            return
        if change.origin is self.panel.model:
            self.panel.show_totals()
        else:
            self.panel.show_batch(current)

    def receive(self) -> None:
        ReceiveDialog(self.services, self).exec()

    def history(self) -> None:
        batch = self.panel.batch
        HistoryDialog(self.services, self, batch.branch_id if batch else None).exec()

    def export(self) -> None:
        path = ask_save_path(self, "distribution", self.tr("Export batches"), "配送批次.xlsx")
        if path is None:
            return
        query = self.model.query
        run_task(self, self.tr("Exporting batches…"),
                 lambda p: self.services.batch_documents.export(path, query, p),
                 lambda written: self.window_.show_message(
                     self.tr("Batches written to {path}").format(path=written), 8000))

    def save_template(self) -> None:
        path = ask_save_path(self, "distribution", self.tr("Item import template"),
                             "配送明细模板.xlsx")
        if path is None:
            return
        try:
            self.services.batch_documents.write_import_template(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.window_.show_message(self.tr("Template written to {path}").format(path=path))

    def show_records(self, filters: dict) -> None:
        """List only the batches matching ``filters`` (the batch list's filter keys: year,
        month, branch_id, category_id, gone_out, status, kind), e.g. a statistics chart's bar;
        the tab's own filters reset and a strip above the list says so."""
        for combo in (self.ui.statusFilter, self.ui.kindFilter):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(blocked)
        blocked = self.ui.overdueCheck.blockSignals(True)
        self.ui.overdueCheck.setChecked(False)
        self.ui.overdueCheck.blockSignals(blocked)
        self.model.set_query(ListQuery(sort="number", descending=True,
                                       filters=list_filters(filters)))
        self.banner.show_filter(filters)

    def save_state(self) -> None:
        self.table.save_layout()
        desk_state.set_value("tabs/distribution/splitter", self.ui.splitter.saveState())
