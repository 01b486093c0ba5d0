"""What starting LibDesk imports, up to the first tab's rows on screen, and after.

The start path runs in a fresh interpreter, as ``libdesk.app.run`` starts: the shell shown,
the store opened in a worker thread, the tabs attached, until the first tab's table has rows.
The document, spreadsheet, signing and password libraries are imported only by the functions
that print, export, import, sign, verify or check a password, so none of them may be loaded
by then, nor when the other services are made in the background afterwards; and the shell
itself is on screen before the ORM is imported."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ["openpyxl", "xlsxwriter", "python_calamine", "reportlab", "qrcode", "segno",
         "cryptography", "argon2", "pymarc", "pypinyin", "PIL", "lxml", "alembic"]

START = r"""
import json, sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QTableView
from libdesk.app import (build_main_window, create_application, open_services_or_explain,
                         prepare_when_idle)

app = create_application([])
window = build_main_window(None)
window.show()
app.processEvents()
shell = sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)
services = open_services_or_explain(sys.argv[1], off_thread=True)
window.attach(services)
prepared = prepare_when_idle(window, services)
deadline = time.monotonic() + 60
while True:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    views = [v for v in window.tabs.currentWidget().findChildren(QTableView)
             if v.model() is not None and v.model().rowCount() > 0]
    if views or time.monotonic() > deadline:
        break
    time.sleep(0.005)
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2:]))
while not prepared.is_set() and time.monotonic() < deadline:  # the services made meanwhile
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    time.sleep(0.005)
from libdesk.services.facade import SERVICES
print(json.dumps({"tab": window.tabs.currentWidget().key, "rows": bool(views),
                  "shell": shell, "loaded": loaded, "made": sorted(vars(services)),
                  "services": sorted(SERVICES), "then": sorted(
                      {name.split(".")[0] for name in sys.modules} & set(sys.argv[2:]))}))
window.hide()
services.close()
"""


def start(database, tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("LIBDESK_DATABASE", None)
    done = subprocess.run([sys.executable, "-c", START, str(database), *HEAVY], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_tab_shows_its_rows_without_the_document_and_password_libraries(
        db_path, tmp_path):
    outcome = start(db_path, tmp_path)
    assert outcome["tab"] == "branches" and outcome["rows"]  # the seeded branches, on screen
    assert outcome["shell"] == []  # the window was up before the ORM was imported
    assert outcome["loaded"] == []


def test_once_the_rows_are_on_screen_every_service_is_made_still_without_them(
        db_path, tmp_path):
    outcome = start(db_path, tmp_path)
    assert set(outcome["services"]) <= set(outcome["made"])  # no tab waits for its service
    assert outcome["then"] == []  # printing, exports and passwords import theirs when used
