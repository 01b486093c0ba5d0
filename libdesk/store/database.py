"""The store: one database, its sessions, and opening it safely.

``Store.open(url)`` creates a missing SQLite file, refuses a database written by a newer
LibDesk (leaving it untouched), and upgrades an older one after copying it with SQLite's
online backup API. Services then use ``store.read()`` and ``store.write()``.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from libdesk.store import migrate
from libdesk.store.audit import AuditedSession  # every session writes the audit log
from libdesk.store.engine import WRITE_OPTION, display_url, make_engine, sqlite_path
from libdesk.store.errors import DatabaseTooNew, DatabaseUnreadable



class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._write_engine = self.engine.execution_options(**{WRITE_OPTION: True})
        self.created = False  # True when open() made a new, empty database
        self.upgrade_backup: Path | None = None
        self.session_info: dict[str, Any] = {}

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

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> "Store":
        store = cls(url)
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
            else:
                _refuse_newer_before_connecting(path)
        try:
            with self.engine.connect() as connection:
                has_tables = bool(inspect(connection).get_table_names())
                current = migrate.current_revisions(connection)
        except DatabaseError as exc:
            raise DatabaseUnreadable(str(path or display_url(self.url)), str(exc.orig)) from exc
        if not self.created and not has_tables:
            self.created = True
        unknown = migrate.unknown_revisions(current)
        if unknown:
            raise DatabaseTooNew(str(path or display_url(self.url)), unknown)
        if has_tables and not current:
            raise DatabaseUnreadable(str(path or display_url(self.url)), "no LibDesk schema version")
        if not upgrade or migrate.is_current(current):
            return
        if not self.created and path is not None:
            self.upgrade_backup = self.backup_to(_upgrade_backup_name(path))
        elif not self.created and self.dialect == "postgresql":
            from libdesk.store.postgres_upgrade import dump_before_upgrade

            self.upgrade_backup = dump_before_upgrade(self.url)
        migrate.upgrade(self.engine)

    # -- sessions --------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with AuditedSession(self.engine, expire_on_commit=False) as session:
            session.info.update(self.session_info)
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on SQLite): all of it commits, or none."""
        with AuditedSession(self._write_engine, expire_on_commit=False) as session:
            session.info.update(self.session_info)
            with session.begin():
                yield session

    # -- copies ----------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the live SQLite database through the online backup API."""
        path = self.path
        if path is None:
            raise ValueError("only SQLite databases can be copied with the backup API")
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        source = sqlite3.connect(str(path))
        try:
            destination = sqlite3.connect(str(partial))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        partial.replace(target)
        return target

    def close(self) -> None:
        self.engine.dispose()


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
