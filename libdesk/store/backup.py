"""Backups, thinning, restore and Check Database, for SQLite files and PostgreSQL servers.

On PostgreSQL (``postgres_backup``) a backup is a ``pg_dump -Fc`` file named
``<database>-YYYYMMDD-HHMMSS-<tag>.dump``, thinned the same way; restore dumps the current
database first (``before-restore``) and replays the chosen dump in one transaction; check runs
the server checks (references, counters, amcheck, structure).

* Backups are made with SQLite's online backup API (``Store.backup_to``) into a folder, named
  ``<database>-YYYYMMDD-HHMMSS-<tag>.sqlite``.
* ``keep(stamps, daily, weekly, monthly)`` thins them: the newest backup of each of the last
  ``daily`` days that have backups, of the last ``weekly`` ISO weeks and ``monthly`` months.
* ``restore`` checks the chosen file (``integrity_check``, a LibDesk schema this version
  knows), copies the current database to the folder first, then copies the file over the live
  database with the backup API and upgrades it if it is older.
* ``check`` runs ``integrity_check`` and ``foreign_key_check`` and reports in plain words;
  it only reads, so running it twice changes nothing.
"""
from __future__ import annotations

import errno
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from libdesk.models.audit import AuditAction
from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.store import migrate, ownership, postgres_backup
from libdesk.store.audit import record_event
from libdesk.store.database import Store
from libdesk.store.failures import DatabaseHeld

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<tag>[a-z][a-z-]*))?"
                   r"(?P<suffix>\.sqlite|\.dump)$")
STAMP = "%Y%m%d-%H%M%S"


class BackupError(DomainError):
    """A backup could not be made or restored; the current database is unchanged."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    tag: str
    size: int


@dataclass(frozen=True)
class Finding:
    """One line of a Check Database report (an English template for context "Errors")."""

    ok: bool
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.params)


# -- naming and thinning -------------------------------------------------------------------
def backup_name(database: Path, when: datetime, tag: str) -> str:
    suffix = postgres_backup.DUMP_SUFFIX if database.suffix == postgres_backup.DUMP_SUFFIX \
        else ".sqlite"
    return f"{database.stem}-{when.strftime(STAMP)}-{tag}{suffix}"


def database_label(store: Store) -> Path | None:
    """What backups are named after: the SQLite file, or ``<database>.dump`` on a server."""
    if store.dialect == "postgresql":
        return Path(postgres_backup.database_name(store.url) + postgres_backup.DUMP_SUFFIX)
    return store.path


def copy_to(store: Store, target: Path) -> Path:
    """A consistent copy of the live database at ``target`` (backup API / pg_dump)."""
    if store.dialect == "postgresql":
        try:
            return postgres_backup.dump(store.url, Path(target))
        except postgres_backup.ClientProgramFailed as exc:
            raise OSError(str(exc)) from exc
    return store.backup_to(Path(target))


def list_backups(folder: Path, database: Path) -> list[BackupFile]:
    """Backups of ``database`` in ``folder``, newest first."""
    found = []
    if not Path(folder).is_dir():
        return found
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        suffix = ".dump" if database.suffix == ".dump" else ".sqlite"
        if not match or match["stem"] != database.stem or match["suffix"] != suffix \
                or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP)
        except ValueError:
            continue
        found.append(BackupFile(path, taken, match["tag"] or "", path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def keep(stamps: list[datetime], daily: int, weekly: int, monthly: int) -> set[datetime]:
    """Which backups thinning keeps: the newest of each recent day, ISO week and month."""
    ordered = sorted(set(stamps), reverse=True)
    kept: set[datetime] = set()
    periods = ((lambda s: s.date(), daily),
               (lambda s: s.isocalendar()[:2], weekly),
               (lambda s: (s.year, s.month), monthly))
    for period, count in periods:
        seen = []
        for stamp in ordered:
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            kept.add(stamp)
    return kept


def prune(folder: Path, database: Path, daily: int, weekly: int, monthly: int) -> list[Path]:
    """Delete the backups thinning does not keep; returns what was deleted."""
    for leftover in Path(folder).glob(f"{database.stem}-*.sqlite.part"):
        if time.time() - leftover.stat().st_mtime > 3600:  # a copy a crash interrupted
            leftover.unlink(missing_ok=True)
    backups = list_backups(folder, database)
    kept = keep([b.taken_at for b in backups], daily, weekly, monthly)
    seen: set[datetime] = set()
    removed = []
    for backup in backups:  # newest first: one file per kept second
        if backup.taken_at in kept and backup.taken_at not in seen:
            seen.add(backup.taken_at)
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def make_backup(store: Store, folder: Path, tag: str, when: datetime | None = None) -> Path:
    database = _live_path(store)
    when = when or datetime.now()
    target = Path(folder) / backup_name(database, when, tag)
    while target.exists():  # never over another backup (names go by the second): the next one
        when += timedelta(seconds=1)
        target = Path(folder) / backup_name(database, when, tag)
    try:
        return copy_to(store, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The backup to {path} failed ({reason}). The database itself is "
            "unchanged; choose another backup folder (setting backup.dir)."),
            path=str(target), reason=error_code(exc)) from exc


def error_code(exc: BaseException) -> str:
    """A short, language-neutral name for why a copy failed (never the driver's text)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return errno.errorcode.get(exc.errno, str(exc.errno))
    return getattr(exc, "sqlite_errorname", "") or type(exc).__name__


# -- restore -------------------------------------------------------------------------------
def verify_file(path: Path) -> None:
    """Refuse a file that is not a sound LibDesk database this version can open."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."),
                          path=str(path))
    if postgres_backup.is_dump(path):
        return _verify_dump(path)
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            result = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            tables = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            revisions = set()
            if "alembic_version" in tables:
                revisions = {r[0] for r in connection.execute(
                    "SELECT version_num FROM alembic_version")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _not_a_backup(path, error_code(exc)) from exc
    if result != ["ok"]:
        raise _not_a_backup(path, "; ".join(result[:3]))
    _check_revisions(path, revisions)


def _verify_dump(path: Path) -> None:
    try:
        revisions = postgres_backup.dump_revisions(path)
    except postgres_backup.ClientProgramFailed as exc:
        raise _not_a_backup(path, str(exc)) from exc
    _check_revisions(path, revisions)


def _check_revisions(path: Path, revisions: set[str]) -> None:
    if not revisions:
        raise _not_a_backup(path, "no LibDesk schema version")
    unknown = migrate.unknown_revisions(revisions)
    if unknown:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "{path} was written by a newer LibDesk (schema {revisions}); it cannot "
            "be restored here. Nothing was changed."), path=path.name,
            revisions=", ".join(unknown))


def _restore_server(store: Store, source: Path, folder: Path) -> Path:
    if not postgres_backup.is_dump(source):
        raise _not_a_backup(source, "not a PostgreSQL dump (pg_dump -Fc)")
    verify_file(source)
    kept = make_backup(store, folder, "before-restore")
    store.engine.dispose()
    try:
        postgres_backup.restore(store.url, source)
    except postgres_backup.ClientProgramFailed as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "Restoring {path} failed ({reason}). The previous database was saved "
            "as {kept}; restore that file to go back."),
            path=source.name, reason=str(exc), kept=str(kept)) from exc
    return kept


def restore(store: Store, source: Path, folder: Path) -> Path:
    """Replace the live database with ``source``; returns the backup of what was there."""
    if store.dialect == "postgresql":
        kept = _restore_server(store, Path(source), folder)
        return _after_restore(store, Path(source), kept)
    source, live = Path(source), _live_path(store)
    if source.resolve() == live.resolve():
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is the database in use; choose a backup file instead."),
            path=source.name)
    verify_file(source)
    store.claim()  # restoring writes: this process must own the file
    kept = make_backup(store, folder, "before-restore")
    store.engine.dispose()
    try:
        reader = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(str(live), timeout=30)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
    except sqlite3.Error as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "Restoring {path} failed ({reason}). The previous database was saved "
            "as {kept}; restore that file to go back."),
            path=source.name, reason=error_code(exc), kept=str(kept)) from exc
    return _after_restore(store, source, kept)


def _after_restore(store: Store, source: Path, kept: Path) -> Path:
    store.engine.dispose()
    with store.engine.connect() as connection:
        current = migrate.current_revisions(connection)
    if not migrate.is_current(current):
        migrate.upgrade(store.engine)
    with store.write() as session:
        record_event(session, AuditAction.RESTORE, "database", "",
                     None, {"file": source.name, "previous_saved_as": kept.name})
    return kept


def restore_unopenable(database: Path, source: Path, folder: Path) -> Path:
    """Restore over a database file LibDesk cannot open (damaged): the old file and its WAL
    are first copied aside byte for byte, then ``source`` replaces them. The caller opens
    (and so upgrades) the result afterwards."""
    database, source = Path(database), Path(source)
    verify_file(source)
    holder = ownership.try_claim(database, ownership.COMMAND)
    if holder is not None:
        raise DatabaseHeld(str(database), holder)
    try:
        return _restore_unopenable(database, source, Path(folder))
    finally:
        ownership.release(database)


def _restore_unopenable(database: Path, source: Path, folder: Path) -> Path:
    """Byte copies are safe here: no process has the damaged file open (we own its lock and
    hold no connection to it)."""
    kept = Path(folder) / backup_name(database, datetime.now(), "damaged")
    kept.parent.mkdir(parents=True, exist_ok=True)
    if database.exists():
        shutil.copy2(database, kept)
    for suffix in ("-wal", "-shm"):
        sidecar = database.with_name(database.name + suffix)
        if sidecar.exists():
            if suffix == "-wal":
                shutil.copy2(sidecar, kept.with_name(kept.name + suffix))
            sidecar.unlink()
    partial = database.with_name(database.name + ".restore")
    reader = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(str(partial))
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    partial.replace(database)
    return kept


def _not_a_backup(path: Path, reason: str) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a sound LibDesk database ({reason}). Nothing was changed; "
        "choose another backup."), path=Path(path).name, reason=reason[:200])


def _live_path(store: Store) -> Path:
    path = database_label(store)
    if path is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "Backups and restores work on SQLite files and PostgreSQL servers "
            "only."))
    return path


# -- check database ------------------------------------------------------------------------
