"""Issue 11: no write is lost when the window's process drops its own POSIX locks on the
database file while the CLI backs up and imports beside it (see lock_trap.py)."""
from __future__ import annotations

import sqlite3

import pytest

from tests.store.lock_trap import make_workbook, run_round


# The SQLite file itself (its lock, -wal, copies): the shared server has no such file.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def workbook(template_db, tmp_path_factory):
    return make_workbook(template_db, tmp_path_factory.mktemp("trap") / "donors.xlsx")


@pytest.mark.parametrize("round_no", range(5))
def test_no_write_is_lost_beside_backup_and_import(db_path, tmp_path, workbook, round_no):
    seen = run_round(db_path, workbook, tmp_path / "copy.sqlite", f"r{round_no}")
    assert seen["missing"] == [], "writes were lost"
    assert seen["integrity"] == ["ok", "ok"]
    assert seen["wal_kept"], "the -wal file was unlinked while the window held it"
    assert seen["backup"].returncode == 0, seen["backup"].stderr
    assert "Traceback" not in seen["import"].stderr
    # the import is refused (the window owns the file) and names who holds it
    assert seen["import"].returncode == 2
    assert "is open in the LibDesk window" in seen["import"].stderr
    copy = sqlite3.connect(tmp_path / "copy.sqlite")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM donor WHERE name LIKE ?",
                            (f"r{round_no}-前%",)).fetchone()[0] == 3
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.part"))
