"""The store: one database, its sessions, and opening it safely.

``Store.open(url)`` creates a missing SQLite file, refuses a database written by a newer
LibDesk (leaving it untouched), and upgrades an older one after copying it with SQLite's
online backup API. Services then use ``store.read()`` and ``store.write()``.

One process at a time changes an SQLite file (``ownership``): a window claims it when it
opens; a command opens it read-only and claims it at its first write, waiting for another
command to finish, refusing when a window holds it. Until claimed, the engine is read-only
(``mode=ro``), which cannot delete the ``-wal`` file a window still needs.

Failures of the database itself become ``StoreFailure`` (``failures``); the serious ones
mark the store failed, and every later write is refused with the same message.
"""
from __future__ import annotations

import errno
import math
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError
from sqlalchemy.orm import Session

from libdesk.models.errors import QT_TRANSLATE_NOOP, StoreFailure
from libdesk.store import failures, interrupt, migrate, ownership
from libdesk.store.audit import AuditedSession  # every session writes the audit log
from libdesk.store.changes import new_desk_id  # every write says what it changed
from libdesk.store.engine import WRITE_OPTION, display_url, make_engine, sqlite_path, wait_limit
from libdesk.store.errors import DatabaseTooNew, DatabaseUnreadable
from libdesk.store.ownership import COMMAND, WINDOW


WAITING_FOR_COMMAND = QT_TRANSLATE_NOOP(
    "Progress", "Waiting for another LibDesk command to finish with the database…")
WAITING_FOR_DATABASE = QT_TRANSLATE_NOOP("Progress", "The database is busy; waiting…")


class Store:
    def __init__(self, url: str, claim: str = WINDOW) -> None:
        self.url = url
        self.claim_kind = claim
        self.created = False  # True when open() made a new, empty database
        self.upgrade_backup: Path | None = None
        self.upgraded = False  # True when open() brought the schema up to date
        # ``desk``: this Store, for the other desks' live refresh (store/changes.py)
        self.session_info: dict[str, Any] = {"desk": new_desk_id()}
        self.failed: StoreFailure | None = None
        self.wait_seconds = wait_limit()
        self.wait_reporter: Callable[[str], None] | None = None  # "still waiting…" lines
        self._local = threading.local()
        self.claimed = self.path is None  # only database files need the lock
        self._identity: tuple[int, int] | None = None
        self._wal: bool | None = None
        self._set_engines(read_only=not self.claimed)
        failures.last_opened = self.where

    @property
    def path(self) -> Path | None:
        path = sqlite_path(self.url)
        return Path(path) if path else None

    @property
    def display_url(self) -> str:
        """The URL for the window and messages: a password in it is shown as ***."""
        return display_url(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def where(self) -> str:
        """The file, or the server URL without its password (for messages)."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def _set_engines(self, *, read_only: bool) -> None:
        self.engine = make_engine(self.url, read_only=read_only)
        event.listen(self.engine, "before_cursor_execute", interrupt.refuse_cancelled)
        self._write_engine = self.engine.execution_options(**{WRITE_OPTION: True})

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, upgrade: bool = True, claim: str = WINDOW) -> "Store":
        store = cls(url, claim)
        try:
            store._prepare(upgrade)
        except Exception:
            store.close()
            raise
        return store

    def _prepare(self, upgrade: bool) -> None:
        from libdesk.store.postgres_upgrade import upgrade_lock

        with upgrade_lock(self.engine):  # PostgreSQL: one desk migrates, the others wait
            self._prepare_locked(upgrade)

    def _prepare_locked(self, upgrade: bool) -> None:
        path = self.path
        if path is not None:
            self.created = not path.exists() or path.stat().st_size == 0
            if self.created:
                path.parent.mkdir(parents=True, exist_ok=True)
            else:  # before anything can change the file (a WAL switch rewrites its header)
                _refuse_newer_before_connecting(path)
            if self.created or self.claim_kind == WINDOW:
                self.claim()
        try:
            with self.engine.connect() as connection:
                has_tables = bool(inspect(connection).get_table_names())
                current = migrate.current_revisions(connection)
        except DatabaseError as exc:
            raise DatabaseUnreadable(self.where, str(exc.orig)) from exc
        if not self.created and not has_tables:
            self.created = True
        unknown = migrate.unknown_revisions(current)
        if unknown:
            raise DatabaseTooNew(self.where, unknown)
        if has_tables and not current:
            raise DatabaseUnreadable(self.where, "no LibDesk schema version")
        if not upgrade or migrate.is_current(current):
            return
        self.claim()
        if not self.created and path is not None:
            self.upgrade_backup = self.backup_to(_upgrade_backup_name(path))
        elif not self.created and self.dialect == "postgresql":
            from libdesk.store.postgres_upgrade import dump_before_upgrade

            self.upgrade_backup = dump_before_upgrade(self.url)
        migrate.upgrade(self.engine)
        self.upgraded = True
        self._remember_file()

    # -- owning the file -------------------------------------------------------------------
    def claim(self, *, wait: bool = True) -> None:
        """Own the database file (see ``ownership``), or raise ``DatabaseHeld``. Another
        command's claim is waited for (up to ``wait_seconds``); a window's is not."""
        if self.claimed:
            return
        path = self.path
        start = time.monotonic()
        delay, reported = 0.05, -10.0
        limit = self.wait_seconds if self.claim_kind == COMMAND else min(self.wait_seconds, 15)
        while True:
            try:
                holder = ownership.try_claim(path, self.claim_kind)
            except OSError as exc:  # the folder cannot hold the lock file: it is read-only
                if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise
                raise failures.failure(failures.READONLY, self.where) from exc
            if holder is None:
                break
            waited = time.monotonic() - start
            if holder.kind == WINDOW or not wait or waited >= limit:
                raise failures.DatabaseHeld(self.where, holder,
                                            opening_window=self.claim_kind == WINDOW,
                                            seconds=math.ceil(limit))
            if waited - reported >= 5:
                reported = waited
                self._report(WAITING_FOR_COMMAND, f"waiting for {holder.program or holder.kind} "
                             f"(process {holder.pid}) to finish…")
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
        old = self.engine
        self._set_engines(read_only=False)
        old.dispose()
        self.claimed = True
        self._remember_file()

    @contextmanager
    def reporting_waits(self, report: Callable[[str], None] | None) -> Iterator[None]:
        """While inside, waits of this thread are told to ``report(message)`` (a Progress:
        the message is a template of context "Progress"; raising Cancelled stops the wait)."""
        previous = getattr(self._local, "report", None)
        self._local.report = report
        try:
            yield
        finally:
            self._local.report = previous

    def _report(self, template: str, line: str) -> None:
        report = getattr(self._local, "report", None)
        if report is not None:
            report(template)
        elif self.wait_reporter is not None:
            self.wait_reporter(line)

    def may_write(self) -> bool:
        """Whether writing is possible now without waiting (owning the file if nobody does)."""
        if self.failed is not None:
            return False
        try:
            self.claim(wait=False)
        except failures.DatabaseHeld:
            return False
        return True

    def _remember_file(self) -> None:
        path = self.path
        if path is not None and path.exists():
            stat = path.stat()
            self._identity = (stat.st_dev, stat.st_ino)

    # -- sessions --------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read session. Inside ``services.reads.cancellable(token)`` the statement it runs
        stops when the token is cancelled, and the read raises ``interrupt.ReadCancelled``."""
        with self._guard(), AuditedSession(self.engine, expire_on_commit=False) as session:
            session.info.update(self.session_info)
            with interrupt.watched(session):
                yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on SQLite): all of it commits, or none.
        A busy database is waited for; a failed store refuses at once."""
        if self.failed is not None:
            raise self.failed
        import libdesk.models.registry  # noqa: F401 - every table, before the first flush

        self.claim()
        with self._guard():
            session = self._begin_write()
            try:
                self._check_file(session)
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def _begin_write(self) -> Session:
        """A session inside BEGIN IMMEDIATE, retried with backoff while another connection
        of this process (or a checkpoint) holds the write lock, up to ``wait_seconds``."""
        start, delay = time.monotonic(), 0.1
        while True:
            session = AuditedSession(self._write_engine, expire_on_commit=False)
            session.info.update(self.session_info)
            session.begin()
            try:
                session.connection()  # runs BEGIN IMMEDIATE now, before the caller's work
                return session
            except DBAPIError as exc:
                session.close()
                kind = failures.sqlite_kind(exc.orig)
                waited = time.monotonic() - start
                if kind != failures.BUSY or waited >= self.wait_seconds:
                    raise
                self._report(WAITING_FOR_DATABASE, "the database is busy; waiting…")
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    def _check_file(self, session: Session) -> None:
        """Refuse to write into a database file that was deleted or replaced under us (its
        writes would vanish when LibDesk closes)."""
        path = self.path
        if path is None:
            return
        try:
            stat = path.stat()
        except FileNotFoundError:
            raise self._mark(failures.failure(failures.DELETED, self.where)) from None
        if self._identity is None:
            self._identity = (stat.st_dev, stat.st_ino)
        if self._wal is None:
            mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
            self._wal = str(mode).lower() == "wal"
        replaced = (stat.st_dev, stat.st_ino) != self._identity
        if replaced or (self._wal and not os.path.exists(f"{path}-wal")):
            raise self._mark(failures.failure(failures.DELETED, self.where))

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            found = failures.classify(exc, self.where, math.ceil(self.wait_seconds))
            if found is None:
                raise
            raise self._mark(found) from exc

    def _mark(self, failure: StoreFailure) -> StoreFailure:
        if failure.stops_writing and self.failed is None:
            self.failed = failure
        return failure

    # -- copies ----------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the live SQLite database through the online backup API,
        read through this store's own connection (so it also rescues a file deleted under
        the window). Written to ``<target>.part`` first; no ``.part`` is left on failure."""
        if self.path is None:
            raise ValueError("only SQLite databases can be copied with the backup API")
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            self._copy_into(partial)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target

    def _copy_into(self, partial: Path) -> None:
        try:
            raw = self.engine.raw_connection()
        except DBAPIError:
            raw = None
        if raw is not None:
            try:
                destination = sqlite3.connect(str(partial))
                try:
                    raw.driver_connection.backup(destination)
                finally:
                    destination.close()
                return
            except sqlite3.Error:
                if self.failed is None:
                    raise
                partial.unlink(missing_ok=True)  # a failed store: try a fresh reader next
            finally:
                raw.close()
        source = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()

    def close(self) -> None:
        self.engine.dispose()
        if self.claimed and self.path is not None:
            self.claimed = False
            ownership.release(self.path)


def _refuse_newer_before_connecting(path: Path) -> None:
    """The engine's connections switch the file to WAL, which rewrites its header: a database
    written by a newer LibDesk is checked first through a read-only connection that changes
    nothing (a file that is no database is left to the engine's own error)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return
    finally:
        connection.close()
    unknown = migrate.unknown_revisions({row[0] for row in rows})
    if unknown:
        raise DatabaseTooNew(str(path), unknown)


def _upgrade_backup_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix or '.sqlite'}")


__all__ = ["Store", "WINDOW", "COMMAND"]
