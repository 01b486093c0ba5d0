"""One statistics chart on screen (QtCharts): the year before in grey beside the chosen year
in blue; clicking a bar asks for the records behind it (``recordsRequested``)."""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter

from libdesk.models.statistics.records import Chart

YEAR_COLOURS = ("#B8C2CC", "#2F6DB5")


class YearChartView(QChartView):
    recordsRequested = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(420, 260)
        self.data: Chart | None = None
        self.series: QBarSeries | None = None

    def show_chart(self, data: Chart) -> None:
        self.data = data
        chart = QChart()
        chart.setTitle(data.title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        monthly = data.key.endswith("_by_month")
        self.setMinimumHeight(260 if monthly else 120 + 26 * max(len(data.labels), 2))
        # Ranked charts (points, teams, categories) lie on their side: long names stay legible.
        series = QBarSeries() if monthly else QHorizontalBarSeries()
        series_data = data.series if monthly else [(y, bars[::-1]) for y, bars in data.series]
        for index, (year, bars) in enumerate(series_data):
            bar_set = QBarSet(str(year))
            bar_set.setColor(QColor(YEAR_COLOURS[index % 2]))
            bar_set.setBorderColor(QColor(YEAR_COLOURS[index % 2]))
            bar_set.append([bar.value for bar in bars])
            series.append(bar_set)
        series.clicked.connect(self._clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        labels = [label.rstrip("月") for label in data.labels] if monthly else \
            [_short(label) for label in data.labels[::-1]]
        categories.append(labels or [""])
        if monthly:
            categories.setTitleText(self.tr("Month"))
        labels_font = QFont(categories.labelsFont())
        labels_font.setPointSizeF(max(labels_font.pointSizeF() - 1, 7))
        categories.setLabelsFont(labels_font)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(data.unit)
        top = max((bar.value for _y, bars in data.series for bar in bars), default=0)
        values.setRange(0, top * 1.1 if top > 0 else 1)
        values.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom if monthly
                      else Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft if monthly
                      else Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        old = self.chart()
        self.setChart(chart)
        self.series, self.monthly = series, monthly
        if old is not None:
            old.deleteLater()
        self.setToolTip(self.tr("Click a bar to see the records behind it."))

    def bar_position(self, series_index: int, index: int) -> QPointF:
        """Where bar ``index`` (in the chart's order) of ``series_index`` is drawn, in
        viewport coordinates."""
        chart = self.chart()
        value = self.data.series[series_index][1][index].value
        slot = index if self.monthly else len(self.data.labels) - 1 - index
        width = self.series.barWidth() / len(self.data.series)
        across = slot - self.series.barWidth() / 2 + width * (series_index + 0.5)
        point = QPointF(across, value / 2) if self.monthly else QPointF(value / 2, across)
        scene = chart.mapToScene(chart.mapToPosition(point, self.series))
        return QPointF(self.mapFromScene(scene))

    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.data is None:
            return
        series_index = self.series.barSets().index(bar_set)
        bars = self.data.series[series_index][1]
        if not self.monthly:
            index = len(bars) - 1 - index  # drawn bottom-up
        if 0 <= index < len(bars) and bars[index].records:
            year = self.data.series[series_index][0]
            records = dict(bars[index].records)
            records.setdefault("label", f"{year} 年 · {self.data.title} · {bars[index].label}")
            self.recordsRequested.emit(records)


def _short(label: str, limit: int = 10) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"
