"""The statistics tab: the year's outreach figures as the annual report prints them, the
detail tables behind them, and the monthly mobile-service record of each point."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from libdesk.models.roles import Perm
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.common.tasks import run_task

# Column headers are Chinese like the report's tables they reproduce.
HEADERS = {
    "summaryTable": ["类别", "项目", "单位", "指标"],
    "distributionTable": ["分馆/服务点", "批次", "配送图书（册）", "图书（种）", "赠送期刊（册）",
                          "收回（册）"],
    "donorsTable": ["排名", "捐赠人", "职务/单位", "册数", "种数"],
    "themeTable": ["服务项目", "时间", "人数", "总时长（小时）"],
    "dailyTable": ["服务项目", "服务月数", "人数/月", "时长/月（小时）"],
    "mobileTable": ["月份", "分馆/服务点", "借阅人次", "借阅册次", "备注"],
}


def _fill(table: QTableWidget, rows: list[list], numeric_from: int = 1) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem()
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setText(str(value))
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


class StatisticsTab(QWidget):
    key = "statistics"
    # Every area the year's figures count (certificates, staff and keys count nothing here).
    shows = ("branches", "categories", "donors", "donations", "distribution", "volunteers",
             "hours", "activities", "volunteer_lists", "mobile", "outreach")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("statistics/statistics_tab.ui", self)
        self.report = None
        self._stale = False  # changed while hidden: the year's report is read when shown
        for name, headers in HEADERS.items():
            table: QTableWidget = getattr(self.ui, name)
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(24)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.ui.summaryTable.setSortingEnabled(False)
        self._fill_years()
        self.ui.yearCombo.setCurrentIndex(
            max(self.ui.yearCombo.findData(services.statistics.default_year()), 0))
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.export_action = QAction(self.tr("E&xport year statistics…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.export_action.setEnabled(services.statistics.can(Perm.EXPORT))
        self.ui.exportButton.clicked.connect(self.export_action.trigger)
        self.ui.exportButton.setEnabled(self.export_action.isEnabled())
        self._setup_mobile()
        summary = self.ui.summaryTable.horizontalHeader()
        for column, width in enumerate((176, 170, 48)):
            summary.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            summary.resizeSection(column, width)
        self.ui.summaryTable.setMinimumWidth(176 + 170 + 48 + 110)
        self.ui.splitter.setStretchFactor(1, 1)
        self.refresh()

    def file_actions(self) -> list[QAction]:
        return [self.export_action]

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
        self._stale = False
        if self.ui.yearCombo.currentData() is None:
            return
        self.report = report = self.services.statistics.year_report(self.year)
        rows = ([[line.section, line.item, line.unit, line.value] for line in report.summary]
                + [["分馆类别", name, "个", count] for name, count in report.categories])
        sections = [row[0] for row in rows]
        for index in range(1, len(rows)):
            if sections[index] == sections[index - 1]:
                rows[index][0] = ""  # a section's name on its first line only, as printed
        _fill(self.ui.summaryTable, rows)
        _fill(self.ui.distributionTable, [[t.branch_name, t.batches, t.books_out,
                                           t.book_titles_out, t.periodicals_out, t.books_back]
                                          for t in report.distribution])
        _fill(self.ui.donorsTable, [[d.rank, d.name, d.title, d.volumes, d.titles]
                                    for d in report.top_donors])
        _fill(self.ui.themeTable, [[r.service, r.period_label, r.people, r.hours]
                                   for r in report.theme_services])
        _fill(self.ui.dailyTable, [[r.service, r.months, r.people_per_month, r.hours_per_month]
                                   for r in report.daily_services])
        _fill(self.ui.mobileTable, [[f"{m.year}-{m.month:02d}", m.branch_name, m.visits,
                                     m.loans, m.notes] for m in report.mobile])
        for row, record in enumerate(report.mobile):
            self.ui.mobileTable.item(row, 0).setData(Qt.ItemDataRole.UserRole, record.id)

    # -- mobile service --------------------------------------------------------------------
    def _setup_mobile(self) -> None:
        ui = self.ui
        for branch_id, name in self.services.branches.names():
            ui.mobilePointCombo.addItem(name, branch_id)
        ui.mobileMonthEdit.setDate(QDate.currentDate())
        can_edit = self.services.statistics.can(Perm.DISTRIBUTION_EDIT)
        for widget in (ui.mobileSaveButton, ui.mobileDeleteButton):
            widget.setEnabled(can_edit)
        ui.mobileSaveButton.clicked.connect(self.save_mobile)
        ui.mobileDeleteButton.clicked.connect(self.delete_mobile)

    def save_mobile(self) -> None:
        ui = self.ui
        month = ui.mobileMonthEdit.date()
        point, visits, loans = (ui.mobilePointCombo.currentData(), ui.mobileVisitsSpin.value(),
                                ui.mobileLoansSpin.value())
        outcome = run_write(self, lambda: self.services.statistics.record_mobile(
            point, month.year(), month.month(), visits, loans), Change.of("mobile"),
            on_done=lambda _r: self._select_year(month.year()))
        if outcome.ok:
            self.window_.show_message(self.tr("Mobile service for {month} saved.").format(
                month=month.toString("yyyy-MM")))

    def delete_mobile(self) -> None:
        row = self.ui.mobileTable.currentRow()
        item = self.ui.mobileTable.item(row, 0) if row >= 0 else None
        if item is None:
            return
        record_id = int(item.data(Qt.ItemDataRole.UserRole))
        run_write(self, lambda: self.services.statistics.delete_mobile(record_id),
                  Change.of(mobile=[record_id]))

    def _select_year(self, year: int) -> None:
        index = self.ui.yearCombo.findData(year)
        if index < 0:
            self.ui.yearCombo.addItem(str(year), year)
            index = self.ui.yearCombo.count() - 1
        if index != self.ui.yearCombo.currentIndex():  # the same year: the change refreshed it
            self.ui.yearCombo.setCurrentIndex(index)

    # -- export ----------------------------------------------------------------------------
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
