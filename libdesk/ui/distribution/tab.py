"""The distribution tab: batches to the points (left), the selected batch with its scan
field (right); the Receive panel, point history and exports are one click away. Shipped
batches not received within ``distribution.overdue_days`` are shown in red."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from libdesk.models.distribution.tables import BatchKind, BatchStatus
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.tasks import run_task
from libdesk.ui.distribution.batch_dialog import BatchDialog
from libdesk.ui.distribution.batch_panel import BatchPanel
from libdesk.ui.distribution.columns import COLUMNS, BatchRows, decorate, kind_text, status_text
from libdesk.ui.distribution.history_dialog import HistoryDialog
from libdesk.ui.distribution.receive_dialog import ReceiveDialog


class DistributionTab(QWidget):
    key = "distribution"

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DistributionTab", "Distribution")

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
        self.panel.changed.connect(self._batch_changed)
        self.table.selectionChanged.connect(
            lambda row: self.panel.show_batch(row.id if row is not None else None))
        self.table.activated.connect(lambda row: self.edit(row.id))
        self._setup_filters()
        self._setup_actions()
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        state = QSettings().value("tabs/distribution/splitter")
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
        dialog = BatchDialog(self.services, None, self)
        if dialog.exec():
            self.table.reload(keep_id=dialog.saved_id)
            self.panel.show_batch(dialog.saved_id)
            self.panel.ui.scanEdit.setFocus()
            number = self.services.distribution.get(dialog.saved_id).number
            self.window_.show_message(self.tr("Batch {number} created: scan its books.").format(
                number=number))
        elif row is not None:
            self.panel.show_batch(row.id)

    def edit(self, batch_id: int) -> None:
        dialog = BatchDialog(self.services, batch_id, self)
        if dialog.exec():
            self._batch_changed(batch_id)

    def _edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row.id)

    def _batch_changed(self, batch_id: int) -> None:
        self.table.reload(keep_id=batch_id)
        if self.panel.batch is None or self.panel.batch.id != batch_id:
            self.panel.show_batch(batch_id)

    def receive(self) -> None:
        dialog = ReceiveDialog(self.services, self)
        dialog.received.connect(lambda _number: self.refresh())
        dialog.exec()
        self.refresh()

    def history(self) -> None:
        batch = self.panel.batch
        HistoryDialog(self.services, self, batch.branch_id if batch else None).exec()

    def export(self) -> None:
        last = QSettings().value("distribution/last_dir", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export batches"),
                                              str(Path(last) / "配送批次.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        query = self.model.query
        run_task(self, self.tr("Exporting batches…"),
                 lambda p: self.services.batch_documents.export(Path(path), query, p),
                 lambda written: self.window_.show_message(
                     self.tr("Batches written to {path}").format(path=written), 8000))

    def save_template(self) -> None:
        last = QSettings().value("distribution/last_dir", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Item import template"),
                                              str(Path(last) / "配送明细模板.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.services.batch_documents.write_import_template(Path(path))
            self.window_.show_message(self.tr("Template written to {path}").format(path=path))

    def refresh(self) -> None:
        current = self.panel.batch.id if self.panel.batch else None
        self.table.reload(keep_id=current)
        self.panel.show_batch(current)

    def save_state(self) -> None:
        self.table.save_layout()
        QSettings().setValue("tabs/distribution/splitter", self.ui.splitter.saveState())
