"""A lazy table model over a service's ``count(query)`` / ``page(query, offset, limit)``.

The model fetches rows a page at a time when the view paints them and learns how many rows
match from one COUNT; sorting and filtering change the query and go back to SQL. Nothing here
sorts or filters in Python, so 100,000 rows cost one page of work, not 100,000.

The reads run off the GUI thread (``row_loader``): a new query keeps the rows on screen until
its first page arrives, then the count follows; an answer to an outdated query is dropped,
and a read of an outdated query still running is cancelled (its SQL stops in the store).
A page not read yet paints empty and fills in when it arrives. While rows are shown, a new
query's read starts once the window has painted what started it (the keystroke's frame
comes first), and several changes before then make one read, of the last query.

The worker that reads a page also formats its cells (``TableColumn.format``), so painting a
cell is a list lookup: the view asks ``data()`` about seven roles for each visible cell on
every repaint, on the GUI thread, each call a trip into Python (benchmarks/probes/donors.py
``profile``).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from libdesk.services.base import ListQuery
from libdesk.ui.common.row_loader import default_loader

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


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


@dataclass(frozen=True)
class _Page:
    rows: list[Any]
    texts: list[tuple[str, ...]]  # each row's cells as displayed


def _read_page(source: RowSource, columns: list[TableColumn], query: ListQuery,
               offset: int) -> _Page:
    """A page and its display texts (runs in the worker)."""
    rows = source.page(query, offset, PAGE_SIZE)
    cells = [(column.key, column.format) for column in columns]
    texts = [tuple(("" if value is None else str(value)) if format is None else format(value)
                   for key, format in cells for value in (getattr(row, key),))
             for row in rows]
    return _Page(rows, texts)


class PagedTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()            # the first page of the current query is on screen
    counted = Signal()           # ... and the number of matching rows is known
    loadFailed = Signal(object)  # noqa: N815 - the read raised (a store failure, usually)

    def __init__(self, source: RowSource, columns: list[TableColumn], parent=None,
                 default_sort: str | None = None, loader=None) -> None:
        super().__init__(parent)
        self._source = source
        self.columns = columns
        self._query = ListQuery(sort=default_sort or columns[0].key)
        self._count = 0
        self._counting = False
        self._generation = 0
        self._requested: set[int] = set()  # page numbers being read for this generation
        self._reads: list[Any] = []  # the tokens of this generation's reads not finished
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._loader = loader if loader is not None else default_loader()
        self._in_row = False  # a synchronous loader answering inside data(): no dataChanged
        self._starting = False  # a reload waits for the window's next paint
        self._alignments = [_RIGHT if c.align_right else None for c in columns]
        self.decorate: Callable[[Any, int], Any] | None = None  # (row, role) → value

    # -- query -----------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def counting(self) -> bool:
        """True while the rows shown are a first page whose total is still being counted."""
        return self._counting

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
        """Read the query again: its first page, then its count (rows stay until then).
        Answers to earlier queries are dropped from now on, and their reads still running
        are cancelled. While rows are on screen the read starts after the window's next paint
        (the keystroke, click… that changed the query is painted first), with the query as it
        is then; the first read starts at once."""
        self._generation += 1
        self.cancel_reads()
        if not self._pages and not self._starting:
            self._start()
        elif not self._starting:
            self._starting = True
            self._loader.after_paint(self._start)

    def cancel_reads(self) -> None:
        """Stop the reads of the current query (a new query, the table going away)."""
        reads, self._reads = self._reads, []
        for token in reads:
            token.cancel()

    def _submit(self, slot: tuple, read, done) -> None:
        token = self._loader.submit(slot, read, done, self._failed)
        if token is not None and not token.finished:
            self._reads = [t for t in self._reads if not t.finished]
            self._reads.append(token)

    def _start(self) -> None:
        self._starting = False
        if not shiboken6.isValid(self):
            return
        generation, query = self._generation, self._query
        source, columns = self._source, self.columns
        self._submit((id(self), "first"), lambda: _read_page(source, columns, query, 0),
                     lambda page: self._first_page(generation, page))

    def _first_page(self, generation: int, page: _Page) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # an answer to an outdated query
        rows = page.rows
        self.beginResetModel()
        self._pages.clear()
        self._requested.clear()
        self._pages[0] = page
        self._count = len(rows)
        self._counting = len(rows) >= PAGE_SIZE
        self.endResetModel()
        self.loaded.emit()
        if not self._counting:
            self.counted.emit()
            return
        # The count follows the page rather than running beside it: on two cores a second
        # scan beside the page's left none for the GUI thread (benchmarks/, keystroke frames).
        query, source = self._query, self._source
        self._submit((id(self), "count"), lambda: source.count(query),
                     lambda count: self._count_known(generation, count))

    def _count_known(self, generation: int, count: int) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self._counting = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        self.counted.emit()

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.loadFailed.emit(error)

    def _page(self, row: int) -> _Page | None:
        """The page holding ``row`` (in range), or None while it is read (then requested)."""
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            self._in_row = True
            try:
                self._request(number)
            finally:
                self._in_row = False
            return self._pages.get(number)  # a synchronous loader has it already
        if number != next(reversed(self._pages)):
            self._pages.move_to_end(number)
        return page

    def row(self, row: int) -> Any | None:
        """The row object, or None while its page is being read (it is then requested)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page.rows[offset] if offset < len(page.rows) else None

    def find_loaded(self, row_id: Any) -> int | None:
        """The row number of the row whose ``id`` is ``row_id`` among the pages read."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page.rows):
                if getattr(item, "id", None) == row_id:
                    return number * PAGE_SIZE + offset
        return None

    def _request(self, number: int) -> None:
        if number in self._requested:
            return
        self._requested.add(number)
        generation, query = self._generation, self._query
        source, columns = self._source, self.columns
        self._submit((id(self), "page", number),
                     lambda: _read_page(source, columns, query, number * PAGE_SIZE),
                     lambda page: self._page_arrived(generation, number, page))

    def _page_arrived(self, generation: int, number: int, page: _Page) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self._requested.discard(number)
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first and not self._in_row:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.columns) - 1))

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

    def data(self, index: QModelIndex, role=_DISPLAY):
        # Called for every role of every visible cell on each repaint: kept to lookups.
        if role == _DISPLAY or role == _TOOLTIP:
            row = index.row()
            if not 0 <= row < self._count:
                return None
            page = self._page(row)
            if page is None:
                return None
            texts = page.texts
            offset = row % PAGE_SIZE
            return texts[offset][index.column()] if offset < len(texts) else None
        if role == _ALIGNMENT:
            return self._alignments[index.column()] if index.isValid() else None
        if role == self.RowRole:
            return self.row(index.row())
        if self.decorate is not None:
            item = self.row(index.row())
            return None if item is None else self.decorate(item, role)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.set_query(replace(self._query, sort=self.columns[column].key,
                               descending=order == Qt.SortOrder.DescendingOrder))
