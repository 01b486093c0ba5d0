"""Live between desks, for the writes that are not a record saved in a dialog: a catalogue
imported at another desk shows in this window's audit log (the import's one row: who
imported which file, how many records) with no refresh by hand — on PostgreSQL also when it
is ``libdesk catalogue import`` in a process of its own — and on SQLite a change made to the
file around LibDesk's audit log (another program) still reloads the open tab."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from libdesk.services import open_services
from tests.services.catalogue.generate import write_iso

WAIT_MS = 10_000  # a change shows within ~2 s by construction; a busy machine gets longer


@pytest.fixture
def window(qtbot, open_window, services):
    window = open_window(services)
    qtbot.waitUntil(lambda: window.live.feed.ready, timeout=WAIT_MS)
    return window


def audit_rows(tab) -> list[tuple[str, str]]:
    model = tab.model
    rows = [model.row(r) for r in range(model.rowCount())]
    return [(r.table_name, r.record_id) for r in rows if r is not None]


def import_elsewhere(db_path, path, *, process: bool) -> None:
    if process:
        done = subprocess.run([sys.executable, "-m", "libdesk", "catalogue", "import",
                               str(path), "--database", str(db_path)], capture_output=True,
                              text=True, timeout=120,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert done.returncode == 0, done.stderr
        return
    other = open_services(str(db_path))
    try:
        other.catalogue.import_file(path)
    finally:
        other.close()


@pytest.mark.parametrize("process", [
    pytest.param(False, id="another-desk"),
    pytest.param(True, id="command-line", marks=pytest.mark.postgresql_only)])
def test_a_catalogue_imported_elsewhere_shows_in_the_audit_log(
        qtbot, window, services, db_path, tmp_path, process):
    window.show_tab("audit")
    tab = window.tab("audit")
    assert ("catalog_title", "import") not in audit_rows(tab)
    write_iso(tmp_path / "馆藏书目.iso", 40)
    import_elsewhere(db_path, tmp_path / "馆藏书目.iso", process=process)
    qtbot.waitUntil(lambda: ("catalog_title", "import") in audit_rows(tab), timeout=WAIT_MS)
    row = next(tab.model.row(r) for r in range(tab.model.rowCount())
               if tab.model.row(r).record_id == "import")
    assert row.new_values["file"] == "馆藏书目.iso" and row.new_values["added"] == 40
    assert window.live.received >= 1


@pytest.mark.sqlite_only
def test_a_change_made_around_the_audit_log_reloads_the_open_tab(qtbot, window, db_path):
    window.show_tab("branches")
    branches = window.tab("branches")
    first = branches.model.row(0)
    with sqlite3.connect(db_path) as outside:  # another program, no audit row
        outside.execute("UPDATE branch SET name = ? WHERE id = ?",
                        (first.name + "（新址）", first.id))
    qtbot.waitUntil(lambda: any(branches.model.row(r).name == first.name + "（新址）"
                                for r in range(branches.model.rowCount())), timeout=WAIT_MS)
