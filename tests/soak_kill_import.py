"""Soak test: kill -9 a 10,000-row import at random moments, many times.

    .venv/bin/python tests/soak_kill_import.py [--runs 500] [--rows 10000] [--database PATH]

Each run starts a separate Python process that imports ``rows`` contacts in one write
transaction (through the store, so the audit log is written too), kills it with SIGKILL after
a random delay, and checks that the database passes ``PRAGMA integrity_check`` and holds all
or none of that run's rows and audit rows. The suite's short version is
tests/store/test_crash_safety.py (50 kills, processes forked to save start-up time).
"""
from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def import_rows(path: str, rows: int, marker: str) -> None:
    """The child's work: ``rows`` contacts of branch 1 in ONE transaction (all or none)."""
    from sqlalchemy import insert

    from libdesk.models.branches.tables import BranchContact
    from libdesk.store import Store

    store = Store("sqlite:///" + path)
    store.session_info["actor"] = "soak"
    with store.write() as session:
        session.execute(insert(BranchContact), [
            {"branch_id": 1, "name": f"联系人{i:05d}", "role": "", "phone": f"0351{i:07d}",
             "email": "", "notes": marker, "is_primary": False} for i in range(rows)])
    store.close()


def inspect_run(path: str, marker: str) -> tuple[str, int, int]:
    """(integrity_check result, rows of this run, audit rows of this run)."""
    connection = sqlite3.connect(path, timeout=30)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = connection.execute("SELECT count(*) FROM branch_contact WHERE notes = ?",
                                  (marker,)).fetchone()[0]
        audited = connection.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'branch_contact' "
            "AND new_values LIKE ?", (f'%"notes": "{marker}"%',)).fetchone()[0]
    finally:
        connection.close()
    return integrity, rows, audited


def remove_run(path: str, marker: str) -> None:
    """Delete a completed run's contacts (plain SQL: the audit log keeps its history)."""
    connection = sqlite3.connect(path, timeout=30)
    with connection:
        connection.execute("DELETE FROM branch_contact WHERE notes = ?", (marker,))
    connection.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database", default=None)
    parser.add_argument("--child", nargs=2, metavar=("PATH", "MARKER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        import_rows(args.child[0], args.rows, args.child[1])
        return 0
    sys.path.insert(0, str(ROOT))
    from libdesk.services import open_services

    path = args.database or str(Path(tempfile.mkdtemp()) / "soak.sqlite")
    open_services(path).close()
    command = [sys.executable, __file__, "--rows", str(args.rows), "--child", path]
    started = time.monotonic()
    subprocess.run(command + ["calibrate"], check=True)
    full = time.monotonic() - started
    remove_run(path, "calibrate")
    outcomes = {"none": 0, "all": 0}
    for run in range(args.runs):
        marker = f"soak-{run}"
        child = subprocess.Popen(command + [marker])
        time.sleep(random.uniform(0, full * 1.1))
        child.send_signal(signal.SIGKILL)
        child.wait()
        integrity, rows, audited = inspect_run(path, marker)
        if integrity != "ok" or rows not in (0, args.rows) or audited != rows:
            print(f"run {run}: FAILED integrity={integrity} rows={rows} audited={audited}")
            return 1
        outcomes["all" if rows else "none"] += 1
        if rows:
            remove_run(path, marker)
    print(f"{args.runs} kills: {outcomes['none']} left nothing, {outcomes['all']} left every "
          f"row; integrity ok every time ({path})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
