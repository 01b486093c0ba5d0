"""The mobile-service months of the year shown beside the log: what the statistics count for
each month — the logged outings, or for a month without any, the hand-typed monthly total
(kept for past years and marked as typed)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)


class MonthsPanel(QWidget):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Months of"), self))
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("monthsYear")
        self.year_spin.setRange(1990, 2999)
        with_figures = [y for y in services.mobile_log.years()
                        if services.mobile_log.month_figures(y)]
        self.year_spin.setValue(with_figures[0] if with_figures else date.today().year)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        top.addWidget(self.year_spin)
        top.addStretch(1)
        self.view = QTableWidget(0, 5, self)
        self.view.setObjectName("monthsView")
        self.view.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Counted from"),
                                             self.tr("Outings"), self.tr("Visits"),
                                             self.tr("Loans")])
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("monthsTotal")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)
        self.refresh()

    def refresh(self) -> None:
        months = self.services.mobile_log.month_figures(self.year_spin.value())
        self.view.setRowCount(len(months))
        for r, m in enumerate(months):
            source = self.tr("Outing log") if m.source == "log" else self.tr("Typed total")
            for c, value in enumerate((f"{m.month:02d}", source, m.outings, m.visits, m.loans)):
                item = QTableWidgetItem(str(value))
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.view.setItem(r, c, item)
        self.total_label.setText(self.tr("Year: {visits} visits, {loans} loans").format(
            visits=sum(m.visits for m in months), loans=sum(m.loans for m in months)))
