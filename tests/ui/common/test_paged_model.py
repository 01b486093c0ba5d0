"""The lazy table model over a fake row source (no database), read synchronously: a reload
reads the first page and counts once, a later page is fetched when one of its rows is read, keeps at most MAX_CACHED_PAGES pages, and hands sorting and filtering to
the source as a new query instead of doing either in Python."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from libdesk.services.base import ListQuery
from libdesk.ui.common import paged_model
from libdesk.ui.common.paged_model import PAGE_SIZE, PagedTableModel, TableColumn


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    books: int | None


class FakeSource:
    """Rows 1..n named 点1…; text filters by name, ``books`` sorts; records every call."""

    def __init__(self, n: int) -> None:
        self.rows = [Row(i, f"点{i}", i * 10 if i % 3 else None) for i in range(1, n + 1)]
        self.counts: list[ListQuery] = []
        self.pages: list[tuple[ListQuery, int, int]] = []

    def _matching(self, query: ListQuery) -> list[Row]:
        rows = [r for r in self.rows if query.text in r.name]
        if query.filters.get("odd"):
            rows = [r for r in rows if r.id % 2]
        rows.sort(key=lambda r: (getattr(r, query.sort) or 0), reverse=query.descending)
        return rows

    def count(self, query: ListQuery) -> int:
        self.counts.append(query)
        return len(self._matching(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[Row]:
        self.pages.append((query, offset, limit))
        return self._matching(query)[offset:offset + limit]


COLUMNS = [
    TableColumn("id", QT_TRANSLATE_NOOP("TestColumns", "No."), "TestColumns", align_right=True),
    TableColumn("name", QT_TRANSLATE_NOOP("TestColumns", "Name"), "TestColumns"),
    TableColumn("books", QT_TRANSLATE_NOOP("TestColumns", "Books"), "TestColumns",
                format=lambda v: f"{v} 册" if v else "—"),
    TableColumn("name", QT_TRANSLATE_NOOP("TestColumns", "Notes"), "TestColumns",
                sortable=False),
]


@pytest.fixture
def source():
    return FakeSource(1000)


@pytest.fixture
def model(qapp, source):
    model = PagedTableModel(source, COLUMNS, default_sort="id")
    model.reload()
    return model


def test_reload_reads_the_first_page_then_counts_once(model, source):
    assert model.rowCount() == 1000 and model.columnCount() == len(COLUMNS)
    assert len(source.counts) == 1
    assert [(offset, limit) for _q, offset, limit in source.pages] == [(0, PAGE_SIZE)]


def test_a_row_is_fetched_with_its_page(model, source):
    assert model.data(model.index(0, 1)) == "点1"
    assert model.data(model.index(PAGE_SIZE - 1, 1)) == f"点{PAGE_SIZE}"
    assert [(offset, limit) for _q, offset, limit in source.pages] == [(0, PAGE_SIZE)]
    assert model.data(model.index(PAGE_SIZE + 5, 0)) == str(PAGE_SIZE + 6)
    assert [offset for _q, offset, _l in source.pages] == [0, PAGE_SIZE]


def test_display_format_alignment_and_the_row_object(model):
    assert model.data(model.index(0, 2)) == "10 册"
    assert model.data(model.index(2, 2)) == "—"  # None through the column's format
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(4, 1), PagedTableModel.RowRole) == Row(5, "点5", 50)
    assert model.row(1000) is None and model.row(-1) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(4, Qt.Orientation.Vertical) == 5


def test_decorate_supplies_the_other_roles(model):
    model.decorate = lambda row, role: "#B3261E" if (
        role == Qt.ItemDataRole.ForegroundRole and row.books is None) else None
    assert model.data(model.index(2, 1), Qt.ItemDataRole.ForegroundRole) == "#B3261E"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_is_a_new_query_to_the_source(model, source):
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "books" and model.query.descending
    assert model.data(model.index(0, 1)) == "点1000"
    assert source.counts[-1] == model.query
    pages = len(source.pages)
    model.sort(3)  # not sortable: nothing is asked
    model.sort(99)
    assert model.query.sort == "books" and len(source.pages) == pages


def test_text_and_filters_go_to_the_source_and_an_empty_value_drops_a_filter(model, source):
    model.set_text("点99")
    assert model.rowCount() == 11  # 点99 and 点990…点999
    model.set_filter("odd", True)
    assert model.query.filters == {"odd": True} and model.rowCount() == 6
    for empty in (None, "", 0):
        model.set_filter("odd", True)
        model.set_filter("odd", empty)
        assert model.query.filters == {}
    assert model.rowCount() == 11


def test_reload_forgets_cached_pages_and_resets_views(qtbot, model, source):
    model.data(model.index(0, 1))
    source.rows[0] = Row(1, "改名了", 10)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.reload()
    assert model.data(model.index(0, 1)) == "改名了"


def test_at_most_the_cache_limit_of_pages_is_kept(model, source, monkeypatch):
    monkeypatch.setattr(paged_model, "MAX_CACHED_PAGES", 2)
    for page in range(4):
        model.row(page * PAGE_SIZE)
    assert [offset // PAGE_SIZE for _q, offset, _l in source.pages] == [0, 1, 2, 3]
    model.row(3 * PAGE_SIZE + 1)  # still cached
    model.row(0)  # dropped long ago: fetched again
    assert [offset // PAGE_SIZE for _q, offset, _l in source.pages] == [0, 1, 2, 3, 0]


def test_a_short_last_page(qapp):
    source = FakeSource(PAGE_SIZE + 3)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    assert model.row(PAGE_SIZE + 2).id == PAGE_SIZE + 3
    source.rows = source.rows[:PAGE_SIZE + 1]  # rows deleted behind the count
    model.reload()
    source.rows.pop()
    assert model.row(PAGE_SIZE) is None  # counted, but gone from the page: no error
