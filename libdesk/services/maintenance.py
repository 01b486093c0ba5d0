"""Backups, restore, Check Database and the network-path warning, with permission checks.

Automatic backups: ``auto_backup()`` is called by the window every few minutes and when it
closes. It backs up only when something changed since the last backup (the audit log grew),
and while the window is open at most every ``backup.interval_minutes``. After every backup
into the backup folder, old backups are thinned (``backup.keep_daily/weekly/monthly``).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from libdesk.models.audit_log import AuditLog
from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.models.roles import Perm
from libdesk.services.base import ServiceBase
from libdesk.services.opening import OPENING_CHANGE_MARK
from libdesk.store import DatabaseUnreadable
from libdesk.store import backup as backups
from libdesk.store import checks
from libdesk.store.backup import BackupError, BackupFile, Finding
from libdesk.store.engine import sqlite_path
from libdesk.store.keyfile import file_holds_private_key
from libdesk.store.location import network_kind

__all__ = ["MaintenanceService", "BackupError", "BackupFile", "Finding", "CheckReport",
           "DatabaseUnreadable", "restore_unopenable"]


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)


class MaintenanceService(ServiceBase):
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        # the newest change when the database was opened (read then, ``services.opening``),
        # else now: what a backup must have seen
        opened = ctx.extras.pop(OPENING_CHANGE_MARK, None)
        self._backed_up_mark = self._change_mark() if opened is None else opened
        self._last_backup: datetime | None = None

    # -- where -----------------------------------------------------------------------------
    def backup_dir(self) -> Path:
        from libdesk.services.settings import SettingsService

        configured = str(SettingsService(self.ctx).get("backup.dir") or "").strip()
        if configured:
            return Path(configured).expanduser()
        if self.store.path is None:  # a server: backups on this desk, one folder a database
            from libdesk.config import user_dir

            return user_dir() / "backups" / self._database().stem
        return self._database().parent / "backups"

    def list_backups(self) -> list[BackupFile]:
        return backups.list_backups(self.backup_dir(), self._database())

    def backups_holding_keys(self) -> list[Path]:
        """Backups (and copies made before an upgrade) from before signing keys moved out of
        the database: they still hold this desk's old private key."""
        database = self.store.path
        if database is None:
            return []
        candidates = [b.path for b in self.list_backups()]
        candidates += sorted(database.parent.glob(f"{database.stem}.before-upgrade-*"))
        return [path for path in candidates if file_holds_private_key(path)]

    def network_warning(self) -> DomainError | None:
        """A warning to show when the database file is on a network drive or share."""
        path = self.store.path
        kind = network_kind(path) if path is not None else None
        if kind is None:
            return None
        return DomainError(QT_TRANSLATE_NOOP(
            "Errors", "The database {path} is on a network location ({kind}). SQLite is not "
            "safe there: two desks writing at once can damage it. Keep the database on this "
            "computer's own disk, or use the shared-server mode."), path=str(path), kind=kind)

    # -- backups ---------------------------------------------------------------------------
    def backup_now(self, target: Path | None = None) -> Path:
        """A backup to ``target``, or into the backup folder (then thinned)."""
        self.require(Perm.BACKUP)
        if target is not None:
            made = _checked(lambda: backups.copy_to(self.store, Path(target)), Path(target))
        else:
            made = backups.make_backup(self.store, self.backup_dir(), "manual")
            self.thin()
        if self.store.failed is None:  # a rescue copy of a failed store: read nothing more
            self._mark_backed_up()
        return made

    def auto_backup(self, *, closing: bool = False, now: datetime | None = None) -> Path | None:
        """Back up if anything changed since the last backup and (unless closing) the
        interval has passed. Runs for every role: it is the desk's own safety net."""
        if backups.database_label(self.store) is None or self.store.failed is not None:
            return None  # nothing to copy, or a failed store: the window offers a copy instead
        if self._change_mark() == self._backed_up_mark:
            return None
        now = now or datetime.now()
        if not closing:
            interval = timedelta(minutes=max(1, int(self._setting("backup.interval_minutes"))))
            newest = self._last_backup or next(
                (b.taken_at for b in self.list_backups()), None)
            if newest is not None and now - newest < interval:
                return None
        made = backups.make_backup(self.store, self.backup_dir(), "auto", now)
        self.thin()
        self._mark_backed_up(now)
        return made

    def thin(self) -> list[Path]:
        return backups.prune(self.backup_dir(), self._database(),
                             int(self._setting("backup.keep_daily")),
                             int(self._setting("backup.keep_weekly")),
                             int(self._setting("backup.keep_monthly")))

    # -- restore and check -----------------------------------------------------------------
    def verify_backup(self, path: Path) -> None:
        """Raise BackupError unless ``path`` is a sound LibDesk database this version opens."""
        backups.verify_file(Path(path))

    def restore(self, path: Path) -> Path:
        """Replace the database with a backup; returns where the previous one was saved."""
        self.require(Perm.RESTORE)
        kept = backups.restore(self.store, Path(path), self.backup_dir())
        self._mark_backed_up()
        return kept

    def check(self) -> CheckReport:
        findings = checks.check(self.store)
        for path in self.backups_holding_keys():
            findings.append(Finding(False, QT_TRANSLATE_NOOP(
                "Errors", "The backup {path} was taken before signing keys left the database "
                "and still holds this desk's old private signing key. Keep it locked away or "
                "delete it, and revoke that key (Tools → Signing keys) if the copy may have "
                "been seen."), {"path": str(path)}))
        warning = self.network_warning()
        if warning is not None:
            findings.append(Finding(False, warning.template, warning.params))
        return CheckReport(findings)

    # -- helpers ---------------------------------------------------------------------------
    def _database(self) -> Path:
        path = backups.database_label(self.store)
        if path is None:
            raise BackupError(QT_TRANSLATE_NOOP(
                "Errors", "Backups and restores work on SQLite files and PostgreSQL servers "
                "only."))
        return path

    def _setting(self, key: str):
        from libdesk.services.settings import SettingsService

        return SettingsService(self.ctx).get(key)

    def _change_mark(self) -> int:
        with self.store.read() as session:
            return session.execute(select(func.max(AuditLog.id))).scalar() or 0

    def _mark_backed_up(self, when: datetime | None = None) -> None:
        self._backed_up_mark = self._change_mark()
        self._last_backup = when or datetime.now()


def restore_unopenable(url: str, source: Path) -> Path:
    """``libdesk restore`` on a database that cannot be opened at all (damaged): no account
    can be checked then, but nothing is lost either — the damaged file is kept beside the
    backups. Returns where it was kept."""
    path = sqlite_path(url)
    if path is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "Backups and restores work on SQLite database files only."))
    database = Path(path)
    return backups.restore_unopenable(database, Path(source), database.parent / "backups")


def _checked(make, target: Path) -> Path:
    try:
        return make()
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The backup to {path} failed ({reason}). The database itself is "
            "unchanged; choose another place."), path=str(target),
            reason=backups.error_code(exc)) from exc
