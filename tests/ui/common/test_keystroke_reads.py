"""Typing into a table's filter box with the threaded loader, as the window runs it: the GUI
thread reads nothing (a fake row source records the thread of every call), the box has
painted the keystroke before its read starts, the rows and the selection stay while the
worker reads, and the selected row is selected again afterwards."""
from __future__ import annotations

import threading

import pytest

from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.row_loader import ThreadedLoader
from tests.ui.common.test_paged_model import COLUMNS, FakeSource, Row
from tests.ui.typing import type_text


class ThreadSource(FakeSource):
    """Records the thread of every read; a read waits while ``hold`` is clear."""

    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.threads: list[int] = []
        self.hold = threading.Event()
        self.hold.set()

    def count(self, query):
        self.threads.append(threading.get_ident())
        assert self.hold.wait(10)
        return super().count(query)

    def page(self, query, offset, limit):
        self.threads.append(threading.get_ident())
        assert self.hold.wait(10)
        return super().page(query, offset, limit)


@pytest.fixture
def threaded(qtbot):
    from libdesk.app import create_application

    create_application()
    source = ThreadSource(300)
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, default_sort="id", loader=loader)
    table = DataTable(model, "test_keystrokes")
    qtbot.addWidget(table)
    table.show()
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.reload()
    yield table, source
    source.hold.set()
    loader.wait()


def test_typing_reads_nothing_on_the_gui_thread(qtbot, threaded):
    table, source = threaded
    source.threads.clear()
    with qtbot.waitSignal(table.model.loaded, timeout=5000):
        type_text(qtbot, table.filter_edit, "点29")
    qtbot.waitUntil(lambda: table.count_label.text() == "共 11 行", timeout=5000)
    table.view.viewport().grab()  # painting the new rows reads nothing either
    assert table.model.data(table.model.index(0, 1)) == "点29"
    assert source.threads and threading.get_ident() not in source.threads


def test_rows_and_selection_stay_while_reading_and_the_row_is_selected_again(qtbot, threaded):
    table, source = threaded
    table.view.selectRow(4)
    assert table.current_id() == 5
    source.hold.clear()                       # the next reads wait
    source.rows.insert(0, Row(0, "点0", 0))   # a row added above the selected one
    table.reload()
    qtbot.wait(30)
    assert table.model.rowCount() == 300 and table.current_id() == 5  # nothing moved yet
    assert table.model.data(table.model.index(0, 1)) == "点1"
    with qtbot.waitSignal(table.model.loaded, timeout=5000):
        source.hold.set()
    assert table.current_id() == 5 and table.view.currentIndex().row() == 5
    qtbot.waitUntil(lambda: table.model.rowCount() == 301, timeout=5000)
    assert table.current_id() == 5


def test_a_keystroke_is_painted_before_its_read_starts(qtbot):
    from PySide6.QtCore import QEvent, QObject

    from libdesk.app import create_application

    create_application()
    order: list[str] = []

    class Loader(ThreadedLoader):
        def submit(self, slot, read, done, failed, token=None):
            order.append(f"read {slot[1]}")
            return super().submit(slot, read, done, failed, token)

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                order.append("edit painted")
            return False

    loader = Loader()
    model = PagedTableModel(FakeSource(300), COLUMNS, default_sort="id", loader=loader)
    table = DataTable(model, "test_keystroke_paint")
    qtbot.addWidget(table)
    table.show()
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.reload()
    qtbot.wait(50)
    paints = Paints()
    table.filter_edit.installEventFilter(paints)
    order.clear()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        type_text(qtbot, table.filter_edit, "点2")
    assert order.index("edit painted") < order.index("read first")
    loader.wait()
