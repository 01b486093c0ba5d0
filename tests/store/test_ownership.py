"""The lock file beside an SQLite database: who holds it, re-entrant in one process, free
again when its holder is gone, and — where the disk cannot lock — stale by process id."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from libdesk.store import ownership
from libdesk.store.ownership import COMMAND, WINDOW

ROOT = Path(__file__).resolve().parents[2]


def lock_text(database: Path, **fields) -> None:
    data = {"host": socket.gethostname(), "pid": 0, "user": "someone", "kind": WINDOW,
            "since": "2026-01-01 08:00", "program": ""} | fields
    ownership.lock_path(database).write_text(json.dumps(data), encoding="utf-8")


def test_claim_names_the_holder_and_is_reentrant(tmp_path):
    database = tmp_path / "x.sqlite"
    assert ownership.try_claim(database, WINDOW) is None
    assert ownership.try_claim(database, COMMAND) is None  # same process: shared
    holder = ownership.read_holder(database)
    assert holder.pid == os.getpid() and holder.kind == WINDOW
    ownership.release(database)
    assert ownership.held_here(database)
    ownership.release(database)
    assert not ownership.held_here(database)
    assert ownership.lock_path(database).read_text() == ""


def test_another_process_is_refused_until_the_holder_exits(tmp_path):
    database = tmp_path / "x.sqlite"
    assert ownership.try_claim(database, WINDOW) is None
    code = ("import sys; from pathlib import Path; from libdesk.store import ownership; "
            "h = ownership.try_claim(Path(sys.argv[1]), 'command'); "
            "print('free' if h is None else f'held by {h.pid} {h.kind}')")
    run = lambda: subprocess.run([sys.executable, "-c", code, str(database)], cwd=str(ROOT),
                                 capture_output=True, text=True).stdout.strip()
    assert run() == f"held by {os.getpid()} window"
    ownership.release(database)
    assert run() == "free"


def test_a_dead_holders_lock_file_is_taken_over(tmp_path):
    database = tmp_path / "x.sqlite"
    lock_text(database, pid=999_999_999)  # written by a process that died (no lock held)
    assert ownership.try_claim(database, WINDOW) is None
    assert ownership.read_holder(database).pid == os.getpid()
    ownership.release(database)


def test_without_file_locking_the_holder_process_decides(tmp_path, monkeypatch):
    database = tmp_path / "x.sqlite"
    monkeypatch.setattr(ownership, "_lock", lambda fd: None)  # e.g. a disk without locks
    lock_text(database, pid=os.getppid())  # alive, this host
    assert ownership.try_claim(database, WINDOW).pid == os.getppid()
    lock_text(database, pid=999_999_999)  # gone: stale
    assert ownership.try_claim(database, WINDOW) is None
    ownership.release(database)
    lock_text(database, host="another-desk", pid=1)  # another host: cannot tell, refused
    assert ownership.try_claim(database, WINDOW).host == "another-desk"


def test_a_folder_that_cannot_hold_the_lock_file_is_a_read_only_store(tmp_path, monkeypatch):
    import errno

    import pytest

    from libdesk.models.errors import StoreFailure
    from libdesk.services import COMMAND as READER
    from libdesk.services import open_services

    database = tmp_path / "x.sqlite"
    open_services(str(database)).close()

    def refuse(*_args):
        raise PermissionError(errno.EACCES, "Permission denied", str(database) + ".lock")

    monkeypatch.setattr(ownership, "try_claim", refuse)
    with pytest.raises(StoreFailure) as failed:
        open_services(str(database))
    assert failed.value.kind == "readonly"
    reader = open_services(str(database), claim=READER)  # reading still works
    try:
        assert reader.branches.lookup("太原市老年公寓") is not None
    finally:
        reader.close()


def test_a_command_reads_any_file_name_without_claiming_it(tmp_path):
    from libdesk.services import COMMAND as READER
    from libdesk.services import open_services

    database = tmp_path / "a b#1%?" / "数据 库.sqlite"
    open_services(str(database)).close()
    reader = open_services(str(database), claim=READER)
    try:
        assert not reader.store.claimed  # read-only: it cannot delete a window's -wal
        assert reader.branches.lookup("太原市老年公寓") is not None
    finally:
        reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a b#1%?"]
