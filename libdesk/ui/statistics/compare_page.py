"""The statistics tab's page comparing a range of years: every summary figure, one column a
year, and the last year against the first; exported as a workbook."""
from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSpinBox, QTableWidget, QVBoxLayout, QWidget)

from libdesk.models.errors import DomainError
from libdesk.models.roles import Perm
from libdesk.models.statistics import report_tables
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.tasks import run_task
from libdesk.ui.statistics.cells import fill_table


class ComparePage(QWidget):
    def __init__(self, services, window, parent=None) -> None:
        super().__init__(parent)
        self.services, self.window_ = services, window
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.first_spin, self.last_spin = QSpinBox(self), QSpinBox(self)
        years = services.statistics.years()
        for spin, value in ((self.first_spin, min(years[-1], years[0] - 1)),
                            (self.last_spin, years[0])):
            spin.setRange(1900, 2999)
            spin.setValue(value)
        first_label = QLabel(self.tr("&From:"))
        first_label.setBuddy(self.first_spin)
        last_label = QLabel(self.tr("&to:"))
        last_label.setBuddy(self.last_spin)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.export_button = QPushButton(self.tr("Export &comparison…"))
        self.export_button.setEnabled(services.statistics.can(Perm.EXPORT))
        for widget in (first_label, self.first_spin, last_label, self.last_spin,
                       self.compare_button, self.export_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(self)
        self.table.setObjectName("compareTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.compare_button.clicked.connect(self.compare)
        self.export_button.clicked.connect(self.export)

    def compare(self) -> None:
        try:
            comparison = self.services.statistics.compare(self.first_spin.value(),
                                                          self.last_spin.value())
        except DomainError as exc:
            show_error(self, exc)
            return
        headers = report_tables.comparison_headers(comparison)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        fill_table(self.table, report_tables.comparison_rows(comparison))

    def export(self) -> None:
        first, last = sorted((self.first_spin.value(), self.last_spin.value()))
        path = ask_save_path(self, "statistics", self.tr("Export comparison"),
                             f"{first}-{last}年对比.xlsx")
        if path is None:
            return
        run_task(self, self.tr("Exporting the comparison…"),
                 lambda _p: self.services.statistics.export_comparison(first, last, path),
                 lambda written: self.window_.show_message(
                     self.tr("Comparison written to {path}").format(path=written), 8000))
