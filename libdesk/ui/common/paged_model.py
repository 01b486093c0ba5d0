"""A lazy table model over a service's ``count(query)`` / ``page(query, offset, limit)``.

The model knows how many rows match (one COUNT) and fetches rows a page at a time when the
view paints them; sorting and filtering change the query and go back to SQL. Nothing here
sorts or filters in Python, so 100,000 rows cost one page of work, not 100,000.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from libdesk.services.base import ListQuery

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50


class RowSource(Protocol):
    def count(self, query: ListQuery) -> int: ...

    def page(self, query: ListQuery, offset: int, limit: int) -> list[Any]: ...


@dataclass(frozen=True)
class TableColumn:
    key: str                      # attribute of the row and the service's sort key
    header: str                   # English, marked with QT_TRANSLATE_NOOP(context, …)
    context: str = "Columns"
    sortable: bool = True
    format: Callable[[Any], str] | None = None  # value → display text
    align_right: bool = False
    width: int = 0                # initial width in pixels (0: fit header)


class PagedTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, source: RowSource, columns: list[TableColumn], parent=None,
                 default_sort: str | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.columns = columns
        self._query = ListQuery(sort=default_sort or columns[0].key)
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self.decorate: Callable[[Any, int], Any] | None = None  # (row, role) → value

    # -- query -----------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def set_text(self, text: str) -> None:
        self.set_query(replace(self._query, text=text))

    def set_filter(self, key: str, value: Any) -> None:
        filters = dict(self._query.filters)
        if value in (None, "", 0):
            filters.pop(key, None)
        else:
            filters[key] = value
        self.set_query(replace(self._query, filters=filters))

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count(self._query)
        self.endResetModel()

    def row(self, row: int) -> Any | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(self._query, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return QCoreApplication.translate(column.context, column.header)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.row(index.row())
        if item is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(item, column.key)
            if column.format is not None:
                return column.format(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return item
        if self.decorate is not None:
            return self.decorate(item, role)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.set_query(replace(self._query, sort=self.columns[column].key,
                               descending=order == Qt.SortOrder.DescendingOrder))
