"""``libdesk branches …`` and ``--database``, headless and without Qt."""
from __future__ import annotations

import subprocess
import sys

from openpyxl import load_workbook

from libdesk.cli import main


def test_list_prints_the_points(db_path, capsys):
    assert main(["branches", "list", "--database", str(db_path), "--filter", "老年"]) == 0
    out = capsys.readouterr().out
    assert "太原市老年公寓" in out and out.count("\n") == 1


def test_database_option_before_the_command(db_path, capsys):
    assert main(["--database", str(db_path), "branches", "list"]) == 0
    assert capsys.readouterr().out.count("\n") == 37


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LIBDESK_DATABASE", str(tmp_path / "env.sqlite"))
    assert main(["branches", "list"]) == 0
    assert (tmp_path / "env.sqlite").exists()
    assert capsys.readouterr().out.count("\n") == 37


def test_export_then_import_round_trip(db_path, tmp_path, capsys):
    target = tmp_path / "roster.xlsx"
    assert main(["branches", "export", str(target), "--database", str(db_path)]) == 0
    assert load_workbook(target).sheetnames == ["分馆汇总", "联系人"]
    assert main(["branches", "import", str(target), "--database", str(db_path)]) == 0
    assert "unchanged 37" in capsys.readouterr().out


def test_bad_import_exits_non_zero_with_the_row_report(db_path, tmp_path, capsys):
    target = tmp_path / "roster.xlsx"
    main(["branches", "export", str(target), "--database", str(db_path)])
    book = load_workbook(target)
    book["分馆汇总"]["B4"] = None
    book.save(target)
    assert main(["branches", "import", str(target), "--database", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "sheet 分馆汇总, row 4, column/field 名称" in err


def test_branch_commands_import_no_qt(db_path):
    code = ("import sys; from libdesk.cli import main; "
            f"main(['branches', 'list', '--database', r'{db_path}']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_statistics_and_mobile_service_commands(db_path, tmp_path, capsys):
    assert main(["mobile-service", "太原市老年公寓", "--month", "2020-10", "--visits", "120",
                 "--loans", "300", "--database", str(db_path)]) == 0
    assert main(["mobile-service", "99", "--month", "2020-10", "--visits", "1", "--loans", "1",
                 "--database", str(db_path)]) == 1
    target = tmp_path / "stats.xlsx"
    assert main(["statistics", "--year", "2020", "-o", str(target),
                 "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "流动服务借阅人次\t120 人次" in out and target.exists()
