"""The POSIX lock trap of issue 11 as one reusable round (the suite runs it 5 times,
tests/soak_posix_lock_trap.py 50 times).

A process holds the database through ``open_services``, reads and writes, then opens and
closes the database file through Qt's file-type detection and plain ``open()`` — on Linux and
macOS that drops every SQLite lock the process had on the file. A second process runs
``libdesk backup`` and ``libdesk donors import``; the first writes again. Then a fresh
connection must see every row, ``PRAGMA integrity_check`` must be ok, and the ``-wal`` file
must never have been unlinked while the first process held it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "libdesk.cli", *args], capture_output=True,
                          text=True, env=env, cwd=str(ROOT), timeout=300)


def run_round(database: Path, workbook: Path, backup: Path, marker: str) -> dict:
    """One round; returns what was seen (the caller asserts)."""
    from PySide6.QtCore import QMimeDatabase

    from libdesk.models.donations.rules import DonorInput
    from libdesk.services import open_services
    from libdesk.services.base import ListQuery

    services = open_services(str(database))
    names = []
    wal = Path(f"{database}-wal")
    try:
        for i in range(3):
            names.append(f"{marker}-前{i}")
            services.donors.save(DonorInput(name=names[-1]))
        services.donors.count(ListQuery())
        inode = wal.stat().st_ino
        QMimeDatabase().mimeTypeForFile(str(database))  # what a file dialog does
        with open(database, "rb") as handle:  # a copy, a hash, a size probe by reading
            handle.read(100)
        backed_up = cli("backup", "-o", str(backup), "--database", str(database))
        imported = cli("donors", "import", str(workbook), "--database", str(database))
        wal_kept = wal.exists() and wal.stat().st_ino == inode
        for i in range(3):
            names.append(f"{marker}-后{i}")
            services.donors.save(DonorInput(name=names[-1]))
        wal_kept = wal_kept and wal.exists() and wal.stat().st_ino == inode
        held_view = fresh_view(database, marker)  # another process, while the window is open
    finally:
        services.close()
    integrity, found = fresh_view(database, marker)
    return {"integrity": [held_view[0], integrity],
            "missing": sorted(set(names) - held_view[1]) + sorted(set(names) - found),
            "wal_kept": wal_kept, "backup": backed_up, "import": imported}


def fresh_view(database: Path, marker: str) -> tuple[str, set[str]]:
    """integrity_check and this round's donor names, seen by a fresh connection in another
    process (read-only, so the look itself cannot disturb the -wal file)."""
    code = ("import json, sqlite3, sys\n"
            "c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n"
            "i = c.execute('PRAGMA integrity_check').fetchone()[0]\n"
            "n = [r[0] for r in c.execute('SELECT name FROM donor WHERE name LIKE ?', "
            "(sys.argv[2] + '-%',))]\n"
            "print(json.dumps([i, n]))\n")
    done = subprocess.run([sys.executable, "-c", code, Path(database).as_posix(), marker],
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        return done.stderr.strip()[-200:], set()
    integrity, names = json.loads(done.stdout)
    return integrity, set(names)


def make_workbook(database: Path, path: Path) -> Path:
    """A valid donors workbook (the import template with its example row)."""
    done = cli("donors", "template", str(path), "--database", str(database))
    assert done.returncode == 0, done.stderr
    return path
