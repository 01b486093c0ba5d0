"""The statistics tab: the year's outreach figures as the annual report prints them, each
beside the year before; the charts; the report's tables 14–17; a range of years compared;
the monthly mobile-service record of each point; the workbook and the printed section."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableWidget, QVBoxLayout, QWidget

from libdesk.models.roles import Perm
from libdesk.models.statistics import report_tables as t
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.preview import open_preview, preview_file
from libdesk.ui.common.operations import Change
from libdesk.ui.common.tasks import run_task
from libdesk.ui.statistics.cells import fill_table
from libdesk.ui.statistics.chart_loader import ChartLoader
from libdesk.ui.statistics.charts_page import ChartsPage
from libdesk.ui.statistics.compare_page import ComparePage
from libdesk.ui.statistics.mobile_editor import MobileEditor
from libdesk.ui.statistics.platform_page import PlatformPage

# Column headers are Chinese like the report's tables they reproduce.
HEADERS = {
    "summaryTable": t.SUMMARY_HEADERS,
    "distributionTable": t.DISTRIBUTION_HEADERS,
    "donorsTable": t.TABLE15_HEADERS,
    "themeTable": t.TABLE16_HEADERS,
    "dailyTable": t.TABLE17_HEADERS,
    "mobileTable": t.MOBILE_HEADERS,
}


def _setup_table(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class StatisticsTab(QWidget):
    key = "statistics"
    # Every area the year's figures count (certificates, staff and keys count nothing here).
    shows = ("branches", "categories", "donors", "donations", "distribution", "volunteers",
             "hours", "activities", "volunteer_lists", "mobile", "outreach",
             "volunteer_platform")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("statistics/statistics_tab.ui", self)
        self.report = None
        self.charts: list = []
        self.chart_loader = ChartLoader(self)
        self.chart_loader.loaded.connect(self._show_charts)
        self.chart_loader.failed.connect(lambda error: show_error(self, error))
        closing = getattr(window, "closing", None)
        if closing is not None:  # a chart query still reading finishes before the store closes
            closing.connect(self.chart_loader.wait)
        self._stale = False  # changed while hidden: the year's report is read when shown
        for name, headers in HEADERS.items():
            _setup_table(getattr(self.ui, name), headers)
        self.ui.summaryTable.setSortingEnabled(False)
        self._add_pages()
        self._fill_years()
        self.ui.yearCombo.setCurrentIndex(
            max(self.ui.yearCombo.findData(services.statistics.default_year()), 0))
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.export_action = QAction(self.tr("E&xport year statistics…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.pdf_action = QAction(self.tr("&Print the report section (PDF)…"), self)
        self.pdf_action.triggered.connect(self.print_report)
        for action, button in ((self.export_action, self.ui.exportButton),
                               (self.pdf_action, self.ui.pdfButton)):
            action.setEnabled(services.statistics.can(Perm.EXPORT))
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
        self.mobile_editor = MobileEditor(self)
        summary = self.ui.summaryTable.horizontalHeader()
        for column, width in enumerate((176, 170, 44)):
            summary.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            summary.resizeSection(column, width)
        self.ui.summaryTable.setMinimumWidth(176 + 170 + 44 + 280)
        self.ui.splitter.setStretchFactor(1, 1)
        self.refresh()

    def _add_pages(self) -> None:
        tabs = self.ui.detailTabs
        self.charts_page = ChartsPage(tabs)
        self.charts_page.setObjectName("chartsPage")
        self.charts_page.recordsRequested.connect(self.open_records)
        tabs.insertTab(0, self.charts_page, self.tr("Charts"))
        points = QWidget(tabs)
        self.points_table = QTableWidget(points)
        self.points_table.setObjectName("pointsTable")
        self.points_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        _setup_table(self.points_table, t.TABLE14_HEADERS)
        QVBoxLayout(points).addWidget(self.points_table)
        tabs.insertTab(2, points, self.tr("Points (table 14)"))
        self.platform_page = PlatformPage(self, tabs)
        tabs.addTab(self.platform_page, self.tr("Volunteer platform"))
        self.compare_page = ComparePage(self.services, self.window_, tabs)
        tabs.addTab(self.compare_page, self.tr("Years compared"))
        tabs.setCurrentIndex(0)

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.pdf_action]

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for year in self.services.statistics.years():
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(blocked)

    @property
    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    # -- figures ---------------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        """The year's report takes a while over a big database (benchmarks/): read again now
        when the tab is shown, else the next time it is."""
        if not change.touches(*self.shows):
            return
        self._stale = True
        if self.isVisible():
            self._reread()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._reread()
        super().showEvent(event)

    def _reread(self) -> None:
        self._fill_years()  # a change may bring a new year
        self.refresh()

    def refresh(self) -> None:
        """Recount the chosen year and redraw the charts (the one entry point for changes)."""
        self._stale = False
        if self.ui.yearCombo.currentData() is None:
            return
        self.report = report = self.services.statistics.year_report(self.year)
        fill_table(self.ui.summaryTable, t.summary_rows(report))
        fill_table(self.points_table, t.table14_rows(report))
        fill_table(self.ui.distributionTable, t.distribution_rows(report))
        fill_table(self.ui.donorsTable, t.table15_rows(report))
        fill_table(self.ui.themeTable, t.table16_rows(report))
        fill_table(self.ui.dailyTable, t.table17_rows(report))
        self.mobile_editor.show_rows(report.mobile, t.mobile_rows(report))
        self.platform_page.show_year(self.year)
        year, charts = self.year, self.services.charts
        self.chart_loader.load(lambda: charts.all_charts(year))

    def _show_charts(self, charts: list) -> None:
        self.charts = charts
        self.charts_page.show_charts(charts)

    def open_records(self, filters: dict) -> None:
        """A chart's bar was clicked: its records in the tab that owns them."""
        if not self.window_.show_records(filters):
            self.window_.show_message(self.tr("No tab here can list these records."))

    # -- mobile service (the editor: mobile_editor.py) ------------------------------------
    def select_year(self, year: int) -> None:
        index = self.ui.yearCombo.findData(year)
        if index < 0:
            self.ui.yearCombo.addItem(str(year), year)
            index = self.ui.yearCombo.count() - 1
        if index != self.ui.yearCombo.currentIndex():  # the same year: the change refreshed it
            self.ui.yearCombo.setCurrentIndex(index)

    # -- files -----------------------------------------------------------------------------
    def export(self) -> None:
        path = ask_save_path(self, "statistics", self.tr("Export year statistics"),
                             f"{self.year}年度统计.xlsx")
        if path is None:
            return
        year = self.year
        run_task(self, self.tr("Exporting statistics…"),
                 lambda _progress: self.services.statistics.export_year(year, path),
                 lambda written: self.window_.show_message(
                     self.tr("Statistics written to {path}").format(path=written), 8000))

    def print_report(self) -> None:
        """The report section as a PDF, shown in the preview (print or save it from there)."""
        year = self.year
        path = preview_file(f"{year}年社会参与及公共交流服务报告.pdf")
        run_task(self, self.tr("Printing the report section…"),
                 lambda _progress: self.services.statistics.print_report(
                     year, path, self.services.charts),
                 self._preview)

    def _preview(self, path: Path) -> None:
        """The common preview (print or save from there); the scratch copy goes with it."""
        self.preview = open_preview(self, path, self.tr("Report section {year}").format(
            year=self.year), suggested_name=path.name)
        self.preview.finished.connect(lambda _r: path.unlink(missing_ok=True))
