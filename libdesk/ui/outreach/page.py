"""One page of the outreach tab: a lazy paged table over a service (type-to-filter, point and
year filters, sorting in SQL), with add / edit / delete, workbook import and export, and room
for a page's own buttons."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.deleting import rows_confirmed, selected_refused
from libdesk.ui.common.files import ask_open_path, ask_save_path
from libdesk.ui.common.operations import Change, run_long_write, run_write
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.tasks import run_task
from libdesk.ui.outreach.record_dialog import RecordDialog


def ask_file(parent, title: str, name: str, save: bool = True) -> Path | None:
    """Where to save ``name`` or which workbook to open (the folder remembered for outreach)."""
    if save:
        return ask_save_path(parent, "outreach", title, name)
    return ask_open_path(parent, "outreach", title, Path(name).suffix.lower())


class RecordPage(QWidget):
    """``service`` lists and edits; ``form`` and ``input_cls`` make the record dialog; every
    write says it changed ``areas`` on the window's change signal."""

    def __init__(self, tab, key: str, service, columns, form, input_cls, *, sort: str,
                 file_name: str, point_filter: bool = True, editable: bool = True,
                 areas: tuple[str, ...] = ("outreach",)) -> None:
        super().__init__(tab)
        self.areas = areas
        self.tab, self.services, self.service = tab, tab.services, service
        self.key, self.form, self.input_cls, self.file_name = key, form, input_cls, file_name
        self.model = PagedTableModel(service, columns, self, sort)
        self.model.set_query(ListQuery(sort=sort, descending=True))
        self.table = DataTable(self.model, f"outreach_{key}", self)
        self.table.setObjectName(f"{key}Table")
        self.table.set_filter_hint(self.tr("Type to filter…"))
        if point_filter:
            self.point_filter = QComboBox(self)
            self.point_filter.setObjectName("pointFilter")
            self.point_filter.addItem(self.tr("All points"), 0)
            for branch_id, name in self.services.branches.names():
                self.point_filter.addItem(name, branch_id)
            self.point_filter.currentIndexChanged.connect(
                lambda _i: self.model.set_filter("branch_id", self.point_filter.currentData()))
            self.table.add_widget(self.point_filter)
        if hasattr(service, "years"):
            self.year_filter = QComboBox(self)
            self.year_filter.setObjectName("yearFilter")
            self.year_filter.addItem(self.tr("All years"), 0)
            for year in service.years():
                self.year_filter.addItem(str(year), year)
            self.year_filter.currentIndexChanged.connect(
                lambda _i: self.model.set_filter("year", self.year_filter.currentData()))
            self.table.add_widget(self.year_filter)
        self.buttons = QHBoxLayout()
        can_edit = service.can(service.perm if hasattr(service, "perm") else Perm.BRANCHES_EDIT)
        if editable:
            self.add_button = self.button(self.tr("&New…"), self.add, "addButton", can_edit)
        self.edit_button = self.button(self.tr("&Edit…"), self.edit_current, "editButton",
                                       can_edit)
        if editable:
            self.delete_button = self.button(self.tr("&Delete"), self.delete_selected,
                                             "deleteButton", can_edit)
        self.buttons.addStretch(1)
        self.import_button = self.button(self.tr("&Import…"), self.import_file, "importButton",
                                         can_edit)
        self.export_button = self.button(self.tr("E&xport…"), self.export_file, "exportButton",
                                         service.can(Perm.EXPORT))
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        self.body = QHBoxLayout()
        self.body.addWidget(self.table, 1)
        layout.addLayout(self.body, 1)
        self.table.activated.connect(lambda row: self.edit(row))

    def button(self, text: str, slot, name: str, enabled: bool = True,
               before_stretch: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        button.setEnabled(enabled)
        if before_stretch:
            self.buttons.insertWidget(self._stretch_index(), button)
        else:
            self.buttons.addWidget(button)
        return button

    def add_side_panel(self, widget: QWidget) -> None:
        self.body.addWidget(widget)

    def _stretch_index(self) -> int:
        for index in range(self.buttons.count()):
            if self.buttons.itemAt(index).spacerItem() is not None:
                return index
        return self.buttons.count()

    def refresh(self) -> None:
        self.table.reload()

    def _message(self, text: str) -> None:
        self.tab.show_message(text)

    def change(self, *_result) -> Change:
        return Change.of(*self.areas)

    # -- editing ---------------------------------------------------------------------------
    def dialog_title(self) -> str:
        return self.tab.page_title(self.key)

    def add(self) -> None:
        saved: list[int] = []
        dialog = RecordDialog(self.services, self.form, self.input_cls, self.dialog_title(),
                              lambda record: saved.append(self.service.add(record)),
                              parent=self, change=self.change())
        if dialog.exec() and saved:
            self.table.reload(saved[-1])
            self._message(self.tr("Saved."))

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.edit(row)

    def edit(self, row) -> None:
        # As opened: the version first, then the values (the list's row may be older).
        version = self.service.version(row.id)
        row = self.service.get(row.id)
        names = {f.name for f in fields(self.input_cls)}
        record = self.input_cls(**{n: getattr(row, n) for n in names})
        dialog = RecordDialog(self.services, self.form, self.input_cls, self.dialog_title(),
                              lambda changed, seen: self.service.update(
                                  row.id, changed, expected_version=seen), record, self,
                              change=self.change(), version=version)
        if dialog.exec():
            self.table.reload(row.id)
            self._message(self.tr("Saved."))

    def delete_selected(self) -> None:
        """The selected records, as the list showed them: one changed or deleted at another
        desk since refuses the delete, and the list reloads."""
        rows = self.table.selected_rows()
        ids = [r.id for r in rows]
        if not ids or not rows_confirmed(self, self.dialog_title(), self.tr(
                "Delete {count} records?").format(count=len(ids))):
            return
        shown = {r.id: r.version for r in rows}
        run_write(self, lambda: self.service.delete(ids, expected_versions=shown), self.change,
                  on_error=selected_refused(self, self.change()), on_done=lambda count: (
            self.table.reload(),
            self._message(self.tr("{count} records deleted.").format(count=count))))

    # -- workbooks -------------------------------------------------------------------------
    def export_file(self) -> None:
        path = ask_file(self, self.tr("Export"), self.file_name)
        if path is None:
            return
        query = self.model.query
        run_task(self, self.tr("Exporting…"),
                 lambda progress: self.service.export_xlsx(path, query, progress),
                 lambda written: self._message(self.tr("Written to {path}").format(path=written)))

    def import_file(self, path: Path | None = None) -> None:
        path = path or ask_file(self, self.tr("Import"), self.file_name, save=False)
        if path is None:
            return
        run_long_write(self, self.tr("Importing…"),
                       lambda progress: self.service.import_xlsx(path, progress), self.change,
                       self._imported)

    def _imported(self, count: int) -> None:
        self.table.reload()
        self._message(self.tr("{count} rows imported.").format(count=count))
