"""``services.live``: the bulk writes of another desk — a catalogue import (one audit row for
the whole import), a donor workbook (bulk statements) — reach this desk's feed on both
engines; on SQLite a change that wrote no audit row at all (another program on the file)
still arrives, as "everything may have changed", and this desk's own writes never do.
On PostgreSQL the import also runs as ``libdesk catalogue import`` in a process of its own."""
from __future__ import annotations

import os
import queue
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from libdesk.cli import main
from libdesk.store.changes import ALL_AREAS, DeskChange
from tests.services.catalogue.generate import write_iso
from tests.services.volunteers.helpers import add_activity, add_volunteers

WAIT_S = 10  # a change arrives within about a second; a busy machine gets longer


@pytest.fixture
def changes(services):
    arrived: queue.Queue = queue.Queue()
    services.live.watch(arrived.put, interval=0.2)
    yield arrived
    services.live.stop_all()


def until_areas(changes: queue.Queue, *areas: str) -> DeskChange:
    """The first change naming all of ``areas`` (earlier ones are skipped)."""
    while True:
        change = changes.get(timeout=WAIT_S)
        if set(areas) <= change.areas:
            return change


def nothing_more(changes: queue.Queue, seconds: float = 1.0) -> list[DeskChange]:
    seen = []
    try:
        while True:
            seen.append(changes.get(timeout=seconds))
    except queue.Empty:
        return seen


def test_a_catalogue_import_at_another_desk_arrives(services, other_desk, changes, tmp_path):
    write_iso(tmp_path / "catalogue.iso", 50)
    report = other_desk.catalogue.import_file(tmp_path / "catalogue.iso")
    assert report.added == 50
    until_areas(changes, "distribution", "audit")


def test_a_donor_workbook_imported_at_another_desk_arrives(services, other_desk, changes,
                                                           tmp_path, db_path):
    other_desk.donor_files.template(tmp_path / "donors.xlsx")
    report = other_desk.donor_files.import_file(tmp_path / "donors.xlsx")
    assert report.donors_added == 1
    until_areas(changes, "donors", "donations")


def test_hours_entered_in_bulk_at_another_desk_arrive(services, other_desk, changes):
    """One bulk INSERT (on SQLite the audit's own executemany, store/audit_bulk.py)."""
    volunteers, activity = add_volunteers(other_desk, 3), add_activity(other_desk)
    assert other_desk.hours.bulk_add(activity, volunteers, date(2020, 11, 14), 200) == 3
    until_areas(changes, "hours")


def test_this_desks_own_bulk_writes_are_not_reported(services, changes, tmp_path):
    volunteers, activity = add_volunteers(services, 3), add_activity(services)
    services.hours.bulk_add(activity, volunteers, date(2020, 11, 14), 200)
    write_iso(tmp_path / "catalogue.iso", 20)
    services.catalogue.import_file(tmp_path / "catalogue.iso")
    services.donor_files.template(tmp_path / "donors.xlsx")
    services.donor_files.import_file(tmp_path / "donors.xlsx")
    with services.store.write() as session:  # a write of its own that leaves no audit row
        session.execute(text("UPDATE number_counter SET last_value = last_value"))
    assert nothing_more(changes) == []


@pytest.mark.sqlite_only
def test_a_change_that_wrote_no_audit_row_arrives_as_every_area(services, changes, db_path):
    """Another program writing the file (here: plain sqlite3, around the audit log)."""
    with sqlite3.connect(db_path) as outside:
        outside.execute("UPDATE branch SET name = name || '（改）' WHERE id = "
                        "(SELECT min(id) FROM branch)")
    change = changes.get(timeout=WAIT_S)
    assert change.areas == ALL_AREAS | {"audit"}
    assert nothing_more(changes) == []  # once


@pytest.mark.postgresql_only
def test_libdesk_catalogue_import_in_another_process_arrives(services, changes, tmp_path,
                                                             db_path):
    write_iso(tmp_path / "catalogue.iso", 30)
    done = subprocess.run([sys.executable, "-m", "libdesk", "catalogue", "import",
                           str(tmp_path / "catalogue.iso"), "--database", str(db_path)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    until_areas(changes, "distribution", "audit")


@pytest.mark.sqlite_only
def test_libdesk_catalogue_import_beside_a_window_is_refused_on_sqlite(services, tmp_path,
                                                                       db_path, capsys):
    """One process owns an SQLite file (store/ownership.py): the command says so and changes
    nothing; the window's own Tools → Import the library catalogue… is the way there."""
    assert isinstance(db_path, Path)
    write_iso(tmp_path / "catalogue.iso", 30)
    done = subprocess.run([sys.executable, "-m", "libdesk", "catalogue", "import",
                           str(tmp_path / "catalogue.iso"), "--database", str(db_path)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 2 and "nothing was changed" in done.stderr
    assert main(["catalogue", "count", "--database", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == "0"
