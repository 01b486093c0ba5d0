from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from libdesk.cli import main
from libdesk.services import open_services
from libdesk.services.base import ListQuery
from tests.services.volunteer_helpers import APPROVER, add_activity, add_volunteers, as_actor


def test_cli_hours_report_and_certificate(db_path, tmp_path, capsys):
    services = open_services(str(db_path))
    ids = add_volunteers(services, 3)
    add_activity(services)
    services.hours.bulk_add(1, ids, date(2020, 11, 14), 8)
    services.close()
    db = ["--database", str(db_path)]
    assert main(["hours", "export", str(tmp_path / "h.xlsx"), *db]) == 0
    assert main(["hours", "import", str(tmp_path / "h.xlsx"), *db]) == 1  # all duplicates
    assert "duplicate" in capsys.readouterr().err
    services = open_services(str(db_path))
    as_actor(services, APPROVER)
    services.hours.confirm(services.hours.ids(ListQuery()))
    services.close()
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
