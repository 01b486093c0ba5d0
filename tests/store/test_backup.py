"""Backups: thinning on fixed dates, backup → restore round trip, refusing bad or newer files,
Check Database in plain words (twice: nothing changes), network-location detection."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from libdesk.models.branches.tables import Branch
from libdesk.services import open_services
from libdesk.store import backup as backups
from libdesk.store.backup import BackupError
from libdesk.store.location import network_kind


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_thinning_keeps_the_newest_of_each_recent_day_week_and_month():
    stamps = [dt("2026-11-22 10:00"), dt("2026-11-22 09:00"), dt("2026-11-21 18:00"),
              dt("2026-11-20 08:00"), dt("2026-11-16 12:00"), dt("2026-11-15 12:00"),
              dt("2026-11-02 12:00"), dt("2026-10-31 12:00"), dt("2026-10-01 12:00"),
              dt("2026-09-15 12:00"), dt("2026-08-15 12:00")]
    kept = backups.keep(stamps, daily=3, weekly=2, monthly=3)
    # days: 22 (10:00), 21, 20; weeks: W47 (22nd 10:00), W46 (15th is Sunday of W46);
    # months: Nov (22nd), Oct (31st), Sep (15th)
    assert kept == {dt("2026-11-22 10:00"), dt("2026-11-21 18:00"), dt("2026-11-20 08:00"),
                    dt("2026-11-15 12:00"), dt("2026-10-31 12:00"), dt("2026-09-15 12:00")}


def test_thinning_a_year_of_hourly_backups_keeps_12_daily_10_weekly_9_monthly():
    start = datetime(2025, 1, 1)
    stamps = [start + timedelta(hours=h) for h in range(0, 365 * 24, 7)]
    kept = backups.keep(stamps, 12, 10, 9)
    newest = max(stamps)
    days = {s.date() for s in kept if (newest - s).days < 12}
    assert len(days) == 12
    assert len({s.isocalendar()[:2] for s in kept}) >= 10
    assert len({(s.year, s.month) for s in kept}) == 9
    assert newest in kept
    assert backups.keep(sorted(kept), 12, 10, 9) == kept  # thinning again removes nothing
    assert len(kept) <= 12 + 10 + 9


def test_prune_deletes_only_what_thinning_drops(tmp_path):
    database = tmp_path / "libdesk.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    days = [datetime(2026, 11, 22, 9) - timedelta(days=d) for d in range(20)]
    for day in days:
        (folder / backups.backup_name(database, day, "auto")).write_bytes(b"x")
    (folder / "other-20261101-000000-auto.sqlite").write_bytes(b"x")
    (folder / "notes.txt").write_text("kept")
    removed = backups.prune(folder, database, daily=5, weekly=0, monthly=0)
    assert len(removed) == 15
    left = [b.taken_at for b in backups.list_backups(folder, database)]
    assert left == days[:5]
    assert (folder / "notes.txt").exists() and (folder / "other-20261101-000000-auto.sqlite").exists()


def count_branches(services) -> int:
    with services.store.read() as session:
        return len(session.execute(select(Branch.id)).all())


@pytest.mark.sqlite_only
def test_backup_then_restore_round_trip(services, tmp_path):
    made = services.maintenance.backup_now()
    assert made.parent == services.maintenance.backup_dir()
    backups.verify_file(made)
    services.branches.delete(37)
    assert count_branches(services) == 36
    kept = services.maintenance.restore(made)
    assert count_branches(services) == 37
    assert kept.exists() and "before-restore" in kept.name
    check = sqlite3.connect(kept)
    assert check.execute("SELECT count(*) FROM branch").fetchone() == (36,)
    check.close()
    assert services.maintenance.check().ok


@pytest.mark.sqlite_only
def test_restore_refuses_a_damaged_file_and_changes_nothing(services, tmp_path, db_path):
    bad = tmp_path / "bad.sqlite"
    shutil.copyfile(services.maintenance.backup_now(tmp_path / "good.sqlite"), bad)
    data = bytearray(bad.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # scribble over every page header
        data[offset:offset + 8] = b"\xff" * 8
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="not a sound LibDesk database"):
        services.maintenance.restore(bad)
    text = tmp_path / "text.sqlite"
    text.write_text("not a database at all " * 100)
    with pytest.raises(BackupError):
        services.maintenance.restore(text)
    assert count_branches(services) == 37
    assert services.maintenance.list_backups() == []  # nothing was even backed up


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_from_a_newer_libdesk_untouched(services, tmp_path):
    newer = services.maintenance.backup_now(tmp_path / "newer.sqlite")
    raw = sqlite3.connect(newer)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future' WHERE version_num = "
                "(SELECT min(version_num) FROM alembic_version)")
    raw.commit()
    raw.close()
    before = hashlib.sha256(newer.read_bytes()).hexdigest()
    with pytest.raises(BackupError, match="newer LibDesk"):
        services.maintenance.restore(newer)
    assert hashlib.sha256(newer.read_bytes()).hexdigest() == before


@pytest.mark.sqlite_only
def test_check_database_is_plain_words_and_idempotent(services, db_path):
    first = services.maintenance.check()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    second = services.maintenance.check()
    assert first.ok and second.ok
    assert [f.english() for f in first.findings] == [f.english() for f in second.findings]
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert "intact" in first.findings[0].english()


@pytest.mark.sqlite_only
def test_check_database_reports_broken_references(services, db_path):
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("INSERT INTO branch_contact (branch_id, name, role, phone, email, notes, "
                "is_primary) VALUES (999, '孤儿', '', '', '', '', 0)")
    raw.commit()
    raw.close()
    report = services.maintenance.check()
    assert not report.ok
    assert any("no longer exist" in f.english() and "branch_contact" in f.english()
               for f in report.findings)


def test_automatic_backup_only_when_something_changed(services):
    maintenance = services.maintenance
    assert maintenance.auto_backup(closing=True) is None  # nothing changed since opening
    services.settings.set("library.name", "太原市图书馆（测试）")
    first = maintenance.auto_backup(now=datetime(2026, 11, 22, 9, 0))
    assert first is not None
    services.settings.set("library.name", "太原市图书馆")
    assert maintenance.auto_backup(now=datetime(2026, 11, 22, 9, 10)) is None  # < 30 min
    assert maintenance.auto_backup(now=datetime(2026, 11, 22, 9, 31)) is not None
    assert maintenance.auto_backup(closing=True) is None  # nothing new since


def test_a_change_before_the_backups_are_first_asked_about_counts_from_the_opening(
        db_path, services):
    services.close()
    services = open_services(str(db_path))  # a database that is neither new nor upgraded
    try:
        assert "maintenance" not in vars(services)  # made when first asked for
        services.settings.set("library.name", "太原市图书馆（测试）")
        assert services.maintenance.auto_backup(closing=True) is not None
        assert services.maintenance.auto_backup(closing=True) is None
    finally:
        services.close()


PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/nas nfs4 rw,relatime 0 0
//fileserver/share /srv/smb\\040share cifs rw 0 0
/dev/sdb1 /mnt/nas/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/home/me/libdesk.sqlite", None),
    ("/mnt/nas/libdesk.sqlite", "nfs4"),
    ("/srv/smb share/db/libdesk.sqlite", "cifs"),
    ("/mnt/nas/local/libdesk.sqlite", None),
])
def test_network_mounts_on_linux(path, kind):
    assert network_kind(path, platform="linux", mounts=PROC_MOUNTS) == kind


def test_unc_paths_on_windows():
    assert network_kind(r"\\server\share\libdesk.sqlite", platform="win32") == "UNC path"
    assert network_kind(r"C:\Users\me\libdesk.sqlite", platform="win32") is None
