"""Crash safety: kill -9 at random moments of a 10,000-row import (a short run of 5 in the
suite), and two processes writing at once without "database is locked" reaching anyone.

Children are forked from the test process (start-up would otherwise dominate the run time);
the soak, tests/soak_kill_import.py, is the long version (500 kills by default, separately
started processes): run it by hand after changing the store or an import."""
from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback

import pytest

from libdesk.services.base import ListQuery

from tests.soak_kill_import import import_rows, inspect_run, remove_run

ROWS = 10_000
KILLS = 5

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def fork(work) -> int:
    pid = os.fork()
    if pid == 0:  # child: do the work, never return into pytest
        code = 0
        try:
            work()
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    return pid


def exit_code(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.sqlite_only
def test_kill_9_during_a_10000_row_import_leaves_all_or_nothing(db_path):
    path = str(db_path)
    started = time.monotonic()
    assert exit_code(fork(lambda: import_rows(path, ROWS, "calibrate"))) == 0
    full = time.monotonic() - started  # only to spread the kills over the import
    assert inspect_run(path, "calibrate") == ("ok", ROWS, ROWS)
    remove_run(path, "calibrate")
    rng = random.Random(9)
    seen = set()
    for run in range(KILLS):
        marker = f"kill-{run}"
        pid = fork(lambda: import_rows(path, ROWS, marker))
        time.sleep(rng.uniform(0, full * 1.05))
        os.kill(pid, signal.SIGKILL)
        exit_code(pid)
        integrity, rows, audited = inspect_run(path, marker)
        assert integrity == "ok", f"run {run}"
        assert rows in (0, ROWS), f"run {run}: {rows} rows"
        assert audited == rows, f"run {run}: {audited} audit rows for {rows} rows"
        seen.add(rows)
        if rows:
            remove_run(path, marker)
    assert 0 in seen  # at least some kills landed before the commit


def test_two_processes_writing_at_once_never_see_database_is_locked(db_path):
    from libdesk.services import COMMAND, open_services

    def writer(name: str) -> None:  # two commands: the second waits for the first
        services = open_services(str(db_path), claim=COMMAND)
        for i in range(100):
            services.settings.set(f"backup.keep_{name}", i)
        services.close()

    pids = [fork(lambda: writer("daily")), fork(lambda: writer("weekly"))]
    assert [exit_code(pid) for pid in pids] == [0, 0]
    services = open_services(str(db_path))
    try:
        assert services.settings.get("backup.keep_daily") == 99
        assert services.settings.get("backup.keep_weekly") == 99
        for key in ("backup.keep_daily", "backup.keep_weekly"):
            logged = services.audit.count(ListQuery(filters={"table": "app_setting",
                                                             "record": key}))
            assert logged == 100  # one insert and 99 updates, none lost
    finally:
        services.close()
