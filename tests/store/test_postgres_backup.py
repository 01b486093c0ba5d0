"""Backups, restore and Check Database on a PostgreSQL server, as an operator uses them:
``pg_dump -Fc`` files in the backup folder (thinned), restore that keeps the old database as a
``before-restore`` dump and replays all or nothing, real server checks."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from libdesk.cli import main
from libdesk.models.branches.tables import Branch
from libdesk.store import backup as backups
from libdesk.store import postgres_backup
from libdesk.store.backup import BackupError

pytestmark = pytest.mark.postgresql_only


def notes_of_branch_1(services) -> str:
    with services.store.read() as session:
        return session.execute(select(Branch.notes).where(Branch.id == 1)).scalar_one()


def raw(services, *statements):
    with services.store.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_backup_and_restore_from_the_command_line_keep_the_old_database(db_path, tmp_path,
                                                                        capsys):
    database = ["--database", str(db_path)]
    target = tmp_path / "copy.dump"
    assert main(["backup", "-o", str(target), *database]) == 0
    assert target.read_bytes().startswith(b"PGDMP")
    assert main(["backup", *database]) == 0
    assert ".dump" in capsys.readouterr().out
    from libdesk.services import open_services

    services = open_services(str(db_path))
    try:
        services.branches.delete(37)
        raw(services, "UPDATE branch SET notes = '改过' WHERE id = 1")
    finally:
        services.close()
    assert main(["restore", str(target), *database]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out
    services = open_services(str(db_path))
    try:
        assert notes_of_branch_1(services) == ""
        with services.store.read() as session:
            assert len(session.execute(select(Branch.id)).all()) == 37
        kept = [b for b in services.maintenance.list_backups() if b.tag == "before-restore"]
        assert len(kept) == 1 and postgres_backup.dump_revisions(kept[0].path)
        # the old database is in that file: restoring it brings the edit back
        services.maintenance.restore(kept[0].path)
        assert notes_of_branch_1(services) == "改过"
        # a new donor after a restore gets a fresh id (sequences came back with the data)
        from libdesk.models.donations.rules import DonorInput

        services.donors.save(DonorInput(name="恢复后"))
        assert services.maintenance.check().ok
    finally:
        services.close()


def test_restore_refuses_damaged_and_newer_dumps_and_changes_nothing(services, tmp_path):
    good = services.maintenance.backup_now(tmp_path / "good.dump")
    damaged = tmp_path / "damaged.dump"
    damaged.write_bytes(good.read_bytes()[:200])
    with pytest.raises(BackupError, match="not a sound LibDesk database"):
        services.maintenance.restore(damaged)
    sqlite_file = tmp_path / "desk.sqlite"
    sqlite_file.write_bytes(b"SQLite format 3\0" + b"\0" * 4000)
    with pytest.raises(BackupError):
        services.maintenance.restore(sqlite_file)
    with services.store.engine.connect() as connection:
        oldest = connection.execute(text("SELECT min(version_num) FROM alembic_version")).scalar()
    raw(services, f"UPDATE alembic_version SET version_num = '9999_future' "
                  f"WHERE version_num = '{oldest}'")
    newer = services.maintenance.backup_now(tmp_path / "newer.dump")
    raw(services, f"UPDATE alembic_version SET version_num = '{oldest}' "
                  f"WHERE version_num = '9999_future'")
    with pytest.raises(BackupError, match="newer LibDesk"):
        services.maintenance.restore(newer)
    assert services.maintenance.list_backups() == []  # refused before anything was done
    assert services.maintenance.check().ok


def test_automatic_backups_are_dumps_thinned_like_on_sqlite(services):
    from datetime import datetime, timedelta

    maintenance = services.maintenance
    services.settings.set("backup.keep_daily", 2)
    services.settings.set("backup.keep_weekly", 0)
    services.settings.set("backup.keep_monthly", 0)
    start = datetime(2026, 11, 1, 9)
    for day in range(4):
        services.settings.set("library.name", f"太原市图书馆{day}")
        assert maintenance.auto_backup(now=start + timedelta(days=day)) is not None
    left = maintenance.list_backups()
    assert [b.taken_at.day for b in left] == [4, 3]
    assert all(b.path.suffix == ".dump" for b in left)


def test_check_finds_broken_references_and_counters_and_changes_nothing(services):
    first = services.maintenance.check()
    assert first.ok and [f.english() for f in first.findings] == \
        [f.english() for f in services.maintenance.check().findings]
    raw(services, "SET session_replication_role = replica",  # skip the FK trigger
        "INSERT INTO branch_contact (branch_id, name, role, phone, email, notes, is_primary) "
        "VALUES (999, '孤儿', '', '', '', '', false)")
    report = services.maintenance.check()
    assert any("no longer exist" in f.english() and "branch_contact" in f.english()
               for f in report.findings if not f.ok)


def test_check_runs_amcheck_when_installed(services):
    raw(services, "CREATE EXTENSION IF NOT EXISTS amcheck")
    report = services.maintenance.check()
    assert report.ok
    assert "amcheck passed" in report.findings[0].english()


def test_backup_names_follow_the_database(services):
    label = backups.database_label(services.store)
    assert label.suffix == ".dump" and label.stem.startswith("t")
    assert services.maintenance.backup_dir().name == label.stem
