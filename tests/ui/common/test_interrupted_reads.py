"""Typing past a query whose SQL is still running stops that SQL (the table cancels the read's
token, the store interrupts its connection): the list shows the new query's rows, no error is
shown, nothing of the stopped read reaches the table, and typing fast runs only the last
query to completion. The rows come from the real store (SQLite or PostgreSQL); a filter
starting with 慢 runs a statement that only an interrupt ends (tests/store/slow_sql.py)."""
from __future__ import annotations

import threading

import pytest

from libdesk.services.base import ListQuery
from libdesk.ui.common import data_table
from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.paged_model import PagedTableModel, TableColumn
from libdesk.ui.common.row_loader import ThreadedLoader
from tests.services.donations.fixtures import add_sun_ying
from tests.store.slow_sql import SlowSQL
from tests.ui.typing import type_text

COLUMNS = [TableColumn("name", "Name")]


class DonorsWithSlowFilter:
    """The donors service as a table's row source; a filter starting with 慢 is slow."""

    def __init__(self, services) -> None:
        self.services = services
        self.lock = threading.Lock()
        self.slow: list[SlowSQL] = []
        self.pages: list[tuple[str, str]] = []  # (filter, how the page read ended)

    def count(self, query: ListQuery) -> int:
        return self.services.donors.count(query)

    def page(self, query: ListQuery, offset: int, limit: int):
        try:
            if query.text.startswith("慢"):
                slow = SlowSQL(self.services.store)
                with self.lock:
                    self.slow.append(slow)
                with self.services.store.read() as session:
                    session.execute(slow.statement(session.connection())).scalar()
                rows = []
            else:
                rows = self.services.donors.page(query, offset, limit)
        except BaseException as exc:
            with self.lock:
                self.pages.append((query.text, type(exc).__name__))
            raise
        with self.lock:
            self.pages.append((query.text, "completed"))
        return rows


@pytest.fixture
def donors_table(qtbot, services, monkeypatch):
    from libdesk.app import create_application

    create_application()
    add_sun_ying(services)
    shown: list[BaseException] = []
    monkeypatch.setattr(data_table, "show_error", lambda _parent, error: shown.append(error))
    source = DonorsWithSlowFilter(services)
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, default_sort="name", loader=loader)
    table = DataTable(model, "test_interrupted_reads")
    qtbot.addWidget(table)
    table.show()
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.reload()
    failed: list[BaseException] = []
    model.loadFailed.connect(failed.append)
    yield table, source, shown, failed
    model.cancel_reads()  # a read left running would hold the store past the test
    assert loader.wait(30_000)


def names(model) -> list[str]:
    return [model.row(r).name for r in range(model.rowCount()) if model.row(r) is not None]


def test_typing_past_a_running_query_stops_it_and_shows_the_new_rows(qtbot, services,
                                                                     donors_table):
    table, source, shown, failed = donors_table
    type_text(qtbot, table.filter_edit, "慢")
    qtbot.waitUntil(lambda: bool(source.slow), timeout=10_000)
    source.slow[0].wait_running()              # its SQL is inside the database now
    assert "孙英" in names(table.model)        # the rows stay while it runs
    table.filter_edit.selectAll()
    with qtbot.waitSignal(table.model.loaded, timeout=20_000):
        type_text(qtbot, table.filter_edit, "孙英")
    assert names(table.model) == ["孙英"]
    qtbot.waitUntil(lambda: ("慢", "ReadCancelled") in source.pages, timeout=20_000)
    assert ("慢", "completed") not in source.pages
    assert shown == [] and failed == []        # a stopped read is no error
    assert services.store.failed is None
    assert services.donors.count(ListQuery(text="孙英")) == 1  # the store reads on


def test_typing_fast_runs_only_the_last_query_to_completion(qtbot, services, donors_table):
    table, source, shown, failed = donors_table
    source.pages.clear()
    for text in ["慢", "慢慢", "慢慢慢", "慢慢慢慢"]:  # each keystroke a slow query …
        table.filter_edit.selectAll()
        type_text(qtbot, table.filter_edit, text)
        qtbot.wait(1)                               # … its frame painted, its read started
    table.filter_edit.selectAll()
    with qtbot.waitSignal(table.model.loaded, timeout=20_000):
        type_text(qtbot, table.filter_edit, "孙")   # … and the last one not
    assert names(table.model) == ["孙英"]
    assert table.model._loader.wait(30_000)        # every slow read has stopped
    slow_ends = {end for text, end in source.pages if text.startswith("慢")}
    assert slow_ends <= {"ReadCancelled"}
    assert [text for text, end in source.pages if end == "completed"] == ["孙"]
    assert shown == [] and failed == []
