"""Closing the window while a list's query runs: the query's SQL is stopped (SQLite interrupt,
PostgreSQL cancel), the shutdown does not wait for it to run out, and the store closes with
no read left on it. The slow query is a statement only an interrupt ends
(tests/store/slow_sql.py), run by the donors list for a filter starting with 慢."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from libdesk.models.donations.rules import DonorInput
from libdesk.ui.common import row_loader
from tests.store.slow_sql import SlowSQL
from tests.ui.typing import type_text

WAIT_MS = 20_000


class SlowDonorFilter:
    """Wraps ``services.donors.page``: a filter starting with 慢 runs the slow statement."""

    def __init__(self, services) -> None:
        self.services, self.page_of = services, services.donors.page
        self.lock = threading.Lock()
        self.slow: list[SlowSQL] = []
        self.ends: list[tuple[str, str]] = []  # (filter, how the read ended)

    def page(self, query, offset, limit, **options):
        if not query.text.startswith("慢"):
            return self.page_of(query, offset, limit, **options)
        slow = SlowSQL(self.services.store)
        with self.lock:
            self.slow.append(slow)
        try:
            with self.services.store.read() as session:
                session.execute(slow.statement(session.connection())).scalar()
        except BaseException as exc:
            with self.lock:
                self.ends.append((query.text, type(exc).__name__))
            raise
        with self.lock:
            self.ends.append((query.text, "completed"))
        return []


@pytest.fixture
def threaded_rows():
    loader = row_loader.ThreadedLoader()
    row_loader.set_default_loader(loader)
    yield loader
    loader.cancel_all()
    assert loader.wait(60_000)


def donors_table(qtbot, window):
    window.show_tab("donations")
    tab = window.tab("donations")
    bar = tab.ui.listTabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    return tab.donors


def test_closing_the_window_stops_a_running_query_and_the_store_closes_clean(
        qtbot, open_window, services, db_path, threaded_rows, monkeypatch):
    from libdesk.app import shut_down

    services.donors.save(DonorInput(name="孙英"))
    slow = SlowDonorFilter(services)
    monkeypatch.setattr(services.donors, "page", slow.page)
    window = open_window(services)
    table = donors_table(qtbot, window)
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=WAIT_MS)
    type_text(qtbot, table.filter_edit, "慢")
    qtbot.waitUntil(lambda: bool(slow.slow), timeout=WAIT_MS)
    slow.slow[0].wait_running()           # the filter's SQL is inside the database now

    window.close()                        # the user closes the window …
    qtbot.waitUntil(lambda: bool(slow.ends), timeout=WAIT_MS)
    assert slow.ends == [("慢", "ReadCancelled")]  # … and the query stops, not runs out

    shut_down(services)                   # what `libdesk` does once the window is gone
    assert threaded_rows.wait(0)          # no read thread is left
    assert services.store.engine.pool.checkedout() == 0
    if isinstance(db_path, Path):         # SQLite: the last connection closed checkpoints
        assert not Path(f"{db_path}-wal").exists()


def test_shutdown_stops_reads_still_waiting_to_start(qtbot, services, threaded_rows):
    """A read queued behind a running one (same table) never starts once the window closed."""
    from libdesk.app import shut_down

    started = threading.Event()
    release = threading.Event()
    ran: list[str] = []

    def first():
        started.set()
        release.wait(WAIT_MS / 1000)
        ran.append("first")

    token_1 = threaded_rows.submit("table", first, lambda _r: None, lambda _e: None)
    assert started.wait(WAIT_MS / 1000)
    token_2 = threaded_rows.submit("table", lambda: ran.append("second"), lambda _r: None,
                                   lambda _e: None)
    row_loader.cancel_all_reads()
    assert token_1.cancelled and token_2.cancelled
    release.set()
    shut_down(services)
    assert ran == ["first"]               # the waiting read was dropped, never run
    assert threaded_rows.wait(0)
