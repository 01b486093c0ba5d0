"""``libdesk backup``, ``restore``, ``check`` and ``audit export`` as an operator uses them."""
from __future__ import annotations

import sqlite3

from openpyxl import load_workbook

from libdesk.cli import main


def test_backup_restore_round_trip_from_the_command_line(db_path, tmp_path, capsys):
    database = ["--database", str(db_path)]
    target = tmp_path / "copy.sqlite"
    assert main(["backup", "-o", str(target), *database]) == 0
    assert main(["backup", *database]) == 0
    assert "backups" in capsys.readouterr().out
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE branch SET notes = '改过' WHERE id = 1")
    raw.commit()
    raw.close()
    assert main(["restore", str(target), *database]) == 0
    assert "before-restore" in capsys.readouterr().out
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT notes FROM branch WHERE id = 1").fetchone() == ("",)
    raw.close()


def test_check_exits_non_zero_on_a_problem_and_changes_nothing(db_path, capsys):
    database = ["--database", str(db_path)]
    assert main(["check", *database]) == 0
    assert main(["check", *database]) == 0
    out = capsys.readouterr().out
    assert out.count("ok       The database file is intact") == 2
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("INSERT INTO branch_contact (branch_id, name, role, phone, email, notes, "
                "is_primary) VALUES (4242, '无主', '', '', '', '', 0)")
    raw.commit()
    raw.close()
    assert main(["check", *database]) == 2
    assert "PROBLEM  1 record(s) refer to records that no longer exist" in capsys.readouterr().out


def test_restore_works_even_when_the_database_is_too_damaged_to_open(db_path, tmp_path, capsys):
    good = tmp_path / "good.sqlite"
    assert main(["backup", "-o", str(good), "--database", str(db_path)]) == 0
    db_path.write_bytes(b"\0garbage" * 5000)
    assert main(["check", "--database", str(db_path)]) != 0
    assert main(["restore", str(good), "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "damaged database was kept" in out
    kept = [p for p in (db_path.parent / "backups").iterdir()
            if "damaged" in p.name and p.suffix == ".sqlite"]  # not its -wal or -shm
    assert kept and kept[0].read_bytes().startswith(b"\0garbage")
    assert main(["check", "--database", str(db_path)]) == 0


def test_audit_export_is_masked_unless_asked(db_path, tmp_path):
    database = ["--database", str(db_path)]
    main(["branches", "export", str(tmp_path / "r.xlsx"), "--unmask", *database])
    masked, full = tmp_path / "a.xlsx", tmp_path / "full.xlsx"
    assert main(["audit", "export", str(masked), "--table", "-", *database]) == 0
    rows = list(load_workbook(masked, read_only=True)["审计日志"].iter_rows(values_only=True))
    assert [r[3] for r in rows[1:]] == ["显示个人信息"]
    assert "branches.export_roster" in rows[1][7]
    assert main(["audit", "export", str(full), "--unmask", *database]) == 0
