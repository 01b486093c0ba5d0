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


def libdesk(data: bool) -> dict:
    """As ``libdesk.app.run`` starts: the shell on screen, then the store opened in a worker
    thread, then the tabs attached and the first tab's rows read off the GUI thread."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QTableView

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
        views: list = []
        while not views:  # the first tab's table, once its first page has arrived
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.002)  # leave the GIL to the worker reading the rows
            views = [v for v in window.tabs.currentWidget().findChildren(QTableView)
                     if v.model() is not None and v.model().rowCount() > 0]
            if time.perf_counter() > deadline:
                raise TimeoutError("no rows")
        view = views[0]
        rows = PaintWatch(view.viewport(), lambda: view.model().rowCount() > 0)
        rows.wait(after=0)
        mark()
    result = {"rss_mib": rss_mib(), "tab": window.tabs.currentWidget().key}
    window.hide()
    services.close()
    return result


if __name__ == "__main__":
    started = time.perf_counter()
    outcome = bare() if MODE in ("bare", "orm") else libdesk(MODE == "app-data")
    outcome["in_process_s"] = time.perf_counter() - started
    print(json.dumps(outcome), flush=True)
