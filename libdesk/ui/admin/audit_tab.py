"""The Audit tab (administrators): every change with who, when, which record and the old and
new values; filters by table, record, person and date; export to Excel. Phone and ID
numbers are masked unless "Show personal data" is ticked, which is itself logged."""
from __future__ import annotations

import json
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from libdesk.models.audit import AUDIT_ACTION_LABELS
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.paged_model import PagedTableModel, TableColumn
from libdesk.ui.common.tasks import run_task


action_label = partial(enum_label, AUDIT_ACTION_LABELS)


def _when(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _summary(values: dict) -> str:
    return "; ".join(f"{k}={v}" for k, v in values.items())[:200]


COLUMNS = [
    TableColumn("at", QT_TRANSLATE_NOOP("AuditColumns", "When"), "AuditColumns", format=_when,
                width=150),
    TableColumn("actor", QT_TRANSLATE_NOOP("AuditColumns", "Person"), "AuditColumns", width=90),
    TableColumn("action", QT_TRANSLATE_NOOP("AuditColumns", "Action"), "AuditColumns",
                format=action_label, width=90),
    TableColumn("table_name", QT_TRANSLATE_NOOP("AuditColumns", "Table"), "AuditColumns",
                width=130),
    TableColumn("record_id", QT_TRANSLATE_NOOP("AuditColumns", "Record"), "AuditColumns",
                width=70),
    TableColumn("new_values", QT_TRANSLATE_NOOP("AuditColumns", "New values"), "AuditColumns",
                sortable=False, format=_summary),
]


class _Source:
    """The audit service as the lazy model reads it, masked or not."""

    def __init__(self, audit) -> None:
        self.audit = audit
        self.unmask = False

    def count(self, query) -> int:
        return self.audit.count(query)

    def page(self, query, offset: int, limit: int):
        return self.audit.page(query, offset, limit, unmask=self.unmask)


class AuditTab(QWidget):
    key = "audit"  # seen with Perm.AUDIT_VIEW only (its entry in ui/shell/tabs.py)

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("admin/audit_tab.ui", self)
        self.source = _Source(services.audit)
        self.model = PagedTableModel(self.source, COLUMNS, self, default_sort="at")
        self.model.set_query(ListQuery(sort="at", descending=True))
        self.table = DataTable(self.model, "audit", self.ui.tableHost)
        QVBoxLayout(self.ui.tableHost).addWidget(self.table)
        self.ui.tableHost.layout().setContentsMargins(0, 0, 0, 0)
        self.table.set_filter_hint(self.tr("Type to search values, tables, people…"))
        self.table.selectionChanged.connect(self._show_detail)
        self._setup_filters()
        self.ui.unmaskCheck.setVisible(services.audit.can(Perm.UNMASK))
        self.ui.unmaskCheck.toggled.connect(self._toggle_unmask)
        self.export_action = QAction(self.tr("&Export audit log…"), self)
        self.export_action.triggered.connect(self.export)
        self.export_action.setEnabled(services.audit.can(Perm.EXPORT))
        self.ui.exportButton.clicked.connect(self.export_action.trigger)
        self.ui.exportButton.setEnabled(self.export_action.isEnabled())
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self._show_detail(None)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.tableFilter.addItem(self.tr("All tables"), "")
        for name in self.services.audit.tables():
            ui.tableFilter.addItem(name, name)
        ui.actorFilter.addItem(self.tr("Everyone"), "")
        for name in self.services.audit.actors():
            ui.actorFilter.addItem(name or self.tr("(system)"), name)
        ui.tableFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("table", ui.tableFilter.currentData()))
        ui.actorFilter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("actor", ui.actorFilter.currentData()))
        ui.recordFilter.textChanged.connect(
            lambda text: self.model.set_filter("record", text.strip()))
        today = QDate.currentDate()
        for check, edit, key in ((ui.fromCheck, ui.fromDate, "date_from"),
                                 (ui.toCheck, ui.toDate, "date_to")):
            edit.setDate(today)
            edit.setEnabled(False)
            check.toggled.connect(lambda on, e=edit, k=key: self._date_filter(k, e, on))
            edit.dateChanged.connect(lambda _d, c=check, e=edit, k=key:
                                     self._date_filter(k, e, c.isChecked()))

    def _date_filter(self, key: str, edit, on: bool) -> None:
        edit.setEnabled(on)
        self.model.set_filter(key, edit.date().toPython() if on else None)

    def _toggle_unmask(self, on: bool) -> None:
        self.source.unmask = on
        self.table.reload()
        self._show_detail(self.table.current_row())

    def _show_detail(self, entry) -> None:
        if entry is None:
            self.ui.detailView.setPlainText(self.tr("Select a row to see the old and new values."))
            return
        lines = [f"{_when(entry.at)}  {entry.actor}  {action_label(entry.action)}  "
                 f"{entry.table_name} #{entry.record_id}", ""]
        for key in sorted(set(entry.old_values) | set(entry.new_values)):
            old = json.dumps(entry.old_values.get(key), ensure_ascii=False)
            new = json.dumps(entry.new_values.get(key), ensure_ascii=False)
            lines.append(f"{key}: {old} → {new}" if entry.old_values and entry.new_values
                         else f"{key}: {new if entry.new_values else old}")
        self.ui.detailView.setPlainText("\n".join(lines))

    def file_actions(self) -> list[QAction]:
        return [self.export_action]

    def on_change(self, _change) -> None:
        """Every write is audited: any change adds rows here."""
        self.table.reload()

    def export(self) -> None:
        path = ask_save_path(self, "audit", self.tr("Export audit log"), "审计日志.xlsx")
        if path is None:
            return
        query, unmask = self.model.query, self.source.unmask
        run_task(self, self.tr("Exporting audit log…"),
                 lambda _progress: self.services.audit.export(path, query, unmask=unmask),
                 lambda written: self.window_.show_message(
                     self.tr("Audit log written to {path}").format(path=written), 8000))

    def save_state(self) -> None:
        self.table.save_layout()
