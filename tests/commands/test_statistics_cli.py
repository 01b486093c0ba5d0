"""``libdesk statistics``: one year beside the year before, a range of years, the printed
report section, and 2020's figures unchanged by a team added in 2026."""
from __future__ import annotations

import subprocess
from datetime import date

from libdesk.cli import main
from libdesk.models.volunteers.rules import VolunteerInput


def _with_services(db_path, action) -> None:
    from libdesk.services import open_services

    services = open_services(str(db_path))
    try:
        action(services)
    finally:
        services.close()


def _year_2020(services) -> None:
    services.volunteers.save(VolunteerInput(name="李华", team="山西大学服务队",
                                            joined_on=date(2020, 3, 1)))
    services.statistics.record_mobile(28, 2020, 10, 120, 300)
    services.statistics.record_mobile(28, 2019, 10, 60, 100)


def test_2020_prints_the_same_after_a_team_is_added_in_2026(db_path, capsys):
    _with_services(db_path, _year_2020)
    assert main(["statistics", "--year", "2020", "--database", str(db_path)]) == 0
    before = capsys.readouterr().out
    assert "志愿者服务队伍数\t1 个" in before and "流动服务借阅册次\t300 册次\t(100\t200\t3.00 倍)" \
        in before
    _with_services(db_path, lambda s: s.volunteers.save_team("2026年新服务队",
                                                             created_on=date(2026, 3, 1)))
    assert main(["statistics", "--year", "2020", "--database", str(db_path)]) == 0
    assert capsys.readouterr().out == before
    assert main(["statistics", "--year", "2026", "--database", str(db_path)]) == 0
    assert "志愿者服务队伍数\t2 个" in capsys.readouterr().out


def test_years_side_by_side_and_to_a_workbook(db_path, tmp_path, capsys):
    _with_services(db_path, _year_2020)
    target = tmp_path / "对比.xlsx"
    assert main(["statistics", "--years", "2019-2020", "-o", str(target),
                 "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "项目\t单位\t2019 年\t2020 年\t2020 年比 2019 年"
    assert "流动服务借阅人次\t人次\t60\t120\t2.00 倍" in out
    assert target.exists()
    assert main(["statistics", "--years", "20x9", "--database", str(db_path)]) != 0


def test_the_report_section_as_pdf_embeds_every_font(db_path, tmp_path, capsys):
    _with_services(db_path, _year_2020)
    target = tmp_path / "2020.pdf"
    assert main(["statistics", "--year", "2020", "--pdf", str(target),
                 "--database", str(db_path)]) == 0
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts)
    assert not any("Helvetica" in line for line in fonts)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout.replace(" ", "")
    assert "表14太原市图书馆分馆一览表" in text and "第1页/共" in text
    assert "流动服务借阅120人次，是2019年的2.00倍" in text


def test_platform_figures(db_path, capsys):
    assert main(["volunteer-platform", "--year", "2020", "--registered", "3487", "--on-site",
                 "800", "--hours", "53876.85", "--database", str(db_path)]) == 0
    assert main(["statistics", "--year", "2020", "--database", str(db_path)]) == 0
    assert "服务时长累计（平台）\t53876.85 小时" in capsys.readouterr().out


def test_mobile_service_and_platform_commands_change_only_what_they_name(db_path, capsys):
    """Without --notes the month's notes stay as stored (without --on-site the platform's
    figure too); every save is checked against the version read and counts it up."""
    db = ["--database", str(db_path)]
    month = ["mobile-service", "太原市老年公寓", "--month", "2020-10"]
    assert main([*month, "--visits", "100", "--loans", "200", "--notes", "流动车", *db]) == 0
    assert main([*month, "--visits", "120", "--loans", "260", *db]) == 0
    platform = ["volunteer-platform", "--year", "2020"]
    assert main([*platform, "--registered", "3487", "--on-site", "800", "--hours", "53876.85",
                 *db]) == 0
    assert main([*platform, "--registered", "3500", "--hours", "53900", *db]) == 0

    def stored(services) -> None:
        point = services.branches.lookup("太原市老年公寓")
        [month] = services.statistics.mobile_rows(2020)
        assert (month.visits, month.loans, month.notes) == (120, 260, "流动车")
        figures = services.statistics.platform(2020)
        assert (figures.registered, figures.registered_on_site, figures.hundredths) == \
            (3500, 800, 5390000)
        assert services.statistics.mobile_version(point, 2020, 10) == 2
        assert services.statistics.platform_version(2020) == 2

    _with_services(db_path, stored)
    assert main([*month, "--visits", "120", "--loans", "260", "--notes", "", *db]) == 0
    _with_services(db_path, _no_notes)


def _no_notes(services) -> None:
    point = services.branches.lookup("太原市老年公寓")
    assert services.statistics.mobile(point, 2020, 10).notes == ""  # --notes "" clears them
    assert services.statistics.mobile_version(point, 2020, 10) == 3
