"""Start-up probes: print MARK the moment the goal is on screen, then a JSON line.

    start.py bare                 a bare PySide6 QMainWindow, until its first paint
    start.py orm DB               the same, after importing the ORM stack and running one query
    start.py app DB               LibDesk's main window (the shell, before the store opens),
                                  until its first paint
    start.py app-data DB          LibDesk, until the first tab's table has painted its rows
"""
from __future__ import annotations

import json
import sys
import time

MODE = sys.argv[1]
DATABASE = sys.argv[2] if len(sys.argv) > 2 else ""


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from paint import PaintWatch, mark, rss_mib

    app = QApplication(sys.argv[:1])
    rows = None
    if MODE == "orm":
        from sqlalchemy import create_engine, text
        from sqlmodel import Session

        engine = create_engine("sqlite:///" + DATABASE)
        with Session(engine) as session:
            rows = session.execute(text("SELECT * FROM branch ORDER BY id LIMIT 200")).all()
    window = QMainWindow()
    window.resize(1280, 800)
    window.setCentralWidget(QLabel(f"{len(rows or [])} rows"))
    watch = PaintWatch(window)
    window.show()
    watch.wait(after=0)
    mark()
    result = {"rss_mib": rss_mib()}
    app.quit()
    return result


def rows_painted(window, views: list):
    """A watch printing MARK once one of ``views`` has painted rows: the window's first
    repaint (``UpdateRequest``: Qt paints every widget waiting for it) handled while a view's
    model has rows, printed when that repaint is done, from inside it, so neither the events
    handled after it in the same pass nor the probe's own loop count. Watching the window,
    not the views' viewports: asking a view for its viewport makes PySide create the type of
    every widget class (some 20 ms the first time) to find the viewport's, which LibDesk does
    not do before its rows are painted. (Its classes are imported here: the floors create
    none of them.)"""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from paint import mark

    class RowsPainted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted = 0
            window.installEventFilter(self)

        def eventFilter(self, watched, event):  # noqa: N802 - Qt naming
            if self.painted or event.type() != QEvent.Type.UpdateRequest:
                return False
            if not any(v.model() is not None and v.model().rowCount() > 0 for v in views):
                return False
            watched.removeEventFilter(self)
            QCoreApplication.sendEvent(watched, event)  # the repaint itself, then the mark
            self.painted = 1
            mark()
            return True  # repainted just now

    return RowsPainted()


def watch_tables(window) -> object | None:
    """Watch the current tab's tables: its attributes' (a ``DataTable`` keeps its view in
    ``view``) without wrapping every widget of the tab; ``findChildren`` when it has none
    (that wraps each object of the tab in Python, some 30 ms on the GUI thread). None while
    the tab has no table yet."""
    from PySide6.QtWidgets import QTableView

    slot = window.tabs.currentWidget()
    tab = getattr(slot, "widget", None)
    views = []
    for value in vars(tab).values() if tab is not None else ():
        for view in (value, getattr(value, "view", None)):
            if isinstance(view, QTableView) and view not in views:
                views.append(view)
    if not views and slot is not None:
        views = slot.findChildren(QTableView)
    return rows_painted(window, views) if views else None


def libdesk(data: bool) -> dict:
    """As ``libdesk.app.run`` starts: the shell on screen, then the store opened in a worker
    thread, then the tabs attached and the first tab's rows read off the GUI thread."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from libdesk.app import (build_main_window, create_application, open_services_or_explain,
                             prepare_when_idle)
    from paint import PaintWatch, mark, rss_mib

    create_application(sys.argv[:1])
    window = build_main_window(None)
    watch = PaintWatch(window)
    window.show()
    watch.wait(after=0)
    if not data:
        mark()
    services = open_services_or_explain(DATABASE, off_thread=True)
    window.attach(services)
    prepare_when_idle(window, services)  # starts after the first tab's rows, as in run()
    if data:
        app = QApplication.instance()
        deadline = time.perf_counter() + 60
        watch = watch_tables(window)  # attach built the tab: its rows cannot be painted yet
        while watch is None or not watch.painted:  # ... until its table painted rows
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.002)  # leave the GIL to the worker reading the rows
            if watch is None:
                watch = watch_tables(window)
            if time.perf_counter() > deadline:
                raise TimeoutError("no rows")
    result = {"rss_mib": rss_mib(), "tab": window.tabs.currentWidget().key}
    window.hide()
    services.close()
    return result


if __name__ == "__main__":
    started = time.perf_counter()
    outcome = bare() if MODE in ("bare", "orm") else libdesk(MODE == "app-data")
    outcome["in_process_s"] = time.perf_counter() - started
    print(json.dumps(outcome), flush=True)
