"""Issue 12 item 6: a long import holds the database while ``libdesk mobile-service`` runs;
the latter waits and succeeds, or — past its bound — fails with the plain message and exit
code 2, never a traceback, and nothing is lost.

The import is real (``donors import`` of a workbook through the services); only its insert is
held open until the test has seen the other command waiting, so nothing depends on timing."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.services.phases import HOLDER

# The SQLite file itself (its lock, -wal, copies): the shared server has no such file.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
HOLDING_IMPORT = """
import sys, time
from pathlib import Path
from libdesk.services import COMMAND, open_services
from libdesk.store.database import Store

database, workbook, hold, go = sys.argv[1:5]
real_begin = Store._begin_write

def begin_and_hold(self):
    session = real_begin(self)
    Path(hold).touch()  # the write lock is ours: let the test start the other command
    while not Path(go).exists():
        time.sleep(0.05)
    return session

Store._begin_write = begin_and_hold
services = open_services(database, claim=COMMAND)
report = services.donor_files.import_file(Path(workbook))
print("imported", report.donors_added)
"""


def start(args: list[str], env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=str(ROOT),
                            env=dict(os.environ, PYTHONPATH=str(ROOT), **(env or {})))


def wait_for(condition, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + 120  # a safety net against a hung test, not an assertion
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"{what}: process ended early: {process.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def workbook(db_path, tmp_path) -> Path:
    path = tmp_path / "donors.xlsx"
    done = subprocess.run([sys.executable, "-m", "libdesk.cli", "donors", "template",
                           str(path), "--database", str(db_path)], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert done.returncode == 0, done.stderr
    return path


def mobile_rows(db_path: Path) -> int:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute("SELECT count(*) FROM mobile_service WHERE year = 2020 "
                                  "AND month = 10").fetchone()[0]
    finally:
        connection.close()


def run_beside_import(db_path, workbook, tmp_path, env=None):
    hold, go = tmp_path / "holding", tmp_path / "go"
    importer = start(["-c", HOLDING_IMPORT, str(db_path), str(workbook), str(hold), str(go)])
    wait_for(hold.exists, "the import to hold the write lock", importer)
    mobile = start(["-m", "libdesk.cli", "mobile-service", "太原市老年公寓", "--month",
                    "2020-10", "--visits", "120", "--loans", "300", "--database",
                    str(db_path)], env)
    first = mobile.stderr.readline()  # "waiting for … to finish…", or its final message
    if env:  # a short bound: it gives up while the import still holds the lock
        mobile.wait(timeout=120)
    go.touch()
    out, err = mobile.communicate(timeout=300)
    imported = importer.communicate(timeout=300)
    return importer.returncode, imported, mobile.returncode, first + err


def test_mobile_service_waits_for_the_import_and_succeeds(db_path, workbook, tmp_path):
    import_rc, imported, rc, err = run_beside_import(db_path, workbook, tmp_path)
    assert import_rc == 0, imported[1]
    assert "imported 1" in imported[0]
    assert "waiting for" in err and "Traceback" not in err
    assert rc == 0
    assert mobile_rows(db_path) == 1


def test_past_its_bound_it_fails_plainly_and_nothing_is_lost(db_path, workbook, tmp_path):
    import_rc, imported, rc, err = run_beside_import(
        db_path, workbook, tmp_path, env={"LIBDESK_WAIT_SECONDS": "1"})
    assert rc == 2 and "Traceback" not in err
    assert "is being changed by the command" in err and "Nothing was changed" in err
    assert import_rc == 0 and "imported 1" in imported[0]  # the import itself is whole
    assert mobile_rows(db_path) == 0  # refused before writing anything


def catalogue_file(tmp_path) -> Path:
    from tests.services.catalogue.generate import write_iso

    path = tmp_path / "catalogue.iso"
    write_iso(path, 50)
    return path


@pytest.mark.parametrize("kind", ["donors", "catalogue"])
def test_an_import_meeting_a_busy_database_waits_or_fails_plainly_and_keeps_its_file(
        db_path, workbook, tmp_path, kind):
    path = workbook if kind == "donors" else catalogue_file(tmp_path)
    before = path.read_bytes()
    importing = ["-m", "libdesk.cli", kind, "import", str(path), "--database", str(db_path)]
    for bounded in (True, False):
        ready, go = tmp_path / f"ready{bounded}", tmp_path / f"go{bounded}"
        holder = start(["-c", HOLDER, str(db_path), str(ready), str(go)])
        importer = None
        try:
            wait_for(ready.exists, "the other command to own the database", holder)
            env = {"LIBDESK_WAIT_SECONDS": "1"} if bounded else None
            importer = start(importing, env)
            if bounded:  # gives up while the other command still holds the database
                out, err = importer.communicate(timeout=300)
                assert importer.returncode == 2, err
                assert "Traceback" not in err and "your input is kept" in err
                assert "is being changed by the command" in err
            else:  # waits, says so, and goes on once the other command has finished
                seen = ""
                while "waiting for" not in seen.lower():  # after the file's progress lines
                    line = importer.stderr.readline()
                    assert line, f"ended without saying it waits: {seen}"
                    seen += line
                go.touch()
                out, err = importer.communicate(timeout=300)
                assert importer.returncode == 0, err
                assert "Traceback" not in err
                assert ("added 1" if kind == "donors" else "added 50") in out
        finally:  # never leave either process behind, whatever failed
            go.touch()
            for process in (importer, holder):
                if process is not None and process.poll() is None:
                    try:
                        process.wait(timeout=60)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait()
    assert path.read_bytes() == before  # the input file is never touched
