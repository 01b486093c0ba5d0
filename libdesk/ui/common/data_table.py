"""A searchable, sortable table over a ``PagedTableModel``: the filter box, the view, a row
count, and the column layout remembered between runs."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.selectionChanged.emit(self.model.row(current.row())))
        model.modelReset.connect(self._update_count)
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

    def reload(self, keep_id: Any = None) -> None:
        """Re-run the query; reselect the row whose ``id`` is ``keep_id`` when it is loaded."""
        current = keep_id if keep_id is not None else getattr(self.current_row(), "id", None)
        self.model.reload()
        if current is None:
            return
        for row in range(min(self.model.rowCount(), 2000)):
            if getattr(self.model.row(row), "id", None) == current:
                self.view.selectRow(row)
                break

    def _filter(self, text: str) -> None:
        self.model.set_text(text)

    def _activate(self, row: int) -> None:
        item = self.model.row(row)
        if item is not None:
            self.activated.emit(item)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} rows").format(count=self.model.rowCount()))

    def save_layout(self) -> None:
        desk_state.set_value(self._settings_key, self.view.horizontalHeader().saveState())

    def restore_layout(self) -> None:
        state = desk_state.value(self._settings_key)
        if state is not None:
            # With sorting enabled, a restored sort indicator re-sorts through the model (SQL).
            self.view.horizontalHeader().restoreState(state)
