"""One process at a time may change an SQLite database file: a lock file beside it.

Why: on Linux and macOS SQLite's own locks are POSIX ``fcntl`` locks, and a process loses
*all* of them on a file as soon as it closes *any* descriptor of that file (a file dialog
sniffing file types, a copy, a hash). Another process that then connects and disconnects
believes it was the last one, checkpoints and deletes the ``-wal`` file, and the first
process's later commits are lost. So LibDesk never lets two processes open the file for
writing at once: the writer holds ``<database>.lock`` (``flock`` on POSIX, a byte lock on
Windows — neither is dropped by other descriptors being closed), and every other LibDesk
process opens the database read-only (``mode=ro``), which cannot delete the ``-wal``.

The lock file names who holds it (host, process id, operating-system user, window or command,
since when), GnuCash style. A lock whose holder died is free again (the operating system drops
a dead process's lock); where the file system cannot lock, a holder on this host whose process
no longer runs is taken as stale.
"""
from __future__ import annotations

import atexit
import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

WINDOW, COMMAND = "window", "command"
_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows locks a byte far past the text, which stays readable


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    user: str
    kind: str  # WINDOW or COMMAND
    since: str
    program: str = ""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def me(kind: str) -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    program = " ".join(Path(sys.argv[0]).name.split()[:1] + sys.argv[1:3]) if sys.argv else ""
    return Holder(socket.gethostname(), os.getpid(), user, kind,
                  datetime.now().strftime("%Y-%m-%d %H:%M"), program)


def read_holder(database: Path) -> Holder | None:
    """Who the lock file says holds ``database`` (it may be stale)."""
    try:
        text = lock_path(database).read_text(encoding="utf-8")
        data = json.loads(text[:4096] or "{}")
        return Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError):
        return None


class _Lock:
    """One held lock file (shared by every Store of this process on the same database)."""

    def __init__(self, fd: int, holder: Holder) -> None:
        self.fd, self.holder, self.count = fd, holder, 1


_HELD: dict[str, _Lock] = {}
_AT_EXIT = None


def _key(database: Path) -> str:
    return os.path.normcase(os.path.realpath(database))


def held_here(database: Path) -> bool:
    return _key(database) in _HELD


def try_claim(database: Path, kind: str) -> Holder | None:
    """Take the lock; None on success, else who holds it. Re-entrant within a process."""
    key = _key(database)
    held = _HELD.get(key)
    if held is not None:
        held.count += 1
        return None
    path = lock_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    try:
        locked = _lock(fd)
    except OSError:
        os.close(fd)
        raise
    by_text = locked is None
    if by_text:  # the file system cannot lock: fall back to the holder's process id
        other = read_holder(database)
        locked = other is None or _stale(other)
    if not locked:
        os.close(fd)
        return read_holder(database) or Holder("?", 0, "?", COMMAND, "?")
    holder = me(kind)
    _write(fd, holder, durable=by_text)
    global _AT_EXIT
    if not _AT_EXIT:
        _AT_EXIT = atexit.register(_release_all)  # a command that never closes its store
    _HELD[key] = _Lock(fd, holder)
    return None


def release(database: Path) -> None:
    key = _key(database)
    held = _HELD.get(key)
    if held is None:
        return
    held.count -= 1
    if held.count > 0:
        return
    del _HELD[key]
    try:
        os.ftruncate(held.fd, 0)  # a released lock file names nobody
        if sys.platform.startswith("win"):  # Windows wants its byte lock undone first
            import msvcrt

            os.lseek(held.fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(held.fd, msvcrt.LK_UNLCK, 1)
    except OSError:
        pass
    os.close(held.fd)  # closing drops the lock


def _release_all() -> None:
    for key in list(_HELD):
        _HELD[key].count = 1
        release(Path(key))


def _lock(fd: int) -> bool | None:
    """True: locked; False: someone else holds it; None: this file system cannot lock."""
    if sys.platform.startswith("win"):
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
            return None
        raise
    return True


def _write(fd: int, holder: Holder, *, durable: bool) -> None:
    """The holder's text. Under the operating system's lock it only names the holder in
    messages: written, not forced to the disk (that fsync was some 4 ms of every start, before
    the first read). Where the file system cannot lock, the text is the lock: ``durable``
    forces it to the disk (or the file server) before the claim counts."""
    data = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data + b"\n")
    if durable:
        os.fsync(fd)


def _stale(holder: Holder) -> bool:
    """A holder on this host whose process is gone (used only where locking does not work)."""
    if holder.host != socket.gethostname():
        return False
    return not _alive(holder.pid)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
