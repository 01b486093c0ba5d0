"""The donors list over a big database: first paint, memory, and filter-as-you-type.

    donors.py app DB      LibDesk's window on DB, settled as a person would find it a moment
                          after the start (the first tab's rows painted, the services made
                          in the background: ``app.prepare_when_idle``); then the donations
                          tab (built when first shown) on its donors page, until the donors
                          list has painted its rows; resident memory; typing
                          into the list's filter box one character at a time: how long the GUI
                          thread is busy with the keystroke until the box has repainted (the
                          frame), and until the list shows the new rows (its SQL runs in a
                          worker). Every SQL statement a keystroke ran is replayed with plain
                          sqlite3 (the floor). Then eight characters typed fast: how many of
                          the list's page reads started, were stopped (an outdated query's SQL
                          interrupted, store/interrupt.py) and ran to completion.
    donors.py floor N     a QTableView over a plain in-memory model of N rows, until painted
    donors.py profile DB  the same keystrokes with the GUI thread instrumented: what runs on
                          it per keystroke, and the reads meanwhile (gui_profile.py)
"""
from __future__ import annotations

import json
import sqlite3
import sys
import threading
import time

from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from paint import PaintWatch, rss_mib

SEARCHES = ["王丽", "张建国", "138", "小店区", "山西大学", "科技有限", "0351", "李红", "平阳路",
            "退休教师"]


class CountedReads:
    """A table's row source that counts its page reads: started, stopped, completed."""

    def __init__(self, source) -> None:
        self.source = source
        self.lock = threading.Lock()
        self.started = self.stopped = self.completed = 0

    def count(self, query):
        return self.source.count(query)

    def page(self, query, offset, limit, **options):
        with self.lock:
            self.started += 1
        try:
            rows = self.source.page(query, offset, limit, **options)
        except Exception as exc:
            if type(exc).__name__ == "ReadCancelled":  # the store stopped it (interrupt)
                with self.lock:
                    self.stopped += 1
            raise
        with self.lock:
            self.completed += 1
        return rows


class PlainModel(QAbstractTableModel):
    def __init__(self, rows: int, columns: int = 9) -> None:
        super().__init__()
        self.rows = [(f"捐赠人{i}", "个人", f"1380000{i:04d}", "山西省太原市小店区长风街", i)
                     for i in range(rows)]
        self.columns = columns

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return self.columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[index.row()]
            return str(row[index.column() % len(row)])
        return None


def floor(rows: int) -> dict:
    app = QApplication(sys.argv[:1])
    started = time.perf_counter()
    view = QTableView()
    view.setModel(PlainModel(rows))
    view.resize(1280, 700)
    watch = PaintWatch(view.viewport())
    view.show()
    watch.wait(after=0)
    result = {"first_paint_s": time.perf_counter() - started}
    edit = QLineEdit()  # the frame floor: a keystroke into a plain line edit, until repainted
    edit.show()
    edit.setFocus()
    box = PaintWatch(edit)
    box.wait(after=0)
    frames = []
    for text in SEARCHES:
        for char in text:
            before = box.painted
            started = time.perf_counter()
            _type(edit, char)
            box.wait(after=before)
            frames.append(time.perf_counter() - started)
        edit.clear()
        box.wait()
    result["frames_s"] = frames
    app.quit()
    return result


def app(database: str) -> dict:
    from sqlalchemy import event

    from libdesk.app import (build_main_window, create_application, open_services_or_explain,
                             prepare_when_idle)

    application = create_application(sys.argv[:1])
    services = open_services_or_explain(database)
    window = build_main_window(services)
    window.show()
    settled = prepare_when_idle(window, services)
    _wait_for(settled.is_set)  # the start is over: first tab painted, services made

    # opening the donors list: the donations tab is built when first shown (its queries
    # included), its donors page chosen, until the donors list has painted its rows
    started = time.perf_counter()
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(1)
    view = tab.donors.view
    watch = PaintWatch(view.viewport(), lambda: view.model().rowCount() > 0)
    window.show_tab("donations")
    watch.wait(after=0)
    first_paint = time.perf_counter() - started
    watch.condition = None  # from now on every repaint counts (a filter may match nothing)
    rows = view.model().rowCount()
    resident = rss_mib()

    statements: list[tuple[str, tuple]] = []

    @event.listens_for(services.store.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, tuple(parameters or ())))

    edit = tab.donors.filter_edit
    edit.setFocus()
    model = view.model()
    box = PaintWatch(edit)
    arrived = {"n": 0, "paints": 0}

    def _loaded() -> None:
        arrived["n"] += 1
        arrived["paints"] = watch.painted  # the repaint showing these rows comes after this

    model.loaded.connect(_loaded)
    frames, keystrokes, floors = [], [], []
    raw = sqlite3.connect(database)
    donors = raw.execute("SELECT count(*) FROM donor").fetchone()[0]  # the size, for labels
    for text in SEARCHES:
        for char in text:
            statements.clear()
            before_box, before_rows = box.painted, arrived["n"]
            started = time.perf_counter()
            _type(edit, char)
            box.wait(after=before_box)           # the GUI thread is free: the frame is done
            frames.append(time.perf_counter() - started)
            _wait_for(lambda: arrived["n"] > before_rows)
            watch.wait(after=arrived["paints"])  # the list repainted with the new rows
            keystrokes.append(time.perf_counter() - started)
            floors.append(_replay(raw, list(statements)))
        edit.clear()
        _wait_for(lambda: not model.counting and arrived["n"] > 0)
    raw.close()
    fast = "山西省太原市小店"
    statements.clear()
    counted = model._source = CountedReads(model._source)  # the reads from now on
    before_rows = arrived["n"]
    for char in fast:                            # eight keystrokes, no waiting between them
        _type(edit, char)
        application.processEvents()
    _wait_for(lambda: arrived["n"] > before_rows and not model.counting)
    _settle(model)
    result = {"first_paint_s": first_paint, "rows": rows, "donors": donors, "rss_mib": resident,
              "frames_s": frames, "keystrokes_s": keystrokes, "floors_s": floors,
              "fast_typed": len(fast), "fast_page_reads_started": counted.started,
              "fast_page_reads_stopped": counted.stopped,
              "fast_page_queries": counted.completed,
              "fast_page_statements": sum(1 for s, _ in statements if "LIMIT" in s.upper())}
    window.hide()
    services.close()
    return result


def _wait_for(condition, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    app = QApplication.instance()
    while not condition():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
        if time.perf_counter() > deadline:
            raise TimeoutError("rows never arrived")


def _settle(model) -> None:
    """Let reads still in flight finish, so every query that ran is counted."""
    loader = getattr(model, "_loader", None)
    if hasattr(loader, "wait"):
        loader.wait(30_000)
    QApplication.instance().processEvents()


def _type(edit, char: str) -> None:
    """A key press for ASCII; for Chinese what an input method sends when a character is
    chosen (a commit string), as typing Chinese really reaches the widget."""
    if char.isascii():
        QTest.keyClicks(edit, char)
        return
    commit = QInputMethodEvent()
    commit.setCommitString(char)
    QApplication.sendEvent(edit, commit)


def _replay(connection: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> float:
    """The same statements through plain sqlite3: the floor of one keystroke."""
    started = time.perf_counter()
    for statement, parameters in statements:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            connection.execute(statement, parameters).fetchall()
    return time.perf_counter() - started


if __name__ == "__main__":
    if sys.argv[1] == "profile":
        from gui_profile import profile, summary

        outcome = profile(sys.argv[2], sys.argv[3:])
        print(summary(outcome), file=sys.stderr, flush=True)
    else:
        outcome = floor(int(sys.argv[2])) if sys.argv[1] == "floor" else app(sys.argv[2])
    print(json.dumps(outcome, ensure_ascii=False), flush=True)
