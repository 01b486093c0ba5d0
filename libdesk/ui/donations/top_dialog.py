"""Top-N donors by volumes for a year — the shape of the annual report's table 15."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout)
from PySide6.QtCore import Qt

from libdesk.ui.common.dialogs import Dialog


class TopDonorsDialog(Dialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Top donors"))
        years = services.donations.years() or [date.today().year]
        self.year = QSpinBox(self)
        self.year.setRange(1950, 2100)
        self.year.setValue(years[0])
        self.count = QSpinBox(self)
        self.count.setRange(1, 500)
        self.count.setValue(10)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("How many:"), self))
        top.addWidget(self.count)
        top.addStretch(1)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Rank"), self.tr("Donor"),
                                              self.tr("Volumes (册)"), self.tr("Titles (种)")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.refresh)
        self.count.valueChanged.connect(self.refresh)
        self.resize(520, 420)
        self.refresh()

    def refresh(self) -> None:
        rows = self.services.donors.top(self.year.value(), self.count.value())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = row.name + (f"（{row.title}）" if row.title else "")
            for c, value in enumerate((str(row.rank), name, str(row.volumes), str(row.titles))):
                item = QTableWidgetItem(value)
                if c in (0, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
