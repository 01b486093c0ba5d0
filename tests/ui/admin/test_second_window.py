"""Issue 11: a second window on a database another window has open is refused with a clear
message naming who holds it; read-only commands still work beside the window, write commands
say which window holds the file."""
from __future__ import annotations

import pytest

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SECOND_WINDOW = """
import sys
from PySide6.QtWidgets import QMessageBox
from libdesk.app import create_application, open_services_or_explain
create_application()
QMessageBox.critical = lambda parent, title, text: print(title + "\\n" + text)
services = open_services_or_explain(sys.argv[1])
print("opened" if services is not None else "refused")
"""


# The SQLite file itself (its lock, -wal, copies): the shared server has no such file.
pytestmark = pytest.mark.sqlite_only


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          cwd=str(ROOT), timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))


def test_second_window_is_refused_naming_the_first(services, db_path):
    done = run("-c", SECOND_WINDOW, str(db_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("refused")
    assert "已在" in done.stdout and f"进程 {os.getpid()}" in done.stdout
    lock = db_path.with_name(db_path.name + ".lock")
    assert f'"pid": {os.getpid()}' in lock.read_text(encoding="utf-8")


def test_commands_beside_the_window_read_but_do_not_write(services, db_path):
    listed = run("-m", "libdesk.cli", "branches", "list", "--database", str(db_path))
    assert listed.returncode == 0 and "太原市老年公寓" in listed.stdout
    checked = run("-m", "libdesk.cli", "check", "--database", str(db_path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    refused = run("-m", "libdesk.cli", "mobile-service", "太原市老年公寓", "--month",
                  "2020-10", "--visits", "1", "--loans", "1", "--database", str(db_path))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert f"process {os.getpid()}" in refused.stderr
    assert "Make the change in that window" in refused.stderr


def test_the_lock_is_free_again_after_the_window_closes(services, db_path):
    services.close()
    done = run("-m", "libdesk.cli", "mobile-service", "太原市老年公寓", "--month", "2020-10",
               "--visits", "1", "--loans", "1", "--database", str(db_path))
    assert done.returncode == 0, done.stderr
    assert db_path.with_name(db_path.name + ".lock").read_text() == ""
