"""Issue 11: a backup that fails half-way (disk full) leaves no ``.part`` file and says why in
words, not driver text; a stale ``.part`` from a crash is cleared when backups are thinned."""
from __future__ import annotations

import errno
import os
import time

import pytest

from libdesk.services.maintenance import BackupError
from libdesk.store.database import Store


# The SQLite file itself (its lock, -wal, copies): the shared server has no such file.
pytestmark = pytest.mark.sqlite_only


def test_a_failed_automatic_backup_leaves_no_part_file(services, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    folder.mkdir()  # the setting takes an existing folder
    services.settings.set("backup.dir", str(folder))
    services.branch_categories.add_category("流动书车")  # something changed since the last

    def half_then_full(self, partial):
        partial.write_bytes(b"SQLite format 3\0 half a copy")
        raise OSError(errno.ENOSPC, "No space left on device", str(partial))

    monkeypatch.setattr(Store, "_copy_into", half_then_full)
    with pytest.raises(BackupError) as failed:
        services.maintenance.auto_backup(closing=True)
    assert "ENOSPC" in failed.value.english()
    assert "No space left" not in failed.value.english()
    assert not list(folder.glob("*.part")) and not list(folder.glob("*.sqlite"))
    monkeypatch.undo()
    made = services.maintenance.auto_backup(closing=True)
    assert made is not None and made.exists() and not list(folder.glob("*.part"))


def test_thinning_clears_a_part_file_left_by_a_crash(services, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()  # the setting takes an existing folder
    services.settings.set("backup.dir", str(folder))
    stale = folder / f"{services.store.path.stem}-20200101-000000-auto.sqlite.part"
    stale.write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    services.maintenance.backup_now()
    assert not stale.exists()
