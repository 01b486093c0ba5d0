"""The year's statistics, counted from records the way the annual report counts them."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from libdesk.models.distribution.rules import BatchInput
from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.errors import ValidationFailed
from libdesk.models.roles import Role
from libdesk.models.volunteers.rules import ActivityInput, VolunteerInput
from libdesk.services.base import Actor

ELDERLY_HOME = 28  # 太原市老年公寓


@pytest.fixture
def year_2020(services):
    donor = services.donors.save(DonorInput(name="孙英"))
    services.donations.save(DonationInput(donor_id=donor, received_on=date(2020, 10, 14)), [
        LineInput("《孙英文集》等", titles=118, quantity=324, evaluation="collected"),
        LineInput("少儿读物", titles=5, quantity=10, evaluation="distribute"),
        LineInput("抗疫实物", material="object", quantity=2, unit="件")])
    services.donations.save(DonationInput(donor_id=donor, received_on=date(2019, 5, 1)), [
        LineInput("旧书", quantity=7)])
    ids = [services.volunteers.save(VolunteerInput(name=n, team="山西大学服务队", org="山西大学",
                                                   platform_no=p, joined_on=date(2020, 3, 1)))
           for n, p in (("李华", "TY001"), ("王芳", ""))]
    activity = services.activities.save(ActivityInput(name="太图阅读推广活动志愿服务"))
    services.hours.bulk_add(activity, ids, date(2020, 5, 1), hundredths=200)
    services.hours.bulk_add(activity, ids[:1], date(2020, 6, 1), hundredths=150)
    services.ctx.set_actor(Actor("reviewer", Role.COORDINATOR))
    services.hours.confirm(_pending(services))
    services.ctx.set_actor(Actor("local", Role.ADMIN))
    batch = services.distribution.create(BatchInput(branch_id=ELDERLY_HOME,
                                                    planned_on=date(2020, 11, 2)))
    for isbn in ("9787020002207", "9787020002207", "9787544253994"):
        services.distribution.scan(batch, isbn)
    services.batch_status.pack(batch, send_untitled=True)  # scanned, titles not typed
    services.batch_status.ship(batch)
    services.statistics.record_mobile(ELDERLY_HOME, 2020, 10, 120, 300)
    services.statistics.record_mobile(ELDERLY_HOME, 2020, 11, 80, 150, "冬季")
    services.statistics.record_mobile(ELDERLY_HOME, 2020, 10, 130, 310)  # corrects October
    return services


def _pending(services):
    from libdesk.services.base import ListQuery

    query = ListQuery(filters={"status": "pending"})
    return [row.id for row in services.hours.page(query, 0, services.hours.count(query))]


def test_summary_counts_like_the_report(year_2020):
    report = year_2020.statistics.year_report(2020)
    assert report.value("分馆数量") == 37
    assert report.value("接收捐书") == 334          # 册, the 2019 donation not counted
    assert report.value("其中：种数") == 123
    assert report.value("实物等") == 2
    assert report.value("评估入藏") == 324
    assert report.value("转配分馆") == 10
    assert report.value("捐赠人") == 1
    assert report.value("志愿者服务队伍数") == 1
    assert report.value("志愿者服务队伍人数") == 2
    assert report.value("其中：在平台注册") == 1
    assert report.value("志愿服务时长（已确认）") == 5.5  # 2 + 2 + 1.5 hours
    assert report.value("配送图书") == 3 and report.value("配送批次") == 1
    assert report.value("流动服务借阅人次") == 210 and report.value("流动服务借阅册次") == 460
    assert report.top_donors[0].name == "孙英" and report.top_donors[0].volumes == 334
    assert [(t.branch_name, t.books_out) for t in report.distribution] == [
        ("太原市老年公寓", 3), ("合计", 3)]
    assert dict(report.categories)["特殊群体服务点"] == 5


def test_years_and_default_year(year_2020):
    assert {2019, 2020} <= set(year_2020.statistics.years())
    assert year_2020.statistics.default_year() == 2020


def test_workbook_holds_every_table(year_2020, tmp_path):
    path = year_2020.statistics.export_year(2020, tmp_path / "2020年度统计.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["年度概况", "表6 业务统计", "表14 分馆一览", "表15 捐赠前十",
                               "表16 主题志愿服务", "表17 日常志愿服务", "分馆配送", "流动服务"]
    assert [c.value for c in book["表17 日常志愿服务"][1]] == ["志愿服务内容", "人数(人/月)",
                                                          "总时长(小时/月)"]
    assert book["表14 分馆一览"].max_row == 38  # the header and the 37 points
    summary = {row[1]: row[3] for row in book["年度概况"].iter_rows(min_row=2, values_only=True)}
    assert summary["接收捐书"] == 334 and summary["流动服务借阅册次"] == 460
    assert [r[1] for r in book["流动服务"].iter_rows(min_row=2, values_only=True)] == [
        "太原市老年公寓", "太原市老年公寓"]


def test_bad_mobile_figures_are_refused(services):
    with pytest.raises(ValidationFailed) as caught:
        services.statistics.record_mobile(ELDERLY_HOME, 2020, 13, -1, 5)
    assert {p.field for p in caught.value.problems} == {"month", "visits"}
    assert services.statistics.mobile_rows(2020) == []


def test_platform_hours_take_two_decimals_and_nothing_else(services):
    services.statistics.record_platform(2020, 3487, 800, "53,876.85")
    assert services.statistics.platform(2020).hours == 53876.85
    for bad in ("53876.855", "many", "-1", "Infinity"):
        with pytest.raises(ValidationFailed) as caught:
            services.statistics.record_platform(2020, 1, 1, bad)
        assert [p.field for p in caught.value.problems] == ["hours"]
    assert services.statistics.platform(2020).registered == 3487


def test_a_point_closed_later_still_counts_in_the_years_it_stood(services):
    from dataclasses import replace

    point = services.branches.get(services.branches.lookup("28")).point
    services.branches.save(replace(point, status="closed"), branch_id=services.branches.lookup("28"))
    assert services.statistics.year_report(2020).value("分馆数量") == 37
    assert services.statistics.year_report(date.today().year).value("分馆数量") == 36
    comparison = services.statistics.compare(2020, date.today().year)
    points = next(values for _s, item, _u, values in comparison.rows if item == "分馆数量")
    assert points[0] == 37 and points[-1] == 36
