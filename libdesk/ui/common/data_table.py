"""A searchable, sortable table over a ``PagedTableModel``: the filter box, the view, a row
count, and the column layout remembered between runs."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from libdesk.ui.common.errors import show_error
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common import desk_state


class DataTable(QWidget):
    """``activated(row)`` fires on double-click or Enter with the row object."""

    activated = Signal(object)
    selectionChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, model: PagedTableModel, settings_key: str, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self._settings_key = f"tables/{settings_key}/header"
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setObjectName("filterEdit")
        self.count_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setObjectName("tableView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # no sort on enabling
        self.view.setSortingEnabled(True)
        for index, column in enumerate(model.columns):
            if column.width:
                self.view.setColumnWidth(index, column.width)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        self._extra = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.filter_edit.textChanged.connect(self._filter)
        self.view.doubleClicked.connect(lambda index: self._activate(index.row()))
        self._keeping: Any = None  # the id reload() is selecting again, not a new choice
        self._keep: tuple[Any, Any] | None = None  # (id to select, id selected before reload)
        self._keep_also: list[Any] = []  # the other selected ids, selected again after it
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._update_count)
        model.counted.connect(self._update_count)
        model.loaded.connect(self._reselect)
        model.loadFailed.connect(lambda error: show_error(self, error))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.view.currentIndex().row()))
        self.restore_layout()
        self._update_count()

    def add_widget(self, widget: QWidget) -> None:
        """Put a filter widget (combo box, check box…) beside the search box."""
        self._extra.insertWidget(self._extra.count() - 1, widget)

    def set_filter_hint(self, text: str) -> None:
        self.filter_edit.setPlaceholderText(text)

    def current_row(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.row(i) for i in rows) if r is not None]

    def current_id(self) -> Any | None:
        return getattr(self.current_row(), "id", None)

    def reload(self, keep_id: Any = None) -> None:
        """Re-run the query, keeping the selected row (or selecting ``keep_id``) once the new
        rows are in, if it is among them. Selecting the same row again does not fire
        ``selectionChanged``: whoever reloads refreshes what shows that row."""
        before = self.current_id()
        current = keep_id if keep_id is not None else before
        self._keep = None if current is None else (current, before)
        # the other selected rows too (several rows picked for a bulk step)
        self._keep_also = [] if current != before else [
            getattr(r, "id", None) for r in self.selected_rows()
            if getattr(r, "id", None) not in (None, current)]
        self.model.reload()

    def _reselect(self) -> None:
        keep, self._keep = self._keep, None
        also, self._keep_also = self._keep_also, []
        if keep is None:
            return
        current, before = keep
        self._keeping = current if current == before else None
        try:
            if self.select_id(current):
                self._select_also(also)
        finally:
            self._keeping = None

    def _select_also(self, ids: list[Any]) -> None:
        """Add the rows of ``ids`` that are among the pages read to the selection."""
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        selection = self.view.selectionModel()
        for record_id in ids:
            row = self.model.find_loaded(record_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)

    def select_id(self, record_id: Any) -> bool:
        """Select the row whose ``id`` is ``record_id`` if it is among the first 2,000 (the
        pages read so far first; others are asked for and painted when they arrive)."""
        row = self.model.find_loaded(record_id)
        if row is None:
            row = next((r for r in range(min(self.model.rowCount(), 2000))
                        if getattr(self.model.row(r), "id", None) == record_id), None)
        if row is None:
            return False
        self.view.selectRow(row)
        return True

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row(current.row())
        if self._keeping is not None and getattr(row, "id", None) == self._keeping:
            return
        self.selectionChanged.emit(row)

    def _filter(self, text: str) -> None:
        self.model.set_text(text)

    def _activate(self, row: int) -> None:
        item = self.model.row(row)
        if item is not None:
            self.activated.emit(item)

    def _update_count(self) -> None:
        if self.model.counting:
            text = self.tr("at least {count} rows (counting…)")
        else:
            text = self.tr("{count} rows")
        self.count_label.setText(text.format(count=self.model.rowCount()))

    def save_layout(self) -> None:
        desk_state.set_value(self._settings_key, self.view.horizontalHeader().saveState())

    def restore_layout(self) -> None:
        state = desk_state.value(self._settings_key)
        if state is not None:
            # With sorting enabled, a restored sort indicator re-sorts through the model (SQL).
            self.view.horizontalHeader().restoreState(state)
