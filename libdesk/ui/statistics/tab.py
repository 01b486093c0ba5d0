"""The statistics tab: the year's outreach figures as the annual report prints them, the
detail tables behind them, and the monthly mobile-service record of each point."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from libdesk.models.errors import DomainError
from libdesk.models.roles import Perm
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.tasks import run_task
from libdesk.ui.common import desk_state

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

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("StatisticsTab", "Statistics")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("statistics/statistics_tab.ui", self)
        self.report = None
        for name, headers in HEADERS.items():
            table: QTableWidget = getattr(self.ui, name)
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(24)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.ui.summaryTable.setSortingEnabled(False)
        for year in services.statistics.years():
            self.ui.yearCombo.addItem(str(year), year)
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

    @property
    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    # -- figures ---------------------------------------------------------------------------
    def refresh(self) -> None:
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
        try:
            self.services.statistics.record_mobile(
                ui.mobilePointCombo.currentData(), month.year(), month.month(),
                ui.mobileVisitsSpin.value(), ui.mobileLoansSpin.value())
        except DomainError as exc:
            show_error(self, exc)
            return
        self._select_year(month.year())
        self.window_.show_message(self.tr("Mobile service for {month} saved.").format(
            month=month.toString("yyyy-MM")))

    def delete_mobile(self) -> None:
        row = self.ui.mobileTable.currentRow()
        item = self.ui.mobileTable.item(row, 0) if row >= 0 else None
        if item is None:
            return
        self.services.statistics.delete_mobile(int(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()

    def _select_year(self, year: int) -> None:
        index = self.ui.yearCombo.findData(year)
        if index < 0:
            self.ui.yearCombo.addItem(str(year), year)
            index = self.ui.yearCombo.count() - 1
        if index == self.ui.yearCombo.currentIndex():
            self.refresh()
        else:
            self.ui.yearCombo.setCurrentIndex(index)

    # -- export ----------------------------------------------------------------------------
    def export(self) -> None:
        last = desk_state.value("tabs/statistics/export_dir", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export year statistics"), str(Path(last) / f"{self.year}年度统计.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        desk_state.set_value("tabs/statistics/export_dir", str(Path(path).parent))
        year = self.year
        run_task(self, self.tr("Exporting statistics…"),
                 lambda _progress: self.services.statistics.export_year(year, Path(path)),
                 lambda written: self.window_.show_message(
                     self.tr("Statistics written to {path}").format(path=written), 8000))
