"""The statistics charts as vector drawings (reportlab graphics): grouped bars, the year
before in grey beside the chosen year in blue, every label in the embedded CJK font."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from libdesk.models.statistics.records import Chart

YEAR_COLOURS = (colors.HexColor("#B8C2CC"), colors.HexColor("#2F6DB5"))
INK = colors.HexColor("#1F2D3D")


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def chart_drawing(chart: Chart, font: str, width: float, height: float = 62 * mm) -> Drawing:
    """One chart: its title, both years' bars, a legend and the unit."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer would otherwise start in Helvetica
    drawing.add(String(0, height - 11, chart.title, fontName=font, fontSize=10, fillColor=INK))
    drawing.add(String(width, height - 11, f"单位：{chart.unit}", fontName=font, fontSize=7.5,
                       fillColor=INK, textAnchor="end"))
    labels = chart.labels
    bars = VerticalBarChart()
    many = len(labels) > 6 and max((len(x) for x in labels), default=0) > 3
    bars.x, bars.y = 28, 34 if many else 16
    bars.width, bars.height = width - 36, height - bars.y - 30
    bars.data = [[bar.value for bar in series] or [0] for _year, series in chart.series]
    bars.categoryAxis.categoryNames = [_short(x, 8) for x in labels] or [""]
    for axis in (bars.categoryAxis, bars.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = INK
        axis.strokeColor = INK
    if many:
        bars.categoryAxis.labels.angle = 35
        bars.categoryAxis.labels.boxAnchor = "ne"
        bars.categoryAxis.labels.dy = -2
    bars.valueAxis.valueMin = 0
    top = max((max(values) for values in bars.data), default=0)
    if top <= 0:
        bars.valueAxis.valueMax = 1
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#E4ECF4")
    bars.barSpacing = 0.5
    bars.groupSpacing = 4
    for index in range(len(chart.series)):
        bars.bars[index].fillColor = YEAR_COLOURS[index % 2]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    legend = Legend()
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.x, legend.y = width - 110, height - 18
    legend.columnMaximum, legend.dx, legend.dy, legend.deltax = 1, 7, 7, 48
    legend.colorNamePairs = [(YEAR_COLOURS[i % 2], f"{year} 年")
                             for i, (year, _bars) in enumerate(chart.series)]
    legend.strokeColor = None
    drawing.add(legend)
    return drawing
