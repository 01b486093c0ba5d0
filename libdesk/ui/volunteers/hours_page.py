"""The service-hours page: every entry with its status, bulk entry, approving and
rejecting (never one's own entries), and the platform import and streaming export."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from libdesk.models.roles import Perm
from libdesk.models.volunteers.tables import HourStatus
from libdesk.services.base import ListQuery
from libdesk.ui.common.deleting import rows_confirmed, selected_refused
from libdesk.ui.common.files import XLSX, ask_open_path, ask_save_path
from libdesk.ui.common.operations import Change, run_long_write, run_write
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.tasks import run_task
from libdesk.ui.volunteers.bulk_entry_dialog import BulkEntryDialog
from libdesk.ui.volunteers.hour_edit_dialog import HourEditDialog
from libdesk.ui.volunteers.columns import HOUR_COLUMNS, hour_status
from libdesk.ui.volunteers.pages import host_table

STATUS_COLOURS = {HourStatus.PENDING.value: QColor("#8a5a00"),
                  HourStatus.REJECTED.value: QColor("#b00020")}


class HoursPage(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab, self.services, ui = tab, tab.services, tab.ui
        self.model = PagedTableModel(self.services.hours, HOUR_COLUMNS, tab, "served_on")
        self.model.decorate = self._decorate
        self.model.set_query(ListQuery(sort="served_on", descending=True))
        self.table = host_table(ui.hoursHost, self.model, "volunteer_hours")
        self.table.set_filter_hint(self.tr("Type to filter by volunteer, number or activity…"))
        ui.statusFilter.addItem(self.tr("Any status"), "")
        for status in HourStatus:
            ui.statusFilter.addItem(hour_status(status.value), status.value)
        ui.statusFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", ui.statusFilter.currentData()))
        ui.reviewableCheck.toggled.connect(
            lambda on: self.model.set_filter("reviewable", bool(on)))
        hours = self.services.hours
        ui.bulkButton.clicked.connect(self.bulk_entry)
        ui.bulkButton.setEnabled(hours.can(Perm.HOURS_EDIT))
        ui.editHoursButton.clicked.connect(self.edit_current)
        ui.editHoursButton.setEnabled(hours.can(Perm.HOURS_EDIT))
        self.table.activated.connect(self.edit_current)
        ui.deleteHoursButton.clicked.connect(self.delete_selected)
        ui.deleteHoursButton.setEnabled(hours.can(Perm.HOURS_EDIT))
        for button, slot in ((ui.confirmButton, self.confirm_selected),
                             (ui.confirmAllButton, self.confirm_all_shown),
                             (ui.rejectButton, self.reject_selected)):
            button.clicked.connect(slot)
            button.setEnabled(hours.can(Perm.HOURS_APPROVE))
        self.export_action = QAction(self.tr("Export service &hours…"), tab)
        self.export_action.triggered.connect(self.export)
        self.export_action.setEnabled(hours.can(Perm.EXPORT))
        self.import_action = QAction(self.tr("Import hours from the &city platform…"), tab)
        self.import_action.triggered.connect(self.import_platform)
        self.import_action.setEnabled(hours.can(Perm.HOURS_EDIT))

    def show_filters(self, filters: dict) -> None:
        """Only the entries matching ``filters``; the page's own filters reset."""
        ui = self.tab.ui
        for widget, reset in ((ui.statusFilter, lambda: ui.statusFilter.setCurrentIndex(
                max(ui.statusFilter.findData(filters.get("status", "")), 0))),
                              (ui.reviewableCheck, lambda: ui.reviewableCheck.setChecked(False))):
            blocked = widget.blockSignals(True)
            reset()
            widget.blockSignals(blocked)
        self.model.set_query(ListQuery(sort="served_on", descending=True, filters=filters))

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action]

    def _decorate(self, row, role):
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATUS_COLOURS.get(row.status)
        return None

    def on_change(self, change: Change) -> None:
        if change.touches("hours", "volunteers", "activities"):  # names show on the entries
            self.table.reload()

    def bulk_entry(self) -> None:
        dialog = BulkEntryDialog(self.services, self.tab)
        if dialog.exec():
            self.tab.show_message(self.tr("{count} entries saved; they wait for approval by "
                                       "another staff member.").format(count=dialog.saved))

    def edit_current(self, row=None) -> None:
        """Correct a pending entry (double-click or Edit pending…)."""
        row = row if row is not None and hasattr(row, "hundredths") else \
            self.table.current_row()
        if row is None:
            return
        if row.status != HourStatus.PENDING.value:
            self.tab.show_message(self.tr("Only pending entries can be edited; this one is "
                                          "already reviewed."))
            return
        if HourEditDialog(self.services, row, self.tab).exec():
            self._after_change(self.tr("Entry saved; it still waits for approval."))

    def _selected_ids(self) -> list[int]:
        return [r.id for r in self.table.selected_rows()]

    def _review(self, action, ids: list[int], message: str) -> None:
        if not ids:
            return
        run_write(self.tab, lambda: action(ids), Change.of(hours=ids),
                  on_done=lambda count: self.tab.show_message(message.format(count=count)))

    def confirm_selected(self) -> None:
        self._review(self.services.hours.confirm, self._selected_ids(),
                     self.tr("{count} entries confirmed."))

    def confirm_all_shown(self) -> None:
        query = self.model.query
        filters = dict(query.filters, reviewable=True)
        ids = self.services.hours.ids(ListQuery(text=query.text, filters=filters))
        if not ids:
            self.tab.show_message(self.tr("No pending entries you may confirm are shown."))
            return
        answer = QMessageBox.question(self.tab, self.tr("Confirm entries"), self.tr(
            "Confirm {count} pending entries recorded by other staff?").format(count=len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self._review(self.services.hours.confirm, ids, self.tr("{count} entries confirmed."))

    def reject_selected(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        reason, ok = QInputDialog.getText(self.tab, self.tr("Reject entries"),
                                          self.tr("Reason (shown to the recorder):"))
        if ok:
            self._review(lambda i: self.services.hours.reject(i, reason), ids,
                         self.tr("{count} entries rejected."))

    def delete_selected(self) -> None:
        """The selected entries, as the list showed them: one changed or deleted at another
        desk since refuses the delete, and the list reloads."""
        rows = self.table.selected_rows()
        ids = [r.id for r in rows]
        if not ids or not rows_confirmed(self.tab, self.tr("Delete entries"), self.tr(
                "Delete {count} entries?").format(count=len(ids))):
            return
        shown = {r.id: r.version for r in rows}
        change = Change.of(hours=ids)
        run_write(self.tab, lambda: self.services.hours.delete(ids, expected_versions=shown),
                  change, on_error=selected_refused(self.tab, change),
                  on_done=lambda count: self.tab.show_message(
                      self.tr("{count} entries deleted.").format(count=count)))

    def export(self) -> None:
        path = ask_save_path(self.tab, "volunteers", self.tr("Export service hours"),
                             "志愿服务时长.xlsx")
        if path is None:
            return
        query = self.model.query
        run_task(self.tab, self.tr("Exporting service hours…"),
                 lambda progress: self.services.hours.export_xlsx(path, query, progress),
                 lambda written: self.tab.show_message(
                     self.tr("Written to {path}").format(path=written), 8000))

    def import_platform(self) -> None:
        path = ask_open_path(self.tab, "volunteers", self.tr("Import service hours"), XLSX)
        if path is None:
            return
        create = QMessageBox.question(self.tab, self.tr("Import service hours"), self.tr(
            "Add activities the file names that are not in LibDesk yet?")) == \
            QMessageBox.StandardButton.Yes
        run_long_write(self.tab, self.tr("Importing service hours…"),
                       lambda progress: self.services.hours.import_xlsx(
                           path, progress, create_activities=create),
                       Change.of("hours", "activities", "volunteer_lists"), self._imported)

    def _imported(self, report) -> None:
        self.tab.show_message(self.tr("{count} entries imported.").format(count=report.added))
        by_number = sum(1 for r in report.rows if r.matched_by == "platform_no")
        QMessageBox.information(self.tab, self.tr("Import service hours"), self.tr(
            "{count} entries imported and waiting for approval: {numbers} matched by platform "
            "number, {names} by name; {new} new activities.").format(
            count=report.added, numbers=by_number, names=len(report.rows) - by_number,
            new=len(report.created_activities)))
