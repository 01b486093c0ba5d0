"""``libdesk outreach``: an outing, a gift and its letter, a transfer, facts and history."""
from __future__ import annotations

import pytest

from libdesk.cli import main


def test_outreach_commands(db_path, tmp_path, capsys):
    db = ["--database", str(db_path)]
    assert main(["outreach", "outing", *db, "--date", "2020-10-14", "--point", "32",
                 "--readers", "120", "--loans", "260"]) == 0
    assert main(["outreach", "outing", *db, "--date", "2020-10-14", "--point", "nowhere"]) == 1
    assert main(["outreach", "gift", *db, "--date", "2020-04-08", "--recipient", "恩施州图书馆",
                 "--kind", "library", "--volumes", "500"]) == 0
    assert "TYTS-ZS-2020-0001" in capsys.readouterr().out
    pdf = tmp_path / "letter.pdf"
    assert main(["outreach", "letter", *db, "TYTS-ZS-2020-0001", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["outreach", "transfer", *db, "--date", "2020-03-09", "--from", "少儿部",
                 "--project", "太图约书", "--copies", "1043", "--title", "少儿图书"]) == 0
    assert main(["outreach", "facts", *db, "32", "--hours", "全天", "--24h", "--seats", "60"]) == 0
    assert main(["outreach", "export", *db, "outings", str(tmp_path / "o.xlsx")]) == 0
    assert main(["outreach", "import", *db, "outings", str(tmp_path / "o.xlsx")]) == 0
    capsys.readouterr()
    assert main(["outreach", "history", *db, "32"]) == 0
    assert capsys.readouterr().out.count("outing") == 2
    assert main(["statistics", *db, "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "流动服务借阅人次\t240" in out and "调拨图书\t1043" in out


def test_facts_on_the_command_line_change_only_what_they_name(db_path, capsys):
    from libdesk.services import open_services

    db = ["--database", str(db_path)]
    assert main(["outreach", "facts", *db, "32", "--hours", "9:00-17:00", "--seats", "40",
                 "--area", "120", "--24h"]) == 0
    assert main(["outreach", "facts", *db, "32", "--hours", "8:00-20:00"]) == 0
    assert main(["outreach", "facts", *db, "32", "--no-24h", "--machines", "2"]) == 0
    assert main(["outreach", "facts", *db, "32"]) == 0  # nothing named: shown, not saved
    assert capsys.readouterr().out.count("books on site") == 4
    services = open_services(str(db_path))
    try:
        point = services.branches.lookup("32")
        facts = services.point_facts.get(point)
        assert (facts.opening_hours, facts.open_24h, facts.seats, facts.area_m2,
                facts.machines) == ("8:00-20:00", False, 40, 120, 2)
        assert services.point_facts.version(point) == 3  # each edit counted the version up
    finally:
        services.close()


@pytest.mark.sqlite_only
def test_a_command_beside_an_open_window_changes_nothing_on_sqlite(db_path):
    """One process owns an SQLite file: with a window open the command only reads, says so,
    and the window's open dialogs cannot be overtaken by it."""
    import os
    import subprocess
    import sys

    from libdesk.services import open_services

    window = open_services(str(db_path))  # what a window holds
    try:
        point = window.branches.lookup("32")
        before = window.point_facts.version(point)
        done = subprocess.run([sys.executable, "-m", "libdesk", "outreach", "facts", "32",
                               "--seats", "48", "--database", str(db_path)],
                              capture_output=True, text=True, timeout=120,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert done.returncode == 2 and "nothing was changed" in done.stderr
        assert window.point_facts.version(point) == before
    finally:
        window.close()
