"""The annual report reproduces: the 2020 outreach figures entered through the services give
table 6's outreach rows and tables 14–17 cell for cell as the report prints them, and the
report's sentence about donations; a team, a point and a volunteer added later (2026) do not
change the 2020 figures."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.branches.rules import PointInput
from libdesk.models.statistics import report_tables as t
from libdesk.models.volunteers.rules import VolunteerInput
from tests.services.statistics.report_2020 import enter_2020, rows


@pytest.fixture(scope="module")
def entered(tmp_path_factory, template_db):
    import shutil

    from libdesk.services import open_services

    folder = tmp_path_factory.mktemp("report2020")
    shutil.copyfile(template_db, folder / "libdesk.sqlite")
    services = open_services(str(folder / "libdesk.sqlite"))
    enter_2020(services, folder)
    yield services
    services.close()


def test_table6_outreach_rows(entered):
    report = entered.statistics.year_report(2020)
    expected = [[r["item"], r["unit"], r["value"]] for r in rows("table6_outreach.csv")]
    assert [[str(c) for c in row] for row in t.table6_rows(report)] == expected
    assert t.TABLE6_HEADERS == ["项 目", "单 位", "指标"]


def test_table14_the_points(entered):
    report = entered.statistics.year_report(2020)
    assert t.TABLE14_HEADERS == ["序号", "分馆名称"]
    assert [[str(c) for c in row] for row in t.table14_rows(report)] == [
        [r["no"], r["name"]] for r in rows("branches.csv")]


def test_table15_top_donors(entered):
    report = entered.statistics.year_report(2020)
    assert t.TABLE15_HEADERS == ["排名", "捐赠者", "册数"]
    assert [[str(c) for c in row] for row in t.table15_rows(report)] == [
        [r["rank"], r["donor"], r["volumes"]] for r in rows("donors_top10_2020.csv")]


def test_table16_themed_services(entered):
    report = entered.statistics.year_report(2020)
    assert t.TABLE16_HEADERS == ["志愿服务内容", "活动时间", "人数(人)", "累计总时长(小时)"]
    generated = [[r.service, r.period, str(r.people), str(t.figure(r.hours))]
                 for r in report.theme_services]
    assert generated == [[r["service"], r["period"], r["people"], r["total_hours"]]
                         for r in rows("volunteer_theme_services_2020.csv")]
    assert [row[1] for row in t.table16_rows(report)][3:5] == ["2020年7月至9月", "2020年9月"]


def test_table17_daily_services(entered):
    report = entered.statistics.year_report(2020)
    assert t.TABLE17_HEADERS == ["志愿服务内容", "人数(人/月)", "总时长(小时/月)"]
    assert [[str(c) for c in row] for row in t.table17_rows(report)] == [
        [r["service"], r["people_per_month"], r["hours_per_month"]]
        for r in rows("volunteer_daily_services_2020.csv")]


def test_summary_figures_and_the_reports_sentence(entered):
    report = entered.statistics.year_report(2020)
    assert report.value("接收捐书") == 26025
    assert report.line("接收捐书").previous == 6109
    assert t.ratio_text(report.line("接收捐书")) == "4.26 倍"
    assert report.value("服务时长累计（平台）") == 53876.85
    assert report.value("“太原志愿者”平台注册人数") == 3487
    sentences = "".join(t.summary_sentences(report))
    assert "全年接收社会捐赠图书 26,025 册，是 2019 年的 4.26 倍" in sentences
    assert "服务时长累计 53,876.85 小时" in sentences


def test_later_records_leave_2020_as_it_was(entered):
    before = entered.statistics.year_report(2020)
    entered.volunteers.save_team("2026年新服务队")
    entered.volunteers.save(VolunteerInput(name="新志愿者", team="2026年新服务队"))
    entered.branches.save(PointInput(name="2026年新服务点", category="学校"))
    left = entered.volunteers.ids(entered_query())[0]
    data = entered.volunteers.get(left)
    entered.volunteers.save(VolunteerInput(**{**data.__dict__, "status": "left"}), left)
    after = entered.statistics.year_report(2020)
    assert after.summary == before.summary
    assert t.table14_rows(after) == t.table14_rows(before)
    now = entered.statistics.year_report(date.today().year)
    assert now.value("志愿者服务队伍数") == 41
    assert now.value("志愿者服务队伍人数") == 4210      # one joined, one left
    assert now.value("分馆数量") == 38


def entered_query():
    from libdesk.services.base import ListQuery

    return ListQuery(sort="name")
