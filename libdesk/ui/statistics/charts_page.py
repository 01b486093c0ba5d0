"""The statistics tab's charts page: every chart of the chosen year beside the year before,
two to a row, computed off the GUI thread by the chart service."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from libdesk.ui.statistics.chart_view import YearChartView

COLUMNS = 2


class ChartsPage(QWidget):
    recordsRequested = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.views: dict[str, YearChartView] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("Each chart shows the chosen year beside the year before. "
                                   "Click a bar to open the records behind it."))
        self.hint.setStyleSheet("color: #555;")
        outer.addWidget(self.hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        self.body = QWidget(scroll)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(self.body)

    def show_charts(self, charts) -> None:
        for position, data in enumerate(charts):
            view = self.views.get(data.key)
            if view is None:
                view = self.views[data.key] = YearChartView(self.body)
                view.setObjectName(f"chart_{data.key}")
                view.recordsRequested.connect(self.recordsRequested)
                self.grid.addWidget(view, position // COLUMNS, position % COLUMNS)
            view.show_chart(data)
