from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from libdesk.cli import main
from libdesk.models.roles import Role
from libdesk.services import open_services
from tests.services.volunteers.helpers import add_activity, add_volunteers


def test_cli_hours_report_and_certificate(db_path, tmp_path, capsys, monkeypatch):
    services = open_services(str(db_path))
    ids = add_volunteers(services, 3)
    add_activity(services)
    services.hours.bulk_add(1, ids, date(2020, 11, 14), 200)
    services.close()
    db = ["--database", str(db_path)]
    assert main(["hours", "export", str(tmp_path / "h.xlsx"), *db]) == 0
    assert main(["hours", "import", str(tmp_path / "h.xlsx"), *db]) == 1  # all duplicates
    assert "duplicate" in capsys.readouterr().err
    # the local administrator recorded them, so it cannot confirm them itself
    assert main(["hours", "confirm", *db]) == 0
    assert "3 pending entries are yours" in capsys.readouterr().out
    services = open_services(str(db_path))
    services.staff.create("admin", "admin-pass-1", Role.ADMIN)
    services.staff.login("admin", "admin-pass-1")
    services.staff.create("li", "li-pass-1234", Role.COORDINATOR)
    services.close()
    monkeypatch.setenv("LIBDESK_PASSWORD", "li-pass-1234")
    assert main(["hours", "confirm", "--activity", "太图阅读推广活动志愿服务", "--user", "li",
                 *db]) == 0
    assert "confirmed 3 entries" in capsys.readouterr().out
    monkeypatch.setenv("LIBDESK_PASSWORD", "admin-pass-1")
    db += ["--user", "admin"]
    assert main(["volunteer-certificate", str(ids[0]), "--from", "2020-01-01", "--to",
                 "2020-12-31", "-o", str(tmp_path / "c.pdf"), *db]) == 0
    assert (tmp_path / "c.pdf").stat().st_size > 1000
    assert main(["volunteers", "report", "--year", "2020", "-o", str(tmp_path / "r.xlsx"),
                 *db]) == 0
    book = load_workbook(tmp_path / "r.xlsx", read_only=True)
    assert list(book["表16 主题志愿服务"].iter_rows(values_only=True))[1][2:] == (3, 6)
    assert main(["volunteers", "export", str(tmp_path / "v.xlsx"), *db]) == 0
    assert main(["volunteers", "import", str(tmp_path / "v.xlsx"), *db]) == 0
    assert "updated 3" in capsys.readouterr().out
