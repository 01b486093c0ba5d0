"""The start-up, one step after another, with a marker between steps for an instruction count.

    start_phases.py floor DB     the "first tab's data painted" floor (start.py orm) in steps
    start_phases.py app DB       LibDesk until the first tab's rows are painted, in steps

Run under ``valgrind --tool=callgrind --dump-before=getppid`` (``start_profile.py`` does):
each step ends with ``os.getppid()``, so callgrind writes the instructions of each step to a
file of its own, and the step's name is printed on stdout in the same order. The steps are
those of ``start.py`` (``libdesk.app.run``), done on one thread where the app overlaps them,
so that each count moves by well under 1% from run to run: the store is opened here
rather than in a worker thread, and the first tab's rows are awaited in
``QEventLoop.exec`` (asleep, not polling) and then painted with ``repaint()``. The total
is within a few per cent of the overlapped start's (start.py under callgrind), whose
polling loop adds a varying count.
"""
from __future__ import annotations

import os
import sys

MODE, DATABASE = sys.argv[1], sys.argv[2]


def step(name: str) -> None:
    print(name, flush=True)
    os.getppid()  # the marker callgrind dumps before (nothing else on the path calls it)


def floor() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    step("import PySide6")
    app = QApplication(sys.argv[:1])
    step("QApplication")
    from sqlalchemy import create_engine, text
    from sqlmodel import Session
    step("import the ORM stack")
    engine = create_engine("sqlite:///" + DATABASE)
    with Session(engine) as session:
        rows = session.execute(text("SELECT * FROM branch ORDER BY id LIMIT 200")).all()
    step("one query")
    window = QMainWindow()
    window.resize(1280, 800)
    window.setCentralWidget(QLabel(f"{len(rows)} rows"))
    window.show()
    app.processEvents()
    window.repaint()
    step("window shown and painted")


def app() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication  # noqa: F401 - as libdesk.app imports it
    step("import PySide6")
    import libdesk.app as start
    step("import libdesk.app (fault log, config, errors, i18n)")
    start.create_application(sys.argv[:1])
    step("QApplication, CJK font, translations")
    from libdesk.ui.shell import main_window  # noqa: F401
    step("import the main window (Qt namespace, menus' modules)")
    window = start.build_main_window(None)
    step("MainWindow(): menus, tab bar, empty page")
    window.show()
    QApplication.instance().processEvents()
    window.repaint()
    step("shell shown and painted")
    import sqlalchemy.orm  # noqa: F401 - the store's sessions; not SQLModel nor pydantic
    step("import SQLAlchemy (Core and ORM)")
    import libdesk.store  # noqa: F401
    import libdesk.services.facade  # noqa: F401
    step("import the store and the services' facade")
    services = start.open_services_or_explain(DATABASE)
    step("open the store (claim, schema check, engines, opening query)")
    from libdesk.ui.shell.tabs import TABS
    TABS[0].load()
    step("import the first tab (its models, service, widgets' modules)")
    window.attach(services)
    step("attach: build the first tab, ask for its first page")
    model = start._first_tab_models(window)[0]
    if not model.rowCount():
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    step("read the first page (worker thread) and hand it over")
    window.repaint()
    step("paint the rows")
    window.hide()
    services.close()


if __name__ == "__main__":
    floor() if MODE == "floor" else app()
