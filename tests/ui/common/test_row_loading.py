"""The table model reads off the GUI thread: rows stay until the new ones arrive, the count
follows the first page, answers to outdated queries are dropped, and fast typing runs at most
the query in flight and the last one. A fake row source stands in for a service."""
from __future__ import annotations

import threading
from dataclasses import dataclass

from libdesk.services.base import ListQuery
from libdesk.ui.common.paged_model import PAGE_SIZE, PagedTableModel, TableColumn
from libdesk.ui.common.row_loader import SyncLoader, ThreadedLoader


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class GatedSource:
    """Names matching the filter text; each read waits until the test opens its gate."""

    def __init__(self, names: list[str], gated: tuple[str, ...] = ("page",)) -> None:
        self.names = names
        self.gated = gated  # the kinds of read that wait for the test
        self.gates: list[tuple[str, threading.Event]] = []  # (kind, gate) of every read
        self.reads: list[tuple[str, str]] = []  # (kind, text) of every read that finished
        self.lock = threading.Lock()

    def _gate(self, kind: str) -> None:
        if kind not in self.gated:
            return
        gate = threading.Event()
        with self.lock:
            self.gates.append((kind, gate))
        assert gate.wait(10)

    def _matching(self, query: ListQuery) -> list[str]:
        return [n for n in self.names if query.text in n]

    def count(self, query: ListQuery) -> int:
        self._gate("count")
        with self.lock:
            self.reads.append(("count", query.text))
        return len(self._matching(query))

    def page(self, query: ListQuery, offset: int, limit: int) -> list[Row]:
        self._gate("page")
        with self.lock:
            self.reads.append(("page", query.text))
        names = self._matching(query)[offset:offset + limit]
        return [Row(offset + i, n) for i, n in enumerate(names)]

    def open_next(self, qtbot, kind: str = "page") -> None:
        """Let the oldest waiting read of ``kind`` finish."""
        def waiting():
            return [g for k, g in self.gates if k == kind and not g.is_set()]

        qtbot.waitUntil(lambda: bool(waiting()), timeout=5000)
        with self.lock:
            waiting()[0].set()


COLUMNS = [TableColumn("name", "Name")]


def names(model: PagedTableModel) -> list[str]:
    return [model.row(r).name for r in range(model.rowCount()) if model.row(r) is not None]


def test_rows_stay_until_the_new_query_answers(qtbot):
    source = GatedSource(["王丽", "王强", "张伟"])
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.reload()
    source.open_next(qtbot)
    qtbot.waitUntil(lambda: model.rowCount() == 3)

    model.set_text("王")
    assert names(model) == ["王丽", "王强", "张伟"]  # the old rows, while the worker reads
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    assert names(model) == ["王丽", "王强"]
    loader.wait()


def test_an_outdated_answer_is_dropped_and_fast_typing_runs_the_last_query(qtbot):
    source = GatedSource([f"name{i}" for i in range(10)] + ["x"])
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.set_text("n")
    qtbot.waitUntil(lambda: len(source.gates) == 1, timeout=5000)  # "n" is being read
    for text in ["na", "nam", "name", "name1"]:  # typed fast, each keystroke painted
        model.set_text(text)
        qtbot.wait(5)
    source.open_next(qtbot)          # the first read ("n") finishes: outdated, dropped
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)      # only the last waiting one ran next
    assert names(model) == ["name1"]
    loader.wait()
    assert [text for kind, text in source.reads if kind == "page"] == ["n", "name1"]


def test_changes_before_the_next_paint_make_one_read_of_the_last_query(qtbot):
    source = GatedSource([f"name{i}" for i in range(10)] + ["x"])
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.reload()                   # the first read starts at once: nothing to paint first
    qtbot.waitUntil(lambda: len(source.gates) == 1, timeout=5000)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    for text in ["n", "na", "nam", "name", "name1"]:  # no event handled in between
        model.set_text(text)
    assert len(source.gates) == 1    # nothing read before the window has painted
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    assert names(model) == ["name1"]
    loader.wait()
    assert [text for kind, text in source.reads if kind == "page"] == ["", "name1"]


def test_the_count_follows_the_first_page(qtbot):
    source = GatedSource([f"donor{i:05d}" for i in range(PAGE_SIZE * 3 + 5)],
                         gated=("page", "count"))
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.reload()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    assert model.rowCount() == PAGE_SIZE and model.counting
    with qtbot.waitSignal(model.counted, timeout=5000):
        source.open_next(qtbot, "count")
    assert model.rowCount() == PAGE_SIZE * 3 + 5 and not model.counting
    assert model.row(PAGE_SIZE * 2) is None  # not read yet: asked for, painted empty
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        source.open_next(qtbot)
    assert model.row(PAGE_SIZE * 2).name == f"donor{PAGE_SIZE * 2:05d}"
    loader.wait()


def test_an_outdated_count_is_dropped(qtbot):
    source = GatedSource([f"donor{i:05d}" for i in range(PAGE_SIZE * 2)] + ["x"],
                         gated=("page", "count"))
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.reload()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    qtbot.waitUntil(lambda: any(kind == "count" for kind, _ in source.gates), timeout=5000)
    model.set_text("donor")            # a new query while the old count is still running
    source.open_next(qtbot, "count")   # the old count (PAGE_SIZE * 2 + 1) arrives: dropped
    qtbot.waitUntil(lambda: ("count", "") in source.reads, timeout=5000)
    qtbot.wait(20)
    assert model.rowCount() == PAGE_SIZE and model.counting
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    with qtbot.waitSignal(model.counted, timeout=5000):
        source.open_next(qtbot, "count")
    assert model.rowCount() == PAGE_SIZE * 2
    loader.wait()


def test_a_failed_read_is_reported_and_the_rows_stay(qtbot):
    class Failing(GatedSource):
        def page(self, query, offset, limit):
            if query.text:
                raise OSError("disk I/O error")
            return super().page(query, offset, limit)

    model = PagedTableModel(Failing(["a", "b"], gated=()), COLUMNS, loader=SyncLoader())
    model.reload()
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.set_text("a")
    assert isinstance(failed.args[0], OSError)
    assert names(model) == ["a", "b"]


def test_a_read_stopped_by_a_newer_query_shows_no_error_and_no_rows(qtbot):
    class Stopped(GatedSource):
        """The read of "a" ends as an interrupted read does: with an error."""

        def page(self, query, offset, limit):
            rows = super().page(query, offset, limit)
            if query.text == "a":
                raise RuntimeError("interrupted")
            return rows

    source = Stopped(["a1", "a2", "b1"])
    loader = ThreadedLoader()
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.reload()
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    failed: list[BaseException] = []
    model.loadFailed.connect(failed.append)
    model.set_text("a")
    qtbot.waitUntil(lambda: len(source.gates) == 2, timeout=5000)  # "a" is being read
    model.set_text("b")              # outdated: its read is cancelled …
    source.open_next(qtbot)          # … and the error it ends with is dropped
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    assert names(model) == ["b1"] and failed == []
    loader.wait()


def test_a_read_cancelled_before_it_started_never_runs(qtbot):
    source = GatedSource(["a", "b"])
    loader = ThreadedLoader(threads=1)
    model = PagedTableModel(source, COLUMNS, loader=loader)
    model.reload()                   # the first read holds the only thread
    qtbot.waitUntil(lambda: len(source.gates) == 1, timeout=5000)
    token = loader.submit(("other", "page"), lambda: source.page(ListQuery("x"), 0, 10),
                          lambda _rows: None, lambda _error: None)
    token.cancel()                   # queued behind the first read, cancelled meanwhile
    with qtbot.waitSignal(model.loaded, timeout=5000):
        source.open_next(qtbot)
    loader.wait()
    assert [text for _kind, text in source.reads] == [""]  # "x" was never read
