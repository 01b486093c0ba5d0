"""The statistics tab's charts, comparison and printed section: a bar opens the records
behind it in the tab that owns them; the charts redraw when the data changes."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from tests.services.statistics.test_year_report import year_2020  # noqa: F401 - fixture
from tests.ui.statistics.test_tab import open_tab


def _ready(qtbot, tab, year: int = 2020):
    tab.ui.yearCombo.setCurrentIndex(tab.ui.yearCombo.findData(year))
    qtbot.waitUntil(lambda: bool(tab.charts) and tab.charts[0].series[1][0] == year,
                    timeout=10_000)
    return {chart.key: chart for chart in tab.charts}


def _click_bar(qtbot, tab, key: str, series: int, index: int) -> None:
    view = tab.charts_page.views[key]
    tab.charts_page.body.parentWidget().parentWidget().ensureWidgetVisible(view)
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.bar_position(series, index).toPoint())


def test_a_month_bar_opens_its_batches(qtbot, open_window, year_2020):  # noqa: F811
    window, tab = open_tab(open_window, year_2020)
    charts = _ready(qtbot, tab)
    books = charts["books_by_month"]
    assert [bar.value for bar in books.series[1][1]][10] == 3   # November 2020
    assert books.series[0][0] == 2019 and len(books.labels) == 12
    _click_bar(qtbot, tab, "books_by_month", 1, 10)
    distribution = window.tab("distribution")
    assert window.tabs.currentWidget().widget is distribution
    assert distribution.model.rowCount() == 1
    assert distribution.banner.isVisible()
    assert "各月配送图书" in distribution.banner.label.text()
    qtbot.mouseClick(distribution.banner.button, Qt.MouseButton.LeftButton)
    assert not distribution.banner.isVisible()
    assert distribution.model.query.filters == {}


def test_the_top_points_and_the_hours_bars_open_their_records(qtbot, open_window, year_2020):  # noqa: F811
    window, tab = open_tab(open_window, year_2020)
    charts = _ready(qtbot, tab)
    assert [bar.label for bar in charts["top_points"].series[1][1]] == ["太原市老年公寓"]
    _click_bar(qtbot, tab, "hours_by_month", 1, 4)                   # May 2020: 2 entries
    volunteers = window.tab("volunteers")
    assert window.tabs.currentWidget().widget is volunteers
    assert volunteers.ui.pages.currentWidget() is volunteers.ui.hoursPage
    assert volunteers.hours.model.rowCount() == 2
    window.show_tab("statistics")
    _click_bar(qtbot, tab, "hours_by_team", 1, 0)                    # the one team, all year
    assert volunteers.hours.model.rowCount() == 3


def test_the_charts_redraw_when_the_data_changes(qtbot, open_window, year_2020):  # noqa: F811
    window, tab = open_tab(open_window, year_2020)
    charts = _ready(qtbot, tab)
    assert charts["donations_by_month"].series[1][1][2].value == 0   # March 2020
    donor = year_2020.donors.save(DonorInput(name="赵雁萍"))
    year_2020.donations.save(DonationInput(donor_id=donor, received_on=date(2020, 3, 9)),
                             [LineInput("藏书", titles=100, quantity=342)])
    before = tab.charts
    qtbot.mouseClick(tab.ui.refreshButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.charts is not before, timeout=10_000)
    march = {c.key: c for c in tab.charts}["donations_by_month"].series[1][1][2]
    assert march.value == 342
    view = tab.charts_page.views["donations_by_month"]
    assert view.series.barSets()[1].at(2) == 342
    _click_bar(qtbot, tab, "donations_by_month", 1, 2)
    donations = window.tab("donations")
    assert donations.donations_model.rowCount() == 1


def test_compare_years_and_print_the_section(qtbot, open_window, year_2020, monkeypatch):  # noqa: F811
    window, tab = open_tab(open_window, year_2020)
    _ready(qtbot, tab)
    page = tab.compare_page
    page.first_spin.setValue(2019)
    page.last_spin.setValue(2020)
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["类别", "项目", "单位", "2019 年", "2020 年", "2020 年比 2019 年"]
    rows = {page.table.item(r, 1).text(): [page.table.item(r, c).text() for c in (3, 4)]
            for r in range(page.table.rowCount())}
    assert rows["接收捐书"] == ["7", "334"]
    shown = []
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(self))
    qtbot.mouseClick(tab.ui.pdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    preview = shown[0]
    assert preview.document.pageCount() >= 3
    assert preview.pdf_path.name == "2020年社会参与及公共交流服务报告.pdf"
    summary = tab.ui.summaryTable
    headers = [summary.horizontalHeaderItem(c).text() for c in range(summary.columnCount())]
    assert headers == ["类别", "项目", "单位", "指标", "上年", "增减", "比上年"]


def test_enter_the_volunteer_platforms_figures(qtbot, open_window, services):
    window, tab = open_tab(open_window, services)
    page = tab.platform_page
    tab.ui.detailTabs.setCurrentWidget(page)
    qtbot.waitUntil(page.save_button.isVisible)  # a tab built on first show appears queued
    page.year_spin.setValue(2020)
    page.registered_spin.setValue(3487)
    page.on_site_spin.setValue(800)
    qtbot.keyClicks(page.hours_edit, "53876.85")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert tab.ui.yearCombo.currentData() == 2020
    assert tab.report.value("服务时长累计（平台）") == 53876.85
    assert page.hours_edit.text() == "53876.85"
