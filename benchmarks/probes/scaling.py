"""What grows with the data: the donors list's operations on one database size.

    scaling.py service DB   through ``services.donors.page`` / ``count``, the calls the
                            window's table makes (first page, then the count), the fastest of
                            three after a warm-up (a shared machine's noise only adds time);
                            each operation's SQL statements are recorded and replayed through
                            plain sqlite3 in the same process, with the same page cache size
                            (the floor).
    scaling.py window DB    through the window's donors list: open it until its rows have
                            painted; put a filter into the box until the new rows have painted;
                            click the name header (descending) until repainted; jump to the end
                            until the last rows have painted; each step twice, the faster one.
                            The floor is the SQL each step ran, replayed through plain sqlite3.

DB may be a ``postgresql+psycopg://`` URL (run.py ``--only postgresql``): the floor is then the
same SQL replayed through a plain psycopg connection (autocommit, psycopg's defaults).

Prints one JSON line: ``{"donors": N, "figures": {key: [seconds, floor seconds]}}`` (the
service also gives each filter's ``matches``).
"""
from __future__ import annotations

import json
import sqlite3
import sys
import time

# (key, what, filter text, sort descending); the keys are the rows of run.py's table
QUERIES = [("open", "open the list", "", False),
           ("filter1", "filter 王 (1 character)", "王", False),
           ("filter2", "filter 王丽 (2 characters)", "王丽", False),
           ("filter3", "filter 王欣璐 (3 characters, a name)", "王欣璐", False),
           ("filter3b", "filter 小店区 (3 characters, many matches)", "小店区", False),
           ("sort", "sort by name, descending", "", True)]
PAGE = 200
REPEATS = 3


class Recorder:
    """Every SQL statement the engine runs while ``on``; replayable through sqlite3."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.statements: list[tuple[str, tuple]] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        kept = parameters if isinstance(parameters, dict) else tuple(parameters or ())
        self.statements.append((statement, kept))  # psycopg's are named (a dict)

    def take(self) -> list[tuple[str, tuple]]:
        taken, self.statements = self.statements, []
        return [s for s in taken if s[0].lstrip().upper().startswith(("SELECT", "WITH"))]


def plain(database: str) -> sqlite3.Connection:
    """The floor's connection: plain sqlite3 with LibDesk's page cache size (plain psycopg
    for a PostgreSQL URL)."""
    from libdesk.store.engine import CACHE_KIB

    if database.startswith("postgresql"):
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(database)
        return psycopg.connect(host=url.host, port=url.port, user=url.username,
                               password=url.password, dbname=url.database, autocommit=True)

    connection = sqlite3.connect(database)
    connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    return connection


def replay(connection: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> float:
    started = time.perf_counter()
    for statement, parameters in statements:
        connection.execute(statement, parameters).fetchall()
    return time.perf_counter() - started


def timed(call) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def service(database: str) -> dict:
    from libdesk.services import open_services
    from libdesk.services.base import ListQuery

    services = open_services(database)
    donors = services.donors
    recorder = Recorder(services.store.engine)
    raw = plain(database)
    figures: dict[str, list[float]] = {}

    def measure(key: str, call) -> object:
        call()  # warm-up: the pages the operation reads are in the cache, as on a second look
        recorder.take()
        runs, floors, value = [], [], None
        for _ in range(REPEATS):
            seconds, value = timed(call)
            runs.append(seconds)
            floors.append(replay(raw, recorder.take()))
        figures[key] = [min(runs), min(floors)]
        return value

    total, matches = 0, {}
    for key, _what, text, descending in QUERIES:
        query = ListQuery(text=text, sort="name", descending=descending)
        measure(f"{key}.page", lambda q=query: donors.page(q, 0, PAGE))
        count = measure(f"{key}.count", lambda q=query: donors.count(q))
        matches[key] = count
        if key == "open":
            total = count
    query = ListQuery(sort="name")
    last = max(total - 1, 0) // PAGE * PAGE
    rows = measure("last.page", lambda: donors.page(query, last, PAGE))
    raw.close()
    services.close()
    return {"donors": total, "last_rows": len(rows), "matches": matches, "figures": figures}


def window(database: str) -> dict:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from libdesk.app import build_main_window, create_application, open_services_or_explain
    from paint import PaintWatch

    application = create_application(sys.argv[:1])
    services = open_services_or_explain(database)
    recorder = Recorder(services.store.engine)
    raw = plain(database)
    window = build_main_window(services)
    window.show()
    application.processEvents()
    figures: dict[str, list[float]] = {}

    def wait_for(condition, timeout: float = 600.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)
            if time.perf_counter() > deadline:
                raise TimeoutError("rows never arrived")

    recorder.take()
    started = time.perf_counter()
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(1)
    view = tab.donors.view
    model = view.model()
    watch = PaintWatch(view.viewport(), lambda: model.rowCount() > 0)
    window.show_tab("donations")
    watch.wait(after=0)
    figures["open.window"] = [time.perf_counter() - started, replay(raw, recorder.take())]
    watch.condition = None
    wait_for(lambda: not model.counting)
    arrived = {"n": 0, "paints": 0}

    def _loaded() -> None:
        arrived["n"] += 1
        arrived["paints"] = watch.painted

    model.loaded.connect(_loaded)

    def step(key: str, action) -> None:
        before = arrived["n"]
        recorder.take()
        started = time.perf_counter()
        action()
        wait_for(lambda: arrived["n"] > before)
        watch.wait(after=arrived["paints"])
        seconds = time.perf_counter() - started
        wait_for(lambda: not model.counting)  # the count follows; not part of the figure
        floor = replay(raw, recorder.take())
        if key in figures:
            seconds, floor = min(seconds, figures[key][0]), min(floor, figures[key][1])
        figures[key] = [seconds, floor]

    edit = tab.donors.filter_edit
    name = next(i for i, c in enumerate(model.columns) if c.key == "name")
    if not view.isSortingEnabled():
        view.setSortingEnabled(True)
    for _ in range(2):
        for key, _what, text, _descending in QUERIES[1:5]:
            step(f"{key}.window", lambda t=text: edit.setText(t))
            step("clear", edit.clear)
        step("sort.window", lambda: view.sortByColumn(name, Qt.SortOrder.DescendingOrder))
        step("clear", lambda: view.sortByColumn(name, Qt.SortOrder.AscendingOrder))
    figures.pop("clear")

    last = model.rowCount() - 1
    changed = {"paints": None}

    def _changed(top, _bottom) -> None:
        if top.row() <= last // PAGE * PAGE and changed["paints"] is None:
            changed["paints"] = watch.painted  # the repaint showing them comes after this

    model.dataChanged.connect(_changed)
    recorder.take()
    started = time.perf_counter()
    view.scrollToBottom()
    wait_for(lambda: changed["paints"] is not None)  # the last page has arrived ...
    watch.wait(after=changed["paints"])              # ... and painted
    figures["last.window"] = [time.perf_counter() - started, replay(raw, recorder.take())]
    result = {"donors": model.rowCount(), "figures": figures}
    raw.close()
    window.hide()
    services.close()
    QApplication.instance().processEvents()
    return result


if __name__ == "__main__":
    outcome = service(sys.argv[2]) if sys.argv[1] == "service" else window(sys.argv[2])
    print(json.dumps(outcome), flush=True)
